/**
 * Records laid out in time, one entry per record, ready to draw.
 * @module
 */
import { z } from 'zod';
import { CountryCodeSchema, EventKindSchema, IsoDateSchema, type PressRecord } from '../schema/record.js';
import { recordDate } from './_lib/recordKeys.js';

/**
 * One entry of a {@link timeline}: when (`date`, `endDate`), what (`label`: the event's title, else
 * its series and edition, else its kind and city), where, and the record it comes from.
 * `approximate` is true when the date is not the event's own stated date (inferred, or the
 * publication date standing in for it).
 *
 * @example
 * ```ts
 * TimelineEntrySchema.shape.approximate.parse(false);
 * //=> false
 * ```
 */
export const TimelineEntrySchema = z.object({
  date: IsoDateSchema,
  endDate: IsoDateSchema.nullable(),
  approximate: z.boolean(),
  label: z.string().min(1),
  kind: EventKindSchema,
  city: z.string().nullable(),
  country: CountryCodeSchema.nullable(),
  recordId: z.string().min(1),
});
/** One entry of a {@link timeline}. */
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

function labelOf(record: PressRecord): string {
  const { title, series, kind, location } = record.event;
  if (title !== null) return title;
  if (series !== null) return series.edition === null ? series.name : `${series.name} (${series.edition})`;
  const where = location?.city ?? location?.country ?? null;
  return where === null ? kind : `${kind} in ${where}`;
}

/**
 * The records as time-ordered entries (oldest first; ties keep the input order). Records with
 * no event date and no publication date are left out. To show each event once when several
 * outlets reported it, pass the records of one {@link mergeEvents} group at a time, or filter first.
 *
 * @param records - the records to lay out
 * @returns one entry per dated record, oldest first
 *
 * @example
 * ```ts
 * import { timeline } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * timeline(sampleRecords)[0]?.label;
 * //=> 'Council of the Regional Anti-Terrorist Structure of the SCO (29)'
 * ```
 */
export function timeline(records: readonly PressRecord[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const record of records) {
    const date = recordDate(record);
    if (date === null) continue;
    const { event } = record;
    entries.push({
      date,
      endDate: event.endDate !== null && event.endDate !== date ? event.endDate : null,
      approximate: event.dateInferred || (event.startDate === null && event.endDate === null),
      label: labelOf(record),
      kind: event.kind,
      city: event.location?.city ?? null,
      country: event.location?.country ?? null,
      recordId: record.id,
    });
  }
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.position - b.position))
    .map((e) => e.entry);
}
