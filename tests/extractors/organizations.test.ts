import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { APPOSITION_AND_VARIANTS, BILATERAL_TALKS, NO_PEOPLE } from '../fixtures/entities/releases.js';

describe('organizations extractor', () => {
  it('lists services with their country and merges their mentions', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    const knb = rec.organizations.find((o) => o.name === 'National Security Committee');
    expect(knb).toMatchObject({ kind: 'security-service', country: 'KZ', acronym: 'KNB' });
    expect(knb?.mentions).toHaveLength(2);
    expect(rec.organizations.find((o) => o.kind === 'media')?.name).toBe('Kazinform');
  });

  it('decides the country of a name two countries share from the context', () => {
    const uz = parsePressRelease('Chairman of the Uzbek State Security Service met the press.');
    expect(uz.organizations.map((o) => [o.name, o.country])).toEqual([['State Security Service', 'UZ']]);
    const az = parsePressRelease("Azerbaijan's State Security Service hosted the talks.");
    expect(az.organizations.map((o) => [o.name, o.country])).toEqual([['State Security Service', 'AZ']]);
  });

  it('reads a service by the short name its own country uses, the country coming from the text ("the Ministry of Public Security" in a Hanoi release)', () => {
    const hanoi = parsePressRelease(
      'Hanoi, 2 May 2025 (VNA) - Minister of Public Security Luong Tam Quang held talks with a delegation of the Lao police. The Ministry of Public Security and its Lao partners agreed to step up patrols along the Vietnam-Laos border.',
    );
    expect(hanoi.organizations.find((o) => o.name.startsWith('Ministry of Public Security'))).toMatchObject({ name: 'Ministry of Public Security of Vietnam', country: 'VN', acronym: 'MPS' });
    const lagos = parsePressRelease('Lagos, 9 June 2024 - The National Intelligence Agency of Nigeria hosted a seminar. Officials of the National Intelligence Agency briefed diplomats from Ghana.');
    const nia = lagos.organizations.find((o) => o.country === 'NG');
    expect(nia?.name).toBe('National Intelligence Agency of Nigeria');
    expect(nia?.mentions.map((m) => lagos.text.slice(m.start, m.end))).toEqual(['National Intelligence Agency of Nigeria', 'National Intelligence Agency']);
  });

  it('gives a short name the country of the release\'s outlet when no dateline names a place ("Premium Times |" heads the release)', () => {
    const rec = parsePressRelease('Premium Times | The National Intelligence Agency briefed envoys from Benin and Niger on threats along the northern border.');
    expect(rec.source.outlet).toBe('Premium Times');
    expect(rec.organizations.find((o) => o.kind === 'security-service')).toMatchObject({ name: 'National Intelligence Agency of Nigeria', country: 'NG' });
  });

  it('keeps a short name as written, with no country, where the text names none of the countries whose services bear it', () => {
    const rec = parsePressRelease('The chiefs of Military Intelligence and of the border guards met in the capital on Monday.');
    expect(rec.organizations.map((o) => [o.name, o.country, o.acronym])).toEqual([['Military Intelligence', null, null]]);
  });

  it('reads a bare name that is one country\'s full name as that country\'s service when the text names no other', () => {
    const rec = parsePressRelease('The Ministry of Public Security reported the arrest of a fraud ring.');
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['Ministry of Public Security', 'CN']]);
  });

  it('reads a longer name the table lacks as its owner\'s service, not as another country\'s namesake', () => {
    const rec = parsePressRelease("Eritrea's National Intelligence and Security Service received delegations from Kenya and Uganda.");
    const [niss] = rec.organizations;
    expect([niss?.name, niss?.country]).toEqual(['National Intelligence and Security Service', 'ER']);
    expect(niss?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['National Intelligence and Security Service']);
  });

  it('keeps the table entry when the owner named before the longer name has one', () => {
    const rec = parsePressRelease("Moldova's Intelligence and Security Service received a delegation from Romania.");
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['Intelligence and Security Service', 'MD']]);
  });

  it('reads a name and the acronym given to it in parentheses as one organisation, the acronym\'s where its country fits', () => {
    const rec = parsePressRelease('Kenya and Uganda agreed to share intelligence. The National Intelligence Service (NIS) of Kenya will lead the joint desk in Nairobi.');
    expect(rec.organizations.map((o) => [o.name, o.acronym, o.country, o.mentions.map((m) => rec.text.slice(m.start, m.end))])).toEqual([
      ['National Intelligence Service of Kenya', 'NIS', 'KE', ['National Intelligence Service', 'NIS']],
    ]);
  });

  it('takes the acronym\'s organisation when the text names its country, though the name is another country\'s', () => {
    const rec = parsePressRelease('The Director of the National Intelligence Directorate (DINI) of Peru opened the meeting in Lima.');
    expect(rec.organizations.map((o) => [o.name, o.acronym, o.country, o.mentions.length])).toEqual([['National Intelligence Directorate of Peru', 'DINI', 'PE', 2]]);
  });

  it('gives a service that bears another country\'s agency name no acronym of that agency', () => {
    const rec = parsePressRelease("The head of Iraq's National Intelligence Service met the Turkish delegation in Baghdad.");
    expect(rec.organizations.map((o) => [o.name, o.acronym, o.country])).toEqual([['National Intelligence Service', null, 'IQ']]);
  });

  it('attaches "the Service" to the agency named before', () => {
    const rec = parsePressRelease(APPOSITION_AND_VARIANTS);
    const fis = rec.organizations.find((o) => o.name === 'Foreign Intelligence Service');
    expect(fis?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['Foreign Intelligence Service of Azerbaijan', 'Service']);
  });

  it('lists the regional police chiefs\' organisations of Africa, the Pacific and the Caribbean', () => {
    const rec = parsePressRelease(
      'Lusaka, 2 May 2025 - Police chiefs of the Southern African Regional Police Chiefs Cooperation Organisation (SARPCCO) met their counterparts of EAPCCO and the Pacific Islands Chiefs of Police in Lusaka.',
    );
    expect(rec.organizations.map((o) => [o.acronym, o.kind, o.country])).toEqual([
      ['SARPCCO', 'intergovernmental', null],
      ['EAPCCO', 'intergovernmental', null],
      ['PICP', 'intergovernmental', null],
    ]);
  });

  it('lists national news agencies of every region as media, with their country', () => {
    const rec = parsePressRelease('The Ethiopian News Agency and the Vietnam News Agency reported the talks, as did Agerpres.');
    expect(rec.organizations.map((o) => [o.name, o.kind, o.country])).toEqual([
      ['Ethiopian News Agency', 'media', 'ET'],
      ['Vietnam News Agency', 'media', 'VN'],
      ['Agerpres', 'media', 'RO'],
    ]);
  });

  it('lists intergovernmental bodies without a country', () => {
    const rec = parsePressRelease(NO_PEOPLE);
    expect(rec.organizations.filter((o) => o.kind === 'intergovernmental').map((o) => o.acronym)).toContain('CIS ATC');
  });

  it('gives a service the country of a two-word name that ends with another country\'s name', () => {
    const rec = parsePressRelease("South Sudan's National Security Service hosted the meeting in Juba with a delegation from Uganda.");
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['National Security Service of South Sudan', 'SS']]);
    expect(rec.event.participants.countries).toEqual(['SS', 'UG']);
  });

  it('reads a centre whose name several countries share by the country the sentence gives ("the Maldivian side ... the National Counter Terrorism Centre")', () => {
    const orgs = (text: string) => parsePressRelease(text).organizations.map((o) => [o.name, o.country]);
    expect(orgs('The Maldivian side was headed by Ahmed Shahid, Chief Executive of the National Counter Terrorism Centre.')).toEqual([['National Counter Terrorism Centre of the Maldives', 'MV']]);
    expect(orgs("Kenya's National Counter Terrorism Centre hosted the regional workshop in Nairobi.")).toEqual([['National Counter Terrorism Centre', 'KE']]);
    // No country told: the name as written, not one country's entry.
    expect(orgs('The exercise ended at the National Counter Terrorism Centre in Pabbi.')).toEqual([['National Counter Terrorism Centre', null]]);
  });

  it('does not read an acronym the text gives to words of its own as the table\'s agency ("the National Security Adviser (NSA)")', () => {
    const rec = parsePressRelease('The National Security Adviser (NSA), Bola Adeyemi, met the visiting delegation in Abuja. NSA Adeyemi said the talks were useful.');
    expect(rec.organizations).toEqual([]);
    expect(rec.event.participants.countries).not.toContain('US');
    // Written after the agency's own name, the acronym is still the agency's.
    expect(parsePressRelease('The National Security Agency (NSA) of the United States hosted the talks.').organizations.map((o) => [o.name, o.acronym])).toEqual([['National Security Agency', 'NSA']]);
  });

  it('takes no agency from a dateline, whose acronym is the outlet ("New Delhi, August 6 (ANI)"), and keeps an agency sharing an outlet\'s acronym elsewhere', () => {
    const rec = parsePressRelease('Indian and Saudi officials meet\n\nNew Delhi, August 6 (ANI): The Saudi Interior Minister held talks in New Delhi on Tuesday.');
    expect(rec.organizations.map((o) => [o.name, o.kind])).toEqual([['Asian News International', 'media']]);
    expect(rec.event.participants.countries).not.toContain('CL');
    const chile = parsePressRelease("The Director of Chile's ANI, Luis Soto, met Peruvian officials in Santiago.");
    expect(chile.organizations.map((o) => [o.name, o.kind])).toEqual([['National Intelligence Agency of Chile', 'security-service']]);
  });

  it('gives an organisation the acronym the text writes for it, where the table lists several', () => {
    const rec = parsePressRelease('The Chairman of the State Security Service of Uzbekistan arrived in Astana. The delegation also included the First Deputy Chairman of the SSS.');
    expect(rec.organizations.map((o) => [o.name, o.acronym, o.country])).toEqual([['State Security Service', 'SSS', 'UZ']]);
  });

  it('knows national police forces and coast guards of Africa and South-East Asia ("the Japan Coast Guard (JCG) and the Philippine Coast Guard signed", "the Uganda Police Force")', () => {
    const rec = parsePressRelease(
      'MANILA - The Japan Coast Guard (JCG) and the Philippine Coast Guard signed a memorandum on joint training in Manila on Friday.',
    );
    expect(rec.organizations.map((o) => [o.name, o.acronym, o.country])).toEqual([
      ['Japan Coast Guard', 'JCG', 'JP'],
      ['Philippine Coast Guard', 'PCG', 'PH'],
    ]);
    expect(rec.agreements.map((a) => a.parties)).toEqual([['JP', 'PH']]);
    const uganda = parsePressRelease('KAMPALA - Officers of the Uganda Police Force and the Rwanda National Police met in Kampala.');
    expect(uganda.organizations.map((o) => [o.name, o.country])).toEqual([
      ['Uganda Police Force', 'UG'],
      ['Rwanda National Police', 'RW'],
    ]);
  });

  it('reads an outlet name two outlets share as the one of the release\'s home country ("DAKAR, Senegal (APS)"), else the first listed', () => {
    const dakar = parsePressRelease('DAKAR, Senegal (APS) - The police chiefs of the region met in Dakar on Monday, APS learned.');
    expect(dakar.organizations.filter((o) => o.kind === 'media').map((o) => [o.name, o.country])).toEqual([['Agence de Presse Sénégalaise', 'SN']]);
    const algiers = parsePressRelease('ORAN (APS) - The Algerian coast guard chiefs met in Oran on Monday, APS learned.');
    expect(algiers.organizations.filter((o) => o.kind === 'media').map((o) => [o.name, o.country])).toEqual([['Algérie Presse Service', 'DZ']]);
  });

  it('reads "National Intelligence Centre" in either spelling as Mexico\'s or Spain\'s by the country the text names', () => {
    const mexico = parsePressRelease('MEXICO CITY - Mexican security officials met the Guatemalan delegation. The director of the National Intelligence Centre (CNI), Jorge Ruiz, took part.');
    expect(mexico.organizations.filter((o) => o.name.startsWith('National Intelligence')).map((o) => [o.name, o.country])).toEqual([['National Intelligence Center', 'MX']]);
    const spain = parsePressRelease('MADRID - Spanish security officials met the Moroccan delegation. The director of the National Intelligence Center, Ana Ruiz, took part.');
    expect(spain.organizations.filter((o) => o.name.startsWith('National Intelligence')).map((o) => [o.name, o.country])).toEqual([['National Intelligence Centre', 'ES']]);
  });
});
