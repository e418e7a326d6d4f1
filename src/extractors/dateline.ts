/**
 * The dateline: "Baku, April 29, AZERTAC", "MINSK. KAZINFORM -", "KAZAN (UrduPoint News / Sputnik -
 * 23rd September, 2019)", "Almaty. September 14. Silkroadnews –", "BUCHAREST, Romania –",
 * "Ottawa, Canada – June 3, 2024 –", or a leading "RASC News Agency:". Writes `source.dateline` and posts the outlet it names.
 * @module
 */
import words from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Span } from '../schema/record.js';
import { foreignDayAt, scanDates, type DateMention } from '../text/dates.js';
import { resolveDay } from '../text/resolveDate.js';
import { isSpaceAt } from '../text/space.js';
import { capitalisedRun } from './_lib/capitalisedRun.js';
import { hitAt } from './_lib/hits.js';
import { startsUpper } from './_lib/letterCase.js';
import { MEDIA_NAMES } from './_lib/mediaNames.js';

declare module '../pipeline/findings.js' {
  interface FindingValues {
    /** The dateline, with its place, date and the outlet it names. */
    dateline: { readonly place: string | null; readonly date: string | null; readonly outlet: string | null };
  }
}

const BY = 'extractor/dateline';
/** A name-like run of up to `n` capitalised words (acronyms, "AzərNews", "Silkroadnews"), or opened by digits and a letter ("24.kg"). */
const NAME = (n: number): string => `(?:\\p{Lu}|\\d[\\p{N}.]*\\p{L})[\\p{L}\\p{N}&'’.]*(?: \\p{Lu}[\\p{L}\\p{N}&'’.]*){0,${n}}`;
/** "RASC News Agency: ..." at the start of the body. */
const COLON_OUTLET = new RegExp(`^(${NAME(4)}):\\s`, 'u');
/** After the place: ", Romania – " or " – ". */
const DASH_END = /^\s?(?:--|[-–—:|])\s/;
/** What opens a country after the place: ", " and perhaps "the " (", the Netherlands"), or a bracket (" [India]", " (France)"). */
const COUNTRY_OPENING = /^(?:, (?:the )?| \[| \()/;
/** After the place: " (outlets - date) ". */
const PAREN = /^\s?\(([^)\n]{2,100})\)/;
/** What stands between a bracket after the place and a date after it: "KAZAN (Tatar-inform), 3 December". */
const DATE_AFTER_BRACKETS = /^,?\s/;
/** After the place (and date): the outlet, up to its closing dash, full stop or comma. */
const OUTLET_END = new RegExp(`^(${NAME(3)}?)(?: (?:news |information )?agency)?(?:\\s?(?:--|[-–—:])\\s|\\.\\s|\\.?$|,\\s|\\.?\\n)`, 'u');
const OUTLET_PAREN = /^(?:\(([^)\n]{2,60})\)|\/([^/\n]{2,40})\/)\.?(?:\s?(?:--|[-–—:]))?(?:\s|$)/;
/** An outlet in brackets and a dash before the dateline, at the start of the body: "(ANSA) - ROME, MAY 14 - ". */
const LEADING_OUTLET = new RegExp(`^\\((${NAME(3)})\\)\\s?(?:--|[-–—])\\s`, 'u');

/** The months of the Hijri calendar, lower-cased, longest first ("rabi al-awwal" before "rabi"). */
const HIJRI_MONTHS: readonly string[] = words.hijriMonths.map((m) => m.toLowerCase()).sort((a, b) => b.length - a.length);
/** After a Hijri month: its day, its year and a comma ("Rabi Al-Awwal 12, 1446, "). */
const HIJRI_DAY_YEAR = /^ \d{1,2},? \d{4}(?: AH)?,\s+/;

/**
 * How many units a Hijri date and the comma after it take at `pos` of `rest`, or 0: Gulf agencies
 * write it before the Gregorian date ("Riyadh, Rabi Al-Awwal 12, 1446, Sep 15, 2024, SPA --").
 */
