/**
 * Who hosted the event: the organisation whose seat was the venue ("at the headquarters of
 * SELEC", no host country then), the chair or organiser named ("under the chairmanship of
 * Kazakhstan", "organized by Azerbaijan's State Security Service"), else the venue's country.
 * @module
 */
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { countryMentions } from './_lib/countries.js';
import { hitsOf } from './_lib/hits.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';

const BY = 'extractor/host';
const SEAT = new RegExp(`\\bat\\s+the\\s+(?:${alternation(words.seatPhrases)})\\s+(?:the\\s+)?$`, 'i');
const CHAIR = new RegExp(`\\b(?:${alternation(words.chairPhrases)})\\s+(?:the\\s+)?$`, 'i');

/** Sets `event.host`. */
function run(ctx: Context): void {
  const { text, hits } = ctx;
  const spans = contentSpans(ctx);
  const orgs = hitsOf(hits, 'body', 'agency').filter((h) => inSpans(spans, h.start));
  for (const o of orgs) {
    if (!SEAT.test(text.slice(Math.max(0, o.start - 60), o.start))) continue;
    ctx.record.event.host = { country: null, organization: o.entry.name };
    ctx.trace(BY, () => `venue is the seat of ${o.entry.name}`);
    return;
  }
  let country: string | null = null;
  let organization: string | null = null;
  for (const m of countryMentions(ctx)) {
    if (!inSpans(spans, m.start)) continue;
    // The chair may be named as the country itself or through its service ("Azerbaijan's SSS").
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    if (!CHAIR.test(lead)) continue;
    country = m.code;
    const service = hitsOf(hits, 'agency').find((h) => h.start >= m.start && h.start - m.end <= 4);
    if (service !== undefined) organization = service.entry.name;
    break;
  }
  country ??= ctx.record.event.location?.country ?? null;
  if (country !== null || organization !== null) ctx.record.event.host = { country, organization };
}

/** Finds the host country and organisation. */
export const host: Extractor = { name: BY, run };
