/**
 * The word units of `\b`, tested on code units.
 * @module
 */

/**
 * Whether the code unit `c` is a unit of a word as `\b` of a pattern without the `u` flag reads
 * it: an ASCII letter, digit or underscore.
 *
 * @example
 * ```ts
 * ['a', '7', '_', '-', 'é'].map((s) => isAsciiWordUnit(s.charCodeAt(0)));
 * //=> [true, true, true, false, false]
 * ```
 */
export function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}
