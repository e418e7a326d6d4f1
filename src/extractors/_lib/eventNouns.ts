/**
 * The nouns that name an event ("conference", "meeting", "get-together", "talks"), found in one
 * scan, each with how strongly its context marks it as the reported event: an edition ordinal
 * before it ("47th meeting", "XXIV Conference") is strongest, then a verb of holding around it
 * ("was held", "hosted an"), then a plain mention.
 * @module
 */
import words from '../../../data/event-words.json';
import type { Context } from '../../pipeline/context.js';
import type { EventKind, Span } from '../../schema/record.js';
import { PhraseScan } from '../../text/phraseScan.js';
import { startsLower, startsUpper } from './letterCase.js';
import { ordinalAt } from './numbers.js';
import { alternation, endsWithWordOf } from './phrases.js';
import { contentSpans } from './scope.js';
import { firstAtOrAfter, firstStartingAtOrAfter } from '../../text/search.js';

/** An event noun in the text. */
export interface EventNoun {
  readonly start: number;
  readonly end: number;
  readonly kind: EventKind;
  /** 3: after an edition ordinal; 2: with a verb of holding; 1: a plain mention. */
  readonly strength: 1 | 2 | 3;
  /** The edition, when an ordinal stands before the noun. */
  readonly edition: number | null;
  /** Offset of the ordinal (or of the first word of the event's name) before the noun. */
  readonly nameStart: number;
}

/** Words before a noun that make it a briefing of the media ("press conference", "news conference"). */
const BRIEFING_WORDS: ReadonlySet<string> = new Set(words.briefingWords);
const KINDS: ReadonlyMap<string, EventKind> = new Map(Object.entries(words.kinds).map(([k, v]) => [k, v as EventKind]));
const NOUN = new PhraseScan(new RegExp(`\\b(?:${alternation(KINDS.keys())})\\b`, 'gi'), { phrases: KINDS.keys() });
/** Verbs of holding after the noun ("was held"), and before it ("hosted an"), found in one scan each. */
const HELD_AFTER = new PhraseScan(new RegExp(`\\b(?:${alternation(words.heldAfter)})\\b`, 'gi'), { phrases: words.heldAfter });
const HELD_BEFORE = new PhraseScan(new RegExp(`\\b(?:${alternation(words.heldBefore)})\\s+(?:(?:an?|the)\\s+)?`, 'gi'), { phrases: words.heldBefore });
/** Up to three words between a verb of holding and the noun ("hosted an international conference"). */
const FEW_WORDS = /^(?:[\p{L}-]+\s+){0,3}$/u;
/** The most words {@link FEW_WORDS} allows. */
const MAX_FEW_WORDS = 3;

/**
 * {@link FEW_WORDS} on the text from `from` to `to`, read in place over ASCII (it is asked for
 * nearly every noun): up to three runs of letters or hyphens, each followed by white space. A
 * unit beyond ASCII sends the slice to the pattern.
 */
function fewWords(text: string, from: number, to: number): boolean {
  let words = 0;
  let i = from;
  while (i < to) {
    const wordStart = i;
    for (let c = text.charCodeAt(i); i < to && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a || c === 0x2d); c = text.charCodeAt(++i));
    if (i < to && text.charCodeAt(i) >= 0x80) return FEW_WORDS.test(text.slice(from, to));
    if (i === wordStart) return false;
    const spaceStart = i;
    for (let c = text.charCodeAt(i); i < to && (c === 0x20 || (c >= 0x09 && c <= 0x0d)); c = text.charCodeAt(++i));
    if (i < to && text.charCodeAt(i) >= 0x80) return FEW_WORDS.test(text.slice(from, to));
    if (i === spaceStart || ++words > MAX_FEW_WORDS) return false;
  }
  return true;
}
/** How far before a noun its name may begin with an ordinal. */
const ORDINAL_REACH = 160;

/** Whether a stop (".", ";", ":") between `from` and `to` keeps a verb of holding after the noun from being about it. */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3b || c === 0x3a) return true;
  }
  return false;
}
/** "of (the)" right before a capitalised noun: the noun is part of a name. */
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
/** The word {@link OF_BEFORE} ends with, for a cheap first test. */
const OF: readonly string[] = ['of'];

