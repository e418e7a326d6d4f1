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

/** Something with offsets in the text. */
interface Positioned {
  readonly start: number;
  readonly end: number;
}

/** Spans by start, the longer first at one start. */
const byPosition = (a: Positioned, b: Positioned): number => a.start - b.start || b.end - a.end;

/** Whether a list is already in {@link byPosition} order (a stable sort would leave it as it is). */
function inOrder(list: readonly Positioned[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a !== undefined && b !== undefined && byPosition(a, b) > 0) return false;
  }
  return true;
}

/**
 * Sorts a list of spans by start, the longer first at one start (a stable sort), in place;
 * a list already in that order, as most are, is only checked.
 *
 * @example
 * ```ts
 * sortByPosition([{ start: 4, end: 6 }, { start: 0, end: 2 }, { start: 0, end: 3 }]);
 * //=> [{ start: 0, end: 3 }, { start: 0, end: 2 }, { start: 4, end: 6 }]
 * ```
 */
export function sortByPosition<T extends Positioned>(list: T[]): T[] {
  return inOrder(list) ? list : list.sort(byPosition);
}

/**
 * `[...a, ...b]` sorted as {@link sortByPosition} sorts it, merged without a sort when both
 * lists are already in order.
 *
 * @example
 * ```ts
 * mergeByPosition([{ start: 0, end: 2 }, { start: 9, end: 12 }], [{ start: 4, end: 6 }]).map((s) => s.start);
 * //=> [0, 4, 9]
 * ```
 */
export function mergeByPosition<T extends Positioned>(a: readonly T[], b: readonly T[]): T[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort(byPosition);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    // On a tie the item of `a` comes first, as a stable sort of `[...a, ...b]` keeps it.
    if (x !== undefined && (y === undefined || byPosition(x, y) <= 0)) {
      out.push(x);
      i++;
    } else if (y !== undefined) {
      out.push(y);
      j++;
    }
  }
  return out;
}
