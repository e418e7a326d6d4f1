/**
 * The secpress record (SPEC section 2), defined once as zod schemas.
 * Every type of the public surface is `z.infer` of a schema in this file.
 * @module
 */
import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import countries from '../../data/countries.json';
import { straysOf } from './strays.js';

const ASSIGNED_CODES: ReadonlySet<string> = new Set(countries.map((c) => c.code));

/** Verdicts of {@link isRealDate}, memoised: a corpus names few distinct dates and every record is validated. */
const REAL_DATES = new Map<string, boolean>();
const REAL_DATES_MAX = 10_000;

/** Whether a `YYYY-MM-DD` string names a real calendar date (date-fns decides). */
function isRealDate(value: string): boolean {
  let real = REAL_DATES.get(value);
  if (real === undefined) {
    real = isValid(parseISO(value));
    if (REAL_DATES.size >= REAL_DATES_MAX) REAL_DATES.clear();
    REAL_DATES.set(value, real);
  }
  return real;
}

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string. Only real dates pass:
 * `2024-02-29` is accepted, `2023-02-30` is not.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2024-02-29');
 * //=> '2024-02-29'
 * IsoDateSchema.safeParse('2023-02-30').success;
 * //=> false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date as YYYY-MM-DD' })
  .refine(isRealDate, { message: 'Not a real calendar date' });
/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An assigned ISO 3166-1 alpha-2 country code in upper case (`AZ`, `UZ`, `TR`).
 * The table of assigned codes lives in `data/countries.json`.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('TR');
 * //=> 'TR'
 * CountryCodeSchema.safeParse('XX').success;
 * //=> false
 * ```
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Expected an upper-case ISO 3166-1 alpha-2 code' })
  .refine((code) => ASSIGNED_CODES.has(code), { message: 'Not an assigned ISO 3166-1 alpha-2 code' });
/** An assigned ISO 3166-1 alpha-2 country code. */
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * Where a fact stands in `record.text`: UTF-16 offsets, `start` inclusive, `end` exclusive.
 *
 * @example
 * ```ts
 * const span = SpanSchema.parse({ start: 3, end: 7 });
 * 'In Baku today'.slice(span.start, span.end);
 * //=> 'Baku'
 * ```
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: 'A span must not end before it starts', path: ['end'] });
/** UTF-16 offsets `{ start, end }` into `record.text`. */
export type Span = z.infer<typeof SpanSchema>;

/**
 * The controlled topic vocabulary (SPEC, "Topics").
 *
 * @example
 * ```ts
 * TopicSchema.parse('drug-trafficking');
 * //=> 'drug-trafficking'
 * ```
 */
export const TopicSchema = z.enum([
  'terrorism',
  'extremism',
  'foreign-fighters',
  'drug-trafficking',
  'organized-crime',
  'illegal-migration',
  'refugees',
  'human-trafficking',
  'arms-trafficking',
  'terrorist-financing',
  'information-security',
  'border-security',
  'interethnic-conflict',
  'separatism',
  'humanitarian',
  'human-rights',
  'intelligence-sharing',
]);
/** A topic of the controlled vocabulary. */
export type Topic = z.infer<typeof TopicSchema>;

/**
 * What kind of event a release reports, after the text's own head noun.
 *
 * @example
 * ```ts
 * EventKindSchema.options.includes('talks');
 * //=> true
 * ```
 */
export const EventKindSchema = z.enum(['conference', 'meeting', 'summit', 'forum', 'talks', 'visit', 'exercise', 'other']);
/** The kind of an event. */
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * How a count is qualified in the text: "20 countries" is `exactly`, "over 20" is `over`,
 * "about 20" is `about`, "nearly 20" is `nearly`.
 *
 * @example
 * ```ts
 * QualifierSchema.parse('over');
 * //=> 'over'
 * ```
 */
export const QualifierSchema = z.enum(['exactly', 'over', 'about', 'nearly']);
/** How a count is qualified. */
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * What a person did at the event.
 *
 * @example
 * ```ts
 * PersonRoleSchema.parse('signatory');
 * //=> 'signatory'
 * ```
 */
export const PersonRoleSchema = z.enum(['speaker', 'host', 'participant', 'signatory', 'mentioned']);
/** What a person did at the event. */
export type PersonRole = z.infer<typeof PersonRoleSchema>;

/**
 * A real person named in the release, once, with every mention.
 *
 * @example
 * ```ts
 * PersonSchema.parse({
 *   name: 'Ali Naghiyev', aliases: ['Nagiyev'], rank: 'Colonel-General',
 *   title: 'Chief of the State Security Service', organization: 'State Security Service',
 *   country: 'AZ', roles: ['speaker'], mentions: [{ start: 0, end: 12 }],
 * }).country;
 * //=> 'AZ'
 * ```
 */
export const PersonSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  rank: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  organization: z.string().min(1).nullable(),
  country: CountryCodeSchema.nullable(),
  roles: z.array(PersonRoleSchema),
  mentions: z.array(SpanSchema),
});
/** A person named in the release. */
export type Person = z.infer<typeof PersonSchema>;

/**
 * The kind of an organisation.
 *
 * @example
 * ```ts
 * OrganizationKindSchema.parse('intergovernmental');
 * //=> 'intergovernmental'
 * ```
 */
export const OrganizationKindSchema = z.enum(['security-service', 'intergovernmental', 'government', 'media', 'non-state', 'other']);
/** The kind of an organisation. */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/**
 * An organisation named in the release (a security service, an intergovernmental body, an outlet...).
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({
 *   name: 'State Security Service', acronym: 'SSS', kind: 'security-service',
 *   country: 'AZ', mentions: [{ start: 10, end: 32 }],
 * }).acronym;
 * //=> 'SSS'
 * ```
 */
