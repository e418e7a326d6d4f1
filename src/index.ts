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
export { MergedEventSchema, MergedPersonSchema, EventConflictSchema, type MergedEvent, type MergedPerson, type EventConflict } from './schema/mergedEvent.js';
export { filterRecords, RecordFilterSchema, type RecordFilter } from './query/filter.js';
export { sortRecords, SortOptionsSchema, type SortOptions } from './query/sort.js';
export { groupRecords, GroupBySchema, RecordGroupSchema, type GroupBy, type RecordGroup } from './query/group.js';
export { timeline, TimelineEntrySchema, type TimelineEntry } from './query/timeline.js';
export { topicCounts, TopicCountSchema, type TopicCount } from './query/topicCounts.js';
export { coParticipation, CoParticipationSchema, type CoParticipation } from './query/coParticipation.js';
export { mergeEvents, MergeOptionsSchema, type MergeOptions } from './query/mergeEvents.js';
export { createIndex, type RecordIndex } from './query/createIndex.js';
