/**
 * Who hosted the event: the organisation whose seat was the venue ("at the headquarters of
 * SELEC", "at Europol's headquarters", no host country then; a national service's seat gives its
 * country), the chair or organiser named
 * ("under the chairmanship of Kazakhstan", "organized by Azerbaijan's State Security Service"), a
 * service or intergovernmental body that is the subject of "hosted" or "organised", or of "opened its"
 * ("The National Security Committee of Kazakhstan hosted the meeting", "IMPACS on Tuesday opened its
 * annual conference"; "Europol hosted the meeting ... at its headquarters", no host country then), else
 * the venue's country. A chair from another country than the
 * venue's ("held in Dushanbe ... chaired by FSB Director ...") presides but does not host.
 * @module
 */
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { PhraseScan } from '../text/phraseScan.js';
import { countryMentions } from './_lib/countries.js';
import { hitsOf, type HitOf } from './_lib/hits.js';
import { startsUpper } from './_lib/letterCase.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { sentenceAt } from './_lib/sentences.js';
import { firstStartingAtOrAfter } from '../text/search.js';

const BY = 'extractor/host';
/** "at the headquarters of (the)", found in one forward scan; the organisation must follow at once. */
const SEAT = new PhraseScan(new RegExp(`\\bat\\s+the\\s+(?:${alternation(words.seatPhrases)})\\s+(?:the\\s+)?`, 'gi'), { phrases: ['at the'] });
/** The nouns that name a seat ("headquarters", "seat", "premises", "offices"): the first words of the seat phrases. */
const SEAT_WORDS: readonly string[] = words.seatPhrases.map((p) => p.split(' ')[0] ?? p);
/** The seat written in the possessive after the organisation, with up to three words between: "at Europol's headquarters", "at INTERPOL's General Secretariat headquarters". */
const POSSESSIVE_SEAT = new RegExp(`^'s\\s+(?:[a-z]+\\s+){0,3}(?:${alternation(SEAT_WORDS)})\\b`, 'i');
/** "at" (and "the") right before an organisation whose seat follows in the possessive, or as the noun after its name. */
const AT_BEFORE = /\bat\s+(?:the\s+)?$/i;
/** {@link SEAT_WORDS} as token keys. */
const SEAT_NOUNS: ReadonlySet<string> = new Set(SEAT_WORDS.map((w) => w.toLowerCase()));
/** "under the chairmanship of (the)", "organized by (the)": the chair or organiser follows at once. */
const CHAIR = new PhraseScan(new RegExp(`\\b(?:${alternation(words.chairPhrases)})\\s+(?:the\\s+)?`, 'gi'), { phrases: words.chairPhrases });

/** The chair phrases that name who presided, not who hosted or organised: "chaired by", "under the chairmanship of". */
const PRESIDING = new RegExp(`\\b(?:${alternation(words.chairPhrases.filter((p) => /chair|presidency/.test(p)))})\\s+(?:the\\s+)?$`, 'i');
/** Whether a presiding chair phrase ends right before offset `at` ("chaired by the"): who follows presides, and may not host. */
const presidesAt = (text: string, at: number): boolean => PRESIDING.test(text.slice(Math.max(0, at - 40), at));
/** Verbs whose subject is the host: "The Presidency of State Security hosted ...", "ONSA will host ...". */
const HOST_VERBS: ReadonlySet<string> = new Set(words.hostVerbs);
/** Verbs whose subject holds its own event when "its" follows: "IMPACS on Tuesday opened its annual conference". */
const OWN_EVENT_VERBS: ReadonlySet<string> = new Set(words.ownEventVerbs);
/** Whether token `j` is a verb whose subject hosts: a hosting verb, or a verb of holding before "its". */
const hostsAt = (tokens: Context['tokens'], j: number): boolean =>
  HOST_VERBS.has(tokens[j]?.key ?? '') || (OWN_EVENT_VERBS.has(tokens[j]?.key ?? '') && tokens[j + 1]?.key === 'its');
