/**
 * Word classes: the cue lists and the first words of the phrase tables the entity
 * extractors read, merged into one table so that each token of a text is looked up once
 * and every later test is a bit test ("is this a speech verb? can a topic phrase start
 * here?"). Classes are defined at module load, before any text is read.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';

const classesOf = new Map<string, number>();
/** The class of words starting with a digit ("30", "2024", "5th"), given by the first character, not by a table. */
export const LEADING_DIGIT = 1;
let defined = 1;
/** Bits of an Int32Array entry. */
const MAX_CLASSES = 31;

/**
 * A 65,536-bit filter over a cheap hash of every defined word (its length and three of its
 * units): most words of a text are ruled out without a Map look-up.
 */
const maybeDefined = new Uint32Array(2048);

/** The filter's hash of a word of `n` units from its first, middle and last units. */
function quickHash(n: number, first: number, middle: number, last: number): number {
  return (n * 7919 + first * 961 + middle * 31 + last) & 0xffff;
}

function hashOf(key: string): number {
  const n = key.length;
  return quickHash(n, key.charCodeAt(0), key.charCodeAt(n >> 1), key.charCodeAt(n - 1));
}

/** How many classes are defined so far: a cache of classes by word is good while this stays the same. */
export function definedClasses(): number {
  return defined;
}

/** Defines a class of folded word keys and returns its bit; call at module load only. */
export function defineWordClass(keys: Iterable<string>): number {
  if (defined === MAX_CLASSES) throw new Error(`secpress: more than ${MAX_CLASSES} word classes`);
  const bit = 1 << defined++;
  for (const key of keys) {
    classesOf.set(key, (classesOf.get(key) ?? 0) | bit);
    const h = hashOf(key);
    maybeDefined[h >>> 5] = (maybeDefined[h >>> 5] ?? 0) | (1 << (h & 31));
  }
  return bit;
}

/**
 * The classes of a token of `text` (by its folded key), as a bit set. A token whose key is
 * written as is (lower case) is read from the text itself: one flat string reads faster than
 * the tokens' many small ones.
 */
export function wordClassesAt(text: string, token: Token): number {
  const { key } = token;
  let h: number;
  let first: number;
  if (key === token.raw) {
    const n = token.end - token.start;
    first = text.charCodeAt(token.start);
    h = quickHash(n, first, text.charCodeAt(token.start + (n >> 1)), text.charCodeAt(token.end - 1));
  } else {
    first = key.charCodeAt(0);
    h = hashOf(key);
  }
  const digit = first >= 48 && first <= 57 ? LEADING_DIGIT : 0;
  if (((maybeDefined[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) return digit;
  return (classesOf.get(key) ?? 0) | digit;
}
