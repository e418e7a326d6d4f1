/**
 * Filtering records by country, person, organisation, topic, kind, series, city and date.
 * @module
 */
import { z } from 'zod';
import { CountryCodeSchema, EventKindSchema, IsoDateSchema, TopicSchema, type PressRecord } from '../schema/record.js';
import { compileFilter, matchesFilter } from './_lib/compileFilter.js';
import { rememberNameKeys } from './_lib/names.js';

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).optional();

/**
 * What {@link filterRecords} and {@link RecordIndex.filter} select. Every key takes one value or an
 * array (any of them; an empty array is the same as leaving the key out); keys combine with AND.
 *
 * - `country`: a participant or a subject country; `participant`, `subject`: only one of the two.
 * - `person`: any name or alias of a person, case, diacritics and transliteration variants folded
 *   ("Nağıyev", "Naghiyev", "Nagiyev"; "Sergey", "Sergei"); a surname alone finds the full name,
 *   and a full name finds a person the record names by surname only.
 * - `organization`: a body taking part, the host organisation, or any organisation named (by name or acronym).
 * - `topic`, `kind`: exact values of the controlled vocabularies.
 * - `series`: the series' name, compared by its significant words (case, punctuation, plurals,
 *   "member states" and country spellings folded); `city`: the event's city, spelling variants of the city table folded.
 * - `from`, `to`: ISO dates, inclusive, compared with the event's start date, or the publication
 *   date when the event has none; records with neither are left out. With an array, the widest bound counts.
 *
 * @example
 * ```ts
 * RecordFilterSchema.parse({ country: ['AZ', 'UZ'], from: '2019-01-01' }).country;
 * //=> ['AZ', 'UZ']
 * ```
 */
export const RecordFilterSchema = z.object({
  country: oneOrMany(CountryCodeSchema),
  participant: oneOrMany(CountryCodeSchema),
  subject: oneOrMany(CountryCodeSchema),
  person: oneOrMany(z.string()),
  organization: oneOrMany(z.string()),
  topic: oneOrMany(TopicSchema),
  kind: oneOrMany(EventKindSchema),
  series: oneOrMany(z.string()),
  city: oneOrMany(z.string()),
  from: oneOrMany(IsoDateSchema),
  to: oneOrMany(IsoDateSchema),
});
/** What {@link filterRecords} selects: see {@link RecordFilterSchema}. */
export type RecordFilter = z.infer<typeof RecordFilterSchema>;

/**
 * The records that match every key of the filter, in their original order. A linear scan:
 * for many queries over one large collection, {@link createIndex} answers the same faster.
 *
 * @param records - the records to search
 * @param filter - what to keep ({@link RecordFilterSchema})
 * @returns a new array of the matching records
 *
 * @example
 * ```ts
 * import { filterRecords } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * filterRecords(sampleRecords, { person: 'nagiyev', city: 'Cholpan-Ata' }).map((r) => r.event.startDate);
 * //=> ['2022-07-26']
 * ```
 */
export function filterRecords(records: readonly PressRecord[], filter: RecordFilter): PressRecord[] {
  const compiled = compileFilter(filter);
  const keys = rememberNameKeys();
  return records.filter((record) => matchesFilter(record, compiled, keys));
}
