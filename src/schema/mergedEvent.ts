/**
 * One event as several reports tell it: the result of `mergeEvents`, defined once as zod schemas.
 * @module
 */
import { z } from 'zod';
import {
  CountryCodeSchema,
  EventKindSchema,
  IsoDateSchema,
  PersonSchema,
  PressRecordSchema,
  TopicSchema,
} from './record.js';

/**
 * A person across the reports of one event: one entry per real person (names and aliases
 * folded together), with the ids of the records that name them.
 *
 * @example
 * ```ts
 * MergedPersonSchema.parse({
 *   name: 'Ali Naghiyev', aliases: ['Nagiyev'], rank: null, title: null, organization: null,
 *   country: 'AZ', roles: ['speaker'], recordIds: ['a', 'b'],
 * }).recordIds.length;
 * //=> 2
 * ```
 */
export const MergedPersonSchema = PersonSchema.omit({ mentions: true }).extend({
  recordIds: z.array(z.string().min(1)).min(1),
});
/** A person across the reports of one event. */
export type MergedPerson = z.infer<typeof MergedPersonSchema>;

/**
 * Where the reports of one event disagree: the field (`startDate`, `location.city`,
 * `series.edition`...) and each value given, with the ids of the records that give it.
 * Reports that leave the field out are not listed.
 *
 * @example
 * ```ts
 * EventConflictSchema.parse({
 *   field: 'startDate',
 *   values: [{ value: '2025-04-29', recordIds: ['a'] }, { value: '2025-05-09', recordIds: ['b'] }],
 * }).values.length;
 * //=> 2
 * ```
 */
export const EventConflictSchema = z.object({
  field: z.string().min(1),
  values: z
    .array(
      z.object({
        value: z.union([z.string(), z.number()]),
        recordIds: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(2),
});
/** Where the reports of one event disagree. */
export type EventConflict = z.infer<typeof EventConflictSchema>;

/**
 * One event merged from every record that reports it. Single-valued fields hold the value most
 * reports give (ties: the earliest record in input order); every disagreement stays visible in
 * `conflicts`. Lists are unions. `id` is the id of the first record; `records` are all of them,
 * in input order.
 *
 * @example
 * ```ts
 * import { mergeEvents } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * MergedEventSchema.safeParse(mergeEvents(sampleRecords)[0]).success;
 * //=> true
 * ```
 */
export const MergedEventSchema = z.object({
  id: z.string().min(1),
  kind: EventKindSchema,
  title: z.string().min(1).nullable(),
  series: z.object({ name: z.string().min(1), edition: z.number().int().positive().nullable() }).nullable(),
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  location: z.object({ city: z.string().min(1).nullable(), country: CountryCodeSchema.nullable() }).nullable(),
  hostCountry: CountryCodeSchema.nullable(),
  participants: z.object({
    countries: z.array(CountryCodeSchema),
    organizations: z.array(z.string().min(1)),
  }),
  subjectCountries: z.array(CountryCodeSchema),
  people: z.array(MergedPersonSchema),
  topics: z.array(TopicSchema),
  records: z.array(PressRecordSchema).min(1),
  conflicts: z.array(EventConflictSchema),
});
/** One event merged from every record that reports it. */
export type MergedEvent = z.infer<typeof MergedEventSchema>;
