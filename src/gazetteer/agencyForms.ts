/**
 * The written forms of an agency of the tables: its name, aliases and acronyms, and the name
 * without its country ("Ministry of Public Security" for "Ministry of Public Security of Vietnam"),
 * the form its own country's releases use. Several countries' agencies share such a short name;
 * which one a text means is read from the text (see `agencies.ts`).
 * @module
 */
import type { AgencyEntry, CountryEntry } from './tables.js';

/** A name left ending in a state's style ("... of the Republic"): its country is named in a way the tables do not list. */
const STYLED_TAIL = / of the (?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality)$/;

/**
 * The agency's name without a closing "of <its country>" or "of the <its country>" (by the
 * country's name or an alias), when the name ends so; null otherwise.
 *
 * @example
 * ```ts
 * const nigeria = { code: 'NG', name: 'Nigeria', aliases: ['Federal Republic of Nigeria'], demonyms: ['Nigerian'] };
 * const nia = { name: 'National Intelligence Agency of Nigeria', country: 'NG', acronyms: ['NIA'], aliases: [], kind: 'intelligence' };
 * shortAgencyName(nia, nigeria);
 * //=> 'National Intelligence Agency'
 * ```
 */
export function shortAgencyName(agency: AgencyEntry, country: CountryEntry | undefined): string | null {
  if (country === undefined) return null;
  // The longest tail that names the country: "of the Republic of Armenia" before "of Armenia".
  let short: string | null = null;
  for (const name of [country.name, ...country.aliases]) {
    for (const of of [' of the ', ' of ']) {
      const tail = of + name;
      const rest = agency.name.slice(0, -tail.length);
      if (agency.name.length > tail.length && agency.name.endsWith(tail) && (short === null || rest.length < short.length)) short = rest;
    }
  }
  return short === null || STYLED_TAIL.test(short) ? null : short;
}

/** One written form of an agency: its text, and whether it is the short name (see {@link shortAgencyName}). */
export interface AgencyForm {
  readonly text: string;
  readonly short: boolean;
}

/**
 * Every form an agency is written in: name, aliases, acronyms, then its short name (see
 * {@link shortAgencyName}) when it has one.
 *
 * @example
 * ```ts
 * const vietnam = { code: 'VN', name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'] };
 * const mps = { name: 'Ministry of Public Security of Vietnam', country: 'VN', acronyms: ['MPS'], aliases: [], kind: 'law-enforcement' };
 * agencyForms(mps, vietnam).map((f) => `${f.text}${f.short ? ' (short)' : ''}`);
 * //=> ['Ministry of Public Security of Vietnam', 'MPS', 'Ministry of Public Security (short)']
 * ```
 */
export function agencyForms(agency: AgencyEntry, country: CountryEntry | undefined): AgencyForm[] {
  const forms = [agency.name, ...agency.aliases, ...agency.acronyms].map((text) => ({ text, short: false }));
  const short = shortAgencyName(agency, country);
  if (short !== null) forms.push({ text: short, short: true });
  return forms;
}
