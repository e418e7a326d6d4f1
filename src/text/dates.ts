/**
 * Finds every date expression of a text in one pass per written form: full dates, year-less
 * dates, day ranges, numeric and ISO dates, bare weekdays and "today"/"yesterday".
 * Month and weekday names come from date-fns, so no list of them lives here.
 * @module
 */
import { FOREIGN_MONTHS, FOREIGN_WEEKDAYS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './dateNames.js';
import { dateOpenings, OPENS } from './dateOpenings.js';
import { PhraseScan, RunOpenings, type WordTokens } from './phraseScan.js';
import { sortByPosition } from './search.js';
import { isSpaceAt } from './space.js';

/** A calendar day as written: any part may be missing (a year-less "October 19"). */
export interface DayParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** One date expression of the text. */
export interface DateMention {
  /** Offset of the first unit of the expression. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
  /** `day`: one calendar day; `range`: two; `weekday`: a bare weekday ("on Monday"); `relative`: today, yesterday, tomorrow. */
  readonly kind: 'day' | 'range' | 'weekday' | 'relative';
  /** The (first) day. */
  readonly from: DayParts;
  /** The last day of a range, else null. */
  readonly to: DayParts | null;
  /** A weekday written with the date (0 = Sunday), else null. */
  readonly weekday: number | null;
  /** Offset of the weekday word, when one is written. */
  readonly weekdayStart: number | null;
  /** For `relative`: days from the reference date (-1 yesterday, 0 today, 1 tomorrow). */
  readonly offsetDays: number;
}

const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('.', '\\.'))
    .join('|');

const M = `(${alternation(MONTHS.keys())})`;
/** A weekday written just before a date: "Tuesday, May 9", "Wed, 4 June". */
const WEEKDAY_BEFORE = new RegExp(`\\b(${alternation([...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()])})\\.?,?\\s+(?:the\\s+)?$`);
const D = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
/** The year after a day: "May 9, 2024", "9 May 2024", or after a slash, "April 22/2025". */
const Y = '(?:(?:,?\\s+|/)(\\d{4})(?!\\d))?';
const DASH = '\\s*(?:[-\u2013\u2014]|to|and|till|until)\\s*';

/** One written form: what it needs at its anchor (one of {@link OPENS}), a sticky pattern, and how its groups become a mention. */
interface Form {
  readonly needs: number;
  readonly pattern: RegExp;
  readonly build: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'weekdayStart' | 'offsetDays'> | null;
}

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const month = (s: string | undefined): number | null => (s === undefined ? null : (MONTHS.get(s) ?? null));
const weekday = (s: string | undefined): number | null => (s === undefined ? null : (WEEKDAYS.get(s) ?? WEEKDAY_ABBREVIATIONS.get(s) ?? null));
const parts = (year: number | null, m: number | null, day: number | null): DayParts => ({ year, month: m, day });

