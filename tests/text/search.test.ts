import { describe, expect, it } from 'vitest';
import { mergeByPosition, sortByPosition } from '../../src/text/search.js';

describe('sortByPosition', () => {
  it('orders spans by start, the longer first at one start, keeping ties in their order', () => {
    const a = { start: 5, end: 9, name: 'a' };
    const b = { start: 0, end: 4, name: 'b' };
    const c = { start: 0, end: 7, name: 'c' };
    const d = { start: 5, end: 9, name: 'd' };
    expect(sortByPosition([a, b, c, d]).map((s) => s.name)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('returns a list already in order as it is', () => {
    const list = [{ start: 0, end: 3 }, { start: 0, end: 2 }, { start: 8, end: 9 }];
    expect(sortByPosition(list)).toBe(list);
  });
});

describe('mergeByPosition', () => {
  it('merges two ordered lists as a stable sort of both would, the first list winning ties', () => {
    const names = [
      { start: 0, end: 6, via: 'country' },
      { start: 20, end: 26, via: 'country' },
    ];
    const services = [
      { start: 10, end: 14, via: 'agency' },
      { start: 20, end: 26, via: 'agency' },
      { start: 30, end: 35, via: 'agency' },
    ];
    expect(mergeByPosition(names, services).map((s) => `${s.start}:${s.via}`)).toEqual(['0:country', '10:agency', '20:country', '20:agency', '30:agency']);
  });

  it('sorts when a list is out of order', () => {
    const merged = mergeByPosition([{ start: 9, end: 10 }, { start: 1, end: 2 }], [{ start: 4, end: 5 }]);
    expect(merged.map((s) => s.start)).toEqual([1, 4, 9]);
  });
});
