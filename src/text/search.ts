/**
 * Binary search over sorted offsets.
 * @module
 */

/**
 * The index of the first entry of a sorted array that is >= `at` (the array's length when none).
 *
 * @example
 * ```ts
 * firstAtOrAfter([3, 8, 15], 8);
 * //=> 1
 * ```
 */
export function firstAtOrAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the last entry of a sorted array of integer offsets that is <= `offset`
 * (-1 when none).
 *
 * @example
 * ```ts
 * floorIndex([3, 8, 15], 9);
 * //=> 1
 * ```
 */
export function floorIndex(sorted: readonly number[], offset: number): number {
  return firstAtOrAfter(sorted, offset + 1) - 1;
}

/**
 * The index of the first span (token, hit, mention) of a list sorted by start whose start is
 * >= `at` (the list's length when none).
 *
 * @example
 * ```ts
 * firstStartingAtOrAfter([{ start: 0 }, { start: 6 }, { start: 11 }], 5);
 * //=> 1
 * ```
 */
export function firstStartingAtOrAfter(list: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
