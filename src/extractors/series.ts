/**
 * The recurring series an event belongs to, and its edition: "the 47th meeting of the Council of
 * ..." (the Council, 47), "The XXIV Conference of ..." (24), "3rd INTERPOL ... Meeting for ..." (3),
 * "the regular meeting of the heads of ..." (no edition), "meeting of the CIS Council of ...".
 * @module
 */
import cues from '../../data/cues.json';
import words from '../../data/event-words.json';
import offices from '../../data/offices.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { isSpaceAt } from '../text/space.js';
import { hasFoldedAt } from '../text/wordUnit.js';
import { contentNouns, type EventNoun } from './_lib/eventNouns.js';
import { startsUpper } from './_lib/letterCase.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { EndingPhrases } from './_lib/endingPhrases.js';
import { alternation } from './_lib/phrases.js';

const BY = 'extractor/series';
const RECURRENCE = new RegExp(`\\b(?:${alternation(words.recurrence)})\\s+$`, 'i');
/** The words {@link RECURRENCE} ends with (no optional word after them), compared backwards as a cheap first test. */
const RECURRENCE_ENDS_WITH = new EndingPhrases(words.recurrence, '');
/** How far before a noun a recurrence word is looked for. */
const RECURRENCE_REACH = 30;
/** The last letters of the recurrence words (lower-case). */
const RECURRENCE_ENDS: ReadonlySet<string> = new Set(words.recurrence.map((w) => w.slice(-1).toLowerCase()));
/** {@link RECURRENCE_ENDS} by code, for an ASCII letter lower-cased by `| 0x20`. */
const RECURRENCE_END_CODES: ReadonlySet<number> = new Set([...RECURRENCE_ENDS].map((c) => c.charCodeAt(0)));

/** Whether the unit at `i` can end a recurrence word ({@link RECURRENCE_ENDS}), ASCII decided without a string. */
function endsRecurrenceWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x80) return RECURRENCE_ENDS.has((text[i] ?? '').toLowerCase());
  return ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) && RECURRENCE_END_CODES.has(c | 0x20);
}

/**
 * Whether a recurrence word and white space end the few characters before `at` ("the regular
 * meeting"): {@link RECURRENCE} on them, after a cheap test that the letter before that white
 * space can end such a word.
 */
function recurringBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - RECURRENCE_REACH);
  let i = at;
  while (i > from && isSpaceAt(text, i - 1)) i--;
  if (i === at || i === from || !endsRecurrenceWord(text, i - 1)) return false;
  return RECURRENCE_ENDS_WITH.mayEnd(text, from, at) && RECURRENCE.test(text.slice(from, at));
}
/** A word of a name, with its hyphen or dash compounds ("Turkic – Speaking", "Anti-Terrorist"). */
const TOKEN = /^\s*([\p{L}\p{N}'’&]+(?:\s?[-–]\s?[\p{L}\p{N}]+)*)/u;
/** {@link TOKEN} read in place (sticky), not on a slice. */
const TOKEN_AT = /\s*([\p{L}\p{N}'’&]+(?:\s?[-–]\s?[\p{L}\p{N}]+)*)/uy;
/** How far on from its start a word of a name is read. */
const TOKEN_REACH = 80;

/**
 * {@link TOKEN} on the {@link TOKEN_REACH} characters from `pos`, matched in place: the same match
 * unless the word runs past them, when the slice is read as before (rare).
 */
function tokenAt(text: string, pos: number): RegExpExecArray | null {
  TOKEN_AT.lastIndex = pos;
  const m = TOKEN_AT.exec(text);
  return m === null || m[0].length <= TOKEN_REACH ? m : TOKEN.exec(text.slice(pos, pos + TOKEN_REACH));
}
/** Lower-case words that join the words of a name. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'against']);
/** Lower-case words that belong to names of bodies ("... of the CIS member states"). */
const NAME_LOWER: ReadonlySet<string> = new Set(['member', 'states', 'countries', 'member-states', 'nations']);
/** Words that end a lower-case description ("... of the CIS countries was held"). */
/** Two capitals in a row: an acronym ("INTERPOL", "CIS"). */
const TWO_CAPITALS = /\p{Lu}{2}/u;
const STOP = /^(?:was|were|is|are|will|would|has|have|had|held|took|takes|in|on|at|with|under|from|to|during|between|by|that|which|who|where|as|when|kicked|kicks|opened|opens|began|begins|started|starts|concluded|ended|closed|convened|gathered|met|here|today|yesterday)$/i;

/** The most capitalised words an item of a list inside a name may have. */
const MAX_ITEM_WORDS = 6;

/**
 * Whether a list of capitalised names goes on from `at` to its closing "and": items of
 * capitalised words separated by ", ", the last after " and " ("Security Agencies and Law
 * Enforcement Bodies"). A comma followed by anything else ends the name.
 */
function listContinues(text: string, at: number): boolean {
  let pos = at;
  for (let items = 0; items < MAX_ITEM_WORDS; items++) {
    let words = 0;
    for (let m = CAPITAL_WORD.exec(text.slice(pos, pos + 40)); m !== null && words < MAX_ITEM_WORDS; m = CAPITAL_WORD.exec(text.slice(pos, pos + 40))) {
      pos += m[0].length;
      words++;
    }
    if (words === 0) return false;
    if (text.startsWith('and ', pos)) return startsUpper(text.slice(pos + 4, pos + 5));
    if (!text.startsWith(', ', pos)) return false;
    pos += 2;
  }
  return false;
}

/** One capitalised word and the space after it ("Security "), or the word before a comma ("Agencies,"). */
const CAPITAL_WORD = /^\p{Lu}[\p{L}-]*(?: |(?=,))/u;

/** Reads a name from `at`: capitalised words and connectors, or (when `lower`) any words up to a stop word. */
function readName(text: string, at: number, lower: boolean): { name: string; end: number } | null {
  let pos = at;
  const parts: string[] = [];
  let kept = 0;
  let keptEnd = at;
  for (let n = 0; n < 24; n++) {
    // "Heads of Special Services, Security Agencies and ...": a comma inside a list of capitalised names.
    if (!lower && parts.length > 0 && text.startsWith(', ', pos) && listContinues(text, pos + 2)) {
      parts[parts.length - 1] += ',';
      pos += 1;
      continue;
    }
    const m = tokenAt(text, pos);
    if (m?.[1] === undefined) break;
    const word = m[1];
    // A name ends with its line: "... of the Pacific Alliance" then the dateline's "Lima".
    if (lineEndsIn(text, pos, pos + m[0].length - word.length)) break;
    const capital = startsUpper(word) || TWO_CAPITALS.test(word);
    if (lower ? STOP.test(word) : !(capital || CONNECTORS.has(word) || NAME_LOWER.has(word))) break;
    parts.push(word);
    pos += m[0].length;
    if (!CONNECTORS.has(word)) {
      kept = parts.length;
      keptEnd = pos;
    }
  }
  // One word is no name, and the only white space a word holds is around its dashes, which are closed up below.
  if (kept < 2) return null;
  const joined = parts.slice(0, kept).join(' ');
  // Each pattern only where it can match: a dash, a first letter "t".
  const closed = joined.includes('-') || joined.includes('–') ? joined.replace(/\s?[-–]\s?/g, '-') : joined;
  const name = (closed.charCodeAt(0) | 0x20) === 0x74 ? closed.replace(/^the\s+/i, '') : closed;
  // Two words or more.
  return name.includes(' ') ? { name, end: keptEnd } : null;
}

/** Whether a line ends between `from` and `to`. */
function lineEndsIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** `text.slice(from).search(/\s/) + from` without the slice: the first white space from `from`, else `from - 1`. */
function firstSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isSpaceAt(text, i)) return i;
  return from - 1;
}

/** The honorific phrases, longest first ("Their Highnesses and Excellencies" before "Their Highnesses"). */
const HONORIFIC_PHRASES: readonly string[] = [...cues.honorificPhrases].sort((a, b) => b.length - a.length);

/** Past an honorific phrase at `at` and the "the" after it ("of Their Excellencies the Ministers of ..."): where a body's name starts. */
function pastHonorific(text: string, at: number): number {
  const phrase = HONORIFIC_PHRASES.find((p) => text.startsWith(p, at) && text.charCodeAt(at + p.length) === 0x20);
  if (phrase === undefined) return at;
  const next = at + phrase.length + 1;
  return text.startsWith('the ', next) ? next + 4 : next;
}

/** The series of one event noun, if its context shows one. */
function seriesOf(text: string, noun: EventNoun): { name: string; edition: number | null } | null {
  const after = text.slice(noun.end, noun.end + 8);
  const of = /^\s+of\s+(?:the\s+)?/i.exec(after);
  // The name after "of" starts past an honorific: "the 41st meeting of Their Highnesses and Excellencies the Ministers of Interior".
  const nameAt = of ? pastHonorific(text, noun.end + of[0].length) : 0;
  const capitalNoun = startsUpper(text.slice(noun.start, noun.end));
  if (noun.edition !== null) {
    // "the 9th Meeting of the Council of ...": a meeting's series is the body that meets.
    if (of && noun.kind === 'meeting') {
      const body = readName(text, nameAt, false);
      if (body) return { name: body.name, edition: noun.edition };
    }
    if (capitalNoun || !of) {
      const wordStart = firstSpace(text, noun.nameStart);
      const name = readName(text, wordStart, false);
      // "the 6th Home Secretary-level talks": the words before talks say their level, not a body that meets; the noun ends the name.
      const ownNoun = !capitalNoun && noun.kind === 'talks' && name !== null && name.end <= noun.start;
      if (name) return { name: ownNoun ? `${name.name} ${text.slice(noun.start, noun.end)}` : name.name, edition: noun.edition };
    }
    if (of) {
      const name = readName(text, nameAt, false) ?? readName(text, nameAt, true);
      if (name && POSSESSIVE_PRONOUN.test(name.name)) return null;
      // "the 6th meeting of heads of security councils ...": the numbered meeting names its series in
      // lower case, from its noun as written ("The XXVII Conference of the heads of ...").
      if (name) return { name: startsUpper(name.name) ? name.name : text.slice(noun.start, nameAt) + name.name, edition: noun.edition };
    }
    return null;
  }
  if (!of) return null;
  const recurring = recurringBefore(text, noun.start);
  if (recurring && !capitalNoun) {
    const lower = readName(text, nameAt, true);
    if (lower && !POSSESSIVE_PRONOUN.test(lower.name)) return { name: `${text.slice(noun.start, noun.end).toLowerCase()} of the ${lower.name}`, edition: null };
  }
  const name = readName(text, nameAt, false);
  return name && startsUpper(name.name) && !capitalNoun ? { name: name.name, edition: null } : null;
}

/** "since" after the noun, in its sentence, within {@link SINCE_REACH} characters. */
const SINCE = /^[^.;!?]*?\bsince\b/;
/** How far after a noun "since" is looked for. */
const SINCE_REACH = 80;

/** Whether a noun's ordinal is "first ... since" ("the first trilateral meeting of ... since 2023"): the first for a while, not the series' first edition. */
const firstSince = (text: string, noun: EventNoun): boolean => noun.edition === 1 && SINCE.test(text.slice(noun.end, noun.end + SINCE_REACH));

/** Possessive pronouns that open no series' name ("meeting of their intelligence chiefs"). */
const POSSESSIVE_PRONOUN = /^(?:their|its|our|his|her)\s/i;

/** The titles of one person's office, as written ("Minister", "Director General"), by their first word. */
const OFFICE_TITLES: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const t of offices.flatMap((o) => [o.title, ...o.variants])) {
    const first = t.split(' ')[0] ?? t;
    const titles = byFirst.get(first);
    if (titles === undefined) byFirst.set(first, [t]);
    else titles.push(t);
  }
  return byFirst;
})();

