import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/gazetteer/tokenize.js';
import { PhraseScan, RunOpenings } from '../../src/text/phraseScan.js';

const HELD = /\b(?:will\s+take\s+place|took\s+place|was\s+held|held|get-together|meeting)\b/gi;
const CHAIR = /\b(?:under\s+the\s+chairmanship\s+of|chaired\s+by|at\s+the|at\s+a)\s+(?:the\s+)?/gi;
const DATE_START = /\b(?:(\d)|(Sept|Sep|May)|(Monday))/g;
const held = new PhraseScan(HELD, { phrases: ['will take place', 'took place', 'was held', 'held', 'get-together', 'meeting'] });
const chair = new PhraseScan(CHAIR, { phrases: ['under the chairmanship of', 'chaired by', 'at the', 'at a'] });
const dateStart = new PhraseScan(DATE_START, { prefixes: [...'0123456789', 'Sep', 'May', 'Mon'] });

type Found = { index: number; text: string };
const found = (matches: readonly RegExpExecArray[]): Found[] => matches.map((m) => ({ index: m.index, text: m[0] }));

/** What the global pattern finds from `from`, stopping at the first match at or after `to`. */
function globalScan(pattern: RegExp, text: string, from = 0, to = text.length): Found[] {
  const out: Found[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) out.push({ index: m.index, text: m[0] });
  return out;
}

