/**
 * The countries the event is about: those the content discusses ("the situation in Afghanistan",
 * "in Syria and Iraq", "revanchist forces in Armenia") that do not take part, are not the venue,
 * and are not named as the place of some other activity ("to take place in India", "a similar
 * gathering in Addis Ababa, Ethiopia"), as the seat of a body ("based in Algiers, Algeria"), or in a
 * clause that only characterises something ("listed as a terrorist organisation by A and B"), or
 * said to have stayed away ("A and B did not attend"), or only invited to the next event ("A and B, which
 * joined NATO, will be invited to the next meeting").
 * @module
 */
import events from '../../data/event-words.json';
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { absentTail, characterisingLead, characterisingTail, nextEventTail } from './_lib/characterising.js';
import { countryMentions } from './_lib/countries.js';
import { hitsOf } from './_lib/hits.js';
import { EndingPhrases } from './_lib/endingPhrases.js';
import { joinsList } from './_lib/listGap.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { alternation, endsWithWordOf } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { sentenceAt } from './_lib/sentences.js';
import { sortedCodes } from './_lib/sortCodes.js';
import { isSpaceAt } from '../text/space.js';

const BY = 'extractor/subjectCountries';
/** "to hold joint trainings in 2024 in", "set to take place in": a venue, not a subject ("organised crime in" names none). */
const VENUE_VERB = new RegExp(`\\b(?:${alternation(words.venueVerbs)})\\b(?!\\s+crim)`, 'i');
/** What joins two countries of one list. */
const AND: readonly string[] = ['and'];
const ENDS_IN = /\bin\s(?:the\s)?$/;

/** Whether a lead ends in "in" within a clause that names a place for an activity ("set to take place in"). */
function isVenue(lead: string): boolean {
  if (!ENDS_IN.test(lead)) return false;
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('.')) + 1);
  return VENUE_VERB.test(clause.slice(-90));
}
/** "a similar gathering in", "the conference in": the place of another event. */
/** The words that {@link EVENT_IN}, {@link PLACE_DISCUSSED} and {@link TERRITORY} end with, for a cheap first test. */
const IN: readonly string[] = ['in'];
const OF: readonly string[] = ['of'];
const PLACE_WORDS: readonly string[] = ['in', 'around', 'about', 'towards', 'toward', 'into', 'inside'];
const EVENT_IN = new RegExp(`\\b(?:${alternation(Object.keys(events.kinds))})\\s+in\\s+(?:the\\s+)?$`, 'i');
/** "security in Afghanistan", "the situation around Syria": the country as the place discussed. */
const PLACE_DISCUSSED = /\b(?:in|around|about|towards|toward|into|inside)\s+(?:the\s+)?$/i;
/** How often a participant must be discussed as a place before it counts as a subject too. */
const PARTICIPANT_AS_SUBJECT = 2;
/** "AFRIPOL is based in", "headquartered in": the seat of a body, not a country discussed. */
const SEATED_IN = /\b(?:based|headquartered|located|seated|situated)\s+in\s+(?:the\s+)?$/i;
const TERRITORY = /\b(?:territory|territories)\s+of\s+(?:the\s+)?$/i;
/** "hosted by", "under the chairmanship of": the host or chair of an event. */
const CHAIRED_BY = new RegExp(`\\b(?:${alternation(words.chairPhrases)})\\s+(?:the\\s+)?$`, 'i');
/** The phrases {@link CHAIRED_BY} ends with, for a cheap first test (a lead ending "of" is common, one ending "chaired by" is not). */
const CHAIRED_BY_ENDS = new EndingPhrases(words.chairPhrases, 'the');

/**
 * Whether the words after a list ending at `end` (in a sentence ending at `sEnd`) only say something
 * of it: "which the US and the UK have designated a terrorist group", "did not attend".
 */
function saidOfTail(text: string, end: number, sEnd: number): boolean {
  // Both tests open with white space, or a comma before an aside: a list followed by anything else (a full stop) is not sliced.
  const space = isSpaceAt(text, end);
  if (!space && text.charCodeAt(end) !== 0x2c) return false;
  const tail = text.slice(end, Math.min(sEnd, end + 120));
  return (space && characterisingTail(tail)) || absentTail(tail) || nextEventTail(tail);
}

