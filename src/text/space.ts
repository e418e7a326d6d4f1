/**
 * White space tests on code units, without a pattern for ASCII (the common case on hot paths).
 * @module
 */

const SPACE = /\s/;

/**
 * Whether the code unit at `i` of `text` is white space (as `\s` sees it).
 *
 * @example
 * ```ts
 * [isSpaceAt('a b', 1), isSpaceAt('a\u00a0b', 1), isSpaceAt('ab', 1)];
 * //=> [true, true, false]
 * ```
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(text[i] ?? '');
}

/**
 * Where the run of white space that ends at `end` of `text` begins, no earlier than `from`:
 * `end` itself when no white space ends there. Read in place, without a pattern.
 *
 * @example
 * ```ts
 * [spaceStartBefore('held in  the', 0, 9), spaceStartBefore('held in', 0, 7)];
 * //=> [7, 7]
 * ```
 */
export function spaceStartBefore(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isSpaceAt(text, i - 1)) i--;
  return i;
}
