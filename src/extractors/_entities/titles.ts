/**
 * Office titles as written in running text: "Chairman of the Uzbek State Security Service",
 * "the head of Azerbaijan's State Security Service", "Counsellor to the President of the
 * Republic of Tajikistan", "Uzbek President", "SVR Head", "the SSS Chief". A title is an
 * office word with an organisation after it ("of ...", "to ...") or before it (a demonym
 * or an acronym). Where the words after the organisation look like a name, the title ends
 * before them.
 * @module
 */
import { countryBefore, STATE_STYLES, type OrgMention } from './agencies.js';
import { startsLower, startsUpper } from '../_lib/letterCase.js';
import { sortByKey } from './order.js';
import { Gap } from './text.js';
import type { EntityView } from './view.js';
import { INFINITIVES, shortWordNameAt } from './shortNames.js';
import { Shape } from './wordShapes.js';
import { CUE_CLASS, CUES } from './wording.js';

/** One office title found in the text. */
export interface Title {
  /** First token of the title (the office word, or the demonym/acronym before it). */
  readonly from: number;
  /** Token just past the title. */
  readonly to: number;
  /** The office word's token range. */
  readonly officeFrom: number;
  readonly officeTo: number;
  /** The canonical office ("Chairman"). */
  readonly office: string;
  /** The title, normalised lightly: country qualifiers dropped, a defined acronym spelled out. */
  readonly text: string;
  /** The organisation the title names, if any. */
  readonly org: OrgMention | null;
  /** The organisation's name as the title writes it, when no table knows it. */
  readonly orgText: string | null;
  /** The country the title gives (demonym, possessive, "of X" or the organisation's). */
  readonly country: string | null;
  /** A name written right after the title, as token range. */
  readonly nameFrom: number | null;
  readonly nameTo: number | null;
  /** A rank the office word opens, written last in the title before the name ("Federal Police Commissioner General X"): the holder's rank. */
  readonly rank?: string;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at']);
/** Words for a country's delegation that a title may name after its demonym ("head of the Russian delegation"). */
const DELEGATION_NOUNS: ReadonlySet<string> = new Set(['delegation', 'delegations', 'side', 'team', 'contingent']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Two white-space characters in a row, or one that is not a plain space. */
const LOOSE_SPACING = /\s\s|[^\S ]/;

/** Whether `s` from `from` to `to` has loose spacing (see {@link LOOSE_SPACING}): read by codes while it is ASCII, by the pattern beyond. */
function hasLooseSpacing(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return LOOSE_SPACING.test(s.slice(from, to));
    if ((c >= 9 && c <= 13) || (c === 32 && k + 1 < to && s.charCodeAt(k + 1) === 32)) return true;
  }
  return false;
}

/** Whether `s` from `from` to `to` holds "The" (a loop bounded by the range: a search of the rest of the text per title would not be). */
function holdsThe(s: string, from: number, to: number): boolean {
  for (let k = from; k + 3 <= to; k++) if (s.charCodeAt(k) === 84 && s.charCodeAt(k + 1) === 104 && s.charCodeAt(k + 2) === 101) return true;
  return false;
}

/** The text whose opening brackets are listed in {@link bracketOffsets}: the last text asked about. */
let bracketText = '';
let bracketOffsets: number[] = [];

/** Whether `(word)` is written in `text`; looked for at the text's opening brackets only, listed once per text (a text has few). */
function bracketedIn(text: string, word: string): boolean {
  if (text !== bracketText) {
    bracketText = text;
    bracketOffsets = [];
    for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) bracketOffsets.push(k);
  }
  for (const k of bracketOffsets) if (text.startsWith(word, k + 1) && text.charCodeAt(k + 1 + word.length) === 41) return true;
  return false;
}

interface Edit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const editStart = (e: Edit): number => e.from;

/** Every title of the text, left to right, not nested. */
export function findTitles(ev: EntityView): Title[] {
  const { view } = ev;
  const titles: Title[] = [];
  let consumedTo = 0;
  for (const i of ev.officeStarts) {
    if (i < consumedTo) continue;
    const office = ev.officeAt.get(i);
    if (!office) continue;
    // The office word that a title's organisation ends before is the holder's given name ("Minister of State Sultan bin X").
    if (titles.at(-1)?.to === i && opensName(ev, i, office.tokenEnd)) continue;
    const title = readTitle(ev, office.tokenStart, office.tokenEnd, office.entry.title, office.entry.envoy === true);
    if (!title) continue;
    const before = titles.at(-1);
    if (before && before.nameFrom === null && before.to + 1 === title.from && view.key(before.to) === 'and') {
      titles[titles.length - 1] = joinTitles(before, title);
    } else if (before && title.from <= before.from) {
      // A title that takes in the words of the one before ("Deputy" of "Deputy Commissioner of the X") replaces it.
      titles[titles.length - 1] = title;
    } else titles.push(title);
    consumedTo = Math.max(title.to, title.nameTo ?? 0);
  }
  return titles;
}

/** Two offices held together ("Deputy Prime Minister and Minister of Interior") read as one title. */
function joinTitles(first: Title, second: Title): Title {
  return {
    ...second,
    from: first.from,
    text: `${first.text} and ${second.text}`,
    org: second.org ?? first.org,
    orgText: second.orgText ?? first.orgText,
    country: first.country ?? second.country,
  };
}

/** How many name words a rank may stand before an office word written inside the name ("Major General Saif Sultan Al Shamsi"). */
const NAME_WORDS_BEFORE = 2;

/** Whether a rank ends right before token `at`, or before the up to {@link NAME_WORDS_BEFORE} name words that end right before it. */
function rankOpensNameBefore(ev: EntityView, at: number): boolean {
  for (let k = at; k >= Math.max(1, at - NAME_WORDS_BEFORE); k--) {
    if (ev.rankEndingAt.has(k - 1) && ev.view.spaceAfter(k - 1)) return true;
    if (ev.nameLike[k - 1] !== 1 || !ev.view.spaceAfter(k - 1)) return false;
  }
  return false;
}

/** How many words before an office a rank that holds it may open ("Senior Assistant Commissioner"). */
const RANK_LEAD = 3;

/**
 * Whether a rank that opens up to {@link RANK_LEAD} words before the office and ends at or after it
 * stands right before a name. A rank whose first word ends an organisation's name is not one:
 * "Australian Federal Police Commissioner X" holds the office of the organisation.
 */
function insideRankBeforeName(ev: EntityView, officeFrom: number, officeTo: number): boolean {
  for (let k = officeFrom - 1; k >= 0 && k >= officeFrom - RANK_LEAD; k--) {
    const rank = ev.rankAt.get(k);
    if (rank === undefined || ev.orgEndingAt.has(k)) continue;
    if (rank.tokenEnd >= officeTo && ev.view.spaceAfter(rank.tokenEnd - 1) && ev.nameLike[rank.tokenEnd] === 1) return true;
  }
  return false;
}

