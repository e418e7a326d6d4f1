/**
 * Sorting records by date, publication date, city or series.
 * @module
 */
import { z } from 'zod';
import type { PressRecord } from '../schema/record.js';
import { foldName } from './_lib/names.js';
import { recordDate } from './_lib/recordKeys.js';

/**
 * How {@link sortRecords} orders: `by` the event `date` (the start date, else the publication
 * date; the default), `publishedAt`, `city` or `series` (name, then edition), `order` `asc` (the
 * default) or `desc`. Records without the value go last either way; ties keep the input order.
 *
 * @example
 * ```ts
 * SortOptionsSchema.parse({ by: 'series' }).by;
 * //=> 'series'
 * ```
 */
export const SortOptionsSchema = z.object({
  by: z.enum(['date', 'publishedAt', 'city', 'series']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
/** How {@link sortRecords} orders: see {@link SortOptionsSchema}. */
export type SortOptions = z.infer<typeof SortOptionsSchema>;

type SortKey = readonly (string | number)[] | null;

function keyOf(record: PressRecord, by: NonNullable<SortOptions['by']>): SortKey {
  switch (by) {
    case 'date': {
      const date = recordDate(record);
      return date === null ? null : [date];
    }
    case 'publishedAt':
      return record.source.publishedAt === null ? null : [record.source.publishedAt];
    case 'city': {
      const city = record.event.location?.city;
      return city == null ? null : [foldName(city)];
    }
    case 'series': {
      const series = record.event.series;
      return series === null ? null : [foldName(series.name), series.edition ?? 0];
    }
  }
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/**
 * A sorted copy of the records; the input is left as it is.
 *
 * @param records - the records to sort
 * @param options - what to sort by and in which order ({@link SortOptionsSchema})
 * @returns a new, sorted array
 *
 * @example
 * ```ts
 * import { sortRecords } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * sortRecords(sampleRecords, { order: 'desc' })[0]?.event.location?.city;
 * //=> 'Baku'
 * ```
 */
export function sortRecords(records: readonly PressRecord[], options: SortOptions = {}): PressRecord[] {
  const by = options.by ?? 'date';
  const sign = options.order === 'desc' ? -1 : 1;
  const keyed = records.map((record, position) => ({ record, position, key: keyOf(record, by) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.position - b.position : a.key === null ? 1 : -1;
    return sign * compareKeys(a.key, b.key) || a.position - b.position;
  });
  return keyed.map((k) => k.record);
}
