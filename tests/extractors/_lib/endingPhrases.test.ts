import { describe, expect, it } from 'vitest';
import words from '../../../data/participation-words.json';
import { EndingPhrases } from '../../../src/extractors/_lib/endingPhrases.js';
import { alternation } from '../../../src/extractors/_lib/phrases.js';

/** The lead pattern whose matches `EndingPhrases` must never rule out. */
const patternOf = (phrases: readonly string[]): RegExp => new RegExp(`\\b(?:${alternation(phrases)})\\s+(?:the\\s+)?$`, 'i');

describe('EndingPhrases', () => {
  const places = new EndingPhrases(['situation in', 'territory of', 'get-together in', 'in'], 'the');

  it('finds a phrase at the end of a lead, in any case, across any white space, perhaps before "the"', () => {
    expect(places.mayEnd('talks on the situation in ')).toBe(true);
    expect(places.mayEnd('talks on the Situation\n\tIN\u00a0THE ')).toBe(true);
    expect(places.mayEnd('from the territory of the ')).toBe(true);
    expect(places.mayEnd('a get-together in ')).toBe(true);
  });

  it('needs white space at the end, whole words and the words of the phrase in order', () => {
    expect(places.mayEnd('talks on the situation in')).toBe(false);
    expect(places.mayEnd('the territory off ')).toBe(false);
    expect(places.mayEnd('held within ')).toBe(false);
    expect(places.mayEnd('a get together of ')).toBe(false);
    expect(places.mayEnd('the of territory ')).toBe(false);
    expect(places.mayEnd('the situation in the the ')).toBe(false);
  });

  it('never rules out a lead the pattern matches, and rules out every other lead of these shapes', () => {
    const phrases = words.notBefore;
    const ending = new EndingPhrases(phrases, 'the');
    const pattern = patternOf(phrases);
    const heads = ['', 'talks ', 'x', '_', '\u00e9', 'the threat '];
    const bodies = [...phrases, ...phrases.map((p) => p.toUpperCase()), 'territory  of', 'emanating\nfrom', 'threat of', 'on the', 'within', 'situations in', 'discussing'];
    for (const head of heads) {
      for (const body of bodies) {
        for (const tail of [' ', ' the ', '\u00a0The\t', '', ' the', ' thee ', '  ']) {
          const lead = `${head}${body}${tail}`;
          expect(ending.mayEnd(lead), lead).toBe(pattern.test(lead));
        }
      }
    }
  });

  it('reads the lead from `from` to `to` of a text as if it were sliced out', () => {
    const text = 'Talks on the situation in the region and the territory of Chad';
    for (let to = 0; to <= text.length; to++) {
      for (const from of [0, Math.max(0, to - 20), Math.max(0, to - 4), to]) {
        const lead = text.slice(from, to);
        expect(places.mayEnd(text, from, to), lead).toBe(places.mayEnd(lead));
      }
    }
    expect(places.mayEnd(text, 0, 30)).toBe(true);
    // "situation" starts before `from`: only "in" is in the lead, a phrase of its own.
    expect(places.mayEnd(text, 23, 30)).toBe(true);
    expect(places.mayEnd(text, 26, 30)).toBe(false);
  });
});
