/**
 * Folding of words for table look-ups: case, diacritics and the Turkic letters
 * that Unicode does not decompose (ı, ə) are folded away, so "Nağıyev",
 * "NAGIYEV" and "Nagiyev" meet in one key.
 * @module
 */
import { rememberPerWord } from '../text/wordMemo.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED: Readonly<Record<string, string>> = { ı: 'i', ə: 'e', Ə: 'e', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe' };
const UNDECOMPOSED_RE = /[ıəƏøØđĐłŁßæœ]/g;

/** A UTF-16 unit beyond ASCII (a regex search beats a char-code loop on long lines). */
const NON_ASCII = /[^\x00-\x7f]/;

/** The full fold of a word with letters beyond ASCII. */
function foldWide(word: string): string {
  return word
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

/** {@link foldWide}, remembered per word: words beyond ASCII cost a normalisation each. */
const foldWideRemembered = rememberPerWord(foldWide, 20_000, 40);

/**
 * Folds one word (or phrase) to its look-up key: lower case, no diacritics.
 *
 * @example
 * ```ts
 * foldWord('Nağıyev');
 * //=> 'nagiyev'
 * ```
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII: lower-casing is all their folding needs.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return foldWideRemembered(word);
}
