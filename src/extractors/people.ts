/**
 * People: every real person named in the release, once, with rank, title, organisation,
 * country, roles and every mention (see `_entities/candidates.ts` for how names are found
 * and `refiners/mergePeople.ts` for how mentions become one person).
 * @module
 */
import events from '../../data/event-words.json';
import { TABLES } from '../gazetteer/tables.js';
import type { Context, Extractor } from '../pipeline/context.js';
import type { PersonRole } from '../schema/record.js';
import { mergePeople, type PersonDraft } from '../refiners/mergePeople.js';
import { startsLower } from './_lib/letterCase.js';
import { floorIndex } from '../text/search.js';
import { DELEGATION_NOUNS, delegationBefore, findCandidates, leadCueBefore } from './_entities/candidates.js';
import { isAbbreviatedSuffix } from './_entities/names.js';
import { findTitles } from './_entities/titles.js';
import { Gap } from './_entities/text.js';
import { TokenIndex, TokenSlots, type ReadonlyTokenIndex } from './_entities/tokenIndex.js';
import { entityView, type EntityView } from './_entities/view.js';
import { defineWordClass } from './_entities/wordClasses.js';
import { AGREEMENT_KINDS, CUE_CLASS, CUES } from './_entities/wording.js';

declare module '../pipeline/findings.js' {
  interface FindingValues {
    /**
     * A person holding an office of a state's government ("Interior Minister X") whom the text gives no
     * country, no organisation and no guest's introduction: of the host country, once that is known.
     */
    hostCountryOfficial: { readonly name: string };
    /**
     * The country a text writes before or after an office of a state's government ("the Saudi Interior
     * Minister", "the Minister of Interior of Kuwait"), not an organisation's: a side the text qualifies,
     * so not the writer's own.
     */
    qualifiedNationalOffice: { readonly country: string };
  }
}

const BY = 'extractor/people';
/** The offices of a state's government (`national` in data/offices.json). */
const NATIONAL_OFFICES: ReadonlySet<string> = new Set(TABLES.offices.filter((o) => o.national === true).map((o) => o.title));
/** The first word of a title that makes its office a state's ("National Security Coordinator"). */
const NATIONAL = 'National';
/** How many words before a mention (or its title) are read for a guest's introduction ("the visiting Interior Minister X"). */
const GUEST_REACH = 4;

const ROLE_ORDER: readonly PersonRole[] = ['host', 'speaker', 'signatory', 'participant', 'mentioned'];
/** A set of roles as bits, in `ROLE_ORDER`. */
const HOST = 1;
const SPEAKER = 2;
const SIGNATORY = 4;
const PARTICIPANT = 8;
const MENTIONED = 16;
const WINDOW = 8;
/** Words before a name that make its person a speaker ("speaking at the event, X ..."). */
const SPEAKING_BEFORE = defineWordClass(['speaking', 'speech', 'remarks']);
/** Nouns of events, single words ("visit", "meeting", "talks"): what "concluded" ends when it signs nothing. */
const EVENT_NOUN = defineWordClass(Object.keys(events.kinds).filter((noun) => !noun.includes(' ')));
/** The last words of the names of agreements ("memorandum", "agreement", "plan"): what "concluded" signs. */
const AGREEMENT_NOUN = defineWordClass(AGREEMENT_KINDS.flatMap((k) => k.phrases.map((phrase) => (phrase.split(' ').at(-1) ?? '').toLowerCase())));
/** How many words after "concluded" an event noun shows that an event ended ("concluded on Thursday a three-day visit"). */
const CONCLUDED_REACH = 7;
/** "among": "X and Y were among the participants". */
const AMONG = defineWordClass(['among', 'amongst']);
/** Nouns for those who take part: "among the participants", "participants included X". */
const TAKING_PART_NOUNS: ReadonlySet<string> = new Set(['participants', 'attendees', 'delegates', 'guests']);
/** Verbs after such a noun that list them: "Participants included X". */
const LISTING_VERBS: ReadonlySet<string> = new Set(['included', 'include', 'including']);
const TAKING_PART_NOUN = defineWordClass([...TAKING_PART_NOUNS]);
/** Verbs of holding an event: "X held the ... meeting". */
const HOLDING = defineWordClass(['held', 'holds', 'hold']);
/** How many words after a verb of holding the event's noun may stand ("held the VII Binational Security and Defence Cabinet meeting"). */
const HELD_NOUN_REACH = 10;