/** Whether the units of `text` from `start` to `end` are `word` (lower-case) exactly, or in any case of its ASCII letters when `anyCase`. */
function isWord(text: string, start: number, end: number, word: string, anyCase: boolean): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (c !== word.charCodeAt(k) && !(anyCase && c >= 0x41 && c <= 0x5a && (c | 0x20) === word.charCodeAt(k))) return false;
  }
  return true;
}

/** A word that joins the capitalised words of a name: "of", "the", "and", "for", "on", "in" (in lower case). */
const isConnector = (text: string, start: number, end: number): boolean =>
  isWord(text, start, end, 'of', false) || isWord(text, start, end, 'the', false) || isWord(text, start, end, 'and', false) || isWord(text, start, end, 'for', false) || isWord(text, start, end, 'on', false) || isWord(text, start, end, 'in', false);

/** An article, in any case: "the", "a", "an". */
const isArticle = (text: string, start: number, end: number): boolean => isWord(text, start, end, 'the', true) || isWord(text, start, end, 'a', true) || isWord(text, start, end, 'an', true);

/** An article in lower case: "the", "a", "an". */
const isLowerArticle = (text: string, start: number, end: number): boolean => isWord(text, start, end, 'the', false) || isWord(text, start, end, 'a', false) || isWord(text, start, end, 'an', false);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the word from `start` to `end` starts with a capital ({@link startsUpper}), ASCII decided without slicing it. */
const wordStartsUpper = (text: string, start: number, end: number): boolean => {
  const c = text.charCodeAt(start);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : startsUpper(text.slice(start, end));
};

/** Whether the word from `start` to `end` starts with a lower-case letter ({@link startsLower}), ASCII decided without slicing it. */
const wordStartsLower = (text: string, start: number, end: number): boolean => {
  const c = text.charCodeAt(start);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : startsLower(text.slice(start, end));
};

/** Words after an ordinal that make it count something else than sittings ("the 20th anniversary session"). */
const NOT_EDITION_AFTER: ReadonlySet<string> = new Set(words.notEditionAfter);

/**
 * Reads back from a noun to an edition ordinal: over the capitalised words of a name
 * ("3rd INTERPOL Counter-Terrorism Committee Meeting") or up to two adjectives ("29th regular meeting"),
 * but not one that counts years ("the 20th anniversary session"). The words are read as offsets, and
 * only a word that may be an ordinal other than a word of the table is sliced: this runs for every noun.
 */
