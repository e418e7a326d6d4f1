/**
 * The word classes that the entity extractors look for token by token (first words of
 * phrases, numbers, "the Service"): the entity view lists the tokens of these classes once
 * per text, and each extractor visits only those tokens instead of every token of the text.
 * @module
 */

/** The classes marked so far, as one bit set. */
let scanned = 0;

/** Marks word classes (bits from `defineWordClass`) as looked for token by token and returns them; call at module load only. */
export function scannedClass(wordClasses: number): number {
  scanned |= wordClasses;
  return wordClasses;
}

/** The word classes marked so far (see {@link scannedClass}). */
export function scannedClasses(): number {
  return scanned;
}
