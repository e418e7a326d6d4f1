import { describe, expect, it } from 'vitest';
import { sortedCodes } from '../../../src/extractors/_lib/sortCodes.js';

describe('sortedCodes', () => {
  it('sorts as Array.prototype.sort does, by code units', () => {
    expect(sortedCodes(['UZ', 'KZ', 'RU', 'AE'])).toEqual(['AE', 'KZ', 'RU', 'UZ']);
    expect(sortedCodes(new Set(['b', 'B', 'a', 'Z', '\u00c9', 'AB', 'A']))).toEqual(['A', 'AB', 'B', 'Z', 'a', 'b', '\u00c9']);
    expect(sortedCodes([])).toEqual([]);
  });

  it('gives the order of the built-in sort on every order of a few codes', () => {
    const codes = ['TJ', 'KG', 'KZ', 'RU', 'BY', 'AM'];
    for (let n = 0; n < 720; n++) {
      const pool = [...codes];
      const order: string[] = [];
      for (let k = n, size = pool.length; size > 0; k = Math.floor(k / size), size--) order.push(...pool.splice(k % size, 1));
      expect(sortedCodes(order)).toEqual([...order].sort());
    }
  });
});
