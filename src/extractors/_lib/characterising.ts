/**
 * Clauses that only characterise something the text speaks of: "the PKK, listed as a terrorist
 * organisation by Türkiye, the US and the EU", "a movement banned in Russia and Kazakhstan". The
 * countries and bodies such a clause names are neither what the event is about nor taking part.
 * The words live in `data/participation-words.json` (`designatedBy`, `bannedIn`).
 * @module
 */
import words from '../../../data/participation-words.json';
import { alternation, endsWithWordOf } from './phrases.js';

/** A word of designating in a clause: "listed as ... by", "designated a terrorist group by". */
const DESIGNATED = new RegExp(`\\b(?:${alternation(words.designatedBy)})\\b`, 'i');
/** A lead ending "banned in (the)", "outlawed in". */
const BANNED_IN = new RegExp(`\\b(?:${alternation(words.bannedIn)})\\s+in\\s+(?:the\\s+)?$`, 'i');
const BY: readonly string[] = ['by'];
const IN: readonly string[] = ['in'];
/** How far back from the lead's end a designating word may stand in its clause. */
const CLAUSE_REACH = 80;

/** The clause the lead ends in: what follows its last comma, semicolon, parenthesis or full stop, at most {@link CLAUSE_REACH} characters. */
function clauseOf(lead: string): string {
  let from = Math.max(0, lead.length - CLAUSE_REACH);
  for (let i = lead.length - 1; i >= from; i--) {
    const c = lead.charCodeAt(i);
    // , ; ( . :
    if (c === 0x2c || c === 0x3b || c === 0x28 || c === 0x2e || c === 0x3a) {
      from = i + 1;
      break;
    }
  }
  return lead.slice(from);
}

/**
 * Whether the words before a mention (`lead`, from its sentence) end a clause that only
 * characterises something: a designating word and then "by" ("listed as a terrorist organisation
 * by"), or a word of banning right before "in" ("banned in").
 *
 * @example
 * ```ts
 * [characterisingLead('the PKK, listed as a terrorist organisation by '), characterisingLead('the talks hosted by ')];
 * //=> [true, false]
 * ```
 */
export function characterisingLead(lead: string): boolean {
  if (endsWithWordOf(lead, BY, 'the')) return DESIGNATED.test(clauseOf(lead));
  return endsWithWordOf(lead, IN, 'the') && BANNED_IN.test(lead.slice(-40));
}
