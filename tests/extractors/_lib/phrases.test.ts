import { describe, expect, it } from 'vitest';
import { alternation, endsWithCue, endsWithWordOf, lastWords } from '../../../src/extractors/_lib/phrases.js';

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

describe('endsWithWordOf on part of a text', () => {
  it('reads the lead from `from` to `to` as if it were sliced out', () => {
    const text = 'Talks on the situation in the region, held in Minsk';
    const leads: [number, number][] = [];
    for (let to = 0; to <= text.length; to++) for (const from of [0, Math.max(0, to - 12), Math.max(0, to - 3), to]) leads.push([from, to]);
    for (const [from, to] of leads) {
      const lead = text.slice(from, to);
      expect(endsWithWordOf(text, ['in'], 'the', from, to), lead).toBe(endsWithWordOf(lead, ['in'], 'the'));
    }
    expect(endsWithWordOf(text, ['in'], 'the', 0, 30)).toBe(true);
    // "in" just before `from` is outside the lead.
    expect(endsWithWordOf(text, ['in'], 'the', 25, 30)).toBe(false);
  });
});

describe('endsWithCue', () => {
  it('needs a last word at the end, perhaps before ":", one white space, or both', () => {
    expect(endsWithCue('a forum TITLED', ['titled'])).toBe(true);
    expect(endsWithCue('a forum titled: ', ['titled'])).toBe(true);
    expect(endsWithCue('a forum titled:', ['titled'])).toBe(true);
    expect(endsWithCue('a forum titled\u00a0', ['titled'])).toBe(true);
    expect(endsWithCue('a forum titled  ', ['titled'])).toBe(false);
    expect(endsWithCue('a forum titled :', ['titled'])).toBe(false);
    expect(endsWithCue('the forum said ', ['titled'])).toBe(false);
    expect(endsWithCue('', ['titled'])).toBe(false);
  });

  it('reads the lead from `from` to `to` of a text as if it were sliced out', () => {
    const text = 'A forum titled: "Borders" was held, themed "Trust" and said : "x"';
    for (let to = 0; to <= text.length; to++) {
      for (const from of [0, Math.max(0, to - 9), Math.max(0, to - 2), to]) {
        const lead = text.slice(from, to);
        expect(endsWithCue(text, ['titled', 'themed'], from, to), lead).toBe(endsWithCue(lead, ['titled', 'themed']));
      }
    }
    expect(endsWithCue(text, ['titled'], 0, 16)).toBe(true);
    expect(endsWithCue(text, ['titled'], 10, 16)).toBe(false);
  });

  it('lets a word beyond ASCII through ("waſ" is "was" to a pattern with the u flag)', () => {
    expect(/\bwas$/iu.test('it waſ')).toBe(true);
    expect(endsWithCue('it waſ', ['was'])).toBe(true);
  });

  it('is true wherever a pattern "phrases, then \":\", white space or both" matches the end, with or without the u flag', () => {
    const phrases = ['under the theme', 'themed', 'theme of', 'was', 'is'];
    const patterns = [new RegExp(`\\b(?:${alternation(phrases)})(?::\\s?|\\s)?$`, 'i'), new RegExp(`\\b(?:${alternation(phrases)})(?::\\s?|\\s)?$`, 'iu')];
    const pool = ['themed', 'THEME', 'theme', 'of', 'under', 'the', 'was', 'waſ', 'is', 'iſ', 'x', ' ', '  ', '\n', '\u00a0', ':', ',', 'é', 'k', '"'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let matched = 0;
    for (let round = 0; round < 20000; round++) {
      let lead = '';
      for (let i = 0; i < 6; i++) lead += pool[next() % pool.length];
      if (!patterns.some((p) => p.test(lead))) continue;
      matched++;
      expect(endsWithCue(lead, lastWords(phrases))).toBe(true);
    }
    expect(matched).toBeGreaterThan(500);
  });
});
