import { describe, expect, it } from 'vitest';
import { isInOrder, sortByKey } from '../../../src/extractors/_entities/order.js';

describe('sortByKey', () => {
  it('sorts mentions out of order by their start, in place', () => {
    const spans = [
      { start: 40, end: 52 },
      { start: 3, end: 9 },
      { start: 17, end: 30 },
    ];
    expect(sortByKey(spans, (s) => s.start)).toBe(spans);
    expect(spans.map((s) => s.start)).toEqual([3, 17, 40]);
  });

  it('keeps the order of equal keys (a stable sort)', () => {
    const spans = [
      { start: 9, end: 20, topic: 'b' },
      { start: 4, end: 8, topic: 'x' },
      { start: 9, end: 12, topic: 'a' },
    ];
    expect(sortByKey(spans, (s) => s.start).map((s) => s.topic)).toEqual(['x', 'b', 'a']);
  });

  it('leaves a list already in order, ties included, as it is', () => {
    const spans = [{ start: 1 }, { start: 5 }, { start: 5 }, { start: 11 }];
    const before = [...spans];
    expect(sortByKey(spans, (s) => s.start)).toEqual(before);
    expect(sortByKey([], (s: { start: number }) => s.start)).toEqual([]);
  });

  it('tells whether keys never decrease', () => {
    const hits = [
      { code: 'UZ', from: 3, to: 4 },
      { code: 'KZ', from: 9, to: 11 },
      { code: 'KG', from: 9, to: 10 },
    ];
    expect(isInOrder(hits, (h) => h.from)).toBe(true);
    expect(isInOrder(hits, (h) => h.to)).toBe(false);
    expect(isInOrder([], (h: { from: number }) => h.from)).toBe(true);
  });
});
