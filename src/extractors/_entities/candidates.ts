/**
 * Person candidates: names found from the shape of the sentence. A run of name words is
 * a person when a rank or an office title stands right before it ("Colonel-General Ali
 * Naghiyev", "Uzbek President Shavkat Mirziyoyev", "Chief of the SSS, Colonel General Ali
 * Naghiyev"), when a title follows it as an apposition ("Ali Naghiyev, the Chief of ..."),
 * when it is a known official's name, when a speech verb follows it ("John Smith said"), when
 * "of <country>" follows it as an item of a list ("attended by A B of Armenia, C D of Belarus and ..."),
 * or when it is the one met ("received X", "held talks with X").
 * Agencies, places, titles alone and conference names are never persons.
 * @module
 */
import { countryBefore, type OrgMention } from './agencies.js';
import { isArticle, nameKey } from './names.js';
import { sortByKey } from './order.js';
import { startsLower, startsUpper } from '../_lib/letterCase.js';
import { endsHonorific, honorificsFrom } from './honorifics.js';
import { shortWordNameAt } from './shortNames.js';
import { Gap } from './text.js';
import { TokenFlags } from './tokenFlags.js';
import { TokenIndex, TokenSlots, type ReadonlyTokenIndex } from './tokenIndex.js';
import { Shape } from './wordShapes.js';
import type { Title } from './titles.js';
import { isRetiredMarker, type EntityView } from './view.js';
import { CUE_CLASS, CUES, OFFICIALS, type OfficialEntry } from './wording.js';

/** A name found with what stands around it. */
export interface PersonCandidate {
  readonly from: number;
  readonly to: number;
  readonly rank: string | null;
  /** The title written with the name (set late when an apposition follows a name found by its rank). */
  title: Title | null;
  /** An organisation the person leads, from "delegation of X led by ...". */
  readonly ledOrg: OrgMention | null;
  /** How the name was found, for tracing. */
  readonly via: string;
}

/** At most this many words in a name, not counting a hyphenated article ("Al-", "El-"). */
const MAX_NAME_WORDS = 5;

/** A lower-case syllable of one to four letters that is not a word ending an English compound ("-led", "-era"). */
const NAME_SYLLABLE = /^[a-z]{1,4}$/;
const isNameSyllable = (raw: string): boolean => NAME_SYLLABLE.test(raw) && !CUES.hyphenSuffixes.has(raw);

const joinsName = (gap: Gap): boolean => gap === Gap.Space || gap === Gap.Hyphen || gap === Gap.Period;

/** A name run starting at token `i`: name words, initials ("A.", "Christopher A. Wray"), inner particles; at most five words. */
export function nameRunAt(ev: EntityView, i: number): { from: number; to: number } | null {
  const { view } = ev;
  let j = i;
  let words = 0;
  while (j < view.tokens.length && words < MAX_NAME_WORDS) {
    const raw = view.raw(j);
    const like = ev.nameLike[j];
    // An initial opens a name ("A. Azizov") or stands inside one, before a name word ("Christopher A. Wray").
    if (like === 2 && view.gap(j) === Gap.Period && (j === i || ev.nameLike[j + 1] === 1)) {
      j++;
      words++;
      continue;
    }
    if (words > 0 && ev.is(j, CUE_CLASS.particle) && CUES.particles.has(raw) && ev.nameLike[j + 1] === 1 && (view.gap(j) === Gap.Space || view.gap(j) === Gap.Hyphen)) {
      j++;
      continue;
    }
    if (like === 2 && view.gap(j) === Gap.Apostrophe && ev.nameLike[j + 1] === 1 && words < MAX_NAME_WORDS) {
      // "O'Connor", "N'Diaye", "D'Souza": a capital and an apostrophe before a name word make one word.
      j += 2;
      words++;
      if (view.gap(j - 1) !== Gap.Space && view.gap(j - 1) !== Gap.Hyphen) break;
      continue;
    }
    if (words > 0 && view.gap(j - 1) === Gap.Hyphen && isNameSyllable(raw)) {
      // The lower-case syllable of a hyphenated given name belongs to it: "Min-soo", "Jong-un".
      j++;
      if (view.gap(j - 1) !== Gap.Space) break;
      continue;
    }
    if (like !== 1 || (words > 0 && ev.is(j, CUE_CLASS.headlineVerb))) break;
    j++;
    if (!(isArticle(raw) && ev.nameLike[j] === 1)) words++;
    const gap = view.gap(j - 1);
    if (gap !== Gap.Hyphen && gap !== Gap.Space) break;
  }
  if (words === 0) return null;
  if (ev.nameLike[j - 1] === 2) return null;
  return { from: i, to: j };
}

