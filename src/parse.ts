/**
 * The entry points: parse one release into one record.
 * @module
 */
import { z } from 'zod';
import { describeThrown, SecpressError } from './errors.js';
import { normalizeText } from './normalize/normalize.js';
import { ParseOptionsSchema, resolveOptions, type ParseOptions, type ResolvedOptions } from './options.js';
import { runPipeline } from './pipeline/run.js';
import type { PressRecord } from './schema/record.js';

/** The outcome of {@link safeParsePressRelease}, shaped like zod's `safeParse`. */
export type SafeParseResult = { success: true; data: PressRecord } | { success: false; error: SecpressError };

/** The options schema compiled by zod into one generated check; it falls back to the schema itself (and its messages) on invalid options. */
const OPTIONS_CHECK = z.compile(ParseOptionsSchema);

/** Validates the call's arguments, or throws the typed error that says what is wrong. */
function checkCall(text: unknown, options: unknown): { text: string; options: ResolvedOptions } {
  let parsed: ReturnType<typeof ParseOptionsSchema.safeParse>;
  try {
    parsed = OPTIONS_CHECK.safeParse(options ?? {});
  } catch (error) {
    // A getter or proxy trap on the options object threw while they were read.
    throw new SecpressError('invalid-options', `The options could not be read: ${describeThrown(error)}`);
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
    throw new SecpressError(
      'invalid-options',
      `Invalid options: ${issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ')}`,
      issues,
    );
  }
  if (typeof text !== 'string') {
    throw new SecpressError('invalid-input', `Expected the release as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const resolved = resolveOptions(parsed.data);
  if (text.length > resolved.maxLength) {
    throw new SecpressError('input-too-long', `The release has ${text.length} characters, more than maxLength (${resolved.maxLength})`);
  }
  return { text, options: resolved };
}

/**
 * Parses one press release (plain text) into a {@link PressRecord}. Never throws on a
 * string within `maxLength`: what cannot be found is `null` or `[]`, and what could not be
 * reconciled is in `warnings`. Throws a {@link SecpressError} only for a non-string input,
 * an input over `options.maxLength` (default 1 MiB) or invalid options.
 *
 * @param text - The release as plain text.
 * @param options - Reference date, outlet, URL, id and size limit; what you give wins over the text.
 * @returns A record that validates against `PressRecordSchema`.
 *
 * @example
 * ```ts
 * import { parsePressRelease } from 'secpress';
 *
 * const record = parsePressRelease(
 *   'Tashkent, March 3, UzA. The heads of the security services of Uzbekistan and Kazakhstan held talks in Tashkent.',
 *   { publishedAt: '2024-03-03' },
 * );
 * record.source.publishedAt;
 * //=> '2024-03-03'
 * ```
 */
export function parsePressRelease(text: string, options?: ParseOptions): PressRecord {
  const call = checkCall(text, options);
  return runPipeline(normalizeText(call.text), call.options);
}

/**
 * Like {@link parsePressRelease}, but never throws: returns `{ success: true, data }` or
 * `{ success: false, error }` where `error` is a {@link SecpressError}.
 *
 * @example
 * ```ts
 * import { safeParsePressRelease } from 'secpress';
 *
 * const result = safeParsePressRelease('Baku hosted a conference.', { publishedAt: 'not a date' });
 * result.success ? 'parsed' : result.error.code;
 * //=> 'invalid-options'
 * ```
 */
export function safeParsePressRelease(text: string, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, data: parsePressRelease(text, options) };
  } catch (error) {
    const failure = error instanceof SecpressError ? error : new SecpressError('invalid-input', describeThrown(error));
    return { success: false, error: failure };
  }
}
