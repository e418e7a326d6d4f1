import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { PhraseScan, type PhraseMatch } from '../../../src/extractors/_lib/phraseScan.js';

const HELD = /\b(?:will\s+take\s+place|took\s+place|was\s+held|held|get-together|meeting)\b/gi;
const CHAIR = /\b(?:under\s+the\s+chairmanship\s+of|chaired\s+by|at\s+the|at\s+a)\s+(?:the\s+)?/gi;
const held = new PhraseScan(HELD, ['will take place', 'took place', 'was held', 'held', 'get-together', 'meeting']);
const chair = new PhraseScan(CHAIR, ['under the chairmanship of', 'chaired by', 'at the', 'at a']);

const context = (text: string): { text: string; tokens: ReturnType<typeof tokenize> } => ({ text, tokens: tokenize(text) });

/** What the global pattern finds from `from`, stopping at the first match at or after `to`. */
function globalScan(pattern: RegExp, text: string, from = 0, to = text.length): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

describe('PhraseScan', () => {
  it('finds the phrases a global scan finds, with their spans', () => {
    const text = 'The meeting was held in Baku. The next get-together WILL TAKE  PLACE in May, chaired by the host.';
    expect(held.scan(context(text))).toEqual([
      { index: 4, end: 11, text: 'meeting' },
      { index: 12, end: 20, text: 'was held' },
      { index: 39, end: 51, text: 'get-together' },
      { index: 52, end: 68, text: 'WILL TAKE  PLACE' },
    ]);
    expect(chair.scan(context(text)).map((m) => m.text)).toEqual(['chaired by the ']);
  });

  it('misses words that only contain a phrase, and reads a window as a scan begun there', () => {
    const text = 'Upheld claims, meetings and withheld data; a meeting held at the seat.';
    expect(held.scan(context(text)).map((m) => m.text)).toEqual(['meeting', 'held']);
    expect(held.scan(context(text), 46, 60).map((m) => m.index)).toEqual([53]);
    expect(held.scan(context(text), 0, 45)).toEqual([]);
  });

  it('finds phrases glued to letters beyond ASCII, where \\b sees a boundary the tokens do not', () => {
    const text = 'Ağheld and meetingé, then ÉtéWAS HELD at the end; snake_held was not.';
    expect(held.scan(context(text))).toEqual(globalScan(HELD, text));
    expect(held.scan(context(text)).map((m) => m.text)).toEqual(['held', 'meeting', 'WAS HELD']);
  });

  it('agrees with the global pattern on mixed text, from any start', () => {
    const pool = ['held', 'was', 'meeting', 'Meeting', 'get', '-', 'together', 'at', 'the', 'a', 'took', 'place', 'chaired', 'by', 'é', 'ß', 'x', '_', '.', ',', '"', '\n', '  ', ' ', ' ', ' ', '3', 'Ö', 'éheld', 'meetingß', 'Öat the'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pool[next() % pool.length];
      const ctx = context(text);
      const from = next() % (text.length + 1);
      const to = from + (next() % (text.length + 1 - from));
      for (const [scan, pattern] of [[held, HELD], [chair, CHAIR]] as const) {
        expect(scan.scan(ctx)).toEqual(globalScan(pattern, text));
        expect(scan.scan(ctx, from, to)).toEqual(globalScan(pattern, text, from, to));
      }
    }
  });

  it('refuses a pattern that does not open with \\b, or a phrase that does not open with a letter or digit', () => {
    expect(() => new PhraseScan(/(?:held)/g, ['held'])).toThrow(/must open with \\b/);
    expect(() => new PhraseScan(/\b(?:-held)/g, ['-held'])).toThrow(/ASCII letter or digit/);
  });
});