/**
 * A name run after an honorific or a rank at token `i`, whose first word may be written like a place ("Hon Aden
 * Duale", "General Jordan Smith"): a word of a name's shape that a gazetteer reads as a place, before name words.
 */
function nameRunAfterCue(ev: EntityView, i: number): { from: number; to: number } | null {
  const run = nameRunAt(ev, i);
  if (run !== null) return run.to - run.from >= 2 && run.to - run.from < MAX_NAME_WORDS && placeShapedLast(ev, run.to) ? { from: run.from, to: run.to + 1 } : run;
  if (ev.nameLike[i] !== 0 || ev.view.tokens[i]?.word.shape !== Shape.Name || !ev.view.spaceAfter(i)) return run;
  const rest = ev.nameLike[i + 1] === 1 ? nameRunAt(ev, i + 1) : null;
  return rest === null ? null : { from: i, to: rest.to };
}

/**
 * Whether token `j`, right after name words, is the last word of the name though a gazetteer reads it as a place:
 * written like a name word, one word that no country, organisation, rank or office covers, and the name ends with it (no
 * space and a name's word after it) — "Colonel Ahmed Dahir Aden," (Aden is also a city).
 */
function placeShapedLast(ev: EntityView, j: number): boolean {
  const { view } = ev;
  if (ev.nameLike[j] !== 0 || ev.covered[j] !== 1 || view.tokens[j]?.word.shape !== Shape.Name || !view.spaceAfter(j - 1)) return false;
  if (ev.countries.startingAt(j) !== undefined || (ev.orgCover[j] ?? -1) >= 0 || ev.rankAt.has(j) || ev.officeAt.has(j)) return false;
  return !(view.spaceAfter(j) && (ev.covered[j + 1] === 1 || ev.nameLike[j + 1] !== 0 || startsUpper(view.raw(j + 1))));
}

/** A name run with the generational suffix written right after it, a space between ("Nicolas Torre III", "Ferdinand Marcos Jr."). */
function withSuffix(ev: EntityView, run: { from: number; to: number }): { from: number; to: number } {
  return ev.view.spaceAfter(run.to - 1) && CUES.nameSuffixes.has(ev.view.raw(run.to)) ? { from: run.from, to: run.to + 1 } : run;
}

/** The name run that ends on token `last`, walking back. */
function nameRunEndingAt(ev: EntityView, last: number): { from: number; to: number } | null {
  let k = last;
  let words = 1;
  // Back over name words (at most a name's worth) and the particles between them ("bin", "al"), to an
  // honorific, which is not the name's ("Sayyid Hamad bin Hilal Al Busaidi, Minister of ..."). A full
  // stop joins only an initial to the name ("A. Azizov"), not the sentence before ("... Dawn Wire. Mehdi Malik").
  while (k > 0) {
    const gap = ev.view.gap(k - 1);
    if (!joinsName(gap) || (gap === Gap.Period && ev.nameLike[k - 1] !== 2) || endsHonorific(ev, k - 1)) break;
    // An article before a name word ("Al-" of "Al-Sabah") is not counted, as `nameRunAt` does not count it.
    if (ev.nameLike[k - 1] !== 0 && words < MAX_NAME_WORDS) {
      if (!isArticle(ev.view.raw(k - 1))) words++;
    } else if (placeShapedAfterCue(ev, k - 1) && words < MAX_NAME_WORDS) {
      // "Hon Aden Duale, Cabinet Secretary ...": a first word written like a place, after an honorific or a rank, is the name's.
      k--;
      break;
    } else if (!(ev.is(k - 1, CUE_CLASS.particle) && CUES.particles.has(ev.view.raw(k - 1)) && k - 1 > 0 && ev.nameLike[k - 2] === 1)) break;
    k--;
  }
  const run = nameRunAfterCue(ev, k);
  return run && run.to === last + 1 ? run : null;
}

/** Whether token `i` is a word of a name's shape that the gazetteer reads as a place, right after an honorific or a rank ("Hon Aden"). */
function placeShapedAfterCue(ev: EntityView, i: number): boolean {
  if (ev.nameLike[i] !== 0 || ev.view.tokens[i]?.word.shape !== Shape.Name || !ev.view.spaceAfter(i - 1)) return false;
  return endsHonorific(ev, i - 1) || ev.rankEndingAt.has(i - 1);
}

