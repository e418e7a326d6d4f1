import { describe, expect, it } from 'vitest';
import { aboutOtherEvent, speaksOfFuture, speaksOfNext } from '../../../src/extractors/_lib/otherEvent.js';
import { sentenceAt } from '../../../src/extractors/_lib/sentences.js';
import { contextOf } from '../../fixtures/context.js';

/** The words before `at` that aboutOtherEvent reads: back to its sentence's start, at most 300 characters. */
const leadOf = (text: string, at: number): string => text.slice(Math.max(sentenceAt(text, at).start, at - 300), at);

describe('aboutOtherEvent', () => {
  it('tells the next meeting and one still to come from the reported one', () => {
    const text = 'The 5th meeting was held in Baku. The next meeting will be held in Minsk. The forum is scheduled to be held in Astana.';
    const ctx = contextOf(text);
    expect(aboutOtherEvent(ctx, text.indexOf('Baku'))).toBe(false);
    expect(aboutOtherEvent(ctx, text.indexOf('Minsk'))).toBe(true);
    expect(aboutOtherEvent(ctx, text.indexOf('Astana'))).toBe(true);
  });

  it('reads a future event as another only in a release whose own event took place', () => {
    const text = 'The forum will be held in Astana next spring.';
    expect(aboutOtherEvent(contextOf(text), text.indexOf('Astana'))).toBe(false);
  });

  it('reads a lead cut inside a word as the patterns on it do ("annext" read from "next")', () => {
    const head = 'The council was held in Baku. The heads of the services reviewed the annext meeting ';
    const text = `${head}${'and the measures taken '.repeat(14)}in Minsk`;
    const cut = head.indexOf('next meeting');
    const at = cut + 300;
    expect(speaksOfNext(leadOf(text, at))).toBe(true);
    expect(aboutOtherEvent(contextOf(text), at)).toBe(true);
    const future = `The council was held in Baku. The sunset to be held ${'and the measures taken '.repeat(14)}in Minsk`;
    const at2 = future.indexOf('set to') + 300;
    expect(speaksOfFuture(leadOf(future, at2))).toBe(true);
    expect(aboutOtherEvent(contextOf(future), at2)).toBe(true);
  });

  it('answers as the patterns on the lead do, wherever the lead starts (inside a word too)', () => {
    const pool = ['next', 'Next', 'annext', 'last', 'the following', 'preparations for', 'meet again', 'will be held', 'to  be hosted', 'sunset', 'set to', 'due for', 'expected to attend', 'meeting', 'Conference', 'forum', 'in', 'Baku', 'the', 'talks', ',', '.', 'x'];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let other = 0;
    for (let round = 0; round < 300; round++) {
      let text = 'The meeting was held in Baku. ';
      const words = 20 + (next() % 120);
      for (let i = 0; i < words; i++) text += `${pool[next() % pool.length] ?? ''} `;
      const ctx = contextOf(text);
      for (let at = 31; at <= text.length; at += 1 + (next() % 7)) {
        const lead = leadOf(text, at);
        const expected = speaksOfNext(lead) || speaksOfFuture(lead);
        if (expected) other++;
        expect(aboutOtherEvent(ctx, at)).toBe(expected);
      }
    }
    expect(other).toBeGreaterThan(1000);
  });
});
