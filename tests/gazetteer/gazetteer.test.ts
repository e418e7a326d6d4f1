import { describe, expect, it } from 'vitest';
import { bundledGazetteer, Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { TABLES } from '../../src/gazetteer/tables.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';

const gazetteer = bundledGazetteer();
const found = (text: string): string[] =>
  gazetteer.scanText(text).map((h) => `${h.kind}:${text.slice(h.start, h.end)}@${h.tokenStart}-${h.tokenEnd}`);

describe('Gazetteer.scan', () => {
  it('finds cities, countries and demonyms inside a sentence, with spans and token ranges', () => {
    expect(found('The Uzbek delegation arrived in Cholpan-Ata, Kyrgyzstan.')).toEqual([
      'demonym:Uzbek@1-2',
      'city:Cholpan-Ata@5-7',
      'country:Kyrgyzstan@7-8',
    ]);
  });

  it('matches an acronym only as written, other names only as proper names', () => {
    expect(found('Heads of the CIS services met')).toContain('body:CIS@3-4');
    expect(found('the cis services met').filter((h) => h.startsWith('body:'))).toEqual([]);
    expect(found('talks in tashkent')).toEqual([]);
    expect(found('talks in Tashkent')).toEqual(['city:Tashkent@2-3']);
  });

  it('reads ranks and offices in any case, and skips a lower-case word that starts only proper names', () => {
    expect(found('talks with colonel general Ivanov in the gambia')).toEqual(['rank:colonel general@2-4', 'rank:general@3-4']);
    expect(found('talks with Colonel General Ivanov in The Gambia')).toEqual(['rank:Colonel General@2-4', 'rank:General@3-4', 'country:The Gambia@6-8']);
    expect(found('a deputy minister attended')).toEqual(['office:deputy minister@1-3', 'office:minister@2-3']);
  });

  it('keeps the longest phrase of each kind at a position, kinds in the order first matched', () => {
    const hits = found('The Anti-Terrorism Centre of the CIS Member States convened');
    expect(hits[0]).toBe('body:Anti-Terrorism Centre of the CIS Member States@1-9');
    expect(hits).toContain('body:CIS@6-7');
  });

  it('reads a region whose name holds a country as the region, and the country alone as the country', () => {
    expect(found('Piracy in the Gulf of Guinea worries Guinea and Ghana.')).toEqual([
      'region:Gulf of Guinea@3-6',
      'country:Guinea@7-8',
      'country:Ghana@9-10',
    ]);
    expect(found('Patrols in the South China Sea and the Indian Ocean')).toEqual(['region:South China Sea@3-6', 'region:Indian Ocean@8-10']);
    expect(found('The British Indian Ocean Territory')).toContain('country:British Indian Ocean Territory@1-5');
    expect(found('Police chiefs of eleven Latin American countries and the United States')).toEqual(['region:Latin American@4-6', 'country:United States@9-11']);
    expect(found('Central American gangs reach North America')).toEqual(['region:Central American@0-2', 'region:North America@4-6']);
  });

  it('does not run a phrase across a comma or bracket its table name lacks, and reads a name written with one either way', () => {
    expect(found('The Commander of the Army, General John Mwangi, spoke.')).not.toContain('rank:Army, General@4-6');
    expect(found('Army General Sergei Ivanov spoke.')).toContain('rank:Army General@0-2');
    expect(found('Talks in Washington, D.C. and in Washington D.C. ended.').filter((h) => h.startsWith('city:Washington'))).toEqual([
      'city:Washington, D.C@2-5',
      'city:Washington D.C@7-10',
    ]);
  });

  it('reports a name that several entries share once, as the first entry listed', () => {
    const name = 'National Intelligence Service';
    const sharing = TABLES.agencies.filter((a) => a.name === name || a.aliases.includes(name));
    expect(sharing.length).toBeGreaterThan(1);
    const hits = gazetteer.scanText(`The ${name} hosted the talks.`).filter((h) => h.kind === 'agency');
    expect(hits.map((h) => h.entry)).toEqual([sharing[0]]);
  });

  it('does not report a country inside the name of another country\'s city, but keeps a city\'s own country', () => {
    expect(found('Talks in Port of Spain and in Spain.')).toEqual(['city:Port of Spain@2-5', 'country:Spain@7-8']);
    expect(found('Talks in Kuwait City.')).toEqual(['country:Kuwait@2-3', 'city:Kuwait City@2-4']);
  });

  it('does not report a country name or demonym inside a longer country name', () => {
    expect(found('Delegations of South Sudan and Saudi Arabia met.')).toEqual(['country:South Sudan@2-4', 'country:Saudi Arabia@5-7']);
    expect(found('Sudan and Saudi officials met.')).toEqual(['country:Sudan@0-1', 'country:Saudi@2-3', 'demonym:Saudi@2-3']);
  });

  it('finds nothing in text without table words', () => {
    expect(gazetteer.scanText('nothing to see here, move along')).toEqual([]);
    expect(gazetteer.scanText('')).toEqual([]);
  });

  it('reads the same tokens against gazetteers of different tables, each with its own phrases', () => {
    const text = 'The Tashkent Forum met in Bishkek, and Kyrgyz officials came.';
    const tokens = tokenize(text);
    const small = new Gazetteer({ ...TABLES, cities: [{ name: 'Tashkent Forum', country: 'UZ', aliases: [] }], countries: [], regions: [] });
    const spans = (g: Gazetteer): string[] => g.scan(tokens, text).map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
    expect(spans(small)).toEqual(['city:Tashkent Forum']);
    expect(spans(gazetteer)).toEqual(['city:Tashkent', 'city:Bishkek', 'demonym:Kyrgyz']);
    expect(spans(small)).toEqual(['city:Tashkent Forum']);
  });
});
