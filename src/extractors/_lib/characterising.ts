/**
 * Clauses that only characterise something the text speaks of: "the PKK, listed as a terrorist
 * organisation by Türkiye, the US and the EU", "a movement banned in Russia and Kazakhstan". The
 * countries and bodies such a clause names are neither what the event is about nor taking part.
 * The words live in `data/participation-words.json` (`designatedBy`, `bannedIn`).
 * @module
 */
import words from '../../../data/participation-words.json';
import { EndingPhrases } from './endingPhrases.js';
import { speaksOfNext } from './otherEvent.js';
import { alternation, endsWithWordOf } from './phrases.js';
import { isSpaceAt } from '../../text/space.js';

/** A word of designating in a clause: "listed as ... by", "designated a terrorist group by". */
const DESIGNATED = new RegExp(`\\b(?:${alternation(words.designatedBy)})\\b`, 'i');
/** A list's tail opening with a designating verb: "... which the US, the UK and Turkey have designated a terrorist group". */
const DESIGNATED_AFTER = new RegExp(`^\\s+(?:have\\s+|has\\s+|had\\s+)?(?:long\\s+|also\\s+)?(?:${alternation(words.designatedBy)})\\b`, 'i');
/** A list's tail saying it stayed away: "did not attend", "were not represented". */
const ABSENT_AFTER = new RegExp(`^\\s+(?:${alternation(words.absentPredicates)})\\b`, 'i');
/** How far an aside set off by commas after a list may reach: "Venezuela, suspended from the bloc since 2016, did not attend". */
const ASIDE_REACH = 80;
/** A relative aside opening a list's tail: ", which", ", who". */
const RELATIVE_ASIDE = /^,\s+(?:which|who)\s/;
/** A lead ending "banned in (the)", "outlawed in". */
const BANNED_IN = new RegExp(`\\b(?:${alternation(words.bannedIn)})\\s+in\\s+(?:the\\s+)?$`, 'i');
/** A lead ending "recognised as extremist in", "designated as a terrorist group in". */
const DESIGNATED_AS_IN = new RegExp(`\\b(?:${alternation(words.designatedBy)})\\s+as\\s+(?:[\\p{L}-]+\\s+){1,3}in\\s+(?:the\\s+)?$`, 'iu');
/** The phrases {@link BANNED_IN} ends with, for a cheap first test. */
const BANNED_IN_ENDS = new EndingPhrases(words.bannedIn.map((w) => `${w} in`), 'the');
const BY: readonly string[] = ['by'];
const IN: readonly string[] = ['in'];
/** How far back from the lead's end a designating word may stand in its clause. */
const CLAUSE_REACH = 80;

/** Where the clause the lead (`text` from `from` to `to`) ends in starts: after its last comma, semicolon, parenthesis or full stop, at most {@link CLAUSE_REACH} characters back. */
function clauseStart(text: string, from: number, to: number): number {
  const start = Math.max(from, to - CLAUSE_REACH);
  for (let i = to - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    // , ; ( . :
    if (c === 0x2c || c === 0x3b || c === 0x28 || c === 0x2e || c === 0x3a) return i + 1;
  }
  return start;
}

/**
 * Whether "as" stands between white space in `text` from `from` to `to`, in any case ("ſ" is an "s" to a pattern with the
 * `i` and `u` flags): a cheap first test for {@link DESIGNATED_AS_IN}, which most clauses ending in "in" fail.
 */
function hasAs(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i + 2 < to; i++) {
    if ((text.charCodeAt(i) | 0x20) !== 0x61 || !isSpaceAt(text, i - 1) || !isSpaceAt(text, i + 2)) continue;
    const s = text.charCodeAt(i + 1);
    if ((s | 0x20) === 0x73 || s === 0x17f) return true;
  }
  return false;
}

/**
 * Whether the words before a mention (`lead`, from its sentence; or the part of it from `from` to
 * `to`, so that a caller passes the flat text, unsliced) end a clause that only
 * characterises something: a designating word and then "by" ("listed as a terrorist organisation
 * by"), a word of banning right before "in" ("banned in"), or a designating word, "as" and a few
 * words before "in" ("recognised as extremist in").
 *
 * @example
 * ```ts
 * [characterisingLead('the PKK, listed as a terrorist organisation by '), characterisingLead('the talks hosted by ')];
 * //=> [true, false]
 * ```
 */
export function characterisingLead(lead: string, from = 0, to = lead.length): boolean {
  if (endsWithWordOf(lead, BY, 'the', from, to)) return DESIGNATED.test(lead.slice(clauseStart(lead, from, to), to));
  if (!endsWithWordOf(lead, IN, 'the', from, to)) return false;
  // Each pattern is run on the clause only after its cheap first test: most leads end in a plain "in".
  const start = clauseStart(lead, from, to);
  const last40 = Math.max(start, to - 40);
  return (BANNED_IN_ENDS.mayEnd(lead, last40, to) && BANNED_IN.test(lead.slice(last40, to))) || (hasAs(lead, start, to) && DESIGNATED_AS_IN.test(lead.slice(start, to)));
}

/**
 * Whether the words after a list (`tail`) make it the subject of a designating verb: "which the US,
 * the UK and Turkey have designated a terrorist group".
 *
 * @example
 * ```ts
 * [characterisingTail(' have designated a terrorist group.'), characterisingTail(' signed a memorandum.')];
 * //=> [true, false]
 * ```
 */
export function characterisingTail(tail: string): boolean {
  return DESIGNATED_AFTER.test(tail);
}

/**
 * Whether the words after a list (`tail`) say that its countries stayed away, perhaps after an aside
 * set off by commas: "did not attend", ", which are suspended from the bloc, were not represented".
 *
 * @example
 * ```ts
 * [absentTail(', suspended since 2016, did not attend.'), absentTail(' did not attend.'), absentTail(' attended.')];
 * //=> [true, true, false]
 * ```
 */
export function absentTail(tail: string): boolean {
  if (ABSENT_AFTER.test(tail)) return true;
  const rest = pastAside(tail);
  return rest !== null && ABSENT_AFTER.test(rest);
}

/** The words after an aside set off by commas at the start of `tail` (", which ... ,"), or null when it opens with none. */
function pastAside(tail: string): string | null {
  if (tail.charCodeAt(0) !== 0x2c) return null;
  const close = tail.indexOf(',', 1);
  return close > 0 && close <= ASIDE_REACH ? tail.slice(close + 1) : null;
}

/**
 * Whether the words after a list, past a relative aside, speak of the next event: its countries are
 * guests of that one, neither taking part in nor discussed at this one.
 *
 * @example
 * ```ts
 * [nextEventTail(', which joined NATO recently, will be invited to the next meeting.'), nextEventTail(', which joined NATO recently, attended.')];
 * //=> [true, false]
 * ```
 */
export function nextEventTail(tail: string): boolean {
  if (!RELATIVE_ASIDE.test(tail)) return false;
  const rest = pastAside(tail);
  return rest !== null && speaksOfNext(rest);
}