/** Whether the verb of holding at token `k` has an event noun as its object, within a few words in its clause. */
function holdsEvent(ev: EntityView, k: number): boolean {
  for (let j = k + 1; j <= k + HELD_NOUN_REACH && j < ev.view.tokens.length; j++) {
    if (ev.is(j, EVENT_NOUN)) return true;
    if (ev.view.gap(j - 1) !== Gap.Space && ev.view.gap(j - 1) !== Gap.Hyphen) return false;
  }
  return false;
}

/** Every class a role cue belongs to: a token with none of them is passed over on its class bits alone. */
const ROLE_CUES = CUE_CLASS.speech | CUE_CLASS.host | CUE_CLASS.sign | CUE_CLASS.participant | SPEAKING_BEFORE | AMONG | HOLDING;

/** Whether "among" (perhaps "among the") stands right before token `k`: "Among the attendees were X". */
function afterAmong(ev: EntityView, k: number): boolean {
  return ev.is(ev.view.key(k - 1) === 'the' ? k - 2 : k - 1, AMONG);
}

/** Whether "among (the) participants" is written from token `k` on, for a mention that ends before it ("X and Y were among the participants"). */
function amongParticipants(ev: EntityView, k: number, last: number): boolean {
  const noun = ev.view.key(k + 1) === 'the' ? k + 2 : k + 1;
  return k > last && TAKING_PART_NOUNS.has(ev.view.key(noun));
}

/**
 * What a host cue at token `k` makes the person whose mention ends at token `last`: the host when the person
 * does it ("Kalin hosted", "chaired by Kalin", "under the chairmanship of Kalin"), a participant
 * when the person is its object ("hosted his counterpart Naghiyev", "received Naghiyev"), nothing
 * when someone else does it ("attended the meeting hosted by Kalin").
 */
function hostCueRole(view: EntityView['view'], k: number, last: number): number {
  const byNext = view.key(k + 1) === 'by';
  if (k > last) return byNext ? 0 : HOST;
  return byNext || view.key(k + 1) === 'of' ? HOST : PARTICIPANT;
}

/** The words after a participation cue that open the list of those taking part ("attended by", "talks between", "talks with"). */
const PARTICIPANTS_FOLLOW: ReadonlySet<string> = new Set(['by', 'between', 'with']);
/** The cue classes {@link rolesOfCue} reads. */
const CUE_CLASSES = CUE_CLASS.participant | CUE_CLASS.host | CUE_CLASS.sign | TAKING_PART_NOUN;

/**
 * The roles a cue gives everyone after it in its sentence, however long the list of people after
 * the cue is: taking part after a participation cue with its object ("attended by", "a meeting
 * between", "talks with", "with the participation of", "met") or after a noun for those taking part and
 * a listing verb ("Participants included") or after a host cue whose object they are
 * ("received his counterpart, X, and Y"; not "hosted by", which names the host), and signing after
 * "signed by".
 */
function rolesOfCue(ev: EntityView, k: number): number {
  const classes = ev.wordClasses[k] ?? 0;
  if ((classes & CUE_CLASSES) === 0) return 0;
  const next = ev.view.key(k + 1);
  // "Participants included X and Y", "Among the attendees were X, Y and Z".
  if ((classes & TAKING_PART_NOUN) !== 0) return LISTING_VERBS.has(next) || (next === 'were' && afterAmong(ev, k)) ? PARTICIPANT : 0;
  let roles = 0;
  const key = ev.view.key(k);
  if ((classes & CUE_CLASS.participant) !== 0 && (PARTICIPANTS_FOLLOW.has(next) || (next === 'of' && key === 'participation') || (key === 'met' && next !== 'by'))) roles |= PARTICIPANT;
  // "The Maldivian delegation included X, Y and Z": the members of a delegation take part.
  if (DELEGATION_NOUNS.has(key) && CUES.member.has(next)) roles |= PARTICIPANT;
  if ((classes & CUE_CLASS.host) !== 0 && next !== 'by' && next !== 'of') roles |= PARTICIPANT;
  if ((classes & CUE_CLASS.sign) !== 0 && next === 'by') roles |= SIGNATORY;
  return roles;
}

