/**
 * Grouping records by year, month, series, country, topic or person.
 * @module
 */
import { z } from 'zod';
import { PressRecordSchema, type Person, type PressRecord } from '../schema/record.js';
import { seriesKey } from './_lib/names.js';
import { clusterPeople, displayName } from './_lib/people.js';
import { countryKeys, recordDate } from './_lib/recordKeys.js';

/**
 * What {@link groupRecords} groups by: `year` (`"2019"`) or `month` (`"2019-11"`) of the record's
 * date (the event's start, else the publication date), `series` (the series' name as first
 * written), `country` (participant or subject, ISO code), `topic`, or `person` (people sharing a
 * name or alias are one person, under their longest name).
 *
 * @example
 * ```ts
 * GroupBySchema.options.includes('month');
 * //=> true
 * ```
 */
export const GroupBySchema = z.enum(['year', 'month', 'series', 'country', 'topic', 'person']);
/** What {@link groupRecords} groups by. */
export type GroupBy = z.infer<typeof GroupBySchema>;

/**
 * One group of records. `key` is `null` for the records that lack the value (no date, no series,
 * no countries, no topics, no people).
 *
 * @example
 * ```ts
 * RecordGroupSchema.shape.key.safeParse(null).success;
 * //=> true
 * ```
 */
export const RecordGroupSchema = z.object({
  key: z.string().nullable(),
  records: z.array(PressRecordSchema),
});
/** One group of records. */
export type RecordGroup = z.infer<typeof RecordGroupSchema>;

function addTo(groups: Map<string | null, PressRecord[]>, key: string | null, record: PressRecord): void {
  const list = groups.get(key);
  if (list === undefined) groups.set(key, [record]);
  else if (list[list.length - 1] !== record) list.push(record);
}

function groupByPerson(records: readonly PressRecord[], groups: Map<string | null, PressRecord[]>): void {
  const items = records.flatMap((record) => record.people.map((person) => ({ person, record })));
  for (const cluster of clusterPeople(items, false)) {
    const name = displayName(cluster.map((item): Person => item.person));
    for (const item of cluster) addTo(groups, name, item.record);
  }
  for (const record of records) if (record.people.length === 0) addTo(groups, null, record);
}

function keysOf(record: PressRecord, by: Exclude<GroupBy, 'person'>, seriesNames: Map<string, string>): (string | null)[] {
  switch (by) {
    case 'year':
    case 'month': {
      const date = recordDate(record);
      return [date === null ? null : date.slice(0, by === 'year' ? 4 : 7)];
    }
    case 'series': {
      const series = record.event.series;
      if (series === null) return [null];
      const key = seriesKey(series.name);
      if (!seriesNames.has(key)) seriesNames.set(key, series.name);
      return [seriesNames.get(key) ?? series.name];
    }
    case 'country': {
      const codes = [...countryKeys(record)];
      return codes.length === 0 ? [null] : codes;
    }
    case 'topic': {
      const topics = record.topics.map((t) => t.topic);
      return topics.length === 0 ? [null] : topics;
    }
  }
}

/**
 * Groups records by a key. A record with several countries, topics or people lands in each of
 * their groups. Years and months come in time order; the other groups largest first (ties by key);
 * the `null` group, if any, comes last. Within a group, records keep their input order.
 *
 * @param records - the records to group
 * @param by - what to group by ({@link GroupBySchema})
 * @returns the groups
 *
 * @example
 * ```ts
 * import { groupRecords } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * groupRecords(sampleRecords, 'year').map((g) => `${g.key}: ${g.records.length}`).slice(0, 2);
 * //=> ['2016: 1', '2017: 3']
 * ```
 */
export function groupRecords(records: readonly PressRecord[], by: GroupBy): RecordGroup[] {
  const groups = new Map<string | null, PressRecord[]>();
  if (by === 'person') groupByPerson(records, groups);
  else {
    const seriesNames = new Map<string, string>();
    for (const record of records) for (const key of keysOf(record, by, seriesNames)) addTo(groups, key, record);
  }
  const chronological = by === 'year' || by === 'month';
  return [...groups.entries()]
    .map(([key, list]) => ({ key, records: list }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
      if (chronological) return a.key < b.key ? -1 : 1;
      return b.records.length - a.records.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
}
