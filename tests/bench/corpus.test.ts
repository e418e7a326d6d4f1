import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.mjs';
import { parsePressRelease, PressRecordSchema } from '../../src/index.js';

const corpus = generateCorpus({ seed: 7, count: 120 });

describe('generateCorpus', () => {
  it('gives the same releases for the same seed, and a longer corpus extends a shorter one', () => {
    expect(generateCorpus({ seed: 7, count: 120 })).toEqual(corpus);
    expect(generateCorpus({ seed: 7, count: 30 })).toEqual(corpus.slice(0, 30));
  });

  it('gives other releases for another seed', () => {
    const other = generateCorpus({ seed: 8, count: 30 });
    expect(other.filter((r, i) => r.text === corpus[i]?.text)).toHaveLength(0);
  });

  it('writes releases of roughly 1 to 4 KB with ids in order', () => {
    for (const [i, r] of corpus.entries()) {
      const bytes = Buffer.byteLength(r.text);
      expect(bytes).toBeGreaterThan(900);
      expect(bytes).toBeLessThan(5000);
      expect(r.id).toBe(`gen-${String(i + 1).padStart(4, '0')}`);
    }
  });

  it('varies regions, event kinds and the phenomena the parser must cope with', () => {
    expect(new Set(corpus.map((r) => r.region)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(corpus.map((r) => r.kind))).toEqual(new Set(['conference', 'meeting', 'summit', 'forum', 'talks', 'visit', 'exercise']));
    const some = (pattern: RegExp): number => corpus.filter((r) => pattern.test(r.text)).length;
    expect(some(/“[^”]+”/)).toBeGreaterThan(0);
    expect(some(/"[^"]+"/)).toBeGreaterThan(0);
    expect(some(/\u00a0/)).toBeGreaterThan(0);
    expect(some(/İnformation/)).toBeGreaterThan(0);
    expect(some(/^date \d{4}-\d\d-\d\d$/m)).toBeGreaterThan(0);
    expect(some(/^Events \d{1,2} [A-Z][a-z]+ \d{4}$/m)).toBeGreaterThan(0);
    expect(some(/\b[IVXLC]+ Conference\b/)).toBeGreaterThan(0);
    expect(some(/\b\d+(st|nd|rd|th) meeting of the Council\b/)).toBeGreaterThan(0);
    expect(some(/from (over |more than |about |nearly )?\d+ countries/)).toBeGreaterThan(0);
    expect(some(/in [A-Z][\p{L}-]+,[A-Z]/u)).toBeGreaterThan(0);
    expect(some(/^Other news$/m)).toBeGreaterThan(0);
    expect(corpus.some((r) => r.warnings.includes('weekday-mismatch'))).toBe(true);
    expect(corpus.some((r) => r.options.publishedAt !== undefined)).toBe(true);
  });

  it('yields releases that parse to valid records, keeping a given publication date', () => {
    for (const r of corpus.slice(0, 40)) {
      const record = parsePressRelease(r.text, r.options);
      expect(PressRecordSchema.safeParse(record).success).toBe(true);
      expect(record.text.length).toBeGreaterThan(0);
      if (r.options.publishedAt) expect(record.source.publishedAt).toBe(r.options.publishedAt);
    }
  });
});
