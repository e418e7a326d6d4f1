/**
 * What a word is by its spelling alone: its word classes and whether it is written like a
 * name word or an initial. Words recur from text to text (and the tokenizer hands out the
 * same string for a word seen before), so the answers are remembered per word in a small
 * direct-mapped table: most tokens cost a hash of three units and one comparison.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import { isInitial, isNameWord } from './names.js';
import { definedClasses, wordClassesAt } from './wordClasses.js';

/** Name shapes: not a name word, a name word ("Naghiyev"), an initial ("A"). */
export const Shape = { None: 0, Name: 1, Initial: 2 } as const;

/** Slots of the table: a power of two. */
const SLOTS = 1 << 14;
const words = new Array<string | undefined>(SLOTS).fill(undefined);
const classesAt = new Int32Array(SLOTS);
const shapeAt = new Uint8Array(SLOTS);
/** The number of word classes when the table was filled; a class defined later empties it. */
let filledWith = -1;

/** The name shape of a raw word: a capital (or a letter beyond ASCII) first, then an initial or a name word. */
function shapeOf(raw: string): number {
  const c = raw.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return Shape.None;
  if (isInitial(raw)) return Shape.Initial;
  return isNameWord(raw) ? Shape.Name : Shape.None;
}

/**
 * Writes the word classes (see `wordClasses.ts`) and name shape (see {@link Shape}) of each of
 * `tokens` into `classes` and `shapes`.
 */
export function readWords(text: string, tokens: readonly Token[], classes: Int32Array, shapes: Uint8Array): void {
  if (filledWith !== definedClasses()) {
    words.fill(undefined);
    filledWith = definedClasses();
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const n = t.end - t.start;
    const slot = (n * 7919 + text.charCodeAt(t.start) * 961 + text.charCodeAt(t.start + (n >> 1)) * 31 + text.charCodeAt(t.end - 1)) & (SLOTS - 1);
    // The same string object when the word was seen before: the comparison is then one pointer test.
    if (words[slot] !== t.raw) {
      words[slot] = t.raw;
      classesAt[slot] = wordClassesAt(text, t);
      shapeAt[slot] = shapeOf(t.raw);
    }
    classes[i] = classesAt[slot] ?? 0;
    shapes[i] = shapeAt[slot] ?? 0;
  }
}
