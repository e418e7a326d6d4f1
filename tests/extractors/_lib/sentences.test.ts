import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from '../../../src/extractors/_lib/sentences.js';

describe('sentences', () => {
  it('ends a sentence at a stop before a capital, a quotation or a line break, not after an initial', () => {
    const text = 'Talks were held in Baku. A. Azizov spoke!" Then: "(Next) steps?" 2024 was busy.\nNew line… and more';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Talks were held in Baku.',
      'A. Azizov spoke!"',
      'Then: "(Next) steps?"',
      '2024 was busy.',
      'New line… and more',
    ]);
    expect(sentenceAt(text, 30)).toEqual({ start: 25, end: 42 });
  });
});