const officialByKeys = new Map<string, OfficialEntry>();
for (const o of OFFICIALS) {
  for (const n of [o.name, ...o.variants]) officialByKeys.set(n.split(/[\s-]+/).map(nameKey).join(' '), o);
}
/** The first word's key of every official's name and variant (keys hold no spaces), to rule most names out early. */
const officialFirstKeys: ReadonlySet<string> = new Set([...officialByKeys.keys()].map((k) => k.split(' ')[0] ?? ''));

/** Whether the name of an official (or a variant) opens with a word of the spelling key `key` (see `nameKey`). */
export function opensOfficialName(key: string): boolean {
  return officialFirstKeys.has(key);
}

/** The official whose name (or a variant) is written as the words of tokens `[from, to)`, by their spelling keys kept in the word records. */
function officialOfTokens(ev: EntityView, from: number, to: number): OfficialEntry | undefined {
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push(ev.nameKeyOf(k));
  return officialByKeys.get(keys.join(' '));
}

/** The first separator of a written name's words. */
const WORD_SEPARATOR = /[\s-]/;

/** Where the first word of `written` ends: at its first space or hyphen (by code units in ASCII, by {@link WORD_SEPARATOR} beyond). */
function firstWordEnd(written: string): number {
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) return k;
    if (c >= 128) {
      const cut = written.slice(k).search(WORD_SEPARATOR);
      return cut < 0 ? written.length : k + cut;
    }
  }
  return written.length;
}

/** The official whose name (or a variant) is `written`, its words split at spaces and hyphens; the first word rules most names out before they are split. */
export function officialWrittenAs(written: string): OfficialEntry | undefined {
  if (!officialFirstKeys.has(nameKey(written.slice(0, firstWordEnd(written))))) return undefined;
  return officialByKeys.get(written.split(/[\s-]+/).map(nameKey).join(' '));
}

/** The tokens a candidate's name takes, while the candidates of one text are found. */
const takenFlags = new TokenFlags();
/** The ranks whose holder's name was found, by first token, while the candidates of one text are found. */
const rankUsedFlags = new TokenFlags();
/** The slots of the candidates by first token, and of the longest title by first token, reused text after text. */
const byStartSlots = new TokenSlots();
const longestFromSlots = new TokenSlots();

