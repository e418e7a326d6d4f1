/**
 * Where the event took place: the first city the content places it in ("in Tashkent", "Baku
 * hosted", "(31 May - 1 June 2017, Dushanbe)"), in a sentence about the event where there is one;
 * a city not in the table where the sentence shows a place ("in Cholpan-Ata, Kyrgyzstan", "was
 * held in Pabbi on Monday"), with the country it was "held in" if the text says; or that country
 * alone. A city-state's name ("in Singapore") names the city. Where the content names no venue, the
 * dateline's city is the venue.
 * @module
 */
import events from '../../data/event-words.json';
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { hitsOf, type HitOf } from './_lib/hits.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { sentenceAt } from './_lib/sentences.js';

const BY = 'extractor/location';
const PLACE_BEFORE = /\b(?:in|at|near|visit\s+to|visits\s+to|trip\s+to|arrived\s+in|visiting)\s+(?:the\s+(?:city|capital|town)\s+of\s+|the\s+[\p{L}-]+\s+capital,?\s+)?$/iu;
const HOSTED_AFTER = /^\s+(?:hosted|hosts|welcomed|was\s+the\s+venue|played\s+host)\b/i;
/** A sentence about the event itself: an event noun, or a verb of holding or meeting. */
const ABOUT_EVENT = new RegExp(`\\b(?:${alternation([...Object.keys(events.kinds), ...words.venueVerbs, ...words.meetingVerbs])})\\b`, 'i');

/** Inside a parenthesis that gives a date: "(31 May - 1 June 2017, Dushanbe)". */
function inDatedParenthesis(lead: string): boolean {
  const open = lead.lastIndexOf('(');
  if (open < 0 || lead.includes(')', open)) return false;
  const inside = lead.slice(open);
  return /\d/.test(inside) && inside.trimEnd().endsWith(',');
}
/** A verb of holding or visiting right before a country: "held in Kenya", "visiting the Sultanate". */
const HELD_IN = /\b(?:held|took\s+place|hosted|convened|met|organi[sz]ed|visited|visiting|visits?\s+to)\s+(?:in\s+)?(?:the\s+)?$/i;
/** A sentence about the next event of a series ("agreed to hold the next round of talks in New Delhi"): its city is not this event's. */
const NEXT_EVENT = new RegExp(`\\b(?:next|following)\\s+(?:round|${alternation(Object.keys(events.kinds))})\\b`, 'i');
/** What joins the countries of a list: ", " or " and ". */
const LIST_GAP = /^(?:,\s*|\s+and\s+)$/;
/** "in Cholpan-Ata, Kyrgyzstan": a place name before a country. */
const UNKNOWN_CITY = /\bin\s+(\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}[\p{L}'’-]+)?),\s*$/u;

/** "was held in Pabbi on Monday": a capitalised place the table lacks, right after a verb of holding or meeting and "in". */
const HELD_IN_PLACE =
  /\b(?:held|took\s+place|convened|met|gathered|opened|organi[sz]ed|hosted)\s+in\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)(?=[,.;:]|\s+(?:on|from|this|last|next|for|during|with|and|at|to|under)\b|\s*$)/gu;
/** Capitalised words that follow "held in" without naming a place (months, languages, "in Camera"). */
const NOT_PLACES: ReadonlySet<string> = new Set(events.notVenues);

/** The first place the table lacks that the content says the event was held in, if the place is not a name the gazetteer knows. */
function unknownVenue(ctx: Context, spans: ReturnType<typeof contentSpans>): string | null {
  const starts = new Set(ctx.hits.map((h) => h.start));
  for (const m of ctx.text.matchAll(HELD_IN_PLACE)) {
    const place = m[1];
    if (place === undefined) continue;
    const at = m.index + m[0].length - place.length;
    if (!inSpans(spans, at) || starts.has(at) || NOT_PLACES.has(place.split(' ')[0] ?? '')) continue;
    return place;
  }
  return null;
}

/** "in the" before a demonym that names a place. */
const IN_THE = /\b(?:in|at)\s+the\s+$/i;
/** After the demonym: "capital" (and its name after a comma), or "city of" and a place ("in the Jordanian city of Aqaba"). */
const DEMONYM_PLACE = /^\s+(?:capital\b(?:,\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2}))?|(?:port\s+)?(?:city|town)\s+of\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2}))/u;

/**
 * The place written at `at`: a city of the table by its own name ("Tshwane" is Pretoria), a
 * country's name standing for its capital ("the Kuwaiti capital, Kuwait"), else the name as written.
 */