/**
 * The first token of a rank that opens up to {@link RANK_LEAD} words before the office and ends with it or
 * inside the title's words after it, `to` being the token past the title ("Deputy Commissioner", "Deputy
 * Inspector-General of Police"), not on an organisation's last word; or -1.
 */
function rankEndingWithOffice(ev: EntityView, officeFrom: number, officeTo: number, to: number): number {
  for (let k = Math.max(0, officeFrom - RANK_LEAD); k < officeFrom; k++) {
    const rank = ev.rankAt.get(k);
    if (rank !== undefined && rank.tokenEnd >= officeTo && rank.tokenEnd <= to && !ev.orgEndingAt.has(k)) return k;
  }
  return -1;
}

function readTitle(ev: EntityView, officeFrom: number, officeTo: number, office: string, envoy: boolean): Title | null {
  const { view, countries } = ev;
  // A one-word office between a rank (and perhaps the first name words) and a name word is a given name: "Maj. General
  // Sultan Al-Harbi", "Major General Saif Sultan Al Shamsi".
  if (officeTo === officeFrom + 1 && view.spaceAfter(officeTo - 1) && ev.nameLike[officeTo] === 1 && ev.nameLike[officeFrom] === 1 && rankOpensNameBefore(ev, officeFrom)) return null;
  // An office word that a rank word follows, together a longer rank before a name, is the rank's: "Commissioner
  // General X" (not "Inspector-General of Police X", an office); so is an office of several words that is a rank
  // too, before a name ("Commissioner General X"; "the Commissioner General of the X, Y" holds the office).
  const rank = ev.rankAt.get(officeFrom);
  const rankBeyond = rank !== undefined && (rank.tokenEnd > officeTo ? ev.rankAt.has(officeTo) : rank.tokenEnd === officeTo && officeTo - officeFrom > 1);
  if (rank !== undefined && rankBeyond && view.spaceAfter(rank.tokenEnd - 1) && ev.nameLike[rank.tokenEnd] === 1) {
    return rankOfOrganisation(ev, officeFrom, rank.tokenEnd, office, rank.entry.rank);
  }
  // An office word inside a longer rank that opens before it and a name follows is the rank's: "Assistant
  // Commissioner of Police X", "Deputy Commissioner X".
  if (insideRankBeforeName(ev, officeFrom, officeTo)) return null;
  let from = officeFrom;
  let country: string | null = null;
  let org: OrgMention | null = null;
  const edits: Edit[] = [];
  /** A demonym before a lower-case office that neither a name nor a rank follows ("the Bahraini ambassador to Kuwait"): kept for a title that goes on after the office. */
  let lowerCaseCountry: string | null = null;
  /** The words of a body no table knows written before the office ("Immigration Department director-general X"). */
  let bodyBefore: string | null = null;
  // Before the office: "Uzbek President", "Kuwait's Minister", "SVR Head", "the SSS Chief", and an
  // organisation with its acronym in parentheses ("National Intelligence Service (NIS) Director General").
  const bracketFrom = acronymEndingAt(view, officeFrom - 1);
  const bracketedOrg = bracketFrom >= 0 ? ev.orgEndingAt.get(bracketFrom - 1) : undefined;
  // A lower-case office after an organisation or a country counts when a name or a rank follows: "... Organization (MIT)
  // head Ibrahim Kalin", "... of Belarus chief General Colonel X".
  const spacedName = view.spaceAfter(officeTo - 1) && (ev.nameLike[officeTo] === 1 || ev.rankAt.has(officeTo));
  // Two offices joined by a hyphen are one ("minister-secretary of ...", "Minister-Counsellor").
  const joined = view.gap(officeFrom - 1) === Gap.Hyphen ? ev.officeAt.get(officeFrom - 1) : undefined;
  const hyphenJoined = joined !== undefined && joined.tokenEnd === officeFrom;
  if (hyphenJoined) from = officeFrom - 1;
  else if (bracketedOrg !== undefined) {
    if (!bracketedOrg.anaphor && (startsUpper(view.raw(officeFrom)) || spacedName) && view.gap(officeTo - 1) !== Gap.Hyphen) {
      org = bracketedOrg;
      from = bracketedOrg.from;
      country = bracketedOrg.country ?? ev.orgStartingAt.get(bracketFrom)?.country ?? null;
    }
  } else if (view.spaceAfter(officeFrom - 1)) {
    const prefixOrg = ev.orgEndingAt.get(officeFrom - 1);
    const prefixCountry = countryBefore(view, countries, officeFrom) ?? countryBeforeField(ev, officeFrom) ?? undefined;
    const capital = startsUpper(view.raw(officeFrom));
    const owner = capital ? possessiveOrg(ev, officeFrom) : null;
    // Here a comma may stand before the name too: "The SVR director, X, recalled".
    const nameNext = spacedName || (view.gap(officeTo - 1) === Gap.Comma && ev.nameLike[officeTo] === 1);
    // The tail of an agency named before ("National Police" after "the Indonesian National Police") stands for it; a lone "the Service" does not.
    if (prefixOrg && (!prefixOrg.anaphor || !prefixOrg.short) && (capital || nameNext) && view.gap(officeTo - 1) !== Gap.Hyphen) {
      org = prefixOrg;
      from = prefixOrg.from;
      country = prefixOrg.country;
    } else if (prefixCountry !== undefined && (capital || nameNext)) {
      country = prefixCountry;
    } else if (prefixCountry !== undefined && prefixOrg === undefined && owner === null) {
      lowerCaseCountry = prefixCountry;
    } else if (owner !== null) {
      // "Europol's Executive Director": the office is the organisation's; the title stays the office.
      org = owner;
      country = owner.country;
    } else if (capital && CUES.officeModifiers.has(view.raw(officeFrom - 1)) && !ev.covered[officeFrom - 1]) {
      from = officeFrom - 1;
      while (from > 0 && view.spaceAfter(from - 1) && CUES.officeModifiers.has(view.raw(from - 1)) && !ev.covered[from - 1]) from--;
      // "Ghana's National Security Coordinator": the country before the modifiers.
      country = countryBefore(view, countries, from);
    } else if (spacedName || (view.spaceAfter(officeTo - 1) && CUES.honorifics.has(view.raw(officeTo)))) {
      // "Immigration Department director-general Datuk X": a body no table knows, written before the office and its holder.
      const bodyFrom = bodyWordsBefore(ev, officeFrom);
      if (bodyFrom >= 0) {
        from = bodyFrom;
        bodyBefore = view.slice(bodyFrom, officeFrom);
        country = countryBefore(view, countries, bodyFrom);
      }
    }
  }
  // After the office: "of/to [the] <organisation words>".
  let to = officeTo;
  let orgText: string | null = null;
  let nameFrom: number | null = null;
  let nameTo: number | null = null;
  // An envoy is posted "in" a place ("the Paraguayan ambassador in Brasília, X").
  const preposition = PREPOSITIONS.has(view.key(officeTo)) || (envoy && view.key(officeTo) === 'in');
  if (preposition && view.spaceAfter(officeTo - 1) && view.spaceAfter(officeTo) && !opensNameOrInfinitive(ev, officeTo)) {
    const run = readOrgRun(ev, officeTo + 1);
    // An office held "at" an organisation names one a table knows ("Director of Counter-Terrorism at INTERPOL") or one whose
    // words have a body's noun ("State Secretary at the Federal Ministry of the Interior"); "at" a place does not ("the police chief at Camp Crame").
    const atPlace = view.key(officeTo) === 'at' && run.org === null && !namesBody(ev, officeTo + 1, run.to);
    if (run.to > officeTo + 1 && !atPlace) {
      let end = run.to;
      // "Director of Strategic Communication in the Office of the NSA, Mr X": the title goes on over the body it is held in, to its holder.
      const heldIn = bodyBeforeHolder(ev, run.to);
      // A name written right after the organisation ("... Service Abdusalom Azizov").
      let k = run.to;
      while (heldIn < 0 && k > run.orgMinTo && isLooseNameWord(ev, k - 1)) k--;
      // The first word after the preposition and its "the".
      const ownWordsFrom = officeTo + (view.key(officeTo + 1) === 'the' ? 2 : 1);
      // Capitalised words right after a connector inside the organisation's name are its words ("Minister of Interior
      // and Decentralization", "Co-ordinator of OSCE Activities to Address Transnational Threats"), not a name.
      if (k > ownWordsFrom && ev.is(k - 1, CUE_CLASS.connector)) k = run.to;
      if (k < run.to && k >= run.orgMinTo) {
        if (k === officeTo + 1 || (k === officeTo + 2 && view.key(officeTo + 1) === 'the')) k++;
        if (k < run.to) {
          nameFrom = k;
          nameTo = Math.min(run.to, k + 4);
          end = k;
        }
      }
      to = heldIn >= 0 ? heldIn : end;
      org = org ?? run.org;
      // "Ambassador to Tunisia": the country an envoy is sent to is the title's, not the envoy's ("of Italy to Tunisia": run.sentTo).
      // The country's "the" is its tail's ("Ambassador to the UAE"): the tail starts on the first word after "to" or on the one after its "the".
      const tailStart = run.tailCountry?.start;
      // "Special Representative for Somalia", "Legal Attaché for Kenya": the country an office is for is no more the holder's than an envoy's.
      const sentToFirst = (view.key(officeTo) === 'to' || view.key(officeTo) === 'for') && tailStart !== undefined && (tailStart === view.tokens[ownWordsFrom]?.start || tailStart === view.tokens[officeTo + 1]?.start);
      country = country ?? run.prefixCountry ?? (sentToFirst ? undefined : run.tailCountry?.code) ?? run.org?.country ?? null;
      for (const e of run.edits) edits.push(e);
      if (run.tailCountry && run.sentTo !== null) edits.push({ from: run.tailCountry.start, to: run.sentTo.start, text: '' });
      else if (run.tailCountry && !sentToFirst && run.tailCountry.to >= to) edits.push({ from: run.tailCountry.start, to: view.tokens[end - 1]?.end ?? 0, text: '' });
      // The organisation's words end before its acronym in parentheses.
      const lastWord = run.acronymAt === end - 1 ? run.acronymFrom - 1 : end - 1;
      if (!run.org) orgText = orgWords(view.text, run.wordsFrom, run.tailCountry ? run.tailCountry.start : (view.tokens[lastWord]?.end ?? 0));
    }
  }
  // "Minister Delegate ... in charge of National Defence Administration": the portfolio an office is in charge of goes on with it.
  if (nameFrom === null) to = inChargeOfEnd(ev, to) ?? to;
  // "the Head of the INTERPOL Regional Bureau in Nairobi, X": the place the office is held in, before the holder's name.
  if (to > officeTo && nameFrom === null && (org !== null || orgText !== null)) to = placeBeforeName(ev, to) ?? to;
  // "a spokesman for the ministry, X,": an organisation written in lower-case words, then the name after a comma.
  if (to === officeTo && org === null && preposition && view.spaceAfter(officeTo - 1)) to = lowerCaseBodyEnd(ev, officeTo) ?? to;
  // "the Bahraini ambassador to Kuwait, X": the demonym before a lower-case office gives a title that goes on after it its country.
  if (lowerCaseCountry !== null && country === null && to > officeTo) country = lowerCaseCountry;
  // A rank that opens before the office and ends with it is the title's when the office names its organisation and no
  // name follows: "Deputy Commissioner of the Kenya Police, X" ("Deputy Commissioner X" stays a rank, see above).
  if (to > officeTo && nameFrom === null && from === officeFrom) {
    const rankFrom = rankEndingWithOffice(ev, officeFrom, officeTo, to);
    if (rankFrom >= 0) {
      from = rankFrom;
      country ??= countryBefore(view, countries, from);
    }
  }
  // An organisation written right after the office, before a rank or a name: "Director General ISI Lt Gen X".
  const orgAfter = to === officeTo && view.spaceAfter(officeTo - 1) ? ev.orgStartingAt.get(officeTo) : undefined;
  const orgAcronym = orgAfter === undefined ? null : parenthesisedAcronym(view, orgAfter.to);
  const orgEnd = orgAcronym !== null && orgAcronym.closing === Closing.Space ? orgAcronym.last + 1 : (orgAfter?.to ?? 0);
  if (orgAfter !== undefined && !orgAfter.anaphor && org === null && (orgEnd > orgAfter.to || view.spaceAfter(orgAfter.to - 1)) && (ev.rankAt.has(orgEnd) || isLooseNameWord(ev, orgEnd))) {
    org = orgAfter;
    country ??= orgAfter.country;
    to = orgEnd;
    if (orgEnd > orgAfter.to) edits.push({ from: view.tokens[orgAfter.to - 1]?.end ?? 0, to: (view.tokens[orgEnd - 1]?.end ?? 0) + 1, text: '' });
  }
  orgText ??= bodyBefore;
  // "the Deputy Inspector General, Kenya Police Service, Mr. X": an organisation set off by commas between the office and its holder.
  const setOff = to === officeTo && org === null && view.gap(officeTo - 1) === Gap.Comma ? orgSetOffBeforeHolder(ev, officeTo) : undefined;
  if (setOff !== undefined) {
    org = setOff;
    country ??= setOff.country;
    to = setOff.to;
  }
  // The same with a body no table knows ("the Deputy Inspector General, Kenya Police Service, Mr. X").
  const setOffEnd = setOff === undefined && to === officeTo && org === null && orgText === null && view.gap(officeTo - 1) === Gap.Comma ? bodySetOffBeforeHolder(ev, officeTo) : -1;
  if (setOffEnd >= 0) {
    orgText = view.slice(officeTo, setOffEnd);
    country ??= countries.startingAt(officeTo)?.code ?? null;
    to = setOffEnd;
  }
  // The office's own acronym in parentheses is dropped from the title: "National Security Adviser (NSA) Ajit Doval".
  const officeAcronym = to === officeTo ? parenthesisedAcronym(view, officeTo) : null;
  if (officeAcronym !== null) {
    edits.push({ from: view.tokens[officeTo - 1]?.end ?? 0, to: (view.tokens[officeAcronym.last]?.end ?? 0) + 1, text: '' });
    to = officeAcronym.last + 1;
  }
  // A bare office word counts only when a name or a rank follows it ("President Ilham Aliyev").
  if ((to === officeTo || officeAcronym !== null) && org === null && country === null && nameFrom === null && from === officeFrom) {
    const spaced = officeAcronym !== null || view.spaceAfter(officeTo - 1);
    if (!spaced || (!ev.rankAt.has(to) && !isLooseNameWord(ev, to) && !CUES.honorifics.has(view.raw(to)) && shortWordNameAt(ev, to) === null)) return null;
  }
  // A full name written before the office reads as "office of the organisation"; an acronym before it stays ("SVR Head"); the
  // modifiers of an office whose organisation follows it stay in place ("Acting Director of the X Agency").
  let written = org && from < officeFrom && org.from < officeFrom && !org.short && !hyphenJoined ? `${view.slice(officeFrom, officeTo)} of the ${org.name}` : writtenTitle(ev, from, to, officeFrom, org, edits);
  if (setOff !== undefined) written = `${view.slice(from, officeTo)} of the ${setOff.name}`;
  if (setOffEnd >= 0) written = `${view.slice(from, officeTo)} of the ${orgText ?? ''}`;
  return { from, to, officeFrom, officeTo, office, text: written, org, orgText, country, nameFrom, nameTo };
}

