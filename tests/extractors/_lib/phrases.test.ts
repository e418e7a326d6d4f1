import { describe, expect, it } from 'vitest';
import { alternation, endsWithWordOf, lastWords } from '../../../src/extractors/_lib/phrases.js';

describe('alternation', () => {
  it('matches any phrase, longest first, across any white space', () => {
    const re = new RegExp(`^(?:${alternation(['talks', 'talks between', 'held'])})`);
    expect(re.exec('talks  between the sides')?.[0]).toBe('talks  between');
  });
});

describe('lastWords', () => {
  it('gives the last word of each phrase, lower-case, once', () => {
    expect(lastWords(['Situation in', 'territory of', 'in', 'wraps up'])).toEqual(['in', 'of', 'up']);
  });
});

describe('endsWithWordOf', () => {
  it('needs a last word and white space at the end, with an optional word after it', () => {
    expect(endsWithWordOf('the situation IN ', ['in'], 'the')).toBe(true);
    expect(endsWithWordOf('the situation in\u00a0The\n', ['in'], 'the')).toBe(true);
    expect(endsWithWordOf('the situation in', ['in'], 'the')).toBe(false);
    expect(endsWithWordOf('the talks between ', ['in'], 'the')).toBe(false);
    expect(endsWithWordOf('held on the ', ['in'], 'the')).toBe(false);
    expect(endsWithWordOf('said on ', ['said'], 'on')).toBe(true);
  });

  it('is true wherever a pattern "phrases, white space, optional word" matches the end', () => {
    const phrases = ['situation in', 'territory of', 'about', 'in', 'into'];
    const pattern = new RegExp(`\\b(?:${alternation(phrases)})\\s+(?:the\\s+)?$`, 'i');
    const pool = ['in', 'IN', 'into', 'the', 'The', 'of', 'territory', 'situation', 'about', 'x', ' ', '  ', '\n', '\u00a0', ',', 'é', '(', 'k', 'ſ'];
    let seed = 5;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let matched = 0;
    for (let round = 0; round < 10000; round++) {
      let lead = '';
      for (let i = 0; i < 6; i++) lead += pool[next() % pool.length];
      if (!pattern.test(lead)) continue;
      matched++;
      expect(endsWithWordOf(lead, lastWords(phrases), 'the')).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});
