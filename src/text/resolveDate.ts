/**
 * Turns written dates into calendar dates against a reference (publication) date, with date-fns.
 * @module
 */
import { addDays, differenceInCalendarDays, format, getDay, isValid, lightFormat, nextDay, parseISO, previousDay, type Day } from 'date-fns';
import type { DayParts } from './dates.js';

/** How the sentence places the event in time relative to the report. */
export type Tense = 'past' | 'future' | 'unknown';

/** How far a year-less date may lie on the "wrong" side of the reference before a reader moves it a year. */
const ROLL_DAYS = 31;

/** The local midnight of a calendar day, or null for a day that does not exist (30 February). */
function dayDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return !isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day ? null : date;
}

/** How many formatted days, and parsed references, are kept: the same few hundred recur across releases. Past it the memory starts afresh. */
const MAX_KEPT = 10_000;
/** ISO dates already formatted, by `year * 512 + month index * 32 + day` (one number per day). */
const isoByDay = new Map<number, string>();

/** The ISO date of a day (formatted once per day; an invalid date is left to date-fns, which throws). */
function isoOf(date: Date): string {
  const key = date.getFullYear() * 512 + date.getMonth() * 32 + date.getDate();
  if (Number.isNaN(key)) return lightFormat(date, 'yyyy-MM-dd');
  let known = isoByDay.get(key);
  if (known === undefined) {
    if (isoByDay.size >= MAX_KEPT) isoByDay.clear();
    known = lightFormat(date, 'yyyy-MM-dd');
    isoByDay.set(key, known);
  }
  return known;
}

/** Whether written day parts make one number of {@link partsKey} each: a positive integer year, a calendar month and day. */
const keyable = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && year > 0 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= 31;
/** One number per keyable (year, month, day). */
const partsKey = (year: number, month: number, day: number): number => (year * 16 + month) * 32 + day;
/** {@link iso} of keyable parts already asked for, by {@link partsKey}: a day's validity and format are worked out once, without a `Date` each time. */
const isoByParts = new Map<number, string | null>();

/** An ISO date, or null for a day that does not exist. */
function iso(year: number, month: number, day: number): string | null {
  if (!keyable(year, month, day)) {
    const date = dayDate(year, month, day);
    return date === null ? null : isoOf(date);
  }
  const key = partsKey(year, month, day);
  let known = isoByParts.get(key);
  if (known === undefined) {
    if (isoByParts.size >= MAX_KEPT) isoByParts.clear();
    const date = dayDate(year, month, day);
    known = date === null ? null : isoOf(date);
    isoByParts.set(key, known);
  }
  return known;
}

/** A parsed reference date, with its local year and month (1-12) read once. */
interface Reference {
  readonly date: Date;
  readonly year: number;
  readonly month: number;
}

/** References already parsed: a text's dates are all read against one, and releases share them. The dates are only read, never changed. */
const parsedReferences = new Map<string, Reference>();

/** `parseISO(reference)`, parsed once per reference. */
function referenceOf(reference: string): Reference {
  let known = parsedReferences.get(reference);
  if (known === undefined) {
    if (parsedReferences.size >= MAX_KEPT) parsedReferences.clear();
    const date = parseISO(reference);
    known = { date, year: date.getFullYear(), month: date.getMonth() + 1 };
    parsedReferences.set(reference, known);
  }
  return known;
}

/**
 * Whether an existing day of the reference's year falls more than {@link ROLL_DAYS} after the
 * reference (1), before it (-1), or neither (0).
 */
function sideOf(ref: Reference, month: number, day: number): -1 | 0 | 1 {
  const months = month - ref.month;
  // Within one month the gap is at most 30 days, and three months or more apart at least 59: date-fns is asked only in between
  // (and for a year below 100, which `Date` reads as one of the 1900s).
  if (ref.year >= 100) {
    if (months === 0) return 0;
    if (months >= 3) return 1;
    if (months <= -3) return -1;
  }
  const gap = differenceInCalendarDays(new Date(ref.year, month - 1, day), ref.date);
  return gap > ROLL_DAYS ? 1 : gap < -ROLL_DAYS ? -1 : 0;
}

/**
 * The calendar date of written day parts. A year-less date takes the reference's year, then
 * moves a year back when a past event would otherwise fall well after the reference (a report
 * of 3 January about "December 28"), or a year on when a future one would fall well before it.
 *
 * @example
 * ```ts
 * resolveDay({ year: null, month: 12, day: 28 }, '2024-01-03', 'past');
 * //=> '2023-12-28'
 * ```
 */
export function resolveDay(parts: DayParts, reference: string | null, tense: Tense): string | null {
  const { year, month, day } = parts;
  if (month === null || day === null) return null;
  if (year !== null) return iso(year, month, day);
  if (reference === null) return null;
  const ref = referenceOf(reference);
  const guess = iso(ref.year, month, day);
  if (guess === null) return null;
  const side = sideOf(ref, month, day);
  if (side > 0 && tense !== 'future') return iso(ref.year - 1, month, day);
  if (side < 0 && tense === 'future') return iso(ref.year + 1, month, day);
  return guess;
}

/**
 * The date of a bare weekday ("on Monday") seen from a reference date: the next such day on or
 * after it for a future event, the last one on or before it otherwise.
 *
 * @example
 * ```ts
 * resolveWeekday(1, '2019-09-22', 'future');
 * //=> '2019-09-23'
 * ```
 */
export function resolveWeekday(weekday: number, reference: string, tense: Tense): string {
  const ref = referenceOf(reference).date;
  if (getDay(ref) === weekday) return reference;
  const day = weekday as Day;
  return lightFormat(tense === 'future' ? nextDay(ref, day) : previousDay(ref, day), 'yyyy-MM-dd');
}

/**
 * A reference date moved by whole days ("yesterday" is -1).
 *
 * @example
 * ```ts
 * shiftDay('2024-03-01', -1);
 * //=> '2024-02-29'
 * ```
 */
export function shiftDay(reference: string, days: number): string {
  return isoOf(addDays(referenceOf(reference).date, days));
}

/**
 * The weekday (0 = Sunday) of an ISO date.
 *
 * @example
 * ```ts
 * weekdayOf('2023-05-09');
 * //=> 2
 * ```
 */
export function weekdayOf(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return getDay(new Date(y, m - 1, d));
}

/**
 * The English name of a weekday number, from date-fns.
 *
 * @example
 * ```ts
 * weekdayName(5);
 * //=> 'Friday'
 * ```
 */
export function weekdayName(weekday: number): string {
  return format(new Date(2001, 0, 7 + weekday), 'EEEE');
}
