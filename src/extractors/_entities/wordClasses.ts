/**
 * Word classes: the cue lists and the first words of the phrase tables the entity
 * extractors read, merged into one table so that each token of a text is looked up once
 * and every later test is a bit test ("is this a speech verb? can a topic phrase start
 * here?"). Classes are defined at module load, before any text is read.
 * @module
 */

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

function quickHash(key: string): number {
  const n = key.length;
  return (n * 7919 + key.charCodeAt(0) * 961 + key.charCodeAt(n >> 1) * 31 + key.charCodeAt(n - 1)) & 0xffff;
}

/** Defines a class of folded word keys and returns its bit; call at module load only. */
export function defineWordClass(keys: Iterable<string>): number {
  if (defined === MAX_CLASSES) throw new Error(`secpress: more than ${MAX_CLASSES} word classes`);
  const bit = 1 << defined++;
  for (const key of keys) {
    classesOf.set(key, (classesOf.get(key) ?? 0) | bit);
    const h = quickHash(key);
    maybeDefined[h >>> 5] = (maybeDefined[h >>> 5] ?? 0) | (1 << (h & 31));
  }
  return bit;
}

/** The classes of a token's folded key, as a bit set. */
export function wordClassesOf(key: string): number {
  const first = key.charCodeAt(0);
  const digit = first >= 48 && first <= 57 ? LEADING_DIGIT : 0;
  const h = quickHash(key);
  if (((maybeDefined[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) return digit;
  return (classesOf.get(key) ?? 0) | digit;
}