function placeNamed(ctx: Context, at: number, written: string, capital: string | undefined): string {
  for (const h of ctx.hits) {
    if (h.start !== at) continue;
    if (h.kind === 'city') return h.entry.name;
    if (h.kind === 'country' && capital !== undefined) return capital;
  }
  return written;
}

/** A place the content gives by a demonym in a sentence about the event: "in the Kenyan capital" (its capital), "in the Jordanian city of Aqaba". */
function placeOfDemonym(ctx: Context, spans: ReturnType<typeof contentSpans>): { city: string; country: string } | null {
  const { text } = ctx;
  for (const d of hitsOf(ctx.hits, 'demonym')) {
    if (!inSpans(spans, d.start) || !IN_THE.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    const m = DEMONYM_PLACE.exec(text.slice(d.end, d.end + 80));
    if (m === null) continue;
    const named = m[1] ?? m[2];
    const city = named === undefined ? d.entry.capital : placeNamed(ctx, d.end + m[0].length - named.length, named, d.entry.capital);
    const s = sentenceAt(text, d.start);
    const sentence = text.slice(s.start, s.end);
    if (city === undefined || NEXT_EVENT.test(sentence) || !ABOUT_EVENT.test(sentence)) continue;
    return { city, country: d.entry.code };
  }
  return null;
}

/** Sets `event.location`. */
function run(ctx: Context): void {
  const { text, hits } = ctx;
  const spans = contentSpans(ctx);
  const countries = hitsOf(hits, 'country').filter((h) => inSpans(spans, h.start));
  // A country's name is not its capital's ("in Kuwait"), unless the two are one city-state ("in Singapore").
  const countryAt = new Map(countries.map((c) => [c.start, c]));
  // The first city placed in a sentence about the event ("the meeting in Baku"), else the first city placed at all.
  let first: HitOf<'city'> | undefined;
  for (const h of hitsOf(hits, 'city')) {
    if (!inSpans(spans, h.start)) continue;
    // Only a country hit of the same words: "Kuwait City" is a city though "Kuwait" starts it.
    const country = countryAt.get(h.start);
    if (country !== undefined && country.end === h.end && country.entry.name !== h.entry.name) continue;
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 30);
    const placed = PLACE_BEFORE.test(before) || inDatedParenthesis(text.slice(Math.max(0, h.start - 60), h.start));
    if (!placed && !HOSTED_AFTER.test(after)) continue;
    const s = sentenceAt(text, h.start);
    const sentence = text.slice(s.start, s.end);
    if (NEXT_EVENT.test(sentence)) continue;
    first ??= h;
    if (!ABOUT_EVENT.test(sentence)) continue;
    first = h;
    break;
  }
  if (first !== undefined) {
    const city = first.entry;
    ctx.record.event.location = { city: city.name, country: city.country };
    ctx.trace(BY, () => `city ${city.name}`);
    return;
  }
  const byDemonym = placeOfDemonym(ctx, spans);
  if (byDemonym !== null) {
    ctx.record.event.location = byDemonym;
    return;
  }
  for (const [k, c] of countries.entries()) {
    const from = Math.max(0, c.start - 60);
    const unknown = UNKNOWN_CITY.exec(text.slice(from, c.start));
    if (unknown?.[1] === undefined) continue;
    // "the situation in Gaza, Sudan and Libya" is a list of places, not a city and its country.
    const placeStart = from + unknown.index + unknown[0].indexOf(unknown[1]);
    const next = countries[k + 1];
    if (countryAt.has(placeStart) || (next !== undefined && LIST_GAP.test(text.slice(c.end, next.start)))) continue;
    ctx.record.event.location = { city: unknown[1], country: c.entry.code };
    return;
  }
  const heldInCountry = countries.find((c) => HELD_IN.test(text.slice(Math.max(0, c.start - 40), c.start)));
  const venue = unknownVenue(ctx, spans);
  if (venue !== null || heldInCountry !== undefined) {
    ctx.record.event.location = { city: venue, country: heldInCountry?.entry.code ?? null };
    return;
  }
  // A content that names no venue at all was filed from where the event took place: "MUSCAT, Feb 11 (ONA) -- X received Y today".
  const filedFrom = ctx.findings.ofKind('dateline')[0]?.span.start;
  const datelineCity = filedFrom === undefined ? undefined : hitsOf(hits, 'city').find((h) => h.start === filedFrom);
  if (datelineCity !== undefined) {
    ctx.record.event.location = { city: datelineCity.entry.name, country: datelineCity.entry.country };
    ctx.trace(BY, () => `city ${datelineCity.entry.name}, from the dateline`);
  }
}

/** Finds where the event took place. */
export const location: Extractor = { name: BY, run };
