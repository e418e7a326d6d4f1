import { describe, expect, it } from 'vitest';
import { quotationFrom } from '../../../src/extractors/_lib/quotation.js';

/** Every quotation of `text` from `from`, as a global scan of the pattern finds them. */
function byPattern(text: string, from: number): { open: number; close: number }[] {
  const pattern = /"([^"\n]{3,200})"/g;
  pattern.lastIndex = from;
  const found: { open: number; close: number }[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push({ open: m.index, close: m.index + m[0].length - 1 });
  return found;
}

/** Every quotation of `text` from `from`, each looked for after the last one's closing quote. */
function byQuotationFrom(text: string, from: number): { open: number; close: number }[] {
  const found: { open: number; close: number }[] = [];
  for (let q = quotationFrom(text, from); q !== null; q = quotationFrom(text, q.close + 1)) found.push(q);
  return found;
}

describe('quotationFrom', () => {
  it('finds a quotation of three characters or more on one line', () => {
    expect(quotationFrom('The forum "Borders of trust" opened.', 0)).toEqual({ open: 10, close: 27 });
    expect(quotationFrom('He said "ok" and left.', 0)).toBeNull();
    expect(quotationFrom('He said "we\nagree" and left.', 0)).toBeNull();
    expect(quotationFrom(`A "${'x'.repeat(201)}" b`, 0)).toBeNull();
  });

  it('reads a failed opening quote\'s closing one as the next opening quote, as the pattern does', () => {
    expect(quotationFrom('He said "no" and then "yes".', 0)).toEqual({ open: 11, close: 22 });
  });

  it('finds what a global scan of /"([^"\\n]{3,200})"/g finds, from any offset', () => {
    const pool = ['"', '"', 'ab', 'word ', ' ', '\n', 'x'.repeat(90), 'é', '.'];
    let seed = 3;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let quotes = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let i = 0; i < 20; i++) text += pool[next() % pool.length];
      const from = next() % (text.length + 1);
      const expected = byPattern(text, from);
      quotes += expected.length;
      expect(byQuotationFrom(text, from)).toEqual(expected);
    }
    expect(quotes).toBeGreaterThan(500);
  });
});
