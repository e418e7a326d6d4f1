/**
 * The page layout of a release: the header lines above the body (mastheads, page-date stamps,
 * headline candidates) and where the body starts. Later extractors read what it posts.
 * @module
 */
import chrome from '../../data/chrome.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Span } from '../schema/record.js';
import { scanDates, type DateMention } from '../text/dates.js';
import { firstStartingAtOrAfter } from '../text/search.js';
import { isSpaceAt } from '../text/space.js';
import { CUES } from './_entities/wording.js';
import { outletTail } from './_lib/outletTail.js';

declare module '../pipeline/findings.js' {
  interface FindingValues {
    /** A page-date stamp in the header ("Events 20 October 2022", "date 2025-04-29"). */
    pageDate: { readonly date: DateMention };
    /** A header line that may be the headline (title-like, not a masthead or a stamp). */
    headlineCandidate: Record<string, never>;
    /** A masthead line naming the publisher ("Information of the Press service of ..."). */
    masthead: Record<string, never>;
    /** The body: from its first segment to the end of the text. */
    body: Record<string, never>;
  }
}

const BY = 'extractor/layout';
const MASTHEAD_CUES = chrome.mastheadCues.map((c) => c.toLowerCase());
/** How many leading segments may be header; after that everything is body. */
const MAX_HEADER_SEGMENTS = 8;
/** A leading machine stamp: "date 2025-04-29". */
const ISO_STAMP = /^\s*date:?\s+(?=\d{4}-\d{2}-\d{2}\b)/i;
const WORD = /[\p{L}\p{N}]+/gu;
/** A time of day: "12:00", "12:00:25 PM", "9:30 a.m.". */
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?/g;
const DIGITS = /^\d+$/;
/**
 * A stop after a word of two letters or more (or a closing quote or bracket), then the capital or
 * quotation that opens the next sentence. A stop after one letter closes an initial or an
 * abbreviation ("S. Korea", "U.S. envoy"), not a sentence.
 */
const NEXT_SENTENCE = /(?:[\p{L}\p{N}]{2}|[)"'’”\]])[.!?]\s+["(\p{Lu}]/u;
/** A byline: "By" and a capitalised name ("By Ana Ruiz", "By Staff Reporter"). */
const BY_LINE = /^By\s+\p{Lu}/u;
/** A bare name of two or three capitalised words ("Tess Ikonomou", "Ana de la Cruz" not included). */
const NAME_LINE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u;
/** How many words a short lead paragraph has at least ("Talks were held on Monday."). */
const MIN_LEAD_WORDS = 4;
/**
 * A statement's end: a full stop after a word of two letters or more, perhaps inside a closing quote
 * or bracket. A question or exclamation mark may close a headline ("Will the CSTO widen its mandate?").
 */
const SENTENCE_END = /[\p{L}\p{N}]{2}\.["')\]’”]?$/u;
/** A word in lower case, after a space. */
const LOWER_WORD = / \p{Ll}/u;
/** How many words a byline may have ("By Ana Ruiz and Li Wei"). */
const MAX_BYLINE_WORDS = 8;
/** How many words a line of dates may carry besides them ("Events", "Published"). */
const MAX_STAMP_WORDS = 3;

/** More words than any test below reads: a count is only ever compared with smaller numbers. */
const ENOUGH_WORDS = 61;

/** One letter or digit (a code point). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point `cp` is a letter or digit ({@link WORD_CHAR}), ASCII decided without the pattern. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * How many words (runs of letters and digits, as {@link WORD} finds them) `s` has from `from` to `to`, counted no
 * further than `enough` (at most {@link ENOUGH_WORDS}): a count is only ever compared with smaller numbers. Read on
 * the flat text, not a slice of it (whose units read slower).
 */
function words(s: string, from: number, to: number, enough = ENOUGH_WORDS): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; ) {
    // A code unit below the surrogates is its own code point: only a surrogate needs `codePointAt`.
    const unit = s.charCodeAt(i);
    const cp = unit < 0xd800 ? unit : (s.codePointAt(i) ?? 0);
    const word = isWordCodePoint(cp);
    if (word && !inWord && ++n >= enough) return n;
    inWord = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** A full date (day, month and year) among the mentions. */
const isFull = (d: DateMention): boolean => d.kind === 'day' && d.from.year !== null && d.from.month !== null && d.from.day !== null;

/** Whether a segment has at most {@link MAX_STAMP_WORDS} words outside its dates, times and bare numbers. */
function fewWordsOutside(segment: string, dates: readonly DateMention[], offset: number): boolean {
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += segment.slice(at, d.start - offset);
    at = d.end - offset;
  }
  rest += segment.slice(at);
  const left = rest.replace(TIME, ' ');
  // The author after "by" is the stamp's byline, not its words ("Posted on March 12, 2025 by Admin").
  const by = BY_AUTHOR.exec(left);
  const own = by === null ? left : left.slice(0, by.index);
  if (by !== null && countWords(left.slice(by.index + by[0].length), MAX_BYLINE_WORDS + 1) > MAX_BYLINE_WORDS) return false;
  return countWords(own, MAX_STAMP_WORDS + 1) <= MAX_STAMP_WORDS;
}

/** " by " before a stamp's author. */
const BY_AUTHOR = /\sby\s/i;

/** How many words (not bare numbers) `s` has, counted no further than `enough`. */
function countWords(s: string, enough: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(s); m !== null && n < enough; m = WORD.exec(s)) if (!DIGITS.test(m[0])) n++;
  return n;
}

