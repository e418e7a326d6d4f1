/**
 * Splits text into word tokens with their offsets, in one pass.
 * @module
 */
import { foldWord } from './fold.js';

/** A word of the text: letters and digits, with its offsets and folded key. */
export interface Token {
  /** Offset of the first UTF-16 unit in the text. */
  readonly start: number;
  /** Offset just past the last unit. */
  readonly end: number;
  /** The word as written. */
  readonly raw: string;
  /** The folded look-up key (see {@link foldWord}). */
  readonly key: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The word tokens of `text`, in order. Hyphens, apostrophes and punctuation separate
 * words, so "Cholpan-Ata" is two tokens and "Azerbaijan's" is "Azerbaijan" then "s".
 *
 * @example
 * ```ts
 * tokenize("Azerbaijan's SSS").map((t) => t.key);
 * //=> ['azerbaijan', 's', 'sss']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], key: foldWord(m[0]) });
  }
  return tokens;
}

/**
 * The folded keys of a phrase's words, joined by single spaces: how table entries are indexed.
 *
 * @example
 * ```ts
 * phraseKey('Cholpon-Ata');
 * //=> 'cholpon ata'
 * ```
 */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}