export const OrganizationSchema = z.object({
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  kind: OrganizationKindSchema,
  country: CountryCodeSchema.nullable(),
  mentions: z.array(SpanSchema),
});
/** An organisation named in the release. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * A topic the release discusses, with the spans that show it.
 *
 * @example
 * ```ts
 * TopicMentionSchema.parse({ topic: 'terrorism', mentions: [{ start: 40, end: 50 }] }).topic;
 * //=> 'terrorism'
 * ```
 */
export const TopicMentionSchema = z.object({
  topic: TopicSchema,
  mentions: z.array(SpanSchema).min(1),
});
/** A topic with the spans that show it. */
export type TopicMention = z.infer<typeof TopicMentionSchema>;

/**
 * The kind of a document signed or planned.
 *
 * @example
 * ```ts
 * AgreementKindSchema.parse('memorandum');
 * //=> 'memorandum'
 * ```
 */
export const AgreementKindSchema = z.enum(['cooperation-agreement', 'memorandum', 'protocol', 'declaration', 'joint-statement', 'other']);
/** The kind of an agreement. */
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

/**
 * Whether an agreement was signed at the event, is to be signed, or is only mentioned.
 *
 * @example
 * ```ts
 * AgreementStatusSchema.parse('planned');
 * //=> 'planned'
 * ```
 */
export const AgreementStatusSchema = z.enum(['signed', 'planned', 'mentioned']);
/** The status of an agreement. */
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/**
 * An agreement signed, to be signed or mentioned at the event.
 *
 * @example
 * ```ts
 * AgreementSchema.parse({
 *   kind: 'cooperation-agreement', title: null, parties: ['AZ', 'UZ'],
 *   organizations: [], status: 'signed', mention: { start: 120, end: 160 },
 * }).parties;
 * //=> ['AZ', 'UZ']
 * ```
 */
export const AgreementSchema = z.object({
  kind: AgreementKindSchema,
  title: z.string().min(1).nullable(),
  parties: z.array(CountryCodeSchema),
  organizations: z.array(z.string().min(1)),
  status: AgreementStatusSchema,
  mention: SpanSchema,
});
/** An agreement. */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * A direct quotation, with its speaker where the text says who spoke
 * (`null` for a body such as a press service, or where nobody is named).
 *
 * @example
 * ```ts
 * QuoteSchema.parse({ speaker: 'Ali Naghiyev', text: 'Security is indivisible.', span: { start: 1, end: 25 } }).speaker;
 * //=> 'Ali Naghiyev'
 * ```
 */
export const QuoteSchema = z.object({
  speaker: z.string().min(1).nullable(),
  text: z.string().min(1),
  span: SpanSchema,
});
/** A direct quotation. */
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * A counted fact: "more than 30 foreign citizens" is `{ value: 30, qualifier: 'over', unit: 'foreign citizens' }`.
 *
 * @example
 * ```ts
 * FigureSchema.parse({ value: 30, qualifier: 'over', unit: 'foreign citizens', span: { start: 0, end: 29 } }).value;
 * //=> 30
 * ```
 */
export const FigureSchema = z.object({
  value: z.number().finite(),
  qualifier: QualifierSchema,
  unit: z.string().min(1),
  span: SpanSchema,
});
/** A counted fact. */
export type Figure = z.infer<typeof FigureSchema>;

/**
 * Something the parser noticed and could not reconcile, with a stable `code`
 * (for example `weekday-mismatch`).
 *
 * @example
 * ```ts
 * WarningSchema.parse({ code: 'weekday-mismatch', message: 'May 9, 2025 is a Friday, not a Tuesday' }).code;
 * //=> 'weekday-mismatch'
 * ```
 */