/**
 * The end of "in <place>" at token `at`, a place a table names, when a comma and the holder's name
 * (or an honorific or a rank) follow it: "... Regional Bureau in Nairobi, Mr. X"; null otherwise.
 */
function placeBeforeName(ev: EntityView, at: number): number | null {
  const { view } = ev;
  if (view.key(at) !== 'in' || !view.spaceAfter(at - 1) || !view.spaceAfter(at)) return null;
  let end = at + 1;
  while (ev.covered[end] === 1 && view.gap(end) !== Gap.Comma) end++;
  if (ev.covered[end] !== 1 || view.gap(end) !== Gap.Comma) return null;
  const next = end + 1;
  return ev.nameLike[next] === 1 || CUES.honorifics.has(view.raw(next)) || ev.rankAt.has(next) ? next : null;
}

/**
 * The title of a rank that an office word opens, written after the name of the organisation it is held in and
 * before the holder's name ("Ethiopian Federal Police Commissioner General X": "Commissioner General of the
 * Federal Police", of the organisation's country, the rank the holder's); null when no organisation a table
 * or the text's shape names ends right before it (then the words are a rank alone: "Commissioner General X").
 */
function rankOfOrganisation(ev: EntityView, officeFrom: number, rankTo: number, office: string, rank: string): Title | null {
  const { view, countries } = ev;
  const org = view.spaceAfter(officeFrom - 1) ? ev.orgEndingAt.get(officeFrom - 1) : undefined;
  if (org === undefined || org.anaphor) return null;
  const held = view.slice(officeFrom, rankTo);
  const text = org.short ? `${view.slice(org.from, org.to)} ${held}` : `${held} of the ${org.name}`;
  const country = org.country ?? countryBefore(view, countries, org.from);
  return { from: org.from, to: rankTo, officeFrom, officeTo: rankTo, office, text, org, orgText: null, country, nameFrom: null, nameTo: null, rank };
}

