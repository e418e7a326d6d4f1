/**
 * Country mentions of a text, from the gazetteer hits: country names, demonyms, and the
 * countries of named security services ("Azerbaijan's State Security Service", "the KGB of
 * Belarus"). A service whose name several countries share is given to the one its context
 * names, else to the one the text mentions most.
 * @module
 */
import type { GazetteerHit } from '../../gazetteer/gazetteer.js';
import { TABLES, type AgencyEntry } from '../../gazetteer/tables.js';
import { phraseKey, type Token } from '../../gazetteer/tokenize.js';
import type { Context } from '../../pipeline/context.js';
import type { HitOf } from './hits.js';
import { selfNameMentions } from './selfNames.js';
import { firstStartingAtOrAfter, mergeByPosition, sortByPosition } from '../../text/search.js';

/** A country named in the text, by name, demonym, or through one of its services. */
export interface CountryMention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly via: 'country' | 'demonym' | 'agency';
}

/** Every agency entry under each of its folded names, so shared names keep all their countries. */
const AGENCIES_BY_KEY: ReadonlyMap<string, readonly AgencyEntry[]> = (() => {
  const map = new Map<string, AgencyEntry[]>();
  for (const a of TABLES.agencies) {
    for (const v of [a.name, ...a.aliases, ...a.acronyms]) {
      const key = phraseKey(v);
      const list = map.get(key) ?? [];
      if (!list.includes(a)) list.push(a);
      map.set(key, list);
    }
  }
  return map;
})();

/** A name that several agencies bear: its folded words, and the countries of those agencies (each once). */
interface SharedName {
  readonly words: readonly string[];
  readonly codes: readonly string[];
}

/** The names each agency shares with another: only their hits need the name looked up. */
const SHARED_NAMES: ReadonlyMap<AgencyEntry, readonly SharedName[]> = (() => {
  const map = new Map<AgencyEntry, SharedName[]>();
  for (const [key, list] of AGENCIES_BY_KEY) {
    if (list.length < 2) continue;
    const name = { words: key.split(' '), codes: [...new Set(list.map((e) => e.country))] };
    for (const a of list) map.set(a, [...(map.get(a) ?? []), name]);
  }
  return map;
})();

/** A demonym glued to a hyphenated lower-case word: "Turkish-speaking". */
const HYPHEN_LOWER = /^-\p{Ll}/u;
/** A lower-case letter: a generic name ("Security Service"), not an acronym alone. */
const LOWER = /\p{Ll}/u;

/** "... of the Republic of": between a service and the country it belongs to. */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$/;

/**
 * Marks the hits (in text order) that lie inside a longer organisation name, in one sweep, by
 * their index in `hits` (an array, not a set: it is made for every text): the organisation
 * reaching furthest among those started so far is the only one that can hold the hit.
 */
function insideOrganisations(hits: readonly GazetteerHit[]): Uint8Array {
  const inside = new Uint8Array(hits.length);
  let reach: GazetteerHit | null = null;
  let next = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined) continue;
    // The hits are in order of start: every organisation started by now lies before `next`.
    for (let o = hits[next]; o !== undefined && o.start <= h.start; o = hits[++next]) if ((o.kind === 'agency' || o.kind === 'body') && (reach === null || o.end > reach.end)) reach = o;
    if (reach !== null && reach !== h && reach.start <= h.start && reach.end >= h.end && reach.end - reach.start > h.end - h.start) inside[i] = 1;
  }
  return inside;
}

/** Whether the folded words of a hit ({@link phraseKey} of its text, read off its tokens) are `words`. */
function hitIs(tokens: readonly Token[], hit: GazetteerHit, words: readonly string[]): boolean {
  if (hit.tokenEnd - hit.tokenStart !== words.length) return false;
  for (let i = 0; i < words.length; i++) if (tokens[hit.tokenStart + i]?.key !== words[i]) return false;
  return true;
}

/** The countries of the agencies that bear the name of an agency's hit, each once: its own alone unless the name is shared. */
function codesOf(tokens: readonly Token[], hit: HitOf<'agency'>): readonly string[] {
  for (const name of SHARED_NAMES.get(hit.entry) ?? []) if (hitIs(tokens, hit, name.words)) return name.codes;
  return [hit.entry.country];
}

/**
 * The mentions of the organisations the organisations step found, as start and end offsets in one
 * flat list (read once per text, not once per service), with the country of each mention's organisation.
 */
function organisationSpans(organisations: Context['record']['organizations']): { spans: number[]; countries: (string | null)[] } {
  const spans: number[] = [];
  const countries: (string | null)[] = [];
  for (const o of organisations) {
    for (const m of o.mentions) {
      spans.push(m.start, m.end);
      countries.push(o.country);
    }
  }
  return { spans, countries };
}

/** The number of the first of the organisations' mentions ({@link organisationSpans}) that holds the hit, or -1. */
function mentionHolding(spans: readonly number[], hit: GazetteerHit): number {
  for (let k = 0; k + 1 < spans.length; k += 2) if ((spans[k] ?? Infinity) <= hit.start && (spans[k + 1] ?? -Infinity) >= hit.end) return k >> 1;
  return -1;
}

/** The mentions of the outlets the organisations step found, as start and end offsets in one flat list (most texts name none). */
function mediaSpans(organisations: Context['record']['organizations']): number[] {
  const spans: number[] = [];
  for (const o of organisations) if (o.kind === 'media') for (const m of o.mentions) spans.push(m.start, m.end);
  return spans;
}

