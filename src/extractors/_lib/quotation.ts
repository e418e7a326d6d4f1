/**
 * Quotations in straight double quotes (normalisation made every double quote so), found with
 * `indexOf`, which passes over a text far faster than a pattern does.
 * @module
 */

/** The fewest and most characters a quotation holds between its quotes. */
const LENGTH = { min: 3, max: 200 };

/** Whether a line break lies between `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/**
 * The first quotation from `from`, as `/"([^"\n]{3,200})"/g` with `lastIndex` at `from` finds it:
 * the offsets of its opening quote and of its closing one; null when there is none.
 *
 * @example
 * ```ts
 * quotationFrom('He said "we agree" today.', 0);
 * //=> { open: 8, close: 17 }
 * ```
 */
export function quotationFrom(text: string, from: number): { open: number; close: number } | null {
  for (let open = text.indexOf('"', from); open >= 0; open = text.indexOf('"', open + 1)) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) return null;
    const length = close - open - 1;
    if (length >= LENGTH.min && length <= LENGTH.max && !hasLineBreak(text, open + 1, close)) return { open, close };
  }
  return null;
}
