/**
 * Normalisation of a release's raw text into `record.text`, the one text every span points into.
 * @module
 */

import { stripChrome } from './chrome.js';
import { toNfc } from './nfc.js';
import { flatString } from '../text/flatString.js';

/** Zero-width characters and the byte-order mark carry nothing; removed before NFC, which may then join what they kept apart. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * A character that needs more than the character rewrites below: one that NFC may change or that
 * composes with its neighbours, a surrogate half (lone or paired) or an invisible character. Most
 * releases have none, and skip well-forming, the removal of invisibles and both NFC passes.
 */
const UNUSUAL = /[^\u0000-\u02ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2002-\u200a\u200e-\u205f\u2061-\u206f\u20a0-\u20cf]/;

/** A Turkish dotted capital I with the dot above written again after it, read as one letter. */
const DOTTED_I_TWICE = /\u0130\u0307+/g;

/**
 * The character-level rewrites, in one pass (their classes are disjoint and no replacement
 * feeds another): line ends become `\n`; non-breaking and typographic spaces plain spaces;
 * curly and angled quotation marks straight ones; a Turkish dotted capital I in English words
 * ("İnformation") a plain I. One class of single characters, which the engine scans fastest.
 */
const CHARACTERS = /[\r\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u2033\u00ab\u00bb\u0130]/g;

/** The replacement of one {@link CHARACTERS} match at `at` in `whole`: a carriage return before a line feed goes, the feed stays. */
function rewriteCharacter(match: string, at: number, whole: string): string {
  const code = match.charCodeAt(0);
  if (code === 0x0d) return whole.charCodeAt(at + 1) === 0x0a ? '' : '\n';
  if (code === 0x0130) return 'I';
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033 || code === 0x00ab || code === 0x00bb) return '"';
  return ' ';
}

/** One letter (a whole code point). */
const LETTER = /^\p{L}$/u;

/** Whether the UTF-16 unit `code` at `at` in `text` starts a letter (a whole code point, as `\p{L}` reads it). */
function letterAt(text: string, at: number, code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const point = text.codePointAt(at);
  return point !== undefined && LETTER.test(String.fromCodePoint(point));
}

/**
 * A comma glued to a word before it and a letter after it gets a space ("Cholpan-Ata,Kyrgyzstan");
 * not one inside a number. Found with `indexOf`, which is faster than a regex over the text.
 */
function spaceGluedCommas(text: string): string {
  let out = '';
  let kept = 0;
  for (let at = text.indexOf(','); at >= 0 && at + 1 < text.length; at = text.indexOf(',', at + 1)) {
    if (at === 0 || !letterAt(text, at + 1, text.charCodeAt(at + 1))) continue;
    const before = text.charCodeAt(at - 1);
    // The unit before alone, as written: a letter beyond the BMP (a surrogate pair) does not count.
    if (before < 0x80 ? !letterAt(text, at - 1, before) : !LETTER.test(text.charAt(at - 1))) continue;
    out += text.slice(kept, at + 1) + ' ';
    kept = at + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

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
  const unusual = UNUSUAL.test(raw);
  let text = unusual ? toNfc(raw.toWellFormed().replace(INVISIBLE, '')).replace(DOTTED_I_TWICE, 'I') : raw;
  text = spaceGluedCommas(text.replace(CHARACTERS, rewriteCharacter));
  text = stripChrome(text);
  text = text.replace(GAP, tidyGap);
  // NFC again: a mark that followed a Turkish İ now follows a plain I and may join it ("Í"). A text
  // with nothing unusual needs no second pass: every step since wrote ASCII or removed characters.
  // The result is copied flat: every extractor reads its characters (see `flatString`).
  return flatString((unusual ? toNfc(text) : text).trim());
}
