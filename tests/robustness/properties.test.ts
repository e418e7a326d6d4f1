import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePressRelease, type ParseOptions } from '../../src/index.js';
import { normalizeText } from '../../src/normalize/normalize.js';
import { anyText, codeUnit, markSoup, releaseLike, sentence } from './arbitraries.js';
import { brokenClaims } from './claims.js';
import { runs, SLOW } from './settings.js';

/** Parses and lists what the record gets wrong, with the input when something is. */
function problemsOf(text: string, options?: ParseOptions): string[] {
  return brokenClaims(parsePressRelease(text, options));
}

describe('for any string, the record keeps its word', () => {
  it('on mixtures of release sentences, chrome, markup and hostile pieces', SLOW, () => {
    fc.assert(
      fc.property(releaseLike, (text) => {
        expect(problemsOf(text)).toEqual([]);
      }),
      runs(250),
    );
  });

  it('on printable ASCII, any grapheme, any code point and any UTF-16 unit (lone surrogates too)', SLOW, () => {
    const strings = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: codeUnit, maxLength: 300 }),
    );
    fc.assert(
      fc.property(strings, (text) => {
        expect(problemsOf(text)).toEqual([]);
      }),
      runs(300),
    );
  });

  it('on well-formed sentences alone, with a reference date', SLOW, () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), (parts, date) => {
        expect(problemsOf(parts.join(' '), { publishedAt: date })).toEqual([]);
      }),
      runs(150),
    );
  });
});

describe('the record text', () => {
  it('is stable: normalising it again changes nothing, even amid combining marks and invisible characters', SLOW, () => {
    fc.assert(
      fc.property(fc.oneof(markSoup, anyText), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      runs(500),
    );
  });

  it('is the input normalised', SLOW, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parsePressRelease(text).text).toBe(normalizeText(text));
      }),
      runs(200),
    );
  });
});

describe('parsing is deterministic', () => {
  it('gives a deep-equal record for the same input, whatever was parsed in between', SLOW, () => {
    fc.assert(
      fc.property(anyText, anyText, (text, other) => {
        const first = parsePressRelease(text);
        parsePressRelease(other);
        expect(parsePressRelease(text)).toEqual(first);
      }),
      runs(120),
    );
  });

  it('gives the same id for the same normalised text, and the caller id when given', SLOW, () => {
    fc.assert(
      fc.property(anyText, fc.string({ minLength: 1, maxLength: 20 }), (text, id) => {
        expect(parsePressRelease(`  ${text}\r\n`).id).toBe(parsePressRelease(text).id);
        expect(parsePressRelease(text, { id }).id).toBe(id);
      }),
      runs(100),
    );
  });
});

describe('caller options win over the text', () => {
  it('keeps the given outlet, url and publication date on any text', SLOW, () => {
    const options = fc.record({
      outlet: fc.string({ minLength: 1, maxLength: 30 }),
      url: fc.webUrl(),
      publishedAt: fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(releaseLike, options, (text, given) => {
        const record = parsePressRelease(text, given);
        expect(record.source).toMatchObject({ outlet: given.outlet, url: given.url, publishedAt: given.publishedAt });
        expect(brokenClaims(record)).toEqual([]);
      }),
      runs(100),
    );
  });
});