const FORMS: readonly Form[] = [
  {
    // "31 May - 1 June 2017"
    needs: OPENS.dayMonthRange,
    pattern: new RegExp(`\\b${D}\\s+${M}${DASH}${D}\\s+${M}${Y}`, 'y'),
    build: (m) => {
      const year = num(m[5]);
      return { kind: 'range', from: parts(year, month(m[2]), num(m[1])), to: parts(year, month(m[4]), num(m[3])), weekday: null };
    },
  },
  {
    // "May 31 - June 1, 2017"
    needs: OPENS.monthRange,
    pattern: new RegExp(`\\b${M}\\s*${D}${DASH}${M}\\s*${D}${Y}`, 'y'),
    build: (m) => {
      const year = num(m[5]);
      return { kind: 'range', from: parts(year, month(m[1]), num(m[2])), to: parts(year, month(m[3]), num(m[4])), weekday: null };
    },
  },
  {
    // "2 – 4 October", "from 12 to 14 May 2024", "3-4 June"
    needs: OPENS.dayRange,
    pattern: new RegExp(`\\b${D}${DASH}${D}\\s+(?:of\\s+)?${M}${Y}`, 'y'),
    build: (m) => {
      const year = num(m[4]);
      const mo = month(m[3]);
      return { kind: 'range', from: parts(year, mo, num(m[1])), to: parts(year, mo, num(m[2])), weekday: null };
    },
  },
  {
    // "October 2-4, 2017"
    needs: OPENS.monthDayRange,
    pattern: new RegExp(`\\b${M}\\s*${D}${DASH}${D}${Y}`, 'y'),
    build: (m) => {
      const year = num(m[4]);
      const mo = month(m[1]);
      return { kind: 'range', from: parts(year, mo, num(m[2])), to: parts(year, mo, num(m[3])), weekday: null };
    },
  },
  {
    // "20 October 2022", "23rd September, 2019", "Tuesday, 9 May"
    needs: OPENS.dayMonth,
    pattern: new RegExp(`\\b${D}\\s+(?:of\\s+)?${M}${Y}`, 'y'),
    build: (m) => ({ kind: 'day', from: parts(num(m[3]), month(m[2]), num(m[1])), to: null, weekday: null }),
  },
  {
    // "October 19", "November 14, 2018", "Tuesday, May 9"
    needs: OPENS.monthDay,
    pattern: new RegExp(`\\b${M}\\s*${D}${Y}`, 'y'),
    build: (m) => ({ kind: 'day', from: parts(num(m[3]), month(m[1]), num(m[2])), to: null, weekday: null }),
  },
  {
    // "25-26.09.2023": a numeric range, day first
    needs: OPENS.numericRange,
    pattern: /\b(\d{1,2})\s?[-\u2013]\s?(\d{1,2})([./])(\d{1,2})\3(\d{4})\b/y,
    build: (m) => {
      const year = num(m[5]);
      const mo = num(m[4]);
      return { kind: 'range', from: parts(year, mo, num(m[1])), to: parts(year, mo, num(m[2])), weekday: null };
    },
  },
  {
    // "2025-04-29"
    needs: OPENS.iso,
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/y,
    build: (m) => ({ kind: 'day', from: parts(num(m[1]), num(m[2]), num(m[3])), to: null, weekday: null }),
  },
  {
    // "14/11/2018", "14-09-2016", "08.09.2023": day first, as in the releases of most of the world
    needs: OPENS.numeric,
    pattern: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/y,
    build: (m) => {
      const day = num(m[1]);
      const mo = num(m[3]);
      if (day === null || mo === null) return null;
      return mo <= 12 ? { kind: 'day', from: parts(num(m[4]), mo, day), to: null, weekday: null } : { kind: 'day', from: parts(num(m[4]), day, mo), to: null, weekday: null };
    },
  },
  {
    // "on Monday"
    needs: OPENS.weekday,
    pattern: new RegExp(`\\b(${alternation(WEEKDAYS.keys())})\\b`, 'y'),
    build: (m) => ({ kind: 'weekday', from: parts(null, null, null), to: null, weekday: weekday(m[1]) }),
  },
];

/** Where a date may start: a run of digits, or one opening a month's or a weekday's name (every one begins with its three-letter abbreviation). */
const ANCHORS = new RunOpenings({ prefixes: [...'0123456789', ...[...MONTHS.keys(), ...WEEKDAYS.keys()].map((w) => w.slice(0, 3))] });

const RELATIVE_RE = new PhraseScan(/\b(today|yesterday|tomorrow)\b/gi, { phrases: RELATIVE.keys() });

const plausible = (p: DayParts): boolean =>
  (p.year === null || (p.year >= 1900 && p.year <= 2199)) && (p.month === null || (p.month >= 1 && p.month <= 12)) && (p.day === null || (p.day >= 1 && p.day <= 31));

/** The most letters of a weekday's abbreviation ("Thurs"). */
const LONGEST_WEEKDAY_ABBREVIATION = Math.max(...[...WEEKDAY_ABBREVIATIONS.keys()].map((w) => w.length));

/** Whether the code unit `c` is an ASCII letter. */
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Whether `lead` ends with a weekday's abbreviation, perhaps with a full stop and a comma, and white space ("Wed, "). */
function endsWithWeekdayAbbreviation(lead: string): boolean {
  let end = lead.length;
  while (end > 0 && isSpaceAt(lead, end - 1)) end--;
  if (lead.charCodeAt(end - 1) === 0x2c) end--;
  if (lead.charCodeAt(end - 1) === 0x2e) end--;
  let start = end;
  while (start > 0 && end - start <= LONGEST_WEEKDAY_ABBREVIATION && isAsciiLetter(lead.charCodeAt(start - 1))) start--;
  return WEEKDAY_ABBREVIATIONS.has(lead.slice(start, end));
}

/** {@link WEEKDAY_BEFORE} read in the 12 units before `at`. */
function weekdayBefore(text: string, at: number): RegExpExecArray | null {
  const lead = text.slice(Math.max(0, at - 12), at);
  // Every weekday's name ends in "day", and its abbreviation ends the lead: most dates have neither before them.
  return lead.includes('day') || endsWithWeekdayAbbreviation(lead) ? WEEKDAY_BEFORE.exec(lead) : null;
}

let memoText: string | null = null;
let memoDates: DateMention[] = [];

/**
 * Every date expression of `text`, in order, overlaps resolved in favour of the longer one.
 * `tokens`, the text's word tokens when the caller has them, only make the scan faster.
 *
 * @example
 * ```ts
 * scanDates('held on Tuesday, May 9, in Baku').map((d) => [d.kind, d.from.month, d.from.day, d.weekday]);
 * //=> [['day', 5, 9, 2]]
 * ```
 */
