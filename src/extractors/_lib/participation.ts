/**
 * Which country mentions name a participant: a service of the country in a sentence about the
 * meeting or with its official named (not one only spoken of: "accused the CIA"), a demonym before a word
 * for a delegation or service ("Russian and Belarusian special services"), a possessive before
 * one ("Azerbaijan's national intelligence agency"), an office or body "of" the country ("Minister
 * of Defence of the Republic of Tajikistan"), or a list after a word for delegations ("the heads
 * and delegations of the special services of A, B ... and Z", "Delegations from A, B and C"), or a
 * person's country after the name ("Police Major General Thanet Suwannarat of Thailand") in a
 * sentence about who took part.
 * @module
 */
import events from '../../../data/event-words.json';
import words from '../../../data/participation-words.json';
import type { Context } from '../../pipeline/context.js';
import { absentTail, characterisingLead, characterisingTail, nextEventTail } from './characterising.js';
import { countryMentions, type CountryMention } from './countries.js';
import { joinsList, joinsListPastItem } from './listGap.js';
import { EndingPhrases } from './endingPhrases.js';
import { alternation, endsWithWordOf } from './phrases.js';
import { contentSpans, inSpans } from './scope.js';
import { sentenceAt } from './sentences.js';
import { isSpaceAt } from '../../text/space.js';

/** How far back a list's cue may stand from the list. */
const CUE_WINDOW = 60;
const CUE = new RegExp(`\\b(?:${alternation(words.cues)})\\b`, 'i');
/** A sentence about the meeting itself: who met, hosted, signed or took part. */
const MEETING = new RegExp(`\\b(?:${alternation(words.meetingVerbs)})\\b`, 'i');
/**
 * After a list, a verb of taking part (a headline's present "Bahrain takes part in ..." too), or a verb
 * of meeting or agreeing whose subject the list is, perhaps after a day ("The Philippines and Japan on Thursday agreed").
 */
const CUE_AFTER =
  /^[^.;]{0,40}?\b(?:attended|attends|took part|takes part|take part|taking part|participated|participates|were represented|joined|joins)\b|^\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:have\s+|has\s+)?(?:agreed|met|held|signed|discussed|decided|exchanged|pledged|vowed|reaffirmed)\b/i;
