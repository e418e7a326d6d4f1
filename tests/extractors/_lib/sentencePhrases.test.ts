import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { SentencePhrases } from '../../../src/extractors/_lib/sentencePhrases.js';
import { sentences } from '../../../src/extractors/_lib/sentences.js';

const PHRASES = ['took part', 'delegations', 'security services', 'services', 'heads'];
const cues = new SentencePhrases(PHRASES);
const pattern = /\b(?:security\s+services|delegations|took\s+part|services|heads)\b/i;

describe('SentencePhrases', () => {
  it('tells which sentences hold a phrase, in any case', () => {
    const text = 'Delegations from Oman TOOK PART in the talks. The weather was mild. Heads of services met in Muscat.';
    const all = sentences(text);
    expect(all.map((s) => cues.holds(text, s, tokenize(text)))).toEqual([true, false, true]);
  });

  it('reads a sentence by its own text when a phrase runs across a line break', () => {
    const text = 'The chiefs of the security\nservices met. Nothing else.';
    const [first, second, third] = sentences(text);
    expect([first, second, third].map((s) => (s === undefined ? null : cues.holds(text, s)))).toEqual([false, true, false]);
  });

  it('agrees with the pattern on the text of every sentence', () => {
    const pool = ['took', 'part', 'delegations', 'security', 'services', 'heads', 'the', 'Minsk', ' ', ' ', '\n', '. ', 'A. ', '! ', 'x', 'é', '-'];
    let seed = 3;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += pool[next() % pool.length];
      const tokens = round % 2 === 0 ? tokenize(text) : undefined;
      for (const s of [...sentences(text), { start: 3, end: 3 }]) expect(cues.holds(text, s, tokens)).toBe(pattern.test(text.slice(s.start, s.end)));
    }
  });
});
