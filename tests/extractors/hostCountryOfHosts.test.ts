import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';

describe('hostCountryOfHosts', () => {
  it('gives a host the text gives no country the host country, and leaves other people as they are', () => {
    const rec = parsePressRelease(
      'MUSCAT, Feb 11 (ONA) -- The Minister of the Interior Hamad Al Harthy received in his office today the Minister of Interior of Kuwait, Fahad Al-Mutairi, and discussed security cooperation.',
    );
    expect(rec.event.host?.country).toBe('OM');
    expect(rec.people.map((p) => [p.name, p.roles, p.country])).toEqual([
      ['Hamad Al Harthy', ['host'], 'OM'],
      ['Fahad Al-Mutairi', ['participant'], 'KW'],
    ]);
  });

  it('gives no country where the host country is unknown', () => {
    const rec = parsePressRelease('The Minister of the Interior Hamad Al Harthy received the visiting minister today.');
    expect(rec.event.host).toBeNull();
    expect(rec.people.map((p) => p.country)).toEqual([null]);
  });

  it('gives no host country where the text names an intergovernmental body: its officials host its meetings', () => {
    const rec = parsePressRelease('Vienna, 2 October 2024\n\nThe OSCE hosted an expert meeting on border security in Vienna on 30 September. The meeting was opened by Ambassador Clara Weiss.');
    expect(rec.event.host?.country).toBe('AT');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([['Clara Weiss', null]]);
  });

  it('gives the host country to a host who heads a national organisation, where the text names a body too ("Inspector-General of Police X chaired the ASEANAPOL conference")', () => {
    const rec = parsePressRelease(
      'HANOI, Aug 20 (VNA) -- Inspector-General of Police Nguyen Van Long, who chaired the ASEANAPOL conference, said the chiefs of the ten ASEAN states agreed to share data. ASEANAPOL Executive Director Mohd Ridzuan also spoke.',
    );
    expect(rec.event.host?.country).toBe('VN');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Nguyen Van Long', 'VN'],
      ['Mohd Ridzuan', null],
    ]);
  });
  it('gives an official of a state\'s government the text places nowhere else the host country ("Justice Minister X also attended")', () => {
    const rec = parsePressRelease(
      'Rabat, 14 April 2025 - Moroccan and Senegalese police chiefs met in Rabat. The Director General of National Security of Morocco, Karim Bennani, received the head of the Senegalese National Police, Moussa Diop. Justice Minister Youssef Alaoui also attended, and Prime Minister Driss Tazi later received the guests.',
    );
    expect(rec.event.host?.country).toBe('MA');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Karim Bennani', 'MA'],
      ['Moussa Diop', 'SN'],
      ['Youssef Alaoui', 'MA'],
      ['Driss Tazi', 'MA'],
    ]);
  });

  it('gives no host country to an official introduced as a guest or as someone\'s deputy, nor where an outlet of another country reports', () => {
    const guests = parsePressRelease(
      'Rabat, 14 April 2025 - The Director General of National Security of Morocco, Karim Bennani, received the visiting Interior Minister Amadou Sall in Rabat. He also met Ousmane Ba\'s deputy, Vice Minister Cheikh Ndiaye.',
    );
    expect(guests.event.host?.country).toBe('MA');
    expect(guests.people.map((p) => [p.name, p.country])).toEqual([
      ['Karim Bennani', 'MA'],
      ['Amadou Sall', null],
      ['Cheikh Ndiaye', null],
    ]);
    const abroad = parsePressRelease(
      'Tunis, March 5, 2025, SPA -- The Minister of Interior Prince Faisal bin Turki headed the Kingdom\'s delegation to the session of the council held today in Tunis, which was opened by Tunisian President Kais Saied.',
    );
    expect(abroad.event.host?.country).toBe('TN');
    expect(abroad.people.map((p) => [p.name, p.country])).toEqual([
      ['Faisal bin Turki', null],
      ['Kais Saied', 'TN'],
    ]);
    // The host's side qualified by its demonym: the text is written from the other side.
    const otherSide = parsePressRelease('Riyadh, 2 May 2025 - Interior Minister Arjun Mehta met the Saudi Minister of Interior in Riyadh on Monday.');
    expect(otherSide.event.host?.country).toBe('SA');
    expect(otherSide.people.map((p) => [p.name, p.country])).toEqual([['Arjun Mehta', null]]);
  });
  it('counts an office a title opens with "National" and an office of a ministry no table places as a state\'s ("Undersecretary of the Ministry of Interior X")', () => {
    const rec = parsePressRelease(
      'DOHA, Feb 3 (QNA) -- National Security Coordinator Major General Khalid Al-Marri opened the GCC meeting of border agencies in Doha. Undersecretary of the Ministry of Interior Saad Al-Kuwari and the Secretary-General of the GCC, Jasem Al-Budaiwi, also attended.',
    );
    expect(rec.event.host?.country).toBe('QA');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Khalid Al-Marri', 'QA'],
      ['Saad Al-Kuwari', 'QA'],
      ['Jasem Al-Budaiwi', null],
    ]);
  });
  it('does not take an organisation\'s office with a country for a qualified side ("the President of the Federal Criminal Police Office")', () => {
    const rec = parsePressRelease(
      'Berlin, 12 March 2025 - Federal Interior Minister Jana Weber met her Polish counterpart in Berlin. The President of the Federal Criminal Police Office (BKA), Tobias Lang, also took part.',
    );
    expect(rec.event.host?.country).toBe('DE');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Jana Weber', 'DE'],
      ['Tobias Lang', 'DE'],
    ]);
  });
  it('counts an office a title opens with a government\'s portfolio as a state\'s ("Interior Secretary X", "Home Secretary X")', () => {
    const rec = parsePressRelease(
      'MANILA, 4 March 2025 - The chief of the Philippine National Police met the Indonesian police chief in Quezon City. Also in attendance were Interior Secretary Ramon Dizon and Justice Secretary Liza Cortez.',
    );
    expect(rec.event.host?.country).toBe('PH');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Ramon Dizon', 'PH'],
      ['Liza Cortez', 'PH'],
    ]);
  });

  it('gives the host country to a state\'s officials in a release of a host-country outlet that qualifies its own minister ("MUSCAT (ONA) -- Oman\'s Minister of X ...")', () => {
    const rec = parsePressRelease(
      "MUSCAT, March 3 (ONA) -- Oman's Minister of the Interior Hamoud Al-Busaidi received the visiting Bahraini Interior Minister in Muscat. The talks were attended by Undersecretary of the Ministry of the Interior Khalid Al-Hinai.",
    );
    expect(rec.event.host?.country).toBe('OM');
    expect(rec.people.find((p) => p.name === 'Khalid Al-Hinai')?.country).toBe('OM');
  });
});
