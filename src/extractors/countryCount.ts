/**
 * The reported number of countries: "from 20 countries" (exactly 20), "over 20 countries",
 * "six countries", "nearly 30 states". A definite "the two states" refers back and is no count.
 * @module
 */
import numbers from '../../data/number-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Qualifier } from '../schema/record.js';
import { cardinal } from './_lib/numbers.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans } from './_lib/scope.js';

const BY = 'extractor/countryCount';
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map(Object.entries(numbers.qualifiers).map(([k, v]) => [k, v as Qualifier]));
const NUMBER = `\\d{1,3}|(?:${alternation(Object.keys(numbers.cardinals))})(?:-(?:${alternation(Object.keys(numbers.cardinals))}))?`;
/** The noun counted: found first, then the words before it are read. */
const NOUN = /\b(?:countries|states|nations)\b/gi;
const COUNT_BEFORE = new RegExp(
  `\\b(?:(${alternation(QUALIFIERS.keys())})\\s+)?(${NUMBER})\\s+(?:(?:foreign|other|different|member|participating|partner)\\s+)?$`,
  'i',
);
const DEFINITE = /\b(?:the|these|those|both|all|of)\s+$/i;

/** Sets `event.participants.countryCount`. */
function run(ctx: Context): void {
  const { text } = ctx;
  for (const span of contentSpans(ctx)) {
    NOUN.lastIndex = span.start;
    for (let n = NOUN.exec(text); n !== null && n.index < span.end; n = NOUN.exec(text)) {
      const lead = text.slice(Math.max(0, n.index - 50), n.index);
      const m = COUNT_BEFORE.exec(lead);
      if (m === null) continue;
      const before = lead.slice(0, m.index);
      if (m[1] === undefined && DEFINITE.test(before.slice(-10))) continue;
      const value = cardinal(m[2] ?? '');
      if (value === null || value < 2) continue;
      const qualifier = m[1] === undefined ? 'exactly' : (QUALIFIERS.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? 'exactly');
      ctx.record.event.participants.countryCount = { value, qualifier };
      ctx.trace(BY, () => `count ${value} ${qualifier}`);
      return;
    }
  }
}

/** Finds how many countries took part, as reported. */
export const countryCount: Extractor = { name: BY, run };
