/**
 * Typed selection of gazetteer hits by table.
 * @module
 */
import type { EntryKind, GazetteerHit } from '../../gazetteer/gazetteer.js';

/** The selections already made from each text's hits, by the tables' names. */
const selections = new WeakMap<readonly GazetteerHit[], Map<string, readonly GazetteerHit[]>>();

/** A gazetteer hit of one table. */
export type HitOf<K extends EntryKind> = Extract<GazetteerHit, { kind: K }>;

/**
 * The hits of the given tables, in order, typed by their table (selected once per text and tables).
 *
 * @example
 * ```ts
 * hitsOf(gazetteer.scanText('Talks in Tashkent'), 'city').map((h) => h.entry.country);
 * //=> ['UZ']
 * ```
 */
export function hitsOf<K extends EntryKind>(hits: readonly GazetteerHit[], ...kinds: K[]): readonly HitOf<K>[] {
  const known = selections.get(hits) ?? new Map<string, readonly GazetteerHit[]>();
  selections.set(hits, known);
  const key = kinds.join(' ');
  const selected = known.get(key) ?? hits.filter((h): h is HitOf<K> => (kinds as EntryKind[]).includes(h.kind));
  known.set(key, selected);
  return selected as readonly HitOf<K>[];
}
