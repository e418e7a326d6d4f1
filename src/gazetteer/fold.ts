/**
 * Folding of words for table look-ups: case, diacritics and the Turkic letters
 * that Unicode does not decompose (ı, ə) are folded away, so "Nağıyev",
 * "NAGIYEV" and "Nagiyev" meet in one key.
 * @module
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED: Readonly<Record<string, string>> = { ı: 'i', ə: 'e', Ə: 'e', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe' };
const UNDECOMPOSED_RE = /[ıəƏøØđĐłŁßæœ]/g;

/** Folded keys of words with letters beyond ASCII, which cost a normalisation each; bounded, and only for words (not whole lines). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;
const FOLDED_LONGEST = 40;

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
  if (word.length > FOLDED_LONGEST) return foldWide(word);
  let key = FOLDED.get(word);
  if (key === undefined) {
    key = foldWide(word);
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(word, key);
  }
  return key;
}
