import { describe, expect, it } from 'vitest';
import { hasFoldedAt, isAsciiWordUnit } from '../../src/text/wordUnit.js';

describe('isAsciiWordUnit', () => {
  it('answers as \\b of a pattern without the u flag reads a unit: ASCII letters, digits and the underscore', () => {
    for (let c = 0; c < 0x180; c++) expect(isAsciiWordUnit(c), `unit ${c}`).toBe(/\w/.test(String.fromCharCode(c)));
  });

  it('reads no code point beyond ASCII as a word unit, however it ends', () => {
    expect([0x1d400, 0x10061, 0xff41, NaN].map(isAsciiWordUnit)).toEqual([false, false, false, false]);
  });
});

describe('hasFoldedAt', () => {
  it('answers as a sticky pattern with the i flag and no u flag matches the word there', () => {
    const texts = ['Held IN Baku', 'held in', 'Ağ-Dam', "Police chiefs' talks", 'the X-ray', 'IN', ''];
    const words = ['in', 'held', 'ag', 'chiefs', "chiefs'", 'x-ray', 'talks', 'baku'];
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        for (const word of words) {
          const pattern = new RegExp(word.replace(/[-']/g, (c) => `\\${c}`), 'iy');
          pattern.lastIndex = at;
          expect(hasFoldedAt(text, at, word), `${JSON.stringify(text)} at ${at}: ${word}`).toBe(pattern.test(text));
        }
      }
    }
  });
});

