/**
 * Quotes: direct quotations only. Quotation marks (the normaliser makes curly marks and
 * guillemets straight) are paired by whether they can open or close; a pair is a quote
 * when it holds a clause (ends with its own punctuation, or starts a sentence with a
 * capital and runs long enough), not a scare-quoted phrase or an event's title. The
 * speaker is the person the attribution names ("...," Naghiyev stated; he said; X said:
 * "..."), or the one person a title names ("the KNB head said", "the Iranian minister said"),
 * carried over to the next part of a split quote; a body (a press service, an agency) or no
 * attribution leaves the speaker null.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import type { Person, Quote } from '../schema/record.js';
import { startsUpper } from './_lib/letterCase.js';
import { sortByKey } from './_entities/order.js';
import { floorIndex } from '../text/search.js';
import { isSpaceAt } from '../text/space.js';
import { entityView, type EntityView } from './_entities/view.js';
import { CUE_CLASS, CUES } from './_entities/wording.js';
import { Gap } from './_entities/text.js';

interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly person: Person;
}

const MIN_WORDS_PUNCTUATED = 4;
/** Fewest words of a short quotation that the words after it attribute to a speaker ('"We stand together," he said'). */
const MIN_WORDS_ATTRIBUTED = 2;
/** Most words between a short quotation and the speech verb that attributes it (a name with its title). */
const MAX_WORDS_BEFORE_VERB = 5;
const MIN_WORDS_SENTENCE = 6;
const TAIL_CHARS = 120;
const BRIDGE_CHARS = 80;
/** How far before a quote its attribution is looked for ("X said: ..."). */
const LEAD_CHARS = 200;

/** What a quotation mark may open after: white space, an opening bracket or a dash. */
const OPENS_AFTER = /[\s([{—–-]/;
/** What a quotation mark may close before: white space, punctuation, a closing bracket or a dash. */
const CLOSES_BEFORE = /[\s.,;:!?)\]—–-]/;

/*
 * The character tests below read one code unit of the text, by its code when it is ASCII (most are),
 * and by the patterns above beyond ASCII: no one-character string is matched against a pattern per mark.
 */

/** Whether a quotation mark may open after the code unit at `i` (see {@link OPENS_AFTER}); false outside the text. */
function opensAfterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 91 || c === 123 || c === 45;
  return c === c && OPENS_AFTER.test(text.charAt(i));
}

/** Whether a quotation mark may close before the code unit at `i` (see {@link CLOSES_BEFORE}); false outside the text. */
function closesBeforeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 45;
  return c === c && CLOSES_BEFORE.test(text.charAt(i));
}

const canOpen = (text: string, i: number): boolean => (i === 0 || opensAfterAt(text, i - 1)) && i + 1 < text.length && !isSpaceAt(text, i + 1);

const canClose = (text: string, i: number): boolean => i > 0 && !isSpaceAt(text, i - 1) && (i + 1 >= text.length || closesBeforeAt(text, i + 1));

/**
 * Whether the mark at `mark` opens the paragraph right after the break at `paragraphEnd` and the
 * paragraph before ends a sentence: the convention for a quotation that runs on ("...alone.\n\n"We must ...").
 */
function continuesQuote(text: string, paragraphEnd: number, mark: number): boolean {
  for (let k = paragraphEnd; k < mark; k++) if (!isSpaceAt(text, k)) return false;
  let k = paragraphEnd - 1;
  while (k >= 0 && isSpaceAt(text, k)) k--;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * The pairs of quotation marks of the text, as `[open, close]` offsets of the marks; a quotation of
 * several paragraphs is one pair, from the first paragraph's mark to the closing mark of the last.
 */
export function quotePairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  // The first paragraph break after the open mark: a quote does not run across it.
  let paragraphEnd = -1;
  const openAt = (i: number): void => {
    open = i;
    paragraphEnd = text.indexOf('\n\n', i);
  };
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (open >= 0 && paragraphEnd >= 0 && paragraphEnd < i) {
      // A quotation of several paragraphs leaves each but the last open and opens the next again.
      if (continuesQuote(text, paragraphEnd, i) && canOpen(text, i)) {
        paragraphEnd = text.indexOf('\n\n', i);
        continue;
      }
      open = -1;
    }
    if (open < 0) {
      if (canOpen(text, i)) openAt(i);
      continue;
    }
    if (canClose(text, i)) {
      pairs.push([open, i]);
      open = -1;
    } else if (canOpen(text, i)) openAt(i);
  }
  return pairs;
}

