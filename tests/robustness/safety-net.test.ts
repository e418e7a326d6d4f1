import { describe, expect, it } from 'vitest';
import { PressRecordSchema } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import type { Extractor } from '../../src/pipeline/context.js';
import { runPipeline } from '../../src/pipeline/run.js';

const TEXT = 'Tashkent hosted talks between the security services of Uzbekistan and Tajikistan.';
const OPTIONS = resolveOptions({ outlet: 'UzDaily' });

const throwing = (name: string, thrown: unknown): Extractor => ({
  name,
  run() {
    throw thrown;
  },
});

describe('the pipeline safety net', () => {
  it('turns an extractor that throws anything at all into a warning, and runs the others', () => {
    const ran: string[] = [];
    const record = runPipeline(TEXT, OPTIONS, [
      throwing('extractor/error', new RangeError('index out of range')),
      throwing('extractor/null-prototype', Object.create(null)),
      throwing('extractor/undefined', undefined),
      { name: 'extractor/fine', run: () => void ran.push('fine') },
    ]);
    expect(ran).toEqual(['fine']);
    expect(record.warnings).toEqual([
      { code: 'extractor-failed', message: 'extractor/error failed: index out of range' },
      { code: 'extractor-failed', message: 'extractor/null-prototype failed: a value that cannot be shown' },
      { code: 'extractor-failed', message: 'extractor/undefined failed: undefined' },
    ]);
    expect(PressRecordSchema.safeParse(record).success).toBe(true);
  });

  it('returns a valid record with an invalid-record warning when an extractor writes a span outside the text', () => {
    const record = runPipeline(TEXT, OPTIONS, [
      {
        name: 'extractor/bad-span',
        run(ctx) {
          ctx.record.topics.push({ topic: 'terrorism', mentions: [{ start: 5, end: TEXT.length + 10 }] });
        },
      },
    ]);
    expect(record.topics).toEqual([]);
    expect(record.source.outlet).toBe('UzDaily');
    expect(record.warnings.map((w) => w.code)).toEqual(['invalid-record']);
    expect(record.warnings[0]?.message).toContain('topics.0.mentions.0');
    expect(PressRecordSchema.safeParse(record).success).toBe(true);
  });
});
