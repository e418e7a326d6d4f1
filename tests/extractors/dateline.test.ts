import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('dateline', () => {
  it('reads "City, Month D, OUTLET." and dates it against the page stamp', () => {
    const record = parseRelease('tashkent-talks');
    expect(record.source.dateline).toEqual({ place: 'Tashkent', date: '2024-03-05' });
  });

  it('reads an outlet in brackets before the dateline ("(ANSA) - ROME, MAY 14 -"), and a media outlet so written alone', () => {
    const ansa = parsePressRelease('(ANSA) - ROME, MAY 14 - Italy and Tunisia agreed on Wednesday to set up a joint unit against migrant smuggling.', { publishedAt: '2025-05-15' });
    expect(ansa.source).toMatchObject({ outlet: 'ANSA', dateline: { place: 'Rome', date: '2025-05-14' } });
    const reuters = parsePressRelease('(Reuters) - Kenyan and Ugandan police chiefs met in Kampala on Monday to discuss cattle rustling.');
    expect(reuters.source).toMatchObject({ outlet: 'Reuters', dateline: null });
    const update = parsePressRelease('(UPDATED) - The meeting of the council was held in Minsk.');
    expect(update.source.outlet).toBeNull();
  });

  it('passes over a Hijri date before the Gregorian one ("Jeddah, Shawwal 4, 1446, April 2, 2025, SPA --")', () => {
    const record = parsePressRelease('Jeddah, Shawwal 4, 1446, April 2, 2025, SPA -- The Presidency of State Security received a delegation of the Jordanian General Intelligence Directorate.');
    expect(record.source).toMatchObject({ outlet: 'SPA', dateline: { place: 'Jeddah', date: '2025-04-02' } });
    expect(parsePressRelease('Jeddah, Shawwal talks opened on Monday.').source.dateline).toBeNull();
  });

  it('reads a city written with its old and new names ("Nur-Sultan/Astana, 5 June 2022 -")', () => {
    const record = parsePressRelease('Nur-Sultan/Astana, 5 June 2022 - The council of border chiefs met in the capital on Thursday and Friday (2-3 June).');
    expect(record.source.dateline).toEqual({ place: 'Astana', date: '2022-06-05' });
    expect([record.event.startDate, record.event.endDate]).toEqual(['2022-06-02', '2022-06-03']);
  });

  it('reads a country in brackets after the place as the place\'s, not as an outlet ("Lyon (France) –", "NAIROBI (Kenya), May 3 –")', () => {
    expect(parsePressRelease('Lyon (France) – INTERPOL opened its regional conference on Monday.').source).toMatchObject({ outlet: null, dateline: { place: 'Lyon', date: null } });
    const nairobi = parsePressRelease('NAIROBI (Kenya), May 3 – Police chiefs of the region met on Friday.', { publishedAt: '2025-05-04' });
    expect(nairobi.source).toMatchObject({ outlet: null, dateline: { place: 'Nairobi', date: '2025-05-03' } });
    expect(parsePressRelease('MINSK (BelTA) - Talks were held.').source.outlet).toBe('BelTA');
  });

  it('reads "CITY (Outlet / Outlet - 11th June, 2023)"', () => {
    const record = parseRelease('minsk-announcement');
    expect(record.source.dateline).toEqual({ place: 'Minsk', date: '2023-06-11' });
    expect(record.source.outlet).toBe('BelNews');
  });

  it('reads "City. Month D. Outlet –"', () => {
    expect(parseRelease('almaty-council').source.dateline).toEqual({ place: 'Almaty', date: '2019-04-03' });
  });

  it('reads "CITY, Country –" without an outlet', () => {
    const record = parsePressRelease('BUCHAREST, Romania – Counter-terrorism experts met at a regional meeting in Bucharest on 2 October 2017.');
    expect(record.source.dateline?.place).toBe('Bucharest');
    expect(record.source.outlet).toBeNull();
  });

  it('reads a country of several words after the place ("Port of Spain, Trinidad and Tobago, March 18, 2025 -")', () => {
    const rec = parsePressRelease('Port of Spain, Trinidad and Tobago, March 18, 2025 - Border police chiefs of the region met in the capital.');
    expect(rec.source.dateline).toEqual({ place: 'Port of Spain', date: '2025-03-18' });
    const dash = parsePressRelease('SARAJEVO, Bosnia and Herzegovina – Intelligence chiefs of the Western Balkans met on 4 June 2025.');
    expect(dash.source.dateline?.place).toBe('Sarajevo');
  });

  it('does not read an ordinary opening as a dateline', () => {
    const record = parsePressRelease('Baku hosted an international conference on regional security, the service said.');
    expect(record.source.dateline).toBeNull();
    expect(record.source.outlet).toBeNull();
  });

  it('reads "CITY, Country, Mon. D. Outlet:", "City, D Month /Outlet/." and "CITY --"', () => {
    const trend = parsePressRelease('BAKU, Azerbaijan, Oct. 5. Trend: The chief of the border service met a delegation from Georgia in Baku.', { publishedAt: '2023-10-05' });
    expect([trend.source.dateline, trend.source.outlet]).toEqual([{ place: 'Baku', date: '2023-10-05' }, 'Trend']);
    const kabar = parsePressRelease('Bishkek, 12 June /Kabar/. The 50th session of the council was held in Bishkek on 11 June 2024.');
    expect([kabar.source.dateline?.place, kabar.source.outlet]).toEqual(['Bishkek', 'Kabar']);
    expect(parsePressRelease('ASTANA -- The heads of the security services met in Astana.').source.dateline?.place).toBe('Astana');
  });

  it('reads "CITY: ..." as a place, not as an outlet', () => {
    const record = parsePressRelease('ISLAMABAD: Pakistan and China agreed to enhance intelligence sharing during talks held in Islamabad.');
    expect([record.source.dateline?.place, record.source.outlet]).toEqual(['Islamabad', null]);
  });

  it('reads a tabled city with full stops or lower-case words as the place ("ST. PETERSBURG", "Port of Spain", "Sharm el-Sheikh")', () => {
    const tass = parsePressRelease('ST. PETERSBURG, October 9. /TASS/. The heads of the security services of the CIS met in St. Petersburg.', { publishedAt: '2025-10-09' });
    expect([tass.source.dateline, tass.source.outlet]).toEqual([{ place: 'Saint Petersburg', date: '2025-10-09' }, 'TASS']);
    const caribbean = parsePressRelease('Port of Spain, June 4, Caribbean Wire. Police chiefs of the region met on 2 June 2025 in Port of Spain.', { publishedAt: '2025-06-04' });
    expect([caribbean.source.dateline, caribbean.source.outlet, caribbean.event.startDate]).toEqual([{ place: 'Port of Spain', date: '2025-06-04' }, 'Caribbean Wire', '2025-06-02']);
    expect(parsePressRelease('Sharm el-Sheikh, March 2. MENA. The meeting opened on Sunday.').source.dateline?.place).toBe('Sharm el-Sheikh');
  });

  it('reads a dateline written on a line of its own above the body', () => {
    const rec = parsePressRelease('Nairobi, 3 March 2025. KNA.\nThe heads of the intelligence services of the East African Community met in Nairobi on Monday to review the fight against terrorism.');
    expect(rec.source.dateline).toEqual({ place: 'Nairobi', date: '2025-03-03' });
    expect(rec.source.outlet).toBe('KNA');
    expect(rec.headline).toBeNull();
  });

  it('reads a date between dashes after "City, Country"', () => {
    const rec = parsePressRelease('Accra, Ghana – May 14, 2025 – The Bureau of National Investigations hosted a regional meeting on border security in Accra.');
    expect(rec.source.dateline).toEqual({ place: 'Accra', date: '2025-05-14' });
    expect(rec.source.publishedAt).toBe('2025-05-14');
  });

  it('reads "City, Country | date" on a line of its own, and does not take it for the headline', () => {
    const rec = parsePressRelease('Kampala, Uganda | 9 April 2025\n\nThe 3rd regional conference on border security opened in Kampala on Monday.');
    expect(rec.source.dateline).toEqual({ place: 'Kampala', date: '2025-04-09' });
    expect(rec.headline).toBeNull();
    expect(rec.event.startDate).toBe('2025-04-07');
  });

  it('reads a "Topic: ..." header line as a headline, not as an outlet, and the dateline below it', () => {
    const record = parsePressRelease('SADC: Security chiefs open annual review in Gaborone\n\nGABORONE - The heads of the security services of the Southern African Development Community opened their annual review in Gaborone on Monday.');
    expect(record.headline).toBe('SADC: Security chiefs open annual review in Gaborone');
    expect(record.source.outlet).toBeNull();
    expect(record.source.dateline?.place).toBe('Gaborone');
  });

  it('still reads "Outlet: " at the start of the body', () => {
    const record = parsePressRelease('Border talks held in Doha\n\nQNA: Doha hosted talks of the border services of Qatar and Oman on Sunday.');
    expect(record.source.outlet).toBe('QNA');
    expect(record.headline).toBe('Border talks held in Doha');
  });

  it('reads "City, OUTLET -- " with a double hyphen after the outlet', () => {
    const record = parsePressRelease('Border talks\n\nMashhad, IRNA -- The border guard commanders of Iran and Afghanistan met in Mashhad on Sunday to discuss smuggling.');
    expect(record.source.dateline?.place).toBe('Mashhad');
    expect(record.source.outlet).toBe('IRNA');
  });

  it('reads an outlet after the place and the date: "City, Month D, YYYY, OUTLET -- "', () => {
    const record = parsePressRelease('Coast guards agree on joint drills\n\nJeddah, May 14, 2024, SPA -- The coast guard chiefs of Saudi Arabia and Egypt agreed in Jeddah on joint drills in the Red Sea.');
    expect(record.source.dateline).toEqual({ place: 'Jeddah', date: '2024-05-14' });
    expect(record.source.outlet).toBe('SPA');
  });

  it('reads "City [Country], Month D (OUTLET): " with the country in square brackets', () => {
    const record = parsePressRelease('Police chiefs meet\n\nKathmandu [Nepal], September 9 (ANI): The police chiefs of Nepal and India met in Kathmandu on Monday to discuss the open border.');
    expect(record.source.dateline?.place).toBe('Kathmandu');
    expect(record.source.outlet).toBe('ANI');
  });

  it('reads a city alone on the line right above the body as the dateline, not the headline', () => {
    const record = parsePressRelease('Gulf police chiefs meet in Muscat\n\nMUSCAT\n\nThe police chiefs of the Gulf states met in Muscat on Monday to discuss drug trafficking across the region.');
    expect(record.headline).toBe('Gulf police chiefs meet in Muscat');
    expect(record.source.dateline?.place).toBe('Muscat');
    const above = parsePressRelease('Cairo\n\nArab police chiefs meet\n\nTUNIS, June 3 (TAP) - The police chiefs of Arab states met in Tunis on Monday to discuss drug trafficking across the region.');
    expect(above.source.dateline?.place).toBe('Tunis');
    expect(above.source.outlet).toBe('TAP');
  });

  it('reads "City, Month D/YYYY (OUTLET)" with the year after a slash', () => {
    const record = parsePressRelease('Ethiopia and Kenya agree on border security\n\nAddis Ababa, March 9/2024 (ENA) The intelligence services of Ethiopia and Kenya agreed today to share information on armed groups along the border.');
    expect(record.source.dateline).toEqual({ place: 'Addis Ababa', date: '2024-03-09' });
    expect(record.source.outlet).toBe('ENA');
  });

  it('reads "City, the Country – " with the article before the country', () => {
    const record = parsePressRelease('The Hague, the Netherlands – The police chiefs of the Benelux states met at Europol on Tuesday to discuss drug trafficking through the ports.');
    expect(record.source.dateline?.place).toBe('The Hague');
    expect(record.source.outlet).toBeNull();
  });

  it('reads the dateline of the paragraph after a short lead paragraph', () => {
    const record = parsePressRelease('Caspian coast guards hold joint drill\n\nThe drill lasted two days.\n\nAKTAU, May 3 (Kazinform) - The coast guards of Kazakhstan and Azerbaijan held a joint drill off Aktau on Tuesday.');
    expect(record.headline).toBe('Caspian coast guards hold joint drill');
    expect(record.source.dateline?.place).toBe('Aktau');
    expect(record.source.outlet).toBe('Kazinform');
  });

  it('reads an outlet of the media table and a dash at the start of the body as the outlet ("AKIpress - The meeting ...")', () => {
    const rec = parsePressRelease('CIS security chiefs meet\n\nAKIpress - The 53rd meeting of the council took place in Bishkek on October 9-10, 2025.');
    expect([rec.source.outlet, rec.source.dateline]).toEqual(['AKIpress', null]);
    expect(rec.event.location?.city).toBe('Bishkek');
  });

  it('reads "City, <outlet> news agency." and an outlet whose name opens with digits ("24.kg")', () => {
    const kabar = parsePressRelease('Bishkek, Kabar news agency. The meeting of the council was held in Bishkek on June 5, 2025.');
    expect([kabar.source.dateline?.place, kabar.source.outlet]).toEqual(['Bishkek', 'Kabar']);
    const kg = parsePressRelease('Bishkek, 24.kg news agency. The meeting of the council was held in Bishkek on June 5, 2025.');
    expect(kg.source.outlet).toBe('24.kg');
    // A bare year is no outlet.
    expect(parsePressRelease('Minsk, 2025. The meeting was held in Minsk.').source.outlet).toBeNull();
  });

  it('reads an outlet of the media table between the dateline\'s bars ("KAMPALA, Uganda | Xinhua | 3 May 2025 |")', () => {
    const rec = parsePressRelease('KAMPALA, Uganda | Xinhua | 3 May 2025 | Police chiefs of the region met in Kampala to discuss cattle rustling.');
    expect([rec.source.outlet, rec.source.dateline]).toEqual(['Xinhua', { place: 'Kampala', date: '2025-05-03' }]);
  });

  it('reads a date with a Spanish, French or Portuguese month after the place ("CARACAS, 27 de noviembre de 2024 –", "ABIDJAN, le 8 juillet 2025 –")', () => {
    const read = (text: string): unknown => parsePressRelease(text).source.dateline;
    expect(read('CARACAS, 27 de noviembre de 2024 – Directors of criminal police from six Andean countries met in Caracas.')).toEqual({ place: 'Caracas', date: '2024-11-27' });
    expect(read('ABIDJAN, le mardi 8 juillet 2025 – Intelligence chiefs of the Accra Initiative met in Abidjan.')).toEqual({ place: 'Abidjan', date: '2025-07-08' });
    expect(read('Maputo, 9 de setembro de 2025 - The heads of police of Mozambique and Angola met in Maputo.')).toEqual({ place: 'Maputo', date: '2025-09-09' });
    expect(read('QUITO, 14 abr 2025 (Agencia) – Police chiefs met in Quito.')).toEqual({ place: 'Quito', date: '2025-04-14' });
  });

  it('reads no foreign date where the words after the place are no date ("MAPUTO, 3 out of 5 ...")', () => {
    expect(parsePressRelease('MAPUTO, 3 out of 5 border posts reopened after the meeting of police chiefs in Maputo.').source.dateline?.date ?? null).toBeNull();
  });

  it('takes the outlet from the body\'s dateline when a dated header line names none ("Quito, 4 de junio de 2025" above "QUITO, June 4 (Agency) -- ")', () => {
    const rec = parsePressRelease('Quito, 4 de junio de 2025\n\nQUITO, June 4 (EFE) -- The police chiefs of Ecuador and Peru agreed on Wednesday to set up joint border patrols.');
    expect(rec.source.dateline).toEqual({ place: 'Quito', date: '2025-06-04' });
    expect(rec.source.outlet).toBe('EFE');
  });

  it('reads a date after an abbreviated weekday, not the weekday as the outlet ("HANOI, Thu, 12 June 2025 (VNA) --")', () => {
    const rec = parsePressRelease('HANOI, Thu, 12 June 2025 (VNA) -- Police chiefs of Viet Nam and Laos met in Hanoi on Thursday.');
    expect(rec.source.dateline).toEqual({ place: 'Hanoi', date: '2025-06-12' });
    expect(rec.source.outlet).toBe('VNA');
  });

  it('reads a Mexican "a" before the day, and Indonesian or Malay months and weekdays ("Rabu, 4 Juni 2025", "12 Ogos 2025")', () => {
    const read = (text: string): unknown => parsePressRelease(text).source.dateline;
    expect(read('Ciudad de México, a 14 de octubre de 2025. – Police chiefs of Mexico and Guatemala met in Mexico City.')).toEqual({ place: 'Mexico City', date: '2025-10-14' });
    expect(read('JAKARTA, Rabu, 4 Juni 2025 – Police chiefs of ASEAN met in Jakarta.')).toEqual({ place: 'Jakarta', date: '2025-06-04' });
    expect(read('KUALA LUMPUR, 12 Ogos 2025 – Police chiefs of ASEAN met in Kuala Lumpur.')).toEqual({ place: 'Kuala Lumpur', date: '2025-08-12' });
  });

  it('reads a date written after the outlet in brackets ("KAZAN (Tatar-inform), 3 December 2024 –")', () => {
    const rec = parsePressRelease('YAOUNDE (CRTV), 9 December 2024 – Police chiefs of Central Africa met in Yaounde on Monday.');
    expect(rec.source.dateline).toEqual({ place: 'Yaoundé', date: '2024-12-09' });
    expect(rec.source.outlet).toBe('CRTV');
  });

  it('leaves a date after the outlet in brackets to the dateline, not to the event ("LIBREVILLE (AGP), 9 December 2024. ... met on Saturday, December 7")', () => {
    const rec = parsePressRelease('LIBREVILLE (AGP), 9 December 2024. Police chiefs of Gabon and Congo met on Saturday, December 7 in Libreville.');
    expect([rec.source.publishedAt, rec.event.startDate]).toEqual(['2024-12-09', '2024-12-07']);
  });
});
