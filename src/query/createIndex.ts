/**
 * An indexed collection of records: inverted indexes per filter key and a sorted date array,
 * answering {@link filterRecords} queries without scanning every record.
 * @module
 */
import type { PressRecord } from '../schema/record.js';
import { compileFilter } from './_lib/compileFilter.js';
import { rememberNameKeys } from './_lib/names.js';
import {
  organizationKeys,
  personKeys,
  personSingleNames,
  recordCityKey,
  recordDate,
  recordSeriesKey,
} from './_lib/recordKeys.js';
import type { RecordFilter } from './filter.js';

/** An indexed, read-only collection of records, made by {@link createIndex}. */
export interface RecordIndex {
  /** The indexed records, in the order given. */
  readonly records: readonly PressRecord[];
  /** How many records are indexed. */
  readonly size: number;
  /**
   * The records that match the filter, in their original order: the same answer as
   * {@link filterRecords} on {@link RecordIndex.records}.
   */
  filter(filter: RecordFilter): PressRecord[];
}

type Postings = Map<string, number[]>;
/** Record positions that meet one filter key; `sorted` when they ascend. */
interface Candidates {
  readonly positions: readonly number[] | Int32Array;
  readonly sorted: boolean;
}
type SetKey = 'country' | 'participant' | 'subject' | 'person' | 'personSurname' | 'organization' | 'topic' | 'kind' | 'series' | 'city';

/** Adds a record position under a key; records are posted in order, so a repeated key of one record is caught at the list's end. */
function post(map: Postings, key: string, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/** An ISO date as a sortable number: '2019-11-12' → 20191112. */
function dayNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** First position in the sorted `dates` whose value is not below `date` (or, with `after`, above it). */
function bound(dates: Int32Array, date: number, after: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = dates[mid] as number;
    if (value < date || (after && value === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds an indexed collection for fast, repeated filtering of many records: an inverted index
 * (a `Map` from look-up key to record positions) for each filter key, and the records' dates in a
 * sorted array for ranges. `index.filter` has exactly the semantics of {@link filterRecords}.
 *
 * @param records - the records to index; the index keeps a reference, so do not mutate them afterwards
 * @returns the indexed collection
 *
 * @example
 * ```ts
 * import { createIndex } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * const index = createIndex(sampleRecords);
 * index.filter({ series: 'SCO RATS Council', from: '2016-01-01', to: '2016-12-31' }).map((r) => r.event.location?.city);
 * //=> ['Almaty']
 * ```
 */
export function createIndex(records: readonly PressRecord[]): RecordIndex {
  const maps: Record<SetKey, Postings> = {
    country: new Map(),
    participant: new Map(),
    subject: new Map(),
    person: new Map(),
    personSurname: new Map(),
    organization: new Map(),
    topic: new Map(),
    kind: new Map(),
    series: new Map(),
    city: new Map(),
  };
  const dayOf = new Int32Array(records.length);
  let datedCount = 0;
  const keys = rememberNameKeys();
  records.forEach((record, i) => {
    for (const code of record.event.participants.countries) post(maps.participant, code, i);
    for (const code of record.event.subjectCountries) post(maps.subject, code, i);
    for (const code of record.event.participants.countries) post(maps.country, code, i);
    for (const code of record.event.subjectCountries) post(maps.country, code, i);
    for (const key of personKeys(record, keys)) post(maps.person, key, i);
    for (const key of personSingleNames(record, keys)) post(maps.personSurname, key, i);
    for (const key of organizationKeys(record, keys)) post(maps.organization, key, i);
    for (const { topic } of record.topics) post(maps.topic, topic, i);
    post(maps.kind, record.event.kind, i);
    const series = recordSeriesKey(record, keys);
    if (series !== null) post(maps.series, series, i);
    const city = recordCityKey(record, keys);
    if (city !== null) post(maps.city, city, i);
    const date = recordDate(record);
    if (date !== null) {
      dayOf[i] = dayNumber(date);
      datedCount += 1;
    }
  });
  const byDate = new Int32Array(datedCount);
  let next = 0;
  for (let i = 0; i < records.length; i++) if (dayOf[i] !== 0) byDate[next++] = i;
  byDate.sort((a, b) => (dayOf[a] as number) - (dayOf[b] as number) || a - b);
  const dates = byDate.map((i) => dayOf[i] as number);

  const marks = new Uint32Array(records.length);
  let generation = 0;

  /** Record positions for any of the keys; `sorted` when they are known to ascend (one posting list). */
  const anyOf = (lists: readonly (readonly number[])[]): Candidates => {
    if (lists.length === 1) return { positions: lists[0] as readonly number[], sorted: true };
    generation += 1;
    const out: number[] = [];
    for (const list of lists) {
      for (const i of list) {
        if (marks[i] !== generation) {
          marks[i] = generation;
          out.push(i);
        }
      }
    }
    return { positions: out, sorted: false };
  };

  const filter = (query: RecordFilter): PressRecord[] => {
    const compiled = compileFilter(query);
    const candidates: Candidates[] = [];
    for (const key of Object.keys(maps) as SetKey[]) {
      const wanted = compiled[key];
      if (wanted === undefined || key === 'personSurname') continue;
      const lists: (readonly number[])[] = [];
      for (const value of wanted) {
        const list = maps[key].get(value);
        if (list !== undefined) lists.push(list);
      }
      if (key === 'person') {
        for (const value of compiled.personSurname ?? []) {
          const list = maps.personSurname.get(value);
          if (list !== undefined) lists.push(list);
        }
      }
      if (lists.length === 0) return [];
      candidates.push(anyOf(lists));
    }
    if (compiled.from !== undefined || compiled.to !== undefined) {
      const lo = compiled.from === undefined ? 0 : bound(dates, dayNumber(compiled.from), false);
      const hi = compiled.to === undefined ? dates.length : bound(dates, dayNumber(compiled.to), true);
      if (hi <= lo) return [];
      candidates.push({ positions: byDate.subarray(lo, hi), sorted: false });
    }
    if (candidates.length === 0) return records.slice();
    candidates.sort((a, b) => a.positions.length - b.positions.length);
    const driver = candidates[0] as Candidates;
    let current: ArrayLike<number> = driver.positions;
    for (const other of candidates.slice(1)) {
      generation += 1;
      for (const i of other.positions) marks[i] = generation;
      const kept: number[] = [];
      for (let k = 0; k < current.length; k++) {
        const i = current[k] as number;
        if (marks[i] === generation) kept.push(i);
      }
      if (kept.length === 0) return [];
      current = kept;
    }
    const positions = driver.sorted ? current : Int32Array.from(current).sort();
    // A plain loop: Array.from with a mapping function costs several times as much per hit.
    const found = new Array<PressRecord>(positions.length);
    for (let k = 0; k < positions.length; k++) found[k] = records[positions[k] as number] as PressRecord;
    return found;
  };

  return { records, size: records.length, filter };
}