/** A list of the members of a group ("the Organ Troika, made up of A, B and C"), which takes part when its sentence names who took part. */
const MEMBERS_OF = /\b(?:made\s+up\s+of|comprising|consisting\s+of|composed\s+of)\s+(?:the\s+)?$/i;
/** The words {@link MEMBERS_OF} ends with, for a cheap first test. */
const MEMBERS_OF_ENDS: readonly string[] = ['of', 'comprising'];
/** An event "between" the list: "the joint exercise "Warrior-VIII" between the armed forces of Pakistan and China". */
const EVENT_BETWEEN = new RegExp(`\\b(?:${alternation(Object.keys(events.kinds))})(?:\\s+"[^"\\n]{1,40}")?\\s+between\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'iu');
const NOT_BEFORE = new RegExp(`\\b(?:${alternation(words.notBefore)})\\s+(?:the\\s+)?$`, 'i');
/** The phrases {@link NOT_BEFORE} ends with, for a cheap first test. */
const NOT_BEFORE_ENDS = new EndingPhrases(words.notBefore, 'the');
/**
 * Whether a lead (`text` from `from` to `to`, all of it by default) ends with a word that keeps the country after it from taking
 * part ({@link NOT_BEFORE}): "on the", "discussed". The lead is sliced only when the pattern must run.
 */
export const notBefore = (text: string, from = 0, to = text.length): boolean => NOT_BEFORE_ENDS.mayEnd(text, from, to) && NOT_BEFORE.test(text.slice(from, to));
/** {@link notBefore} on the 40 units before `at`. */
const notBeforeAt = (text: string, at: number): boolean => notBefore(text, Math.max(0, at - 40), at);
/** The words that may qualify the noun after a demonym or a country's name: "Indian border forces", "the US top officials". */
const NOUN_MODIFIERS: readonly string[] = ['national', 'state', 'top', 'senior', 'foreign', 'military', 'special', 'security', 'border'];
const DEMONYM_NOUN = new RegExp(`^\\s+(?:(?:${alternation(NOUN_MODIFIERS)})\\s+){0,2}(?:${alternation(words.demonymNouns)})\\b`, 'i');
/** The words that may open {@link DEMONYM_NOUN} after its white space: its modifiers and its nouns. */
const DEMONYM_NOUN_OPENERS: readonly string[] = [...NOUN_MODIFIERS, ...words.demonymNouns];
/** 1 at each lower-case ASCII letter that opens one of {@link DEMONYM_NOUN_OPENERS}: a word opening otherwise cannot start the pattern's words. */
const OPENS_DEMONYM_NOUN = new Uint8Array(0x80);
for (const w of DEMONYM_NOUN_OPENERS) OPENS_DEMONYM_NOUN[w.charCodeAt(0) | 0x20] = 1;
const POSSESSIVE_NOUN = new RegExp(`^'s?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(words.demonymNouns)})\\b`, 'iu');
/** "'s neighbouring", "'s neighbours": a possessive that names other countries than its own. */
const NEIGHBOURS_AFTER = new RegExp(`^'s?\\s+(?:${alternation(words.neighbourWords)})\\b`, 'i');
const OF_ORG = new RegExp(`\\b(?:${alternation(words.orgNouns)})\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?$`);
/** How far back {@link ofOrTheBefore} reads. */
const OF_LEAD_REACH = 16;

/**
 * A cheap first test for {@link OF_ORG}, read in place: the 16 units before `at` end with "of" or "the" and white space (a
 * match of the pattern ends so, its last word after white space).
 */
function ofOrTheBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - OF_LEAD_REACH);
  let end = at;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  if (end === at) return false;
  return (end - 2 >= from && text.startsWith('of', end - 2)) || (end - 3 >= from && text.startsWith('the', end - 3));
}
/** What joins the items of a list of countries. */
const LIST_CONNECTORS = ['and', '&', 'as well as'];
/** What joins a chain of demonyms ("Russian and Belarusian"). */
const AND: readonly string[] = ['and'];

/** How far after a mention {@link DEMONYM_NOUN} reads. */
const NOUN_REACH = 60;

/**
 * Whether a word for a delegation or service follows `end` ({@link DEMONYM_NOUN}), tested only after white space, which the
 * pattern opens with (most mentions are followed by punctuation), and before a word whose first letter opens one of its words
 * (the pattern's words are ASCII, which a unit beyond ASCII never matches with the `i` flag and no `u`).
 */
function nounAfter(text: string, end: number): boolean {
  const reach = Math.min(text.length, end + NOUN_REACH);
  let k = end;
  while (k < reach && isSpaceAt(text, k)) k++;
  if (k === end || k >= reach) return false;
  const c = text.charCodeAt(k);
  return c < 0x80 && OPENS_DEMONYM_NOUN[c | 0x20] === 1 && DEMONYM_NOUN.test(text.slice(end, end + NOUN_REACH));
}

/** A verb of discussing. */
const DISCUSSED = new RegExp(`\\b(?:${alternation(words.discussionVerbs)})\\b`, 'i');
/**
 * Whether a list's lead ends in what was discussed, with no word of taking part after the verb: "The participants also
 * discussed the consequences of Russia's war" (not "discussed cooperation with the delegations of Iran and Iraq").
 */
function discussedIn(lead: string): boolean {
  const m = DISCUSSED.exec(lead);
  return m !== null && !CUE.test(lead.slice(m.index + m[0].length));
}

