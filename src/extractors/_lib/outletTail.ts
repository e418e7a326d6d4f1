/**
 * The outlet a page title ends with: "Security chiefs meet in Kuwait - Kuwait News Agency",
 * "... | Xinhua". Only an outlet of the media table counts: an unknown tail is left alone.
 * @module
 */
import { MEDIA_NAMES } from './mediaNames.js';

/** What parts a page title from its outlet: a dash or a bar between spaces. */
const SEPARATORS: readonly string[] = [' - ', ' – ', ' — ', ' | '];

/**
 * Where the outlet that ends a title line starts (the space before its dash), or -1 when the line
 * ends with no outlet of the media table.
 *
 * @example
 * ```ts
 * outletTail('Chiefs meet in Kuwait - Kuwait News Agency');
 * //=> 21
 * ```
 */
export function outletTail(line: string): number {
  let at = -1;
  let width = 0;
  for (const separator of SEPARATORS) {
    const k = line.lastIndexOf(separator);
    if (k > at) {
      at = k;
      width = separator.length;
    }
  }
  return at >= 0 && MEDIA_NAMES.has(line.slice(at + width).trim()) ? at : -1;
}
