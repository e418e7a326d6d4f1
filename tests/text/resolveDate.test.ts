import { describe, expect, it } from 'vitest';
import { resolveDay, resolveWeekday, shiftDay, weekdayName, weekdayOf } from '../../src/text/resolveDate.js';

describe('resolveDay', () => {
  it('gives a year-less date the year of the reference', () => {
    expect(resolveDay({ year: null, month: 10, day: 19 }, '2022-10-20', 'past')).toBe('2022-10-19');
  });

  it('rolls a past event back a year when it would fall well after publication', () => {
    expect(resolveDay({ year: null, month: 12, day: 28 }, '2024-01-03', 'past')).toBe('2023-12-28');
  });

  it('keeps a future event after publication in the same year', () => {
    expect(resolveDay({ year: null, month: 11, day: 5 }, '2022-10-20', 'future')).toBe('2022-11-05');
  });

  it('moves a future event a year on when it would fall well before publication', () => {
    expect(resolveDay({ year: null, month: 1, day: 10 }, '2023-12-20', 'future')).toBe('2024-01-10');
  });

  it('leaves a year-less date unresolved without a reference, and rejects impossible days', () => {
    expect(resolveDay({ year: null, month: 5, day: 9 }, null, 'past')).toBeNull();
    expect(resolveDay({ year: 2023, month: 2, day: 30 }, null, 'past')).toBeNull();
  });

  it('counts the days to the reference exactly, a month or two apart, and keeps a day the reference year lacks unresolved', () => {
    const past = (month: number, day: number, reference: string): string | null => resolveDay({ year: null, month, day }, reference, 'past');
    expect([past(3, 1, '2023-01-31'), past(3, 4, '2023-01-31'), past(4, 1, '2023-01-31')]).toEqual(['2023-03-01', '2022-03-04', '2022-04-01']);
    expect([resolveDay({ year: null, month: 10, day: 1 }, '2023-12-20', 'future'), resolveDay({ year: null, month: 11, day: 25 }, '2023-12-20', 'future')]).toEqual(['2024-10-01', '2023-11-25']);
    expect([past(2, 29, '2023-03-01'), past(2, 29, '2024-03-01'), resolveDay({ year: null, month: 12, day: 31 }, '2024-01-01', 'unknown')]).toEqual([null, '2024-02-29', '2023-12-31']);
  });
});

describe('weekdays', () => {
  it('finds the next weekday for a future event and the last one for a past event', () => {
    expect(resolveWeekday(1, '2019-09-22', 'future')).toBe('2019-09-23');
    expect(resolveWeekday(1, '2019-09-25', 'past')).toBe('2019-09-23');
    expect(resolveWeekday(1, '2019-09-23', 'future')).toBe('2019-09-23');
  });

  it('shifts and names days', () => {
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayOf('2025-05-09')).toBe(5);
    expect(weekdayName(5)).toBe('Friday');
  });
});
