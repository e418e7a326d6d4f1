import { describe, expect, it } from 'vitest';
import { foreignDayAt, scanDates } from '../../src/text/dates.js';

const at = (text: string, d: { start: number; end: number }): string => text.slice(d.start, d.end);

describe('scanDates', () => {
  it('finds a year-less date inside a sentence, with its span', () => {
    const text = 'On October 19, the conference was held in Tashkent.';
    const [d] = scanDates(text);
    expect(d && at(text, d)).toBe('October 19');
    expect(d?.from).toEqual({ year: null, month: 10, day: 19 });
  });

  it('reads day-first dates with ordinals and a comma before the year', () => {
    const text = 'KAZAN (Sputnik - 23rd September, 2019) Heads met.';
    const [d] = scanDates(text);
    expect(d && at(text, d)).toBe('23rd September, 2019');
    expect(d?.from).toEqual({ year: 2019, month: 9, day: 23 });
  });

  it('reads month names in capitals, as agency datelines write them ("MAY 14", "SEPT. 3")', () => {
    const text = 'PARIS, SEPT. 3 - Talks opened; the next round is set for MAY 14.';
    expect(scanDates(text).map((d) => [at(text, d), d.from.month, d.from.day])).toEqual([
      ['SEPT. 3', 9, 3],
      ['MAY 14', 5, 14],
    ]);
  });

  it('reads a range across two months', () => {
    const text = 'A get-together (31 May - 1 June 2017, Dushanbe)';
    const [d] = scanDates(text);
    expect(d?.kind).toBe('range');
    expect(d && at(text, d)).toBe('31 May - 1 June 2017');
    expect([d?.from, d?.to]).toEqual([
      { year: 2017, month: 5, day: 31 },
      { year: 2017, month: 6, day: 1 },
    ]);
  });

  it('reads day ranges in one month: "2 – 4 October", "on 3-4 June", "from 12 to 14 May 2024"', () => {
    for (const [text, from, to] of [
      ['the three-day (2 – 4 October) meeting', 2, 4],
      ['talks on 3-4 June in Baku', 3, 4],
      ['held from 12 to 14 May 2024 in Ankara', 12, 14],
    ] as const) {
      const [d] = scanDates(text);
      expect(d?.kind).toBe('range');
      expect([d?.from.day, d?.to?.day]).toEqual([from, to]);
    }
  });

  it('reads numeric and ISO dates, day first', () => {
    const text = 'took place on 14/11/2018; stamp 2025-04-29; Date: 13:00, 14-09-2016.';
    expect(scanDates(text).map((d) => d.from)).toEqual([
      { year: 2018, month: 11, day: 14 },
      { year: 2025, month: 4, day: 29 },
      { year: 2016, month: 9, day: 14 },
    ]);
  });

  it('keeps a weekday written before a date, in the span', () => {
    const text = 'the forum on Tuesday, May 9, in Baku';
    const [d] = scanDates(text);
    expect(d && at(text, d)).toBe('Tuesday, May 9');
    expect(d?.weekday).toBe(2);
  });

  it('keeps an abbreviated weekday written before a date, in the span ("Thurs., 12 June", "Sat 14 June")', () => {
    const text = 'signed on Thurs., 12 June 2025 and ratified on Sat 14 June 2025';
    expect(scanDates(text).map((d) => [at(text, d), d.weekday])).toEqual([
      ['Thurs., 12 June 2025', 4],
      ['Sat 14 June 2025', 6],
    ]);
  });

  it('reads no weekday from a word that only ends like an abbreviation ("Kuwait, 12 June")', () => {
    const text = 'met in Kuwait, 12 June 2025, and in Riyadh on 14 June';
    expect(scanDates(text).map((d) => [at(text, d), d.weekday])).toEqual([
      ['12 June 2025', null],
      ['14 June', null],
    ]);
  });

  it('finds bare weekdays and relative days', () => {
    expect(scanDates('will meet on Monday, as announced yesterday').map((d) => [d.kind, d.weekday, d.offsetDays])).toEqual([
      ['weekday', 1, 0],
      ['relative', null, -1],
    ]);
  });

  it('does not read a modal verb, a year or a month with a year as a day', () => {
    expect(scanDates('the parties may meet in May 2018 and in 2016')).toEqual([]);
  });

  it('reads a month before its day across white space, and an ISO date among longer numbers', () => {
    const text = 'In 2024, 120 officers met on May\u00a0\n 9; stamp 2025-04-29, file 20251-04-29 and Sept. 9.';
    expect(scanDates(text).map((d) => [text.slice(d.start, d.end), d.from])).toEqual([
      ['May\u00a0\n 9', { year: null, month: 5, day: 9 }],
      ['2025-04-29', { year: 2025, month: 4, day: 29 }],
      ['Sept. 9', { year: null, month: 9, day: 9 }],
    ]);
  });

  it('reads a numeric range and an abbreviated month glued to the day', () => {
    expect(scanDates('held on 25-26.09.2023 in Minsk').map((d) => [d.from, d.to])).toEqual([[{ year: 2023, month: 9, day: 25 }, { year: 2023, month: 9, day: 26 }]]);
    expect(scanDates('Baku, Azerbaijan, Oct.13 (Trend)').map((d) => d.from)).toEqual([{ year: null, month: 10, day: 13 }]);
  });

  it('reads a year after a slash: "March 9/2024"', () => {
    const text = 'Djibouti, March 9/2024 (ENA) The two services met.';
    const [d] = scanDates(text);
    expect(d && at(text, d)).toBe('March 9/2024');
    expect(d?.from).toEqual({ year: 2024, month: 3, day: 9 });
    expect(scanDates('in the 2023/2024 budget year').filter((x) => x.kind === 'day')).toEqual([]);
  });

  it('reads ranges behind ordinal suffixes and spaced dashes, and no date glued to a word by "_"', () => {
    const text = 'met 3rd-5th May 2024, 1st to 2nd of June, 7 of July, March 10th \u2013 12th and 12 -13.05.2024; file_5 May 2020, on Monday_ or Mondays';
    expect(scanDates(text).map((d) => [at(text, d), d.kind, d.from.day, d.to?.day ?? null])).toEqual([
      ['3rd-5th May 2024', 'range', 3, 5],
      ['1st to 2nd of June', 'range', 1, 2],
      ['7 of July', 'day', 7, null],
      ['March 10th \u2013 12th', 'range', 10, 12],
      ['12 -13.05.2024', 'range', 12, 13],
    ]);
  });
});