/** The role cues of a text (see {@link rolesOfCue}), in order: each cue's token, its sentence, and the roles the cues of its sentence up to it give. */
interface CueRoles {
  readonly at: number[];
  readonly sentence: number[];
  readonly roles: number[];
}

/** No cues: the roles of a text without people are never asked for. */
const NO_CUES: CueRoles = { at: [], sentence: [], roles: [] };

/**
 * The role cues of the text, in one pass over the word classes: the few cue tokens are kept, not a
 * value per token, so that a long sentence of many names costs no more per name than a short one.
 */
function cueRoles(ev: EntityView): CueRoles {
  const { view, wordClasses } = ev;
  const found: CueRoles = { at: [], sentence: [], roles: [] };
  for (let k = 0; k < wordClasses.length; k++) {
    // A bit test on the word classes rules out most tokens before any token is read.
    if (((wordClasses[k] ?? 0) & CUE_CLASSES) === 0) continue;
    const roles = rolesOfCue(ev, k);
    if (roles === 0) continue;
    const sentence = view.sentenceOf(view.tokens[k]?.start ?? 0);
    const last = found.at.length - 1;
    found.at.push(k);
    found.sentence.push(sentence);
    found.roles.push(found.sentence[last] === sentence ? (found.roles[last] ?? 0) | roles : roles);
  }
  return found;
}

/** The roles the cues before token `first` in its sentence give. */
function rolesAfterCues(ev: EntityView, cues: CueRoles, first: number): number {
  const last = floorIndex(cues.at, first - 1);
  if (last < 0 || cues.sentence[last] !== ev.view.sentenceOf(ev.view.tokens[first]?.start ?? 0)) return 0;
  return cues.roles[last] ?? 0;
}

/** How many words before a lead cue are read for the delegation's country ("the delegation of the Republic of X was"). */
const DELEGATION_REACH = 16;

/**
 * The country of the delegation a person leads, where the sentence gives only that: "The Indian
 * delegation was led by <title> X", "the delegation of Oman was headed by X". One country named
 * in the words before a lead cue that ends right before the person (or the title written before the name).
 */
function ledDelegationCountry(ev: EntityView, p: PersonDraft): string | null {
  const { view, countries } = ev;
  for (const range of p.roleRanges) {
    // A rank or an honorific may stand between the cue and the name: "headed by Major General X", "by Mullah X".
    let first = ev.rankEndingAt.get(range.from - 1)?.tokenStart ?? range.from;
    if (CUES.honorifics.has(view.raw(first - 1))) first--;
    const cueToken = leadCueBefore(ev, first);
    if (cueToken < 0) continue;
    const [sentenceStart] = view.sentenceBounds(view.tokens[first]?.start ?? 0);
    // Back from the cue to the start of its clause ("..., while the Afghan delegation was headed by X").
    let found: string | null = null;
    for (let k = cueToken - 1; k >= Math.max(0, cueToken - DELEGATION_REACH) && (view.tokens[k]?.start ?? 0) >= sentenceStart; k--) {
      const c = countries.startingAt(k);
      if (c !== undefined && found !== null && found !== c.code) return null;
      if (c !== undefined) found = c.code;
      // The delegation's noun opens its words: "the Indian delegation" or "a delegation of X", not a country named before it.
      if (DELEGATION_NOUNS.has(view.key(k))) {
        const own = countries.endingAt(k - 1);
        if (own !== undefined && found !== null && found !== own.code) return null;
        found ??= own?.code ?? null;
        break;
      }
      if (view.gap(k - 1) === Gap.Comma) break;
    }
    if (found !== null) return found;
  }
  return null;
}

