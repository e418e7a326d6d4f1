/**
 * Whether the words before a country name an office or body "of" it ("Minister of Defence of the
 * Republic of", "the State Security Service of"), read backwards from the end of the lead word by
 * word instead of running a pattern over all of it: most leads end in "of" or "the" after some
 * other word, which a look-up rules out.
 * @module
 */
import words from '../../../data/participation-words.json';
import { alternation } from './phrases.js';
import { isSpaceAt } from '../../text/space.js';

/** An office or body, "of", perhaps "the", perhaps "Republic of", at the end: "Service of the Republic of". */
const OF_ORG = new RegExp(`\\b(?:${alternation(words.orgNouns)})\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?$`);
/** The last word of each office or body ("Minister" of "Prime Minister"): one must stand before the "of". */
const ORG_LAST_WORDS: ReadonlySet<string> = new Set(words.orgNouns.map((n) => n.split(' ').pop() ?? n));

/** A unit of a word as `\b` sees it without the `u` flag: an ASCII letter, digit or underscore. */
const isWordUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

/** Where the white space that ends at `end` of `s` starts, or -1 when none ends there. */
function spaceBefore(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  return i < end ? i : -1;
}

/** Where the white space before `word`, written at `end` of `s`, starts, or -1 when the word or the white space is not there. */
function beforeWord(s: string, end: number, word: string): number {
  const start = end - word.length;
  return start >= 0 && s.startsWith(word, start) ? spaceBefore(s, start) : -1;
}

/** Whether the word that ends at `end` of `s` (all its word units) is the last word of an office or body. */
function orgWordAt(s: string, end: number): boolean {
  if (end <= 0) return false;
  let start = end;
  while (start > 0 && isWordUnit(s.charCodeAt(start - 1))) start--;
  return start < end && ORG_LAST_WORDS.has(s.slice(start, end));
}

/**
 * Whether `lead` ends with an office or body, "of", perhaps "the" and perhaps "Republic of", and
 * white space: where the office's last word may end is read back from the end ("... of", "... of
 * the", "... of Republic of", "... of the Republic of"), and only a lead with such a word there
 * is tested with the pattern.
 *
 * @example
 * ```ts
 * [officeOf('the Minister of Defence of the Republic of '), officeOf('talks in the capital of ')];
 * //=> [true, false]
 * ```
 */
export function officeOf(lead: string): boolean {
  const end = spaceBefore(lead, lead.length);
  if (end < 0) return false;
  let may = false;
  const of = beforeWord(lead, end, 'of');
  if (of >= 0) {
    may = orgWordAt(lead, of);
    const republic = beforeWord(lead, of, 'Republic');
    if (!may && republic >= 0) {
      may = orgWordAt(lead, beforeWord(lead, republic, 'of'));
      const the = beforeWord(lead, republic, 'the');
      if (!may && the >= 0) may = orgWordAt(lead, beforeWord(lead, the, 'of'));
    }
  }
  const the = beforeWord(lead, end, 'the');
  if (!may && the >= 0) may = orgWordAt(lead, beforeWord(lead, the, 'of'));
  return may && OF_ORG.test(lead);
}
