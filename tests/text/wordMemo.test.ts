import { describe, expect, it } from 'vitest';
import { rememberPerWord } from '../../src/text/wordMemo.js';

/** A computation that counts its calls. */
function counted(): { compute: (w: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { calls, compute: (w) => (calls.push(w), w.toUpperCase()) };
}

describe('rememberPerWord', () => {
  it('answers as the computation does, computing each word once', () => {
    const { compute, calls } = counted();
    const upper = rememberPerWord(compute, 100, 40);
    expect([upper('baku'), upper('tashkent'), upper('baku')]).toEqual(['BAKU', 'TASHKENT', 'BAKU']);
    expect(calls).toEqual(['baku', 'tashkent']);
  });

  it('computes a key longer than a word every time', () => {
    const { compute, calls } = counted();
    const upper = rememberPerWord(compute, 100, 5);
    expect([upper('Cholpon-Ata'), upper('Cholpon-Ata')]).toEqual(['CHOLPON-ATA', 'CHOLPON-ATA']);
    expect(calls).toEqual(['Cholpon-Ata', 'Cholpon-Ata']);
  });

  it('starts afresh once it holds its limit of words', () => {
    const { compute, calls } = counted();
    const upper = rememberPerWord(compute, 2, 40);
    for (const w of ['a', 'b', 'c', 'a']) upper(w);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
