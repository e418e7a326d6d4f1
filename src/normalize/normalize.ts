/**
 * Normalisation of a release's raw text into `record.text`, the one text every span points into.
 * @module
 */

import { stripChrome } from './chrome.js';

/** One rewrite of the text, applied in order. */
type Rewrite = readonly [pattern: RegExp, replacement: string];

/** Zero-width characters and the byte-order mark carry nothing; removed before NFC, which may then join what they kept apart. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

const REWRITES: readonly Rewrite[] = [
  [/\r\n?/g, '\n'],
  // Non-breaking and typographic spaces become plain spaces.
  [/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' '],
  // Curly and angled quotation marks become straight ones.
  [/[\u2018\u2019\u201a\u201b\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  // Turkish dotted capital I in English words ("İnformation"), with any dot above written twice.
  [/\u0130\u0307*/g, 'I'],
];

/** A comma before a letter; glued to a word before it too, it needs a space ("Cholpan-Ata,Kyrgyzstan"). */
const COMMA_BEFORE_LETTER = /,(?=\p{L})/gu;
const LETTER = /\p{L}/u;

/** Tidies whitespace: runs of spaces, then the single space left at a line end or start, runs of blank lines. */
const TIDY: readonly Rewrite[] = [
  [/ {2,}/g, ' '],
  [/ ?\n ?/g, '\n'],
  [/\n{3,}/g, '\n\n'],
];

/**
 * Normalises raw release text: Unicode NFC, well-formed UTF-16, plain spaces and quotes,
 * Turkish dotted capitals, a space after glued commas, page chrome removed, tidy whitespace.
 *
 * @example
 * ```ts
 * normalizeText('held in Cholpan-Ata,Kyrgyzstan\u00a0on “July 26”');
 * //=> 'held in Cholpan-Ata, Kyrgyzstan on "July 26"'
 * ```
 */
export function normalizeText(raw: string): string {
  let text = raw.toWellFormed().replace(INVISIBLE, '').normalize('NFC');
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  text = text.replace(COMMA_BEFORE_LETTER, (comma, at: number, whole: string) => (LETTER.test(whole[at - 1] ?? '') ? ', ' : comma));
  text = stripChrome(text);
  for (const [pattern, replacement] of TIDY) text = text.replace(pattern, replacement);
  // NFC again: a mark that followed a Turkish İ now follows a plain I and may join it ("Í").
  return text.normalize('NFC').trim();
}
