import { describe, expect, it } from 'vitest';
import { dateOpenings, OPENS } from '../../src/text/dateOpenings.js';

/** The names of the forms the run at the start of `text` (or at `at`) opens. */
function opens(text: string, at = 0): string[] {
  const bits = dateOpenings(text, at);
  return Object.entries(OPENS)
    .filter(([, bit]) => (bits & bit) !== 0)
    .map(([name]) => name);
}

describe('dateOpenings', () => {
  it('opens a day-month form at a day number before a month, "of" or an ordinal suffix', () => {
    expect(opens('20 October 2022')).toEqual(['dayMonth']);
    expect(opens('23rd of May')).toEqual(['dayMonth']);
    expect(opens('31 May - 1 June 2017')).toEqual(['dayMonth', 'dayMonthRange']);
  });

  it('opens ranges and numeric dates only where a joiner or separator and a number follow', () => {
    expect(opens('3-4 June')).toEqual(['numeric', 'dayRange']);
    expect(opens('12 to 14 May')).toEqual(['dayRange']);
    expect(opens('25-26.09.2023')).toEqual(['numeric', 'numericRange', 'dayRange']);
    expect(opens('14/11/2018')).toEqual(['numeric']);
    expect(opens('2025-04-29')).toEqual(['iso']);
  });

  it('opens month forms after any spelling of a month, and a weekday form at a weekday', () => {
    expect(opens('October 19, 2018')).toEqual(['monthDay']);
    expect(opens('Sept. 5 and Sept 6th')).toEqual(['monthDay', 'monthRange']);
    expect(opens('October 2-4')).toEqual(['monthDay', 'monthDayRange']);
    expect(opens('Monday')).toEqual(['weekday']);
  });

  it('opens nothing at a number or name no date can start with', () => {
    for (const text of ['10 agencies', '3 to the', '45th meeting', '2024 budget', '123 May', 'May 2024', 'Mayor 5', 'Monument']) expect(opens(text)).toEqual([]);
    expect(opens('file_5 May', 5)).toEqual([]);
  });
});
