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

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Folded keys of words seen before: words repeat, and folding is the costly part of tokenising. */
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 50_000;

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
  if (keys.size > MAX_CACHED_KEYS) keys.clear();
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the next word character, then read to its end: one pass, ASCII tested by code.
    while (i < n && !isWordAt(text, i)) i += unitLength(text, i);
    if (i >= n) break;
    const start = i;
    while (i < n && isWordAt(text, i)) i += unitLength(text, i);
    const raw = text.slice(start, i);
    let key = keys.get(raw);
    if (key === undefined) {
      key = foldWord(raw);
      keys.set(raw, key);
    }
    tokens.push({ start, end: i, raw, key });
  }
  return tokens;
}

/** Whether the code point at `i` is a letter, digit or combining mark. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** 2 for the first half of a surrogate pair, else 1. */
function unitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
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