/** Whether a name is one person's office, alone or before "of" or "for" ("a meeting of the Minister of Internal Affairs of X with ..."), which names no series. */
function namesOffice(name: string): boolean {
  const space = name.indexOf(' ');
  const titles = OFFICE_TITLES.get(space < 0 ? name : name.slice(0, space)) ?? [];
  return titles.some((t) => name.startsWith(t) && (name.length === t.length || name.startsWith(' of ', t.length) || name.startsWith(' for ', t.length)));
}

/** Sets `event.series`. */
function run(ctx: Context): void {
  const nouns = contentNouns(ctx);
  const chosen = ctx.findings.ofKind('eventNoun')[0]?.value;
  // Without an edition, only a noun that names the reported event can open its series, and so does
  // the same noun before it ("A meeting of the Committee of ... took place. The meeting was attended by ...").
  const chosenWord = chosen === undefined ? '' : ctx.text.slice(chosen.start, chosen.end).toLowerCase();
  const namesChosen = (n: EventNoun): boolean =>
    chosen !== undefined && n.start <= chosen.start && n.end - n.start === chosenWord.length && hasFoldedAt(ctx.text, n.start, chosenWord);
  const ranked = nouns.filter((n) => n.edition !== null);
  for (const n of nouns) if (n.edition === null && (n.strength >= 2 || namesChosen(n) || recurringBefore(ctx.text, n.start))) ranked.push(n);
  for (const noun of ranked) {
    // "the visit of Interior Minister X": a visit names its visitor, not a series.
    if (noun.kind === 'visit' && noun.edition === null) continue;
    // "preparations for the 93rd session of ...", "The next ... Conference will be held": another event's noun names no series of this one (asked only of the nouns read).
    if (aboutOtherEvent(ctx, noun.end)) continue;
    const series = seriesOf(ctx.text, firstSince(ctx.text, noun) ? { ...noun, edition: null } : noun);
    if (series && !ctx.record.people.some((p) => series.name.includes(p.name)) && !namesOffice(series.name)) {
      ctx.record.event.series = series;
      ctx.trace(BY, () => `series ${series.name} (${String(series.edition)})`);
      return;
    }
  }
}

/** Finds the recurring series and edition of the event. */
export const series: Extractor = { name: BY, run };
