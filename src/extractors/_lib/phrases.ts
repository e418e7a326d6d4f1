/**
 * Builds one alternation pattern from a word list of `data/`, longest first, so a list is
 * matched by a single regular expression rather than one per entry.
 * @module
 */
import { isSpaceAt, spaceStartBefore } from '../../text/space.js';
import { hasFoldedAt } from '../../text/wordUnit.js';

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

/** Whether `text` ends at `end` with `word` (lower-case), no earlier than `from`, ASCII letters in either case (as a pattern with the `i` flag and no `u` compares them). */
function endsWithFolded(text: string, from: number, end: number, word: string): boolean {
  return end - from >= word.length && hasFoldedAt(text, end - word.length, word);
}

/** Whether `text` ends at `end` with one of `words` ({@link endsWithFolded}). */
function endsWithAny(text: string, from: number, end: number, words: readonly string[]): boolean {
  for (const w of words) if (endsWithFolded(text, from, end, w)) return true;
  return false;
}


/**
 * A cheap first test for a pattern `\b(?:phrases)\s+(?:optional\s+)?$` on a lead: whether the
 * lead ends, after white space, with one of the phrases' last `words`, or with one of them, white
 * space and `optional`. False means the pattern cannot match; true, that it is worth running.
 * The lead is `lead` from `from` to `to` (all of it by default): a caller passes the flat text and
 * slices it only when the pattern must run (reading a slice's units is slower).
 *
 * @example
 * ```ts
 * [endsWithWordOf('the situation in the ', ['in'], 'the'), endsWithWordOf('the situation in', ['in'], 'the'), endsWithWordOf('held in the talks', ['in'], 'the', 0, 12)];
 * //=> [true, false, true]
 * ```
 */
export function endsWithWordOf(lead: string, words: readonly string[], optional: string, from = 0, to = lead.length): boolean {
  const end = spaceStartBefore(lead, from, to);
  if (end === to) return false;
  if (endsWithAny(lead, from, end, words)) return true;
  if (!endsWithFolded(lead, from, end, optional)) return false;
  const before = end - optional.length;
  const wordEnd = spaceStartBefore(lead, from, before);
  return wordEnd < before && endsWithAny(lead, from, wordEnd, words);
}

/** Whether a unit from `from` to `to` lies beyond ASCII. */
function anyWide(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/** Whether `lead` ends at `end` (after `from`) with one of `words` ({@link endsWithFolded}), or a unit beyond ASCII lies within the longest word's reach of `end`. */
function mayEndWithWord(lead: string, from: number, end: number, words: readonly string[]): boolean {
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  return anyWide(lead, Math.max(from, end - longest), end) || endsWithAny(lead, from, end, words);
}

/**
 * A cheap first test for a pattern `\b(?:phrases)(?::\s?|\s)?$` (flag `i`) on a lead: whether the
 * lead ends with one of the phrases' last `words`, perhaps followed by ":", one white space, or
 * ":" and one white space. False means the pattern cannot match; true, that it is worth running.
 * Where such a word would hold a unit beyond ASCII (with the `u` flag, "ſ" matches "s"), it is
 * true. The lead is `lead` from `from` to `to` (all of it by default): a caller passes the flat
 * text and slices it only when the pattern must run.
 *
 * @example
 * ```ts
 * [endsWithCue('a forum titled: ', ['titled']), endsWithCue('the forum said ', ['titled'])];
 * //=> [true, false]
 * ```
 */
export function endsWithCue(lead: string, words: readonly string[], from = 0, to = lead.length): boolean {
  const end = to;
  if (mayEndWithWord(lead, from, end, words)) return true;
  const spaceLast = end - 1 >= from && isSpaceAt(lead, end - 1);
  if ((spaceLast || (end - 1 >= from && lead.charCodeAt(end - 1) === 0x3a)) && mayEndWithWord(lead, from, end - 1, words)) return true;
  return spaceLast && end - 2 >= from && lead.charCodeAt(end - 2) === 0x3a && mayEndWithWord(lead, from, end - 2, words);
}
