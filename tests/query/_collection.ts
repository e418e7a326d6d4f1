import type { PressRecord } from '../../src/index.js';
import { makeRecord } from './_records.js';

/** A small collection of releases written for these tests (invented wording, real-world shapes). */
export const almaty = makeRecord({
  id: 'almaty-rats',
  text: 'Almaty, June 5. The 31st meeting of the SCO RATS Council opened in Almaty with delegations of Kazakhstan, China and Russia, who reviewed the fight against terrorism and separatism.',
  publishedAt: '2018-06-05',
  event: {
    kind: 'meeting',
    series: { name: 'Council of the SCO Regional Anti-Terrorist Structure', edition: 31 },
    startDate: '2018-06-05',
    endDate: '2018-06-05',
    location: { city: 'Almaty', country: 'KZ' },
    host: { country: 'KZ', organization: 'National Security Committee' },
    participants: { countries: ['KZ', 'CN', 'RU'], organizations: ['SCO RATS'] },
  },
  topics: { terrorism: 'terrorism', separatism: 'separatism' },
});

export const cholponAta = makeRecord({
  id: 'cholpon-ata-turkic',
  text: 'Cholpan-Ata, July 26. Colonel-General Ali Nağıyev told the conference of Turkic-speaking special services that drug trafficking from Afghanistan is on the rise.',
  publishedAt: '2022-07-27',
  event: {
    kind: 'conference',
    series: { name: 'Conference of the Special Service Bodies of Turkic-Speaking States', edition: 24 },
    startDate: '2022-07-26',
    location: { city: 'Cholpan-Ata', country: 'KG' },
    participants: { countries: ['AZ', 'KG', 'TR'] },
    subjectCountries: ['AF'],
  },
  people: [{ name: 'Ali Nağıyev', aliases: ['Nağıyev'], country: 'AZ', roles: ['speaker'] }],
  organizations: [{ name: 'State Security Service', acronym: 'SSS' }],
  topics: { 'drug-trafficking': 'drug trafficking' },
});

export const tashkentTalks = makeRecord({
  id: 'tashkent-talks',
  text: 'Tashkent. The chief of Uzbekistan\'s State Security Service held talks with Russia\'s foreign intelligence director Naryshkin on the exchange of information.',
  publishedAt: '2023-11-02',
  event: {
    kind: 'talks',
    location: { city: 'Tashkent', country: 'UZ' },
    participants: { countries: ['UZ', 'RU'] },
  },
  people: [{ name: 'Naryshkin', aliases: [], country: 'RU' }],
  organizations: [{ name: 'Foreign Intelligence Service', acronym: 'SVR' }],
  topics: { 'intelligence-sharing': 'exchange of information' },
});

export const moscowCouncil = makeRecord({
  id: 'moscow-cis',
  text: 'Moscow, October 13. The heads of CIS security services met in Moscow and discussed Afghanistan and extremism. Ali Naghiyev led the Azerbaijani delegation.',
  publishedAt: '2021-10-15',
  event: {
    kind: 'meeting',
    series: { name: 'Council of Heads of Security Agencies and Special Services of the CIS member states', edition: null },
    startDate: '2021-10-13',
    location: { city: 'Moscow', country: 'RU' },
    participants: { countries: ['AZ', 'RU'], organizations: ['CIS'] },
    subjectCountries: ['AF'],
  },
  people: [{ name: 'Ali Naghiyev', aliases: ['Ali Nagiyev'], country: 'AZ' }],
  topics: { extremism: 'extremism' },
});

export const undated = makeRecord({
  id: 'undated-forum',
  text: 'An international forum on border security gathered officials from Turkey and Georgia.',
  event: { kind: 'forum', participants: { countries: ['TR', 'GE'] } },
  topics: { 'border-security': 'border security' },
});

export const collection: readonly PressRecord[] = [almaty, cholponAta, tashkentTalks, moscowCouncil, undated];