/** How many words before a person a delegation's membership verb is looked for ("The Latvian delegation also included Deputy State Secretary X"). */
const MEMBER_REACH = 32;

/**
 * The country of the delegation a person is listed as a member of: "The Latvian delegation (also) included
 * <title> X", "the delegation of Oman comprised X and Y". A membership verb after "delegation" in the words
 * before the mention, in its sentence, and the country named by a demonym before "delegation" or by "of X" after it.
 */
function memberDelegationCountry(ev: EntityView, p: PersonDraft): string | null {
  const { view, countries } = ev;
  for (const range of p.roleRanges) {
    const [sentenceStart] = view.sentenceBounds(view.tokens[range.from]?.start ?? 0);
    for (let k = range.from - 1; k >= Math.max(1, range.from - MEMBER_REACH) && (view.tokens[k]?.start ?? 0) >= sentenceStart; k--) {
      if (!CUES.member.has(view.key(k))) continue;
      const last = view.key(k - 1) === 'also' ? k - 2 : k - 1;
      // "the delegation of [the] X comprised": the country, then "of" and the noun before it.
      const tail = countries.endingAt(last);
      let noun = last;
      if (tail !== undefined) noun = view.key(tail.from - 1) === 'the' ? tail.from - 3 : tail.from - 2;
      if (tail !== undefined && view.key(noun + 1) !== 'of') continue;
      if (!DELEGATION_NOUNS.has(view.key(noun))) continue;
      if (tail !== undefined) return tail.code;
      const before = view.spaceAfter(noun - 1) ? countries.endingAt(noun - 1) : undefined;
      if (before !== undefined) return before.code;
    }
  }
  return null;
}

/** The prepositions that open a side's sentence: "On the Kuwaiti side, ...", "From the Omani side, ...". */
const SIDE_OPENERS: ReadonlySet<string> = new Set(['on', 'from', 'for']);

/**
 * The country of the side a sentence opens with, for the people it names: "On the Kuwaiti side, the meeting was
 * attended by X and Y". A preposition, "the", a demonym or a country, "side" and a comma open the sentence.
 */
function sideCountry(ev: EntityView, p: PersonDraft): string | null {
  const { view, countries } = ev;
  for (const range of p.roleRanges) {
    const [sentenceStart] = view.sentenceBounds(view.tokens[range.from]?.start ?? 0);
    const first = view.tokenAt(sentenceStart);
    if (!SIDE_OPENERS.has(view.key(first)) || view.key(first + 1) !== 'the') continue;
    const country = countries.startingAt(first + 2);
    if (country === undefined || view.key(country.to) !== 'side' || view.gap(country.to) !== Gap.Comma || country.to >= range.from) continue;
    return country.code;
  }
  return null;
}

/** Possessive pronouns before "deputy" that refer back to a person named before: "X ..., and his deputy, Colonel Y". */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/** How many words before "his deputy" the person it refers back to may end ("X, Acting Director of the Y Agency, and his deputy"). */
const DEPUTY_REACH = 24;

/**
 * The person whose deputy `p` is written as: "his deputy, Colonel Y" (the last person named before in the sentence, a
 * few words back at most) or "X's deputy, Brigadier Y" (the person whose mention ends right before the possessive); a rank
 * may stand before the name. `byEnd` gives the person whose mention ends at an offset (built once per text, when asked).
 */
function deputyOf(ev: EntityView, byEnd: () => ReadonlyMap<number, PersonDraft>, p: PersonDraft): PersonDraft | undefined {
  const { view } = ev;
  for (const range of p.roleRanges) {
    const k = (ev.rankEndingAt.get(range.from - 1)?.tokenStart ?? range.from) - 1;
    if (view.key(k) !== 'deputy' || (view.gap(k) !== Gap.Comma && view.gap(k) !== Gap.Space)) continue;
    const owner = view.key(k - 1);
    if (owner === 's' && view.gap(k - 2) === Gap.Apostrophe) {
      const found = byEnd().get(view.tokens[k - 2]?.end ?? -1);
      if (found !== undefined && found !== p) return found;
      continue;
    }
    if (!PERSON_POSSESSIVES.has(owner)) continue;
    const [sentenceStart] = view.sentenceBounds(view.tokens[k - 1]?.start ?? 0);
    for (let j = k - 2; j >= Math.max(0, k - 2 - DEPUTY_REACH) && (view.tokens[j]?.start ?? 0) >= sentenceStart; j--) {
      const found = byEnd().get(view.tokens[j]?.end ?? -1);
      if (found !== undefined && found !== p) return found;
    }
  }
  return undefined;
}

