/**
 * `secpress/data`: hand-checked records of real events, validated.
 *
 * @example
 * ```ts
 * import { sampleRecords } from 'secpress/data';
 *
 * Array.isArray(sampleRecords);
 * //=> true
 * ```
 * @module
 */
import type { PressRecord } from './schema/record.js';

/** Hand-checked records of real events (facts only), each valid against `PressRecordSchema`. */
export const sampleRecords: readonly PressRecord[] = [];
