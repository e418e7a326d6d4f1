import { describe, expect, it } from 'vitest';
import { capitalisedRun } from '../../../src/extractors/_lib/capitalisedRun.js';

/** The pattern the reader stands for, run as it is. */
const RUN = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u;

describe('capitalisedRun', () => {
  it('reads up to three capitalised words at the start of a line', () => {
    expect(capitalisedRun('ZAGREB, 21 May (Nordic Desk) – Talks were held.')).toBe('ZAGREB');
    expect(capitalisedRun('Nur-Sultan. September 14. Silkroadnews –')).toBe('Nur-Sultan');
    expect(capitalisedRun("New Delhi Police Chief Meets O'Brien")).toBe('New Delhi Police');
    expect(capitalisedRun('Heads of the services met')).toBe('Heads');
  });

  it('reads words beyond ASCII, and nothing when the line opens otherwise', () => {
    expect(capitalisedRun('Ağdam Rayon İcra, 3 May')).toBe('Ağdam Rayon İcra');
    expect(capitalisedRun('BAKU’S Security Forum')).toBe('BAKU’S Security Forum');
    expect(capitalisedRun('the talks in Baku')).toBeUndefined();
    expect(capitalisedRun(' Baku')).toBeUndefined();
    expect(capitalisedRun('')).toBeUndefined();
  });

  it('agrees with the pattern on mixed lines', () => {
    const pool = ['Baku', 'BAKU', 'baku', ' ', '  ', ',', '-', "'", '’', 'Ö', 'ö', 'É', 'İ', '😀', '𝐀', 'a', 'A', '.', '\n', '3', 'New', ' York'];
    let seed = 5;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 3000; round++) {
      let line = '';
      for (let i = 0; i < 10; i++) line += pool[next() % pool.length];
      expect(capitalisedRun(line)).toBe(RUN.exec(line)?.[1]);
    }
  });
});
