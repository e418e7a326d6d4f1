/**
 * Organisation mentions: agencies and intergovernmental bodies found by the gazetteer,
 * with the country of each agency mention decided from its context. The same name can
 * belong to several countries ("State Security Service": Azerbaijan and Uzbekistan), so
 * a demonym ("the Uzbek ..."), a possessive ("Azerbaijan's ..."), "the country's", an
 * "of X" tail, an earlier mention or the countries the text names decide.
 * @module
 */
import type { GazetteerHit } from '../../gazetteer/gazetteer.js';
import { agencyForms } from '../../gazetteer/agencyForms.js';
import { TABLES, type AgencyEntry } from '../../gazetteer/tables.js';
import { phraseKey } from '../../gazetteer/tokenize.js';
import { rememberPerWord } from '../../text/wordMemo.js';
import type { OrganizationKind } from '../../schema/record.js';
import { sortByKey } from './order.js';
import { startsUpper } from '../_lib/letterCase.js';
import { scannedClass } from './scannedClasses.js';
import { Gap, type TextView } from './text.js';
import { defineWordClass } from './wordClasses.js';
import { CUES } from './wording.js';

type HitOf<K extends GazetteerHit['kind']> = Extract<GazetteerHit, { kind: K }>;

/** One mention of an organisation, over tokens `[from, to)`. */
export interface OrgMention {
  readonly name: string;
  readonly acronym: string | null;
  readonly kind: OrganizationKind;
  readonly country: string | null;
  readonly from: number;
  readonly to: number;
  /** The mention is an acronym ("SSS"). */
  readonly short: boolean;
  /** The mention is "the Service" referring back. */
  readonly anaphor: boolean;
}

/**
 * One written form of an agency (name, alias, acronym or short name): its folded words, every
 * agency written so, and those of them that are written so in full (not by their short name).
 */
interface Variant {
  readonly words: readonly string[];
  readonly entries: AgencyEntry[];
  readonly inFull: AgencyEntry[];
}

const countryOfCode = new Map(TABLES.countries.map((c) => [c.code, c]));
const byKey = new Map<string, Variant>();
/** Each agency's variants, to tell which one a gazetteer hit of that agency matched. */
const variantsOf = new Map<AgencyEntry, Variant[]>();
for (const a of TABLES.agencies) {
  const own: Variant[] = [];
  for (const form of agencyForms(a, countryOfCode.get(a.country))) {
    const key = phraseKey(form.text);
    let variant = byKey.get(key);
    if (!variant) {
      variant = { words: key.split(' '), entries: [], inFull: [] };
      byKey.set(key, variant);
    }
    if (own.includes(variant)) continue;
    variant.entries.push(a);
    if (!form.short) variant.inFull.push(a);
    own.push(variant);
  }
  variantsOf.set(a, own);
}

/**
 * For each agency, by word count: the entries of its only variant of that many words, or null
 * when several variants have that many words (their words are then compared).
 */
const byLengthOf = new Map<AgencyEntry, (Variant | null | undefined)[]>();
for (const [a, own] of variantsOf) {
  const byLength: (Variant | null | undefined)[] = [];
  for (const v of own) byLength[v.words.length] = byLength[v.words.length] === undefined ? v : null;
  byLengthOf.set(a, byLength);
}

/**
 * The agencies written as the words of an agency hit. The gazetteer found the hit as one of its
 * entry's variants, so the entry's only variant of that many words is the one; words are compared
 * only between variants of the same length (no key string built and hashed per hit).
 */
function variantWritten(view: TextView, h: HitOf<'agency'>): Variant | undefined {
  const sole = byLengthOf.get(h.entry)?.[h.tokenEnd - h.tokenStart];
  if (sole !== null) return sole;
  for (const v of variantsOf.get(h.entry) ?? []) {
    if (v.words.length === h.tokenEnd - h.tokenStart && wordsAt(view, h.tokenStart, v.words)) return v;
  }
  return undefined;
}

/** Whether the tokens from `at` on have the keys `words`. */
function wordsAt(view: TextView, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (view.key(at + k) !== words[k]) return false;
  return true;
}