/** Whether "concluded" at token `k` ends an event rather than signs or speaks ("concluded a three-day visit", not "concluded an agreement" or "concluded that"). */
function endsAnEvent(ev: EntityView, k: number): boolean {
  const key = ev.view.key(k);
  if (key !== 'concluded' && key !== 'concluding' && key !== 'concludes') return false;
  for (let j = k + 1; j <= k + CONCLUDED_REACH && j < ev.view.tokens.length; j++) {
    if (ev.is(j, AGREEMENT_NOUN)) return false;
    if (ev.is(j, EVENT_NOUN)) return true;
  }
  return false;
}

/** The token just past the mention that a rank starting at token `at` stands before ("Colonel B"), or undefined. */
function endAfterRank(ev: EntityView, endOf: ReadonlyTokenIndex<number>, at: number): number | undefined {
  const rank = ev.rankAt.get(at);
  return rank !== undefined && ev.view.spaceAfter(rank.tokenEnd - 1) ? endOf.get(rank.tokenEnd) : undefined;
}

/** Words that may stand between "and" and the next person's mention in a coordination. */
const COORDINATION_FILLERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'counterpart', 'counterparts']);
/** How many words after "and" the next person's mention may start. */
const COORDINATION_REACH = 6;

/**
 * The token just past the mention of the next person after "and" at token `and`, when only articles,
 * possessives, demonyms, a country's possessive ("Mexico's") and "counterpart" stand between ("and his Colombian counterpart, the director of X,
 * B"); a rank may open the mention ("and Colonel B"). Undefined when another word comes first.
 */
function mentionAfterAnd(ev: EntityView, endOf: ReadonlyTokenIndex<number>, and: number): number | undefined {
  let k = and + 1;
  while (k <= and + COORDINATION_REACH && k < ev.view.tokens.length) {
    const found = endOf.get(k) ?? endAfterRank(ev, endOf, k);
    if (found !== undefined) return found;
    const country = ev.countries.startingAt(k);
    // "and Mexico's Secretary of Security X": a possessive country, its "'s" passed over too.
    if (country !== undefined) k = ev.view.gap(country.to - 1) === Gap.Apostrophe && ev.view.key(country.to) === 's' ? country.to + 1 : country.to;
    else if (COORDINATION_FILLERS.has(ev.view.key(k))) k++;
    else return undefined;
  }
  return undefined;
}

/**
 * The last token of the coordination a mention ending on token `last` opens: the last token of the
 * last mention joined to it by "and", or by commas before an "and" ("Bortnikov and Tertel opened",
 * "A, B and C said"); `last` itself when no other person's mention follows so. `endOf` gives, for
 * a token a mention starts on, the token just past its longest mention there.
 */
function coordinationEnd(ev: EntityView, endOf: ReadonlyTokenIndex<number>, last: number): number {
  let end = last;
  let pending = last;
  for (;;) {
    const next = pending + 1;
    // "A and B", "A, and the Director of X, B", "A and Colonel B", "A and his Colombian counterpart, the director of X, B".
    const afterAnd = ev.view.key(next) === 'and' ? mentionAfterAnd(ev, endOf, next) : undefined;
    if (afterAnd !== undefined) {
      pending = afterAnd - 1;
      end = pending;
      continue;
    }
    const afterComma = ev.view.gap(pending) === Gap.Comma ? endOf.get(next) : undefined;
    if (afterComma === undefined) return end;
    pending = afterComma - 1;
  }
}

