import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const countries = (text: string): readonly string[] => parsePressRelease(text).event.participants.countries;

describe('participants', () => {
  it('lists the countries of the heads of services who came ("police commissioners from A, B and C")', () => {
    const rec = parsePressRelease('Nairobi hosted the meeting, which brought together police commissioners from Uganda, Rwanda and Burundi.');
    expect(rec.event.participants.countries).toEqual(['BI', 'KE', 'RW', 'UG']);
  });

  it('reads "the heads and delegations of the special services of A, B ... and Z", with the host', () => {
    expect(parseRelease('ankara-conference').event.participants.countries).toEqual(['AZ', 'HU', 'KG', 'KZ', 'TR', 'UZ']);
  });

  it('reads "Delegations from A, B and C will take part"', () => {
    expect(parseRelease('minsk-announcement').event.participants.countries).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']);
  });

  it('reads "Countries participating in the meeting were ..."', () => {
    expect(countries('Countries participating in the meeting were Algeria, Kuwait, Lebanon and the United Arab Emirates.')).toEqual(['AE', 'DZ', 'KW', 'LB']);
  });

  it('reads the countries of named officials and services', () => {
    expect(countries('The plan was agreed in Grodno at a working meeting between the director of the Russian Foreign Intelligence Service and the chairman of the KGB of Belarus.')).toEqual(['BY', 'RU']);
    expect(countries('The talks were opened by the Minister of Defence of the Republic of Tajikistan.')).toEqual(['TJ']);
    expect(countries('The Russian and Belarusian special services agreed to work together.')).toEqual(['BY', 'RU']);
  });

  it('gives a service name shared by several countries to the one the context names', () => {
    expect(countries('A cooperation agreement was signed between Azerbaijan\'s State Security Service and the Uzbek State Security Service.')).toEqual(['AZ', 'UZ']);
  });

  it('does not count countries named as places or subjects', () => {
    const record = parseRelease('dushanbe-range');
    expect(record.event.participants.countries).toEqual(['TJ']);
    expect(countries('The heads discussed the situation in Syria and Iraq in Astana.')).toEqual(['KZ']);
  });

  it('lists intergovernmental bodies named among those taking part', () => {
    const record = parsePressRelease('Delegates of Europol, NATO and the United Nations Office on Drugs and Crime took part in the meeting in Bucharest as observers.');
    expect(record.event.participants.organizations).toEqual(['Europol', 'NATO', 'UNODC']);
  });

  it('reads countries that are the subject of a verb of meeting or agreeing', () => {
    expect(countries('Pakistan and China agreed to enhance intelligence sharing during talks held in Islamabad.')).toEqual(['CN', 'PK']);
  });

  it('reads "Saudi Arabia and the UAE" as two countries of one list', () => {
    expect(countries('The meeting was attended by delegations from Bahrain, Saudi Arabia and the UAE.')).toEqual(['AE', 'BH', 'SA']);
  });

  it('does not take the country in a sea named after it for a participant', () => {
    expect(countries('The intelligence chiefs discussed maritime security in the South China Sea and the Gulf of Aden.')).toEqual([]);
  });

  it('reads the countries of "counterparts" and "colleagues" from a list', () => {
    expect(countries('The Director of the National Intelligence Service welcomed counterparts from Rwanda, Burundi and Tanzania to the regional meeting in Kampala.')).toEqual(['BI', 'RW', 'TZ', 'UG']);
  });

  it('does not take a service that is only spoken of for a participant', () => {
    expect(countries('The heads of the security services of Kazakhstan and Kyrgyzstan met in Astana. The chairman accused the CIA and MI6 of stirring unrest in the region.')).toEqual(['KG', 'KZ']);
    expect(countries('Deputy Chairman of the State Security Service of Uzbekistan Bakhodir Kurbanov summed up the results of the session in Tashkent.')).toEqual(['UZ']);
  });

  it('reads the countries of delegates, experts and ministers from a list', () => {
    expect(countries('The conference in Nairobi gathered more than 150 delegates from Ethiopia, Somalia and Uganda.')).toEqual(['ET', 'KE', 'SO', 'UG']);
    expect(countries('Counter-narcotics experts from Chile and Peru met in Lima on Tuesday.')).toEqual(['CL', 'PE']);
  });

  it('reads a hyphenated pair of countries as one: a border between them is a subject, a commission of both takes part', () => {
    const text = 'Delegations from Armenia and Russia met in Astana. The participants reviewed the situation on the Tajik-Afghan border.';
    expect(countries(text)).toEqual(['AM', 'KZ', 'RU']);
    expect(parsePressRelease(text).event.subjectCountries).toEqual(['AF', 'TJ']);
    expect(countries('Delegations of the Kyrgyz-Tajik intergovernmental commission met in Bishkek.')).toEqual(['KG', 'TJ']);
  });

  it('reads a country name used as an adjective like a demonym: "the US delegation", "New Zealand officials"', () => {
    expect(countries('The US delegation met its Kenyan counterparts in Nairobi.')).toEqual(['KE', 'US']);
    expect(countries('New Zealand officials met their Fijian counterparts in Suva.')).toEqual(['FJ', 'NZ']);
    expect(countries('Lao Minister of Public Security Vilay Lakhamphong held talks with his Chinese counterpart in Beijing.')).toEqual(['CN', 'LA']);
    expect(countries('The situation in Syria forces both sides to act, the ministers said in Baku.')).toEqual(['AZ']);
  });

  it('reads the countries an exercise or talks are "between", but not a border between two countries', () => {
    expect(countries('The joint exercise "Warrior-IX" between the armed forces of Pakistan and China concluded on Wednesday.')).toEqual(['CN', 'PK']);
    expect(countries('The talks discussed the situation on the border between Kazakhstan and Kyrgyzstan. Delegations from Russia and Belarus met in Minsk.')).toEqual(['BY', 'RU']);
  });

  it('lists no body that is the event itself or another event ("took part in the INTERPOL European Regional Conference")', () => {
    const bodies = (text: string): readonly string[] => parsePressRelease(text).event.participants.organizations;
    expect(bodies('Police chiefs and delegates of Europol took part in the INTERPOL European Regional Conference in Vienna on Tuesday.')).toEqual(['Europol']);
    expect(bodies('The minister received the visiting officials of Europol on Monday to discuss preparations for the 94th INTERPOL General Assembly.')).toEqual(['Europol']);
  });

  it('adds the country of a person who took part, hosted, signed or spoke ("Oman\'s Inspector General of Police ... attended")', () => {
    const rec = parsePressRelease("Oman's Inspector General of Police and Customs Hassan Al-Shuraiqi attended the talks in Riyadh on Monday.");
    expect(rec.people.map((p) => [p.country, p.roles])).toEqual([['OM', ['participant']]]);
    expect(rec.event.participants.countries).toEqual(['OM', 'SA']);
    expect(rec.event.subjectCountries).toEqual([]);
  });

  it('takes a country after "threats (emanating) from" or "discussed" as a subject, though "heads" or "chiefs" stand before it', () => {
    const rec = parsePressRelease('The chiefs of the border services in Astana discussed threats emanating from Syria and Iraq.');
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['KZ'], ['IQ', 'SY']]);
    expect(countries('Regional intelligence chiefs weigh terror threats from Libya')).toEqual([]);
    expect(countries('Delegations from Ghana and Togo met in Lome.')).toEqual(['GH', 'TG']);
  });

  it('takes part the members of a group listed with "made up of" in a sentence about who attends', () => {
    expect(countries('The workshop will be attended by police commissioners of the regional committee bureau, made up of Zambia, Namibia and Angola.')).toEqual(['AO', 'NA', 'ZM']);
  });

  it('takes part the countries that are the subject of "agreed" or "met" after a day ("A and B on Friday agreed")', () => {
    const rec = parsePressRelease('Vietnam and Indonesia on Friday agreed to share intelligence on maritime crime.');
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['ID', 'VN'], []]);
  });

  it('takes a possessive after "discuss" as what is discussed ("to discuss Iran\'s military programme")', () => {
    const rec = parsePressRelease("The security advisers of France and Germany met in Berlin on Monday to discuss Iran's military drone exports.");
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['DE', 'FR'], ['IR']]);
  });

  it('takes the countries of "talks over A-B military ties" as subjects, the whole compound read with its lead', () => {
    const rec = parsePressRelease('Spy chiefs of Japan and Australia hold talks over China-Russia military ties');
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['AU', 'JP'], ['CN', 'RU']]);
  });

  it('takes part the country after a person\'s name ("Brigadier Ana Lopes of Portugal") in a sentence about who was present', () => {
    const rec = parsePressRelease('The workshop opened in Lisbon on Monday. Also present were the Europol liaison chief and Brigadier General Ana Lopes of Brazil.');
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['BR', 'PT'], []]);
  });

  it('lists a body named in a sentence about signing ("ASEANAPOL and AFRIPOL sign a memorandum")', () => {
    const bodies = parsePressRelease('ASEANAPOL and AFRIPOL sign a memorandum of understanding in Kuala Lumpur on Monday.').event.participants.organizations;
    expect([...bodies].sort()).toEqual(['AFRIPOL', 'ASEANAPOL']);
  });
  it('reads "the Kingdom" / "the Sultanate" as the country the release comes from (dateline or outlet) when it calls itself so', () => {
    expect(countries('Rabat, 12 May 2025 - The Kingdom\'s delegation, headed by a senior police general, attended the regional conference on cybercrime in Kigali.')).toEqual(['MA', 'RW']);
    expect(countries('MUSCAT, June 2 (ONA) -- The Sultanate took part in the talks on maritime security held in Nairobi.')).toEqual(['KE', 'OM']);
    // No dateline: the one country named that calls itself a kingdom.
    expect(countries('Police chiefs from Jordan and Iraq met in Baghdad. The Kingdom\'s delegation pledged closer cooperation.')).toEqual(['IQ', 'JO']);
  });

  it('does not read "the Kingdom" where no kingdom is the home country or the only one named, nor "the Kingdom of X" as the home country', () => {
    expect(countries('Nairobi, 4 May 2025 - The Kingdom\'s delegation took part in the meeting in Kampala.')).toEqual(['UG']);
    expect(countries('The meeting in Kampala discussed hashish smuggled from Morocco through Spain. The Kingdom\'s delegation took part.')).toEqual(['UG']);
    expect(countries('Riyadh, 4 May 2025 - A delegation of the Kingdom of Bahrain took part in the meeting in Kuwait City.')).toEqual(['BH', 'KW']);
  });
  it('takes no country from an acronym that the organisations step gave none, when the text never names the table\'s country', () => {
    const rec = parsePressRelease(
      'Doha, 3 February 2025 – A delegation from Nepal\'s National Investigation Department visited Qatar\'s National Counter-Terrorism Committee (NCTC) on Monday.',
    );
    expect(rec.event.participants.countries).toEqual(['NP', 'QA']);
  });

  it('gives an acronym several services share the country the organisations step gave it, not another bearer\'s', () => {
    const rec = parsePressRelease('CAIRO, 2 March 2025 (MENA) – The regional meeting, chaired by GIS Director Hassan Rashad, discussed the crisis on the border.');
    expect(rec.event.participants.countries).toEqual(['EG']);
    expect(rec.event.host).toEqual({ country: 'EG', organization: 'General Intelligence Service' });
  });

  it('takes no part from a service that is the subject matter ("attacks commissioned by Russian intelligence services")', () => {
    expect(countries('Riga, 2 May 2025. The heads of the services of Latvia and Estonia met in Riga on Thursday. They reviewed sabotage commissioned by Russian intelligence services and the activities of Chinese intelligence in the region.')).toEqual(['EE', 'LV']);
  });

  it('takes no part from what the participants discussed, unless a word of taking part follows the verb', () => {
    expect(countries('Riga, 2 May 2025. The heads of the services of Latvia and Estonia met in Riga. The participants also discussed the consequences of Iran\'s support for Russia.')).toEqual(['EE', 'LV']);
    expect(countries('Riga, 2 May 2025. The heads of the services of Latvia and Estonia met in Riga. The participants discussed cooperation with the delegations of Lithuania and Poland.')).toEqual(['EE', 'LT', 'LV', 'PL']);
  });

  it('takes no part from the country whose neighbours meet, nor from a list invited to the next meeting', () => {
    expect(countries('NIAMEY, 4 March 2025 – The heads of the intelligence services of Mali\'s neighbouring countries, including Niger and Algeria, met in Niamey.')).toEqual(['DZ', 'NE']);
    expect(countries('Riga, 2 May 2025. The heads of the services of Latvia and Estonia met in Riga. Poland and Lithuania, which joined the platform recently, will be invited to the next meeting.')).toEqual(['EE', 'LV']);
  });

  it('takes no body that is named as a place ("on the territory of the European Union", "the EU\'s eastern border")', () => {
    const rec = parsePressRelease('Warsaw, 2 May 2025. The heads of the services of Poland and Lithuania met on Tuesday to discuss arson on the territory of the European Union and pressure on the EU\'s eastern border.');
    expect(rec.event.participants.organizations).toEqual([]);
  });

  it('reads a country\'s name before "border forces" as taking part, as before "security forces"', () => {
    expect(countries('AGARTALA, 3 May 2025 – Bangladesh and India border forces held their coordination conference in Agartala on Monday.')).toEqual(['BD', 'IN']);
  });

  it('takes no part from a country whose officials "were not invited"', () => {
    expect(countries('Bishkek, 4 April 2025. The secretaries of the security councils of Kazakhstan, Kyrgyzstan and Tajikistan met in Bishkek. Representatives of Turkmenistan were not invited.')).toEqual(['KG', 'KZ', 'TJ']);
    expect(countries('Bishkek, 4 April 2025. The chiefs of Kazakhstan, Kyrgyzstan and Tajikistan met in Bishkek. Turkmenistan and Afghanistan were not invited.')).toEqual(['KG', 'KZ', 'TJ']);
  });

  it('keeps a body that hosts the event among the bodies taking part, as the host country is among the countries', () => {
    const rec = parsePressRelease('KAMPALA, 9 October 2024 – The Eastern Africa Police Chiefs Cooperation Organization (EAPCCO) on Tuesday opened its 26th annual general meeting in Kampala, with police chiefs from 14 member countries.');
    expect(rec.event.host?.organization).toBe('Eastern Africa Police Chiefs Cooperation Organization');
    expect(rec.event.participants.organizations).toEqual(['EAPCCO']);
  });

  it('does not take a body named in a clause that only characterises something ("listed as a terrorist group by A and the EU") for a participant', () => {
    const rec = parsePressRelease('The intelligence chiefs of Iraq and Jordan met in Amman to discuss the group, listed as a terrorist organisation by Canada and the EU.');
    expect(rec.event.participants.organizations).toEqual([]);
    const joined = parsePressRelease('The intelligence chiefs of Iraq and Jordan met in Amman, joined by Canada and the EU.');
    expect(joined.event.participants.organizations).toEqual(['EU']);
  });
  it('does not read a list in a relative clause after the cue ("chiefs ... met on the group, which A and B have designated ...") as taking part', () => {
    expect(countries('Intelligence chiefs of Mali and Senegal met in Dakar on the group, which Canada and France have designated a terrorist organisation.')).toEqual(['ML', 'SN']);
    expect(countries('Intelligence chiefs of Mali and Senegal met in Dakar on the group, which Canada and France have long fought.')).toEqual(['ML', 'SN']);
  });
  it('does not read the country inside an outlet\'s name ("the Qatar News Agency reported") as taking part or as a subject', () => {
    const rec = parsePressRelease('The police chiefs of Oman and Yemen met in Salalah on Sunday, the Qatar News Agency reported.');
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['OM', 'YE'], []]);
    // The country named on its own still counts.
    expect(countries('The police chiefs of Oman, Yemen and Qatar met in Salalah on Sunday.')).toEqual(['OM', 'QA', 'YE']);
  });
  it('does not read the country inside a body\'s name as taking part ("the Community of Police of America")', () => {
    const rec = parsePressRelease('Police commanders of the Community of Police of America met in Asunción for their annual summit, hosted by Paraguay.');
    expect(rec.event.participants.countries).toEqual(['PY']);
    expect(rec.event.participants.organizations).toEqual(['AMERIPOL']);
  });

  it('does not take a list named with a cue but said to have stayed away ("Delegations from A and B did not attend")', () => {
    expect(countries('Police chiefs from Ghana and Togo met in Lome. Delegations from Benin and Niger did not attend.')).toEqual(['GH', 'TG']);
    expect(countries('Police chiefs from Ghana and Togo met in Lome. Delegations from Benin and Niger also attended.')).toEqual(['BJ', 'GH', 'NE', 'TG']);
  });
  it('reads a headline\'s present "Oman takes part in ...", "Oman attends ..." as taking part', () => {
    const body = '\n\nDOHA, May 6 -- The meeting of the GCC coast guard chiefs was held in Doha on Tuesday.';
    expect(countries(`Oman takes part in Gulf coast guard meeting${body}`)).toEqual(['OM', 'QA']);
    expect(countries(`Oman attends Gulf coast guard meeting${body}`)).toEqual(['OM', 'QA']);
    expect(countries(`Oman and the smuggling routes of the Gulf${body}`)).toEqual(['QA']);
  });

  it('makes the partner in the name of a bilateral event of the release\'s kind take part ("hosted the Malaysia-Thailand border security dialogue"), not one in a compound discussed', () => {
    const held = parsePressRelease('KUALA LUMPUR - Malaysia\'s National Security Council hosted the Malaysia-Thailand border security dialogue in Kuala Lumpur on Monday with its counterparts.');
    expect(held.event.participants.countries).toEqual(['MY', 'TH']);
    expect(held.event.subjectCountries).toEqual([]);
    const discussed = parsePressRelease('HANOI - Vietnamese and Lao police chiefs held talks in Hanoi on the Cambodia-Thailand border talks.');
    expect(discussed.event.participants.countries).toEqual(['LA', 'VN']);
  });

  it('makes the partner in a bilateral series an edition\'s ordinal opens take part ("co-chaired the 7th Malaysia-Thailand Joint Commission on Border Security"), not another edition spoken of', () => {
    const chaired = parsePressRelease("PUTRAJAYA - Malaysia's Home Minister co-chaired the 7th Malaysia-Thailand Joint Commission on Border Security in Putrajaya.");
    expect(chaired.event.participants.countries).toEqual(['MY', 'TH']);
    const recalled = parsePressRelease(
      "PUTRAJAYA - Malaysia's Home Minister met Indonesian police chiefs in Putrajaya on Monday. He recalled that the 8th Malaysia-Thailand Joint Commission on Border Security was postponed.",
    );
    expect(recalled.event.participants.countries).toEqual(['ID', 'MY']);
  });

  it('reads a list past an item no table knows ("Croatia, Kosovo, Montenegro and Serbia")', () => {
    const rec = parsePressRelease(
      'The meeting in Tirana brought together interior ministers and deputy ministers from Albania, Bosnia and Herzegovina, Croatia, Kosovo, Montenegro, North Macedonia and Serbia, as well as officials of Frontex.',
    );
    expect([rec.event.participants.countries, rec.event.subjectCountries]).toEqual([['AL', 'BA', 'HR', 'ME', 'MK', 'RS'], []]);
  });
});
