/**
 * Where the event took place: the first city the content places it in ("in Tashkent", "Baku
 * hosted", "(31 May - 1 June 2017, Dushanbe)"), in a sentence about the event where there is one;
 * a city not in the table where the sentence shows a place ("in Cholpan-Ata, Kyrgyzstan", "was
 * held in Pabbi on Monday", "at the NIS headquarters in Ruaraka"), with the country it was "held
 * in" if the text says, else the dateline's; or that country alone (with the dateline's city when
 * it lies there). A city-state's name ("in Singapore") names the city. A site that is no city ("at
 * the X training ground in Tajikistan", "in X region") gives its country, or the dateline's. Where
 * the content names no venue, the dateline's city is the venue, or a place the table lacks with its
 * country after it ("ARICA, Chile, ..."). A place the table lacks "near" a city is the venue ("in
 * Trakai, near Vilnius").
 * @module
 */
import events from '../../data/event-words.json';
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { hitAt, hitsOf, type HitOf } from './_lib/hits.js';
import { aboutOtherEvent, hereAt } from './_lib/otherEvent.js';
import { startsUpper } from './_lib/letterCase.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { sentenceAt } from './_lib/sentences.js';
import { firstStartingAtOrAfter } from '../text/search.js';

const BY = 'extractor/location';
const PLACE_BEFORE =
  /\b(?:in|at|near|visit\s+to|visits\s+to|trip\s+to|arrived\s+in|visiting)\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}(?:city|capital|town|resort|port|village)\s+of\s+|the\s+(?:[\p{L}-]+\s+)?capital,?\s+)?$/iu;
const HOSTED_AFTER = /^\s+(?:hosted|hosts|welcomed|was\s+the\s+venue|played\s+host)\b/i;
/** A sentence about the event itself: an event noun, or a verb of holding or meeting (not the adjective of "organised crime"). */
const ABOUT_EVENT = new RegExp(`\\b(?:${alternation([...Object.keys(events.kinds), ...words.venueVerbs, ...words.meetingVerbs])})\\b(?!\\s+crim)`, 'i');

/**
 * A facility's noun in lower case right before "in": "the joint intelligence centre in" (a named
 * one, "the Strategic Intelligence Center in Quito", is an institution's seat, where it received).
 */
const FACILITY_IN = /\b(?:centre|center|hub|office|base|camp|facility|academy|bureau|laboratory|school)\s+in\s+$/;
/** "at" (and "the") and up to four words before a facility's noun: "at the regional training centre in", a venue after all. */
const AT_FACILITY_IN = /\b[Aa]t\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:centre|center|hub|office|base|camp|facility|academy|bureau|laboratory|school)\s+in\s+$/u;
/** Whether the words before a city end with a facility's noun and "in", with no "at" before the facility. */
const facilityIn = (before: string): boolean => before.endsWith(' in ') && FACILITY_IN.test(before) && !AT_FACILITY_IN.test(before);

/** Inside a parenthesis that gives a date: "(31 May - 1 June 2017, Dushanbe)". */
function inDatedParenthesis(lead: string): boolean {
  const open = lead.lastIndexOf('(');
  if (open < 0 || lead.includes(')', open)) return false;
  const inside = lead.slice(open);
  return /\d/.test(inside) && inside.trimEnd().endsWith(',');
}
/** A verb of holding or visiting right before a country: "held in Kenya", "visiting the Sultanate". */
const HELD_IN = /\b(?:held|took\s+place|hosted|convened|met|organi[sz]ed|visited|visiting|visits?\s+to)\s+(?:in\s+)?(?:the\s+)?$/i;
/** What joins the countries of a list: ", " or " and ". */
const LIST_GAP = /^(?:,\s*|\s+and\s+)$/;
/** "in Cholpan-Ata, Kyrgyzstan", "in the city of Awaza (Turkmenistan)": a place name before a country. */
const UNKNOWN_CITY =
  /\bin\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}(?:city|town|resort|port|village)\s+of\s+)?(\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}[\p{L}'’-]+)?)(?:,\s*|\s+\(\s*)$/u;

/** "was held in Pabbi on Monday": a capitalised place the table lacks, right after a verb of holding or meeting and "in". */
const HELD_IN_PLACE =
  /\b(?:held|took\s+place|convened|met|gathered|opened|organi[sz]ed|hosted|headquarters)\s+in\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)(?=[,.;:]|\s+(?:on|from|this|last|next|for|during|with|and|at|to|under)\b|\s*$)/gu;
