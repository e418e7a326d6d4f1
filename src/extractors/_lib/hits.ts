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
  let known = selections.get(hits);
  if (known === undefined) {
    known = new Map();
    selections.set(hits, known);
  }
  const key = kinds.length === 1 ? (kinds[0] ?? '') : kinds.join(' ');
  let selected = known.get(key);
  if (selected === undefined) {
    selected = hits.filter((h): h is HitOf<K> => (kinds as EntryKind[]).includes(h.kind));
    known.set(key, selected);
  }
  return selected as readonly HitOf<K>[];
}