/** Words that may stand between the host and its verb: "will host", "is to host", "has also hosted", "on Tuesday hosted". */
const HOST_AUXILIARIES: ReadonlySet<string> = new Set(words.hostAuxiliaries);
/** How many such words may stand there. */
const MAX_AUXILIARIES = 3;
/** Words that may stand between a service's name and its verb: "of the Republic of Kazakhstan". */
const NAME_TAIL: ReadonlySet<string> = new Set(words.nameTail);
/** How many such words may stand there. */
const MAX_TAIL = 5;

/** The seat named by a pronoun for the organisation that hosts: "Europol hosted the meeting ... at its headquarters". */
const OWN_SEAT = new RegExp(`\\bat\\s+(?:its|their)\\s+(?:${alternation(SEAT_WORDS)})\\b`, 'i');

/**
 * A government service or an intergovernmental body named as the subject of a hosting verb, in the
 * same sentence. A body hosting "at its headquarters" hosts at its own seat: no host country then,
 * as for "at Europol's headquarters".
 */
function hostingService(ctx: Context, spans: ReturnType<typeof contentSpans>): { country: string | null; organization: string; atOwnSeat: boolean } | null {
  const { text, tokens } = ctx;
  for (const org of ctx.record.organizations) {
    if (org.kind !== 'security-service' && org.kind !== 'government' && org.kind !== 'intergovernmental') continue;
    for (const mention of org.mentions) {
      if (!inSpans(spans, mention.start)) continue;
      let j = firstStartingAtOrAfter(tokens, mention.end);
      for (let tail = 0; tail < MAX_TAIL && (NAME_TAIL.has(tokens[j]?.key ?? '') || startsUpper(tokens[j]?.raw ?? '')); tail++) j++;
      for (let aux = 0; aux < MAX_AUXILIARIES && HOST_AUXILIARIES.has(tokens[j]?.raw ?? ''); aux++) j++;
      const verb = tokens[j];
      if (verb !== undefined && hostsAt(tokens, j) && !/[.;:\n]/.test(text.slice(mention.end, verb.start)) && !hostsOtherEvent(ctx, j)) {
        const atOwnSeat = org.kind === 'intergovernmental' && OWN_SEAT.test(text.slice(verb.end, sentenceAt(text, verb.start).end));
        return { country: org.country, organization: org.name, atOwnSeat };
      }
    }
  }
  return null;
}

/** Whether a seat noun follows the organisation's name after one space: "at the African Union headquarters". */
function seatNounAfter(ctx: Context, o: HitOf<'body' | 'agency'>): boolean {
  const next = ctx.tokens[o.tokenEnd];
  return next !== undefined && next.start === o.end + 1 && ctx.text.charCodeAt(o.end) === 0x20 && SEAT_NOUNS.has(next.key);
}

/** How many words after a hosting verb are read for the event it hosts ("hosted the previous meeting"). */
const OBJECT_WORDS = 4;

/** Whether the hosting verb at token `verb` hosts another event than the reported one: "will host the next meeting", "hosted the previous session". */
function hostsOtherEvent(ctx: Context, verb: number): boolean {
  const { text, tokens } = ctx;
  const sentenceEnd = sentenceAt(text, tokens[verb]?.start ?? 0).end;
  return aboutOtherEvent(ctx, Math.min(sentenceEnd, tokens[verb + OBJECT_WORDS + 1]?.start ?? text.length));
}

/** Offsets just past each match of a phrase pattern. */
const endsOf = (ctx: Context, pattern: PhraseScan): ReadonlySet<number> => new Set(pattern.scan(ctx.text, 0, ctx.text.length, ctx.tokens).map((m) => m.index + m[0].length));

/** The organisation whose seat the text names as the venue, "at the headquarters of X" or "at X's headquarters", if any. */
function seatHolder(ctx: Context, spans: ReturnType<typeof contentSpans>): HitOf<'body' | 'agency'> | undefined {
  const { text } = ctx;
  const seats = endsOf(ctx, SEAT);
  for (const o of ctx.hits) {
    if (o.kind !== 'body' && o.kind !== 'agency') continue;
    // The seat is tested first: most organisations have none named, and the content's spans are read only for those that do.
    const seat =
      seats.has(o.start) ||
      ((text.charCodeAt(o.end) === 0x27 ? POSSESSIVE_SEAT.test(text.slice(o.end, o.end + 80)) : seatNounAfter(ctx, o)) && AT_BEFORE.test(text.slice(Math.max(0, o.start - 8), o.start)));
    if (seat && inSpans(spans, o.start)) return o;
  }
  return undefined;
}