/** "in Trakai, near " or "in Sochi outside ": a place, then a city it is near; the place is the venue. */
const NEAR_CITY = /\bin\s+(\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?),?\s+(?:near|outside)\s+$/u;
/** How far before a city {@link NEAR_CITY} is read. */
const NEAR_REACH = 60;
/** The place the table lacks that {@link NEAR_CITY} reads before the city at `at`, if any ("in Kuwait, near Basra" is no such place). */
function placeNear(ctx: Context, at: number): string | undefined {
  const from = Math.max(0, at - NEAR_REACH);
  const m = NEAR_CITY.exec(ctx.text.slice(from, at));
  const place = m?.[1];
  if (m === null || place === undefined) return undefined;
  const start = from + m.index + m[0].indexOf(place);
  return hitAt(ctx.hits, start, 'country') === undefined && hitAt(ctx.hits, start, 'city') === undefined ? place : undefined;
}
/** Capitalised words that follow "held in" without naming a place (months, languages, "in Camera"). */
const NOT_PLACES: ReadonlySet<string> = new Set(events.notVenues);

/** The first place the table lacks that the content says the event was held in, if the place is not a name the gazetteer knows. */
function unknownVenue(ctx: Context, spans: ReturnType<typeof contentSpans>): string | null {
  // Read with `exec`, not `matchAll` (which copies the pattern on every call); the hits' starts are gathered at the first match.
  let starts: ReadonlySet<number> | undefined;
  HELD_IN_PLACE.lastIndex = 0;
  for (let m = HELD_IN_PLACE.exec(ctx.text); m !== null; m = HELD_IN_PLACE.exec(ctx.text)) {
    const place = m[1];
    if (place === undefined) continue;
    const at = m.index + m[0].length - place.length;
    starts ??= new Set(ctx.hits.map((h) => h.start));
    if (!inSpans(spans, at) || starts.has(at) || NOT_PLACES.has(place.split(' ')[0] ?? '') || aboutOtherEvent(ctx, at)) continue;
    return place;
  }
  return null;
}

/** The nouns of a site that is no city ("training ground", "range") or of a part of a country ("region"). */
const SITE = /\b(?:training\s+grounds?|firing\s+range|shooting\s+range|range|polygon|test\s+site|region|province|oblast|district|governorate)\b/g;
/** "at the" or "in (the)" before the site's name. */
const SITE_LEAD = /\b(?:at\s+the|in(?:\s+the)?)\s+$/i;
/** Only "in (the)" and the words of the site's own noun between a site and its country ("training ground in Tajikistan"). */
const IN_BEFORE = /^[\p{L} ]{0,20}\bin\s+(?:the\s+)?$/u;
/** How far after a site its country may stand. */
const SITE_COUNTRY_REACH = 40;
/** How far either side of a site its sentence is read for words about the event. */
const SITE_SENTENCE_REACH = 300;
/** How many capitalised words a site's name may have. */
const SITE_NAME_WORDS = 3;

/**
 * The end of the first site the content places the event at that is no city ("at the Harb-Maidon
 * training ground", "in Khatlon region"), in a sentence about the event; null if none.
 */
