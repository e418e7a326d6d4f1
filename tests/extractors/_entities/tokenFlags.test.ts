import { describe, expect, it } from 'vitest';
import { TokenFlags } from '../../../src/extractors/_entities/tokenFlags.js';

describe('TokenFlags', () => {
  it('gives flags for exactly n tokens, all cleared', () => {
    const flags = new TokenFlags();
    const first = flags.take(5);
    expect(first.length).toBe(5);
    expect([...first]).toEqual([0, 0, 0, 0, 0]);
  });

  it('clears the flags a previous text set, and reads past the last token as undefined', () => {
    const flags = new TokenFlags();
    const first = flags.take(6);
    first.fill(1);
    const second = flags.take(4);
    expect([...second]).toEqual([0, 0, 0, 0]);
    expect(second[4]).toBeUndefined();
    second[1] = 1;
    expect([...flags.take(8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