/** Sets `event.subjectCountries`. */
function run(ctx: Context): void {
  const { text } = ctx;
  const spans = contentSpans(ctx);
  const taking = new Set(ctx.record.event.participants.countries);
  const venue = ctx.record.event.location?.country ?? null;
  const codes = new Set<string>();
  const discussed = new Map<string, number>();
  const mentions = countryMentions(ctx);
  // "in Addis Ababa, Ethiopia": the country of a place is read with what stands before the place (the places are mapped only for a text that has such a list).
  let cityEnds: ReadonlyMap<number, number> | undefined;
  let listStart = 0;
  /** Where the list the mention belongs to ends, and the index of its last mention: read once per list, when its first mention is reached. */
  let listEnd = 0;
  let listLast = -1;
  /** Whether the words after the list only say something of it (see {@link saidOfTail}), read when first asked. */
  let tailSaysOf: boolean | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m === undefined) continue;
    // A mention past the list's last one opens the next list (the gaps within a list were read when it opened).
    if (i > listLast) {
      listStart = m.start;
      listEnd = m.end;
      listLast = i;
      tailSaysOf = undefined;
      for (let j = i + 1; ; j++) {
        const last = mentions[j - 1];
        const next = mentions[j];
        if (last === undefined || next === undefined || !joinsList(text, last.end, next.start, AND, true)) break;
        listEnd = next.end;
        listLast = j;
      }
    }
    if (m.via === 'agency' || !inSpans(spans, m.start) || m.code === venue) continue;
    // A country already found a subject, not taking part, can gain nothing from reading its lead.
    if (!taking.has(m.code) && codes.has(m.code)) continue;
    const s = sentenceAt(text, listStart);
    let placeStart: number | undefined;
    if (text.startsWith(', ', listStart - 2)) {
      cityEnds ??= new Map(hitsOf(ctx.hits, 'city').map((h) => [h.end, h.start]));
      placeStart = cityEnds.get(listStart - 2);
    }
    const leadEnd = placeStart !== undefined && placeStart >= s.start ? placeStart : listStart;
    const leadStart = Math.max(s.start, leadEnd - 120);
    // Each pattern ends the lead with a word of its own: tested first, cheaply, on the flat text; the lead is sliced only for a pattern.
    if (endsWithWordOf(text, IN, 'the', leadStart, leadEnd)) {
      const lead = text.slice(leadStart, leadEnd);
      if (isVenue(lead) || EVENT_IN.test(lead) || SEATED_IN.test(lead)) continue;
    }
    if (endsWithWordOf(text, OF, 'the', leadStart, leadEnd) && TERRITORY.test(text.slice(leadStart, leadEnd))) continue;
    // "the PKK, listed as a terrorist organisation by Türkiye, the US and the EU", "which the US and the UK have
    // designated a terrorist group": said of something, not discussed.
    // The tail opens with white space: tested only after it.
    // "Venezuela, suspended from the bloc since 2016, did not attend": stayed away, not discussed. The tail is read once per list.
    if (characterisingLead(text, leadStart, leadEnd) || (tailSaysOf ??= saidOfTail(text, listEnd, s.end))) continue;
    // "The next conference will be hosted by the Philippines": the host of another event, not a country discussed.
    if (CHAIRED_BY_ENDS.mayEnd(text, leadStart, leadEnd) && CHAIRED_BY.test(text.slice(leadStart, leadEnd)) && aboutOtherEvent(ctx, listStart)) continue;
    if (!taking.has(m.code)) codes.add(m.code);
    else if (endsWithWordOf(text, PLACE_WORDS, 'the', leadStart, leadEnd) && PLACE_DISCUSSED.test(text.slice(leadStart, leadEnd))) discussed.set(m.code, (discussed.get(m.code) ?? 0) + 1);
  }
  // A participant that the text keeps discussing as a place ("security in Afghanistan") is a subject too.
  for (const [code, n] of discussed) {
    if (n >= PARTICIPANT_AS_SUBJECT && code !== ctx.record.event.host?.country) codes.add(code);
  }
  ctx.record.event.subjectCountries = sortedCodes(codes);
  ctx.trace(BY, () => `subjects ${[...codes].join(' ')}`);
}

/** Finds the countries the event is about. */
export const subjectCountries: Extractor = { name: BY, run };