/** The words "the Service" (or "the Committee", "the Agency") referring back is written with. */
const ANAPHOR_WORDS = ['Service', 'Committee', 'Agency'];
const ANAPHOR_WORD = scannedClass(defineWordClass(ANAPHOR_WORDS.map((w) => w.toLowerCase())));

/** A capital then lower case: the start of a name word. */
const NAME_START = /^\p{Lu}\p{Ll}/u;

/** Whether `word` starts as a name word ({@link NAME_START}); two ASCII letters are told without the pattern. */
function startsName(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 0x80 && second < 0x80) return first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a;
  return NAME_START.test(word);
}
/** One capitalised word ("Chairman"), not an acronym. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** How many earlier organisation mentions a short form may refer back to. */
const LOOK_BACK = 20;
/** How many capitalised words before a table match may belong to a longer name the table lacks. */
const MAX_NAME_LEAD = 2;

const GOVERNMENT_KINDS: ReadonlySet<string> = new Set(['ministry', 'security-council']);

/** The organisation kind of a gazetteer agency kind. */
function agencyKind(kind: string): OrganizationKind {
  return GOVERNMENT_KINDS.has(kind) ? 'government' : 'security-service';
}

/** One country or demonym hit: its country and its tokens `[from, to)`. */
export interface CountryHit {
  readonly code: string;
  readonly from: number;
  readonly to: number;
}

/** Country hits (countries and demonyms), looked up by the token they end on and start on. */
export interface CountryIndex {
  /** The (last) hit ending on token `at`. */
  endingAt(at: number): CountryHit | undefined;
  /** The (last) hit starting at token `at`. */
  startingAt(at: number): CountryHit | undefined;
  /** Countries in text order. */
  readonly inOrder: readonly CountryHit[];
  /** How often country `code` is named. */
  count(code: string): number;
}

/**
 * The country hits of one text. `starts` and `ends` (one entry per token) hold the position + 1 of
 * the last hit starting and ending on each token: look-ups are one array read, not a search per
 * look-up or a Map built per text.
 */