/** The title over tokens `[from, to)` as written, with `edits` applied, "The" in lower case and its spacing made plain. */
function writtenTitle(ev: EntityView, from: number, to: number, officeFrom: number, org: OrgMention | null, edits: Edit[]): string {
  const { view } = ev;
  const startOffset = view.tokens[from]?.start ?? 0;
  const endOffset = view.tokens[to - 1]?.end ?? startOffset;
  let written = applyEdits(view.text, startOffset, endOffset, edits);
  // A title without edits is the text's own words: tested in place on the flat text, not on the slice (see `applyEdits`).
  const inPlace = edits.length === 0;
  const source = inPlace ? view.text : written;
  const sourceFrom = inPlace ? startOffset : 0;
  const sourceTo = inPlace ? endOffset : written.length;
  const loose = hasLooseSpacing(source, sourceFrom, sourceTo);
  if (holdsThe(source, sourceFrom, sourceTo)) written = written.replace(/\bThe\b/g, 'the');
  if (loose) written = written.replace(/\s+/g, ' ');
  written = written.trim();
  // An acronym the text spelled out ("State Security Service (SSS)") is written in full in "Chief of the SSS".
  const acronym = org && org.short && !org.anaphor && from === officeFrom ? view.slice(org.from, org.to) : null;
  if (org && acronym !== null && bracketedIn(view.text, acronym)) written = replaceWord(written, acronym, org.name);
  return written;
}

interface OrgRun {
  readonly to: number;
  /** The name cannot start before this token (the organisation's own words end here). */
  readonly orgMinTo: number;
  readonly org: OrgMention | null;
  readonly prefixCountry: string | null;
  readonly tailCountry: { code: string; start: number; to: number } | null;
  /** "to <Country>" after the tail country: where an envoy is sent (its "to" offset and the token past the country), or null. */
  readonly sentTo: { start: number; to: number } | null;
  readonly edits: Edit[];
  /** The first and last tokens of an acronym in parentheses after the organisation's words, or -1. */
  readonly acronymFrom: number;
  readonly acronymAt: number;
  /** Offset where the organisation's own words start (after a possessive country before them). */
  readonly wordsFrom: number;
}

