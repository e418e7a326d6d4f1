/**
 * The options of `parsePressRelease`, defined as a zod schema.
 * @module
 */
import { format } from 'date-fns';
import { z } from 'zod';
import { IsoDateSchema } from './schema/record.js';

/** The default `maxLength`: 1 MiB of UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 1024 * 1024;

/**
 * Options of {@link parsePressRelease}. What the caller gives wins over what is found in the text.
 *
 * @example
 * ```ts
 * ParseOptionsSchema.parse({ publishedAt: '2025-04-29', outlet: 'AZERTAC' }).outlet;
 * //=> 'AZERTAC'
 * ```
 */
export const ParseOptionsSchema = z
  .object({
    /** Reference date for year-less dates ("On October 19"): an ISO date string or a `Date`. */
    publishedAt: z
      .union([
        IsoDateSchema,
        z
          .date()
          .refine((d) => !Number.isNaN(d.getTime()), { message: 'Invalid Date', abort: true })
          // A record holds YYYY-MM-DD dates, so a Date outside the years 0 to 9999 cannot be kept.
          .refine((d) => d.getFullYear() >= 0 && d.getFullYear() <= 9999, { message: 'Expected a date in the years 0 to 9999' }),
      ])
      .optional(),
    /** Where the release was found. */
    url: z.string().min(1).optional(),
    /** Who published it ("AZERTAC"). */
    outlet: z.string().min(1).optional(),
    /** A record id of your own; by default a stable hash of the normalised text. */
    id: z.string().min(1).optional(),
    /** Longest input accepted, in UTF-16 code units (default 1 MiB). */
    maxLength: z.number().int().positive().optional(),
  })
  .strict();

/** Options of {@link parsePressRelease}. */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

/** Options after validation, with `publishedAt` as an ISO date string. */
export interface ResolvedOptions {
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly id: string | null;
  readonly maxLength: number;
}

/** Turns validated options into the form the pipeline reads. */
export function resolveOptions(options: z.output<typeof ParseOptionsSchema>): ResolvedOptions {
  const { publishedAt } = options;
  return {
    publishedAt: publishedAt instanceof Date ? format(publishedAt, 'yyyy-MM-dd') : (publishedAt ?? null),
    url: options.url ?? null,
    outlet: options.outlet ?? null,
    id: options.id ?? null,
    maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH,
  };
}
