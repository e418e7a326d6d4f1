/**
 * Unicode NFC without the cost of the normaliser on text it cannot change.
 * @module
 */

/**
 * A character outside the blocks where every character is its own NFC and composes with nothing
 * next to it: Latin, IPA and spacing modifiers below U+0300, Cyrillic letters, Latin Extended
 * Additional, general punctuation but for the two spaces NFC rewrites (U+2000, U+2001), and
 * currency signs. A text without one is already NFC.
 */
export const NFC_SENSITIVE = /[^\u0000-\u02ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2002-\u206f\u20a0-\u20cf]/;

/**
 * `text` in Unicode NFC. Most releases, whose only characters beyond ASCII are accented Latin
 * letters, quotation marks and dashes, skip the normaliser.
 */
export function toNfc(text: string): string {
  return NFC_SENSITIVE.test(text) ? text.normalize('NFC') : text;
}