export const WarningSchema = z.object({
  code: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, { message: 'Expected a kebab-case code' }),
  message: z.string().min(1),
  span: SpanSchema.optional(),
});
/** A parser warning. */
export type Warning = z.infer<typeof WarningSchema>;

/**
 * Where the release comes from: outlet, address, publication date and dateline.
 *
 * @example
 * ```ts
 * SourceSchema.parse({
 *   outlet: 'AZERTAC', url: null, publishedAt: '2025-04-29',
 *   dateline: { place: 'Baku', date: '2025-04-29' },
 * }).dateline?.place;
 * //=> 'Baku'
 * ```
 */
export const SourceSchema = z.object({
  outlet: z.string().min(1).nullable(),
  url: z.string().min(1).nullable(),
  publishedAt: IsoDateSchema.nullable(),
  dateline: z
    .object({
      place: z.string().min(1).nullable(),
      date: IsoDateSchema.nullable(),
    })
    .nullable(),
});
/** Where the release comes from. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * A counted number of countries: "from 20 countries" is `{ value: 20, qualifier: 'exactly' }`.
 *
 * @example
 * ```ts
 * CountryCountSchema.parse({ value: 20, qualifier: 'over' }).qualifier;
 * //=> 'over'
 * ```
 */
export const CountryCountSchema = z.object({
  value: z.number().int().positive(),
  qualifier: QualifierSchema,
});
/** A counted number of countries. */
export type CountryCount = z.infer<typeof CountryCountSchema>;

/**
 * The event a release reports: what, when, where, who hosted and who took part.
 *
 * @example
 * ```ts
 * EventSchema.parse({
 *   kind: 'meeting', title: null,
 *   series: { name: 'Council of Heads of Security Agencies and Special Services of the CIS', edition: 47 },
 *   startDate: '2019-11-12', endDate: null, dateInferred: false,
 *   location: { city: 'Tashkent', country: 'UZ' },
 *   host: { country: 'UZ', organization: null },
 *   participants: { countries: ['AZ', 'UZ'], organizations: ['CIS'], countryCount: null },
 *   subjectCountries: ['AF'],
 * }).series?.edition;
 * //=> 47
 * ```
 */
export const EventSchema = z
  .object({
    kind: EventKindSchema,
    title: z.string().min(1).nullable(),
    series: z
      .object({
        name: z.string().min(1),
        edition: z.number().int().positive().nullable(),
      })
      .nullable(),
    startDate: IsoDateSchema.nullable(),
    endDate: IsoDateSchema.nullable(),
    dateInferred: z.boolean(),
    location: z
      .object({
        city: z.string().min(1).nullable(),
        country: CountryCodeSchema.nullable(),
      })
      .nullable(),
    host: z
      .object({
        country: CountryCodeSchema.nullable(),
        organization: z.string().min(1).nullable(),
      })
      .nullable(),
    participants: z.object({
      countries: z.array(CountryCodeSchema),
      organizations: z.array(z.string().min(1)),
      countryCount: CountryCountSchema.nullable(),
    }),
    subjectCountries: z.array(CountryCodeSchema),
  })
  .refine((e) => e.startDate === null || e.endDate === null || e.endDate >= e.startDate, {
    message: 'The event cannot end before it starts',
    path: ['endDate'],
  });
/** The event a release reports. */
export type Event = z.infer<typeof EventSchema>;

/**
 * One parsed release: its normalised text, where it comes from, the event, and everything
 * found in it, each fact with spans into `text`. Every record secpress emits passes this schema.
 * A span that does not lie inside `text` fails with the path of the field that holds it.
 *
 * @example
 * ```ts
 * import { PressRecordSchema, parsePressRelease } from 'secpress';
 *
 * const record = parsePressRelease('Baku, April 29, AZERTAC. Baku hosted an international conference.');
 * PressRecordSchema.safeParse(record).success;
 * //=> true
 * ```
 */
export const PressRecordSchema = z
  .object({
    id: z.string().min(1),
    text: z.string(),
    headline: z.string().min(1).nullable(),
    source: SourceSchema,
    event: EventSchema,
    people: z.array(PersonSchema),
    organizations: z.array(OrganizationSchema),
    topics: z.array(TopicMentionSchema),
    agreements: z.array(AgreementSchema),
    quotes: z.array(QuoteSchema),
    figures: z.array(FigureSchema),
    warnings: z.array(WarningSchema),
  })
  .superRefine((record, ctx) => {
    for (const { span, path } of straysOf(record)) {
      ctx.addIssue({
        code: 'custom',
        message: `Span ${span.start}-${span.end} lies outside the text (length ${record.text.length})`,
        path,
      });
    }
  });
/** One parsed release. */
export type PressRecord = z.infer<typeof PressRecordSchema>;
