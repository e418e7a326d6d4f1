/**
 * Sentence bounds of a text: a sentence ends at a full stop, question or exclamation mark
 * followed by a space and a capital or a quotation mark, or at a line end. A single capital
 * before the stop ("A. Azizov") is an initial, and an abbreviated title, rank or month ("Mr.
 * Sharma", "Lt. Gen. Malik", "Nov. 5") is not an end either.
 * @module
 */
import { format } from 'date-fns';
import cities from '../../../data/cities.json';
import countries from '../../../data/countries.json';
import cues from '../../../data/cues.json';
import ranks from '../../../data/ranks.json';
import { isSpaceAt } from '../../text/space.js';

/** A sentence's offsets in the text. */
export interface Bounds {
  readonly start: number;
  readonly end: number;
}

const END = /(?<!\b\p{Lu}|[.!?])[.!?]+["')\]]?(?=\s+["'(\p{Lu}\d-])|\n+/gu;

/** The words of `names` written with a full stop ("Lt." of "Lt. Gen.", "St." of "St. Petersburg"), without it. */
const dottedWords = (names: readonly string[]): string[] =>
  names.flatMap((v) => v.split(/[\s-]+/)).filter((w) => /^\p{L}+\.$/u.test(w)).map((w) => w.slice(0, -1));

/**
 * Words written with a full stop that does not end a sentence: short honorifics, abbreviated
 * ranks, abbreviated words of place names ("St. Petersburg"), month abbreviations.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...cues.honorifics.filter((h) => h.length <= 4),
  ...dottedWords(ranks.flatMap((r) => r.variants)),
  ...dottedWords([...cities, ...countries].flatMap((p) => [p.name, ...p.aliases])),
  // "May" is the month's full name too: "held in May. The ..." ends there.
  ...Array.from({ length: 12 }, (_, m) => new Date(2001, m, 1))
    .filter((day) => format(day, 'MMM') !== format(day, 'MMMM'))
    .map((day) => format(day, 'MMM')),
  'Sept',
]);
/** The longest of {@link ABBREVIATIONS}. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** A word as an abbreviation is listed: "ST" of a dateline in capitals is listed as "St". */
const asListed = (word: string): string => (word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word);

/** Whether the full stop at `at` closes an abbreviation: the ASCII letters just before it, after a non-letter, are one. */
function closesAbbreviation(text: string, at: number): boolean {
  let from = at;
  for (; from > 0 && at - from <= LONGEST_ABBREVIATION; from--) {
    const letter = text.charCodeAt(from - 1) | 0x20;
    if (letter < 0x61 || letter > 0x7a) break;
  }
  if (from === at || at - from > LONGEST_ABBREVIATION) return false;
  const word = text.slice(from, at);
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(asListed(word));
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
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    if (text.charCodeAt(m.index) === 0x2e && m[0].length === 1 && closesAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (end > start) found.push({ start, end });
    start = end;
    while (start < text.length && isSpaceAt(text, start)) start++;
  }
  if (start < text.length) found.push({ start, end: text.length });
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
