/**
 * The short form a country calls itself ("the Kingdom", "the Sultanate", "the Republic", listed as
 * `selfNames` in `data/countries.json`), read as a mention of that country: of the release's home
 * country (its dateline's place, else its outlet's country) when that country calls itself so, else of
 * the one country the text names that does ("Riyadh - The Kingdom's delegation ..." is Saudi Arabia's).
 * @module
 */
import { TABLES } from '../../gazetteer/tables.js';
import { phraseKey } from '../../gazetteer/tokenize.js';
import type { Context } from '../../pipeline/context.js';
import { MEDIA } from '../_entities/wording.js';
import type { CountryMention } from './countries.js';
import { hitAt } from './hits.js';
import { startsLower, startsUpper } from './letterCase.js';
import { isSpaceAt } from '../../text/space.js';
import { isAsciiWordUnit } from '../../text/wordUnit.js';

/** The short forms each country calls itself, by code. */
const SELF_NAMES: ReadonlyMap<string, readonly string[]> = new Map(TABLES.countries.flatMap((c) => (c.selfNames ? [[c.code, c.selfNames] as const] : [])));

/** Every short form some country calls itself, each once ("Kingdom", "Sultanate", ...). */
const SELF_WORDS: readonly string[] = [...new Set([...SELF_NAMES.values()].flat())];

/** The country of each outlet and service, by the folded words of every name it is written with. */
const OUTLET_COUNTRY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const a of TABLES.agencies) for (const n of [a.name, ...a.aliases, ...a.acronyms]) map.set(phraseKey(n), a.country);
  // Of outlets sharing a name ("APS"), the first listed keeps it.
  const outletNames = new Set<string>();
  for (const m of MEDIA) {
    for (const n of [m.name, ...m.aliases]) {
      const key = phraseKey(n);
      if (m.country !== null && !outletNames.has(key)) map.set(key, m.country);
      outletNames.add(key);
    }
  }
  return map;
})();

/**
 * {@link outletCountry}'s answers by the name asked about: the same few outlets write most releases, and each name would
 * otherwise be tokenized again for every release (and by every step that asks). Emptied when it grows large.
 */
const countryByName = new Map<string, string | null>();
/** The most names {@link countryByName} holds. */
const MAX_NAMES = 4096;

/** The country of an outlet (or a service) written `name` ("ONA", "Oman News Agency"), when a table knows it. */
export function outletCountry(name: string): string | null {
  let known = countryByName.get(name);
  if (known === undefined) {
    known = OUTLET_COUNTRY.get(phraseKey(name)) ?? null;
    if (countryByName.size >= MAX_NAMES) countryByName.clear();
    countryByName.set(name, known);
  }
  return known;
}

/** The release's home country: its dateline's city or country, else its outlet's country; null when neither is known. */
export function homeCountry(ctx: Context): string | null {
  const filedFrom = ctx.findings.ofKind('dateline')[0]?.span.start;
  if (filedFrom !== undefined) {
    const place = hitAt(ctx.hits, filedFrom, 'city', 'country');
    if (place !== undefined) return place.kind === 'city' ? place.entry.country : place.entry.code;
  }
  const outlet = ctx.record.source.outlet;
  return outlet === null ? null : outletCountry(outlet);
}

/** The country "the Kingdom" and the like stand for: the home country if it calls itself so, else the one country named that does. */
function selfNamedCountry(ctx: Context, named: readonly CountryMention[]): string | null {
  const home = homeCountry(ctx);
  if (home !== null && SELF_NAMES.has(home)) return home;
  let only: string | null = null;
  for (const m of named) {
    if (!SELF_NAMES.has(m.code) || m.code === only) continue;
    if (only !== null) return null;
    only = m.code;
  }
  return only;
}

/** Whether the character at `i` is a letter or digit ("Kingdoms", "Breathe"); false outside the text. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c !== '' && (isAsciiWordUnit(c.charCodeAt(0)) || startsLower(c) || startsUpper(c));
}

/** Whether `word` at `at` of `text` is a mention of a short form: "the Kingdom" (any case of "the"), as a whole word (not "Kingdoms", not "United Kingdom"), and not "the Kingdom of ...". */
function isSelfNameAt(text: string, at: number, word: string): boolean {
  const end = at + word.length;
  if (at < 4 || !isSpaceAt(text, at - 1) || text.slice(at - 4, at - 1).toLowerCase() !== 'the' || wordCharAt(text, at - 5)) return false;
  return !(wordCharAt(text, end) || text.startsWith(' of ', end));
}

/** Whether `text` holds a mention of the short form `word` ({@link isSelfNameAt}). */
function mentionsSelfName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) if (isSelfNameAt(text, at, word)) return true;
  return false;
}

/**
 * The mentions, in order, of the short form a country calls itself, written with "the" before it and
 * not "of" after it ("the Kingdom's delegation"; not "the Kingdom of Bahrain", which names itself).
 */
export function selfNameMentions(ctx: Context, named: readonly CountryMention[]): CountryMention[] {
  const { text } = ctx;
  // Most texts hold no mention of the words ("the Republic of Tajikistan" names itself): the home country is looked for only when one is written.
  if (!SELF_WORDS.some((word) => mentionsSelfName(text, word))) return [];
  const code = selfNamedCountry(ctx, named);
  if (code === null) return [];
  const found: CountryMention[] = [];
  for (const word of SELF_NAMES.get(code) ?? []) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) if (isSelfNameAt(text, at, word)) found.push({ code, start: at, end: at + word.length, via: 'country' });
  }
  return found.sort((a, b) => a.start - b.start);
}
