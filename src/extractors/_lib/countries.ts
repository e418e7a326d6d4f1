/**
 * Country mentions of a text, from the gazetteer hits: country names, demonyms, and the
 * countries of named security services ("Azerbaijan's State Security Service", "the KGB of
 * Belarus"). A service whose name several countries share is given to the one its context
 * names, else to the one the text mentions most.
 * @module
 */
import { TABLES, type AgencyEntry } from '../../gazetteer/tables.js';
import { phraseKey } from '../../gazetteer/tokenize.js';
import type { Context } from '../../pipeline/context.js';

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

let memoText: string | null = null;
let memoMentions: readonly CountryMention[] = [];

/**
 * Every country mention of the context's text, in order of position (computed once per text).
 * Names inside a service's or a body's name count for that service, not on their own; a demonym
 * glued to a hyphenated word ("Turkish-speaking") names a language, not a country.
 */
export function countryMentions(ctx: Context): readonly CountryMention[] {
  if (ctx.text === memoText) return memoMentions;
  const { text, hits } = ctx;
  const orgs = hits.filter((h) => h.kind === 'agency' || h.kind === 'body');
  const insideOrg = (start: number, end: number): boolean => orgs.some((o) => o.start <= start && o.end >= end && o.end - o.start > end - start);
  const plain: CountryMention[] = [];
  for (const h of hits) {
    if (h.kind !== 'country' && h.kind !== 'demonym') continue;
    if (insideOrg(h.start, h.end)) continue;
    if (h.kind === 'demonym' && /^-\p{Ll}/u.test(text.slice(h.end, h.end + 2))) continue;
    // A city that shares its country's name (Singapore, Kuwait) is read as the country here.
    plain.push({ code: h.entry.code, start: h.start, end: h.end, via: h.kind });
  }
  const counts = new Map<string, number>();
  for (const m of plain) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const found: CountryMention[] = [...plain];
  for (const h of hits) {
    if (h.kind !== 'agency') continue;
    if (orgs.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    const written = text.slice(h.start, h.end);
    const entries = AGENCIES_BY_KEY.get(phraseKey(written)) ?? [h.entry];
    const codes = [...new Set(entries.map((e) => e.country))];
    // The context names the country: "Uzbek State Security Service", "... of the Republic of Tajikistan".
    const near = plain.find(
      (m) =>
        (m.end <= h.start && h.start - m.end <= 4) ||
        (m.start >= h.end && m.start - h.end <= 24 && /^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$/.test(text.slice(h.end, m.start))),
    );
    let code: string | undefined = near?.code;
    if (code === undefined) {
      const mentioned = codes.filter((c) => (counts.get(c) ?? 0) > 0);
      // A generic name ("Security Service") of a country the text never names is not evidence of that country.
      const specific = hits.some((c) => (c.kind === 'country' || c.kind === 'demonym') && c.start >= h.start && c.end <= h.end);
      if (mentioned.length === 0 && !specific && /\p{Ll}/u.test(written)) continue;
      code = (mentioned.length > 0 ? mentioned : codes).reduce((best, c) => ((counts.get(c) ?? 0) > (counts.get(best) ?? 0) ? c : best));
    }
    found.push({ code, start: h.start, end: h.end, via: 'agency' });
  }
  found.sort((a, b) => a.start - b.start);
  memoText = text;
  memoMentions = found;
  return found;
}
