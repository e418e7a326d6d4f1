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

/** An ISO date, or null for a day that does not exist. */
function iso(year: number, month: number, day: number): string | null {
  const date = dayDate(year, month, day);
  return date === null ? null : isoOf(date);
}

/** References already parsed: a text's dates are all read against one, and releases share them. The dates are only read, never changed. */
const parsedReferences = new Map<string, Date>();

/** `parseISO(reference)`, parsed once per reference. */
function referenceDate(reference: string): Date {
  let date = parsedReferences.get(reference);
  if (date === undefined) {
    if (parsedReferences.size >= MAX_KEPT) parsedReferences.clear();
    date = parseISO(reference);
    parsedReferences.set(reference, date);
  }
  return date;
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
  if (parts.month === null || parts.day === null) return null;
  if (!rememberable(parts)) return computeDay(parts.month, parts.day, parts.year, reference, tense);
  const byDay = resolved.get(reference) ?? new Map<number, string | null>();
  const key = (((parts.year ?? 0) * 16 + parts.month) * 32 + parts.day) * 4 + TENSES.indexOf(tense);
  const known = byDay.get(key);
  if (known !== undefined) return known;
  if (remembered > MAX_REMEMBERED) {
    resolved.clear();
    remembered = 0;
  }
  const date = computeDay(parts.month, parts.day, parts.year, reference, tense);
  byDay.set(key, date);
  resolved.set(reference, byDay);
  remembered++;
  return date;
}

/** Whether day parts fit the memory's numeric key without clashing: a calendar month and day, a positive year. */
const rememberable = (parts: DayParts): boolean =>
  Number.isInteger(parts.month) && Number.isInteger(parts.day) && (parts.month ?? 0) >= 1 && (parts.month ?? 0) <= 12 && (parts.day ?? 0) >= 1 && (parts.day ?? 0) <= 31 && (parts.year === null || (Number.isInteger(parts.year) && parts.year > 0));

/** Days already resolved, by reference date, then by day and tense: the same few dates recur within a text and across releases. */
const resolved = new Map<string | null, Map<number, string | null>>();
const TENSES: readonly Tense[] = ['past', 'future', 'unknown'];
const MAX_REMEMBERED = 10_000;
let remembered = 0;

/** {@link resolveDay} without the memory. */
function computeDay(month: number, day: number, year: number | null, reference: string | null, tense: Tense): string | null {
  if (year !== null) return iso(year, month, day);
  if (reference === null) return null;
  const ref = referenceDate(reference);
  // The guess is compared as the day it is, not through its ISO string.
  const guess = dayDate(ref.getFullYear(), month, day);
  if (guess === null) return null;
  const gap = differenceInCalendarDays(guess, ref);
  if (gap > ROLL_DAYS && tense !== 'future') return iso(ref.getFullYear() - 1, month, day);
  if (gap < -ROLL_DAYS && tense === 'future') return iso(ref.getFullYear() + 1, month, day);
  return isoOf(guess);
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
  const ref = referenceDate(reference);
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
  return isoOf(addDays(referenceDate(reference), days));
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
