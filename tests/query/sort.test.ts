import { describe, expect, it } from 'vitest';
import { sortRecords } from '../../src/index.js';
import { almaty, cholponAta, collection, moscowCouncil, tashkentTalks, undated } from './_collection.js';
import { ids } from './_records.js';

describe('sortRecords', () => {
  it('sorts by event date (publication date standing in), undated last, without touching the input', () => {
    const before = ids(collection);
    expect(ids(sortRecords(collection))).toEqual(['almaty-rats', 'moscow-cis', 'cholpon-ata-turkic', 'tashkent-talks', 'undated-forum']);
    expect(ids(collection)).toEqual(before);
  });

  it('sorts descending with undated records still last', () => {
    expect(ids(sortRecords(collection, { order: 'desc' }))).toEqual(['tashkent-talks', 'cholpon-ata-turkic', 'moscow-cis', 'almaty-rats', 'undated-forum']);
  });

  it('sorts by publication date', () => {
    expect(ids(sortRecords([tashkentTalks, undated, moscowCouncil], { by: 'publishedAt' }))).toEqual(['moscow-cis', 'tashkent-talks', 'undated-forum']);
  });

  it('sorts by city, folding case and diacritics', () => {
    expect(ids(sortRecords(collection, { by: 'city' }))).toEqual(['almaty-rats', 'cholpon-ata-turkic', 'moscow-cis', 'tashkent-talks', 'undated-forum']);
  });

  it('sorts by series name, then edition, keeping ties in input order', () => {
    const later = { ...almaty, id: 'almaty-rats-32', event: { ...almaty.event, series: { name: 'Council of the SCO Regional Anti-Terrorist Structure', edition: 32 } } };
    expect(ids(sortRecords([later, cholponAta, almaty, tashkentTalks], { by: 'series' }))).toEqual([
      'cholpon-ata-turkic',
      'almaty-rats',
      'almaty-rats-32',
      'tashkent-talks',
    ]);
  });
});
