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

/** Defines a class of folded word keys and returns its bit; call at module load only. */
export function defineWordClass(keys: Iterable<string>): number {
  if (defined === MAX_CLASSES) throw new Error(`secpress: more than ${MAX_CLASSES} word classes`);
  const bit = 1 << defined++;
  for (const key of keys) classesOf.set(key, (classesOf.get(key) ?? 0) | bit);
  return bit;
}

/** The classes of each token (by its folded key), as bit sets. */
export function classifyTokens(tokens: readonly Token[]): Int32Array {
  const classes = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const first = token.key.charCodeAt(0);
    classes[i] = (classesOf.get(token.key) ?? 0) | (first >= 48 && first <= 57 ? LEADING_DIGIT : 0);
  }
  return classes;
}
