/**
 * A cheap first test of a place where a date may start (a run of digits, a month's or a weekday's
 * name): which written forms of {@link scanDates} can match there, read from a few code units, so
 * that a form's pattern is run only where it may match. Each test is a necessary condition of its
 * form's pattern (see the forms in `dates.ts`): it follows the pattern's opening pieces, in order.
 * @module
 */
import { MONTHS, WEEKDAYS } from './dateNames.js';
import { isSpaceAt } from './space.js';

/** The forms a place may open, one bit each. */
export const OPENS = {
  /** "2025-04-29": four digits and a hyphen. */
  iso: 1,
  /** "14/11/2018": a day number, a separator and a digit. */
  numeric: 2,
  /** "25-26.09.2023": a day number, a dash, a day number and a separator. */
  numericRange: 4,
  /** "20 October", "23rd of May": a day, white space, perhaps "of", a month. */
  dayMonth: 8,
  /** "31 May - 1 June": a day, white space, a month, a range's joiner and a number. */
  dayMonthRange: 16,
  /** "2 – 4 October", "12 to 14 May": a day, a range's joiner and a number. */
  dayRange: 32,
  /** "October 19": a month, perhaps white space, and a day. */
  monthDay: 64,
  /** "October 2-4": a month, a day, a range's joiner and a number. */
  monthDayRange: 128,
  /** "May 31 - June 1": a month, a day, a range's joiner and a month. */
  monthRange: 256,
  /** "Monday": a weekday's name. */
  weekday: 512,
} as const;

/** Names by the code of their first unit (ASCII), longest first. */
function byFirstUnit(names: Iterable<string>): readonly (readonly string[] | undefined)[] {
  const lists: string[][] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) (lists[name.charCodeAt(0)] ??= []).push(name);
  return lists;
}
const MONTH_NAMES = byFirstUnit(MONTHS.keys());
const WEEKDAY_NAMES = byFirstUnit(WEEKDAYS.keys());

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether one of `names` is written at `at`. */
function nameAt(text: string, at: number, names: readonly (readonly string[] | undefined)[]): boolean {
  const list = names[text.charCodeAt(at)];
  if (list !== undefined) for (const name of list) if (text.startsWith(name, at)) return true;
  return false;
}

/** The end of the run of digits at `at`. */
function digitsEnd(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the white space at `at`. */
function spaceEnd(text: string, at: number): number {
  let i = at;
  while (isSpaceAt(text, i)) i++;
  return i;
}

/** The end of a range's joiner after white space from `at` ("-", "–", "—", "to", "and", "till", "until"), or -1; its first unit is tested first. */
function joinerEnd(text: string, at: number): number {
  const i = spaceEnd(text, at);
  switch (text.charCodeAt(i)) {
    case 0x2d:
    case 0x2013:
    case 0x2014:
      return i + 1;
    case 0x74:
      return text.startsWith('to', i) ? i + 2 : text.startsWith('till', i) ? i + 4 : -1;
    case 0x61:
      return text.startsWith('and', i) ? i + 3 : -1;
    case 0x75:
      return text.startsWith('until', i) ? i + 5 : -1;
    default:
      return -1;
  }
}

/** Whether a range's joiner, white space and then a digit follow `at`. */
function joinsNumber(text: string, at: number): boolean {
  const end = joinerEnd(text, at);
  return end >= 0 && isDigit(text.charCodeAt(spaceEnd(text, end)));
}

/** Whether a range's joiner, white space and then a month follow `at`. */
function joinsMonth(text: string, at: number): boolean {
  const end = joinerEnd(text, at);
  return end >= 0 && nameAt(text, spaceEnd(text, end), MONTH_NAMES);
}

/** Whether an ordinal suffix ("st", "nd", "rd", "th") is written at `at`. */
function suffixAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return b === 0x64 ? a === 0x6e || a === 0x72 : (a === 0x73 && b === 0x74) || (a === 0x74 && b === 0x68);
}

/**
 * Where a day number whose digits end at `end` may end as the pattern reads it: at its digits, or
 * past an ordinal suffix not followed by a digit (-1 when there is none).
 */
const pastSuffix = (text: string, end: number): number => (suffixAt(text, end) && !isDigit(text.charCodeAt(end + 2)) ? end + 2 : -1);