function hijriDateLength(rest: string, pos: number): number {
  const ahead = rest.slice(pos, pos + 40).toLowerCase();
  for (const month of HIJRI_MONTHS) {
    if (!ahead.startsWith(month)) continue;
    const tail = HIJRI_DAY_YEAR.exec(rest.slice(pos + month.length));
    return tail === null ? 0 : month.length + tail[0].length;
  }
  return 0;
}

const isAllCaps = (s: string): boolean => /^[\p{Lu}\s'’-]{3,}$/u.test(s);

interface Found {
  readonly start: number;
  /** Where the place starts, when something stands before it in the dateline ("(ANSA) - ROME, ..."); else `start`. */
  readonly placeStart?: number;
  readonly end: number;
  readonly place: string | null;
  readonly date: DateMention | null;
  readonly outlet: string | null;
}

/** The outlets named in a parenthesis "UrduPoint News / Sputnik - 23rd September, 2019": the first one. */
function parenOutlet(inner: string): string | null {
  const head = inner.split(/\s[-–—]\s|,/)[0] ?? '';
  const first = head.split('/')[0]?.trim() ?? '';
  return startsUpper(first) && !/^\d/.test(first) ? first : null;
}

/** What {@link DASH_END} opens with after its optional white space: a dash, a colon or a bar. */
const isDashLike = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x3a || c === 0x7c;

/**
 * Whether one of the patterns read after a dateline's place can match at `pos` of `rest`: a comma
 * ({@link COUNTRY_AFTER}, or a separator), a full stop, a dash ({@link DASH_END}) or an opening
 * bracket ({@link PAREN}, {@link COUNTRY_BRACKET}), each after one white space at most.
 */
function mayFollowPlace(rest: string, pos: number): boolean {
  const c = rest.charCodeAt(pos);
  if (c === 0x2c || c === 0x2e || c === 0x28 || isDashLike(c)) return true;
  const next = rest.charCodeAt(pos + 1);
  return isSpaceAt(rest, pos) && (next === 0x28 || next === 0x5b || isDashLike(next));
}

/** The longest outlet name read between two dashes of a dateline ("| Xinhua |"). */
const MAX_OUTLET_BETWEEN = 40;

/**
 * An outlet of the media table written at `from` and closed by a dash or bar ("Xinhua | " in
 * "KAMPALA, Uganda | Xinhua | ..."), with where the dash and its white space end; null otherwise.
 */
function outletBetweenDashes(text: string, from: number, limit: number): { outlet: string; end: number } | null {
  const stop = Math.min(limit, from + MAX_OUTLET_BETWEEN);
  for (let i = from + 1; i < stop; i++) {
    if (!isSpaceAt(text, i - 1) || !isDashLike(text.charCodeAt(i))) continue;
    const name = text.slice(from, i - 1).trim();
    if (!MEDIA_NAMES.has(name)) return null;
    const closing = DASH_END.exec(text.slice(i - 1, i + 3));
    return closing === null ? null : { outlet: name, end: i - 1 + closing[0].length };
  }
  return null;
}

/**
 * Where a country of the tables written after the place ends (", Trinidad and Tobago", ", the
 * Netherlands", " [India]", " (France)"), as an offset into `rest` (which starts at `at`), or null when none is
 * written at `pos`. The country must end before a comma, full stop, closing bracket or white space.
 */
function countryAfter(ctx: Context, rest: string, at: number, pos: number): number | null {
  const opening = COUNTRY_OPENING.exec(rest.slice(pos));
  if (opening === null) return null;
  const start = at + pos + opening[0].length;
  const hit = hitAt(ctx.hits, start, 'country');
  if (hit === undefined) return null;
  const end = hit.end - at;
  if (opening[0] === ' [') return rest.charCodeAt(end) === 0x5d ? end + 1 : null;
  if (opening[0] === ' (') return rest.charCodeAt(end) === 0x29 ? end + 1 : null;
  return end === rest.length || /[,.\s]/.test(rest[end] ?? '') ? end : null;
}

/**
 * The day a dateline writes at `at`: an English date of the text's scan, else one with a Spanish,
 * French, Portuguese, Indonesian or Malay month ("BOGOTÁ, 12 de marzo de 2025 –", "DAKAR, le 5 juin 2025 –"), read
 * only here, where a date is expected.
 */
function dayAt(ctx: Context, at: number): DateMention | null {
  return scanDates(ctx.text, ctx.tokens).find((d) => d.start === at && d.kind === 'day') ?? foreignDayAt(ctx.text, at);
}

/**
 * Reads a dateline starting at `at`, if one is there. `inBody` says whether `at` opens the body:
 * only there does "Name: " name an outlet; on a header line it opens a headline ("AFRIPOL: Opening
 * of the General Assembly"). `aboveBody` says whether `at` opens the last header line.
 */
function readAt(ctx: Context, at: number, limit: number, inBody: boolean, aboveBody: boolean): Found | null {
  const rest = ctx.text.slice(at, Math.min(limit, at + 200));
  // "(ANSA) - ROME, MAY 14 - ...": the outlet in brackets, then the dateline, or an outlet of the media table alone.
  const leading = inBody && rest.charCodeAt(0) === 0x28 ? LEADING_OUTLET.exec(rest) : null;
  if (leading?.[1] !== undefined) {
    const outlet = leading[1];
    const after = readAt(ctx, at + leading[0].length, limit, inBody, aboveBody);
    if (after !== null) return { ...after, start: at, placeStart: after.start, outlet: after.outlet ?? outlet };
    if (MEDIA_NAMES.has(outlet)) return { start: at, end: at + leading[0].length, place: null, date: null, outlet };
  }
  // The pattern needs a colon: most lines have none.
  const colon = inBody && rest.includes(':') ? COLON_OUTLET.exec(rest) : null;
  // The place of a dateline: one to three capitalised words, or an all-capitals one.
  const placeWords = capitalisedRun(rest);
  // The city of the table written at `at`, if any (the gazetteer reports one hit of a kind per start).
  const cityAt = hitAt(ctx.hits, at, 'city');
  const isCity = (name: string): boolean => cityAt?.end === at + name.length;
  if (colon?.[1] !== undefined && !(placeWords === colon[1] && isCity(colon[1]))) {
    return { start: at, end: at + colon[0].length, place: null, date: null, outlet: colon[1] };
  }
  // An outlet of the media table and a dash open the body: "AKIpress - The 53rd meeting ...".
  const outletDash = inBody && placeWords !== undefined && MEDIA_NAMES.has(placeWords) ? DASH_END.exec(rest.slice(placeWords.length)) : null;
  if (outletDash !== null && placeWords !== undefined) {
    return { start: at, end: at + placeWords.length + outletDash[0].length, place: null, date: null, outlet: placeWords };
  }
  // A city of the table gives the place's extent, full stops and all ("ST. PETERSBURG, October 9").
  const city = cityAt !== undefined && cityAt.end <= limit ? cityAt : undefined;
  const place = city !== undefined && city.end - at > (placeWords?.length ?? 0) ? ctx.text.slice(at, city.end) : placeWords;
  if (!place) return null;
  // "ISTANBUL" on a line of its own right above the body: a city of the table alone is the dateline.
  if (aboveBody && city !== undefined && city.end === limit && place.length === limit - at) return { start: at, end: limit, place, date: null, outlet: null };
  let pos = place.length;
  // "Nur-Sultan/Astana, 5 June 2022": a city's two names, old and new, joined by a slash.
  if (rest.charCodeAt(pos) === 0x2f) {
    const other = hitAt(ctx.hits, at + pos + 1, 'city');
    if (other !== undefined && other.end <= limit) pos = other.end - at;
  }
  // Most lines go on with a word after the first capitalised ones ("The 45th Conference"): no pattern below can match there.
  if (!mayFollowPlace(rest, pos)) return null;
  const known = isCity(place) || isAllCaps(place);
  const country = countryAfter(ctx, rest, at, pos);
  if (country !== null) pos = country;
  const dash = DASH_END.exec(rest.slice(pos));
  // On a header line a colon after a word that is no city opens a headline ("AFRIPOL: Opening of ...").
  const headlineColon = dash !== null && !inBody && dash[0].includes(':') && !isCity(place);
  if (dash && !headlineColon && (known || country !== null)) {
    // "KAMPALA, Uganda | Xinhua | ...": an outlet of the media table may follow the dash, closed by another.
    let dashEnd = at + pos + dash[0].length;
    const named = outletBetweenDashes(ctx.text, dashEnd, limit);
    if (named !== null) dashEnd = named.end;
    const outlet = named?.outlet ?? null;
    // "Ottawa, Canada – June 3, 2024 –": a date may follow the dash, closed by another.
    // "Nairobi, Kenya | 18 September 2024" on a line of its own: the line's end closes the date.
    const date = dayAt(ctx, dashEnd);
    const close = date !== null ? (DASH_END.exec(ctx.text.slice(date.end, date.end + 4))?.[0].length ?? (date.end === limit ? 0 : null)) : null;
    if (date !== null && close !== null) return { start: at, end: date.end + close, place, date, outlet };
    return { start: at, end: dashEnd, place, date: null, outlet };
  }
  const paren = PAREN.exec(rest.slice(pos));
  if (paren?.[1] !== undefined && known) {
    const inner = paren[1];
    const closing = at + pos + paren[0].length;
    const inside = scanDates(ctx.text, ctx.tokens).find((d) => d.kind === 'day' && d.start > at + pos && d.end <= closing) ?? null;
    // "KAZAN (Tatar-inform), 3 December 2024 –": the date after the brackets, and the dash that closes it.
    const gap = inside === null ? DATE_AFTER_BRACKETS.exec(ctx.text.slice(closing, closing + 2)) : null;
    const after = gap === null ? null : dayAt(ctx, closing + gap[0].length);
    if (after === null) return { start: at, end: closing, place, date: inside, outlet: parenOutlet(inner) };
    const dash = DASH_END.exec(ctx.text.slice(after.end, after.end + 4));
    return { start: at, end: after.end + (dash?.[0].length ?? 0), place, date: after, outlet: parenOutlet(inner) };
  }
  const sep = /^[.,]\s+/.exec(rest.slice(pos));
  if (!sep) return null;
  pos += sep[0].length;
  pos += hijriDateLength(rest, pos);
  const date = dayAt(ctx, at + pos);
  if (!known && date === null) return null;
  let dateMention: DateMention | null = null;
  if (date) {
    dateMention = date;
    pos += date.end - date.start;
    const after = /^[.,]?\s+/.exec(rest.slice(pos));
    pos += after ? after[0].length : 0;
  }
  const inParens = OUTLET_PAREN.exec(rest.slice(pos));
  const named = inParens?.[1] ?? inParens?.[2];
  if (inParens !== null && named !== undefined) {
    return { start: at, end: at + pos + inParens[0].length, place, date: dateMention, outlet: parenOutlet(named) };
  }
  const dashAfterDate = dateMention ? DASH_END.exec(rest.slice(pos - 1)) : null;
  if (dashAfterDate) return { start: at, end: at + pos - 1 + dashAfterDate[0].length, place, date: dateMention, outlet: null };
  const outlet = OUTLET_END.exec(rest.slice(pos));
  if (outlet?.[1] === undefined || outlet[1] === '') return dateMention ? { start: at, end: at + pos, place, date: dateMention, outlet: null } : null;
  return { start: at, end: at + pos + outlet[0].length, place, date: dateMention, outlet: outlet[1].replace(/\.$/, '') };
}

/** How many words a short lead paragraph above the dateline's paragraph may have. */
const MAX_LEAD_WORDS = 12;

/**
 * Where the second paragraph of the body starts, when the first is a short lead of its own ("The
 * meeting focused on Afghanistan." above "MINSK, May 3 (BelTA) - ..."); otherwise null.
 */
function afterShortLead(text: string, body: number): number | null {
  const lineEnd = text.indexOf('\n', body);
  if (lineEnd < 0) return null;
  // Counted space by space, no further than the limit: the first paragraph is most often long.
  let spaces = 0;
  for (let at = text.indexOf(' ', body); at >= 0 && at < lineEnd; at = text.indexOf(' ', at + 1)) if (++spaces >= MAX_LEAD_WORDS) return null;
  let next = lineEnd;
  while (next < text.length && /\s/.test(text[next] ?? '')) next++;
  return next < text.length ? next : null;
}

/** Inserts `span` after the spans that start no later, as a stable sort by start places it (a loop: the lines are few). */
function insertByStart(spans: Span[], span: Span): void {
  let at = spans.length;
  while (at > 0 && (spans[at - 1]?.start ?? 0) > span.start) at--;
  spans.splice(at, 0, span);
}

/** The dateline of the body's paragraphs among `starts` from `from` on (`body`, `second`: where they start), or null. */
function bodyDateline(ctx: Context, starts: readonly Span[], from: number, body: number | undefined, second: number | null): Found | null {
  for (let k = from; k < starts.length; k++) {
    const start = (starts[k] as Span).start;
    if (start !== body && start !== second) continue;
    const lineEnd = ctx.text.indexOf('\n', start);
    const found = readAt(ctx, start, lineEnd < 0 ? ctx.text.length : lineEnd, true, false);
    if (found !== null) return found;
  }
  return null;
}

/** Finds the dateline at the start of the body or of a header line, or of the paragraph after a short lead. */
function run(ctx: Context): void {
  const body = ctx.findings.ofKind('body')[0]?.span.start;
  const starts: Span[] = [];
  for (const f of ctx.findings.ofKind('headlineCandidate')) insertByStart(starts, f.span);
  for (const f of ctx.findings.ofKind('body')) insertByStart(starts, f.span);
  const second = body === undefined ? null : afterShortLead(ctx.text, body);
  if (second !== null) starts.push({ start: second, end: ctx.text.length });
  for (let k = 0; k < starts.length; k++) {
    const span = starts[k] as Span;
    const lineEnd = ctx.text.indexOf('\n', span.start);
    const paragraph = span.start === body || span.start === second;
    const found = readAt(ctx, span.start, lineEnd < 0 ? ctx.text.length : lineEnd, paragraph, starts[k + 1]?.start === body && span.start !== body);
    if (found === null) continue;
    // A dateline on a header line ("Lima, 30 de octubre de 2024" above "LIMA, Oct. 30 (Andina) -- ...") leaves to the body's what it lacks.
    const below = paragraph || (found.outlet !== null && found.date !== null) ? null : bodyDateline(ctx, starts, k + 1, body, second);
    const outlet = found.outlet ?? below?.outlet ?? null;
    const written = found.date ?? below?.date ?? null;
    const reference = ctx.options.publishedAt ?? ctx.findings.ofKind('pageDate').map((f) => resolveDay(f.value.date.from, null, 'past')).find((d) => d !== null) ?? null;
    const date = written ? resolveDay(written.from, reference, 'past') : null;
    const placeStart = found.placeStart ?? found.start;
    const city = hitAt(ctx.hits, placeStart, 'city');
    const place = city !== undefined ? city.entry.name : found.place;
    if (place !== null || date !== null) ctx.record.source.dateline = { place, date };
    ctx.findings.add({ kind: 'dateline', value: { place, date, outlet }, span: { start: found.start, end: found.end }, by: BY });
    ctx.trace(BY, () => `dateline ${JSON.stringify(ctx.text.slice(found.start, found.end))}`);
    return;
  }
}

/** Reads the dateline: place, date and the outlet it names. */
export const dateline: Extractor = { name: BY, run };
