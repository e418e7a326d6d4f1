import { describe, expect, it } from 'vitest';
import { agencyForms, shortAgencyName } from '../../src/gazetteer/agencyForms.js';
import type { AgencyEntry, CountryEntry } from '../../src/gazetteer/tables.js';

const armenia: CountryEntry = { code: 'AM', name: 'Armenia', aliases: ['Republic of Armenia'], demonyms: ['Armenian'] };
const agency = (name: string, aliases: string[] = [], acronyms: string[] = []): AgencyEntry => ({ name, country: 'AM', acronyms, aliases, kind: 'intelligence' });

describe('shortAgencyName', () => {
  it('drops the country the name ends with, by its name or an alias, the longest tail first', () => {
    expect(shortAgencyName(agency('National Security Service of Armenia'), armenia)).toBe('National Security Service');
    expect(shortAgencyName(agency('Foreign Intelligence Service of the Republic of Armenia'), armenia)).toBe('Foreign Intelligence Service');
  });

  it('gives none for a name that does not end with its country, or only with a state\'s style left', () => {
    expect(shortAgencyName(agency('Armenian Police'), armenia)).toBeNull();
    expect(shortAgencyName(agency('Security Council of the Republic of Armenians'), armenia)).toBeNull();
    expect(shortAgencyName(agency('Security Council of the State of Armenia'), armenia)).toBeNull();
    expect(shortAgencyName(agency('Police of Armenia'), undefined)).toBeNull();
  });
});

describe('agencyForms', () => {
  it('lists name, aliases and acronyms, then the short name', () => {
    expect(agencyForms(agency('National Security Service of Armenia', ['Armenian National Security Service'], ['NSS']), armenia)).toEqual([
      { text: 'National Security Service of Armenia', short: false },
      { text: 'Armenian National Security Service', short: false },
      { text: 'NSS', short: false },
      { text: 'National Security Service', short: true },
    ]);
    expect(agencyForms(agency('Armenian Police'), armenia)).toEqual([{ text: 'Armenian Police', short: false }]);
  });
});
