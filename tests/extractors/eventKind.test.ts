import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const kind = (text: string): string => parsePressRelease(text).event.kind;

describe('eventKind', () => {
  it('follows the noun with an edition ordinal over other nouns', () => {
    expect(kind('Countries to hold joint exercises next year\nThe deputy head of the service reported on the outcome of the 43rd meeting of the Council of the SCO Regional Anti-Terrorist Structure in Tashkent.')).toBe('meeting');
  });

  it('takes "meeting" in "XXI meeting of the Conference of ...", not the Conference of the name', () => {
    expect(kind('XXI meeting of the Conference of Special Services of Turkic-speaking countries took place on 14/11/2018 in Bishkek.')).toBe('meeting');
  });

  it('takes "conference" in "The XXIV Conference of ..."', () => {
    expect(parseRelease('ankara-conference').event.kind).toBe('conference');
  });

  it('reads "held talks" as talks and "get-together" as a meeting', () => {
    expect(parseRelease('tashkent-talks').event.kind).toBe('talks');
    expect(kind('A get-together of the heads of the anti-terrorism units was attended by the ministers of several countries.')).toBe('meeting');
    expect(kind('Sri Lanka and Bangladesh held their second Security Dialogue in Colombo on Monday.')).toBe('talks');
  });

  it('reads forums, summits, visits and exercises', () => {
    expect(parseRelease('baku-weekday').event.kind).toBe('forum');
    expect(kind('The leaders gathered in Astana for a summit on regional security, which was held on Friday.')).toBe('summit');
    expect(kind('The director paid an official visit to Baku, where he met his counterparts.')).toBe('visit');
    expect(kind('A joint anti-terrorist exercise was held on the border on Friday.')).toBe('exercise');
  });

  it('falls back to a verb when no noun names the event, else "other"', () => {
    expect(parseRelease('minsk-announcement').event.kind).toBe('meeting');
    expect(kind('The services agreed to exchange data.')).toBe('other');
  });

  it('reads a meeting held by video link as a meeting, not a conference', () => {
    expect(kind('Interpol and Afripol chiefs held a videoconference on Monday to review a joint operation.')).toBe('meeting');
    expect(kind('The border chiefs of the two countries met in a video conference on Friday.')).toBe('meeting');
    expect(kind('The ministers held a teleconference on migration on Thursday.')).toBe('meeting');
  });

  it('reads a telephone conversation or phone call as talks', () => {
    expect(kind('The Director of the Border Guard Service held a telephone conversation with his Polish counterpart on Friday.')).toBe('talks');
    expect(kind('The two intelligence chiefs discussed the attack in a phone call on Sunday.')).toBe('talks');
  });

  it('reads a courtesy call as a meeting', () => {
    expect(kind('The Ambassador of Korea paid a courtesy call on the Director General of the National Intelligence Agency on Monday.')).toBe('meeting');
  });

  it('reads a workshop as a conference', () => {
    expect(kind('The regional workshop on border security was held in Bamako on 3 March 2025.')).toBe('conference');
  });

  it('does not take a noun that is only a word of a body or of a longer name for the event', () => {
    expect(kind('Officials of Pacific Islands Forum countries met in Suva for the Forum Regional Security Committee.')).toBe('meeting');
    expect(kind('The ASEAN Regional Forum was held in Vientiane on 27 July 2024.')).toBe('forum');
  });

  it('reads a congress as a conference and a consultation as talks', () => {
    expect(kind('The 5th congress of counter-terrorism experts was held in Almaty.')).toBe('conference');
    expect(kind('Heads of services gathered in Kathmandu for their annual consultation on terrorism.')).toBe('talks');
  });

  it('takes the kind from a verb rather than from the noun of the next event', () => {
    expect(kind('Customs chiefs of the region met on Monday in Santiago. The next Pacific Customs Conference will be held in Peru.')).toBe('meeting');
    expect(kind('The joint drill of the border troops ended on Friday. The delegations reviewed the decisions of the previous session.')).toBe('exercise');
  });

  it('reads "the Nth Session of the Conference of ..." as a conference, and "the Nth meeting of the Conference of ..." as a meeting', () => {
    expect(kind('The minister spoke in Accra at the opening of the 9th Ordinary Session of the Conference of West African Police Chiefs.')).toBe('conference');
    expect(kind('The 14th meeting of the Conference of Border Guard Chiefs was held in Accra.')).toBe('meeting');
  });

  it('reads a reception of a guest as a meeting when no noun names the event ("received in Doha a delegation"), but not a letter received', () => {
    const guest = parsePressRelease('Doha, 3 May 2025 - The Minister of State for Defence Affairs received in Doha a delegation of the Kenyan intelligence service and discussed regional security.');
    expect(guest.event.kind).toBe('meeting');
    const letter = parsePressRelease('Doha, 3 May 2025 - The ministry received a letter from the Kenyan intelligence service about regional security.');
    expect(letter.event.kind).toBe('other');
  });

  it('reads a retreat or lekgotla of officials as a meeting, and a roundtable or indaba as a conference', () => {
    expect(kind('ARUSHA - A two-day closed-door retreat of police chiefs from the region ended in Arusha on Sunday.')).toBe('meeting');
    expect(kind('PRETORIA - The security cluster lekgotla of senior officials took place in Pretoria.')).toBe('meeting');
    expect(kind('LAGOS - A roundtable of intelligence analysts was held in Lagos on Monday.')).toBe('conference');
    expect(kind('CAPE TOWN - The Border Security Indaba brought together officials from ten states in Cape Town.')).toBe('conference');
  });

  it('reads no event from a press or news conference ("said at a press conference after the signing"), but from the meeting it follows', () => {
    expect(kind('TEGUCIGALPA - The two ministers signed an agreement on border patrols on Monday. "We will act together," one said at a press conference after the signing.')).toBe('other');
    expect(kind('TEGUCIGALPA - The border security meeting ended on Monday. The ministers then spoke at a news conference.')).toBe('meeting');
  });

  it('reads a reception as a meeting past an abbreviated rank and a place adverbial ("received Maj. Gen. X, Chief of ...", "received in his office today the visiting Y")', () => {
    expect(kind('MANAMA, Nov 3 (BNA) -- The Interior Minister received Brig. Gen. Salim Al Harthy, Director of Border Security of Oman.')).toBe('meeting');
    expect(kind("KUWAIT, Nov 3 (KUNA) -- The Interior Minister received in his office today Jordan's Interior Minister Mazen Al-Faraya.")).toBe('meeting');
  });
});
