/**
 * Typed selection of gazetteer hits by table.
 * @module
 */
import type { EntryKind, GazetteerHit } from '../../gazetteer/gazetteer.js';
import { firstStartingAtOrAfter } from '../../text/search.js';

/** The hits last selected from (one text's), and the selections made from them, by the tables' names. Kept for the last text only: a weak map's entries cost more to make than the selections. */
let selectedFrom: readonly GazetteerHit[] | null = null;
let selections = new Map<string, readonly GazetteerHit[]>();

/** The hits of each table, in order, sorted out in one pass over the hits when a text's are first asked for (not one filter per table). */
function byTable(hits: readonly GazetteerHit[]): Map<string, readonly GazetteerHit[]> {
  const tables = new Map<string, GazetteerHit[]>();
  for (const h of hits) {
    const list = tables.get(h.kind);
    if (list === undefined) tables.set(h.kind, [h]);
    else list.push(h);
  }
  return tables;
}

/** No hits of a table. */
const NONE: readonly GazetteerHit[] = [];

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
  if (hits !== selectedFrom) {
    selectedFrom = hits;
    selections = byTable(hits);
  }
  if (kinds.length === 1) return (selections.get(kinds[0] ?? '') ?? NONE) as readonly HitOf<K>[];
  const key = kinds.join(' ');
  let selected = selections.get(key);
  if (selected === undefined) {
    selected = hits.filter((h): h is HitOf<K> => (kinds as EntryKind[]).includes(h.kind));
    selections.set(key, selected);
  }
  return selected as readonly HitOf<K>[];
}

/**
 * The hit of the given tables that starts at offset `start`, if any (the first of them, in the hits'
 * order), found by halving over all the hits (they are in text order) and reading the few that start
 * there: no selection of the tables is made for a look-up.
 *
 * @example
 * ```ts
 * hitAt(gazetteer.scanText('Talks in Tashkent'), 9, 'city')?.entry.name;
 * //=> 'Tashkent'
 * ```
 */
export function hitAt<K extends EntryKind>(hits: readonly GazetteerHit[], start: number, ...kinds: K[]): HitOf<K> | undefined {
  for (let i = firstStartingAtOrAfter(hits, start); i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined || hit.start !== start) break;
    if ((kinds as EntryKind[]).includes(hit.kind)) return hit as HitOf<K>;
  }
  return undefined;
}
