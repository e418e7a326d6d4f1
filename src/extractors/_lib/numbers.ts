/**
 * Numbers as written: digits, English number words ("six", "twenty-five"), ordinals
 * ("47th", "third") and Roman numerals ("XXIV"). The words come from `data/number-words.json`.
 * @module
 */
import words from '../../../data/number-words.json';
import { hasFoldedAt } from '../../text/wordUnit.js';

const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries(words.cardinals));
const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(words.ordinals));
/** "47th", "3rd". */
const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/i;
/** How every ordinal written in letters or digits ends ("47th", and the table's words), lower-case: a word ending otherwise is none, unless Roman or hyphenated. */
const ORDINAL_ENDINGS: readonly string[] = [...new Set(['st', 'nd', 'rd', 'th', ...[...ORDINALS.keys()].map((k) => k.slice(-2))])];

/** Whether a lower-cased word ends as an ordinal may ({@link ORDINAL_ENDINGS}). */
function endsAsOrdinal(lower: string): boolean {
  for (const e of ORDINAL_ENDINGS) if (lower.endsWith(e)) return true;
  return false;
}
/** The fewest letters of an ordinal written as a word ("first"). */
const SHORTEST_ORDINAL_WORD = Math.min(...[...ORDINALS.keys()].map((k) => k.length));

/** A Roman capital I, V, X, L or C (the letters of {@link ROMAN}). */
const isRomanCapital = (c: number): boolean => c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;

/**
 * Whether the word of `text` from `start` to `end` may be an ordinal: when not, {@link ordinal} of
 * it is null. Tested on its units, without slicing it (most words read are no ordinal): an ordinal
 * opens with a digit, is all Roman capitals, holds a hyphen, or is a word of the table, so as long
 * as the shortest and ending as one of them (a word with a unit beyond ASCII is left to {@link ordinal}).
 *
 * @example
 * ```ts
 * [mayBeOrdinalAt('the 47th meeting', 4, 8), mayBeOrdinalAt('the 47th meeting', 9, 16)];
 * //=> [true, false]
 * ```
 */
export function mayBeOrdinalAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 0x30 && first <= 0x39) return true;
  let allRoman = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c >= 0x80) return true;
    allRoman &&= isRomanCapital(c);
  }
  if (allRoman || end - start < SHORTEST_ORDINAL_WORD) return allRoman;
  // `| 0x20` lower-cases an ASCII letter, as `toLowerCase` does before {@link endsAsOrdinal}.
  const before = text.charCodeAt(end - 2) | 0x20;
  const last = text.charCodeAt(end - 1) | 0x20;
  for (const e of ORDINAL_ENDINGS) if (before === e.charCodeAt(0) && last === e.charCodeAt(1)) return true;
  return false;
}

/** The table's ordinal words (lower-case ASCII letters) by length, with their values: a word of the text is compared with the few of its length, unsliced. */
const ORDINAL_WORDS_BY_LENGTH: readonly (readonly (readonly [string, number])[] | undefined)[] = (() => {
  const byLength: [string, number][][] = [];
  for (const [w, v] of ORDINALS) if (/^[a-z]+$/.test(w)) (byLength[w.length] ??= []).push([w, v]);
  return byLength;
})();

/** Whether the units of `text` from `start` to `end` are all ASCII digits. */
function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * {@link ordinal} of the word of `text` from `start` to `end`, ruled out first by {@link mayBeOrdinalAt}.
 * A word of ASCII units that opens with no digit, holds no hyphen and is not all Roman capitals is an
 * ordinal only as a word of the table: it is compared with those in place ("and", "north" pass the
 * first test); any other is sliced.
 *
 * @example
 * ```ts
 * [ordinalAt('the Third meeting', 4, 9), ordinalAt('the 47th meeting', 4, 8), ordinalAt('North and South', 6, 9)];
 * //=> [3, 47, null]
 * ```
 */
export function ordinalAt(text: string, start: number, end: number): number | null {
  if (!mayBeOrdinalAt(text, start, end)) return null;
  const first = text.charCodeAt(start);
  // A number alone ("2024", "15") is no ordinal: only one with a letter or hyphen after its digits is sliced.
  if (first >= 0x30 && first <= 0x39) return allDigits(text, start, end) ? null : ordinal(text.slice(start, end));
  let allRoman = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c >= 0x80) return ordinal(text.slice(start, end));
    allRoman &&= isRomanCapital(c);
  }
  if (allRoman) return ordinal(text.slice(start, end));
  for (const [word, value] of ORDINAL_WORDS_BY_LENGTH[end - start] ?? []) if (hasFoldedAt(text, start, word)) return value;
  return null;
}

/** Capital Roman digits only. */
const ROMAN_WORD = /^[IVXLC]+$/;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * The value of a cardinal written in digits or words ("20", "six", "twenty-five"), else null.
 *
 * @example
 * ```ts
 * cardinal('twenty-five');
 * //=> 25
 * ```
 */
export function cardinal(word: string): number | null {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  const direct = CARDINALS.get(lower);
  if (direct !== undefined) return direct;
  // Only a hyphenated word ("twenty-five") is read further.
  if (!lower.includes('-')) return null;
  const [tens, units] = lower.split('-');
  const t = tens === undefined ? undefined : CARDINALS.get(tens);
  const u = units === undefined ? undefined : CARDINALS.get(units);
  return t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10 ? t + u : null;
}

/**
 * The value of a Roman numeral in capitals ("XXIV" is 24), else null.
 *
 * @example
 * ```ts
 * roman('XXIV');
 * //=> 24
 * ```
 */
export function roman(word: string): number | null {
  // A cheap first test: a Roman numeral opens with one of its capitals.
  if (ROMAN[word[0] ?? ''] === undefined || !ROMAN_WORD.test(word)) return null;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN[word[i] ?? ''] ?? 0;
    const next = ROMAN[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 200 ? total : null;
}

/**
 * The value of an ordinal: "47th", "3rd", "third", "twenty-first", or a Roman numeral, else null.
 *
 * @example
 * ```ts
 * [ordinal('47th'), ordinal('third'), ordinal('XXI')];
 * //=> [47, 3, 21]
 * ```
 */
export function ordinal(word: string): number | null {
  const first = word.charCodeAt(0);
  const digits = first >= 0x30 && first <= 0x39 ? DIGIT_ORDINAL.exec(word) : null;
  if (digits?.[1] !== undefined) return Number(digits[1]);
  const lower = word.toLowerCase();
  // A cheap first test: most words read are no ordinal.
  const hyphenated = lower.includes('-');
  if (!hyphenated && !endsAsOrdinal(lower)) return roman(word);
  const direct = ORDINALS.get(lower);
  if (direct !== undefined) return direct;
  if (hyphenated) {
    const [tens, units] = lower.split('-');
    const t = tens === undefined ? undefined : CARDINALS.get(tens);
    const u = units === undefined ? undefined : ORDINALS.get(units);
    if (t !== undefined && u !== undefined && t >= 20 && u < 10) return t + u;
  }
  return roman(word);
}
