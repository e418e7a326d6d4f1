import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('host', () => {
  it('takes the venue country when nothing else is said', () => {
    expect(parseRelease('ankara-conference').event.host).toEqual({ country: 'TR', organization: null });
  });

  it('takes the chair: "under the chairmanship of Kazakhstan"', () => {
    expect(parseRelease('almaty-council').event.host?.country).toBe('KZ');
  });

  it('takes the organiser service: "hosted by Azerbaijan\'s State Security Service"', () => {
    expect(parseRelease('baku-weekday').event.host).toEqual({ country: 'AZ', organization: 'State Security Service' });
  });

  it('takes an organisation whose seat is the venue, with no host country', () => {
    const record = parsePressRelease('Hosted at the headquarters of the Southeast European Law Enforcement Center (SELEC) in Bucharest, the meeting gathered experts from six countries.');
    expect(record.event.host).toEqual({ country: null, organization: 'Southeast European Law Enforcement Center' });
    expect(record.event.participants.countries).not.toContain('RO');
  });

  it('takes a service that is the subject of "hosted": "The National Security Committee of the Republic of Kazakhstan hosted ..."', () => {
    const record = parsePressRelease(
      'The National Security Committee of the Republic of Kazakhstan hosted the 9th meeting of the Council of Heads of Special Services in Astana on 3 May 2024.',
    );
    expect(record.event.host).toEqual({ country: 'KZ', organization: 'National Security Committee' });
  });

  it('takes a service or body that holds or opens "its" event, past a day word before the verb', () => {
    const opened = parsePressRelease(
      'NASSAU, Bahamas, 4 March 2025 – The CARICOM Implementation Agency for Crime and Security on Monday opened its annual heads of intelligence conference at the Baha Mar resort.',
    );
    expect(opened.event.host).toEqual({ country: 'BS', organization: 'CARICOM Implementation Agency for Crime and Security' });
    const hosted = parsePressRelease('JAKARTA, 5 March 2025 – The Indonesian National Police today hosted the 12th meeting of the ASEANAPOL executive committee in Jakarta.');
    expect(hosted.event.host?.organization).toBe('Indonesian National Police');
  });

  it('does not take the subject of "held talks" or of "opened their meeting" as the host organisation', () => {
    expect(parsePressRelease('ALMATY, 3 March 2025 – The National Security Committee of Kazakhstan on Monday held talks with a delegation of the Turkish MIT.').event.host?.organization ?? null).toBeNull();
    expect(parsePressRelease('ALMATY, 3 March 2025 – Kyrgyz and Tajik officials met in Almaty. The National Security Committee of Kazakhstan opened their meeting.').event.host?.organization ?? null).toBeNull();
  });

  it('takes a service named after "organised by" as the host organisation, with the country the organisations step gave it', () => {
    const record = parsePressRelease('MUSCAT, 9 May 2025 – The regional workshop, organised by the Internal Security Service under the patronage of the Minister, ended in Muscat on Thursday.');
    expect(record.event.host).toEqual({ country: 'OM', organization: 'Internal Security Service' });
  });

  it('does not take a service whose hosting verb stands in another sentence', () => {
    const record = parsePressRelease('Delegates came from the National Security Committee of Kazakhstan. Tashkent hosted the meeting on 3 May 2024.');
    expect(record.event.host?.organization ?? null).toBeNull();
  });

  it('takes an intergovernmental body named after "under the auspices of" or "organised by" as the host organisation', () => {
    expect(parsePressRelease('The conference was held in Geneva under the auspices of the United Nations on 3 May 2024.').event.host).toEqual({ country: 'CH', organization: 'United Nations' });
  });

  it('reads the seat written in the possessive, with words between: "at Europol\'s headquarters", "at INTERPOL\'s General Secretariat headquarters"', () => {
    const rec = parsePressRelease("Counter-terrorism chiefs from 27 EU Member States met at Europol's headquarters in The Hague on 11 February.");
    expect(rec.event.host).toEqual({ country: null, organization: 'European Union Agency for Law Enforcement Cooperation' });
    const between = parsePressRelease("Police chiefs of the Sahel met at INTERPOL's General Secretariat headquarters in Lyon on 4 March.");
    expect(between.event.host).toEqual({ country: null, organization: 'International Criminal Police Organization' });
    expect(between.event.participants.countries).toEqual([]);
  });

  it('takes a service that "will host" the event, not one that hosts the next or hosted the last one', () => {
    const onsa = parsePressRelease('The Office of the National Security Adviser (ONSA) will host the 2nd regional counter-terrorism summit in Abuja from 14 to 16 July.');
    expect(onsa.event.host).toEqual({ country: 'NG', organization: 'Office of the National Security Adviser' });
    const next = parsePressRelease('The meeting of the council was held in Tashkent on Monday. The State Security Service of Azerbaijan will host the next meeting in Baku.');
    expect(next.event.host).toEqual({ country: 'UZ', organization: null });
    const last = parsePressRelease('The meeting of the council was held in Tashkent on Monday. The State Security Service of Azerbaijan hosted the previous meeting in Baku.');
    expect(last.event.host).toEqual({ country: 'UZ', organization: null });
  });

  it('takes no host, and no country discussed, from the host of the next meeting in the passive ("will be hosted by X")', () => {
    const rec = parsePressRelease('SUVA, May 9 (FBC) – The 52nd Pacific Islands Chiefs of Police conference ended here today. The next conference will be hosted by Samoa in 2026.');
    expect(rec.event.host).toEqual({ country: 'FJ', organization: null });
    expect(rec.event.subjectCountries).toEqual([]);
    // The reported event's own host in the passive is read as before.
    expect(parsePressRelease('The 52nd Pacific Islands Chiefs of Police conference, hosted by Samoa, ended today in Apia.').event.host).toEqual({ country: 'WS', organization: null });
  });

  it('reads the seat written as a noun after the name: "at the African Union headquarters", "at the NIS offices"', () => {
    const au = parsePressRelease('The 9th meeting of heads of intelligence opened today at the African Union headquarters in Addis Ababa.');
    expect(au.event.host).toEqual({ country: null, organization: 'African Union' });
    const nis = parsePressRelease('Kenyan and Somali intelligence chiefs met at the National Intelligence Service of Kenya offices in Nairobi on Monday.');
    expect(nis.event.host).toEqual({ country: 'KE', organization: 'National Intelligence Service of Kenya' });
    expect(parsePressRelease('Delegates met at the African Union summit in Addis Ababa.').event.host).toEqual({ country: 'ET', organization: null });
  });

  it('keeps the venue\'s country as host when a chair from abroad presides ("held in Bishkek ... chaired by the FSB Director")', () => {
    const rec = parsePressRelease('The council of border chiefs met in Bishkek on Monday and was chaired by FSB Director Alexander Bortnikov.');
    expect([rec.event.host, rec.event.participants.countries]).toEqual([{ country: 'KG', organization: null }, ['KG', 'RU']]);
    expect(parsePressRelease('The council met in Bishkek on Monday under the chairmanship of Kyrgyzstan.').event.host).toEqual({ country: 'KG', organization: null });
  });
  it('takes an intergovernmental body that is the subject of "hosted" as the host, with no host country when it hosts "at its headquarters"', () => {
    const seat = parsePressRelease('LYON - INTERPOL hosted the working group on maritime piracy on 9 April 2025 at its headquarters in Lyon.');
    expect(seat.event.host).toEqual({ country: null, organization: 'International Criminal Police Organization' });
    const away = parsePressRelease('AFRIPOL hosted the regional meeting on terrorist financing in Accra on 2 June 2025.');
    expect(away.event.host).toEqual({ country: 'GH', organization: 'African Union Mechanism for Police Cooperation' });
  });

  it('keeps the venue\'s country when a body hosted and "its headquarters" stands in another sentence', () => {
    const rec = parsePressRelease('AFRIPOL hosted the regional meeting in Accra on 2 June 2025. Delegates were later received at its headquarters in Algiers.');
    expect(rec.event.host).toEqual({ country: 'GH', organization: 'African Union Mechanism for Police Cooperation' });
  });
  it('gives the country of a national service whose headquarters is the venue: the one its context tells, else the venue\'s', () => {
    const told = parsePressRelease('The chiefs of Bolivia and Chile met on Tuesday at the headquarters of the Federal Security Service in Moscow.');
    expect(told.event.host).toEqual({ country: 'RU', organization: 'Federal Security Service' });
    const open = parsePressRelease('The heads of the border services of Uganda and Rwanda met on Friday at the headquarters of the National Intelligence Service in Nairobi.');
    expect(open.event.host).toEqual({ country: 'KE', organization: 'National Intelligence Service' });
  });
  it('names the organiser service as the text reads it, not another country\'s service of the same name ("hosted by the Burundi National Police")', () => {
    const rec = parsePressRelease('Police chiefs from eleven countries met in Bujumbura for a meeting hosted by the Burundi National Police on 4 May 2025.');
    expect(rec.event.host).toEqual({ country: 'BI', organization: 'National Police' });
  });
});

