import { describe, expect, it } from 'vitest';
import { cityKey, foldName, foldPersonName, rememberNameKeys, seriesKey, seriesWords, surnameOf } from '../../src/query/_lib/names.js';

describe('name keys', () => {
  it('folds case, diacritics and punctuation runs', () => {
    expect(foldName('  Cholpon-Ata,  KYRGYZSTAN ')).toBe('cholpon ata kyrgyzstan');
    expect(foldName('Dövlət Təhlükəsizliyi')).toBe('dovlet tehlukesizliyi');
  });

  it('folds transliteration variants of people\'s names, and only those', () => {
    expect(new Set(['Ali Naghiyev', 'Ali Nağıyev', 'ALI NAGIYEV'].map(foldPersonName))).toEqual(new Set(['ali nagiyev']));
    expect(foldPersonName('Sergey')).toBe(foldPersonName('Sergei'));
    expect(foldPersonName('Saymumin Yatimov')).toBe(foldPersonName('Saimumin Yatimov'));
    expect(foldPersonName('Sherali Khairulloev')).toBe(foldPersonName('Sherali Hairulloev'));
    expect(foldPersonName('Madat Guliyev')).not.toBe(foldPersonName('Madat Guluyev'));
  });

  it('finds the surname of a name of several words', () => {
    expect(surnameOf('ali nagiyev')).toBe('nagiyev');
    expect(surnameOf('nagiyev')).toBeNull();
  });

  it('brings city spellings of the city table together, and keeps unknown cities as folded', () => {
    expect(cityKey('Cholpan-Ata')).toBe(cityKey('Cholpon Ata'));
    expect(cityKey('Cholpon-Ata')).not.toBe(cityKey('Bishkek'));
    expect(cityKey('Palo  Alto')).toBe('palo alto');
  });

  it('reduces series names to their significant words, countries to codes', () => {
    expect(seriesWords('Meeting of the Heads of Services of Turkey and Azerbaijan')).toEqual(['meeting', 'head', 'service', 'tr', 'az']);
    expect(seriesKey('Council of Heads of Security Agencies and Special Services of the CIS member states')).toBe(
      seriesKey('council of heads of special services and security agencies of the CIS'),
    );
    expect(seriesKey('Türkiye–Azerbaijan security dialogue')).toBe(seriesKey('Turkey-Azerbaijan Security Dialogue'));
  });

  it('knows the names, aliases and acronyms of one body as one series', () => {
    expect(seriesKey('SCO RATS Council')).toBe(seriesKey('Council of the Regional Anti-Terrorist Structure of the SCO'));
    expect(seriesKey('SCO RATS Council')).not.toBe(seriesKey('CIS Council of Heads of Security Agencies'));
  });

  it('remembers answers within one set of name keys', () => {
    const keys = rememberNameKeys();
    expect(keys.person('Ali Nağıyev')).toBe(foldPersonName('Ali Nağıyev'));
    expect(keys.city('Cholpan-Ata')).toBe(cityKey('Cholpan-Ata'));
    expect(keys.series('SCO RATS Council')).toBe(seriesKey('SCO RATS Council'));
    expect(keys.organization('S.V.R.')).toBe('s v r');
  });
});
