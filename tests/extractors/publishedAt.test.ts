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

  it('falls back to a dated dateline', () => {
    expect(parsePressRelease('Astana, 14 March 2024, QazNews. The heads of the services met in Astana.').source.publishedAt).toBe('2024-03-14');
  });

  it('lets the caller\'s date win, and stays null when nothing gives one', () => {
    expect(parseRelease('ankara-conference', { publishedAt: '2024-05-16' }).source.publishedAt).toBe('2024-05-16');
    expect(parseRelease('baku-weekday').source.publishedAt).toBeNull();
  });
});
