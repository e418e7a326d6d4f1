/**
 * The reported number of countries: "from 20 countries" (exactly 20), "over 20 countries", "delegates representing 27 countries",
 * "six countries", "nearly 30 states", "48 African countries", "some 10 ASEAN member states", "from the
 * six member states", "the 57 OSCE participating States" (a body's whole membership). A definite "the two states" refers back and is no count,
 * and neither is the count of another event ("the next forum will bring together delegations from 40 countries").
 * @module
 */
import numbers from '../../data/number-words.json';
import participation from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Qualifier } from '../schema/record.js';
import { PhraseScan } from '../text/phraseScan.js';
import { isSpaceAt } from '../text/space.js';
import { entityView } from './_entities/view.js';
import { bodyStartBefore, COUNTRY_NOUNS, MEMBER_WORDS } from './_lib/countedBody.js';
import { cardinal } from './_lib/numbers.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { contentSpans } from './_lib/scope.js';

const BY = 'extractor/countryCount';
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map(Object.entries(numbers.qualifiers).map(([k, v]) => [k, v as Qualifier]));
/** The noun counted: found first, then the words before it are read back. */
const NOUN = new PhraseScan(/\b(?:countries|states|nations)\b/gi, { phrases: COUNTRY_NOUNS });
const MODIFIERS: ReadonlySet<string> = new Set(['foreign', 'other', 'different', 'member', 'participating', 'partner']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'both', 'all']);
/** The definite words that may open a count of a body's members ("the six member states", "all 57 member states"). */
const MEMBERSHIP: ReadonlySet<string> = new Set(['the', 'all']);
/** The longest qualifier, in words. */
const QUALIFIER_WORDS = Math.max(...[...QUALIFIERS.keys()].map((q) => q.split(' ').length));

const CAPITALISED = /^\p{Lu}/u;
/** The most words read back as modifiers between the number and the noun ("10 ASEAN member states"). */
const MAX_MODIFIERS = 2;

/** A word that may stand between the number and the counted noun: "foreign", "member", or a capitalised adjective ("African", "Asia-Pacific", "CIS"). */
const isModifier = (word: string): boolean =>
  MODIFIERS.has(word.toLowerCase()) || (CAPITALISED.test(word) && cardinal(word.toLowerCase()) === null);

/** Who comes from the counted countries: "officials from 20 countries", "delegations of 12 states". */
const PARTICIPANTS: ReadonlySet<string> = new Set(participation.cues.filter((c) => !c.includes(' ')));
/** What the counted countries did: "35 states sent delegations", "20 countries took part". */
const TOOK_PART = /^\s+(?:(?:have|had|were|are)\s+)?(?:sent|took\s+part|take\s+part|taking\s+part|attended|attend|participated|participate|joined|represented|were\s+represented|gathered)\b/i;
/** The most words between the participants' noun and "from"/"of" ("officials from", "heads of counter-terrorism units from"). */
const HEAD_REACH = 3;

/** The words that link the participants' noun to the counted countries: "officials from", "heads of", "delegates representing". */
const LINKS: ReadonlySet<string> = new Set(['from', 'of', 'representing']);

/**
 * Whether the count is of the countries that took part: the people or services counted come
 * "from"/"of" them ("senior officials from over 20 countries") or represent them ("300 delegates
 * representing 27 countries"), or the countries do the taking part ("Nearly 35 states sent
 * delegations"). Victims, citizens or fighters "from 80 countries" are not the event's participants.
 */
function takesPart(before: readonly string[], after: string): boolean {
  if (TOOK_PART.test(after)) return true;
  const link = before[before.length - 1];
  if (link === undefined || !LINKS.has(link)) return false;
  for (let k = 2; k <= 1 + HEAD_REACH + 1 && k <= before.length; k++) if (PARTICIPANTS.has(before[before.length - k] ?? '')) return true;
  return false;
}

/** The most words at the end of a lead that are read: the modifiers (and an "and" between two), the number, the qualifier's words and the participants' noun with its link. */
const WORDS_READ = MAX_MODIFIERS + 1 + QUALIFIER_WORDS + 1 + HEAD_REACH + 2;