/**
 * The pairs of single quotation marks, which are also apostrophes, so read more strictly: a
 * quote opens at a word start before a capital and closes after its own punctuation ("'We must
 * act together,' the director said"). A mark closing a word without punctuation ("the
 * services' heads", a scare-quoted 'Name') ends the candidate; marks inside a word are apostrophes.
 */
export function singleQuotePairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  let paragraphEnd = -1;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    if (open >= 0 && paragraphEnd >= 0 && paragraphEnd < i) open = -1;
    const atWordStart = i === 0 || opensAfterAt(text, i - 1);
    if (open < 0) {
      if (atWordStart && upperAt(text, i + 1)) {
        open = i;
        paragraphEnd = text.indexOf('\n\n', i);
      }
      continue;
    }
    if (atWordStart || !(i + 1 >= text.length || closesBeforeAt(text, i + 1))) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 46 || before === 44 || before === 33 || before === 63) pairs.push([open, i]);
    open = -1;
  }
  return pairs;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether the code unit at `i` is an upper-case letter (see {@link UPPER_START}); false outside the text. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && UPPER_START.test(text.charAt(i));
}

/** The double-quoted pairs and the single-quoted ones that lie outside them, in text order. */
function allQuotePairs(text: string): [number, number][] {
  const double = quotePairs(text);
  if (!text.includes("'")) return double;
  const outside = singleQuotePairs(text).filter(([o, c]) => !double.some(([a, b]) => o < b && c > a));
  return outside.length === 0 ? double : [...double, ...outside].sort((x, y) => x[0] - y[0]);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many whitespace-separated words of the text from `from` to `to` hold a letter or a digit (by code units while they are ASCII, by splitting them at the first unit beyond). */
function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let counted = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text.slice(from, to).split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w)).length;
    const lower = c | 32;
    if (c === 32 || (c >= 9 && c <= 13)) counted = false;
    else if (!counted && ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122))) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** The last word (letters and hyphens) of the text from `from` to `to`, lower-cased. */