/** Every person candidate of the text, with the titles that introduce them. */
export function findCandidates(ev: EntityView, titles: readonly Title[]): { candidates: PersonCandidate[]; attached: Set<Title> } {
  const { view } = ev;
  const candidates: PersonCandidate[] = [];
  const taken = takenFlags.take(view.tokens.length);
  const attached = new Set<Title>();
  const byStart = new TokenIndex<PersonCandidate>(byStartSlots.take(view.tokens.length));
  const add = (found: { from: number; to: number }, rank: string | null, title: Title | null, via: string, words = 1): boolean => {
    if (wordsIn(ev, found) < words || isByline(ev, found.from)) return false;
    const run = withSuffix(ev, found);
    for (let k = run.from; k < run.to; k++) if (taken[k]) return false;
    for (let k = run.from; k < run.to; k++) taken[k] = 1;
    // A bare office written before the name stands between the lead cue and the name: "a delegation of X led by Minister Y"
    // (an office of its own organisation, "chaired by the President of State Security of ...", is not X's).
    const officeBefore = title !== null && title.to <= run.from && namesNoBody(title) && delegationBefore(ev, title.from);
    const ledOrg = officeBefore ? ledOrganisation(ev, title.from, null) : ledOrganisation(ev, run.from, rank);
    const candidate: PersonCandidate = { from: run.from, to: run.to, rank, title, ledOrg, via };
    candidates.push(candidate);
    byStart.set(run.from, candidate);
    if (title) attached.add(title);
    return true;
  };
  const rankUsed = rankUsedFlags.take(view.tokens.length);
  const rankThenName = (at: number, title: Title | null, via: string, words: number): boolean => {
    const rank = ev.rankAt.get(at);
    if (rank && rankJoins(ev, rank.tokenEnd - 1)) {
      // An honorific may stand between the rank and the name: "Lieutenant General Sheikh Salem Al-Sabah".
      const nameAt = honorificsFrom(ev, rank.tokenEnd);
      const run = nameRunAfterCue(ev, nameAt) ?? shortWordNameAt(ev, nameAt);
      if (run && add(run, rank.entry.rank, title, via, words)) {
        rankUsed[rank.tokenStart] = 1;
        return true;
      }
      return false;
    }
    const after = honorificsFrom(ev, at);
    const start = after > at && (view.gap(after - 1) === Gap.Space || view.gap(after - 1) === Gap.Period) ? after : at;
    const run = nameRunAt(ev, start) ?? (start === at ? shortWordNameAt(ev, at) : null);
    return run !== null && add(run, title?.rank ?? null, title, via, words);
  };
  for (const t of titles) {
    if (t.nameFrom !== null) {
      const run = nameRunAt(ev, honorificsFrom(ev, t.nameFrom));
      if (run) add(run, null, t, 'title+name');
      continue;
    }
    // After an acronym in parentheses that ends the title, ") " joins like a space and "), " like a comma.
    const gap = view.gapIs(t.to - 1, ') ') ? Gap.Space : view.gapIs(t.to - 1, '), ') ? Gap.Comma : view.gap(t.to - 1);
    if (gap === Gap.Space) rankThenName(t.to, t, 'title+rank+name', 1);
    // "A, President of X, B, Commander of Y": a title set off after a name is that name's apposition, not the next name's.
    else if (gap === Gap.Comma && !followsUntitledName(ev, t.from, byStart)) rankThenName(t.to, t, 'title,name', 2);
  }
  // The ranks by value: each is keyed by its first token, and iterating values builds no entry pairs.
  for (const rank of ev.rankAt.values()) {
    const at = rank.tokenStart;
    if (rankUsed[at] === 1 || !rankJoins(ev, rank.tokenEnd - 1)) continue;
    // "Director General X": the rank word belongs to the office before it; "its Director, Major General X" keeps its rank.
    if ((ev.officeAt.has(at - 1) && view.gap(at - 1) !== Gap.Comma) || taken[at]) continue;
    const run = nameRunAfterCue(ev, honorificsFrom(ev, rank.tokenEnd));
    if (run && add(run, rank.entry.rank, null, 'rank+name')) rankUsed[at] = 1;
  }
  // Of titles read from one word ("Deputy", "Deputy Foreign Minister"), the longest is the apposition: where each word's longest ends.
  const longestFrom = new TokenIndex<number>(longestFromSlots.take(view.tokens.length));
  for (const t of titles) longestFrom.set(t.from, Math.max(t.to, longestFrom.get(t.from) ?? 0));
  for (const t of titles) {
    if (attached.has(t) || (t.org === null && t.orgText === null && t.country === null)) continue;
    if ((longestFrom.get(t.from) ?? 0) > t.to) continue;
    let k = t.from - 1;
    // "X, Russian Deputy Foreign Minister", "X, Egypt's Minister of Interior": the country word that gave the title its country stands between.
    const possessive = view.key(k) === 's' && view.spaceAfter(k) && view.gap(k - 1) === Gap.Apostrophe;
    const demonym = possessive ? ev.countries.endingAt(k - 1) : view.spaceAfter(k) ? ev.countries.endingAt(k) : undefined;
    if (demonym !== undefined) k = demonym.from - 1;
    if (view.key(k) === 'the' && view.spaceAfter(k)) k--;
    if (view.gap(k) !== Gap.Comma) continue;
    // "X, MP, Minister for Defence": letters after the name, set off by commas, stand between.
    if (CUES.postNominals.has(view.raw(k)) && view.gap(k - 1) === Gap.Comma) k -= 1;
    const run = nameRunEndingAt(ev, k);
    if (!run) continue;
    const rank = rankEndingBefore(ev, run.from);
    const found = byStart.get(run.from);
    if (found && found.to === run.to && found.title === null) {
      found.title = t;
      attached.add(t);
    } else if (found && found.to === run.to && found.title !== null && found.title.to <= found.from && isBareOffice(found.title)) {
      // "Director Robert Mueller, the head of the FBI, said": the apposition that names the body is the title, and the verb after it is the person's.
      found.title = t;
      attached.add(t);
    } else if (add(run, rank, t, 'name,title', verbAfterApposition(ev, t.to) ? 1 : 2)) attached.add(t);
  }
  let skipTo = 0;
  for (const i of ev.nameStarts) {
    if (i < skipTo) continue;
    const afterHonorifics = honorificsFrom(ev, i);
    if (afterHonorifics > i) {
      const gap = view.gap(afterHonorifics - 1);
      const run = (gap === Gap.Space || gap === Gap.Period) && !taken[afterHonorifics] ? nameRunAfterCue(ev, afterHonorifics) : null;
      if (run) add(run, null, null, 'honorific+name');
      skipTo = afterHonorifics;
      continue;
    }
    if (taken[i] || ev.nameLike[i] !== 1) continue;
    const run = nameRunAt(ev, i);
    if (!run || run.to - run.from < 2) continue;
    // Most names are no official's: the first word's key rules them out before the words are gathered.
    if (officialFirstKeys.has(ev.nameKeyOf(run.from)) && officialOfTokens(ev, run.from, run.to)) add(run, rankEndingBefore(ev, run.from), null, 'official');
    else if (speechFollows(ev, run.to) || meetingFollows(ev, run.to)) add(run, rankEndingBefore(ev, run.from), null, 'name+verb', 2);
    else if (counterpartBefore(ev, run.from) !== undefined) add(run, rankEndingBefore(ev, run.from), null, 'counterpart+name', 2);
    else if (countryItemFollows(ev, run.to)) add(run, rankEndingBefore(ev, run.from), null, 'name+of+country', 2);
    // "met Ousmane Ba's deputy": the one met is the deputy, not the name in the possessive.
    else if (meetingObjectBefore(ev, run.from) && !(view.key(run.to) === 's' && view.gap(run.to - 1) === Gap.Apostrophe)) add(run, rankEndingBefore(ev, run.from), null, 'meeting+name', 2);
    else {
      const apposition = appositiveTitle(ev, run.to, titles, attached);
      if (apposition !== null) add(run, rankEndingBefore(ev, run.from), apposition, 'name,apposition', 2);
    }
    skipTo = run.to;
  }
  return { candidates: sortByKey(candidates, (c) => c.from), attached };
}

