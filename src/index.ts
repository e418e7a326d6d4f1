/**
 * secpress: English press releases about international security-service conferences and
 * meetings, turned into typed, validated records.
 *
 * @example
 * ```ts
 * import { parsePressRelease, PressRecordSchema } from 'secpress';
 *
 * const record = parsePressRelease('Baku, April 29, AZERTAC. Baku hosted an international conference.');
 * PressRecordSchema.parse(record) === record ? 'same shape' : 'validated copy';
 * //=> 'validated copy'
 * ```
 * @module
 */
export * from './schema/record.js';
export { SecpressError, type SecpressErrorCode, type SecpressIssue } from './errors.js';
export { ParseOptionsSchema, type ParseOptions } from './options.js';
export { parsePressRelease, safeParsePressRelease, type SafeParseResult } from './parse.js';
export { parsePressReleaseHtml } from './html/parseHtml.js';
