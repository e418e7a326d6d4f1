/**
 * Sentence bounds of a text: a sentence ends at a full stop, question or exclamation mark
 * followed by a space and a capital or a quotation mark, or at a line end. A single capital
 * before the stop ("A. Azizov") is an initial, and an abbreviated title, rank or month ("Mr.
 * Sharma", "Lt. Gen. Malik", "Nov. 5") is not an end either. A name's suffix ("Jr.", "Sr.") ends
 * a sentence unless a title or rank goes on after it ("John Smith Jr. Director of ...").
 * @module
 */
import { format } from 'date-fns';
import cities from '../../../data/cities.json';
import countries from '../../../data/countries.json';
import offices from '../../../data/offices.json';
import cues from '../../../data/cues.json';
import ranks from '../../../data/ranks.json';
import { isSpaceAt } from '../../text/space.js';
import { isAsciiWordUnit } from '../../text/wordUnit.js';

/** A sentence's offsets in the text. */
export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/** One capital letter (a code point). */
const CAPITAL = /^\p{Lu}$/u;

/** Whether the code unit `c` is a full stop, question or exclamation mark. */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;

/** Whether the code point `cp` is a capital letter (an ASCII one decided without the pattern). */
const isCapital = (cp: number): boolean => (cp < 0x80 ? cp >= 0x41 && cp <= 0x5a : CAPITAL.test(String.fromCodePoint(cp)));

/** Whether the stop at `at` follows a capital letter that starts a word, as `\b` sees it ("A." of "A. Azizov"): an initial. */
function afterInitial(text: string, at: number): boolean {
  let from = at - 1;
  let cp = text.charCodeAt(from);
  if (cp >= 0xdc00 && cp <= 0xdfff && from > 0) {
    const high = text.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) {
      from--;
      cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
    }
  }
  return isCapital(cp) && isAsciiWordUnit(cp) !== (from > 0 && isAsciiWordUnit(text.charCodeAt(from - 1)));
}

/** Whether white space starts at `at` (before `length`) and is followed by a capital, a digit, a quotation mark, a bracket or a hyphen. */
function spaceThenOpening(text: string, length: number, at: number): boolean {
  if (at >= length || !isSpaceAt(text, at)) return false;
  let k = at + 1;
  while (k < length && isSpaceAt(text, k)) k++;
  if (k >= length) return false;
  const c = text.charCodeAt(k);
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x2d || (c >= 0x30 && c <= 0x39) || isCapital(text.codePointAt(k) ?? 0);
}

/**
 * The length of the sentence end at `at` (a stop or a line end), or 0: a run of stops not after
 * another stop or an initial, with an optional closing quotation mark or bracket, followed by
 * white space and an opening (see {@link spaceThenOpening}); or a run of line ends.
 */
function endAt(text: string, length: number, at: number): number {
  let k = at + 1;
  if (text.charCodeAt(at) === 0x0a) {
    while (text.charCodeAt(k) === 0x0a) k++;
    return k - at;
  }
  if (at > 0 && (isStop(text.charCodeAt(at - 1)) || afterInitial(text, at))) return 0;
  while (isStop(text.charCodeAt(k))) k++;
  const close = text.charCodeAt(k);
  if (close === 0x22 || close === 0x27 || close === 0x29 || close === 0x5d) return spaceThenOpening(text, length, k + 1) ? k + 1 - at : 0;
  return spaceThenOpening(text, length, k) ? k - at : 0;
}

/** The next `char` at or after `from`, or `length` when there is none. */
function nextOf(text: string, length: number, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? length : at;
}

/** The words of `names` written with a full stop ("Lt." of "Lt. Gen.", "St." of "St. Petersburg"), without it. */
const dottedWords = (names: readonly string[]): string[] =>
  names.flatMap((v) => v.split(/[\s-]+/)).filter((w) => /^\p{L}+\.$/u.test(w)).map((w) => w.slice(0, -1));

/** A name's suffixes ("Jr", "Sr", "III"): written with a stop, they may end a sentence ("... John Smith Jr. The next day ..."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(cues.nameSuffixes);

/**
 * Words written with a full stop that does not end a sentence: short honorifics, abbreviated
 * ranks, abbreviated words of place names ("St. Petersburg"), month abbreviations.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [
    ...cues.honorifics.filter((h) => h.length <= 4),
    ...dottedWords(ranks.flatMap((r) => r.variants)),
    ...dottedWords([...cities, ...countries].flatMap((p) => [p.name, ...p.aliases])),
    // "May" is the month's full name too: "held in May. The ..." ends there.
    ...Array.from({ length: 12 }, (_, m) => new Date(2001, m, 1))
      .filter((day) => format(day, 'MMM') !== format(day, 'MMMM'))
      .map((day) => format(day, 'MMM')),
    'Sept',
  ].filter((w) => !NAME_SUFFIXES.has(w)),
);

/**
 * The words a title or rank opens with ("Director", "Deputy", "Lt", "Commissioner"), from the
 * office and rank tables, without their stops; the words that open sentences ("The", "Under") are not.
 */