function siteAt(ctx: Context, spans: ReturnType<typeof contentSpans>): number | null {
  const { text } = ctx;
  for (const span of spans) {
    SITE.lastIndex = span.start;
    for (let m = SITE.exec(text); m !== null && m.index < span.end; m = SITE.exec(text)) {
      // Read back over the capitalised words of the name to "at the" or "in".
      let start = m.index;
      let words = 0;
      for (; words < SITE_NAME_WORDS; words++) {
        let w = start;
        while (w > 0 && text[w - 1] === ' ') w--;
        let b = w;
        while (b > 0 && /[\p{L}'’-]/u.test(text[b - 1] ?? '')) b--;
        if (b === w || !startsUpper(text.slice(b, w))) break;
        start = b;
      }
      if (words === 0 || !SITE_LEAD.test(text.slice(Math.max(0, start - 8), start))) continue;
      // The sentence is read only near the site: run-on text may hold many sites in one "sentence".
      const s = sentenceAt(text, m.index);
      const near = text.slice(Math.max(s.start, m.index - SITE_SENTENCE_REACH), Math.min(s.end, m.index + SITE_SENTENCE_REACH));
      if (ABOUT_EVENT.test(near) && !aboutOtherEvent(ctx, start)) return m.index + m[0].length;
    }
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
    if (city === undefined || !ABOUT_EVENT.test(text.slice(s.start, s.end)) || aboutOtherEvent(ctx, d.start)) continue;
    return { city, country: d.entry.code };
  }
  return null;
}

/** The country hit of `countries` (in order, one per start) that starts at `at`: found by halving, not from a map built for each text. */
function countryStartingAt(countries: readonly HitOf<'country'>[], at: number): HitOf<'country'> | undefined {
  const c = countries[firstStartingAtOrAfter(countries, at)];
  return c?.start === at ? c : undefined;
}

/** Sets `event.location`. */
function run(ctx: Context): void {
  const { text, hits } = ctx;
  const spans = contentSpans(ctx);
  const filedFrom = ctx.findings.ofKind('dateline')[0]?.span.start;
  const datelineCity = filedFrom === undefined ? undefined : hitAt(hits, filedFrom, 'city');
  // "kicked off here on Wednesday": the event took place where the release was filed.
  if (datelineCity !== undefined && spans.some((sp) => hereAt(text, sp.start, sp.end) >= 0)) {
    ctx.record.event.location = { city: datelineCity.entry.name, country: datelineCity.entry.country };
    ctx.trace(BY, () => `city ${datelineCity.entry.name}, the dateline's "here"`);
    return;
  }
  const countries = hitsOf(hits, 'country').filter((h) => inSpans(spans, h.start));
  // A country's name is not its capital's ("in Kuwait"), unless the two are one city-state ("in Singapore").
  // The first city placed in a sentence about the event ("the meeting in Baku"), else the first city placed at all.
  let first: HitOf<'city'> | undefined;
  for (const h of hitsOf(hits, 'city')) {
    if (!inSpans(spans, h.start)) continue;
    // Only a country hit of the same words: "Kuwait City" is a city though "Kuwait" starts it.
    const country = countryStartingAt(countries, h.start);
    if (country !== undefined && country.end === h.end && country.entry.name !== h.entry.name) continue;
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 30);
    // "the joint intelligence centre in Ciudad del Este": a facility placed there, not the event (but "at the training centre in Almaty").
    const placed = (PLACE_BEFORE.test(before) && !facilityIn(before)) || inDatedParenthesis(text.slice(Math.max(0, h.start - 60), h.start));
    if (!placed && !HOSTED_AFTER.test(after)) continue;
    if (aboutOtherEvent(ctx, h.start)) continue;
    first ??= h;
    const s = sentenceAt(text, h.start);
    const sentence = text.slice(s.start, s.end);
    if (!ABOUT_EVENT.test(sentence)) continue;
    first = h;
    break;
  }
  if (first !== undefined) {
    const city = first.entry;
    // "in Trakai, near Vilnius": the place the table lacks is the venue, in the country of the city it is near.
    const near = placeNear(ctx, first.start);
    ctx.record.event.location = { city: near ?? city.name, country: city.country };
    ctx.trace(BY, () => `city ${near ?? city.name}`);
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
    if (countryStartingAt(countries, placeStart) !== undefined || aboutOtherEvent(ctx, placeStart) || (next !== undefined && LIST_GAP.test(text.slice(c.end, next.start)))) continue;
    ctx.record.event.location = { city: unknown[1], country: c.entry.code };
    return;
  }
  const heldInCountry = countries.find((c) => HELD_IN.test(text.slice(Math.max(0, c.start - 40), c.start)) && !aboutOtherEvent(ctx, c.start));
  const venue = unknownVenue(ctx, spans);
  if (venue !== null || heldInCountry !== undefined) {
    // A place the table lacks, filed from a city of the table: in the dateline's country ("MANILA - ... at the NICA headquarters in Quezon City").
    const country = heldInCountry?.entry.code ?? (venue !== null ? (datelineCity?.entry.country ?? null) : null);
    // "on a visit to Pakistan", filed from Islamabad: the country held in is the dateline's, and so is the city.
    const city = venue ?? (datelineCity !== undefined && datelineCity.entry.country === country ? datelineCity.entry.name : null);
    ctx.record.event.location = { city, country };
    return;
  }
  // "at the Harb-Maidon training ground in Tajikistan", "in Khatlon region": a venue that is no city, in its country or the dateline's.
  const site = siteAt(ctx, spans);
  if (site !== null) {
    const inCountry = countries.find((c) => c.start > site && c.start - site <= SITE_COUNTRY_REACH && IN_BEFORE.test(text.slice(site, c.start)));
    const country = inCountry?.entry.code ?? datelineCity?.entry.country ?? null;
    if (country !== null) {
      ctx.record.event.location = { city: null, country };
      return;
    }
  }
  // A content that names no venue at all was filed from where the event took place: "MUSCAT, Feb 11 (ONA) -- X received Y today".
  if (datelineCity !== undefined) {
    ctx.record.event.location = { city: datelineCity.entry.name, country: datelineCity.entry.country };
    ctx.trace(BY, () => `city ${datelineCity.entry.name}, from the dateline`);
    return;
  }
  // A dateline place the table lacks, with its country after it: "ARICA, Chile, 28 May 2025 –".
  const place = ctx.record.source.dateline?.place ?? null;
  const placeCountry = place === null || filedFrom === undefined ? undefined : datelineCountry(ctx, filedFrom, place);
  if (place !== null && placeCountry !== undefined) {
    ctx.record.event.location = { city: place, country: placeCountry.entry.code };
    ctx.trace(BY, () => `city ${place}, the dateline's place in ${placeCountry.entry.code}`);
  }
}

/** The country named right after the dateline's place at `at` ("ARICA, Chile"), if the place is written there. */
function datelineCountry(ctx: Context, at: number, place: string): HitOf<'country'> | undefined {
  const end = at + place.length;
  if (!ctx.text.startsWith(place, at) || !ctx.text.startsWith(', ', end)) return undefined;
  return hitAt(ctx.hits, end + 2, 'country');
}

/** Finds where the event took place. */
export const location: Extractor = { name: BY, run };
