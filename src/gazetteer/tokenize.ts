/**
 * Splits text into word tokens with their offsets, in one pass.
 * @module
 */
import { flatString } from '../text/flatString.js';
import { lookUpWord, type Word } from './lexicon.js';

/** A word of the text: letters and digits, with its offsets, folded key and the word's record in the lexicon. */
export interface Token {
  /** Offset of the first UTF-16 unit in the text. */
  readonly start: number;
  /** Offset just past the last unit. */
  readonly end: number;
  /** The word as written. */
  readonly raw: string;
  /** The folded look-up key (see `foldWord`). */
  readonly key: string;
  /** The word's record in the lexicon, shared by every token of the word (see `lexicon.ts`). */
  readonly word: Word;
}

/** One code point that belongs to a word: a letter, a digit or a combining mark. */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** 1 at the code of each ASCII letter and digit, 0 at other ASCII codes: the width of a word character. */
const ASCII_WIDTH = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WIDTH[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WIDTH[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_WIDTH[c] = 1;

/** Word-character verdicts for the Basic Multilingual Plane beyond ASCII, filled on first sight: 0 unknown, 1 word, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether the BMP code unit `code` (not a surrogate half) is a word character. */
function isWordUnit(code: number): boolean {
  let verdict = BMP_CLASS[code] ?? 0;
  if (verdict === 0) {
    verdict = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = verdict;
  }
  return verdict === 1;
}

/**
 * How many UTF-16 units the word character at `i` takes (1, or 2 for a surrogate pair),
 * or 0 if the code point at `i` is not a word character. `code` is the unit at `i`, beyond ASCII.
 */
function wideWordWidth(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return WORD_CHAR.test(String.fromCharCode(code, low)) ? 2 : 0;
    }
  }
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  return isWordUnit(code) ? 1 : 0;
}

/**
 * The word tokens of `text`, in order. Hyphens, apostrophes and punctuation separate
 * words, so "Cholpan-Ata" is two tokens and "Azerbaijan's" is "Azerbaijan" then "s".
 * Any string may be given: it is copied flat first (see {@link tokenizeFlat}).
 *
 * @example
 * ```ts
 * tokenize("Azerbaijan's SSS").map((t) => t.key);
 * //=> ['azerbaijan', 's', 'sss']
 * ```
 */
export function tokenize(text: string): Token[] {
  return tokenizeFlat(flatString(text));
}

/**
 * {@link tokenize} for a string `flatString` returned, as normalised text is. Only flat strings
 * reach this loop, so that it meets one or two string forms whatever else was tokenised before: a
 * table name or an outlet's name in another form would make every character read of it generic.
 *
 * @example
 * ```ts
 * tokenizeFlat(flatString('Baku, 2024')).map((t) => t.raw);
 * //=> ['Baku', '2024']
 * ```
 */
export function tokenizeFlat(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Skip to the next word character.
    let code = text.charCodeAt(i);
    let width = code < 0x80 ? (ASCII_WIDTH[code] ?? 0) : wideWordWidth(text, i, code);
    if (width === 0) {
      i++;
      continue;
    }
    // One word: a run of word characters, its units hashed to find it in the lexicon.
    const start = i;
    let hash = 0;
    do {
      hash = Math.imul(hash ^ code, 0x01000193);
      i += width;
      if (i >= length) break;
      code = text.charCodeAt(i);
      width = code < 0x80 ? (ASCII_WIDTH[code] ?? 0) : wideWordWidth(text, i, code);
    } while (width !== 0);
    const word = lookUpWord(text, start, i, hash);
    tokens.push({ start, end: i, raw: word.raw, key: word.key, word });
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