const TITLE_OPENERS: ReadonlySet<string> = (() => {
  const words = new Set<string>(cues.officeModifiers);
  const first = (title: string): string => (title.split(/[\s-]/)[0] ?? '').replace(/\.$/, '');
  for (const o of offices) for (const t of [o.title, ...o.variants]) words.add(first(t));
  for (const r of ranks) for (const t of [r.rank, ...r.variants]) words.add(first(t));
  for (const w of cues.orgStops) words.delete(w);
  return words;
})();

/** The longest of {@link NAME_SUFFIXES}. */
const LONGEST_SUFFIX = Math.max(...[...NAME_SUFFIXES].map((w) => w.length));

/** The longest of {@link TITLE_OPENERS}. */
const LONGEST_TITLE_OPENER = Math.max(...[...TITLE_OPENERS].map((w) => w.length));

/** Whether the code unit `c` is an ASCII letter. */
const isAsciiLetter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** The ASCII letters before the stop at `at` (after a non-letter), or '' when more than {@link LONGEST_SUFFIX} of them. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from <= LONGEST_SUFFIX && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  return at - from > LONGEST_SUFFIX || (from > 0 && isAsciiWordUnit(text.charCodeAt(from - 1))) ? '' : text.slice(from, at);
}

/**
 * Whether the stop at `at` closes a name's suffix that a title or rank goes on after, the next word
 * after the white space from `next` ("Smith Jr. Director of ...", "Sr. Lt. Gen."): then it ends no sentence.
 */
function suffixBeforeTitle(text: string, at: number, next: number): boolean {
  if (!NAME_SUFFIXES.has(wordBefore(text, at))) return false;
  let from = next;
  while (isSpaceAt(text, from)) from++;
  let to = from;
  while (to - from <= LONGEST_TITLE_OPENER && isAsciiLetter(text.charCodeAt(to))) to++;
  return to > from && TITLE_OPENERS.has(text.slice(from, to));
}

/** The longest of {@link ABBREVIATIONS}. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the units of `text` from `from` to `to` are all ASCII capitals. */
function allCapitals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Whether the full stop at `at` closes an abbreviation: the ASCII letters just before it, after a non-letter, are one. */
function closesAbbreviation(text: string, at: number): boolean {
  let from = at;
  for (; from > 0 && at - from <= LONGEST_ABBREVIATION; from--) {
    const letter = text.charCodeAt(from - 1) | 0x20;
    if (letter < 0x61 || letter > 0x7a) break;
  }
  if (from === at || at - from > LONGEST_ABBREVIATION) return false;
  const word = text.slice(from, at);
  if (ABBREVIATIONS.has(word)) return true;
  // "ST" of a dateline in capitals is listed as "St": only a word in capitals is looked up again, its capitals read in place (no upper-cased copy).
  return at - from > 1 && allCapitals(text, from, at) && ABBREVIATIONS.has(word[0] + word.slice(1).toLowerCase());
}

let memoText: string | null = null;
let memoBounds: readonly Bounds[] = [];

/**
 * The sentences of `text`, in order (computed once per text and kept for the next caller).
 *
 * @example
 * ```ts
 * sentences('Talks were held. A. Azizov spoke.').map((s) => s.start);
 * //=> [0, 17]
 * ```
 */
export function sentences(text: string): readonly Bounds[] {
  if (text === memoText) return memoBounds;
  const found: Bounds[] = [];
  const { length } = text;
  let start = 0;
  // Only the stops and line ends are read, found with indexOf (a native search): a pattern with a
  // look-behind first would be tried at every character of the text.
  let dot = -1;
  let bang = -1;
  let question = -1;
  let newline = -1;
  for (let from = 0; ; ) {
    if (dot < from) dot = nextOf(text, length, '.', from);
    if (bang < from) bang = nextOf(text, length, '!', from);
    if (question < from) question = nextOf(text, length, '?', from);
    if (newline < from) newline = nextOf(text, length, '\n', from);
    const at = Math.min(dot, bang, question, newline);
    if (at >= length) break;
    const size = endAt(text, length, at);
    if (size === 0 || (size === 1 && text.charCodeAt(at) === 0x2e && (closesAbbreviation(text, at) || suffixBeforeTitle(text, at, at + 1)))) {
      from = at + 1;
      continue;
    }
    const end = at + size;
    if (end > start) found.push({ start, end });
    start = end;
    from = end;
    while (start < length && isSpaceAt(text, start)) start++;
  }
  if (start < length) found.push({ start, end: length });
  memoText = text;
  memoBounds = found;
  return found;
}

/**
 * The sentence holding `offset` (binary search).
 *
 * @example
 * ```ts
 * sentenceAt('Talks were held. A. Azizov spoke.', 20);
 * //=> { start: 17, end: 33 }
 * ```
 */
export function sentenceAt(text: string, offset: number): Bounds {
  const all = sentences(text);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid];
    if (s === undefined) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: offset, end: offset };
}
