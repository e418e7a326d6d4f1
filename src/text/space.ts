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