/** Whether a title names no organisation and no country, its office perhaps modified ("the Deputy Inspector General, X"). */
const namesNoBody = (t: Title): boolean => t.org === null && t.orgText === null && t.country === null;

/** Whether a title is an office alone, of no organisation and no country ("Director" of "Director X"). */
const isBareOffice = (t: Title): boolean => t.org === null && t.orgText === null && t.country === null && t.from === t.officeFrom;

/**
 * Whether a name with no title yet (`found`: the candidates so far, by first token) and a comma stand
 * right before token `from`, with no more than an article between: "A, President of X, B" gives the
 * title to A; "President A, the Minister of X, B" gives it to B.
 */
function followsUntitledName(ev: EntityView, from: number, found: ReadonlyTokenIndex<PersonCandidate>): boolean {
  let k = from - 1;
  if (ev.view.key(k) === 'the' && ev.view.spaceAfter(k)) k--;
  if (ev.view.gap(k) !== Gap.Comma) return false;
  const run = nameRunEndingAt(ev, k);
  return run !== null && (found.get(run.from)?.title ?? null) === null;
}

/** Articles an apposition may open with ("X, the head of ..."). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** How many words an apposition may have ("X, vice minister of public security,"). */
const APPOSITION_REACH = 12;

/**
 * A title written as an apposition after a name: one read there already (the longest), else, in words no
 * table ties to an organisation, a comma, perhaps an article or a demonym, an office, and the words up
 * to the closing comma or the sentence's end ("Chen Wei, vice minister of public security, met ...",
 * "X, head of the delegation, said"). Not
 * an office that a name follows, which is the next person's ("X, Minister Y and ..."). `to` is the
 * token just past the name.
 */
function appositiveTitle(ev: EntityView, to: number, titles: readonly Title[], attached: ReadonlySet<Title>): Title | null {
  const { view } = ev;
  if (view.gap(to - 1) !== Gap.Comma) return null;
  let k = to;
  if (ARTICLES.has(view.raw(k)) && view.spaceAfter(k)) k++;
  const from = k;
  // A title read there already, the longest, is the apposition.
  let read: Title | null = null;
  for (const t of titles) if (t.from === from && t.nameFrom === null && !attached.has(t) && (read === null || t.to > read.to)) read = t;
  if (read !== null) return read;
  const demonym = ev.countries.startingAt(k);
  if (demonym !== undefined) k = demonym.to;
  const office = ev.officeAt.get(k);
  if (office === undefined || ev.nameLike[office.tokenEnd] === 1 || ev.rankAt.has(office.tokenEnd)) return null;
  const [, sentenceEnd] = view.sentenceBounds(view.tokens[from]?.start ?? 0);
  let end = office.tokenEnd;
  while (end < view.tokens.length && end - from < APPOSITION_REACH && (view.tokens[end]?.start ?? Infinity) < sentenceEnd && view.gap(end - 1) === Gap.Space) end++;
  const closed = view.gap(end - 1) === Gap.Comma || (view.tokens[end]?.start ?? Infinity) >= sentenceEnd;
  if (!closed) return null;
  return {
    from,
    to: end,
    officeFrom: office.tokenStart,
    officeTo: office.tokenEnd,
    office: office.entry.title,
    text: view.slice(from, end),
    org: null,
    orgText: null,
    country: demonym?.code ?? null,
    nameFrom: null,
    nameTo: null,
  };
}