/** The forms a day number ending at `day` (past its digits or its suffix) opens after it ({@link OPENS}): a day then a month, or a range. */
function afterDay(text: string, day: number): number {
  let open = joinsNumber(text, day) ? OPENS.dayRange : 0;
  const month = spaceEnd(text, day);
  if (month === day) return open;
  const of = text.charCodeAt(month) === 0x6f && text.charCodeAt(month + 1) === 0x66 ? spaceEnd(text, month + 2) : month;
  if ((of > month + 2 && nameAt(text, of, MONTH_NAMES)) || nameAt(text, month, MONTH_NAMES)) open |= OPENS.dayMonth;
  if (monthThenJoiner(text, month)) open |= OPENS.dayMonthRange;
  return open;
}

/** {@link afterDay} for both readings of a day number whose digits end at `end`. */
function afterDayNumber(text: string, end: number): number {
  const past = pastSuffix(text, end);
  return past < 0 ? afterDay(text, end) : afterDay(text, end) | afterDay(text, past);
}

/** Whether some month name written at `at` is followed by a range's joiner and a number. */
function monthThenJoiner(text: string, at: number): boolean {
  const list = MONTH_NAMES[text.charCodeAt(at)];
  if (list !== undefined) for (const name of list) if (text.startsWith(name, at) && joinsNumber(text, at + name.length)) return true;
  return false;
}

/** The forms a number at `at` opens ({@link OPENS}). A day number has one or two digits not followed by another; only an ISO date opens with more. */
function numberOpenings(text: string, at: number): number {
  const end = digitsEnd(text, at);
  if (end - at === 4) return text.charCodeAt(end) === 0x2d ? OPENS.iso : 0;
  if (end - at > 2) return 0;
  const c = text.charCodeAt(end);
  let open = (c === 0x2e || c === 0x2f || c === 0x2d) && isDigit(text.charCodeAt(end + 1)) ? OPENS.numeric : 0;
  // "\s?[-–]\s?" and a day number of one or two digits, then "." or "/".
  const dash = isSpaceAt(text, end) ? end + 1 : end;
  if (text.charCodeAt(dash) === 0x2d || text.charCodeAt(dash) === 0x2013) {
    const day = isSpaceAt(text, dash + 1) ? dash + 2 : dash + 1;
    const dayEnd = digitsEnd(text, day);
    const sep = text.charCodeAt(dayEnd);
    if (dayEnd > day && dayEnd - day <= 2 && (sep === 0x2e || sep === 0x2f)) open |= OPENS.numericRange;
  }
  return open | afterDayNumber(text, end);
}

/** The forms a month written at `end`'s left opens after it ({@link OPENS}): a day of one or two digits, perhaps going on as a range. */
function afterMonth(text: string, end: number): number {
  const day = spaceEnd(text, end);
  const dayEnd = digitsEnd(text, day);
  if (dayEnd === day || dayEnd - day > 2) return 0;
  const past = pastSuffix(text, dayEnd);
  return OPENS.monthDay | afterMonthDay(text, dayEnd) | (past < 0 ? 0 : afterMonthDay(text, past));
}

/** The range forms a month's day ending at `day` (past its digits or its suffix) opens after it ({@link OPENS}). */
function afterMonthDay(text: string, day: number): number {
  return (joinsNumber(text, day) ? OPENS.monthDayRange : 0) | (joinsMonth(text, day) ? OPENS.monthRange : 0);
}

/**
 * The forms ({@link OPENS}) that the run of ASCII letters and digits at `at` may open: a number,
 * a month's name (any of its spellings written there), else a weekday's.
 */
export function dateOpenings(text: string, at: number): number {
  // \b: a run starts after a unit that is no ASCII letter or digit, so only "_" (a word unit of \b) can hide it.
  if (text.charCodeAt(at - 1) === 0x5f) return 0;
  if (isDigit(text.charCodeAt(at))) return numberOpenings(text, at);
  const months = MONTH_NAMES[text.charCodeAt(at)];
  let open = 0;
  let month = false;
  if (months !== undefined) {
    for (const name of months) {
      if (!text.startsWith(name, at)) continue;
      month = true;
      open |= afterMonth(text, at + name.length);
    }
  }
  return month ? open : nameAt(text, at, WEEKDAY_NAMES) ? OPENS.weekday : 0;
}
