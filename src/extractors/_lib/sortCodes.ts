/**
 * Sorting a record's few codes (countries taking part, countries discussed).
 * @module
 */

/**
 * The codes in the order `[...codes].sort()` gives (by UTF-16 code units), sorted by insertion:
 * a record holds a handful of codes, which `Array.prototype.sort` takes longer to set up for than
 * to sort.
 *
 * @example
 * ```ts
 * sortedCodes(new Set(['UZ', 'KZ', 'RU']));
 * //=> ['KZ', 'RU', 'UZ']
 * ```
 */
export function sortedCodes(codes: Iterable<string>): string[] {
  const out: string[] = [];
  for (const code of codes) {
    let i = out.length;
    out.push(code);
    for (let before = out[i - 1]; before !== undefined && before > code; before = out[i - 1]) out[i--] = before;
    out[i] = code;
  }
  return out;
}