/** The most tokens an office between "counterpart" and a name may have ("Inspector General"). */
const MAX_OFFICE_TOKENS = 4;

/**
 * Where the longer of a rank and an office ending just before token `from` starts ("Inspector
 * General" before a name, whose "General" is also a rank), else `from`.
 */
function rankOrOfficeStart(ev: EntityView, from: number): number {
  let start = ev.rankEndingAt.get(from - 1)?.tokenStart ?? from;
  for (let s = from - 1; s >= Math.max(0, from - MAX_OFFICE_TOKENS); s--) if (s < start && ev.officeAt.get(s)?.tokenEnd === from) start = s;
  return start;
}

/**
 * Whether "his Kenyan counterpart(,) [rank or office] NAME" stands before the name at token `from`,
 * and the country it names: undefined without such a cue, null when it names no country.
 */
export function counterpartBefore(ev: EntityView, from: number): string | null | undefined {
  const { view } = ev;
  const k = rankOrOfficeStart(ev, from) - 1;
  if ((view.gap(k) !== Gap.Space && view.gap(k) !== Gap.Comma) || !CUES.counterpart.has(view.key(k))) return undefined;
  return countryBefore(view, ev.countries, k);
}

function rankEndingBefore(ev: EntityView, from: number): string | null {
  const rank = ev.rankEndingAt.get(from - 1);
  return rank && rankJoins(ev, from - 1) ? rank.entry.rank : null;
}

/** How many words a name run has, articles ("Al-", "El") not counted. */
function wordsIn(ev: EntityView, run: { from: number; to: number }): number {
  let n = 0;
  for (let k = run.from; k < run.to; k++) {
    const raw = ev.view.raw(k);
    // A word written like a place that opens the name counts too ("Aden" of "Hon Aden Duale", see nameRunAfterCue).
    const word = ev.nameLike[k] !== 0 || (k === run.from && ev.view.tokens[k]?.word.shape === Shape.Name);
    if (word && !(isArticle(raw) && k + 1 < run.to)) n++;
  }
  return n;
}

/** A name after "By" at the start of a line ("By Maria Gonzalez") is a byline: page chrome, not a person of the release. */
function isByline(ev: EntityView, from: number): boolean {
  const { view } = ev;
  if (CUES.honorifics.has(view.raw(from - 1))) from--;
  if (view.key(from - 1) !== 'by' || !view.spaceAfter(from - 1)) return false;
  const at = view.tokens[from - 1]?.start ?? 0;
  return at === 0 || view.text[at - 1] === '\n';
}

/** A rank ending on token `last` is joined to the next word: by a space, or by the period of an abbreviation ("Gen. Asim Munir"). */
function rankJoins(ev: EntityView, last: number): boolean {
  // "General (Ret.) Budi Gunawan": the rank's last token is the marker, closed before the name.
  if (isRetiredMarker(ev.view.text, ev.view.tokens, last)) return true;
  const gap = ev.view.gap(last);
  return gap === Gap.Space || (gap === Gap.Period && ev.view.raw(last).length <= 5 && ev.view.text[ev.view.tokens[last]?.end ?? 0] === '.' && ev.view.text[(ev.view.tokens[last]?.end ?? 0) + 1] === ' ');
}

/** A speech verb right after token `to` (an adverb may come between): "Smith said", "Smith also noted". */
function speechFollows(ev: EntityView, to: number): boolean {
  return ev.view.spaceAfter(to - 1) && speechVerbAt(ev, to);
}

/**
 * Whether a verb only a person does follows the comma that closes an apposition ending before token `to`:
 * a speech verb or a verb of meeting ("Kamau, the Commissioner of Police, said"): the one word before the
 * apposition is then a person's name, as a place or a body ("Nairobi, the capital of Kenya,") does not speak.
 */