/** A full stop, question or exclamation mark. */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
/** A closing quotation mark or bracket that may follow a stop: " ' ) ] */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;

/**
 * A body segment (`segment`, the text from `start` to `end`): running prose, several sentences or one long one (more than 60 words, or a line
 * or list item ending in a colon, or 12 words ending a statement, or 15 going on to a next sentence).
 * The words are counted no further than the test at hand needs: a body paragraph is long.
 */
function isBody(segment: string, text: string, start: number, end: number): boolean {
  // The tests of the segment's end read its last units in place: a pattern ending in `$` would be tried from every unit of a long paragraph.
  const last = text.charCodeAt(end - 1);
  if (last === 0x3a || last === 0x3b || /^[-–•*]\s/.test(segment)) return true;
  if (isStop(last) || (isCloser(last) && end - 2 >= start && isStop(text.charCodeAt(end - 2)))) return words(text, start, end, 12) >= 12;
  if (words(text, start, end, 15) < 15) return false;
  return NEXT_SENTENCE.test(segment) || words(text, start, end) > 60;
}

/**
 * Whether the header line `segment` at `start`, of `wordCount` words, is a byline: "By" and a name, or, below a headline
 * (`belowTitle`), a bare name of two or three capitalised words that names no place, agency or body
 * of the tables and has no word that heads an organisation's name ("Tess Ikonomou", but not
 * "Tashkent Region" or "Anti-Terrorism Center").
 */
function isByline(ctx: Context, segment: string, start: number, belowTitle: boolean, wordCount: number): boolean {
  if (BY_LINE.test(segment)) return wordCount <= MAX_BYLINE_WORDS;
  if (!belowTitle || !NAME_LINE.test(segment) || segment.split(' ').some((w) => CUES.orgHead.has(w))) return false;
  const end = start + segment.length;
  return !ctx.hits.some((h) => h.start >= start && h.start < end && h.kind !== 'rank' && h.kind !== 'office');
}

/**
 * A sentence of its own below a headline: a short first paragraph ("Talks were held in Baku on
 * Tuesday."), ending with a full stop and with some word in lower case. Headlines carry no final stop.
 */
const isShortLead = (segment: string, wordCount: number): boolean => wordCount >= MIN_LEAD_WORDS && SENTENCE_END.test(segment) && LOWER_WORD.test(segment);

/** Whether a segment names the publisher: it holds a masthead cue, in any case. */
function isMasthead(segment: string): boolean {
  const lower = segment.toLowerCase();
  return MASTHEAD_CUES.some((c) => lower.includes(c));
}