/** Reads the organisation words after "of"/"to": tables first, then capitalised words and connectors. */
function readOrgRun(ev: EntityView, start: number): OrgRun {
  const { view, countries } = ev;
  let j = start;
  let org: OrgMention | null = null;
  let prefixCountry: string | null = null;
  let tailCountry: { code: string; start: number; to: number } | null = null;
  let sentTo: { start: number; to: number } | null = null;
  let orgMinTo = start;
  const edits: Edit[] = [];
  let lastWasConnector = false;
  let afterParenthesis = -1;
  let acronymAt = -1;
  let acronymFrom = -1;
  /** Name words read in a row since the organisation's last own word. */
  let nameWords = 0;
  let wordsFrom = view.tokens[start]?.start ?? 0;
  while (j < view.tokens.length) {
    // The acronym of the organisation just read, in parentheses, is dropped from the title; a name may
    // follow it ("Federal Security Service (FSB) Alexander Bortnikov") or stand after a comma ("(DSS), Adeola Ajayi,").
    const acronym = j === orgMinTo && j > start ? parenthesisedAcronym(view, j) : null;
    if (acronym !== null) {
      edits.push({ from: view.tokens[j - 1]?.end ?? 0, to: (view.tokens[acronym.last]?.end ?? 0) + 1, text: '' });
      // An acronym a table knows names the organisation when its words did not ("Security Intelligence Department (DIS)").
      const named = ev.orgStartingAt.get(j);
      if (org === null && named !== undefined && !named.anaphor) org = named;
      acronymFrom = j;
      acronymAt = acronym.last;
      j = acronym.last + 1;
      orgMinTo = j;
      nameWords = 0;
      if (acronym.closing === Closing.Comma && (!isLooseNameWord(ev, j) || CUES.honorifics.has(view.raw(j)))) break;
      afterParenthesis = j;
      continue;
    }
    // The gap before the word, read once (each read goes back to the tokens and the text).
    const gap = j > start && j !== afterParenthesis ? view.gap(j - 1) : Gap.Space;
    if (gap !== Gap.Space && gap !== Gap.Hyphen && gap !== Gap.Apostrophe) {
      // A ministry's further portfolios after a comma go on with the title ("Minister of Interior, Local Authorities and Urban Planning, X").
      if (gap !== Gap.Comma || portfolioAfterComma(ev, j) < 0) break;
      afterParenthesis = j;
      continue;
    }
    const key = view.key(j);
    const raw = view.raw(j);
    // "... of the Communist Party of Vietnam To Lam": a capitalised short word opening a name ends the organisation.
    if (j > start && shortWordNameAt(ev, j) !== null) break;
    const rank = ev.rankAt.get(j);
    // A rank before a name word, an honorific ("Minister of Interior General Sheikh X") or of several words ends the organisation.
    if (rank && startsUpper(raw) && (ev.nameLike[rank.tokenEnd] !== 0 || rank.tokenEnd - rank.tokenStart > 1 || CUES.honorifics.has(view.raw(rank.tokenEnd)))) break;
    const o = ev.orgStartingAt.get(j);
    if (o) {
      if (!org || org.anaphor) org = o;
      if (o.country !== null && countryBefore(view, countries, o.from) !== null) prefixCountry = prefixCountry ?? o.country;
      j = o.to;
      orgMinTo = j;
      nameWords = 0;
      tailCountry = innerTail(ev, o);
      lastWasConnector = false;
      continue;
    }
    const c = countries.startingAt(j);
    if (c) {
      const possessive = view.key(c.to) === 's' && view.gap(c.to - 1) === Gap.Apostrophe;
      const prev = view.key(j - 1);
      const prevStart = view.tokens[j]?.start ?? 0;
      if (possessive) {
        prefixCountry = c.code;
        // "of South Sudan's Internal Security Bureau": the organisation's own words start after the possessive.
        if (org === null && (j === start || (j === start + 1 && prev === 'the'))) wordsFrom = view.tokens[c.to]?.end ?? wordsFrom;
        const theBefore = prev === 'the';
        edits.push({ from: prevStart, to: view.tokens[c.to]?.end ?? prevStart, text: theBefore ? '' : 'the' });
        j = c.to + 1;
      } else if (DELEGATION_NOUNS.has(view.key(c.to)) && view.spaceAfter(c.to - 1) && startsLower(view.raw(c.to))) {
        // "head of the Russian delegation": the demonym names the delegation's country, and the delegation is the title's.
        prefixCountry = c.code;
        edits.push({ from: prevStart, to: view.tokens[c.to]?.start ?? prevStart, text: '' });
        j = c.to + 1;
      } else if (tailCountry !== null && sentToAt(view, j) >= 0) {
        // "Ambassador of Turkey to Azerbaijan", "... of Egypt to the UAE": the country after "to" is where the envoy is sent; the first stays the envoy's.
        sentTo = { start: view.tokens[sentToAt(view, j)]?.start ?? 0, to: c.to };
        j = c.to;
      } else if (!modifiesNext(ev, c.to)) {
        const tailStart = tailStartOf(view, j);
        tailCountry = { code: c.code, start: tailStart, to: c.to };
        j = c.to;
      } else {
        prefixCountry = c.code;
        // The country qualifies an organisation a table knows ("the Uzbek State Security Service"): dropped from the title;
        // before words no table knows it is part of the name ("the Kenya Police").
        if (ev.orgStartingAt.has(c.to)) edits.push({ from: prevStart, to: view.tokens[c.to]?.start ?? prevStart, text: '' });
        j = c.to;
      }
      orgMinTo = j;
      nameWords = 0;
      lastWasConnector = false;
      continue;
    }
    if (key === 'country' && view.key(j + 1) === 's' && view.gap(j) === Gap.Apostrophe) {
      const s = view.tokens[j]?.start ?? 0;
      const theBefore = view.key(j - 1) === 'the';
      edits.push({ from: theBefore ? (view.tokens[j - 1]?.start ?? s) : s, to: view.tokens[j + 1]?.end ?? s, text: 'the' });
      j += 2;
      lastWasConnector = true;
      continue;
    }
    // Two name words or more after the organisation's words are a name: a connector or another office ends the title there
    // ("Minister of the Interior Fernando Grande-Marlaska and the Director of ...").
    const nameBefore = nameWords >= 2;
    const office = ev.officeAt.get(j);
    if (office !== undefined && j > start && opensName(ev, j, office.tokenEnd)) break;
    if (office && startsUpper(raw) && nameBefore) break;
    if (office && startsUpper(raw)) {
      j = office.tokenEnd;
      orgMinTo = j;
      nameWords = 0;
      lastWasConnector = false;
      continue;
    }
    if (startsUpper(raw) && !CUES.orgStops.has(raw)) {
      // Whether the word is a name word or an initial ("A.V. Bortnikov"), from the shape kept in its record.
      const shape = view.tokens[j]?.word.shape;
      const nameWord = shape === Shape.Name || (shape === Shape.Initial && ev.nameLike[j] === 2);
      j++;
      if (!nameWord) orgMinTo = j;
      nameWords = nameWord ? nameWords + 1 : 0;
      lastWasConnector = false;
      continue;
    }
    // "and" before an office opens a second office of the holder, read as a title of its own and joined to this one
    // ("Chairperson of EAPCCO and Inspector General of the Uganda Police Force").
    if (key === 'and' && j > start && ev.officeAt.has(j + 1) && startsUpper(view.raw(j + 1))) break;
    // "and", "of the", "and of" before capitalised words: "Director General of National Security and of Territorial Surveillance".
    if (ev.is(j, CUE_CLASS.connector) && !nameBefore && (startsUpper(view.raw(j + 1)) || (ev.is(j + 1, CUE_CLASS.connector) && startsUpper(view.raw(j + 2))))) {
      j++;
      lastWasConnector = true;
      continue;
    }
    if (key === 'the' && j === start) {
      j++;
      lastWasConnector = true;
      continue;
    }
    break;
  }
  if (lastWasConnector) {
    while (j > start && ev.is(j - 1, CUE_CLASS.connector)) j--;
  }
  return { to: j, orgMinTo: Math.min(orgMinTo, j), org, prefixCountry, tailCountry, sentTo, edits, acronymAt, acronymFrom, wordsFrom };
}