function verbAfterApposition(ev: EntityView, to: number): boolean {
  return ev.view.gap(to - 1) === Gap.Comma && (speechVerbAt(ev, to) || verbOfMeetingAt(ev, to));
}

/** A speech verb at token `to`, in lower case (an adverb may come before it). */
function speechVerbAt(ev: EntityView, to: number): boolean {
  const { view } = ev;
  let k = to;
  if (ev.is(k, CUE_CLASS.speechAdverb)) k++;
  const raw = view.raw(k);
  return startsLower(raw) && ev.is(k, CUE_CLASS.speech) && view.key(k) !== 'speech';
}

/**
 * Whether "of <country>" follows token `to` as an item of a list ends: a comma, a full stop or a
 * semicolon after it, or "and" or "as well as": "attended by Armen Grigoryan of Armenia, Gizat
 * Nurdauletov of Kazakhstan and ...".
 */
function countryItemFollows(ev: EntityView, to: number): boolean {
  const { view } = ev;
  if (view.key(to) !== 'of' || !view.spaceAfter(to - 1) || !view.spaceAfter(to)) return false;
  const country = ev.countries.startingAt(view.key(to + 1) === 'the' ? to + 2 : to + 1);
  if (country === undefined) return false;
  const gap = view.gap(country.to - 1);
  if (gap === Gap.Comma || gap === Gap.Period || country.to >= view.tokens.length) return true;
  const next = view.key(country.to);
  return (gap === Gap.Space && (next === 'and' || next === 'as')) || view.gapIs(country.to - 1, '; ');
}

/** Verbs whose object, right after them, is the person met: "received X", "met with X". */
const MET_VERBS: ReadonlySet<string> = new Set(['met', 'meets', 'received', 'receives', 'welcomed', 'welcomes']);
/** Nouns of a meeting whose "with" the person met follows: "held talks with X". */
const MEETING_NOUNS: ReadonlySet<string> = new Set(['talks', 'meeting', 'meetings', 'consultations']);

/**
 * Whether the person met stands right at token `from`, as the object of a verb or noun of meeting: "received X", "met with X",
 * "held talks with X" (a rank may stand between: "met General X"). Words between the noun and "with" ("talks in Minsk
 * ended with") are not read: the "with" may be another verb's.
 */
function meetingObjectBefore(ev: EntityView, from: number): boolean {
  const { view } = ev;
  const k = (ev.rankEndingAt.get(from - 1)?.tokenStart ?? from) - 1;
  if (!view.spaceAfter(k)) return false;
  const key = view.key(k);
  if (MET_VERBS.has(key)) return startsLower(view.raw(k));
  return key === 'with' && view.spaceAfter(k - 1) && (MET_VERBS.has(view.key(k - 1)) || MEETING_NOUNS.has(view.key(k - 1)));
}

/** Verbs of meeting that only a person does, written after the person's name: "X met Y", "X received Y", "X held talks". */
const MEETING_VERBS: ReadonlySet<string> = new Set(['met', 'meets', 'received', 'receives', 'signed', 'signs', 'chaired', 'chairs', 'visited', 'visits']);

/** A verb of {@link MEETING_VERBS} (or "held talks") right after token `to`, in lower case. */
function meetingFollows(ev: EntityView, to: number): boolean {
  return ev.view.spaceAfter(to - 1) && verbOfMeetingAt(ev, to);
}

/** A verb of {@link MEETING_VERBS} (or "held talks") at token `to`, in lower case. */
function verbOfMeetingAt(ev: EntityView, to: number): boolean {
  const { view } = ev;
  if (!startsLower(view.raw(to))) return false;
  const key = view.key(to);
  return MEETING_VERBS.has(key) || (key === 'held' && view.key(to + 1) === 'talks');
}

/** The lead cues, and each of them followed by "the": the endings {@link leadCueBefore} looks for. */
const LEAD_ENDINGS: readonly string[] = CUES.lead.flatMap((cue) => [cue, `${cue} the`]);
/** The most characters of a lead ending. */
const LONGEST_LEAD_ENDING = Math.max(0, ...LEAD_ENDINGS.map((e) => e.length));
/** The codes of the last characters of the lead endings ("y" of "led by", "f" of "under the leadership of"). */
const LEAD_LAST_CODES: ReadonlySet<number> = new Set(LEAD_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/** Whether the text from `from` to `end`, lower-cased, ends with `ending`; compared in place, ASCII letters only lower-cased. */
function endsWithLowered(text: string, from: number, end: number, ending: string): boolean {
  if (end - ending.length < from) return false;
  for (let j = 1; j <= ending.length; j++) {
    const c = text.charCodeAt(end - j);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== ending.charCodeAt(ending.length - j)) return false;
  }
  return true;
}

