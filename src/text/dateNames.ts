/**
 * English month and weekday names, from date-fns, so no list of them lives in the code; and the
 * Spanish, French and Portuguese ones a dateline may print, from `data/month-names.json`.
 * @module
 */
import { format } from 'date-fns';
import monthNames from '../../data/month-names.json';

/**
 * English month names and abbreviations ("September", "Sep", "Sep.", "Sept"), mapped to month
 * numbers (1-12), each also in capitals, as agency datelines write them ("ROME, MAY 14", "SEPT. 3").
 */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (name: string, month: number): void => {
    map.set(name, month);
    map.set(name.toUpperCase(), month);
  };
  for (let m = 0; m < 12; m++) {
    const day = new Date(2001, m, 1);
    add(format(day, 'MMMM'), m + 1);
    add(format(day, 'MMM'), m + 1);
    add(`${format(day, 'MMM')}.`, m + 1);
  }
  add('Sept', 9);
  add('Sept.', 9);
  return map;
})();

/** English weekday names (7 January 2001 was a Sunday), mapped to 0-6 (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let d = 0; d < 7; d++) map.set(format(new Date(2001, 0, 7 + d), 'EEEE'), d);
  return map;
})();

/**
 * English weekday abbreviations ("Wed", "Tues", "Thurs"), mapped to 0-6 (0 = Sunday): datelines
 * write them before a date ("KUALA LUMPUR, Wed, 4 June 2025").
 */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let d = 0; d < 7; d++) map.set(format(new Date(2001, 0, 7 + d), 'EEE'), d);
  map.set('Tues', 2);
  map.set('Thur', 4);
  map.set('Thurs', 4);
  return map;
})();

/**
 * Spanish, French, Portuguese, Indonesian and Malay month names and abbreviations, lower-cased
 * ("marzo", "juin", "setiembre", "mar", "juni", "ogos"), and the English ones in lower case, mapped
 * to month numbers (1-12), from `data/month-names.json`: datelines of Latin American, African and
 * South-East Asian outlets write them ("BOGOTÁ, 12 de marzo de 2025"). Read only where a
 * dateline's date is expected, never in the running text.
 */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(monthNames.months));

/** Spanish, French, Portuguese, Indonesian and Malay weekday names, lower-cased ("miércoles", "jeudi", "rabu"), mapped to 0-6 (0 = Sunday). */
export const FOREIGN_WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(monthNames.weekdays));
