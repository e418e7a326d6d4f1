import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { FIGURES } from '../fixtures/entities/releases.js';

describe('figures extractor', () => {
  it('reads counts with qualifier and unit, and skips dates, years, ordinals and ranges', () => {
    const rec = parsePressRelease(FIGURES);
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [20, 'exactly', 'countries', '20 countries'],
      [30, 'over', 'foreign citizens', 'more than 30 foreign citizens'],
      [60, 'over', 'draft documents', 'over 60 draft documents'],
      [6, 'exactly', 'countries', 'Six countries'],
      [200, 'nearly', 'officers', 'nearly 200 officers'],
    ]);
  });

  it('reads a nationality inside the unit and a decimal with a scale word, and no decimal without one', () => {
    const rec = parsePressRelease(
      'Egypt has received more than 500,000 Sudanese refugees and 1.5 million Syrian nationals; Version 2.5 of the rules applies to 3 agencies.',
    );
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [500000, 'over', 'Sudanese refugees', 'more than 500,000 Sudanese refugees'],
      [1500000, 'exactly', 'Syrian nationals', '1.5 million Syrian nationals'],
      [3, 'exactly', 'agencies', '3 agencies'],
    ]);
  });

  it('reads a number with a thousands separator and a unit of two plural nouns', () => {
    const rec = parsePressRelease('More than 1,000 police chiefs from 170 countries and some 40 border guards met in Glasgow.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [1000, 'over', 'police chiefs'],
      [170, 'exactly', 'countries'],
      [40, 'about', 'border guards'],
    ]);
  });

  it('reads a unit of four words ("more than 250 senior law enforcement officials")', () => {
    const rec = parsePressRelease('More than 250 senior law enforcement officials from 40 countries attended the conference in Lyon.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [250, 'over', 'senior law enforcement officials'],
      [40, 'exactly', 'countries'],
    ]);
  });

  it('finds nothing in a text without counts', () => {
    expect(parsePressRelease('The meeting was held on 12 November 2019 at 10:30 in Tashkent.').figures).toEqual([]);
  });

  it('does not count a spelled number that refers back to what was named ("the two sides")', () => {
    const rec = parsePressRelease('After the talks, the two sides signed a memorandum. The three services will exchange more than 40 liaison officers.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([[40, 'over', 'liaison officers']]);
  });

  it('counts people named by a compound of "men" ("servicemen", "policewomen")', () => {
    const rec = parsePressRelease('The drill brought together over 2,400 servicemen and 150 policewomen near Osh.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [2400, 'over', 'servicemen'],
      [150, 'exactly', 'policewomen'],
    ]);
  });

  it('does not count a spelled number after a possessive ("our two agencies") or a number in a name', () => {
    const rec = parsePressRelease('Our two agencies will meet again. Their three services agreed. Officers of Brigade 77 seized four rifles. Over 1,200 people attended.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [4, 'exactly', 'rifles'],
      [1200, 'over', 'people'],
    ]);
  });

  it('counts nationals named by a demonym ("61 Kenyans") and a unit holding a body\'s name', () => {
    const rec = parsePressRelease('The blast killed 140 people, among them 61 Kenyans. The plan binds the 15 ECOWAS member states.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [140, 'exactly', 'people'],
      [61, 'exactly', 'Kenyans'],
      [15, 'exactly', 'ECOWAS member states'],
    ]);
  });

  it('reads dozens: "more than a dozen countries", "some two dozen officers", and no count in "dozens of"', () => {
    const rec = parsePressRelease('Chiefs from more than a dozen countries met. Some two dozen officers and dozens of journalists attended.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [12, 'over', 'countries', 'more than a dozen countries'],
      [24, 'about', 'officers', 'Some two dozen officers'],
    ]);
  });

  it('keeps a region\'s words in the unit ("12 West African countries", "over 40 East African police officers"), and counts "the ten ASEAN member states"', () => {
    const rec = parsePressRelease('LOME - Delegates of 12 West African countries and over 40 East African police officers met in Lome. Police chiefs from the ten ASEAN member states sent observers, and the two sides agreed to meet again.');
    expect(rec.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [12, 'West African countries', 'exactly'],
      [40, 'East African police officers', 'over'],
      [10, 'ASEAN member states', 'exactly'],
    ]);
  });

  it('reads a count across a body\'s name with its acronym in brackets ("15 Economic Community of West African States (ECOWAS) member states")', () => {
    const rec = parsePressRelease('ABUJA - Criminal intelligence chiefs of 15 Economic Community of West African States (ECOWAS) member states and 16 Southern African Development Community member states closed their talks on Friday.');
    expect(rec.figures.map((f) => [f.value, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [15, 'Economic Community of West African States (ECOWAS) member states', '15 Economic Community of West African States (ECOWAS) member states'],
      [16, 'Southern African Development Community member states', '16 Southern African Development Community member states'],
    ]);
  });

  it('does not read across brackets that hold no acronym after a body\'s name', () => {
    const rec = parsePressRelease('ABUJA - The 2 Economic Community of West African States (in Abuja) delegations met.');
    expect(rec.figures).toEqual([]);
  });

  it('reads a unit of measure, abbreviated or after a decimal ("4.7 tonnes of cocaine", "350 kg of heroin", "0.8 tonnes")', () => {
    const rec = parsePressRelease('MAPUTO - Joint patrols seized 4.7 tonnes of cocaine, some 350 kg of heroin and 0.8 tonnes of methamphetamine last year.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [4.7, 'exactly', 'tonnes', '4.7 tonnes'],
      [350, 'about', 'kg', 'some 350 kg'],
      [0.8, 'exactly', 'tonnes', '0.8 tonnes'],
    ]);
  });

  it('reads no decimal before a word that is neither a scale nor a unit of measure ("2.5 percent", "3.1 releases")', () => {
    const rec = parsePressRelease('MAPUTO - Seizures rose by 2.5 percent, and 3.1 releases of the database were shared.');
    expect(rec.figures).toEqual([]);
  });

  it('counts a body\'s members written in capitals ("the 15 ECOWAS Member States", "57 OSCE Participating States")', () => {
    const rec = parsePressRelease('ABUJA - Police chiefs of the 15 ECOWAS Member States and observers from the 57 OSCE Participating States met on Monday.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([
      [15, 'ECOWAS Member States'],
      [57, 'OSCE Participating States'],
    ]);
  });

  it('does not count capitalised words after a number that name no members ("12 Member Services")', () => {
    expect(parsePressRelease('ABUJA - The 12 Member Services met.').figures).toEqual([]);
  });

  it('reads a decimal before "metric" and a unit of measure ("2.5 metric tonnes"), and none before "metric" alone', () => {
    const rec = parsePressRelease('DAKAR - The navy seized 2.5 metric tonnes of cocaine; the scale read 1.5 metric units.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([[2.5, 'metric tonnes']]);
  });

  it('reads a tens word and a unit word joined by a hyphen as one number ("Thirty-two countries", "twenty-one officers")', () => {
    const rec = parsePressRelease('DAKAR - Thirty-two countries sent delegations, and twenty-one officers were trained.');
    expect(rec.figures.map((f) => [f.value, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [32, 'countries', 'Thirty-two countries'],
      [21, 'officers', 'twenty-one officers'],
    ]);
  });

  it('reads "-plus" after a number as more than it ("3,000-plus officers")', () => {
    const rec = parsePressRelease('DAKAR - The operation mobilised 3,000-plus officers.');
    expect(rec.figures.map((f) => [f.value, f.qualifier, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([[3000, 'over', 'officers', '3,000-plus officers']]);
  });

  it('keeps two regions or nations joined by "and" in the unit ("35 Asian and African countries")', () => {
    const rec = parsePressRelease('DAKAR - Experts from 35 Asian and African countries and 12 Senegalese and Gambian border posts took part.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([
      [35, 'Asian and African countries'],
      [12, 'Senegalese and Gambian border posts'],
    ]);
  });

  it('reads groups of thousands after commas or single spaces ("2,400,000 tablets", "1 350 suspects")', () => {
    const rec = parsePressRelease('DAKAR - The joint operation netted 2,400,000 tablets and 1 350 suspects.');
    expect(rec.figures.map((f) => [f.value, f.unit, rec.text.slice(f.span.start, f.span.end)])).toEqual([
      [2400000, 'tablets', '2,400,000 tablets'],
      [1350, 'suspects', '1 350 suspects'],
    ]);
  });

  it('joins no group of thousands to a year or to a group of other than three digits ("In 2024 350 officers", "12 35 officers")', () => {
    const rec = parsePressRelease('DAKAR - In 2024 350 officers were trained, and 12 35 officers left.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([
      [350, 'officers'],
      [35, 'officers'],
    ]);
  });

  it('does not count again a number after "the" that an earlier figure has ("12 member states ... the 12 police forces")', () => {
    const rec = parsePressRelease('BANJUL - Police chiefs of 12 member states met on Monday. The 12 police forces agreed to pool 300 officers, and the 300 officers will patrol the coast.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([
      [12, 'member states'],
      [300, 'officers'],
    ]);
  });

  it('still counts a number after "the" that no earlier figure has ("the 48 African countries")', () => {
    const rec = parsePressRelease('ADDIS ABABA - Experts from the 48 African countries and 12 observers met.');
    expect(rec.figures.map((f) => [f.value, f.unit])).toEqual([
      [48, 'African countries'],
      [12, 'observers'],
    ]);
  });
});