/** Groups the mentions other than services into lists: runs joined by commas and "and". */
function lists(text: string, mentions: readonly CountryMention[]): CountryMention[][] {
  const runs: CountryMention[][] = [];
  let run: CountryMention[] = [];
  for (const m of mentions) {
    if (m.via === 'agency') continue;
    const last = run[run.length - 1];
    // A hyphen joins a compound ("the Tajik-Afghan border", "Russian-Chinese talks"): its countries stand or fall together.
    const joined = m.start === (last?.end ?? -2) + 1 && text.charCodeAt(m.start - 1) === 0x2d;
    // An item no table knows may stand inside the list ("Croatia, Kosovo, Montenegro").
    if (last !== undefined && (joined || joinsList(text, last.end, m.start, LIST_CONNECTORS, true) || joinsListPastItem(text, last.end, m.start, LIST_CONNECTORS, true))) run.push(m);
    else {
      if (run.length > 0) runs.push(run);
      run = [m];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The up to `reach` characters of `text` before offset `at`. */
const leadOf = (text: string, at: number, reach: number): string => text.slice(Math.max(0, at - reach), at);

/** Where the hyphenated compound a mention ends ("N. Korea-Russia military ties") starts: its first country's start. */
function compoundStart(text: string, mentions: readonly CountryMention[], i: number): number {
  let k = i;
  for (let prev = mentions[k - 1]; prev !== undefined && prev.end === (mentions[k]?.start ?? 0) - 1 && text[prev.end] === '-'; prev = mentions[--k - 1]);
  return mentions[k]?.start ?? 0;
}

/** The words that open a relative clause after a comma: ", which the US ...". */
const RELATIVE_OPENERS: readonly string[] = [', which ', ', who ', ', whom ', ', whose '];

/** The lead from the last relative clause it opens on (", which the "), or the whole lead when it opens none. */
function relativeClauseOf(lead: string): string {
  let from = 0;
  for (const opener of RELATIVE_OPENERS) from = Math.max(from, lead.lastIndexOf(opener) + 1);
  return from === 0 ? lead : lead.slice(from);
}

/** Where the people's mentions end. */
function personEnds(ctx: Context): ReadonlySet<number> {
  const ends = new Set<number>();
  for (const p of ctx.record.people) for (const at of p.mentions) ends.add(at.end);
  return ends;
}

let memoText: string | null = null;
let memoCodes: ReadonlySet<string> = new Set();

/**
 * The participant countries the content names (not yet the host), as a set of codes (computed
 * once per text).
 */
export function participantCodes(ctx: Context): ReadonlySet<string> {
  if (ctx.text === memoText) return memoCodes;
  const { text } = ctx;
  const spans = contentSpans(ctx);
  const all = countryMentions(ctx);
  // Most texts name no country outside the content: their mentions are used as they are, not copied.
  const mentions = all.every((m) => inSpans(spans, m.start)) ? all : all.filter((m) => inSpans(spans, m.start));
  const codes = new Set<string>();
  // A service takes part when its sentence is about the meeting, not when it is only spoken of ("accused the CIA").
  // Several services often share a sentence: each sentence is read once.
  const verdicts = new Map<number, boolean>();
  const aboutMeeting = (at: number): boolean => {
    const s = sentenceAt(text, at);
    let verdict = verdicts.get(s.start);
    if (verdict === undefined) {
      const sentence = text.slice(s.start, s.end);
      verdict = CUE.test(sentence) || MEETING.test(sentence);
      verdicts.set(s.start, verdict);
    }
    return verdict;
  };
  /** Where the people's mentions end, read when a country after " of " first asks. */
  let ends: ReadonlySet<number> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Each test below only adds the mention's own code: a country already taking part needs none of them.
    if (m === undefined || codes.has(m.code)) continue;
    if (m.via === 'agency') {
      // "Deputy Chairman of the National Security Committee ...": the service speaks through its official.
      if (aboutMeeting(m.start) || OF_ORG.test(leadOf(text, m.start, 60))) codes.add(m.code);
      continue;
    }
    if (m.via === 'demonym') {
      // Follow a chain "Russian and Belarusian" to the noun it qualifies.
      let end = m.end;
      let j = i + 1;
      for (let next = mentions[j]; next?.via === 'demonym' && joinsList(text, end, next.start, AND, false); next = mentions[++j]) end = next.end;
      const service = mentions[j];
      // "attacks commissioned by Russian intelligence services": a service that is the subject matter takes no part.
      if (nounAfter(text, end) || (service?.via === 'agency' && service.start >= end && service.start - end <= 2 && aboutMeeting(service.start))) {
        if (!notBeforeAt(text, m.start)) codes.add(m.code);
      }
      continue;
    }
    // Cheap first tests: a possessive opens with an apostrophe, "... of (the)" ends in white space.
    // "to discuss North Korea's growing military cooperation": a possessive after "discuss" is what is discussed.
    if (text.charCodeAt(m.end) === 0x27 && POSSESSIVE_NOUN.test(text.slice(m.end, m.end + 60))) {
      if (!notBeforeAt(text, m.start)) codes.add(m.code);
    }
    // A name used as an adjective, like a demonym: "the US delegation", "New Zealand officials".
    else if (nounAfter(text, m.end) && !notBeforeAt(text, compoundStart(text, mentions, i))) codes.add(m.code);
    // "Representatives of Afghanistan were not invited": named with an office, but stayed away.
    else if (ofOrTheBefore(text, m.start) && OF_ORG.test(leadOf(text, m.start, 60)) && !NEIGHBOURS_AFTER.test(text.slice(m.end, m.end + 30)) && !absentTail(text.slice(m.end, m.end + 120)))
      codes.add(m.code);
    // "Police Major General Thanet Suwannarat of Thailand", in a sentence about who took part: the person's country.
    else if (text.startsWith(' of ', m.start - 4) && (ends ??= personEnds(ctx)).has(m.start - 4) && aboutMeeting(m.start)) codes.add(m.code);
  }
  for (const run of lists(text, mentions)) {
    const first = run[0];
    const last = run[run.length - 1];
    // A run whose countries all take part already can add none.
    if (first === undefined || last === undefined || run.every((m) => codes.has(m.code))) continue;
    const sentence = sentenceAt(text, first.start);
    const leadStart = Math.max(sentence.start, first.start - CUE_WINDOW);
    const lead = text.slice(leadStart, first.start);
    const tail = text.slice(last.end, sentence.end);
    // "Delegations from Benin and Niger did not attend": named with a cue, but stayed away.
    if (notBefore(text, leadStart, first.start) || characterisingLead(text, leadStart, first.start) || characterisingTail(tail) || absentTail(tail)) continue;
    const members = endsWithWordOf(text, MEMBERS_OF_ENDS, 'the', leadStart, first.start) && MEMBERS_OF.test(lead) && CUE.test(text.slice(sentence.start, first.start));
    // "Bangladesh and India border forces": the noun after the last name is every name's.
    const nounOfAll = run.length > 1 && nounAfter(text, last.end);
    // "Intelligence chiefs ... met on ISIS, which the US ...": a cue before a relative clause is not the list's.
    if (!(members || nounOfAll || CUE.test(relativeClauseOf(lead)) || CUE_AFTER.test(tail) || (run.length > 1 && EVENT_BETWEEN.test(lead)))) continue;
    // "Finland and Sweden, which joined NATO recently, will be invited to the next meeting": guests of another event.
    // "the services of Sudan's neighbouring countries": the neighbours take part, not the country named.
    if (nextEventTail(tail) || discussedIn(lead) || NEIGHBOURS_AFTER.test(tail)) continue;
    for (const m of run) codes.add(m.code);
  }
  memoText = text;
  memoCodes = codes;
  return codes;
}
