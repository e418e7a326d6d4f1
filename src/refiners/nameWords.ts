/**
 * Names as written, compared as their folds (lower case, no diacritics, words joined by single
 * spaces). Every name and alias of a person is a run of the text's tokens. Most runs fold to their
 * tokens' keys joined by single spaces ("Nağıyev" has the key "nagiyev"), so two such runs are
 * compared key by key, in place, with no folded copy built; other runs are compared by their folded text.
 * @module
 */
import { foldWord } from '../gazetteer/fold.js';
import type { TextView } from '../extractors/_entities/text.js';

/** A name as written: the tokens `[from, to)`; `plain` when it folds to their keys joined by single spaces. */
export interface NameWords {
  readonly from: number;
  readonly to: number;
  readonly plain: boolean;
}

/** Folded forms already computed (names and organisation names recur within and across texts); bounded. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;
const FOLDED_LONGEST = 200;

/**
 * A name folded for comparison: lower case, no diacritics, words joined by single spaces.
 *
 * @example
 * ```ts
 * fold('Ali  Nağıyev-Sr.');
 * //=> 'ali nagiyev sr'
 * ```
 */
export function fold(s: string): string {
  if (s.length > FOLDED_LONGEST) return foldWord(s).replace(/[^a-z0-9]+/g, ' ').trim();
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    folded = foldWord(s).replace(/[^a-z0-9]+/g, ' ').trim();
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(s, folded);
  }
  return folded;
}

/** Whether `key` is ASCII letters and digits only, as every key of an ASCII word is. */
function isPlainKey(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if ((c < 97 || c > 122) && (c < 48 || c > 57)) return false;
  }
  return key.length > 0;
}

/**
 * The name written over tokens `[from, to)` of `view`. It folds to its tokens' keys joined by single
 * spaces when every key is ASCII letters and digits (a word beyond ASCII may fold so: "Nağıyev") and
 * the text between the tokens is ASCII: such a separator folds to a space whatever it is.
 */
export function nameWords(view: TextView, from: number, to: number): NameWords {
  const { text, tokens } = view;
  let plain = true;
  for (let k = from; k < to && plain; k++) {
    const token = tokens[k];
    if (token === undefined || (token.word.wide && !isPlainKey(token.key))) plain = false;
    else if (k + 1 < to) {
      const next = tokens[k + 1]?.start ?? token.end;
      plain = next > token.end;
      for (let j = token.end; j < next && plain; j++) plain = text.charCodeAt(j) < 128;
    }
  }
  return { from, to, plain };
}

/** The fold of the name `w`. */
function foldedText(view: TextView, w: NameWords): string {
  return fold(view.slice(w.from, w.to));
}

/** Whether the first `n` tokens of `a` and of `b` have the same keys. */
function sameKeys(view: TextView, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (view.key(a + k) !== view.key(b + k)) return false;
  return true;
}

/** Whether the names `a` and `b` fold alike. */
export function sameName(view: TextView, a: NameWords, b: NameWords): boolean {
  if (a.plain && b.plain) return a.to - a.from === b.to - b.from && sameKeys(view, a.from, b.from, a.to - a.from);
  return foldedText(view, a) === foldedText(view, b);
}

/** Whether the fold of `name` opens with the fold of `words` and goes on after it ("ali naghiyev" opens with "ali"). */
export function opensWith(view: TextView, name: NameWords, words: NameWords): boolean {
  const n = words.to - words.from;
  if (name.plain && words.plain) return name.to - name.from > n && sameKeys(view, name.from, words.from, n);
  return foldedText(view, name).startsWith(`${foldedText(view, words)} `);
}

/** Whether the fold of `name` ends with the fold of `words` and has more before it ("mohamed ahmed ould mohamed lemine" ends with "ould mohamed lemine"). */
export function endsWith(view: TextView, name: NameWords, words: NameWords): boolean {
  const n = words.to - words.from;
  if (name.plain && words.plain) return name.to - name.from > n && sameKeys(view, name.to - n, words.from, n);
  return foldedText(view, name).endsWith(` ${foldedText(view, words)}`);
}