/** How many words a relative clause after a name may have ("X, who chaired the meeting, said"). */
const RELATIVE_REACH = 16;

/**
 * Where the verb of a mention ending on token `last` may start: after a relative clause set off by
 * commas ("X, who chaired the meeting, said": the token before the closing comma), else after `last`.
 */
function relativeClauseEnd(ev: EntityView, last: number): number {
  const { view } = ev;
  if (view.gap(last) !== Gap.Comma || view.key(last + 1) !== 'who') return last;
  for (let k = last + 1; k <= last + RELATIVE_REACH && k < view.tokens.length; k++) {
    const gap = view.gap(k);
    if (gap === Gap.Comma) return k;
    if (gap === Gap.Period || gap === Gap.Other) return last;
  }
  return last;
}

/** Whether token `first` stands inside a relative clause opened by ", who" in the words before it, with no comma between. */
function inRelativeClause(ev: EntityView, first: number): boolean {
  const { view } = ev;
  for (let k = first - 1; k >= Math.max(0, first - RELATIVE_REACH); k--) {
    if (view.key(k) === 'who' && view.gap(k - 1) === Gap.Comma) return true;
    if (view.gap(k) !== Gap.Space) return false;
  }
  return false;
}

/** Articles that open a subject of its own between a name and a verb. */
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Whether the verb at token `k` has a subject of its own after the comma that closes a mention ending on
 * token `last`: an article opens it and no comma closes it ("..., Ambassador X, the PNP said").
 */
function subjectBetween(ev: EntityView, last: number, k: number): boolean {
  const { view } = ev;
  return view.gap(last) === Gap.Comma && SUBJECT_ARTICLES.has(view.key(last + 1)) && view.gap(k - 1) === Gap.Space;
}

/** Speech verbs that a news report writes before the speaker after a quotation or a clause: '"...", said X', "..., says X". */
const INVERTED_SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'added', 'noted', 'explained', 'stated', 'remarked', 'continued']);

/**
 * Whether a speech verb stands right before the mention that starts at token `first` (a rank, an honorific
 * or "the" may stand between), after a comma or a closing quotation mark: the inverted order of a news
 * report ('"We agreed to act," said police spokesperson Brig. Gen. X'; "..., says the head of X, Y").
 */
function invertedSpeaker(ev: EntityView, first: number): boolean {
  const { view } = ev;
  let k = (ev.rankEndingAt.get(first - 1)?.tokenStart ?? first) - 1;
  if (CUES.honorifics.has(view.raw(k))) k--;
  if (view.key(k) === 'the') k--;
  if (!INVERTED_SPEECH.has(view.key(k)) || !startsLower(view.raw(k))) return false;
  const start = view.tokens[k]?.start ?? 0;
  const before = view.text.charCodeAt(start - 2);
  return view.text.charCodeAt(start - 1) === 0x20 && (before === 0x2c || before === 0x22);
}

/**
 * The bounds of the sentence of a mention over tokens `[first, last]`, where the full stop of an abbreviated
 * suffix that ends the mention does not end it ("President Ferdinand Marcos Jr. Tuesday received ...": the
 * splitter ends a sentence at "Jr." before a capital; the sentence goes on to the next one's end).
 */
function sentencePastSuffix(ev: EntityView, first: number, last: number): [number, number] {
  const { view } = ev;
  const bounds = view.sentenceBounds(view.tokens[first]?.start ?? 0);
  const end = view.tokens[last]?.end ?? 0;
  const next = view.tokens[last + 1]?.start;
  if (next === undefined || bounds[1] > next || view.text.charCodeAt(end) !== 0x2e || !isAbbreviatedSuffix(view.raw(last))) return bounds;
  return [bounds[0], view.sentenceBounds(next)[1]];
}

/** Whether "represented by" stands at token `k`: the one represented, named before it, was not there ("X, represented by Y, pledged"). */
function representedBy(view: EntityView['view'], k: number): boolean {
  return view.key(k) === 'represented' && view.key(k + 1) === 'by';
}