/** Where the last `n` words of the lead from `from` to `to` of `text` (split at white space) start: `from` when it has fewer. */
function lastWordsStart(text: string, from: number, to: number, n: number): number {
  let end = to;
  let start = end;
  for (let k = 0; k < n; k++) {
    while (end > from && isSpaceAt(text, end - 1)) end--;
    if (end === from) break;
    start = end;
    while (start > from && !isSpaceAt(text, start - 1)) start--;
    end = start;
  }
  return end === from ? from : start;
}

/** The last `n` words of `lead` (split at white space): `lead.trim().split(/\s+/).slice(-n)` without splitting all of it. */
function lastWords(lead: string, n: number): string[] {
  const out: string[] = [];
  let end = lead.length;
  while (out.length < n) {
    while (end > 0 && isSpaceAt(lead, end - 1)) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isSpaceAt(lead, start - 1)) start--;
    out.push(lead.slice(start, end));
    end = start;
  }
  return out.length > 0 ? out.reverse() : [''];
}

/** Whether a lower-cased word is a number with "-plus" ("30-plus": more than 30). */
const isPlus = (lowered: string): boolean => lowered.endsWith('-plus');

/** The number a lower-cased word writes, after any opening bracket or quotation mark ("(20"), and before any "-plus" ("30-plus"). */
const numberIn = (lowered: string): number | null => cardinal(lowered.replace(/^[("']+/, '').replace(/-plus$/, ''));

/**
 * How many words at the end of `words` are modifiers: at most {@link MAX_MODIFIERS}, and an "and"
 * joining two capitalised ones ("48 African and European countries").
 */
function modifierCount(words: readonly string[]): number {
  let k = words.length - 1;
  for (let n = 0; n < MAX_MODIFIERS && isModifier(words[k] ?? ''); n++) {
    k--;
    if (n + 1 < MAX_MODIFIERS && words[k] === 'and' && CAPITALISED.test(words[k + 1] ?? '') && CAPITALISED.test(words[k - 1] ?? '') && isModifier(words[k - 1] ?? '')) k--;
  }
  return words.length - 1 - k;
}

/** Whether the last words of a lead, past its modifiers ({@link modifierCount}), end with a number of 2 or more (as {@link countBefore} reads them). */
function hasCount(last: readonly string[]): boolean {
  const value = numberIn((last[last.length - 1 - modifierCount(last)] ?? '').toLowerCase());
  return value !== null && value >= 2;
}

/** How many words at the end of a lead {@link hasCount} reads: the modifiers, an "and" between two of them, and the number. */
const COUNT_WORDS = MAX_MODIFIERS + 2;
/**
 * {@link hasCount}'s answers by the ending they were read from (the lead's last words as written):
 * the same few endings recur ("the member", "in neighbouring"), so most leads are answered by one
 * look-up instead of lower-casing and reading their words again. Emptied when it grows large.
 */
const countEndings = new Map<string, boolean>();
/** The most endings {@link countEndings} holds. */
const MAX_ENDINGS = 4096;

/**
 * Whether the last words of the lead from `from` to `to` of `text` end with a number of 2 or more, past at most
 * {@link MAX_MODIFIERS} modifiers ({@link hasCount}, remembered). Read on the flat text: only the ending is sliced.
 */
function endsWithCount(text: string, from: number, to: number): boolean {
  const ending = text.slice(lastWordsStart(text, from, to, COUNT_WORDS), to);
  let known = countEndings.get(ending);
  if (known === undefined) {
    known = hasCount(lastWords(ending, COUNT_WORDS));
    if (countEndings.size >= MAX_ENDINGS) countEndings.clear();
    countEndings.set(ending, known);
  }
  return known;
}

/** Reads "over 20 (foreign)" back from the end of the words before the counted noun (`text` from `from` to `to`), with the words left before it. */
function countBefore(text: string, from: number, to: number): { value: number; qualifier: Qualifier; before: string[] } | null {
  // Most leads hold no number before the noun: the words that may hold it are read first, alone.
  if (!endsWithCount(text, from, to)) return null;
  // Only the last few words are ever read.
  const written = lastWords(text.slice(from, to), WORDS_READ);
  let member = false;
  for (let n = modifierCount(written); n > 0; n--) member = MEMBER_WORDS.has(written.pop()?.toLowerCase() ?? '') || member;
  const lowered = written.map((w) => w.toLowerCase());
  const last = lowered.pop() ?? '';
  let value = numberIn(last);
  if (value === null || value < 2) return null;
  // "a dozen", "two dozen": the word before "dozen" belongs to the number.
  if (last === 'dozen') {
    const times = numberIn(lowered[lowered.length - 1] ?? '');
    if (times !== null) value *= times;
    if (times !== null || lowered[lowered.length - 1] === 'a') lowered.pop();
  }
  // "30-plus countries": more than 30, the words before kept for takesPart.
  if (isPlus(last)) return { value, qualifier: 'over', before: lowered };
  // "12 of the 15 member states": the part counts, not the whole.
  const part = lowered[lowered.length - 1] === 'the' && lowered[lowered.length - 2] === 'of' ? numberIn(lowered[lowered.length - 3] ?? '') : null;
  if (part !== null && part >= 2 && part < value) return qualified(part, lowered.slice(0, -3));
  return qualified(value, lowered, member);
}

/**
 * The count of `value` read back from `lowered`, the lower-cased words before the number: the
 * qualifier's words ("over", "more than") give its qualifier; a definite word refers back ("the two
 * states") unless it opens a body's membership (`member`: "the six member states").
 */
function qualified(value: number, lowered: readonly string[], member = false): { value: number; qualifier: Qualifier; before: string[] } | null {
  // Only the qualifier's words are read as a qualifier; the words before them are kept for takesPart.
  for (let n = QUALIFIER_WORDS; n >= 1; n--) {
    const qualifier = QUALIFIERS.get(lowered.slice(-n).join(' '));
    if (lowered.length >= n && qualifier !== undefined) return { value, qualifier, before: lowered.slice(0, -n) };
  }
  // "the six member states" counts a body's whole membership; "the two states" refers back.
  const definite = lowered[lowered.length - 1] ?? '';
  if (DEFINITE.has(definite) && !(member && MEMBERSHIP.has(definite))) return null;
  return { value, qualifier: 'exactly', before: DEFINITE.has(definite) ? lowered.slice(0, -1) : [...lowered] };
}

/** How many characters before the counted noun (or the body's name before it) are read. */
const LEAD_CHARS = 60;

/**
 * {@link countBefore} across a body's name between the number and the counted noun, with or
 * without its acronym in brackets ("from 21 Pacific Islands Chiefs of Police (PICP) member
 * countries"): the lead before the noun at `to` (from `floor` on) is read with the name left out. Asked
 * only when the words before the noun hold no count, and only when a name ends within the modifiers.
 */
function countAcrossBody(ctx: Context, floor: number, to: number): ReturnType<typeof countBefore> {
  const ev = entityView(ctx);
  const { view } = ev;
  const noun = view.tokenAt(to);
  for (let k = noun - 1; k >= noun - 1 - MAX_MODIFIERS && k >= 0; k--) {
    const start = bodyStartBefore(ev, k);
    const first = view.tokens[start];
    if (first !== undefined && first.start > floor) {
      const from = Math.max(floor, first.start - LEAD_CHARS);
      const rest = view.tokens[k + 1]?.start ?? to;
      return countBefore(`${ctx.text.slice(from, first.start)}${ctx.text.slice(rest, to)}`, 0, first.start - from + to - rest);
    }
    if (!MODIFIERS.has(view.key(k))) return null;
  }
  return null;
}

/** Sets `event.participants.countryCount`. */
function run(ctx: Context): void {
  const { text } = ctx;
  for (const span of contentSpans(ctx)) {
    for (const n of NOUN.scan(text, span.start, span.end, ctx.tokens)) {
      const count = countBefore(text, Math.max(span.start, n.index - LEAD_CHARS), n.index) ?? countAcrossBody(ctx, span.start, n.index);
      if (count === null || !takesPart(count.before, text.slice(n.index + n[0].length, n.index + n[0].length + 40))) continue;
      // "expected to attend the meeting ..., which will bring together delegations from over 100 countries": another event's count.
      if (aboutOtherEvent(ctx, n.index)) continue;
      ctx.record.event.participants.countryCount = { value: count.value, qualifier: count.qualifier };
      ctx.trace(BY, () => `count ${count.value} ${count.qualifier}`);
      return;
    }
  }
}

/** Finds how many countries took part, as reported. */
export const countryCount: Extractor = { name: BY, run };
