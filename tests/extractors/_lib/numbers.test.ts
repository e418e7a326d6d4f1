import { describe, expect, it } from 'vitest';
import { cardinal, ordinal, roman } from '../../../src/extractors/_lib/numbers.js';

describe('ordinal', () => {
  it('reads ordinals in digits, words, hyphenated words and Roman numerals', () => {
    expect(['47th', '3RD', 'third', 'Twentieth', 'twenty-first', 'XXIV', 'IX'].map(ordinal)).toEqual([47, 3, 3, 20, 21, 24, 9]);
  });

  it('reads a hyphenated ordinal by its first two parts, as before', () => {
    expect(ordinal('twenty-first-century')).toBe(21);
  });

  it('finds no ordinal in other words, even ending like one', () => {
    expect(['meeting', 'list', 'Minsk', 'fourteen', 'north', 'and', 'Mix', '5G'].map(ordinal)).toEqual([null, null, null, null, null, null, null, null]);
  });
});

describe('cardinal and roman', () => {
  it('read cardinals in digits and words, and capital Roman numerals', () => {
    expect([cardinal('20'), cardinal('six'), cardinal('Twenty-five'), cardinal('sixth')]).toEqual([20, 6, 25, null]);
    expect([roman('XLIV'), roman('xliv'), roman('CC')]).toEqual([44, null, null]);
  });
});
