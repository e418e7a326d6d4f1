import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('outlet', () => {
  it('takes the outlet named by the dateline', () => {
    expect(parseRelease('tashkent-talks').source.outlet).toBe('UzA');
    expect(parseRelease('almaty-council').source.outlet).toBe('SteppeWire');
  });

  it('takes a leading "OUTLET:"', () => {
    expect(parseRelease('baku-weekday').source.outlet).toBe('CaspianWire');
  });

  it('takes a press-service masthead, without "Information of the"', () => {
    expect(parseRelease('ankara-conference').source.outlet).toBe('Press service of the National Intelligence Organization');
  });

  it('takes an organisation named by the lines heading the page', () => {
    expect(parseRelease('dushanbe-range').source.outlet).toBe('Commonwealth of Independent States Anti-Terrorism Center');
  });

  it('takes the outlet of "<Outlet> correspondent reports"', () => {
    const record = parsePressRelease('The head of the service summed up the results of the meeting, a SteppeWire correspondent reports from Astana.');
    expect(record.source.outlet).toBe('SteppeWire');
  });

  it('takes only the words joined to "correspondent", not those before a bracket or comma', () => {
    const record = parsePressRelease('He summed up the results of the meeting of the Council of the Regional Anti-Terrorist Structure (RATS), SteppeWire correspondent reports.');
    expect(record.source.outlet).toBe('SteppeWire');
  });

  it('does not take an outlet that is only quoted ("reported Interfax")', () => {
    expect(parsePressRelease('The heads of the two services met in Minsk, reported Interfax on Monday.').source.outlet).toBeNull();
  });

  it('lets the caller\'s outlet win', () => {
    expect(parseRelease('tashkent-talks', { outlet: 'My Feed' }).source.outlet).toBe('My Feed');
  });

  const BODY = 'Police chiefs meet in Port Moresby\n\nThe police commissioners of Papua New Guinea and Fiji met in Port Moresby on Thursday to discuss drug trafficking across the Pacific and agreed to exchange liaison officers.';

  it('reads a sign-off line at the end: an acronym or an outlet of the table, perhaps above credit lines', () => {
    expect(parsePressRelease(`${BODY}\n\nPNC`).source.outlet).toBe('PNC');
    expect(parsePressRelease(`${BODY}\n\n(FBC)(www.fbcnews.com.fj)\n\nEdited by Mere Tora`).source.outlet).toBe('FBC');
    expect(parsePressRelease(`${BODY}\n\nBy Lino Bate\n\nXinhua`).source.outlet).toBe('Xinhua');
    expect(parsePressRelease(`${BODY}\n\n(PNC)\n\nReporter: Rina Sari\nEditor: Budi Santoso`).source.outlet).toBe('PNC');
  });

  it('reads at most three lines up from the end, blank lines aside, and never the first line of the last 400 characters', () => {
    expect(parsePressRelease(`${BODY}\n\nPNC\n\n\n\nBy Ana Ruiz\n\nEdited by Li Wei`).source.outlet).toBe('PNC');
    expect(parsePressRelease(`${BODY}\n\nPNC\n\nBy Ana Ruiz\nEdited by Li Wei\nReporter: Rina Sari`).source.outlet).toBeNull();
    const cut = `${BODY.replace('officers.', 'officers and to hold their next meeting in Suva in the course of the coming year, as the two sides confirmed in a joint statement issued after the talks, which the ministers of both countries attended as observers for the first time.')} (PNC)`;
    expect(cut.length - cut.lastIndexOf('\n')).toBeGreaterThan(400);
    expect(parsePressRelease(`${cut}\nBy Ana Ruiz`).source.outlet).toBeNull();
    expect(parsePressRelease(`${BODY} (PNC)\nBy Ana Ruiz`).source.outlet).toBe('PNC');
  });

  it('reads an acronym in brackets after the last sentence as the sign-off', () => {
    expect(parsePressRelease(`${BODY}\n\nThe next meeting will be held in Suva in May. (PNC)`).source.outlet).toBe('PNC');
  });

  it('reads a web address after a dash closing the last sentence as the sign-off', () => {
    expect(parsePressRelease(`${BODY}\n\nThe officers will take up their posts in June. – FijiNews.gov.fj`).source.outlet).toBe('FijiNews');
  });

  it('does not take an organisation named in the last sentence, or an end mark, as the outlet', () => {
    expect(parsePressRelease(`${BODY}\n\nThe officers will work with the Transnational Crime Unit (TCU).`).source.outlet).toBeNull();
    expect(parsePressRelease(`${BODY} (END)`).source.outlet).toBeNull();
    expect(parsePressRelease(`${BODY}\n\nENDS`).source.outlet).toBeNull();
  });
  it('takes the body of a masthead "<Body> press release" or "Press Release - <Body>", without the words for the document', () => {
    const body = '\n\nAFRIPOL convenes experts on terrorist financing\n\nAlgiers, 9 June 2025 - AFRIPOL hosted a meeting of experts at its headquarters.';
    expect(parsePressRelease(`AFRIPOL press release${body}`).source.outlet).toBe('AFRIPOL');
    expect(parsePressRelease(`Press Release - AFRIPOL${body}`).source.outlet).toBe('AFRIPOL');
    expect(parsePressRelease(`Press release${body}`).source.outlet).toBeNull();
  });

  it('takes a known organisation from its press office signing off: "Press Office, INTERPOL", "AFRIPOL Press Office"', () => {
    const text = 'LYON, 3 June 2025 - INTERPOL hosted the working group on maritime piracy at its headquarters.';
    expect(parsePressRelease(`${text}\n\nPress Office, INTERPOL`).source.outlet).toBe('INTERPOL');
    expect(parsePressRelease(`${text}\n\nAFRIPOL Press Office`).source.outlet).toBe('AFRIPOL');
  });

  it('does not guess an outlet from a press office whose name is not a known organisation, nor from a body named only in the text', () => {
    const text = 'LYON, 3 June 2025 - INTERPOL hosted the working group on maritime piracy at its headquarters.';
    expect(parsePressRelease(`${text}\n\nPress Office, Harbour Logistics Group`).source.outlet).toBeNull();
    expect(parsePressRelease(text).source.outlet).toBeNull();
  });
  it('takes a known outlet from a sign-off line "Source: <Outlet>", not an unknown name nor a sentence opening with "Sources"', () => {
    const text = 'MUSCAT, 2 Feb 2025 - The heads of the coast guards of Oman and Yemen met in Muscat on Sunday.';
    expect(parsePressRelease(`${text}\n\nSource: Kuwait News Agency`).source.outlet).toBe('Kuwait News Agency');
    expect(parsePressRelease(`${text}\n\nSource: Gulf Harbour Daily`).source.outlet).toBeNull();
    expect(parsePressRelease(`${text}\n\nSources: KUNA`).source.outlet).toBeNull();
  });

  it('takes the outlet a page title ends with ("... - Kuwait News Agency") when nothing else names one', () => {
    const rec = parsePressRelease('Gulf security chiefs meet in Kuwait - Kuwait News Agency\n\nThe heads of the state security services of the Gulf states met in Kuwait on Saturday to discuss regional threats.');
    expect([rec.headline, rec.source.outlet]).toEqual(['Gulf security chiefs meet in Kuwait', 'Kuwait News Agency']);
  });

  it('cuts a release label set apart by a dash or a heading\'s capitals, and its number, and writes a name in capitals as a name', () => {
    const outletOf = (text: string): string | null => parsePressRelease(text).source.outlet;
    expect(outletOf('MINISTRY OF INTERIOR – PRESS RELEASE No. 57/2025\nQuito, 3 May 2025\n\nThe minister received the police chiefs of Peru and Colombia.')).toBe('Ministry of Interior');
    expect(outletOf('GHANA POLICE SERVICE\nPRESS STATEMENT\n\nACCRA, 3 May 2025\n\nThe Inspector General of Police hosted a delegation from Togo.')).toBe('Ghana Police Service');
    expect(outletOf('The Department\'s press release\n\nACCRA, 3 May 2025\n\nThe Inspector General of Police hosted a delegation from Togo.')).not.toBe('The Department\'s');
  });
});
