import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('publishedAt', () => {
  it('reads an "Events 15 May 2024" header', () => {
    expect(parseRelease('ankara-conference').source.publishedAt).toBe('2024-05-15');
  });

  it('reads a "date 2024-03-05" stamp', () => {
    expect(parseRelease('tashkent-talks').source.publishedAt).toBe('2024-03-05');
  });

  it('reads a "Date: 10:30, 03-04-2019." header, day first', () => {
    expect(parseRelease('almaty-council').source.publishedAt).toBe('2019-04-03');
  });

  it('reads a stamp that names its author after "by" ("Posted on March 12, 2025 by Admin"), and keeps it out of the headline', () => {
    const rec = parsePressRelease('Police chiefs meet in Dodoma\nPosted on March 12, 2025 by Web Desk\n\nDODOMA – Police chiefs of the region met on Tuesday.');
    expect([rec.source.publishedAt, rec.headline, rec.event.startDate]).toEqual(['2025-03-12', 'Police chiefs meet in Dodoma', '2025-03-11']);
    // A long line after "by" is no author.
    const long = parsePressRelease('Police chiefs meet in Dodoma\nPosted on March 12, 2025 by the officers who came from all of the regions of the country\n\nDODOMA – Police chiefs met on Tuesday.');
    expect(long.source.publishedAt).toBeNull();
  });

  it('falls back to a dated dateline', () => {
    expect(parsePressRelease('Astana, 14 March 2024, QazNews. The heads of the services met in Astana.').source.publishedAt).toBe('2024-03-14');
  });

  it('lets the caller\'s date win, and stays null when nothing gives one', () => {
    expect(parseRelease('ankara-conference', { publishedAt: '2024-05-16' }).source.publishedAt).toBe('2024-05-16');
    expect(parseRelease('baku-weekday').source.publishedAt).toBeNull();
  });
});