describe('PhraseScan', () => {
  it('finds the phrases a global scan finds, with their offsets', () => {
    const text = 'The meeting was held in Baku. The next get-together WILL TAKE  PLACE in May, chaired by the host.';
    expect(found(held.scan(text))).toEqual([
      { index: 4, text: 'meeting' },
      { index: 12, text: 'was held' },
      { index: 39, text: 'get-together' },
      { index: 52, text: 'WILL TAKE  PLACE' },
    ]);
    expect(found(chair.scan(text))).toEqual([{ index: 77, text: 'chaired by the ' }]);
  });

  it('misses words that only contain a phrase, and reads a window as a scan begun there', () => {
    const text = 'Upheld claims, meetings and withheld data; a meeting held at the seat.';
    expect(found(held.scan(text)).map((m) => m.text)).toEqual(['meeting', 'held']);
    expect(found(held.scan(text, 46, 60)).map((m) => m.index)).toEqual([53]);
    expect(held.scan(text, 0, 45)).toEqual([]);
  });

  it('finds phrases glued to letters beyond ASCII, where \\b sees a boundary', () => {
    const text = 'Ağheld and meetingé, then ÉtéWAS HELD at the end; snake_held was not.';
    expect(found(held.scan(text)).map((m) => m.text)).toEqual(['held', 'meeting', 'WAS HELD']);
  });

  it('opens a pattern at its prefixes, whatever follows them, with its groups', () => {
    const text = 'On Monday, 3 May 2024 (Mayor Sept. 9; Mondays) x5 and 12th';
    const matches = dateStart.scan(text);
    expect(found(matches)).toEqual(globalScan(DATE_START, text));
    expect(matches.map((m) => [m.index, m[1], m[2], m[3]])).toEqual([...text.matchAll(DATE_START)].map((m) => [m.index, m[1], m[2], m[3]]));
    expect(found(matches).map((m) => m.text)).toEqual(['Monday', '3', 'May', '2', 'May', 'Sept', '9', 'Monday', '1']);
  });

  it('agrees with the global patterns on mixed text, from any start', () => {
    const pool = ['held', 'was', 'meeting', 'Meeting', 'get', '-', 'together', 'at', 'the', 'a', 'took', 'place', 'chaired', 'by', 'é', 'ß', 'x', '_', '.', ',', '"', '\n', '  ', ' ', ' ', ' ', '3', '12', 'Ö', 'éheld', 'meetingß', 'Öat the', 'May', 'Sept', 'Monday', 'é4', 'Mayor'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pool[next() % pool.length];
      const from = next() % (text.length + 1);
      const to = from + (next() % (text.length + 1 - from));
      for (const [scan, pattern] of [[held, HELD], [chair, CHAIR], [dateStart, DATE_START]] as const) {
        expect(found(scan.scan(text))).toEqual(globalScan(pattern, text));
        expect(found(scan.scan(text, from, to))).toEqual(globalScan(pattern, text, from, to));
      }
    }
  });

  it('finds the same places from the word tokens of the text, tokens beyond ASCII included', () => {
    const text = 'Ağheld and meetingé, then ÉtéWAS HELD at the end on 3 May; Öat the seat, the get-together was held.';
    expect(found(held.scan(text, 0, text.length, tokenize(text)))).toEqual(globalScan(HELD, text));
    expect(found(chair.scan(text, 0, text.length, tokenize(text)))).toEqual(globalScan(CHAIR, text));
    const pool = ['held', 'was', 'meeting', 'at', 'the', 'a', 'took', 'place', 'by', 'é', 'ß', '_', '.', ',', '\n', ' ', ' ', '3', '12', 'Ö', 'éheld', 'meetingß', 'Öat the', 'May', 'Sept', 'Monday', 'é4', '\u0301', '😀'];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pool[next() % pool.length];
      // The first scan of each text reads its places from the tokens; the others reuse them.
      expect(found(dateStart.scan(text, 0, text.length, tokenize(text)))).toEqual(globalScan(DATE_START, text));
      expect(found(held.scan(text))).toEqual(globalScan(HELD, text));
      expect(found(chair.scan(text))).toEqual(globalScan(CHAIR, text));
    }
  });

  it('finds a phrase after its first word whatever the white space and case, and nothing where another word follows it', () => {
    const text = 'They met at noon, at  THE seat, AT\ta venue and at\u00a0a hall; was it held? It was\nheld, took part, took\n\nplace.';
    expect(found(chair.scan(text))).toEqual(globalScan(CHAIR, text));
    expect(found(chair.scan(text)).map((m) => m.text)).toEqual(['at  THE ', 'AT\ta ', 'at\u00a0a ']);
    expect(found(held.scan(text, 0, text.length, tokenize(text)))).toEqual(globalScan(HELD, text));
    expect(found(held.scan(text)).map((m) => m.text)).toEqual(['held', 'was\nheld', 'took\n\nplace']);
  });

  it('finds the first match of a window as the scan does, and none in a window without one', () => {
    const text = 'The meeting was held in Baku at the ministry; the next get-together will take place at a venue.';
    for (let from = 0; from <= text.length; from += 3) {
      for (const to of [from, from + 10, from + 40, text.length]) {
        const first = held.first(text, from, to);
        const scanned = held.scan(text, from, to)[0] ?? null;
        expect(first === null ? null : { index: first.index, text: first[0] }, `${from}-${to}`).toEqual(scanned === null ? null : { index: scanned.index, text: scanned[0] });
      }
    }
    expect(held.first(text, 0, 4)).toBeNull();
    expect(chair.first(text, 0)?.[0]).toBe('at the ');
  });

  it('refuses a pattern that does not open with \\b, and openers that are not ASCII letters or digits', () => {
    expect(() => new PhraseScan(/(?:held)/g, { phrases: ['held'] })).toThrow(/must open with \\b/);
    expect(() => new PhraseScan(/\b(?:-held)/g, { phrases: ['-held'] })).toThrow(/ASCII letter or digit/);
    expect(() => new PhraseScan(/\b(?:é)/g, { prefixes: ['é'] })).toThrow(/ASCII letters or digits/);
  });

  it('finds from the tokens a pattern defined after their words were first read', () => {
    const text = 'The summit closed; the next summit convenes in Baku.';
    expect(found(held.scan(text, 0, text.length, tokenize(text)))).toEqual([]);
    const convenes = /\b(?:convenes|closed)\b/gi;
    const late = new PhraseScan(convenes, { phrases: ['convenes', 'closed'] });
    const again = `${text} `;
    expect(found(late.scan(again, 0, again.length, tokenize(again)))).toEqual(globalScan(convenes, again));
    expect(found(late.scan(again)).map((m) => m.text)).toEqual(['closed', 'convenes']);
  });

  it('lists the places where runs open a set of openers, without a pattern, from the text or its tokens', () => {
    const openings = new RunOpenings({ phrases: ['took place'], prefixes: ['Sep', '4'] });
    const text = 'In Sept. 2024 the talks took place; they took part in 4 sessions, 42 in all (September).';
    const expected = [3, 24, 54, 66, 77];
    expect(openings.in(text)).toEqual(expected);
    const again = `${text} `;
    expect(openings.in(again, tokenize(again))).toEqual(expected);
  });
});
