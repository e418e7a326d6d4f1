import { describe, expect, it } from 'vitest';
import { TokenIndex, TokenSlots } from '../../../src/extractors/_entities/tokenIndex.js';

describe('TokenIndex', () => {
  it('gives the value set for a token and nothing for the others', () => {
    const ranks = new TokenIndex<string>(new Int32Array(6));
    ranks.set(2, 'Colonel');
    expect(ranks.get(2)).toBe('Colonel');
    expect(ranks.has(2)).toBe(true);
    expect(ranks.get(3)).toBeUndefined();
    expect(ranks.has(0)).toBe(false);
  });

  it('answers nothing outside the tokens, before the first and past the last', () => {
    const ranks = new TokenIndex<string>(new Int32Array(3));
    ranks.set(0, 'General');
    ranks.set(2, 'Major');
    expect(ranks.get(-1)).toBeUndefined();
    expect(ranks.has(-1)).toBe(false);
    expect(ranks.get(3)).toBeUndefined();
    expect(ranks.has(3)).toBe(false);
  });

  it('keeps keys and values in the order keys were first set; a key set again keeps its place', () => {
    const offices = new TokenIndex<string>(new Int32Array(10));
    offices.set(7, 'Director');
    offices.set(1, 'Minister');
    offices.set(7, 'Director General');
    expect(offices.keys()).toEqual([7, 1]);
    expect(offices.values()).toEqual(['Director General', 'Minister']);
  });

  it('reads slots left by an earlier text in the buffer it is given as no value', () => {
    const slots = new Int32Array(4);
    const first = new TokenIndex<string>(slots);
    first.set(1, 'Chief');
    first.set(3, 'Head');
    const second = new TokenIndex<string>(slots);
    expect(second.get(1)).toBeUndefined();
    expect(second.values()).toEqual([]);
    second.set(3, 'Director');
    // Token 3's slot now points to position 0, which token 1's stale slot points to as well.
    expect(second.get(1)).toBeUndefined();
    expect(second.get(3)).toBe('Director');
  });

  it('reads any number a buffer holds as no value', () => {
    const index = new TokenIndex<string>(Int32Array.of(-1, 7, 0, -2147483648));
    expect([0, 1, 2, 3].map((at) => index.has(at))).toEqual([false, false, false, false]);
    index.set(2, 'Minister');
    expect(index.get(2)).toBe('Minister');
    expect(index.get(0)).toBeUndefined();
  });
});

describe('TokenSlots', () => {
  it('gives slots for as many tokens as asked, in one buffer reused for the next text', () => {
    const reused = new TokenSlots();
    const first = new TokenIndex<string>(reused.take(8));
    first.set(5, 'Commissioner');
    const second = new TokenIndex<string>(reused.take(3));
    expect(second.get(5)).toBeUndefined();
    expect(second.has(2)).toBe(false);
    second.set(2, 'Colonel');
    expect(second.get(2)).toBe('Colonel');
  });
});
