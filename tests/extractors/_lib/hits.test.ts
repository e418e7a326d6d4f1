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
});