class CountryHits implements CountryIndex {
  constructor(
    readonly inOrder: readonly CountryHit[],
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  endingAt(at: number): CountryHit | undefined {
    return this.hitAt(this.ends, at);
  }

  startingAt(at: number): CountryHit | undefined {
    return this.hitAt(this.starts, at);
  }

  count(code: string): number {
    // A text names a dozen countries or so, and a count is asked for a few times per agency: a loop, not a Map built per text.
    let n = 0;
    for (const c of this.inOrder) if (c.code === code) n++;
    return n;
  }

  /** The hit `slots` gives token `at`; tested before indexing, as reading index -1 of an array is a slow property look-up. */
  private hitAt(slots: Int32Array, at: number): CountryHit | undefined {
    const k = at >= 0 ? (slots[at] ?? 0) : 0;
    return k === 0 ? undefined : this.inOrder[k - 1];
  }
}

/**
 * Indexes the country and demonym hits of a text. `startingAt` and `endingAt` (one entry per
 * token, cleared here) are filled with the position + 1 of the last hit starting and ending on
 * each token (see `CountryHits`).
 */
export function indexCountries(hits: readonly GazetteerHit[], startingAt: Int32Array, endingAt: Int32Array): CountryIndex {
  startingAt.fill(0);
  endingAt.fill(0);
  const inOrder: CountryHit[] = [];
  for (const h of hits) {
    if (h.kind !== 'country' && h.kind !== 'demonym') continue;
    inOrder.push({ code: h.entry.code, from: h.tokenStart, to: h.tokenEnd });
    startingAt[h.tokenStart] = inOrder.length;
    endingAt[h.tokenEnd - 1] = inOrder.length;
  }
  return new CountryHits(inOrder, startingAt, endingAt);
}

/** The country that the words just before token `from` give: a demonym, a possessive or "the country's". */
export function countryBefore(view: TextView, countries: CountryIndex, from: number): string | null {
  const direct = countries.endingAt(from - 1)?.code;
  if (direct !== undefined && view.spaceAfter(from - 1)) return direct;
  if (view.key(from - 1) === 's' && view.gap(from - 2) === Gap.Apostrophe) {
    const owner = countries.endingAt(from - 2)?.code;
    if (owner !== undefined) return owner;
    if (view.key(from - 2) === 'country') return lastCountryBefore(countries, from - 2);
  }
  return null;
}

/** The country of an "of (the Republic of) X" tail starting at token `to`, with the token after it. */
export function countryAfter(view: TextView, countries: CountryIndex, to: number): { code: string; to: number } | null {
  if (view.key(to) !== 'of' || !view.spaceAfter(to - 1)) return null;
  let i = to + 1;
  if (view.key(i) === 'the') i++;
  // "of the Republic of Hungary": the state's style before the name the table knows.
  if (countries.startingAt(i) === undefined && STATE_STYLES.has(view.key(i)) && view.key(i + 1) === 'of') i += 2;
  return countries.startingAt(i) ?? null;
}

/** Words that style a state before its name: "the Republic of", "the Kingdom of". */
export const STATE_STYLES: ReadonlySet<string> = new Set(['republic', 'kingdom', 'state', 'sultanate', 'emirate', 'principality', 'commonwealth', 'federation']);

/** The last country named before token `at`. */
export function lastCountryBefore(countries: CountryIndex, at: number): string | null {
  let found: string | null = null;
  for (const c of countries.inOrder) {
    if (c.from >= at) break;
    found = c.code;
  }
  return found;
}

/**
 * Every organisation mention of the text, left to right, longest first where hits overlap, from
 * its agency and body hits `hits` (sorted in place by start). `scanned` lists the tokens of the
 * scanned word classes (see `scannedClasses.ts`): "the Service" referring back is looked for
 * among them only. `homeOf` gives the release's home country (see `selfNames.ts`), if known: asked once, and only
 * when an agency's country is not told otherwise (most texts never need it).
 */
export function findOrgMentions(view: TextView, wordClasses: Int32Array, scanned: readonly number[], hits: GazetteerHit[], countries: CountryIndex, homeOf: () => string | null): OrgMention[] {
  const starts = orgHitsByStart(hits);
  const mentions: OrgMention[] = [];
  const resolved = new Map<string, string>();
  let home: string | null | undefined;
  const homeCountry = (): string | null => (home === undefined ? (home = homeOf()) : home);
  /** Acronyms the text gives to words of its own ("National Security Adviser (NSA)"), not the table's. */
  const ownAcronyms = new Set<string>();
  let lastService: OrgMention | undefined;
  let next = 0;
  let nextScanned = 0;
  for (let i = 0; i < view.tokens.length; ) {
    while ((starts[next]?.tokenStart ?? Infinity) < i) next++;
    const h = starts[next];
    // Up to the next hit only "the Service" referring back to the last agency can be found (nothing before the first), then the loop jumps to the hit.
    const stop = h?.tokenStart ?? view.tokens.length;
    while ((scanned[nextScanned] ?? Infinity) < i) nextScanned++;
    if (lastService) {
      for (let s = nextScanned; (scanned[s] ?? Infinity) < stop; s++) {
        const k = scanned[s] ?? 0;
        const anaphor = ((wordClasses[k] ?? 0) & ANAPHOR_WORD) !== 0 && serviceAnaphor(view, k, lastService);
        if (anaphor) mentions.push(anaphor);
      }
    }
    if (h === undefined) break;
    i = h.tokenEnd;
    if (definedOtherwise(view, h, mentions, ownAcronyms)) continue;
    if (h.kind === 'body') {
      mentions.push({
        name: h.entry.name,
        acronym: h.entry.acronyms[0] ?? null,
        kind: 'intergovernmental',
        country: null,
        from: h.tokenStart,
        to: h.tokenEnd,
        short: isWrittenAs(view, h, h.entry.acronyms),
        anaphor: false,
      });
    } else if (h.kind === 'agency') {
      const earlier = shortFormOf(view, mentions, h, countries);
      if (earlier) {
        mentions.push({ ...earlier, from: h.tokenStart, to: h.tokenEnd, short: false, anaphor: true });
        continue;
      }
      const written = variantWritten(view, h);
      const candidates = written?.entries ?? [h.entry];
      const longer = longerName(view, countries, h.tokenStart, candidates);
      const country = longer?.country ?? agencyCountry(view, countries, h, written, resolved, homeCountry);
      const own = candidates.find((c) => c.country === country);
      const entry = own ?? candidates[0] ?? h.entry;
      resolved.set(entry.name, country ?? '');
      // A name another country's agency bears ("Iraq's National Intelligence Service") is kept as written, without that agency's
      // acronym; so is a name whose country the text does not tell (several countries' agencies bear it, or it is a short name).
      const theirs = own === undefined;
      const mention: OrgMention = {
        name: theirs ? view.slice(longer?.from ?? h.tokenStart, h.tokenEnd) : entry.name,
        acronym: theirs ? null : (entry.acronyms[0] ?? null),
        kind: agencyKind(entry.kind),
        country,
        from: longer?.from ?? h.tokenStart,
        to: h.tokenEnd,
        short: isWrittenAs(view, h, entry.acronyms),
        anaphor: false,
      };
      mentions.push(mention);
      lastService = mention;
    }
  }
  joinAcronymsInParentheses(view, countries, mentions);
  return mentions;
}

/** Whether token `i` is written alone in brackets after a space: " (NSA)". */
const bracketedAlone = (view: TextView, i: number): boolean => view.gapIs(i - 1, ' (') && view.text.charCodeAt(view.tokens[i]?.end ?? 0) === 0x29;

/** Short words an acronym leaves out of the initials it is made of ("Department of State Services", DSS). */
const NOT_INITIALS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'al']);