/** How many of `mentions` name each country. */
function namings(mentions: readonly CountryMention[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return counts;
}

/**
 * Whether the first country or demonym hit starting at or after the start of `hit` ends within it ("Uzbek" of "Uzbek State
 * Security Service"): read from the hits that start there (they are in text order), not from a selection of those tables.
 */
function namesCountryWithin(hits: readonly GazetteerHit[], hit: GazetteerHit): boolean {
  for (let i = firstStartingAtOrAfter(hits, hit.start); i < hits.length; i++) {
    const h = hits[i];
    // Past the hit's end, the first country or demonym cannot end within it.
    if (h === undefined || h.start > hit.end) return false;
    if (h.kind === 'country' || h.kind === 'demonym') return h.end <= hit.end;
  }
  return false;
}

/** The mentions of services that the organisations step took, each given its country (see the module's description). */
function serviceMentions(ctx: Context, plain: readonly CountryMention[], inside: Uint8Array): CountryMention[] {
  const { text, hits } = ctx;
  const services: CountryMention[] = [];
  // An agency the organisations step did not take ("the National Security Adviser (NSA)") names no country.
  const { spans: organisations, countries: organisationCountries } = organisationSpans(ctx.record.organizations);
  // How often the text names each country, counted once, when a service's country is first left to it.
  let counts: ReadonlyMap<string, number> | undefined;
  const timesNamed = (code: string): number => (counts ??= namings(plain)).get(code) ?? 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined || h.kind !== 'agency' || inside[i] === 1) continue;
    const holder = mentionHolding(organisations, h);
    if (holder < 0) continue;
    // The context names the country: "Uzbek State Security Service", "... of the Republic of Tajikistan".
    const at = firstStartingAtOrAfter(plain, h.start);
    const before = plain[at - 1];
    const after = plain[firstStartingAtOrAfter(plain, h.end)];
    const near =
      before !== undefined && before.end <= h.start && h.start - before.end <= 4
        ? before
        : after !== undefined && after.start - h.end <= 24 && OF_COUNTRY.test(text.slice(h.end, after.start))
          ? after
          : undefined;
    let code: string | undefined = near?.code;
    if (code === undefined) {
      // How often the text names each country: the one named most owns a name several services share.
      const codes = codesOf(ctx.tokens, h);
      const written = text.slice(h.start, h.end);
      const mentioned = codes.filter((c) => timesNamed(c) > 0);
      const specific = namesCountryWithin(hits, h);
      // A generic name ("Security Service") of a country the text never names is not evidence of that
      // country, nor is a name the organisations step gave no country ("the UAE's National
      // Counter-Terrorism Committee (NCTC)": another country's acronym).
      if (mentioned.length === 0 && !specific && (LOWER.test(written) || organisationCountries[holder] === null)) continue;
      // The organisations step's country, where it gave one, settles a name several services share ("GIS", filed from Cairo).
      code = organisationCountries[holder] ?? (mentioned.length > 0 ? mentioned : codes).reduce((best, c) => (timesNamed(c) > timesNamed(best) ? c : best));
    }
    services.push({ code, start: h.start, end: h.end, via: 'agency' });
  }
  return services;
}

let memoText: string | null = null;
let memoMentions: readonly CountryMention[] = [];

/**
 * Every country mention of the context's text, in order of position (computed once per text, after
 * the organisations step: a service counts only where it found an organisation).
 * Names inside a service's or a body's name count for that service, not on their own; a demonym
 * glued to a hyphenated word ("Turkish-speaking") names a language, not a country.
 */
export function countryMentions(ctx: Context): readonly CountryMention[] {
  if (ctx.text === memoText) return memoMentions;
  const { text, hits } = ctx;
  const inside = insideOrganisations(hits);
  // "the Saudi Press Agency reported": a country's name inside an outlet's name is the outlet's (outlets are no gazetteer hits).
  const outlets = mediaSpans(ctx.record.organizations);
  const plain: CountryMention[] = [];
  let agencies = false;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h === undefined || inside[i] === 1) continue;
    agencies ||= h.kind === 'agency';
    if (h.kind !== 'country' && h.kind !== 'demonym') continue;
    // The pattern opens with a hyphen: tested only after one.
    if (h.kind === 'demonym' && text.charCodeAt(h.end) === 0x2d && HYPHEN_LOWER.test(text.slice(h.end, h.end + 2))) continue;
    if (outlets.length > 0 && mentionHolding(outlets, h) >= 0) continue;
    plain.push({ code: h.entry.code, start: h.start, end: h.end, via: h.kind });
  }
  sortByPosition(plain);
  // "The Kingdom's delegation" from Riyadh: Saudi Arabia, named as it calls itself.
  const selves = selfNameMentions(ctx, plain);
  const named = selves.length > 0 ? mergeByPosition(plain, selves) : plain;
  // Most texts name no service outside a longer name: their mentions are the plain ones, in order.
  const found = agencies ? mergeByPosition(named, serviceMentions(ctx, named, inside)) : named;
  // A word that is both a country's name and its demonym ("Myanmar", "Saudi") is one mention, and of two
  // overlapping service names the longer is kept.
  const kept: CountryMention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) continue;
    kept.push(m);
  }
  memoText = text;
  memoMentions = kept;
  return kept;
}
