/**
 * Normalisation of a release's raw text into `record.text`, the one text every span points into.
 * @module
 */

import { stripChrome } from './chrome.js';
import { toNfc } from './nfc.js';

/** Zero-width characters and the byte-order mark carry nothing; removed before NFC, which may then join what they kept apart. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The character-level rewrites, in one pass (their classes are disjoint and no replacement
 * feeds another): line ends become `\n`; non-breaking and typographic spaces plain spaces;
 * curly and angled quotation marks straight ones; a Turkish dotted capital I in English words
 * ("İnformation"), with any dot above written twice, a plain I.
 */
const CHARACTERS = /\r\n?|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]|\u0130\u0307*/g;

/** The replacement of one {@link CHARACTERS} match, by its first character. */
function rewriteCharacter(match: string): string {
  const code = match.charCodeAt(0);
  if (code === 0x0d) return '\n';
  if (code === 0x0130) return 'I';
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033 || code === 0x00ab || code === 0x00bb) return '"';
  return ' ';
}

/** A comma before a letter; glued to a word before it too, it needs a space ("Cholpan-Ata,Kyrgyzstan"). */
const COMMA_BEFORE_LETTER = /,(?=\p{L})/gu;
const LETTER = /\p{L}/u;

/**
 * A run of spaces and line ends that tidying may change: single ones stay as they are, and so
 * does a blank line between paragraphs (exactly two line ends), the most common run of all.
 */
const GAP = /(?!\n\n(?![ \n]))[ \n]{2,}/g;

/**
 * Tidies one whitespace run: spaces alone become one space; with line ends, the spaces at
 * the line ends go and at most one blank line (two line ends) is kept.
 */
function tidyGap(gap: string): string {
  let breaks = 0;
  for (let i = 0; i < gap.length && breaks < 2; i++) if (gap.charCodeAt(i) === 0x0a) breaks++;
  return breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
}

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
  let text = toNfc(raw.toWellFormed().replace(INVISIBLE, ''));
  text = text.replace(CHARACTERS, rewriteCharacter);
  text = text.replace(COMMA_BEFORE_LETTER, (comma, at: number, whole: string) => (LETTER.test(whole[at - 1] ?? '') ? ', ' : comma));
  text = stripChrome(text);
  text = text.replace(GAP, tidyGap);
  // NFC again: a mark that followed a Turkish İ now follows a plain I and may join it ("Í").
  return toNfc(text).trim();
}