/**
 * Whether the capitalised words just before token `at` (closing at `before`, the last of them) have
 * `acronym`'s letters as their initials: "National Security Adviser" before "(NSA)".
 */
function initialsBefore(view: TextView, before: number, acronym: string): boolean {
  let k = before;
  for (let n = acronym.length - 1; n >= 0; n--) {
    while (k >= 0 && NOT_INITIALS.has(view.key(k)) && view.raw(k) === view.key(k)) k--;
    const raw = view.raw(k);
    if (k < 0 || raw.charCodeAt(0) !== acronym.charCodeAt(n)) return false;
    k--;
  }
  return true;
}

/**
 * Whether a table acronym ("NSA") stands, in this text, for words of the text's own: written in
 * parentheses after words whose initials it is ("the National Security Adviser (NSA)") that are
 * not an organisation the text names there, or written again after such a definition ("NSA Doval
 * said"). Such an acronym is not the table's agency or body. `own` keeps the acronyms so defined.
 */
function definedOtherwise(view: TextView, h: GazetteerHit, mentions: readonly OrgMention[], own: Set<string>): boolean {
  if (h.tokenEnd !== h.tokenStart + 1) return false;
  const written = view.raw(h.tokenStart);
  if (written.length < 2 || written !== written.toUpperCase()) return false;
  if (own.has(written)) return true;
  if (!bracketedAlone(view, h.tokenStart)) return false;
  if (mentions.at(-1)?.to === h.tokenStart || !initialsBefore(view, h.tokenStart - 1, written)) return false;
  own.add(written);
  return true;
}

/** Whether the hit is written as one of `forms` (an acronym is one token): compared in place, no slice of the text per hit. */
function isWrittenAs(view: TextView, h: GazetteerHit, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const from = view.tokens[h.tokenStart];
  const last = view.tokens[h.tokenEnd - 1];
  if (!from || !last) return forms.includes('');
  const length = last.end - from.start;
  for (const form of forms) if (form.length === length && view.text.startsWith(form, from.start)) return true;
  return false;
}

/**
 * A name and the acronym the text gives it in parentheses ("National Intelligence Service (NIS)")
 * are one organisation, even where the table reads them as two (a name several countries' agencies
 * bear, an acronym of one country's): both mentions become the acronym's organisation when its
 * country fits the name's or the text names it, else the name's, with the acronym as written.
 */
function joinAcronymsInParentheses(view: TextView, countries: CountryIndex, mentions: OrgMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const name = mentions[k - 1];
    const acronym = mentions[k];
    if (!name || !acronym || !acronym.short || name.short || name.anaphor || acronym.from !== name.to || acronym.to !== acronym.from + 1) continue;
    const written = view.raw(acronym.from);
    if (!bracketedAlone(view, acronym.from) || name.acronym === written) continue;
    const same = acronym.country !== null && (name.country === null || name.country === acronym.country || countries.count(acronym.country) > 0);
    const own = same ? { ...acronym } : { ...name, acronym: written };
    mentions[k - 1] = { ...own, from: name.from, to: name.to, short: false, anaphor: false };
    mentions[k] = { ...own, from: acronym.from, to: acronym.to, short: true, anaphor: false };
  }
}