/**
 * The token just past "in/at the <body>" at token `at` after an office's organisation words, when a body's noun is among its
 * words and a comma and the holder (an honorific, a rank or a name word) follow it: "... Strategic Communication in the Office
 * of the NSA, Mr X"; -1 otherwise.
 */
function bodyBeforeHolder(ev: EntityView, at: number): number {
  const { view } = ev;
  const key = view.key(at);
  if ((key !== 'in' && key !== 'at') || !view.spaceAfter(at - 1) || !view.spaceAfter(at)) return -1;
  const run = readOrgRun(ev, at + 1);
  if (run.to <= at + 1 || view.gap(run.to - 1) !== Gap.Comma || !namesBody(ev, at + 1, run.to)) return -1;
  const next = run.to;
  return CUES.honorifics.has(view.raw(next)) || ev.rankAt.has(next) || ev.nameLike[next] === 1 ? next : -1;
}

/**
 * The token just past "in charge of <capitalised words>" at token `at`, right after an office or its title ("Minister Delegate
 * to the Head of Government in charge of National Defence Administration"); undefined when the words are not there.
 */
function inChargeOfEnd(ev: EntityView, at: number): number | undefined {
  const { view } = ev;
  if (view.key(at) !== 'in' || view.key(at + 1) !== 'charge' || view.key(at + 2) !== 'of') return undefined;
  if (!view.spaceAfter(at - 1) || !view.spaceAfter(at) || !view.spaceAfter(at + 1) || !view.spaceAfter(at + 2)) return undefined;
  const run = readOrgRun(ev, at + 3);
  return run.to > at + 3 && startsUpper(view.raw(run.to - 1)) ? run.to : undefined;
}

/** At most this many capitalised words in a body's name written before an office ("Malaysian Maritime Security Department"). */
const BODY_WORDS_BEFORE = 4;

/**
 * The first token of a body's name no table knows written right before the office at token `officeFrom`: capitalised words
 * joined by spaces whose last is an organisation's noun ("Immigration Department", "Home Ministry"), back to a country word, a
 * word in lower case or the start of the sentence; -1 when no such words stand there.
 */
function bodyWordsBefore(ev: EntityView, officeFrom: number): number {
  const { view } = ev;
  const last = officeFrom - 1;
  if (!CUES.orgNoun.has(view.raw(last)) || ev.covered[last] === 1 || ev.officeAt.has(last)) return -1;
  const [sentenceStart] = view.sentenceBounds(view.tokens[last]?.start ?? 0);
  let k = last;
  while (k > last - BODY_WORDS_BEFORE + 1 && view.spaceAfter(k - 1) && (view.tokens[k - 1]?.start ?? -1) >= sentenceStart) {
    const raw = view.raw(k - 1);
    if (!startsUpper(raw) || ev.covered[k - 1] === 1 || ev.rankAt.has(k - 1) || ev.officeAt.has(k - 1) || CUES.honorifics.has(raw) || raw === 'The') break;
    k--;
  }
  // A unit of an organisation a table knows ("RATS Executive Committee Director X") is read by that organisation's rules.
  if (view.spaceAfter(k - 1) && ev.orgEndingAt.has(k - 1)) return -1;
  return k < last ? k : -1;
}

/**
 * The organisation a table knows that starts at token `at` after an office and its comma, when a comma closes it and the
 * holder (an honorific, a rank or a name word) follows: "the Deputy Inspector General, Kenya Police Service, Mr. X".
 */
function orgSetOffBeforeHolder(ev: EntityView, at: number): OrgMention | undefined {
  const o = ev.orgStartingAt.get(at);
  if (o === undefined || o.anaphor || ev.view.gap(o.to - 1) !== Gap.Comma) return undefined;
  const next = o.to;
  return CUES.honorifics.has(ev.view.raw(next)) || ev.rankAt.has(next) || ev.nameLike[next] === 1 ? o : undefined;
}

/**
 * The token just past a body no table knows set off by commas after an office, before its holder: a country word perhaps, then
 * up to {@link BODY_WORDS_BEFORE} capitalised words whose last is an organisation's noun, a comma, and an honorific, a rank or
 * a name word ("the Deputy Inspector General, Kenya Police Service, Mr. X"); -1 otherwise.
 */
function bodySetOffBeforeHolder(ev: EntityView, at: number): number {
  const { view } = ev;
  let k = ev.countries.startingAt(at)?.to ?? at;
  const first = k;
  while (k < first + BODY_WORDS_BEFORE && startsUpper(view.raw(k)) && ev.covered[k] !== 1 && !ev.rankAt.has(k) && !ev.officeAt.has(k) && !CUES.honorifics.has(view.raw(k))) {
    k++;
    if (view.gap(k - 1) !== Gap.Space) break;
  }
  if (k === first || view.gap(k - 1) !== Gap.Comma || !CUES.orgNoun.has(view.raw(k - 1))) return -1;
  return CUES.honorifics.has(view.raw(k)) || ev.rankAt.has(k) || ev.nameLike[k] === 1 ? k : -1;
}

/** Whether a word of tokens `[from, to)` is the noun of an organisation ("Ministry", "Office", "Department"). */
function namesBody(ev: EntityView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CUES.orgNoun.has(ev.view.raw(k))) return true;
  return false;
}

/** How many lower-case words an organisation written after an office's preposition may have ("the regional police"). */
const LOWER_BODY_REACH = 4;