function lastWordOf(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && !isWordCharAt(text, end - 1)) end--;
  let start = end;
  while (start > from && isWordCharAt(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Whether the code unit at `k` is a letter (a character with case) or a hyphen; ASCII by code. */
function isWordCharAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const c = text.charAt(k);
  return c.toLowerCase() !== c.toUpperCase();
}

/**
 * Whether the quoted words (the text from `from` to `to`, trimmed, after the opening mark at `open`) make a
 * quotation rather than a scare-quoted phrase or a title; `reported`: a speech verb introduces them ('stressed
 * that "the threats ... require a response".'); `attributed`: the words right after the closing mark attribute
 * them ('"We stand together," he said'). Read in place: no slice of the text per pair of marks.
 */
function isQuotation(text: string, open: number, from: number, to: number, reported: boolean, attributed: boolean): boolean {
  const words = wordCount(text, from, to);
  if (reported && words >= MIN_WORDS_SENTENCE) return true;
  // The 40 units before the opening mark.
  const before = Math.max(0, open - 40);
  if (CUES.titleCues.has(lastWordOf(text, before, open))) return false;
  const last = text.charCodeAt(to - 1);
  if ((last === 46 || last === 44 || last === 33 || last === 63 || last === 0x2026) && words >= MIN_WORDS_PUNCTUATED) return true;
  if (attributed && words >= MIN_WORDS_ATTRIBUTED && opensUpper(text, from)) return true;
  let prev = open - 1;
  while (prev >= before && isSpaceAt(text, prev)) prev--;
  const prevChar = prev >= before ? text.charCodeAt(prev) : -1;
  const atSentenceStart = prevChar === -1 || prevChar === 46 || prevChar === 58 || prevChar === 33 || prevChar === 63 || (open > before && text.charCodeAt(open - 1) === 10);
  return atSentenceStart && opensUpper(text, from) && words >= MIN_WORDS_SENTENCE;
}

/** Whether the words at `from` start with a capital (see `startsUpper`); beyond ASCII read with the unit after, as a capital beyond the BMP takes two. */
function opensUpper(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  return c < 128 ? c >= 65 && c <= 90 : startsUpper(text.slice(from, from + 2));
}

/** Whether a speech verb, or a speech verb and "that", stands right before the mark at `open` ("stressed that "..."). */
function reportedAt(ev: EntityView, open: number): boolean {
  const { view } = ev;
  let k = view.tokenAt(open - 1);
  const t = view.tokens[k];
  if (!t || open - t.end > 2) return false;
  const that = t.key === 'that';
  if (that) k--;
  const key = view.key(k);
  // A verb in running text is written in lower case, and "states" must say "that" (not "Member States "...").
  if (k < 0 || startsUpper(view.raw(k)) || (key === 'states' && !that)) return false;
  return ((ev.wordClasses[k] ?? 0) & CUE_CLASS.speech) !== 0 && key !== 'speech' && key !== 'remarks';
}

/**
 * Whether the words right after the closing mark at `close` attribute the quotation to a speaker: a
 * comma (inside the marks or right after them), then a speech verb within a few words, as in
 * '"We stand together," he said' or '"No comment", said the spokesman'. An exclamation or question
 * mark may stand for the comma ('"Never again!" added X').
 */
function attributedAfter(ev: EntityView, text: string, contentEnd: number, close: number, tailVerb: number): boolean {
  if (tailVerb < 0) return false;
  let after = close + 1;
  while (isSpaceAt(text, after)) after++;
  const last = text.charCodeAt(contentEnd - 1);
  if (text.charCodeAt(after) !== 44 && last !== 44 && last !== 33 && last !== 63) return false;
  return wordCount(text, close + 1, ev.view.tokens[tailVerb]?.start ?? close + 1) <= MAX_WORDS_BEFORE_VERB;
}

/** The first token from offset `start` to `end` that is a speech verb, or -1. */
function speechVerbAt(ev: EntityView, start: number, end: number): number {
  const { view } = ev;
  for (let k = Math.max(0, view.tokenAt(start)); k < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (!t || t.start >= end) break;
    if (t.start >= start && ((ev.wordClasses[k] ?? 0) & CUE_CLASS.speech) !== 0 && t.key !== 'speech' && t.key !== 'remarks') return k;
  }
  return -1;
}

/** Office nouns that any head of a body answers to, whatever the title says ("the KNB head said"). */
const HEAD_NOUNS: ReadonlySet<string> = new Set(['head', 'chief', 'leader', 'official']);

/**
 * The one person a subject "the KNB head", "the Iranian minister", "the police chief" or "the
 * Inspector-General" before the speech verb at token `verb` names by title: the people of the body or
 * country named, whose title holds the noun's words (any title for "head", "chief"); undefined when
 * the subject is not of that shape or fits no one person. A capitalised noun is a title's word
 * ("the Director said"), not a body's or a country's name.
 */
function titledSpeaker(ev: EntityView, people: readonly Person[], verb: number): Person | undefined {
  const { view } = ev;
  // The noun and the words hyphen-joined before it ("Inspector-General").
  let nounFrom = verb - 1;
  while (nounFrom > 0 && view.gap(nounFrom - 1) === Gap.Hyphen) nounFrom--;
  if (!/^\p{L}+$/u.test(view.raw(verb - 1)) || (ev.orgCover[nounFrom] ?? -1) >= 0 || ev.countries.startingAt(nounFrom) !== undefined) return undefined;
  const noun = view.key(verb - 1);
  const nounWords: string[] = [];
  for (let j = nounFrom; j < verb; j++) nounWords.push(view.key(j));
  let the = -1;
  for (let j = nounFrom - 1; j >= Math.max(0, verb - 6); j--) {
    if (view.key(j) === 'the') {
      the = j;
      break;
    }
  }
  if (the < 0) return undefined;
  let org: string | null = null;
  let country: string | null = null;
  for (let j = the + 1; j < nounFrom; j++) {
    const o = ev.orgs[ev.orgCover[j] ?? -1];
    if (o) org = o.name;
    const c = ev.countries.startingAt(j);
    if (c) country = c.code;
    // "the police chief": a field's noun may stand before the head noun.
    if (!o && !c && !startsUpper(view.raw(j)) && !CUES.fieldNouns.has(view.key(j))) return undefined;
  }
  const fits = people.filter((p) => {
    if (org !== null && p.organization !== org && !(country === null && ev.orgs.some((o) => o.name === org && o.country !== null && o.country === p.country))) return false;
    if (country !== null && p.country !== country) return false;
    if (p.title === null) return false;
    if (HEAD_NOUNS.has(noun)) return true;
    const words = p.title.toLowerCase().split(/[\s-]+/);
    return nounWords.every((w) => words.includes(w));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Finds the quotations and writes `record.quotes`; the speakers found get the role `speaker`. */
export const quotesExtractor: Extractor = {
  name: 'extractor/quotes',
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const { view } = ev;
    const text = ctx.text;
    const pairs = allQuotePairs(text);
    if (pairs.length === 0) {
      ctx.record.quotes = [];
      return;
    }
    const mentions: PersonMention[] = [];
    for (const person of ctx.record.people) for (const m of person.mentions) mentions.push({ start: m.start, end: m.end, person });
    sortByKey(mentions, (m) => m.start);
    const starts = mentions.map((m) => m.start);
    const mentionIn = (from: number, to: number, last = false): PersonMention | undefined => {
      let k = last ? floorIndex(starts, to - 1) : floorIndex(starts, from - 1) + 1;
      while (k >= 0 && k < mentions.length) {
        const m = mentions[k];
        if (!m || m.start < from || m.start >= to) return undefined;
        if (m.end <= to) return m;
        k += last ? -1 : 1;
      }
      return undefined;
    };
    const lastBefore = (at: number): PersonMention | undefined => {
      for (let k = floorIndex(starts, at - 1); k >= 0; k--) {
        const m = mentions[k];
        if (m && m.end <= at) return m;
      }
      return undefined;
    };
    const quotes: Quote[] = [];
    let previous: { close: number; speaker: Person | null } | null = null;
    for (const [open, close] of pairs) {
      // The quoted words' bounds, white space trimmed, read in place: the words are sliced only for a quotation kept.
      let start = open + 1;
      while (start < close && isSpaceAt(text, start)) start++;
      let end = close;
      while (end > start && isSpaceAt(text, end - 1)) end--;
      if (start === end) continue;
      const [, sentenceEnd] = view.sentenceBounds(Math.max(0, close - 1));
      const tailEnd = Math.min(text.length, Math.max(sentenceEnd, close + 1), close + TAIL_CHARS);
      const nextQuote = text.indexOf('"', close + 1);
      const tailStop = nextQuote >= 0 ? Math.min(tailEnd, nextQuote) : tailEnd;
      const tailVerb = speechVerbAt(ev, close + 1, tailStop);
      if (!isQuotation(text, open, start, end, reportedAt(ev, open), attributedAfter(ev, text, end, close, tailVerb))) continue;
      let speaker: Person | null | undefined;
      if (tailVerb >= 0) {
        const tail = text.slice(close + 1, tailStop);
        const who = mentionIn(close + 1, tailStop);
        let first = Math.max(0, view.tokenAt(close + 1));
        if ((view.tokens[first]?.start ?? Infinity) <= close) first++;
        if (who) speaker = who.person;
        else if (/^[\s,]*(he|she)\b/i.test(tail)) speaker = lastBefore(open)?.person ?? null;
        // '..." and called for': a verb with no subject of its own leaves the lead "X said that" to speak.
        else if (view.key(first) !== 'and' && first !== tailVerb) speaker = titledSpeaker(ev, ctx.record.people, tailVerb) ?? null;
      }
      if (speaker === undefined) {
        const sentenceStart = Math.max(view.sentenceBounds(open)[0], open - LEAD_CHARS);
        const leadVerb = speechVerbAt(ev, sentenceStart, open);
        if (leadVerb >= 0) {
          const who = mentionIn(sentenceStart, open, true);
          speaker = who ? who.person : /\b(he|she)\b/i.test(text.slice(sentenceStart, open)) ? (lastBefore(open)?.person ?? null) : (titledSpeaker(ev, ctx.record.people, leadVerb) ?? null);
        }
      }
      if (speaker === undefined && previous && open - previous.close <= BRIDGE_CHARS && !text.slice(previous.close, open).includes('\n')) {
        speaker = previous.speaker;
      }
      const resolved: Person | null = speaker ?? null;
      quotes.push({ speaker: resolved?.name ?? null, text: text.slice(start, end), span: { start, end } });
      previous = { close, speaker: resolved };
      if (resolved && !resolved.roles.includes('speaker')) {
        resolved.roles.splice(resolved.roles[0] === 'host' ? 1 : 0, 0, 'speaker');
        const i = resolved.roles.indexOf('mentioned');
        if (i >= 0) resolved.roles.splice(i, 1);
      }
    }
    ctx.record.quotes = quotes;
  },
};