/** Whether the line from `at` to `end` opens, after white space, with a "d" in any case: {@link ISO_STAMP} can match only then. */
function opensWithD(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isSpaceAt(text, i)) i++;
  return i < end && (text.charCodeAt(i) | 0x20) === 0x64;
}

/** Whether a city of the table starts at `at` ("Minsk, 14 November 2023"). */
const startsWithCity = (ctx: Context, at: number): boolean => ctx.hits.some((h) => h.kind === 'city' && h.start === at);

/** Reads the header and posts its parts. */
function run(ctx: Context): void {
  const { text } = ctx;
  const dates = scanDates(text, ctx.tokens);
  const post = (kind: 'headlineCandidate' | 'masthead' | 'body', span: Span): void => ctx.findings.add({ kind, value: {}, span, by: BY });
  const stamp = (date: DateMention): void => ctx.findings.add({ kind: 'pageDate', value: { date }, span: { start: date.start, end: date.end }, by: BY });
  let pos = 0;
  let firstContent: number | null = null;
  /** Whether a headline candidate has been posted: a bare name below it is a byline. */
  let titled = false;
  // Blank lines are no segments: "n" counts the lines with words.
  for (let n = 0; n < MAX_HEADER_SEGMENTS && pos < text.length; ) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline < 0 ? text.length : newline;
    let start = pos;
    const iso = opensWithD(text, start, lineEnd) ? ISO_STAMP.exec(text.slice(start, lineEnd)) : null;
    if (iso) {
      start += iso[0].length;
      const d = dates.find((x) => x.start === start);
      if (d) {
        stamp(d);
        start = d.end;
      }
    }
    while (start < lineEnd && isSpaceAt(text, start)) start++;
    pos = lineEnd + 1;
    if (start >= lineEnd) continue;
    n++;
    const segment = text.slice(start, lineEnd);
    const inside: DateMention[] = [];
    for (let k = firstStartingAtOrAfter(dates, start); k < dates.length; k++) {
      const d = dates[k];
      if (d === undefined || d.start >= lineEnd) break;
      if (d.end <= lineEnd) inside.push(d);
    }
    const full = inside.filter(isFull);
    if (full.length > 0 && fewWordsOutside(segment, inside, start)) {
      for (const d of full) stamp(d);
      // "Minsk, 14 November 2023. BelTA.": a dateline on a line of its own, which the dateline reads.
      if (startsWithCity(ctx, start)) post('headlineCandidate', { start, end: lineEnd });
      continue;
    }
    firstContent ??= start;
    const body = isBody(segment, text, start, lineEnd);
    // A header line is short: its words are counted once, for the tests below.
    const wordCount = body ? 0 : words(text, start, lineEnd);
    if (body || (titled && isShortLead(segment, wordCount))) {
      ctx.trace(BY, () => `body starts at ${start}`);
      post('body', { start, end: text.length });
      return;
    }
    // "Chiefs meet in Kuwait - Kuwait News Agency": a page title, whose outlet holds the masthead cue.
    if (wordCount <= 14 && isMasthead(segment) && outletTail(segment) < 0) {
      post('masthead', { start, end: lineEnd });
      continue;
    }
    if (isByline(ctx, segment, start, titled, wordCount)) {
      ctx.trace(BY, () => `byline at ${start}`);
      continue;
    }
    // A headline may end with the page's date and time: "... agree to fight Thursday, June 3, 2021 12:00:25 PM".
    const last = full[full.length - 1];
    let end = lineEnd;
    if (last !== undefined && /^[\s\d:APM,.]*$/.test(text.slice(last.end, lineEnd)) && last.start > start) {
      stamp(last);
      end = last.start;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    }
    post('headlineCandidate', { start, end });
    titled = true;
  }
  // No segment reads as prose (a short release): the body is everything after the stamps.
  post('body', { start: firstContent ?? Math.min(pos, text.length), end: text.length });
}

/** Finds the header (mastheads, page-date stamps, headline candidates) and where the body starts. */
export const layout: Extractor = { name: BY, run };