/**
 * The token just past an organisation written in lower-case words after the preposition at token `at` and its
 * "the", when a comma and a name word or a rank follow them: "spokesman for the service, X", "head of the border
 * police, General X". Undefined otherwise.
 */
function lowerCaseBodyEnd(ev: EntityView, at: number): number | undefined {
  const { view } = ev;
  if (view.key(at + 1) !== 'the' || !view.spaceAfter(at) || !view.spaceAfter(at + 1)) return undefined;
  for (let k = at + 2; k < at + 2 + LOWER_BODY_REACH && k < view.tokens.length; k++) {
    if (!startsLower(view.raw(k)) || ev.is(k, CUE_CLASS.connector)) return undefined;
    if (view.gap(k) === Gap.Comma) return ev.nameLike[k + 1] === 1 || ev.rankAt.has(k + 1) ? k + 1 : undefined;
    if (view.gap(k) !== Gap.Space) return undefined;
  }
  return undefined;
}

/**
 * Whether the one-word office at token `j` (ending at `officeEnd`) after an organisation's words is the given
 * name of the holder: written like a name word, with no "the" before it, and a name word (or a particle and
 * one) after it ("Minister of State Sultan bin Saad X", "Minister of Interior Sultan Al-X"; not "the Sultan
 * of Oman").
 */
function opensName(ev: EntityView, j: number, officeEnd: number): boolean {
  const { view } = ev;
  if (officeEnd !== j + 1 || ev.nameLike[j] !== 1 || view.key(j - 1) === 'the' || !view.spaceAfter(j)) return false;
  if (ev.nameLike[j + 1] === 1) return true;
  return ev.is(j + 1, CUE_CLASS.particle) && CUES.particles.has(view.raw(j + 1)) && ev.nameLike[j + 2] === 1;
}

/**
 * Whether the preposition at token `at` after an office is no preposition of the title: a capitalised
 * short word opening a name ("General Secretary To Lam received"), or "to" before an infinitive
 * ("Minister To Visit Baku", "Chief to attend summit").
 */
function opensNameOrInfinitive(ev: EntityView, at: number): boolean {
  if (ev.view.key(at) === 'to' && INFINITIVES.has(ev.view.key(at + 1))) return true;
  return startsUpper(ev.view.raw(at)) && shortWordNameAt(ev, at) !== null;
}

/** The token of the "to" (a "the" may follow it) right before the country at token `j`, after a space; or -1. */
function sentToAt(view: EntityView['view'], j: number): number {
  const to = view.key(j - 1) === 'the' && view.spaceAfter(j - 2) ? j - 2 : j - 1;
  return view.key(to) === 'to' && view.spaceAfter(to - 1) ? to : -1;
}

/** How many words further portfolios after a comma may have ("Local Authorities and Urban Planning"). */
const PORTFOLIO_REACH = 8;

/**
 * A ministry's further portfolios after a comma, before the holder's name: capitalised words joined by
 * connectors, one of them "and", closed by a comma that a name word follows ("Minister of Interior, Local
 * Authorities and Urban Planning, Brahim Merad"; "Commissioner for Political Affairs, Peace and Security,
 * X"; several before the "and": "Minister of Home Affairs, Immigration, Safety and Security, X"), or by the name itself, two name words or more after a word that no name has ("Commissioner for
 * Political Affairs, Peace and Security Bankole Adeoye opened"). Two name words in a row are a name, not a
 * portfolio. The token just past them, or -1.
 */
function portfolioAfterComma(ev: EntityView, j: number): number {
  const { view } = ev;
  let and = false;
  /** Whether a capitalised word no name has was read after the "and": the portfolio's last word. */
  let portfolioAfterAnd = false;
  let names = 0;
  for (let k = j; k < j + PORTFOLIO_REACH && k < view.tokens.length; k++) {
    const raw = view.raw(k);
    if (view.key(k) === 'and') and = true;
    else if (!ev.is(k, CUE_CLASS.connector)) {
      if (!startsUpper(raw)) return -1;
      names = ev.nameLike[k] === 1 ? names + 1 : 0;
      if (names === 0 && and) portfolioAfterAnd = true;
      if (names >= 2) return portfolioAfterAnd && namedBeforeLowerCase(ev, k) ? k - 1 : -1;
    }
    const gap = view.gap(k);
    // "Home Affairs, Immigration, Safety and Security": a further portfolio before the "and" goes on after its comma.
    if (gap === Gap.Comma && !and && startsUpper(view.raw(k + 1)) && !ev.is(k, CUE_CLASS.connector)) {
      names = 0;
      continue;
    }
    if (gap === Gap.Comma) return and && startsUpper(raw) && ev.nameLike[k + 1] === 1 ? k + 1 : -1;
    // A hyphen joins the words of one name ("Abdel-Fatau").
    if (gap !== Gap.Space && !(gap === Gap.Hyphen && names > 0)) return -1;
  }
  return -1;
}

/** Whether the name words from token `k` on run to a lower-case word after a space ("... Bankole Adeoye opened"). */
function namedBeforeLowerCase(ev: EntityView, k: number): boolean {
  const { view } = ev;
  let end = k;
  while (ev.nameLike[end + 1] === 1 && (view.spaceAfter(end) || view.gap(end) === Gap.Hyphen)) end++;
  return view.spaceAfter(end) && startsLower(view.raw(end + 1));
}

/** The organisation named in the possessive right before token `at` ("Europol's", "its" or ", whose" after the organisation's name), if any. */
function possessiveOrg(ev: EntityView, at: number): OrgMention | null {
  const { view } = ev;
  if (view.key(at - 1) === 'its' && view.spaceAfter(at - 1)) return orgJustBefore(ev, at - 1);
  // "the Singapore Police Force, whose Commissioner, X,": the organisation right before the relative pronoun.
  const whose = view.key(at - 1) === 'whose' && view.spaceAfter(at - 1) && view.gap(at - 2) === Gap.Comma;
  if (!whose && (view.key(at - 1) !== 's' || view.gap(at - 2) !== Gap.Apostrophe)) return null;
  const org = ev.orgEndingAt.get(at - 2);
  return org && !org.anaphor ? org : null;
}

/** How many words before "its" are read for the organisation it stands for. */
const ITS_REACH = 12;

/** The organisation "its" at token `its` stands for: the last one named in the words before it, in its sentence ("the National Security Service of Armenia led by its Director"). */
function orgJustBefore(ev: EntityView, its: number): OrgMention | null {
  const { view } = ev;
  const [sentenceStart] = view.sentenceBounds(view.tokens[its]?.start ?? 0);
  for (let k = its - 1; k >= Math.max(0, its - ITS_REACH) && (view.tokens[k]?.start ?? 0) >= sentenceStart; k--) {
    const cover = ev.orgCover[k] ?? -1;
    const org = cover >= 0 ? ev.orgs[cover] : undefined;
    if (org !== undefined) return org.anaphor ? null : org;
  }
  return null;
}