/** Of the agency and body hits `hits`, one per start token (the longest; a body on a tie), in text order. */
function orgHitsByStart(hits: GazetteerHit[]): GazetteerHit[] {
  const found = sortByKey(hits, (h) => h.tokenStart);
  const starts: GazetteerHit[] = [];
  for (const h of found) {
    const seen = starts.at(-1);
    if (seen?.tokenStart !== h.tokenStart) starts.push(h);
    else if (h.tokenEnd > seen.tokenEnd || (h.tokenEnd === seen.tokenEnd && h.kind === 'body')) starts[starts.length - 1] = h;
  }
  return starts;
}

/**
 * A table match that is the tail of a longer name the table lacks, owned by another country:
 * "Ethiopia's National Intelligence and Security Service", where the table knows only Moldova's
 * "Intelligence and Security Service". Up to two capitalised words before the match, then a
 * possessive or demonym naming a country that none of the match's entries belongs to.
 */
function longerName(view: TextView, countries: CountryIndex, at: number, candidates: readonly AgencyEntry[]): { from: number; country: string } | null {
  let from = at;
  while (at - from < MAX_NAME_LEAD && view.spaceAfter(from - 1) && startsName(view.raw(from - 1)) && countries.endingAt(from - 1) === undefined) from--;
  if (from === at) return null;
  const country = countryBefore(view, countries, from);
  return country !== null && !candidates.some((c) => c.country === country) ? { from, country } : null;
}

/**
 * Whether the phrase key `name` ends with the keys of tokens `[from, to)`, a space before each, and so has words
 * before them: compared in place from the last word back, no key of the tokens built per mention.
 */
function endsWithWordsOf(name: string, view: TextView, from: number, to: number): boolean {
  let end = name.length;
  for (let k = to - 1; k >= from; k--) {
    const word = view.key(k);
    const at = end - word.length;
    if (at < 1 || name.charCodeAt(at - 1) !== 32 || !name.startsWith(word, at)) return false;
    end = at - 1;
  }
  return true;
}

/** The phrase key of an organisation's name, remembered: the same names recur from text to text. */
const orgNameKey = rememberPerWord(phraseKey, 5_000, 200);

/**
 * An agency name that is the tail of an agency already named ("the Security Service" after
 * "the State Security Service"), where the text never names the table entry's own country:
 * the earlier agency, referred to again.
 */
function shortFormOf(view: TextView, mentions: readonly OrgMention[], h: HitOf<'agency'>, countries: CountryIndex): OrgMention | undefined {
  if (countries.count(h.entry.country) > 0) return undefined;
  for (let k = mentions.length - 1; k >= Math.max(0, mentions.length - LOOK_BACK); k--) {
    const m = mentions[k];
    if (!m || m.kind === 'intergovernmental' || m.anaphor) continue;
    if (!endsWithWordsOf(orgNameKey(m.name), view, h.tokenStart, h.tokenEnd)) continue;
    // "Brazil was represented by the Director General of the Federal Police" after "the Argentine Federal Police": the
    // last country the sentence names before the short name is another, whose service it may be.
    return otherCountryLastInSentence(view, countries, h.tokenStart, m.country) ? undefined : m;
  }
  return undefined;
}

