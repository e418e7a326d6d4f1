/**
 * What a word is by its spelling alone: its word classes and whether it is written like a
 * name word or an initial. Words recur from text to text, so the answers are kept in the
 * word's record in the lexicon (see `lexicon.ts`): most tokens cost two reads.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import { isInitial, isNameWord } from './names.js';
import { definedClasses, wordClassesAt } from './wordClasses.js';

/** Name shapes: not a name word, a name word ("Naghiyev"), an initial ("A"). */
export const Shape = { None: 0, Name: 1, Initial: 2 } as const;

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
  const defined = definedClasses();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const { word } = t;
    // Filled on the word's first sight, and again when a class has been defined since.
    if (word.classesOf !== defined) {
      word.classes = wordClassesAt(text, t);
      word.shape = shapeOf(word.raw);
      word.classesOf = defined;
    }
    classes[i] = word.classes;
    shapes[i] = word.shape;
  }
}
