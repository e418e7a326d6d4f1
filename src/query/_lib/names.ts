/**
 * Name keys for comparing what records say: people, cities, organisations and series
 * names meet in one key whatever their case, diacritics, punctuation or spelling variant.
 * @module
 */
import { foldWord } from '../../gazetteer/fold.js';
import { TABLES } from '../../gazetteer/tables.js';

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Folds case and diacritics, and turns punctuation runs into one space: "Cholpon-Ata," → "cholpon ata". */
export function foldName(name: string): string {
  return foldWord(name).replace(NON_ALNUM, ' ').trim();
}

/**
 * Folds a person's name further, over the spelling variants of transliteration: "gh"/"g"
 * (Naghiyev, Nağıyev, Nagiyev), "kh"/"h", a "y" closing a vowel ("Sergey"/"Sergei",
 * "Saymumin"/"Saimumin") and doubled letters.
 */
export function foldPersonName(name: string): string {
  return foldName(name)
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/([aeiou])y(?![aeiouy])/g, '$1i')
    .replace(/(\p{L})\1/gu, '$1');
}

/** The last word of a folded name ("ali naghiyev" → "naghiyev"), or null for a one-word name. */
export function surnameOf(folded: string): string | null {
  const space = folded.lastIndexOf(' ');
  return space < 0 ? null : folded.slice(space + 1);
}

function tableMap(entries: Iterable<readonly [string, string]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const clashes = new Set<string>();
  for (const [variant, canonical] of entries) {
    const key = foldName(variant);
    const seen = map.get(key);
    if (seen !== undefined && seen !== canonical) clashes.add(key);
    else map.set(key, canonical);
  }
  for (const key of clashes) map.delete(key);
  return map;
}

const CITY_KEYS = tableMap(
  TABLES.cities.flatMap((city) => [city.name, ...city.aliases].map((v) => [v, foldName(city.name)] as const)),
);

/** One key per city: spelling variants of the city table meet ("Cholpan-Ata" and "Cholpon-Ata"). */
export function cityKey(city: string): string {
  const folded = foldName(city);
  return CITY_KEYS.get(folded) ?? folded;
}

/** One key per organisation name or acronym: case, diacritics and punctuation folded. */
export function organizationKey(name: string): string {
  return foldName(name);
}

const COUNTRY_WORDS = tableMap(
  TABLES.countries.flatMap((c) =>
    [c.name, ...c.aliases, ...c.demonyms].filter((v) => !v.includes(' ')).map((v) => [v, c.code.toLowerCase()] as const),
  ),
);

/** Words that carry no identity in an event series' name. */
const SERIES_STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', 'member', 'states', 'countries', 'nations']);

/**
 * The significant words of a series name, each folded, country names and demonyms turned into
 * their code ("Turkey", "Türkiye" → "tr"), plurals trimmed, stop words dropped.
 */
export function seriesWords(name: string): string[] {
  const words: string[] = [];
  for (const word of foldName(name).split(' ')) {
    if (word === '' || SERIES_STOP_WORDS.has(word)) continue;
    const country = COUNTRY_WORDS.get(word);
    if (country !== undefined) words.push(country);
    else words.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return words;
}

/** The significant words of a name, sorted and deduplicated: word order does not matter. */
function wordKey(name: string): string {
  return [...new Set(seriesWords(name))].sort().join(' ');
}

/** Names, aliases and acronyms of the bodies table ("SCO RATS Council") to the key of the body's name. */
const BODY_KEYS = tableMap(
  TABLES.bodies.flatMap((body) => [body.name, ...body.aliases, ...body.acronyms].map((v) => [wordKey(v), wordKey(body.name)] as const)),
);

/**
 * One key per series name: its significant words ({@link seriesWords}) in any order, and the
 * names, aliases and acronyms of one body of the bodies table folded together, so that
 * "SCO RATS Council" and "Council of the Regional Anti-Terrorist Structure of the SCO" meet.
 */
export function seriesKey(name: string): string {
  const key = wordKey(name);
  return BODY_KEYS.get(key) ?? key;
}

/** The name-key functions of this module, each remembering its answers. */
export interface NameKeys {
  readonly person: (name: string) => string;
  readonly city: (name: string) => string;
  readonly series: (name: string) => string;
  readonly organization: (name: string) => string;
}

function remembered(fn: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let key = seen.get(name);
    if (key === undefined) {
      key = fn(name);
      seen.set(name, key);
    }
    return key;
  };
}

/**
 * Fresh name-key functions that remember their answers: make one per scan or index build (a
 * collection names the same people, cities and series again and again), and let it go after.
 */
export function rememberNameKeys(): NameKeys {
  return {
    person: remembered(foldPersonName),
    city: remembered(cityKey),
    series: remembered(seriesKey),
    organization: remembered(organizationKey),
  };
}
