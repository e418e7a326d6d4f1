import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from '../../../src/gazetteer/gazetteer.js';
import { hitAt, hitsOf } from '../../../src/extractors/_lib/hits.js';

describe('hitsOf and hitAt', () => {
  const text = 'ASTANA, Kazakhstan, 4 May - Officials of Uzbekistan met in Astana.';
  const hits = bundledGazetteer().scanText(text);

  it('selects the hits of the given tables, in text order', () => {
    expect(hitsOf(hits, 'country').map((h) => h.entry.code)).toEqual(['KZ', 'UZ']);
    expect(hitsOf(hits, 'city', 'country').map((h) => text.slice(h.start, h.end))).toEqual(['ASTANA', 'Kazakhstan', 'Uzbekistan', 'Astana']);
  });

  it('finds the hit of the given tables that starts at an offset, and none inside a hit or of another table', () => {
    const at = text.indexOf('Uzbekistan');
    expect(hitAt(hits, at, 'country')?.entry.code).toBe('UZ');
    expect(hitAt(hits, at, 'city', 'country')?.kind).toBe('country');
    expect(hitAt(hits, at, 'city')).toBeUndefined();
    expect(hitAt(hits, at + 1, 'country')).toBeUndefined();
    expect(hitAt(hits, 0, 'city')?.entry.name).toBe('Astana');
  });

  it('finds, where hits of several tables start at one offset, the first of the given tables in the hits\' order', () => {
    const where = 'Talks in Kuwait City and in Singapore with Kuwaiti and Russian officials of the Federal Security Service.';
    const all = bundledGazetteer().scanText(where);
    const kinds = ['city', 'country', 'demonym', 'agency'] as const;
    for (let at = 0; at <= where.length; at++) {
      for (const pick of [[kinds[0], kinds[1]], [kinds[1]], [kinds[0]], [kinds[2], kinds[3]]] as const) {
        const selected = hitsOf(all, ...pick);
        const first = selected.find((h) => h.start >= at);
        expect(hitAt(all, at, ...pick), `${at} ${pick.join(' ')}`).toBe(first?.start === at ? first : undefined);
      }
    }
    const kuwait = where.indexOf('Kuwait City');
    expect(all.filter((h) => h.start === kuwait).length).toBeGreaterThan(1);
  });
});
