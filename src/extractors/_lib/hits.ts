/**
 * Typed selection of gazetteer hits by table.
 * @module
 */
import type { EntryKind, GazetteerHit } from '../../gazetteer/gazetteer.js';

/** A gazetteer hit of one table. */
export type HitOf<K extends EntryKind> = Extract<GazetteerHit, { kind: K }>;

/**
 * The hits of the given tables, in order, typed by their table.
 *
 * @example
 * ```ts
 * hitsOf(gazetteer.scanText('Talks in Tashkent'), 'city').map((h) => h.entry.country);
 * //=> ['UZ']
 * ```
 */
export function hitsOf<K extends EntryKind>(hits: readonly GazetteerHit[], ...kinds: K[]): HitOf<K>[] {
  return hits.filter((h): h is HitOf<K> => (kinds as EntryKind[]).includes(h.kind));
}
