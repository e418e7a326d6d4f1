/**
 * Organisations: security services and other state agencies, intergovernmental bodies
 * and news outlets, each once with its kind, acronym, country and every mention
 * ("State Security Service", "SSS", "the Service").
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import type { Organization } from '../schema/record.js';
import { sortByKey } from './_entities/order.js';
import { PhraseTrie } from './_entities/phraseTrie.js';
import { scannedClass } from './_entities/scannedClasses.js';
import { entityView } from './_entities/view.js';
import { defineWordClass } from './_entities/wordClasses.js';
import { homeCountry } from './_lib/selfNames.js';
import { MEDIA, type MediaEntry } from './_entities/wording.js';

/** The outlets written with each name ("APS": Algeria's and Senegal's press agencies), in table order. */
const outletsByName = new Map<string, MediaEntry[]>();
// A name opening with "The" ("The Hindu") is not looked for in running text: "The" opens too many sentences to be a scanned word.
// It is still known where a dateline, sign-off or page title names an outlet (see `mediaNames.ts`).
for (const m of MEDIA) for (const v of [m.name, ...m.aliases]) if (!v.startsWith('The ')) outletsByName.set(v, [...(outletsByName.get(v) ?? []), m]);
const mediaTrie = new PhraseTrie<{ entries: readonly MediaEntry[]; written: string }>();
for (const [written, entries] of outletsByName) mediaTrie.add(written, { entries, written });
const MEDIA_FIRST_WORD = scannedClass(defineWordClass(mediaTrie.firstWords()));

const firstStart = (o: Organization): number => o.mentions[0]?.start ?? 0;

/** Finds the organisations of the release and writes `record.organizations`. */
export const organizationsExtractor: Extractor = {
  name: 'extractor/organizations',
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const { view } = ev;
    const found: Organization[] = [];
    // Organisations by name; the few of one name (one per country) are looked through, not keyed by a second Map.
    const byName = new Map<string, Organization[]>();
    const add = (name: string, acronym: string | null, kind: Organization['kind'], country: string | null, start: number, end: number): Organization => {
      const named = byName.get(name);
      const seen = named?.find((o) => (o.country ?? '') === (country ?? ''));
      if (seen) {
        seen.mentions.push({ start, end });
        return seen;
      }
      const org: Organization = { name, acronym, kind, country, mentions: [{ start, end }] };
      if (named) named.push(org);
      else byName.set(name, [org]);
      found.push(org);
      return org;
    };
    // A dateline names the place, the date and the outlet: an acronym in it ("New Delhi, August 6 (ANI)") is no agency.
    const dateline = ctx.findings.ofKind('dateline')[0]?.span;
    for (const o of ev.orgs) {
      if (dateline !== undefined && (view.tokens[o.from]?.start ?? 0) >= dateline.start && (view.tokens[o.to - 1]?.end ?? 0) <= dateline.end) continue;
      const org = add(o.name, o.acronym, o.kind, o.country, view.tokens[o.from]?.start ?? 0, view.tokens[o.to - 1]?.end ?? 0);
      // The acronym the text writes is the organisation's, where the table lists several ("SSS" of Uzbekistan's, listed first as "SGB").
      if (o.short && !o.anaphor) org.acronym = view.slice(o.from, o.to);
    }
    const agencies = found.length;
    for (const m of mediaTrie.scan(ctx.tokens, ev.scanned, ev.wordClasses, MEDIA_FIRST_WORD)) {
      const start = ctx.tokens[m.from]?.start ?? 0;
      const end = ctx.tokens[m.to - 1]?.end ?? 0;
      // An acronym an outlet shares with an agency ("ANI") is the agency's where it was read as one.
      if (ctx.text.slice(start, end) !== m.value.written || found.some((o, k) => k < agencies && o.mentions.some((a) => a.start <= start && a.end >= end))) continue;
      // Of outlets sharing a name, the one of the release's home country ("DAKAR, Senegal (APS)"), else the first listed.
      const { entries } = m.value;
      const home = entries.length > 1 ? homeCountry(ctx) : null;
      const entry = entries.find((e) => e.country === home) ?? entries[0];
      if (entry !== undefined) add(entry.name, null, 'media', entry.country, start, end);
    }
    ctx.record.organizations = sortByKey(found, firstStart);
  },
};