/** The organisation the organisations step read at `start` (with the country its context gives a name several services share), if any. */
function organisationAt(ctx: Context, start: number): Context['record']['organizations'][number] | undefined {
  return ctx.record.organizations.find((org) => org.mentions.some((m) => m.start === start));
}

/** The first body or agency that starts where a chair phrase ends ("organised by the X"), in the content and not another event's: found from each end by halving. */
function chairHit(ctx: Context, chairs: ReadonlySet<number>, spans: ReturnType<typeof contentSpans>): (typeof ctx.hits)[number] | undefined {
  let found: (typeof ctx.hits)[number] | undefined;
  for (const end of chairs) {
    for (let i = firstStartingAtOrAfter(ctx.hits, end), h = ctx.hits[i]; h !== undefined && h.start === end; h = ctx.hits[++i]) {
      if ((h.kind === 'body' || h.kind === 'agency') && (found === undefined || h.start < found.start) && inSpans(spans, h.start) && !aboutOtherEvent(ctx, h.start)) found = h;
    }
  }
  return found;
}

/** Sets `event.host`. */
function run(ctx: Context): void {
  const { hits } = ctx;
  const spans = contentSpans(ctx);
  const o = seatHolder(ctx, spans);
  if (o !== undefined) {
    // A country's own service hosts in its country ("at the headquarters of the DINI in Lima"); a body has no host country.
    const org = o.kind === 'agency' ? organisationAt(ctx, o.start) : undefined;
    const name = org?.name ?? o.entry.name;
    // A national service whose country the text leaves open is seated where the venue is.
    const country = o.kind === 'agency' ? (org?.country ?? ctx.record.event.location?.country ?? null) : null;
    ctx.record.event.host = { country, organization: name };
    ctx.trace(BY, () => `venue is the seat of ${name}`);
    return;
  }
  let country: string | null = null;
  let organization: string | null = null;
  const chairs = endsOf(ctx, CHAIR);
  let chairedOnly = false;
  for (const m of chairs.size > 0 ? countryMentions(ctx) : []) {
    // The chair may be named as the country itself or through its service ("Azerbaijan's SSS").
    // "The next conference will be hosted by the Philippines": the host of another event.
    if (!inSpans(spans, m.start) || !chairs.has(m.start) || aboutOtherEvent(ctx, m.start)) continue;
    country = m.code;
    chairedOnly = presidesAt(ctx.text, m.start);
    const service = hitsOf(hits, 'agency').find((h) => h.start >= m.start && h.start - m.end <= 4);
    // The name as the organisations step read it there: a name several countries' services share ("National Police") is not another country's.
    if (service !== undefined) organization = organisationAt(ctx, service.start)?.name ?? service.entry.name;
    break;
  }
  if (country === null && organization === null && chairs.size > 0) {
    // "under the auspices of the United Nations": an intergovernmental body as the organiser; "organised
    // by the State Security Bureau": a service whose name gave the country step no country.
    const chair = chairHit(ctx, chairs, spans);
    if (chair?.kind === 'body') organization = chair.entry.name;
    else if (chair?.kind === 'agency') {
      const org = organisationAt(ctx, chair.start);
      organization = org?.name ?? chair.entry.name;
      country = org?.country ?? null;
      chairedOnly = presidesAt(ctx.text, chair.start);
    }
  }
  if (country === null && organization === null) {
    const service = hostingService(ctx, spans);
    if (service?.atOwnSeat === true) {
      ctx.record.event.host = { country: null, organization: service.organization };
      ctx.trace(BY, () => `venue is the seat of ${service.organization}, which hosted`);
      return;
    }
    if (service !== null) ({ country, organization } = service);
  }
  const venue = ctx.record.event.location?.country ?? null;
  // "was held in Dushanbe and was chaired by FSB Director ...": a chair from abroad presides; the venue's country hosts.
  if (country !== null && venue !== null && country !== venue && chairedOnly) {
    country = venue;
    organization = null;
  }
  country ??= venue;
  if (country !== null || organization !== null) ctx.record.event.host = { country, organization };
}

/** Finds the host country and organisation. */
export const host: Extractor = { name: BY, run };
