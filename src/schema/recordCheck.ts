/**
 * The pipeline's check of each record it builds against `PressRecordSchema`, without a copy.
 * @module
 */
import { z } from 'zod';
import { PressRecordSchema, type PressRecord } from './record.js';
import { straysOf } from './strays.js';

/**
 * `PressRecordSchema` without its record-level check (spans inside the text), compiled by zod into
 * one generated check. As a refinement of the whole record, that check makes the compiled code
 * build a copy of every list and object of the record to hand to it (and the copy was about an
 * eighth of the parse); run directly on the record, as {@link isValidRecord} does, it needs none.
 * Every field keeps its own checks (real dates, assigned codes, span order). The schema has that one
 * record-level check (tests/schema/record.test.ts holds it to one): another would have to run here too.
 */
const SHAPE_CHECK = z.compile(PressRecordSchema.clone({ ...PressRecordSchema.def, checks: [] }));

/**
 * Whether `record` passes `PressRecordSchema`, answered in place: the same verdict as
 * `PressRecordSchema.safeParse(record).success` for a record with only the schema's keys, as the
 * pipeline builds them.
 *
 * @example
 * ```ts
 * const record = parsePressRelease('Baku hosted talks on counter-terrorism.');
 * [isValidRecord(record), isValidRecord({ ...record, text: 'Baku hosted talks' })];
 * //=> [true, false]
 * ```
 */
export function isValidRecord(record: unknown): record is PressRecord {
  return SHAPE_CHECK.validate(record) && straysOf(record).length === 0;
}