/** How an acronym in parentheses is followed: a space (" (FSB) ") or a comma and a space (" (DSS), "). */
const Closing = { Space: 1, Comma: 2 } as const;

/** A word written in capitals (at least two letters): an acronym. */
function isAcronymToken(token: { readonly raw: string } | undefined): token is { readonly raw: string } {
  return token !== undefined && token.raw.length >= 2 && token.raw === token.raw.toUpperCase() && startsUpper(token.raw);
}

/** Most letters of an acronym written like a word ("Abin", "Sinse"). */
const MAX_WORD_ACRONYM = 6;

/**
 * The acronym in parentheses that starts at token `j`, a space before the bracket and a space or a
 * comma after it: its last token (two acronyms joined by a hyphen or slash, "(DGSN-DGST)", are read
 * as one) and what follows it; null if there is none.
 */
function parenthesisedAcronym(view: EntityView['view'], j: number): { readonly last: number; readonly closing: number } | null {
  const token = view.tokens[j];
  // The bracket before the token first: most tokens have none, and the word tests are dearer.
  if (token === undefined || !view.gapIs(j - 1, ' (')) return null;
  // In capitals ("FSB"), or written like a short word ("Abin") when alone in its brackets.
  const wordLike = token.raw.length <= MAX_WORD_ACRONYM && startsUpper(token.raw) && view.text.charCodeAt(token.end) === 0x29;
  if (!(isAcronymToken(token) || wordLike)) return null;
  const text = view.text;
  let last = j;
  const joiner = text.charCodeAt(token.end);
  const second = view.tokens[j + 1];
  if ((joiner === 0x2d || joiner === 0x2f) && second?.start === token.end + 1 && isAcronymToken(second)) last = j + 1;
  const after = text.slice(view.tokens[last]?.end ?? 0, (view.tokens[last]?.end ?? 0) + 3);
  if (after.startsWith(') ')) return { last, closing: Closing.Space };
  return after === '), ' ? { last, closing: Closing.Comma } : null;
}

/** The first token of an acronym in parentheses that ends on token `last` and is followed by a space, or -1. */
function acronymEndingAt(view: EntityView['view'], last: number): number {
  if (endsAcronymAt(view, last, last)) return last;
  return endsAcronymAt(view, last - 1, last) ? last - 1 : -1;
}

/** Whether an acronym in parentheses starts at token `first`, ends on token `last` and is followed by a space. */
function endsAcronymAt(view: EntityView['view'], first: number, last: number): boolean {
  const found = parenthesisedAcronym(view, first);
  return found !== null && found.last === last && found.closing === Closing.Space;
}

/** A country tail inside an organisation's long name ("Foreign Intelligence Service of the Russian Federation"). */
function innerTail(ev: EntityView, o: OrgMention): { code: string; start: number; to: number } | null {
  for (let k = o.from + 1; k < o.to; k++) {
    const c = ev.countries.startingAt(k);
    if (c && c.to === o.to && (ev.view.key(k - 1) === 'of' || ev.view.key(k - 1) === 'the')) return { code: c.code, start: tailStartOf(ev.view, k), to: c.to };
  }
  return null;
}

/** Where an "of (the) (Republic of) X" tail starts, given the country's first token. */
function tailStartOf(view: EntityView['view'], countryFrom: number): number {
  let k = countryFrom;
  if (view.key(k - 1) === 'the') k--;
  if (view.key(k - 1) === 'of') k--;
  // "of the Republic of Hungary": the state's style belongs to the tail.
  if (view.key(k) === 'of' && STATE_STYLES.has(view.key(k - 1))) {
    k--;
    if (view.key(k - 1) === 'the') k--;
    if (view.key(k - 1) === 'of') k--;
  }
  return view.tokens[k]?.start ?? 0;
}

/** A country word modifies what follows ("the Uzbek State Security Service") rather than ending the title ("of Uzbekistan"). */
function modifiesNext(ev: EntityView, next: number): boolean {
  if (!ev.view.spaceAfter(next - 1)) return false;
  if (ev.orgStartingAt.has(next)) return true;
  const raw = ev.view.raw(next);
  return startsUpper(raw) && !ev.rankAt.has(next) && !isLooseNameWord(ev, next) && shortWordNameAt(ev, next) === null;
}

/** A word that can belong to a name written after a title: a name word no table knows, or an initial. */
function isLooseNameWord(ev: EntityView, i: number): boolean {
  const like = ev.nameLike[i];
  return like === 1 || (like === 2 && ev.view.gap(i) === Gap.Period);
}

function orgWords(text: string, start: number, end: number): string | null {
  const s = text.slice(start, end).replace(/^the\s+/i, '').trim();
  return s.length > 0 ? s : null;
}

/** The text from `start` to `end` with `edits` applied; sorts `edits` in place. */
function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  // Most titles need no edit: no copy of the list is sorted for them.
  if (edits.length === 0) return text.slice(start, end);
  let out = '';
  let at = start;
  for (const e of sortByKey(edits, editStart)) {
    if (e.from < at || e.from > end) continue;
    out += text.slice(at, e.from) + e.text;
    at = Math.min(end, Math.max(at, e.to));
  }
  return out + text.slice(at, end);
}

/** `s` with the first whole-word occurrence of `word` replaced by `by`. */
function replaceWord(s: string, word: string, by: string): string {
  const isWord = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if (!isWord(s[at - 1]) && !isWord(s[at + word.length])) return s.slice(0, at) + by + s.slice(at + word.length);
  }
  return s;
}

/** The most field nouns read back between a demonym and an office ("border security chief"). */
const MAX_FIELD_NOUNS = 2;

/**
 * The country of a demonym or possessive before the field nouns that stand before the office at
 * `officeFrom` ("Kenyan police chief", "Nigeria's army spokesman"), or null when no field noun or
 * no country stands there. A field noun inside an organisation's name is not read over, and a
 * capitalised portfolio right before the office ("Thai Defence Minister") is the title's.
 */
function countryBeforeField(ev: EntityView, officeFrom: number): string | null {
  const { view } = ev;
  let from = officeFrom;
  while (officeFrom - from < MAX_FIELD_NOUNS && from > 0 && view.spaceAfter(from - 1) && CUES.fieldNouns.has(view.key(from - 1)) && (ev.orgCover[from - 1] ?? -1) < 0) from--;
  // A portfolio written with its capital ("Thai Defence Minister") is the office's modifier, read with the title.
  if (from < officeFrom && CUES.officeModifiers.has(view.raw(officeFrom - 1))) return null;
  return from === officeFrom ? null : countryBefore(view, ev.countries, from);
}
