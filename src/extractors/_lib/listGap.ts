/**
 * Whether the text between two mentions joins them into one list ("A, B and the C").
 * Done on the squeezed gap with plain string tests, so no pattern needs unbounded runs of
 * white space (which backtrack polynomially on long gaps).
 * @module
 */

/** Longer than any comma, connector and article with a little white space around them. */
const MAX_GAP = 40;

/**
 * True when `gap` is a comma, or a connector optionally after a comma, each optionally
 * followed by "the" when `article` is set.
 *
 * @example
 * ```ts
 * joinsList(', and the ', ['and'], true);
 * //=> true
 * joinsList(' met in ', ['and'], true);
 * //=> false
 * ```
 */
export function joinsList(gap: string, connectors: readonly string[], article: boolean): boolean {
  if (gap.length > MAX_GAP) return false;
  let g = gap.replace(/\s+/g, ' ').trim();
  if (article && (g === 'the' || g.endsWith(' the') || g.endsWith(',the'))) g = g.slice(0, -3).trim();
  if (g === ',') return true;
  if (g.startsWith(',')) g = g.slice(1).trim();
  return connectors.includes(g);
}
