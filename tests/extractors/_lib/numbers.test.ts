import { describe, expect, it } from 'vitest';
import { cardinal, mayBeOrdinalAt, ordinal, ordinalAt, roman } from '../../../src/extractors/_lib/numbers.js';

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

describe('mayBeOrdinalAt', () => {
  const words = (text: string): [number, number][] => [...text.matchAll(/[\p{L}\p{N}-]+/gu)].map((m) => [m.index, m.index + m[0].length]);

  it('lets through every ordinal, in digits, words, hyphenated words and Roman numerals, in a sentence', () => {
    const text = 'The 47th and THIRD, the Twentieth and twenty-first, the XXIV session and the IX forum';
    const kept = words(text).filter(([s, e]) => mayBeOrdinalAt(text, s, e)).map(([s, e]) => text.slice(s, e));
    expect(kept).toEqual(['47th', 'THIRD', 'Twentieth', 'twenty-first', 'XXIV', 'IX']);
  });

  it('passes over words that cannot be ordinals, even ending like one, and leaves a word beyond ASCII to ordinal', () => {
    const text = 'and first-hand Committee Conference against north Council Aşgabat';
    const kept = words(text).filter(([s, e]) => mayBeOrdinalAt(text, s, e)).map(([s, e]) => text.slice(s, e));
    expect(kept).toEqual(['first-hand', 'against', 'north', 'Aşgabat']);
    expect(kept.map(ordinal)).toEqual([null, null, null, null]);
  });

  it('agrees with ordinal on every word it passes over', () => {
    const text = 'The delegations of the Intelligence and Security Services met for the 3rd time at the regular CIS council in Minsk';
    for (const [s, e] of words(text)) if (!mayBeOrdinalAt(text, s, e)) expect(ordinal(text.slice(s, e))).toBeNull();
  });
});

describe('ordinalAt', () => {
  const words = (text: string): [number, number][] => [...text.matchAll(/[\p{L}\p{N}-]+/gu)].map((m) => [m.index, m.index + m[0].length]);

  it('reads the ordinals of a sentence in place, by their offsets', () => {
    const text = 'The 47th and THIRD sessions, the Twentieth and twenty-first rounds, the XXIV forum and the Eleventh';
    const read = words(text).map(([s, e]) => ordinalAt(text, s, e)).filter((v) => v !== null);
    expect(read).toEqual([47, 3, 20, 21, 24, 11]);
  });

  it('agrees with ordinal on every word, ordinal or not, ending like one or not', () => {
    const text = 'First North and South forest held the second Council in Aşgabat, the fourth-coming 3rd FIFTH IX Mix 5G against Tenth';
    for (const [s, e] of words(text)) expect(ordinalAt(text, s, e), text.slice(s, e)).toBe(ordinal(text.slice(s, e)));
  });
});
