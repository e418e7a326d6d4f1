/**
 * Builds one alternation pattern from a word list of `data/`, longest first, so a list is
 * matched by a single regular expression rather than one per entry.
 * @module
 */

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