function ordinalBefore(text: string, at: number): { edition: number; start: number } | null {
  const limit = Math.max(0, at - ORDINAL_REACH);
  let sawName = false;
  let adjectives = 0;
  let end = at;
  /** The word read before this one (the next in the text): "anniversary" after an ordinal makes it count years. */
  let after = at;
  let afterEnd = at;
  for (let seen = 0; seen < 12; seen++) {
    let stop = end;
    while (stop > limit && !isWordChar(text, stop - 1)) stop--;
    let start = stop;
    while (start > limit && isWordChar(text, start - 1)) start--;
    if (start === stop) return null;
    // A lower-case article ("the meeting", the commonest case) is no ordinal, and before any word of a name it ends the reading: no ordinal test.
    if (!sawName && isLowerArticle(text, start, stop)) return null;
    // A word of one unit is read as an ordinal only when it is a digit.
    const value = stop - start > 1 || isDigit(text.charCodeAt(start)) ? ordinalAt(text, start, stop) : null;
    if (value !== null) return NOT_EDITION_AFTER.has(text.slice(after, afterEnd).toLowerCase()) ? null : { edition: value, start };
    after = start;
    afterEnd = stop;
    if (wordStartsUpper(text, start, stop)) sawName = true;
    else if (!(sawName && isConnector(text, start, stop))) {
      if (!sawName && !isArticle(text, start, stop) && wordStartsLower(text, start, stop) && adjectives < 2) adjectives++;
      else return null;
    }
    end = start;
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** Whether the code unit at `i` is a letter, digit or hyphen ({@link WORD_CHAR}), ASCII decided without the pattern. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x80) return WORD_CHAR.test(text[i] ?? '');
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** Where the verbs of holding of a text are: where each one after a noun starts, and where each one before a noun ends. */
interface HeldMarks {
  readonly after: readonly number[];
  readonly before: readonly number[];
}

/** Whether a verb of holding stands close after the noun from `start` to `end` ("was held"), in its clause, or a few words before it ("hosted an international"). */
function isHeld(text: string, start: number, end: number, marks: HeldMarks): boolean {
  const verbAfter = marks.after[firstAtOrAfter(marks.after, end)];
  if (verbAfter !== undefined && verbAfter - end <= 40 && !hasClauseBreak(text, end, verbAfter)) return true;
  const verbBefore = marks.before[firstAtOrAfter(marks.before, start + 1) - 1];
  return verbBefore !== undefined && start - verbBefore <= 40 && fewWords(text, verbBefore, start);
}

/** The kind of a noun in lower case; only a phrase written with unusual white space ("round  table") needs squeezing to be found. */
const kindOf = (lower: string): EventKind | undefined => KINDS.get(lower) ?? KINDS.get(lower.replace(/\s+/g, ' '));

/** The last answer, kept for the next extractor that asks about the same text. */
let memoText: string | null = null;
let memo: { readonly from: number; readonly to: number; readonly nouns: EventNoun[] }[] = [];
let marks: HeldMarks | null = null;

/**
 * Every event noun of the context's text between `from` and `to`, in order. A capitalised noun
 * after "of (the)" is part of a name ("meeting of the Conference of ..."), not an event of its own,
 * nor is a briefing of the media ("press conference").
 */
export function eventNouns(ctx: Context, from: number, to: number): EventNoun[] {
  const { text } = ctx;
  if (text !== memoText) {
    memoText = text;
    memo = [];
    marks = null;
  }
  const cached = memo.find((m) => m.from === from && m.to === to);
  if (cached !== undefined) return cached.nouns;
  marks ??= {
    after: HELD_AFTER.scan(text, 0, text.length, ctx.tokens).map((m) => m.index),
    before: HELD_BEFORE.scan(text, 0, text.length, ctx.tokens).map((m) => m.index + m[0].length),
  };
  const found: EventNoun[] = [];
  const { tokens } = ctx;
  for (const m of NOUN.scan(text, from, to, tokens)) {
    const word = m[0];
    // Found by halving: the nouns are few and far apart, and a walk over the tokens between them reads each one.
    const t = firstStartingAtOrAfter(tokens, m.index);
    const token = tokens[t];
    // A noun that is one token (most are) is looked up by the token's key, its lower case, a string hashed once for all texts; the match would be hashed at each look-up.
    const kind = token?.start === m.index && token.end === m.index + word.length ? KINDS.get(token.key) : kindOf(word.toLowerCase());
    if (kind === undefined) continue;
    // "said at a press conference", "a news conference after the talks": a briefing of the media, not an event of its own.
    if (token?.start === m.index && BRIEFING_WORDS.has(tokens[t - 1]?.key ?? '') && text.charCodeAt(m.index - 1) === 0x20) continue;
    if (wordStartsUpper(text, m.index, m.index + word.length)) {
      const leadStart = Math.max(0, m.index - 60);
      if (endsWithWordOf(text, OF, 'the', leadStart, m.index) && OF_BEFORE.test(text.slice(leadStart, m.index))) continue;
    }
    const end = m.index + word.length;
    const ord = ordinalBefore(text, m.index);
    // A verb of holding is looked for only when no ordinal is there, which outranks it.
    const strength = ord ? 3 : isHeld(text, m.index, end, marks) ? 2 : 1;
    found.push({ start: m.index, end: m.index + word.length, kind, strength, edition: ord?.edition ?? null, nameStart: ord?.start ?? m.index });
  }
  memo.push({ from, to, nouns: found });
  return found;
}

/** The content spans the last {@link contentNouns} were joined for (the same object while they stand), and those nouns. */
let joinedFor: readonly Span[] | null = null;
let joined: readonly EventNoun[] = [];

/**
 * Every event noun of the content ({@link contentSpans}), in order; joined in a loop, as `flatMap` costs some microseconds a
 * call, and once while the spans stand (several steps ask).
 */
export function contentNouns(ctx: Context): readonly EventNoun[] {
  const spans = contentSpans(ctx);
  if (spans === joinedFor) return joined;
  const nouns: EventNoun[] = [];
  for (const span of spans) for (const noun of eventNouns(ctx, span.start, span.end)) nouns.push(noun);
  joinedFor = spans;
  joined = nouns;
  return nouns;
}
