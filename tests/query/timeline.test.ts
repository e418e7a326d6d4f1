import { describe, expect, it } from 'vitest';
import { timeline, TimelineEntrySchema } from '../../src/index.js';
import { almaty, collection, tashkentTalks } from './_collection.js';

describe('timeline', () => {
  it('lays dated records out oldest first and leaves undated ones out', () => {
    const entries = timeline(collection);
    expect(entries.map((e) => e.recordId)).toEqual(['almaty-rats', 'moscow-cis', 'cholpon-ata-turkic', 'tashkent-talks']);
    for (const entry of entries) expect(TimelineEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('labels by series and edition, drops an end date equal to the start', () => {
    expect(timeline([almaty])[0]).toEqual({
      date: '2018-06-05',
      endDate: null,
      approximate: false,
      label: 'Council of the SCO Regional Anti-Terrorist Structure (31)',
      kind: 'meeting',
      city: 'Almaty',
      country: 'KZ',
      recordId: 'almaty-rats',
    });
  });

  it('marks the publication date standing in for the event date as approximate', () => {
    expect(timeline([tashkentTalks])[0]).toMatchObject({ date: '2023-11-02', approximate: true, label: 'talks in Tashkent' });
  });

  it('keeps a multi-day event\'s end date and prefers the title as label', () => {
    const record = { ...almaty, event: { ...almaty.event, title: 'Shield of Peace', endDate: '2018-06-07' } };
    expect(timeline([record])[0]).toMatchObject({ endDate: '2018-06-07', label: 'Shield of Peace' });
  });
});
