/**
 * The word units of `\b`, and a word compared as a pattern with the `i` flag and no `u` compares
 * it, tested on code units.
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

/**
 * Whether `text` holds `word` (lower-case) at offset `at`, its ASCII letters in either case and its
 * other units as written: as a pattern with the `i` flag and no `u` compares them.
 *
 * @example
 * ```ts
 * [hasFoldedAt('Held IN Baku', 5, 'in'), hasFoldedAt('Held in Baku', 5, 'on'), hasFoldedAt('Ağ', 0, 'ag')];
 * //=> [true, false, false]
 * ```
 */
export function hasFoldedAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && (c | 0x20) === w)) return false;
  }
  return true;
}
