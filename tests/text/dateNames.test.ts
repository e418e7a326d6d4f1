import { describe, expect, it } from 'vitest';
import { MONTHS, WEEKDAYS } from '../../src/text/dateNames.js';

describe('date names', () => {
  it('maps month names, abbreviations with and without a stop, and "Sept" to month numbers', () => {
    expect(['January', 'Jan', 'Jan.', 'September', 'Sep.', 'Sept', 'Sept.', 'May', 'May.'].map((m) => MONTHS.get(m))).toEqual([1, 1, 1, 9, 9, 9, 9, 5, 5]);
    expect(MONTHS.get('june')).toBeUndefined();
  });

  it('maps weekday names to 0-6 from Sunday', () => {
    expect(['Sunday', 'Monday', 'Saturday'].map((d) => WEEKDAYS.get(d))).toEqual([0, 1, 6]);
    expect(WEEKDAYS.size).toBe(7);
  });
});
