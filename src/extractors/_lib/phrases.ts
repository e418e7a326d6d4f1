/**
 * Builds one alternation pattern from a word list of `data/`, longest first, so a list is
 * matched by a single regular expression rather than one per entry.
 * @module
 */
import { isSpaceAt } from '../../text/space.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source matching any phrase of the list (spaces match any run of white space).
 *
 * @example
 * ```ts
 * new RegExp(`\\b(?:${alternation(['took place', 'held'])})\\b`).test('it took  place');
 * //=> true
 * ```
 */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * The last word of each phrase, lower-case, each once: what a lead ending with one of the
 * phrases ends with.
 *
 * @example
 * ```ts
 * lastWords(['situation in', 'territory of', 'in']);
 * //=> ['in', 'of']
 * ```
 */
export function lastWords(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].map((p) => p.toLowerCase().split(' ').pop() ?? ''))];
}

/** Whether `text` ends at `end` with `word` (lower-case), ASCII letters in either case (as a pattern with the `i` flag and no `u` compares them). */
function endsWithFolded(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(end - word.length + k);
    const w = word.charCodeAt(k);
    if (c !== w && !((c | 0x20) === w && w >= 0x61 && w <= 0x7a)) return false;
  }
  return true;
}

/** Whether `text` ends at `end` with one of `words` ({@link endsWithFolded}). */
function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  for (const w of words) if (endsWithFolded(text, end, w)) return true;
  return false;
}

/** Where the white space that ends `text` before `end` begins. */
function spaceStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return i;
}

/**
 * A cheap first test for a pattern `\b(?:phrases)\s+(?:optional\s+)?$` on a lead: whether the
 * lead ends, after white space, with one of the phrases' last `words`, or with one of them, white
 * space and `optional`. False means the pattern cannot match; true, that it is worth running.
 *
 * @example
 * ```ts
 * [endsWithWordOf('the situation in the ', ['in'], 'the'), endsWithWordOf('the situation in', ['in'], 'the')];
 * //=> [true, false]
 * ```
 */
export function endsWithWordOf(lead: string, words: readonly string[], optional: string): boolean {
  const end = spaceStart(lead, lead.length);
  if (end === lead.length) return false;
  if (endsWithAny(lead, end, words)) return true;
  if (!endsWithFolded(lead, end, optional)) return false;
  const before = end - optional.length;
  const wordEnd = spaceStart(lead, before);
  return wordEnd < before && endsWithAny(lead, wordEnd, words);
}