/**
 * The roles (as bits) the words around one mention (its tokens `[first, last]`) show; for a mention
 * that opens a coordination, `last` is the coordination's (see {@link coordinationEnd}).
 */
function rolesAround(ev: EntityView, cues: CueRoles, first: number, last: number): number {
  const { view } = ev;
  let roles = rolesAfterCues(ev, cues, first);
  if (invertedSpeaker(ev, first)) roles |= SPEAKER;
  const [sStart, sEnd] = sentencePastSuffix(ev, first, last);
  const verbFrom = relativeClauseEnd(ev, last);
  // "X, who opened it on behalf of President Y, said": the verb after the clause is X's, not Y's.
  const closesClause = view.gap(last) === Gap.Comma && inRelativeClause(ev, first);
  for (let k = Math.max(0, first - WINDOW); k <= Math.max(last + WINDOW, verbFrom + 3) && k < view.tokens.length; k++) {
    const classes = ev.wordClasses[k] ?? 0;
    if ((classes & ROLE_CUES) === 0) continue;
    const tok = view.tokens[k];
    if (!tok || tok.start < sStart || tok.start >= sEnd || (k >= first && k <= last)) continue;
    // "X concluded a visit": X took part; "X concluded that ...": X spoke.
    if (((k > last && k <= last + 3 && !closesClause && !subjectBetween(ev, last, k)) || (verbFrom > last && k > verbFrom && k <= verbFrom + 3)) && (classes & CUE_CLASS.speech) !== 0) roles |= endsAnEvent(ev, k) ? PARTICIPANT : SPEAKER;
    if (k < first && (classes & SPEAKING_BEFORE) !== 0) roles |= SPEAKER;
    if ((classes & CUE_CLASS.host) !== 0) roles |= hostCueRole(view, k, last);
    // "referred to the agreement signed in 2023": a participle after the document's noun signs nothing now.
    if ((classes & CUE_CLASS.sign) !== 0 && !endsAnEvent(ev, k) && !ev.is(k - 1, AGREEMENT_NOUN)) roles |= SIGNATORY;
    if ((classes & CUE_CLASS.participant) !== 0 && !(k > last && representedBy(view, k))) roles |= PARTICIPANT;
    if ((classes & AMONG) !== 0 && amongParticipants(ev, k, last)) roles |= PARTICIPANT;
    // "X and Y held the VII Binational ... meeting": the subject of holding an event takes part in it.
    if ((classes & HOLDING) !== 0 && k > verbFrom && k <= verbFrom + 3 && holdsEvent(ev, k)) roles |= PARTICIPANT;
  }
  return roles;
}

function rolesOf(ev: EntityView, cues: CueRoles, endOf: ReadonlyTokenIndex<number>, p: PersonDraft): PersonRole[] {
  let all = 0;
  for (const r of p.roleRanges) all |= rolesAround(ev, cues, r.from, coordinationEnd(ev, endOf, r.to - 1));
  if (all === 0) all = MENTIONED;
  return ROLE_ORDER.filter((_, bit) => (all & (1 << bit)) !== 0);
}

/**
 * Whether the few words before token `from`, in its sentence, introduce a guest or someone else's man: a
 * lower-case guest word ("the visiting minister", "the head of the delegation", "his counterpart") or a
 * possessive ("Chen Wenqing's deputy, Vice Minister X"); not one before an "and", which opens another
 * person's words ("met his counterpart, and the Inspector General of Police, X").
 */
function introducedAsGuest(ev: EntityView, from: number): boolean {
  const { view } = ev;
  const [sentenceStart] = view.sentenceBounds(view.tokens[from]?.start ?? 0);
  for (let k = from - 1; k >= Math.max(0, from - GUEST_REACH) && (view.tokens[k]?.start ?? 0) >= sentenceStart; k--) {
    if (view.key(k) === 'and') return false;
    if (CUES.guest.has(view.key(k)) && startsLower(view.raw(k))) return true;
    if (view.key(k) === 's' && view.gap(k - 1) === Gap.Apostrophe) return true;
  }
  return false;
}

