import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('layout: header, stamps and body', () => {
  it('takes the headline below a masthead and a page stamp', () => {
    const record = parseRelease('ankara-conference');
    expect(record.headline).toBe('Heads of special services of Turkic states met in Ankara');
    expect(record.text.indexOf(record.headline ?? '-')).toBeGreaterThan(0);
  });

  it('cuts a trailing page date and time off a headline', () => {
    const record = parsePressRelease(' date 2021-06-03 Security chiefs agree to share data Thursday, June 3, 2021 12:00:25 PM\n\nThe heads of the services met in Minsk on Wednesday and agreed to share data.');
    expect(record.headline).toBe('Security chiefs agree to share data');
  });

  it('sees a release without a header as all body', () => {
    const record = parsePressRelease('The heads of the special services of Kazakhstan and Kyrgyzstan met in Bishkek on 3 March 2024.');
    expect(record.headline).toBeNull();
    expect(record.event.location).toEqual({ city: 'Bishkek', country: 'KG' });
  });

  it('drops menu, search and font-size lines above the header as page chrome, not an outlet', () => {
    const record = parsePressRelease('Main menu\nSearch\nA A A\n\nBorder guards of Latvia and Lithuania hold talks\n\nThe heads of the border guard services of Latvia and Lithuania met in Riga on 14 May 2024 to discuss joint patrols.');
    expect(record.text.startsWith('Border guards of Latvia')).toBe(true);
    expect(record.headline).toBe('Border guards of Latvia and Lithuania hold talks');
    expect(record.source.outlet).toBeNull();
  });

  it('counts header lines, not the blank lines between them, before it gives up looking for the body', () => {
    const rec = parsePressRelease(
      'Home / News\n\nPress service of the State Border Committee\n\nEvents 5 June 2024\n\nBorder chiefs meet in Minsk\n\nThe meeting of the heads of border services was held on 4 June in Minsk.\n\nDelegations of five states took part.',
    );
    expect(rec.headline).toBe('Border chiefs meet in Minsk');
    expect([rec.event.startDate, rec.event.dateInferred]).toEqual(['2024-06-04', false]);
  });

  it('reads "Last updated: November 14, 2024 at 9:30 a.m." as a page stamp (a time in "a.m." counts as no word)', () => {
    const rec = parsePressRelease('Border chiefs meet in Astana\n\nLast updated: November 14, 2024 at 9:30 a.m.\n\nThe heads of the border services met in Astana on Wednesday and agreed on joint patrols along the common border.');
    expect(rec.source.publishedAt).toBe('2024-11-14');
    expect(rec.headline).toBe('Border chiefs meet in Astana');
    expect(rec.event.startDate).toBe('2024-11-13');
  });

  it('skips a "By <name>" byline below the headline', () => {
    const record = parsePressRelease('Police chiefs of West Africa agree on joint border patrols\n\nBy Adaeze Nwosu\n\nLagos, March 3, 2025 (NAN) The police chiefs of West African states met in Lagos on Monday and agreed to run joint patrols along their common borders, the host said in a statement after the meeting.');
    expect(record.headline).toBe('Police chiefs of West Africa agree on joint border patrols');
    expect(record.source.outlet).toBe('NAN');
  });

  it('skips a bare reporter name below the headline, but keeps a line that names an organisation', () => {
    const byline = parsePressRelease('Pacific police chiefs meet in Suva\n\nKirra Donnelly\n\nThe police commissioners of Pacific island states met in Suva on Tuesday to discuss drug trafficking routes across the region, officials said.');
    expect(byline.headline).toBe('Pacific police chiefs meet in Suva');
    const named = parsePressRelease('The Eurasian Group\nCoordination Bureau\n\nThe heads of the financial intelligence units of the member states met in Moscow on 2 June 2023 to discuss terrorist financing.');
    expect(named.headline).toBe('Coordination Bureau');
  });

  it('reads a short first paragraph that ends with a stop below the headline as body', () => {
    const record = parsePressRelease('Caspian border guards review joint patrols\n\nThe talks were held in Aktau on Tuesday.\n\nThe heads of the border services of Kazakhstan and Turkmenistan reviewed the joint patrols of the past year and agreed on a plan for the next one.');
    expect(record.headline).toBe('Caspian border guards review joint patrols');
  });

  it('keeps a long headline with initials ("N. Korea", "U.S.") as a headline, not the body', () => {
    const record = parsePressRelease('S. Korea, U.S. defence intelligence chiefs discuss N. Korea missile launches and Russia arms deals in Seoul\n\nSEOUL, June 4 (Yonhap) -- Defence intelligence chiefs of the two countries met in Seoul on Tuesday.');
    expect(record.headline).toBe('S. Korea, U.S. defence intelligence chiefs discuss N. Korea missile launches and Russia arms deals in Seoul');
    expect(record.source.dateline?.place).toBe('Seoul');
    expect(record.source.outlet).toBe('Yonhap');
  });

  it('keeps a question below a kicker line as the headline: only a full stop makes a short lead', () => {
    const record = parsePressRelease('Analysis\n\nCan the CSTO stop drones at its borders?\n\nThe secretaries of the security councils of the CSTO states met in Yerevan on Friday to discuss air defence against drones.');
    expect(record.headline).toBe('Can the CSTO stop drones at its borders?');
  });

  it('reads a line of two sentences as body from 15 words, and a shorter one as a header line', () => {
    const headlineOf = (line: string): string | null => parsePressRelease(`Border talks\n${line}\nRest of the text.`).headline;
    expect(headlineOf('The services met in Riga. They agreed on joint patrols along the common border and more')).toBe('Border talks');
    expect(headlineOf('The services met in Riga. They agreed on joint patrols along the border')).toBe('The services met in Riga. They agreed on joint patrols along the border');
    expect(headlineOf('The two services met in Riga and agreed on a plan for joint patrols.')).toBe('Border talks');
  });
});