/** Whether the last country named in the sentence of token `at`, before it, is other than `own` (the country hits are searched by halves). */
function otherCountryLastInSentence(view: TextView, countries: CountryIndex, at: number, own: string | null): boolean {
  const { inOrder } = countries;
  // The last country hit starting before `at`.
  let lo = 0;
  let hi = inOrder.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((inOrder[mid]?.from ?? 0) < at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = inOrder[last];
  if (c === undefined) return false;
  const [sentenceStart] = view.sentenceBounds(view.tokens[at]?.start ?? 0);
  return (view.tokens[c.from]?.start ?? 0) >= sentenceStart && c.code !== own;
}

/** "the Service" (or "the Committee") referring back to the last agency named. */
function serviceAnaphor(view: TextView, i: number, last: OrgMention): OrgMention | null {
  const raw = view.raw(i);
  if (!ANAPHOR_WORDS.includes(raw)) return null;
  if (view.key(i - 1) !== 'the' || !view.spaceAfter(i - 1)) return null;
  const lastWord = last.name.split(' ').at(-1);
  if (lastWord !== raw) return null;
  const next = view.raw(i + 1);
  if (view.spaceAfter(i) && startsUpper(next) && !CAPITALISED_WORD.test(next)) return null;
  return { ...last, from: i, to: i + 1, short: true, anaphor: true };
}

/**
 * The country of an agency hit written as `written`: a country word just before or after it, the
 * country an earlier mention of one of the agencies so written was given, or the release's home
 * country (`homeOf`, its dateline's or outlet's: a release names its own services without saying
 * whose). Failing those, of the agencies whose full name or alias this is, the most named country,
 * or their one country when the text names none. A short name ("National Police" for "National Police of Ecuador") that is no
 * agency's full name gives no country by these last two tests: a text naming Ecuador among others
 * may mean another country's National Police.
 */
function agencyCountry(
  view: TextView,
  countries: CountryIndex,
  h: HitOf<'agency'>,
  written: Variant | undefined,
  resolved: ReadonlyMap<string, string>,
  homeOf: () => string | null,
): string | null {
  const before = countryBefore(view, countries, h.tokenStart);
  if (before !== null) return before;
  const after = countryAfter(view, countries, h.tokenEnd);
  if (after !== null) return after.code;
  const candidates = written?.entries ?? [h.entry];
  for (const c of candidates) {
    const earlier = resolved.get(c.name);
    if (earlier && c.country === earlier) return earlier;
  }
  const home = homeOf();
  if (home !== null && candidates.some((c) => c.country === home)) return home;
  // The most named of the countries of the agencies written so in full; the first of them on a tie.
  const inFull = written?.inFull ?? [h.entry];
  let top: string | null = null;
  let topCount = 0;
  for (const c of inFull) {
    const n = countries.count(c.country);
    if (n > topCount) {
      top = c.country;
      topCount = n;
    }
  }
  if (top !== null) return top;
  // A name of common words only ("the Security Service") in a release of another country is that country's own service, named
  // without saying whose: not the one service of another country the tables give that name.
  if (home !== null && commonWordsOnly(view, h.tokenStart, h.tokenEnd)) return null;
  // A generic name (see `genericName`) in a release of no known country is of the one country the text names, if it names
  // only one; else the text does not tell whose.
  if (home === null && genericName(view, h.tokenStart, h.tokenEnd)) return onlyCountryNamed(countries);
  const sole = inFull[0];
  return sole && inFull.every((c) => c.country === sole.country) ? sole.country : null;
}

/** At most this many words, connectors not counted, in a generic name ("Security Service", "Special Branch"). */
const GENERIC_WORDS = 2;

/**
 * Whether tokens `[from, to)` are a generic name: common words only (see {@link commonWordsOnly}) and no more than
 * {@link GENERIC_WORDS} of them besides connectors ("Security Service", "Special Branch", "Ministry of Intelligence"), a
 * name many countries' services bear; not a longer name a country's service is known by ("Central Intelligence Agency").
 */
function genericName(view: TextView, from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) if (!CUES.connectors.has(view.key(k))) words++;
  return words <= GENERIC_WORDS && commonWordsOnly(view, from, to);
}

/** The one country a text names (however often), or null when it names none or several. */
function onlyCountryNamed(countries: CountryIndex): string | null {
  const first = countries.inOrder[0]?.code ?? null;
  for (const c of countries.inOrder) if (c.code !== first) return null;
  return first;
}

/**
 * Whether tokens `[from, to)` are common words only: head words of organisations' names ("Service",
 * "Committee"), capitalised words that are never a name's ("National", "Internal", "General") and
 * connectors, as in "Internal Security Service"; not a proper name such as "Mossad".
 */
function commonWordsOnly(view: TextView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const raw = view.raw(k);
    if (!CUES.orgHead.has(raw) && !CUES.notNames.has(raw) && !CUES.connectors.has(view.key(k))) return false;
  }
  return true;
}
