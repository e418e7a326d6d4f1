/**
 * The reported number of countries: "from 20 countries" (exactly 20), "over 20 countries",
 * "six countries", "nearly 30 states", "48 African countries", "some 10 ASEAN member states". A definite
 * "the two states" refers back and is no count.
 * @module
 */
import numbers from '../../data/number-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Qualifier } from '../schema/record.js';
import { cardinal } from './_lib/numbers.js';
import { contentSpans } from './_lib/scope.js';

const BY = 'extractor/countryCount';
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map(Object.entries(numbers.qualifiers).map(([k, v]) => [k, v as Qualifier]));
/** The noun counted: found first, then the words before it are read back. */
const NOUN = /\b(?:countries|states|nations)\b/gi;
const MODIFIERS: ReadonlySet<string> = new Set(['foreign', 'other', 'different', 'member', 'participating', 'partner']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'both', 'all']);
/** The longest qualifier, in words. */
const QUALIFIER_WORDS = Math.max(...[...QUALIFIERS.keys()].map((q) => q.split(' ').length));

const CAPITALISED = /^\p{Lu}/u;
/** The most words read back as modifiers between the number and the noun ("10 ASEAN member states"). */
const MAX_MODIFIERS = 2;

/** A word that may stand between the number and the counted noun: "foreign", "member", or a capitalised adjective ("African", "Asia-Pacific", "CIS"). */
const isModifier = (word: string): boolean => MODIFIERS.has(word.toLowerCase()) || CAPITALISED.test(word);

/** Reads "over 20 (foreign)" back from the end of the words before the counted noun. */
function countBefore(lead: string): { value: number; qualifier: Qualifier } | null {
  const written = lead.trim().split(/\s+/);
  for (let n = 0; n < MAX_MODIFIERS && isModifier(written[written.length - 1] ?? ''); n++) written.pop();
  const words = written.map((w) => w.toLowerCase());
  const value = cardinal((words.pop() ?? '').replace(/^[("']+/, ''));
  if (value === null || value < 2) return null;
  for (let n = QUALIFIER_WORDS; n >= 1; n--) {
    const qualifier = QUALIFIERS.get(words.slice(-n).join(' '));
    if (words.length >= n && qualifier !== undefined) return { value, qualifier };
  }
  return DEFINITE.has(words[words.length - 1] ?? '') ? null : { value, qualifier: 'exactly' };
}

/** Sets `event.participants.countryCount`. */
function run(ctx: Context): void {
  const { text } = ctx;
  for (const span of contentSpans(ctx)) {
    NOUN.lastIndex = span.start;
    for (let n = NOUN.exec(text); n !== null && n.index < span.end; n = NOUN.exec(text)) {
      const count = countBefore(text.slice(Math.max(span.start, n.index - 50), n.index));
      if (count === null) continue;
      ctx.record.event.participants.countryCount = count;
      ctx.trace(BY, () => `count ${count.value} ${count.qualifier}`);
      return;
    }
  }
}

/** Finds how many countries took part, as reported. */
export const countryCount: Extractor = { name: BY, run };