describe('foreignDayAt', () => {
  it('reads a day with a Spanish, French or Portuguese month, with "de", "le", a weekday, "1er" and an abbreviation', () => {
    const read = (text: string): unknown => {
      const d = foreignDayAt(text, 0);
      return d && [text.slice(d.start, d.end), d.from, d.weekday];
    };
    expect(read('27 de noviembre de 2024 – Los jefes')).toEqual(['27 de noviembre de 2024', { year: 2024, month: 11, day: 27 }, null]);
    expect(read('le mardi 1er octobre 2024 - Les chefs')).toEqual(['le mardi 1er octobre 2024', { year: 2024, month: 10, day: 1 }, 2]);
    expect(read('9 de setembro de 2025, Agência')).toEqual(['9 de setembro de 2025', { year: 2025, month: 9, day: 9 }, null]);
    expect(read('22 ago. 2025 (Andina)')).toEqual(['22 ago. 2025', { year: 2025, month: 8, day: 22 }, null]);
    expect(read('8 JUILLET 2025 –')).toEqual(['8 JUILLET 2025', { year: 2025, month: 7, day: 8 }, null]);
  });

  it('reads no date from words that are no month or weekday, nor a year-less day the dateline does not close', () => {
    expect(foreignDayAt('3 out of 5 delegations agreed', 0)).toBeNull();
    expect(foreignDayAt('12 delegations met in 2025', 0)).toBeNull();
    expect(foreignDayAt('police 12 de marzo de 2025', 0)).toBeNull();
    expect(foreignDayAt('40 de marzo de 2025', 0)).toBeNull();
    expect(foreignDayAt('3 out – 2025', 0)?.from).toEqual({ year: null, month: 10, day: 3 });
  });

  it('is not read by the scan of the running text', () => {
    expect(scanDates('The 12 de marzo de 2025 talks and the 5 juin 2025 meeting.')).toEqual([]);
  });
});