export function scanDates(text: string, tokens?: WordTokens): DateMention[] {
  if (text === memoText) return memoDates;
  const found: DateMention[] = [];
  // The places a date can start (a digit, a month, a weekday) come from the shared phrase scan; the forms are tried only where they may match.
  for (const at of ANCHORS.in(text, tokens)) {
    const open = dateOpenings(text, at);
    if (open === 0) continue;
    for (const form of FORMS) {
      if ((form.needs & open) === 0) continue;
      form.pattern.lastIndex = at;
      const m = form.pattern.exec(text);
      if (m === null) continue;
      const built = form.build(m);
      if (built === null || !plausible(built.from) || (built.to !== null && !plausible(built.to))) continue;
      // The weekday pattern ends in white space: only a date after white space is read back from.
      const lead = built.kind === 'weekday' || !isSpaceAt(text, m.index - 1) ? null : weekdayBefore(text, m.index);
      const start = lead ? m.index - lead[0].length : m.index;
      const end = m.index + m[0].length;
      // Written out, not spread: a spread of the forms' differently shaped results is slow.
      found.push({ kind: built.kind, from: built.from, to: built.to, weekday: lead ? weekday(lead[1]) : built.weekday, start, end, weekdayStart: lead ? start : null, offsetDays: 0 });
    }
  }
  for (const m of RELATIVE_RE.scan(text, 0, text.length, tokens)) {
    found.push({
      kind: 'relative',
      start: m.index,
      end: m.index + m[0].length,
      from: parts(null, null, null),
      to: null,
      weekday: null,
      weekdayStart: null,
      offsetDays: RELATIVE.get(m[0].toLowerCase()) ?? 0,
    });
  }
  // Mostly in order already (only the relative words come last): sorted only when needed.
  sortByPosition(found);
  const kept: DateMention[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && d.start < last.end) continue;
    kept.push(d);
  }
  memoText = text;
  memoDates = kept;
  return kept;
}

/**
 * A day written with a Spanish, French, Portuguese, Indonesian or Malay month at `at` (the day
 * first, as those languages write it): "12 de marzo de 2025", "a 12 de marzo de 2025" (Mexico),
 * "le mercredi 5 juin 2025", "1er juin", "3 mar 2025", "miércoles 12 de marzo del 2025", "Rabu, 4 Juni
 * 2025"; and an English month in lower case ("12 june 2025"). Groups: the weekday, the day, the month, the year.
 */
const FOREIGN_DAY = /(?:(?:[Ll]e|a)\s+)?(?:(\p{L}+(?:-\p{L}+)?),?\s+)?(\d{1,2})(?:er|ro|º|°)?\s+(?:de\s+)?(\p{L}{3,10})\.?(?:,?\s+(?:del?\s+)?(\d{4})(?!\d))?/uy;

/** Whether a dateline's date may end at `end`: the text ends, or a dash, bar, bracket, comma, colon or line break follows (after spaces). */
function closesDateline(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  return i >= text.length || '-–—|(,:\n'.includes(text.charAt(i));
}

/**
 * The day written at `at` with a month of another language (see {@link FOREIGN_DAY}), or
 * null. Asked only where a dateline's date is expected and no English date is written: the scan of
 * the running text ({@link scanDates}) never reads these names ("mar", "set", "out" are words too),
 * and a day without a year must close the dateline ("3 out of 5" is none).
 *
 * @example
 * ```ts
 * const d = foreignDayAt('BOGOTÁ, 12 de marzo de 2025 – ...', 8);
 * [d?.from, d?.end];
 * //=> [{ year: 2025, month: 3, day: 12 }, 27]
 * ```
 */
export function foreignDayAt(text: string, at: number): DateMention | null {
  FOREIGN_DAY.lastIndex = at;
  const m = FOREIGN_DAY.exec(text);
  if (m === null) return null;
  const named = m[1]?.toLowerCase();
  const day = named === undefined ? null : (FOREIGN_WEEKDAYS.get(named) ?? -1);
  const mo = FOREIGN_MONTHS.get(m[3]?.toLowerCase() ?? '');
  if (day === -1 || mo === undefined) return null;
  // Without a year, the dateline must close right after the month: "3 out of 5" is no date.
  if (m[4] === undefined && !closesDateline(text, at + m[0].length)) return null;
  const from = parts(num(m[4]), mo, num(m[2]));
  if (!plausible(from)) return null;
  return { kind: 'day', from, to: null, weekday: day, start: at, end: at + m[0].length, weekdayStart: m[1] === undefined ? null : text.indexOf(m[1], at), offsetDays: 0 };
}