/** Whether a title's first word makes its office a state's: "National" or a government's portfolio ("National Security Coordinator", "Interior Secretary"). */
function opensStateTitle(title: string | null): boolean {
  if (title === null) return false;
  const space = title.indexOf(' ');
  const first = space < 0 ? title : title.slice(0, space);
  return first === NATIONAL || CUES.portfolios.has(first);
}

/**
 * Whether `p` holds an office of a state's government with nothing that places it elsewhere: no country,
 * no organisation but one no table places (a ministry: "Undersecretary of the Ministry of Interior"), and
 * no mention introduced as a guest's (see {@link introducedAsGuest}). An office that a title opens with
 * "National" or a portfolio is a state's (see {@link opensStateTitle}), and so is any office of a force
 * written as its bare noun ("Inspector General of Police": the state's police, see `nationalForces.ts`).
 */
function unplacedNationalOfficial(ev: EntityView, p: PersonDraft): boolean {
  if (p.country !== null || p.orgKind !== null || p.office === null) return false;
  const ofForce = p.organization !== null && CUES.forceNouns.has(p.organization);
  if (!ofForce && !NATIONAL_OFFICES.has(p.office) && !opensStateTitle(p.title)) return false;
  // A force's officer in a sentence about a delegation ("the delegation of X was headed by ... of Army Y") may head any side's.
  return !p.roleRanges.some((r) => introducedAsGuest(ev, r.from) || (ofForce && delegationBefore(ev, r.from)));
}

/** The slots of the mentions' ends by first token, reused text after text. */
const endOfSlots = new TokenSlots();

/** Finds the people of the release and writes `record.people`. */
export const peopleExtractor: Extractor = {
  name: BY,
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const titles = findTitles(ev);
    const { candidates, attached } = findCandidates(ev, titles);
    ctx.trace(BY, () => candidates.map((c) => `${ev.view.slice(c.from, c.to)} (${c.via})`).join('; '));
    const titleOnly = titles.filter((t) => !attached.has(t) && (t.org !== null || t.orgText !== null || t.country !== null || t.from !== t.officeFrom));
    const people = mergePeople(ev, candidates, titleOnly);
    for (const p of people) p.country ??= ledDelegationCountry(ev, p) ?? memberDelegationCountry(ev, p) ?? sideCountry(ev, p);
  // A deputy is of the country of the one whose deputy the text says he is ("his deputy, Colonel Y").
  let byEnd: Map<number, PersonDraft> | undefined;
  const mentionEnds = (): ReadonlyMap<number, PersonDraft> => {
    if (byEnd === undefined) {
      byEnd = new Map();
      for (const q of people) for (const m of q.mentions) byEnd.set(m.end, q);
    }
    return byEnd;
  };
  for (const p of people) if (p.country === null) p.country = deputyOf(ev, mentionEnds, p)?.country ?? null;
    for (const t of titles) {
      // An office of an organisation ("President of the Federal Criminal Police Office") qualifies no side.
      if (t.country === null || t.org !== null || !NATIONAL_OFFICES.has(t.office)) continue;
      const span = { start: ev.view.tokens[t.from]?.start ?? 0, end: ev.view.tokens[t.to - 1]?.end ?? 0 };
      ctx.findings.add({ kind: 'qualifiedNationalOffice', value: { country: t.country }, span, by: BY });
    }
    for (const p of people) {
      const span = p.mentions[0];
      if (span !== undefined && unplacedNationalOfficial(ev, p)) ctx.findings.add({ kind: 'hostCountryOfficial', value: { name: p.name }, span, by: BY });
    }
    const cues = people.length > 0 ? cueRoles(ev) : NO_CUES;
    const endOf = new TokenIndex<number>(endOfSlots.take(ev.view.tokens.length));
    for (const p of people) for (const r of p.roleRanges) endOf.set(r.from, Math.max(r.to, endOf.get(r.from) ?? 0));
    ctx.record.people = people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      rank: p.rank,
      title: p.title,
      organization: p.organization,
      country: p.country,
      roles: rolesOf(ev, cues, endOf, p),
      mentions: p.mentions,
    }));
  },
};
