import { describe, expect, it } from 'vitest';
import { isAsciiWordUnit } from '../../src/text/wordUnit.js';

describe('isAsciiWordUnit', () => {
  it('answers as \\b of a pattern without the u flag reads a unit: ASCII letters, digits and the underscore', () => {
    for (let c = 0; c < 0x180; c++) expect(isAsciiWordUnit(c), `unit ${c}`).toBe(/\w/.test(String.fromCharCode(c)));
  });

  it('reads no code point beyond ASCII as a word unit, however it ends', () => {
    expect([0x1d400, 0x10061, 0xff41, NaN].map(isAsciiWordUnit)).toEqual([false, false, false, false]);
  });
});
