/**
 * Ordering lists that are mostly built in order already: a list found sorted is left as it is,
 * as sorting even a sorted list allocates a work array.
 * @module
 */

/**
 * Sorts `list` in place by a numeric key, stably (ties keep their order), and returns it; a list
 * already in order is not handed to `sort`.
 *
 * @example
 * ```ts
 * sortByKey([{ at: 7 }, { at: 2 }], (x) => x.at).map((x) => x.at);
 * //=> [2, 7]
 * ```
 */
export function sortByKey<T>(list: T[], keyOf: (item: T) => number): T[] {
  return isInOrder(list, keyOf) ? list : list.sort((a, b) => keyOf(a) - keyOf(b));
}

/**
 * Whether the keys of `list` never decrease.
 *
 * @example
 * ```ts
 * [isInOrder([1, 4, 4, 9], (x) => x), isInOrder([3, 2], (x) => x)];
 * //=> [true, false]
 * ```
 */
export function isInOrder<T>(list: readonly T[], keyOf: (item: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (keyOf(list[k - 1] as T) > keyOf(list[k] as T)) return false;
  return true;
}