/**
 * Whether the text from `from` to `to`, lower-cased and trimmed at its end, may end with a lead
 * cue: when its last character is ASCII and ends no lead ending, no; when its last characters (as
 * many as a lead ending has) are ASCII, whether it does, tested in place, so that most names are
 * decided without a lower-cased copy of the text before them; characters beyond ASCII there are
 * left to the full test.
 */
function mayEndLeadCue(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && (text.charCodeAt(end - 1) === 32 || (text.charCodeAt(end - 1) >= 9 && text.charCodeAt(end - 1) <= 13))) end--;
  // An ASCII last character that ends no lead ending rules the text out at once, whatever stands before it.
  const last = text.charCodeAt(end - 1);
  if (end > from && last < 128 && !LEAD_LAST_CODES.has(last >= 65 && last <= 90 ? last | 32 : last)) return false;
  // Lower-casing maps each ASCII character to one character: the lowered text ends as its ASCII end does.
  for (let k = Math.max(from, end - LONGEST_LEAD_ENDING); k < end; k++) if (text.charCodeAt(k) >= 128) return true;
  for (const ending of LEAD_ENDINGS) if (endsWithLowered(text, from, end, ending)) return true;
  return false;
}

/**
 * The first token of a lead cue ("led by", "under the leadership of", a "the" may follow it) that ends
 * right before token `at` in its sentence, or -1.
 */
export function leadCueBefore(ev: EntityView, at: number): number {
  const { view } = ev;
  const start = view.tokens[at]?.start ?? 0;
  // First tested on the 40 characters before the name whatever the sentence: no cue there, none in the sentence's part of them.
  if (!mayEndLeadCue(view.text, Math.max(0, start - 40), start)) return -1;
  const [sentenceStart] = view.sentenceBounds(start);
  const from = Math.max(sentenceStart, start - 40);
  if (!mayEndLeadCue(view.text, from, start)) return -1;
  const before = view.text.slice(from, start).toLowerCase().trimEnd();
  const cue = CUES.lead.find((c) => before.endsWith(c) || before.endsWith(`${c} the`));
  return cue === undefined ? -1 : view.tokenAt(from + before.lastIndexOf(cue));
}

/** The nouns of a delegation. */
export const DELEGATION_NOUNS: ReadonlySet<string> = new Set(['delegation', 'delegations']);

/** How many words before a title or a name a delegation's noun is looked for ("a delegation of the Ministry of Interior of X led by ..."). */
const DELEGATION_NOUN_REACH = 32;

/** Whether a delegation's noun stands before token `at` in its sentence, a few words back at most ("a delegation of the Ministry of X led by ..."). */
export function delegationBefore(ev: EntityView, at: number): boolean {
  const { view } = ev;
  const [sentenceStart] = view.sentenceBounds(view.tokens[at]?.start ?? 0);
  for (let k = at - 1; k >= Math.max(0, at - DELEGATION_NOUN_REACH) && (view.tokens[k]?.start ?? 0) >= sentenceStart; k--) if (DELEGATION_NOUNS.has(view.key(k))) return true;
  return false;
}

/** "the delegation of X led by / under the leadership of [rank or title] NAME": the organisation X; `nameFrom` is where the name or its title starts. */
function ledOrganisation(ev: EntityView, nameFrom: number, rank: string | null): OrgMention | null {
  const { view } = ev;
  let k = nameFrom;
  if (rank !== null) k = ev.rankEndingAt.get(nameFrom - 1)?.tokenStart ?? nameFrom;
  if (leadCueBefore(ev, k) < 0) return null;
  const [sentenceStart] = view.sentenceBounds(view.tokens[k]?.start ?? 0);
  for (let t = k - 1; t >= 0 && (view.tokens[t]?.start ?? 0) >= sentenceStart; t--) {
    // The delegation's noun ends its words: only the organisation written right before it ("the SSS delegation") is still its.
    const noun = DELEGATION_NOUNS.has(view.key(t));
    if (noun) t--;
    // Most tokens are in no organisation (-1): tested before indexing, as reading index -1 of an array is a slow property look-up.
    const k = ev.orgCover[t] ?? -1;
    const o = k < 0 ? undefined : ev.orgs[k];
    if (o && !o.anaphor) return o;
    if (noun) break;
  }
  return null;
}
