import { describe, expect, it } from 'vitest';
import { parsePressRelease, PressRecordSchema, safeParsePressRelease } from '../src/index.js';
import { releaseText } from './fixtures/releases.js';

const ODD = [
  '',
  ' ',
  '\n\n\n',
  '"',
  '((((,,,,. . . "" -- –– 1-1-1-1',
  'date 2024-02-30 Events 31 February 2023',
  'On 0 May 99 and 45/13/2020, Tuesday, May 9, the 0th meeting of the XXXXXXXXXX Council',
  '\ud800 lone surrogate \udfff and \u0000 nul',
  'İİİ ııı əəə',
];

describe('parsePressRelease on any string', () => {
  it('never throws and always returns a valid record', () => {
    for (const text of ODD) {
      const record = parsePressRelease(text);
      expect(PressRecordSchema.safeParse(record).success).toBe(true);
    }
  });

  it('returns valid records for every fixture release, with warnings inside the text', () => {
    for (const name of ['ankara-conference', 'minsk-announcement', 'tashkent-talks', 'almaty-council', 'baku-weekday', 'dushanbe-range']) {
      const record = parsePressRelease(releaseText(name));
      expect(PressRecordSchema.safeParse(record).success).toBe(true);
      for (const w of record.warnings) if (w.span) expect(w.span.end).toBeLessThanOrEqual(record.text.length);
    }
  });

  it('returns records exactly as the schema would: each equals its parsed copy, with no key the schema strips', () => {
    // The pipeline returns a record that passes the schema's check as it stands, not zod's copy of it.
    const texts = [...['ankara-conference', 'minsk-announcement', 'tashkent-talks', 'almaty-council', 'baku-weekday', 'dushanbe-range'].map(releaseText), ...ODD];
    for (const text of texts) {
      const record = parsePressRelease(text, { publishedAt: '2024-06-01', url: 'https://example.org/news/1' });
      expect(record).toStrictEqual(PressRecordSchema.parse(record));
      expect(JSON.stringify(record)).toBe(JSON.stringify(PressRecordSchema.parse(record)));
    }
  });

  it('returns records of their own: nothing inside one record is shared with another record of the same text, or within the record', () => {
    /** Every object and array inside `value`; an object met twice is listed twice. */
    const objects = (value: unknown, out: object[] = []): object[] => {
      if (value !== null && typeof value === 'object') {
        out.push(value);
        for (const child of Object.values(value)) objects(child, out);
      }
      return out;
    };
    for (const name of ['ankara-conference', 'tashkent-talks', 'dushanbe-range']) {
      const first = objects(parsePressRelease(releaseText(name)));
      const second = objects(parsePressRelease(releaseText(name)));
      expect(first.length).toBeGreaterThan(20);
      expect(new Set(first).size).toBe(first.length);
      expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
    }
  });

  it('stays linear on long run-on text full of names and dates', () => {
    const unit = "Russian and Belarusian special services of Azerbaijan's State Security Service met on 3-4 June, Tuesday, May 9, in Tashkent, Baku and Minsk ";
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    const record = parsePressRelease(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(record.event.location?.city).toBe('Tashkent');
  });

  it('reports invalid options as an error without throwing from the safe variant', () => {
    const result = safeParsePressRelease('Talks were held in Baku.', { publishedAt: '2024-13-01' });
    expect(result.success).toBe(false);
  });
});
