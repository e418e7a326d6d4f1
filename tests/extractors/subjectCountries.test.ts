import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const subjects = (text: string): readonly string[] => parsePressRelease(text).event.subjectCountries;

describe('subjectCountries', () => {
  it('reads "the situation in Syria and Iraq"', () => {
    expect(parseRelease('ankara-conference').event.subjectCountries).toEqual(['IQ', 'SY']);
  });

  it('reads "the situation in Afghanistan" and "revanchist forces in Armenia"', () => {
    expect(parseRelease('tashkent-talks').event.subjectCountries).toEqual(['AF']);
    expect(subjects('The chief of the Azerbaijani service met his counterparts in Baku and said that revanchist forces in Armenia remain active.')).toEqual(['AM']);
  });

  it('leaves out participants, the venue and the place of other activities', () => {
    expect(subjects('The 40th meeting of the SCO RATS Council was held in Tashkent. Exercises are set to take place in India, and trainings will be held in 2025 in China.')).toEqual([]);
    expect(parseRelease('dushanbe-range').event.subjectCountries).toEqual([]);
  });

  it('keeps a participant that the text discusses as a place', () => {
    expect(subjects('The special services of Afghanistan, Iran and Pakistan met in Tashkent to discuss security in Afghanistan and the drug trade in Afghanistan.')).toEqual(['AF']);
  });

  it('does not read a sea, gulf or peninsula named after a country as that country', () => {
    expect(subjects('The directors discussed piracy in the Gulf of Guinea, patrols in the South China Sea and the situation on the Korean Peninsula.')).toEqual([]);
    expect(subjects('The directors discussed piracy in the Gulf of Guinea and the situation in Mali.')).toEqual(['ML']);
  });

  it('leaves out the country of another event\'s venue, but keeps a place discussed', () => {
    expect(subjects('Delegations of Kenya and Uganda met in Kampala. The meeting followed a similar gathering in Addis Ababa, Ethiopia, last year.')).toEqual([]);
    expect(subjects('Delegations of Kenya and Uganda met in Kampala to discuss the attacks in Mogadishu, Somalia.')).toEqual(['SO']);
  });

  it('reads Gaza and the West Bank as Palestine', () => {
    expect(subjects('The heads of the services of Egypt and Jordan met in Cairo to discuss the situation in Gaza and the West Bank.')).toEqual(['PS']);
  });

  it('takes no subject from the seat of a body ("based in Gaborone, Botswana")', () => {
    expect(subjects('The memorandum was signed in Lusaka on Friday. SARPCCO is based in Gaborone, Botswana, and has sixteen members.')).toEqual([]);
    expect(subjects('The memorandum was signed in Lusaka on Friday. The two sides discussed the border with Botswana.')).toEqual(['BW']);
  });

  it('reads the short forms "N. Korea" and "S. Korea" of a headline as the two Koreas', () => {
    const rec = parsePressRelease('S. Korea, Japan spy chiefs hold talks over N. Korea missiles\n\nSEOUL, Nov. 5 (Yonhap) -- The spy chiefs of South Korea and Japan held talks in Seoul on Wednesday.');
    expect(rec.event.participants.countries).toEqual(['JP', 'KR']);
    expect(rec.event.subjectCountries).toEqual(['KP']);
  });
  it('leaves out countries in a clause that only characterises something: "designated as ... by A, B and C", "banned in A and B"', () => {
    expect(
      subjects('The police chiefs of Kenya and Somalia met in Nairobi to discuss al-Shabaab, designated a terrorist group by Canada, Australia and the United Kingdom, and its recruiting in Somalia.'),
    ).toEqual([]);
    expect(subjects('The services of Malaysia and Indonesia met in Jakarta on Jemaah Islamiyah, a network outlawed in Singapore and the Philippines.')).toEqual([]);
  });

  it('still reads a country after "by" or "in" where no designating or banning word stands before it', () => {
    expect(subjects('The police chiefs of Kenya and Somalia met in Nairobi to discuss the attacks claimed by militants from Ethiopia.')).toEqual(['ET']);
    expect(subjects('The services of Malaysia and Indonesia met in Jakarta to discuss a network active in Singapore and the Philippines.')).toEqual(['PH', 'SG']);
  });
  it('leaves out countries "recognised as extremist in A and B" and countries that "have designated" something', () => {
    expect(subjects('The services of Tajikistan and Kyrgyzstan met in Dushanbe on Jamaat Ansarullah, recognised as extremist in Russia and Kazakhstan, and on Afghanistan.')).toEqual(['AF']);
    expect(subjects('The police chiefs of Mali and Senegal met in Dakar on the group, which Canada, France and Japan have designated a terrorist organisation, and on Libya.')).toEqual(['LY']);
  });
  it('leaves out countries said to have stayed away, after an aside or not ("Bolivia, suspended since 2019, did not attend")', () => {
    expect(subjects('Intelligence chiefs of Chile and Peru met in Lima. Bolivia, suspended from the forum since 2019, did not attend.')).toEqual([]);
    expect(subjects('Police chiefs of Ghana and Togo met in Lome. Mali and Niger were not represented.')).toEqual([]);
    // Said of them otherwise, they are discussed.
    expect(subjects('Police chiefs of Ghana and Togo met in Lome. Mali and Niger face attacks from armed groups.')).toEqual(['ML', 'NE']);
  });

  it('reads a country after "organised crime in" as discussed: the adjective names no venue', () => {
    const subjects = (text: string): unknown => parsePressRelease(text).event.subjectCountries;
    expect(subjects('The police chiefs of Brazil and Peru met in Lima and discussed organised crime in Colombia.')).toEqual(['CO']);
    expect(subjects('The police chiefs of Brazil and Peru met in Lima on the fight against organized criminal groups in Ecuador.')).toEqual(['EC']);
    // A verb of holding still names a venue: "a workshop to be organised in Bolivia" is no country discussed.
    expect(subjects('The police chiefs of Brazil and Peru met in Lima and agreed on a workshop to be organised in Bolivia.')).toEqual([]);
  });

  it('does not read a list invited to the next meeting as discussed', () => {
    expect(subjects('Riga, 2 May 2025. The heads of the services of Latvia and Estonia met in Riga to discuss Belarus. Poland and Lithuania, which joined the platform recently, will be invited to the next meeting.')).toEqual(['BY']);
  });
});
