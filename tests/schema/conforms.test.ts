import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PressRecordSchema, SpanSchema, WarningSchema, type PressRecord } from '../../src/index.js';
import { conformsTo } from '../../src/schema/conforms.js';
import { handWrittenRecord } from '../fixtures/records.js';
import { parseRelease } from '../fixtures/releases.js';
import { runs, SLOW } from '../robustness/settings.js';

const isRecord = conformsTo(PressRecordSchema);
const isSpan = conformsTo(SpanSchema);

/** Records of our own fixture releases and the hand-written one: real shapes, with people, quotes, topics. */
const records: PressRecord[] = [
  handWrittenRecord,
  ...['almaty-council', 'ankara-conference', 'baku-weekday', 'dushanbe-range', 'minsk-announcement', 'tashkent-talks'].map((name) => parseRelease(name)),
];

describe('conformsTo', () => {
  it('accepts the records the parser builds, and the hand-written one', () => {
    for (const record of records) expect(isRecord(structuredClone(record))).toBe(true);
  });

  it('runs the refinements of the schema: a span may not end before it starts', () => {
    expect(isSpan({ start: 3, end: 7 })).toBe(true);
    expect(isSpan({ start: 7, end: 3 })).toBe(false);
    expect(isSpan({ start: -1, end: 3 })).toBe(false);
    expect(isSpan({ start: 1.5, end: 3 })).toBe(false);
  });

  it('runs the refinement on the whole record: a span beyond the text fails', () => {
    const record = structuredClone(handWrittenRecord);
    const person = record.people[0];
    expect(person).toBeDefined();
    person?.mentions.push({ start: 0, end: record.text.length + 1 });
    expect(isRecord(record)).toBe(false);
    expect(PressRecordSchema.safeParse(record).success).toBe(false);
  });

  it('says no where safeParse would reshape the value: keys out of order, a key it strips, undefined for an absent key', () => {
    const reordered = { end: 7, start: 3 };
    expect(SpanSchema.safeParse(reordered).success).toBe(true);
    expect(isSpan(reordered)).toBe(false);
    expect(isSpan({ start: 3, end: 7, note: 'x' })).toBe(false);
    const isWarning = conformsTo(WarningSchema);
    expect(isWarning({ code: 'weekday-mismatch', message: 'Tuesday is not 3 May' })).toBe(true);
    expect(isWarning({ code: 'weekday-mismatch', message: 'Tuesday is not 3 May', span: { start: 0, end: 7 } })).toBe(true);
    expect(isWarning({ code: 'weekday-mismatch', message: 'Tuesday is not 3 May', span: undefined })).toBe(false);
  });

  it('says no to objects that are not plain, and to schema kinds it does not walk', () => {
    class Span {
      constructor(
        readonly start: number,
        readonly end: number,
      ) {}
    }
    expect(isSpan(new Span(3, 7))).toBe(false);
    const isPair = conformsTo(z.tuple([z.string(), z.number()]));
    expect(z.tuple([z.string(), z.number()]).safeParse(['a', 1]).success).toBe(true);
    expect(isPair(['a', 1])).toBe(false);
  });

  it('agrees with safeParse on records with a random flaw: what conforms parses to an equal copy, what fails to parse does not conform', () => {
    /** Every object or array inside `value`, with the keys that lead to it. */
    const containers = (value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] => {
      if (value !== null && typeof value === 'object') {
        out.push(value as Record<string, unknown>);
        for (const child of Object.values(value)) containers(child, out);
      }
      return out;
    };
    const flaws: readonly unknown[] = [null, undefined, '', 'XX', 'Baku', -1, 0, 1.5, Number.NaN, 7, true, [], {}, { start: 0, end: 0 }, '2023-02-30', '2024-02-29', 'talks', 'AZ'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: records.length - 1 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...flaws),
        fc.constantFrom('set', 'add', 'delete'),
        (which, place, slot, flaw, how) => {
          const record = structuredClone(records[which] as PressRecord);
          const all = containers(record);
          const target = all[place % all.length] as Record<string, unknown>;
          const keys = Object.keys(target);
          const key = Array.isArray(target) ? String(slot % (target.length + 1)) : (keys[slot % Math.max(keys.length, 1)] ?? 'extra');
          if (how === 'set') target[key] = flaw;
          else if (how === 'add') target[Array.isArray(target) ? String(target.length) : 'extra'] = flaw;
          else if (Array.isArray(target)) target.splice(Number(key), 1);
          else delete target[key];
          const parsed = PressRecordSchema.safeParse(record);
          if (isRecord(record)) {
            expect(parsed.success).toBe(true);
            expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(record));
          }
          if (!parsed.success) expect(isRecord(record)).toBe(false);
        },
      ),
      runs(1500),
    );
  }, SLOW.timeout);
});
