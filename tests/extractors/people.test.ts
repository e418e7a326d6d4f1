import { describe, expect, it } from 'vitest';
import { parsePressRelease, type PressRecord, type Span } from '../../src/index.js';
import { APPOSITION_AND_VARIANTS, BILATERAL_TALKS, DEMONYMS_AND_INITIALS, NO_PEOPLE, QUOTES_AND_SCARE_QUOTES } from '../fixtures/entities/releases.js';

const at = (rec: PressRecord, span: Span): string => rec.text.slice(span.start, span.end);
const person = (rec: PressRecord, name: string) => {
  const p = rec.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(rec.people.map((x) => x.name))}`);
  return p;
};

describe('people extractor', () => {
  it('gives a person found by rank the country of the demonym or possessive right before the rank ("Fiji\'s Police Commissioner X", "Kenyan Colonel X")', () => {
    const rec = parsePressRelease("Fiji's Police Commissioner Rusiate Tudravu welcomed the delegates, and Kenyan Colonel James Mwangi thanked the hosts.");
    expect(rec.people.map((p) => [p.name, p.rank, p.country])).toEqual([
      ['Rusiate Tudravu', 'Police Commissioner', 'FJ'],
      ['James Mwangi', 'Colonel', 'KE'],
    ]);
    expect(parsePressRelease('The delegation met Colonel James Mwangi in Suva.').people[0]?.country).toBeNull();
  });

  it('keeps a middle initial inside a name ("FBI Director Christopher A. Wray"), and merges the name written without it', () => {
    const rec = parsePressRelease(
      'WASHINGTON, 3 April 2025 - FBI Director Christopher A. Wray received the head of the Kenyan Directorate of Criminal Investigations, Mohamed I. Amin, on Thursday. Christopher Wray said the talks were useful, and Amin agreed.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.aliases])).toEqual([
      ['Christopher A. Wray', 'FBI Director', ['Christopher Wray']],
      ['Mohamed I. Amin', 'head of the Kenyan Directorate of Criminal Investigations', ['Amin']],
    ]);
    expect(rec.people[0]?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['Christopher A. Wray', 'Christopher Wray']);
  });

  it('finds a name no table knows as the one met: "received X", "met with X", "held talks with X"', () => {
    const names = (text: string): unknown => parsePressRelease(text).people.map((p) => p.name);
    expect(names('The minister received Tomás Ibarra on Monday. He later held talks with Lucía Ferrer.')).toEqual(['Tomás Ibarra', 'Lucía Ferrer']);
    expect(names('The director met with General Hugo Salinas in Quito.')).toEqual(['Hugo Salinas']);
    // Not the object of another verb, nor an organisation's words.
    expect(names('The talks in Minsk ended with Victory Square closed to traffic. The minister met with Border Guard officials.')).toEqual([]);
    // The one met is the deputy, not the name in the possessive.
    expect(names('The minister met Tomás Ibarra\'s deputy, Vice Minister Luis Paredes.')).toEqual(['Luis Paredes']);
  });

  it('reads the leader of a second delegation written with "led" left out ("and the Mexican delegation by X")', () => {
    const rec = parsePressRelease('The Chilean delegation was led by Interior Minister Carolina Tohá, and the Peruvian delegation by Interior Minister Juan José Santiváñez.');
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Carolina Tohá', 'CL'],
      ['Juan José Santiváñez', 'PE'],
    ]);
  });

  it('reads "the Council" of a title as the council named before ("Secretary General of the Council"), but not "Police"', () => {
    const rec = parsePressRelease(
      'The Council of Arab Interior Ministers met in Tunis. The Secretary General of the Council, Mohamed Koman, opened the session. Inspector General of Police Ali Hassan of Egypt attended.',
    );
    expect(rec.people.map((p) => [p.name, p.organization])).toEqual([
      ['Mohamed Koman', 'Arab Interior Ministers Council'],
      ['Ali Hassan', 'Police'],
    ]);
  });

  it('reads the police superintendent ranks of South Asia and Africa whole ("Senior Superintendent of Police X", "ASP X")', () => {
    const rec = parsePressRelease('Senior Superintendent of Police Grace Akinyi, ASP Hamisi Omar and Deputy Superintendent Brian Kibet led the raid in Mombasa.');
    expect(rec.people.map((p) => [p.name, p.rank])).toEqual([
      ['Grace Akinyi', 'Senior Superintendent of Police'],
      ['Hamisi Omar', 'Assistant Superintendent of Police'],
      ['Brian Kibet', 'Deputy Superintendent of Police'],
    ]);
  });

  it('reads a title written before the name, and a rank after a comma', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    expect(rec.people.map((p) => p.name)).toEqual(['Nurlan Abenov', 'Bakyt Osmonov']);
    const abenov = person(rec, 'Nurlan Abenov');
    expect(abenov).toMatchObject({ rank: null, title: 'Chairman of the National Security Committee', organization: 'National Security Committee', country: 'KZ' });
    expect(abenov.roles).toContain('speaker');
    const osmonov = person(rec, 'Bakyt Osmonov');
    expect(osmonov).toMatchObject({ rank: 'Lieutenant-General', title: 'head of the State Committee for National Security', country: 'KG' });
  });

  it('attaches a later mention by the first of two surnames ("Salas" of "Luis Salas Paredes")', () => {
    const rec = parsePressRelease(
      'The Director of the National Intelligence Directorate of Peru, Luis Salas Paredes, signed the memorandum in Lima. Salas said the two services would meet again in Quito.',
    );
    expect(rec.people.map((p) => [p.name, p.aliases, p.mentions.map((m) => at(rec, m))])).toEqual([['Luis Salas Paredes', ['Salas'], ['Luis Salas Paredes', 'Salas']]]);
  });

  it('attaches a rank and one word of a name, neither first nor last, to the one person of that rank with it ("General Sigit")', () => {
    const rec = parsePressRelease('The Chief of the Indonesian National Police, General Listyo Sigit Prabowo, met Commissioner Reece Kershaw in Jakarta. General Sigit thanked the AFP.');
    expect(rec.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['Listyo Sigit Prabowo', ['Sigit'], 2],
      ['Reece Kershaw', [], 1],
    ]);
    // Of another rank, the word is someone else.
    const two = parsePressRelease('General Listyo Sigit Prabowo met the delegation in Jakarta. Colonel Sigit briefed the press.');
    expect(two.people.map((p) => p.name)).toEqual(['Listyo Sigit Prabowo', 'Sigit']);
  });

  it('takes no honorific before a name for the surname of another person it sounds like ("Sayyid" and "Saud")', () => {
    const rec = parsePressRelease('The talks were attended by Sheikh Nasser Saud Al-Thani, Minister of Interior of Qatar, and Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs of Oman.');
    expect(rec.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['Nasser Saud Al-Thani', [], 1],
      ['Badr bin Hamad Al Busaidi', [], 1],
    ]);
    // Alone, the word may be a surname: "Haji said" is the Haji named before.
    const haji = parsePressRelease('Director General Noordin Haji opened the talks in Nairobi. Haji said the region faced common threats.');
    expect(haji.people.map((p) => [p.name, p.aliases])).toEqual([['Noordin Haji', ['Haji']]]);
  });

  it('attaches later surname mentions with their spans', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    const abenov = person(rec, 'Nurlan Abenov');
    expect(abenov.mentions.map((m) => at(rec, m))).toEqual(['Nurlan Abenov', 'Abenov']);
    expect(abenov.aliases).toEqual(['Abenov']);
  });

  it('reads an apposition, folds a spelling variant and canonicalises a Russian-order rank', () => {
    const rec = parsePressRelease(APPOSITION_AND_VARIANTS);
    expect(rec.people).toHaveLength(1);
    const p = person(rec, 'Farid Gasimli');
    expect(p).toMatchObject({ rank: 'Colonel-General', title: 'Director of the Foreign Intelligence Service', country: 'AZ' });
    expect(p.aliases).toContain('Farid Gasymli');
    expect(p.mentions.map((m) => at(rec, m))).toEqual(['Farid Gasimli', 'Farid Gasymli', 'Director of the Service', 'Gasimli']);
  });

  it('takes the country from a demonym, from "the country\'s" and from an "of X" tail', () => {
    const rec = parsePressRelease(DEMONYMS_AND_INITIALS);
    expect(person(rec, 'Shavkat Mirziyoyev')).toMatchObject({ title: 'President', country: 'UZ' });
    expect(person(rec, 'Timur Rakhimov')).toMatchObject({ title: 'head of the State Security Service', country: 'UZ' });
    expect(person(rec, 'Pavel Sokolov')).toMatchObject({ title: 'Director of the Federal Security Service', country: 'RU' });
  });

  it('merges initial forms into the full name', () => {
    const rec = parsePressRelease(DEMONYMS_AND_INITIALS);
    expect(rec.people).toHaveLength(3);
    expect(person(rec, 'Pavel Sokolov').aliases).toEqual(['P. Sokolov']);
    expect(person(rec, 'Timur Rakhimov').mentions.map((m) => at(rec, m))).toEqual(['Timur Rakhimov', 'T. Rakhimov']);
  });

  it('finds a title and rank written before the name inside a sentence', () => {
    const rec = parsePressRelease(QUOTES_AND_SCARE_QUOTES);
    expect(rec.people).toHaveLength(1);
    expect(person(rec, 'Viktor Lebedev')).toMatchObject({ rank: 'Colonel-General', title: 'Head of the CIS Anti-Terrorism Center', country: null });
  });

  it('invents no person from agencies, places, titles alone or exercise names', () => {
    expect(parsePressRelease(NO_PEOPLE).people).toEqual([]);
    expect(parsePressRelease('The Chief of the Service attended the meeting in Baku.').people).toEqual([]);
    expect(parsePressRelease('Delegations of the Middle East and the Union State met in Moscow.').people).toEqual([]);
    // Words after a connector inside an organisation's name are its words, not a person.
    expect(parsePressRelease('The meeting was opened by the Co-ordinator of OSCE Activities to Address Transnational Threats.').people).toEqual([]);
    // Names of places and armed groups that end in a common noun.
    expect(parsePressRelease('He warned that Islamic State Khorasan Province and the Shabaab Front said they would strike the Lake Chad Basin.').people).toEqual([]);
  });

  it('finds names no table knows in a list of "<name> of <country>" items, each with that country', () => {
    const rec = parsePressRelease('The session in Dushanbe was attended by Daniyar Sultanov of Kyrgyzstan, Rustam Karimov of Uzbekistan and Oleg Petrenko of Belarus.');
    expect(rec.people.map((p) => [p.name, p.country, p.roles])).toEqual([
      ['Daniyar Sultanov', 'KG', ['participant']],
      ['Rustam Karimov', 'UZ', ['participant']],
      ['Oleg Petrenko', 'BY', ['participant']],
    ]);
    expect(rec.event.participants.countries).toEqual(['BY', 'KG', 'TJ', 'UZ']);
    // An organisation of a country is no name.
    expect(parsePressRelease('The Border Service of Kyrgyzstan and the Drug Control Agency of Tajikistan took part.').people).toEqual([]);
  });

  it('invents no person from the name of a diplomatic process, initiative or platform ("the Bali Process met")', () => {
    expect(parsePressRelease('Senior officials of the Bali Process met in Jakarta on Monday.').people).toEqual([]);
    expect(parsePressRelease('Ministers of the Rabat Process said on Tuesday that returns must be dignified.').people).toEqual([]);
    expect(parsePressRelease('The Aqaba Platform met in Amman. The Pacific Dialogue said it welcomed the plan.').people).toEqual([]);
  });

  it('finds a one-word surname before an apposition that a person\'s verb follows ("Otieno, the Director of X, said")', () => {
    const rec = parsePressRelease(
      'DAR ES SALAAM, 9 July 2025 - Border officials of Tanzania and Uganda met in Dar es Salaam. Mwakyusa, the Director of Criminal Investigations of the Tanzania Police Force, said joint patrols would begin in August.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.country, p.roles])).toEqual([
      ['Mwakyusa', 'Director of Criminal Investigations of the Tanzania Police Force', 'TZ', ['speaker']],
    ]);
    expect(at(rec, rec.people[0]?.mentions[0] ?? { start: 0, end: 0 })).toBe('Mwakyusa');
  });

  it('takes no one word before an apposition for a person without a person\'s verb after it, nor a sentence adverb ("Meanwhile, the Director of X, said")', () => {
    const names = (text: string): unknown => parsePressRelease(text).people.map((p) => p.name);
    // A sentence adverb opens the sentence: the title has no name.
    expect(names('KAMPALA, 9 July 2025 - Meanwhile, the Inspector General of Police, told reporters that the roads were safe.')).toEqual([]);
    expect(names('KAMPALA, 9 July 2025 - Separately, the Director General of the Internal Security Organisation, said the threat had grown.')).toEqual([]);
    // No person's verb after the apposition: the one word may be a place's.
    expect(names('Entebbe, the seat of the Commissioner of Aviation Security, hosted the talks.')).toEqual([]);
    expect(names('Mwakyusa, the Director of Criminal Investigations of the Tanzania Police Force, and the delegation toured the border post.')).toEqual([]);
  });

  it('reads a second office after "and" that follows a body\'s name as an office of its own, joined, with the organisation and country of the second ("Chair of WAPCCO and Inspector General of the X")', () => {
    const rec = parsePressRelease('ACCRA, 5 May 2025 - Yaw Boateng, Chairperson of WAPCCO and Inspector General of the Ghana Police Service, welcomed the delegates.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([
      ['Yaw Boateng', 'Chairperson of WAPCCO and Inspector General of the Ghana Police Service', 'Ghana Police Service', 'GH'],
    ]);
    // "and" before a word that is no office goes on with the body's name.
    const one = parsePressRelease('CANBERRA, 5 May 2025 - Jane Ellis, Secretary of the Department of the Prime Minister and Cabinet, welcomed the delegates.');
    expect(one.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Jane Ellis', 'Secretary of the Department of the Prime Minister and Cabinet', 'Department of the Prime Minister and Cabinet'],
    ]);
  });

  it('keeps the modifier of an office whose organisation a table knows after it ("X, Acting Director General of the Y Agency")', () => {
    const rec = parsePressRelease('MOGADISHU, 2 May 2025 - The delegation was received by Fartun Abdi, Acting Director General of the National Intelligence and Security Agency, who briefed it.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Fartun Abdi', 'Acting Director General of the National Intelligence and Security Agency', 'National Intelligence and Security Agency'],
    ]);
    // An organisation written before the office still reads as "office of the organisation".
    const before = parsePressRelease('Somali National Intelligence and Security Agency Deputy Director Ali Farah met the delegation.');
    expect(before.people.map((p) => p.title)).toEqual(['Deputy Director of the National Intelligence and Security Agency']);
  });

  it('reads the police brigadier general rank of the Philippines and Indonesia whole, so that a title before it keeps its holder ("the Director of X, Police Brigadier General Y")', () => {
    const rec = parsePressRelease('CEBU CITY - The Director of the Highway Patrol Group, Police Brigadier General Anthony Aberin, briefed the visitors. Pol. Brig. Gen. Tomas Reyes also attended.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Anthony Aberin', 'Brigadier General of Police', 'Director of the Highway Patrol Group'],
      ['Tomas Reyes', 'Brigadier General of Police', null],
    ]);
  });

  it('takes the organisation written as "of (the) X" right after a name as the person\'s ("Commissioner X of the Y Police", "Deputy Director Z of NISS")', () => {
    const rec = parsePressRelease(
      'NAIROBI, 6 March 2025 - Commissioner General Tsegaye Bekele of the Ethiopian Federal Police briefed the delegates. The Director General of the National Intelligence and Security Service (NISS) of Ethiopia was absent; Deputy Director General Meron Alemu of NISS spoke instead.',
    );
    expect(rec.people.map((p) => [p.name, p.organization, p.country])).toEqual([
      ['Tsegaye Bekele', 'Ethiopian Federal Police', 'ET'],
      ['Meron Alemu', 'National Intelligence and Security Service of Ethiopia', 'ET'],
    ]);
    // Not "the Service" referring back, nor a country after "of", which gives the country alone.
    const other = parsePressRelease('The National Police Service hosted the talks. Colonel Samuel Otieno of the Service and Colonel Ali Hassan of Egypt spoke.');
    expect(other.people.map((p) => [p.name, p.organization, p.country])).toEqual([
      ['Samuel Otieno', null, null],
      ['Ali Hassan', null, 'EG'],
    ]);
  });

  it('gives the country of "his <demonym> counterpart" to a name whose title with a portfolio stands between ("his Chilean counterpart, Interior Minister X")', () => {
    const rec = parsePressRelease('LIMA, 4 April 2025 - The Minister of the Interior received his Chilean counterpart, Interior Minister Tomás Vidal, at the ministry.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Tomás Vidal', 'Interior Minister', 'CL']]);
    // No counterpart before the title: the title alone places no one abroad.
    const own = parsePressRelease('The delegates thanked Interior Minister Tomás Vidal for the talks.');
    expect(own.people.map((p) => [p.name, p.country])).toEqual([['Tomás Vidal', null]]);
  });

  it('reads "<country> was represented by X" as X leading that country\'s side and taking part, and leaves the one represented out of it', () => {
    const rec = parsePressRelease('The workshop opened in Lomé on Monday. Ghana was represented by the Director of the Criminal Investigations Department, Kofi Asante.');
    expect(rec.people.map((p) => [p.name, p.country, p.roles])).toEqual([['Kofi Asante', 'GH', ['participant']]]);
    const absent = parsePressRelease('Dr. Amara Sesay, President of the Commission, represented by Professor Musa Bello, pledged support for the database.');
    expect(absent.people.map((p) => [p.name, p.roles])).toEqual([
      ['Amara Sesay', ['mentioned']],
      ['Musa Bello', ['participant']],
    ]);
  });

  it('reads an apposition after a long name whose articles ("Al-") would make it more than five words ("Sheikh Ali Jaber Al-Ahmad Al-Sabah, Acting Undersecretary of X")', () => {
    const rec = parsePressRelease('The talks were attended by Major General Sheikh Ali Jaber Al-Ahmad Al-Sabah, Acting Undersecretary of the Ministry of Interior, and other officials.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([['Ali Jaber Al-Ahmad Al-Sabah', 'Major-General', 'Acting Undersecretary of the Ministry of Interior']]);
  });

  it('gives the people of a sentence that opens with a side ("On the Omani side, ... attended by X and Y") that side\'s country', () => {
    const rec = parsePressRelease(
      'DOHA, 3 March 2025 (QNA) -- The Minister of Interior received a delegation from Oman. On the Omani side, the meeting was attended by Major General Said Al Harthy, Director of Border Security, and Colonel Nasser Al Rawahi.',
    );
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Said Al Harthy', 'OM'],
      ['Nasser Al Rawahi', 'OM'],
    ]);
    // A side named elsewhere in the sentence opens nothing.
    const later = parsePressRelease('The meeting was attended by Colonel Nasser Al Rawahi, who spoke on the Omani side, and others.');
    expect(later.people.map((p) => [p.name, p.country])).toEqual([['Nasser Al Rawahi', null]]);
  });

  it('reads "Commissioner General" as the office that heads a body of East Africa ("the Commissioner General of the X Prisons Service, Y")', () => {
    const rec = parsePressRelease('DODOMA, 2 June 2025 - The Commissioner General of the Tanzania Prisons Service, Mussa Katungu, and the Commissioner General of Police of Rwanda, Felix Mugabo, opened the course.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.country])).toEqual([
      ['Mussa Katungu', null, 'Commissioner General of the Tanzania Prisons Service', 'TZ'],
      ['Felix Mugabo', null, 'Commissioner General of Police', 'RW'],
    ]);
  });

  it('keeps a last name word that a gazetteer reads as a city after a rank and name words ("Colonel Yusuf Ali Aden,")', () => {
    const names = (text: string): unknown => parsePressRelease(text).people.map((p) => p.name);
    expect(names('Somalia was represented by its deputy director, Colonel Yusuf Ali Aden, who thanked the hosts.')).toEqual(['Yusuf Ali Aden']);
    expect(names('Colonel Yusuf Ali Aden said the port was safe.')).toEqual(['Yusuf Ali Aden']);
    // Not a place after "in", nor one that opens a longer name of its own ("Mogadishu Port Authority").
    expect(names('The delegation met Colonel Yusuf Ali in Aden. Major Abdi Warsame Mogadishu Port Authority chief spoke.')).toEqual(['Yusuf Ali', 'Abdi Warsame']);
  });

  it('gives a deputy the country of the one whose deputy he is ("X of Somalia and his deputy, Colonel Y"; "X\'s deputy, Colonel Y")', () => {
    const rec = parsePressRelease(
      'The talks were attended by Brigadier General Ali Farah of Somalia and his deputy, Colonel Yusuf Warsame. Later, General Hassan Omar of Djibouti met the press; General Omar\'s deputy, Colonel Idriss Ahmed, stayed behind.',
    );
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Ali Farah', 'SO'],
      ['Yusuf Warsame', 'SO'],
      ['Hassan Omar', 'DJ'],
      ['Idriss Ahmed', 'DJ'],
    ]);
    // No one named before in the sentence: "his" refers to no one the text places.
    const alone = parsePressRelease('Brigadier General Ali Farah of Somalia arrived. His deputy, Colonel Yusuf Warsame, followed.');
    expect(alone.people.map((p) => [p.name, p.country])).toEqual([
      ['Ali Farah', 'SO'],
      ['Yusuf Warsame', null],
    ]);
  });

  it('reads "briefed" and "thanked" as speaking ("X briefed the delegates", "Mr Y thanked the hosts")', () => {
    const rec = parsePressRelease('Commissioner Halima Yusuf briefed the delegates on cattle rustling. Tomas Lindqvist thanked the hosts for the visit.');
    expect(rec.people.map((p) => [p.name, p.roles])).toEqual([
      ['Halima Yusuf', ['speaker']],
      ['Tomas Lindqvist', ['speaker']],
    ]);
  });

  it('reads an office held "at" a body no table knows, named by a body\'s noun ("the State Secretary at the Federal Ministry of X, Y")', () => {
    const rec = parsePressRelease('VIENNA, 5 March 2025 - The State Secretary at the Federal Ministry of the Interior, Jörg Leichtfried, opened the conference.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Jörg Leichtfried', 'State Secretary at the Federal Ministry of the Interior', 'Federal Ministry of the Interior'],
    ]);
    // "at" a place is no organisation of the office.
    const place = parsePressRelease('The police chief at Camp Aguinaldo, Colonel Ramon Cruz, welcomed them.');
    expect(place.people.map((p) => [p.name, p.organization])).toEqual([['Ramon Cruz', null]]);
  });

  it('reads a title that goes on over the body it is held in to its holder ("the Director of Public Affairs in the Office of the NSA, Mr X"), with no name in its words', () => {
    const rec = parsePressRelease('ACCRA, 3 June 2025 - The Director of Strategic Communication in the Office of the Minister, Mr Kojo Mensah, read the speech.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([['Kojo Mensah', 'Director of Strategic Communication in the Office of the Minister']]);
    // A name right after the organisation, then a place: the name is still read.
    const named = parsePressRelease('The Chairman of the State Security Service Abdusalom Azizov in Tashkent, Uzbekistan, received the delegation.');
    expect(named.people.map((p) => p.name)).toEqual(['Abdusalom Azizov']);
  });

  it('takes no organisation from a portfolio after a state\'s office nor from a state\'s style ("Minister of the Interior and Administration", "Ambassador to the Kingdom")', () => {
    const rec = parsePressRelease(
      'Warsaw, 5 March 2025 - The Czech Minister of the Interior and Administration, Vit Rakusan, met the British Ambassador to the Kingdom, Anna Clunes, and the Director of the Border Guard Administration, Jan Novak.',
    );
    expect(rec.people.map((p) => [p.name, p.organization])).toEqual([
      ['Vit Rakusan', null],
      ['Anna Clunes', null],
      ['Jan Novak', 'Border Guard Administration'],
    ]);
  });

  it('merges a later bare mention by both surnames into the full name ("Rosa Icela Rodríguez Velázquez" ... "Rodríguez Velázquez said")', () => {
    const rec = parsePressRelease('The Secretary of the Interior, Rosa Icela Rodríguez Velázquez, opened the session. Rodríguez Velázquez said the border plan was on track.');
    expect(rec.people.map((p) => [p.name, p.aliases, p.roles])).toEqual([['Rosa Icela Rodríguez Velázquez', ['Rodríguez Velázquez'], ['host', 'speaker']]]);
    // A mention with a title of its own is another person, though its words end a known name.
    const two = parsePressRelease('Colonel Ahmed Ali Hassan met the press. His father, General Ali Hassan, also spoke.');
    expect(two.people.map((p) => p.name)).toEqual(['Ahmed Ali Hassan', 'Ali Hassan']);
  });

  it('reads the senior and assistant inspector-general ranks of East Africa ("SAIG X", "AIGP Y") after a title', () => {
    const rec = parsePressRelease('Also present were the Commandant of the Rapid Deployment Unit, SAIG Grace Njeri, and the Director of Operations, AIGP Moses Kato.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Grace Njeri', 'Senior Assistant Inspector-General of Police', 'Commandant of the Rapid Deployment Unit'],
      ['Moses Kato', 'Assistant Inspector-General of Police', 'Director of Operations'],
    ]);
  });

  it('reads "Administrator" as the office that heads an agency ("the Administrator of the Drug Enforcement Administration (DEA), X")', () => {
    const rec = parsePressRelease('The delegation was headed by the Administrator of the Drug Enforcement Administration (DEA), Anne Milgram. Milgram said the talks were useful.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.aliases])).toEqual([
      ['Anne Milgram', 'Administrator of the Drug Enforcement Administration', 'Drug Enforcement Administration', ['Milgram']],
    ]);
  });

  it('keeps "Coordinating" before a minister\'s office, and the possessive country before it ("Indonesia\'s Coordinating Minister for X, Y")', () => {
    const rec = parsePressRelease("The minister received Indonesia's Coordinating Minister for Political, Legal and Security Affairs, Djoko Santoso, in Putrajaya.");
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Djoko Santoso', 'Coordinating Minister for Political, Legal and Security Affairs', 'ID']]);
  });

  it('reads an organisation set off by commas between an office and its holder as the office\'s ("the Deputy Inspector General, Uganda Police Force, Mr. X")', () => {
    const rec = parsePressRelease('Also present were the Deputy Inspector General, Uganda Police Force, Mr. Moses Kato, the Director of Criminal Investigations, Mr. Tom Magambo, and others.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([
      ['Moses Kato', 'Deputy Inspector General of the Uganda Police Force', 'Uganda Police Force', 'UG'],
      ['Tom Magambo', 'Director of Criminal Investigations', null, null],
    ]);
    // No holder after the organisation's comma: the office and the organisation stay apart.
    const none = parsePressRelease('The talks were chaired by the Director, Uganda Police Force, which hosted them.');
    expect(none.people).toEqual([]);
  });

  it('reads a body no table knows written before an office and its holder as the office\'s organisation ("Immigration Department director-general Datuk X")', () => {
    const rec = parsePressRelease('Also present was Road Transport Department director-general Datuk Aedy Fadly Ramli, who briefed the minister.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Aedy Fadly Ramli', 'Road Transport Department director-general', 'Road Transport Department'],
    ]);
    // A unit of a known organisation keeps that organisation's reading; no holder after the office, no title.
    const unit = parsePressRelease('The meeting was attended by RATS Executive Committee Director Ruslan Mirzayev.');
    expect(unit.people.map((p) => [p.name, p.organization])).toEqual([['Ruslan Mirzayev', 'SCO Regional Anti-Terrorist Structure']]);
    expect(parsePressRelease('The Road Transport Department director-general said the roads were safe.').people).toEqual([]);
  });

  it('ends a title\'s words at a rank that an honorific follows ("Minister of Interior General Sheikh X")', () => {
    const rec = parsePressRelease("The minister received Qatar's Minister of Interior General Sheikh Khalifa bin Hamad Al Thani in Doha.");
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.country])).toEqual([['Khalifa bin Hamad Al Thani', 'General', 'Minister of Interior', 'QA']]);
  });

  it('reads "Minister Delegate" as one office and a portfolio after "in charge of" as the title\'s ("the Minister Delegate ... in charge of X, Y")', () => {
    const rec = parsePressRelease('DAKAR, 3 June 2025 - The delegation met the Minister Delegate to the Minister of the Interior in charge of Internal Security, Aminata Diop.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Aminata Diop', 'Minister Delegate to the Minister of the Interior in charge of Internal Security', null],
    ]);
    // "in charge of" before lower-case words is no portfolio of the title.
    const lower = parsePressRelease('Colonel Ibrahima Fall, the officer in charge of logistics, met the press.');
    expect(lower.people.map((p) => [p.name, p.title])).toEqual([['Ibrahima Fall', null]]);
  });

  it('keeps the country an office is "for" in the title and does not make it the holder\'s ("the Special Representative for Somalia, X")', () => {
    const rec = parsePressRelease('The Special Representative for Somalia, Anna Berg, spoke. The Minister for Foreign Affairs of Kenya, Musalia Mudavadi, replied.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Anna Berg', 'Special Representative for Somalia', null],
      ['Musalia Mudavadi', 'Minister for Foreign Affairs', 'KE'],
    ]);
  });

  it('reads "Special Agent in Charge" as an office, so its holder after a comma is found and joined to the list that takes part', () => {
    const rec = parsePressRelease('On the U.S. side, the Ambassador to Mexico, Ronald Johnson, and the FBI Special Agent in Charge for Mexico, Laura Price, took part.');
    expect(rec.people.map((p) => [p.name, p.title, p.roles])).toEqual([
      ['Ronald Johnson', 'Ambassador to Mexico', ['participant']],
      ['Laura Price', 'FBI Special Agent in Charge for Mexico', ['participant']],
    ]);
  });

  it('reads a body no table knows set off by commas between an office and its holder as the office\'s ("the Deputy Director, Kenya Prisons Service, Mr. X")', () => {
    const rec = parsePressRelease('Also present were the Deputy Director, Kenya Prisons Service, Mr. Peter Mbugua, the Director of Training, Ms. Ann Kariuki, and others.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([
      ['Peter Mbugua', 'Deputy Director of the Kenya Prisons Service', 'Kenya Prisons Service', 'KE'],
      ['Ann Kariuki', 'Director of Training', null, null],
    ]);
    // Words with no organisation's noun are no body ("the Director, Western Region, Mr. X").
    const region = parsePressRelease('Also present was the Director, Western Region, Mr. Paul Otieno.');
    expect(region.people.map((p) => [p.name, p.organization])).toEqual([['Paul Otieno', null]]);
  });

  it('gives the head of a delegation written with a modified office before the name the delegation\'s organisation ("a delegation from X led by the Deputy Inspector General, Maj. Gen. Y")', () => {
    const rec = parsePressRelease('The minister received a delegation from the Uganda Police Force led by the Deputy Inspector General, Maj. Gen. Moses Tumwine, on Monday.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([['Moses Tumwine', 'Deputy Inspector General', 'Uganda Police Force', 'UG']]);
  });

  it('makes every member a delegation "included" take part, with the delegation\'s country, however long the list ("The Maldivian delegation included A, Director of X, and B")', () => {
    const rec = parsePressRelease(
      'The Maldivian delegation included Deputy Commissioner of Police Hussain Rasheed, Director of the Counter Terrorism Department, and Chief Superintendent Ahmed Nazim.',
    );
    expect(rec.people.map((p) => [p.name, p.country, p.roles])).toEqual([
      ['Hussain Rasheed', 'MV', ['participant']],
      ['Ahmed Nazim', 'MV', ['participant']],
    ]);
    // "included" after no delegation's noun gives neither.
    const agenda = parsePressRelease('The agenda included a briefing by Chief Superintendent Ahmed Nazim.');
    expect(agenda.people.map((p) => [p.name, p.country, p.roles])).toEqual([['Ahmed Nazim', null, ['mentioned']]]);
  });

  it('makes one who "graced" the occasion take part ("X, who graced the occasion, ...")', () => {
    const rec = parsePressRelease('The Interior Cabinet Secretary, Hon. Grace Wambui, who graced the passing-out parade, inspected the guard of honour.');
    expect(rec.people.map((p) => [p.name, p.roles])).toEqual([['Grace Wambui', ['participant']]]);
  });

  it('finds a name no table knows from a speech verb after it', () => {
    const rec = parsePressRelease('Security cooperation was discussed in Riga. Andris Kalnins said the region needed stronger ties.');
    expect(rec.people.map((p) => p.name)).toEqual(['Andris Kalnins']);
    expect(rec.people[0]?.roles).toEqual(['speaker']);
  });

  it('reads an agency written before the office, with the country of a possessive', () => {
    const rec = parsePressRelease("Kenya's National Intelligence Service Director-General Daniel Otieno opened the meeting in Nairobi.");
    expect(rec.people).toEqual([
      expect.objectContaining({ name: 'Daniel Otieno', title: 'Director-General of the National Intelligence Service of Kenya', organization: 'National Intelligence Service of Kenya', country: 'KE' }),
    ]);
  });

  it('keeps the modifier of an office, and reads abbreviated ranks and honorifics', () => {
    const rec = parsePressRelease('Interior Minister Omar Haddad met Gen. Samir Khalil. Mr. Karim Nasser, the Secretary of the Committee, presented the report.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Omar Haddad', null, 'Interior Minister'],
      ['Samir Khalil', 'General', null],
      ['Karim Nasser', null, 'Secretary of the Committee'],
    ]);
  });

  it('keeps particles inside a name given in apposition', () => {
    const rec = parsePressRelease('The talks were chaired by Sheikh Hamad bin Khalid Al Thani, National Security Adviser of Qatar.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Hamad bin Khalid Al Thani', 'National Security Adviser', 'QA']]);
  });

  it('reads two offices held together, a possessive country, an honorific and a long name with Al- parts', () => {
    const rec = parsePressRelease("Bahrain's Deputy Prime Minister and Minister of Interior Sheikh Salman Al-Khalid Al-Rashid said the meeting was timely.");
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Salman Al-Khalid Al-Rashid', 'Deputy Prime Minister and Minister of Interior', 'BH'],
    ]);
  });

  it('takes no person from a byline', () => {
    const rec = parsePressRelease('By Dr. Maria Gonzalez\nBOGOTA - Intelligence chiefs met on Monday. Andres Rojas said the talks went well.');
    expect(rec.people.map((p) => p.name)).toEqual(['Andres Rojas']);
  });

  it('reads a lower-case office after the agency and before a rank, and writes it as "office of the agency"', () => {
    const rec = parsePressRelease('The guests were received by the State Security Committee of the Republic of Belarus chief General Colonel Pavel Kozlov in Minsk.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.country])).toEqual([['Pavel Kozlov', 'Colonel-General', 'chief of the State Security Committee', 'BY']]);
  });

  it('gives a name found by its rank the title of the apposition after it, and reads rank words inside agency names', () => {
    const rec = parsePressRelease(
      'Talks were held with Lieutenant-General Erlan Dosov, head of the State Committee for National Security of Kyrgyzstan in Bishkek, and with Director of the General Delegation for National Intelligence of Senegal, Major-General Amadou Sow.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.country])).toEqual([
      ['Erlan Dosov', 'Lieutenant-General', 'head of the State Committee for National Security', 'KG'],
      ['Amadou Sow', 'Major-General', 'Director of the General Delegation for National Intelligence', 'SN'],
    ]);
  });

  it('keeps an Arabic article with the surname, so "Al-Rashid said" is the person named before', () => {
    const rec = parsePressRelease('Director of the General Intelligence Department of Jordan Faisal Al-Rashid opened the talks. "We will act together against every threat," Al-Rashid said.');
    expect(rec.people.map((p) => [p.name, p.aliases])).toEqual([['Faisal Al-Rashid', ['Al-Rashid']]]);
    expect(rec.quotes.map((q) => q.speaker)).toEqual(['Faisal Al-Rashid']);
  });

  it('attaches later mentions of surnames that begin with Q, W or X, and of family names written first', () => {
    const rec = parsePressRelease(
      'Major General Khalid bin Nasser Al-Qassimi received Brigadier Wong Kai Leung in Muscat. Al-Qassimi welcomed the guests, and Wong thanked him.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.mentions.map((m) => at(rec, m))])).toEqual([
      ['Khalid bin Nasser Al-Qassimi', 'Major-General', ['Khalid bin Nasser Al-Qassimi', 'Al-Qassimi']],
      ['Wong Kai Leung', 'Brigadier', ['Wong Kai Leung', 'Wong']],
    ]);
  });

  it('does not take a lone first name when two people share it, nor a word inside another name', () => {
    const rec = parsePressRelease('Colonel Ahmed Saleh met Colonel Ahmed Karimi in Doha. Ahmed spoke first. Ahmed Nur, an aide, took notes.');
    expect(person(rec, 'Ahmed Saleh').mentions.map((m) => at(rec, m))).toEqual(['Ahmed Saleh']);
    expect(person(rec, 'Ahmed Karimi').mentions.map((m) => at(rec, m))).toEqual(['Ahmed Karimi']);
  });

  it('takes the country from "X of <country>" after the name, and keeps the agency country first', () => {
    const rec = parsePressRelease('Air Vice-Marshal Lim Chee Keong of Singapore met Brigadier Ahmad Faisal bin Hassan of Malaysia in Johor Bahru.');
    expect(rec.people.map((p) => [p.name, p.rank, p.country])).toEqual([
      ['Lim Chee Keong', 'Air Vice-Marshal', 'SG'],
      ['Ahmad Faisal bin Hassan', 'Brigadier', 'MY'],
    ]);
    expect(rec.people.map((p) => p.mentions.map((m) => at(rec, m)))).toEqual([['Lim Chee Keong'], ['Ahmad Faisal bin Hassan']]);
    expect(parsePressRelease('Colonel Mark Dunne of the Ministry of Defence met the press.').people.map((p) => p.country)).toEqual([null]);
  });

  it('reads the roles over a title written after the name', () => {
    const rec = parsePressRelease(
      'Lieutenant General Samuel Mensah, Director-General of the Bureau of National Investigations, hosted the meeting in Accra. Grace Owusu, Deputy Director of the Research Department, said the region was at risk.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.roles])).toEqual([
      ['Samuel Mensah', 'Lieutenant-General', ['host', 'participant']],
      ['Grace Owusu', null, ['speaker']],
    ]);
    expect(rec.people.map((p) => p.mentions.map((m) => at(rec, m)))).toEqual([['Samuel Mensah'], ['Grace Owusu']]);
  });

  it('reads a rank followed by "(Ret.)" or "(retd)" and keeps the rank', () => {
    const rec = parsePressRelease('Lt. Gen. (Ret.) Tariq Mahmood opened the seminar. Colonel (retd) Grace Achieng of the National Intelligence Service said cooperation was vital.');
    expect(rec.people.map((p) => [p.name, p.rank])).toEqual([
      ['Tariq Mahmood', 'Lieutenant-General'],
      ['Grace Achieng', 'Colonel'],
    ]);
  });

  it('reads a name after "his <demonym> counterpart", with the country of the demonym', () => {
    const rec = parsePressRelease('The Director General of the Ghana National Intelligence Bureau hosted his Togolese counterpart, Kodjo Agbeyome, in Accra. He later received his Nigerien counterpart Colonel Issa Garba.');
    expect(rec.people.map((p) => [p.name, p.rank, p.country])).toEqual([
      ['Kodjo Agbeyome', null, 'TG'],
      ['Issa Garba', 'Colonel', 'NE'],
    ]);
    expect(parsePressRelease('The two counterparts discussed the situation in Mali.').people).toEqual([]);
  });

  it('reads the country of a two-word country written as a possessive before the agency', () => {
    const rec = parsePressRelease("The talks were chaired by the President of Saudi Arabia's General Intelligence Presidency, Khalid bin Ali Al-Humaidan.");
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Khalid bin Ali Al-Humaidan', 'President of the General Intelligence Presidency', 'SA'],
    ]);
  });

  it('leaves an honorific such as "Mallam" or "Ambassador" out of the name', () => {
    const rec = parsePressRelease("Nigeria's National Security Adviser, Mallam Nuhu Ribadu, opened the meeting. The Director-General of the Department of State Services, Ambassador Adeola Ajayi, spoke next.");
    expect(rec.people.map((p) => p.name)).toEqual(['Nuhu Ribadu', 'Adeola Ajayi']);
  });

  it('reads the place an office is held in before the holder\'s name ("Head of the INTERPOL Regional Bureau in Nairobi, Mr. X")', () => {
    const rec = parsePressRelease('Also present were the Head of the INTERPOL Regional Bureau in Harare, Mr. Tendai Moyo, and the Director of the UNODC Regional Office in Bangkok, Amanda Reyes.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Tendai Moyo', 'Head of the INTERPOL Regional Bureau in Harare'],
      ['Amanda Reyes', 'Director of the UNODC Regional Office in Bangkok'],
    ]);
    // A place that no name follows stays out of the title.
    expect(parsePressRelease('Tendai Moyo, the Head of the INTERPOL Regional Bureau in Harare, spoke.').people.map((p) => p.title)).toEqual(['Head of the INTERPOL Regional Bureau']);
  });

  it('leaves "Professor" written out before a name out of the name, as "Prof"', () => {
    const rec = parsePressRelease('The Commissioner for Political Affairs, Professor Amina Bello Sule, and Prof. Kwame Asante addressed the police chiefs in Abuja.');
    expect(rec.people.map((p) => p.name)).toEqual(['Amina Bello Sule', 'Kwame Asante']);
  });

  it('reads offices such as "State Councilor", "Inspector General" and "Commandant", with the country of a demonym before two joined offices', () => {
    const rec = parsePressRelease('Chinese State Councilor and Minister of Public Security Wang Xiaohong held talks with the Inspector General of Police, Douglas Kanja, in Beijing.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Wang Xiaohong', 'State Councilor and Minister of Public Security', 'CN'],
      ['Douglas Kanja', 'Inspector General of Police', null],
    ]);
  });

  it('makes the one who hosts or chairs the host, and the one hosted a participant', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('MIT President Ibrahim Kalin hosted his Azerbaijani counterpart Ali Naghiyev in Ankara.')).toEqual([
      ['Ibrahim Kalin', ['host']],
      ['Ali Naghiyev', ['participant']],
    ]);
    expect(roles('General Ali Naghiyev attended the meeting hosted by Ibrahim Kalin in Ankara.')).toEqual([
      ['Ali Naghiyev', ['participant']],
      ['Ibrahim Kalin', ['host', 'participant']],
    ]);
  });

  it('reads a name after the organisation\'s acronym in parentheses, and leaves the acronym out of the title', () => {
    const rec = parsePressRelease('Chairman of the State Security Service (SSS) Ali Naghiyev opened the meeting in Baku.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([['Ali Naghiyev', 'Chairman of the State Security Service', 'State Security Service', 'AZ']]);
  });

  it('reads a name after a comma that follows the acronym in parentheses, for an organisation in no table too', () => {
    const rec = parsePressRelease(
      "Opening the conference, the Director General of Ghana's National Intelligence Bureau (NIB), Kwame Asante, said the services must share more. The Director of the Border Analysis Unit (BAU), Ama Owusu, spoke next. The Director of the Border Analysis Unit (BAU), Accra's main unit, was absent.",
    );
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([
      ['Kwame Asante', 'Director General of the National Intelligence Bureau', 'National Intelligence Bureau', 'GH'],
      ['Ama Owusu', 'Director of the Border Analysis Unit', 'Border Analysis Unit', null],
    ]);
  });

  it('leaves a possessive country out of an organisation no table knows', () => {
    const rec = parsePressRelease("The Director General of South Sudan's Border Analysis Unit, Peter Deng Akol, arrived in Juba.");
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([
      ['Peter Deng Akol', 'Director General of the Border Analysis Unit', 'Border Analysis Unit', 'SS'],
    ]);
  });

  it('reads two acronyms joined in parentheses as one, and ends a title at a name before "and" another office', () => {
    const rec = parsePressRelease(
      'The Director General of National Security and Territorial Surveillance (DGSN-DGST), Karim Bennani, held talks with the Minister of the Interior Luis Ortega Vidal and the Director of the National Intelligence Centre, Marta Ruiz, in Madrid.',
    );
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Karim Bennani', 'Director General of National Security and Territorial Surveillance'],
      ['Luis Ortega Vidal', 'Minister of the Interior'],
      ['Marta Ruiz', 'Director of the National Intelligence Centre'],
    ]);
    // One name word before "and" is still part of the organisation's name.
    expect(parsePressRelease('The Chairperson of the Council of Peace and Security Amina Diallo opened the session.').people.map((p) => [p.name, p.title])).toEqual([
      ['Amina Diallo', 'Chairperson of the Council of Peace and Security'],
    ]);
  });

  it('keeps one word after "and" in the organisation, and a state\'s style in the country tail', () => {
    const rec = parsePressRelease(
      'In Nouakchott the envoy met the Minister of Interior and Decentralization, Sidi Ould Ahmed, and the Director of the Foreign Intelligence Service of the Republic of Hungary, Dr. Laszlo Kovacs.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.country, p.roles])).toEqual([
      // A minister the text gives no country is of the host country, Mauritania (see hostCountryOfHosts).
      ['Sidi Ould Ahmed', 'Minister of Interior and Decentralization', 'MR', ['participant']],
      ['Laszlo Kovacs', 'Director of the Foreign Intelligence Service', 'HU', ['participant']],
    ]);
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['Foreign Intelligence Service', 'HU']]);
  });

  it('reads the francophone police rank Commissaire (or Commissioner) Divisionnaire before a name', () => {
    const rec = parsePressRelease('In Dakar, Commissaire Divisionnaire Awa Ndiaye, Director of the Judicial Police, opened the seminar. Commissioner Divisionnaire Jean-Paul Mbarga of Cameroon attended.');
    expect(rec.people.map((p) => [p.name, p.rank])).toEqual([
      ['Awa Ndiaye', 'Divisional Commissioner'],
      ['Jean-Paul Mbarga', 'Divisional Commissioner'],
    ]);
  });

  it('reads a police rank that ends in Commissioner as the rank, not the office, but keeps an organisation\'s Commissioner an office', () => {
    const rec = parsePressRelease(
      'In Accra, Assistant Commissioner of Police Kofi Mensah and Deputy Commissioner Ama Owusu met Australian Federal Police Commissioner Reece Kershaw.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Kofi Mensah', 'Assistant Commissioner', null],
      ['Ama Owusu', 'Deputy Commissioner', null],
      ['Reece Kershaw', null, 'Commissioner of the Australian Federal Police'],
    ]);
  });

  it('reads a name of five words whole', () => {
    const rec = parsePressRelease('In Nouakchott the Minister of Interior, Sidi Mohamed Ould Ahmed Salem, received the Malian delegation.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([['Sidi Mohamed Ould Ahmed Salem', 'Minister of Interior']]);
  });

  it('reads an organisation and its acronym in parentheses written before the office as the office\'s organisation', () => {
    const rec = parsePressRelease(
      'Talks in Kampala brought together Internal Security Organisation (ISO) Director General Maj Gen Okello Mugisha and the Kenyan delegation.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.organization, p.country])).toEqual([
      ['Okello Mugisha', 'Major-General', 'Director General of the Internal Security Organisation', 'Internal Security Organisation', 'UG'],
    ]);
  });

  it('gives the leader of a delegation the delegation\'s country when nothing else names it', () => {
    const rec = parsePressRelease(
      'The Sri Lankan delegation was led by Deputy National Security Adviser Rohan Mehta, and the delegation of Bangladesh and India was headed by Colonel Arif Hasan.',
    );
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Rohan Mehta', 'LK'],
      ['Arif Hasan', null],
    ]);
    const ranked = parsePressRelease('The Iranian side was led by Brigadier General Reza Karimi, while the Afghan delegation was headed by Mullah Abdul Hakim.');
    expect(ranked.people.map((p) => [p.name, p.country])).toEqual([
      ['Reza Karimi', 'IR'],
      ['Abdul Hakim', 'AF'],
    ]);
  });

  it('reads the leader\'s country in the delegation\'s own words, not in a country named before them ("the Chairman of X of A received a delegation of Y of B led by Z")', () => {
    const rec = parsePressRelease(
      'The Chairman of the State Security Service of Uzbekistan Bakhodir Kurbanov received a delegation of the Border Service of Kyrgyzstan led by Minister Ular Dzhumabaev.',
    );
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Bakhodir Kurbanov', 'UZ'],
      ['Ular Dzhumabaev', 'KG'],
    ]);
  });

  it('gives the leader of "a delegation of X led by Minister Y" the organisation X, but not the body of the meeting to a chair with an office of his own', () => {
    const led = parsePressRelease('The Prime Minister received a delegation of the Ministry of Public Security of Vietnam led by Minister Luong Tam Quang in Vientiane.');
    expect(led.people.map((p) => [p.name, p.organization, p.country])).toEqual([['Luong Tam Quang', 'Ministry of Public Security of Vietnam', 'VN']]);
    const chaired = parsePressRelease('The 12th meeting of the ASEAN Regional Forum was chaired by the Director of National Intelligence of Indonesia, Budi Santoso.');
    expect(chaired.people.map((p) => [p.name, p.organization])).toEqual([['Budi Santoso', null]]);
  });

  it('reads a name written with initials right after the organisation of its title ("Director of the Federal Security Service A.V. Bortnikov")', () => {
    const rec = parsePressRelease('The talks in Minsk were attended by the Director of the Federal Security Service A.V. Bortnikov and the Chairman of the State Security Committee I.S. Tertel.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['A.V. Bortnikov', 'Director of the Federal Security Service', 'RU'],
      ['I.S. Tertel', 'Chairman of the State Security Committee', 'BY'],
    ]);
  });

  it('reads the office of an organisation named before "whose" ("the Singapore Police Force, whose Commissioner, X,")', () => {
    const rec = parsePressRelease('The workshop was hosted by the Royal Malaysia Police, whose Inspector-General, Mohd Khalid Ismail, opened it on Monday.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country])).toEqual([['Mohd Khalid Ismail', 'Inspector-General', 'Royal Malaysia Police', 'MY']]);
  });

  it('takes the country written before the modifiers of an office ("Ghana\'s National Security Coordinator")', () => {
    const rec = parsePressRelease("The meeting was chaired by Ghana's National Security Coordinator, Major General Kofi Mensah.");
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Kofi Mensah', 'National Security Coordinator', 'GH']]);
  });

  it('keeps a capitalised modifier before a tabled office in the title ("Deputy National Security Adviser")', () => {
    const rec = parsePressRelease('The delegation was led by Deputy National Security Adviser Rohan Mehta, who arrived in Colombo on Monday.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([['Rohan Mehta', 'Deputy National Security Adviser']]);
  });

  it('reads "its Director, Major General X" after an organisation: the organisation is the office\'s, the rank is whole', () => {
    const rec = parsePressRelease(
      'Tbilisi received the delegation of the National Security Service of Armenia led by its Director, Major General Aram Petrosyan.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.organization, p.country])).toEqual([
      ['Aram Petrosyan', 'Major-General', 'Director', 'National Security Service', 'AM'],
    ]);
  });

  it('takes the organisation of an office from a possessive before it ("Europol\'s Executive Director")', () => {
    const rec = parsePressRelease("Europol's Executive Director Catherine De Bolle welcomed the participants in The Hague.");
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([['Catherine De Bolle', 'Executive Director', 'European Union Agency for Law Enforcement Cooperation']]);
  });

  it('does not read a rank across the comma before an appositive name ("Commander of the Army, General X")', () => {
    const rec = parsePressRelease('The Commander of the Army, General John Mwangi, opened the meeting in Nairobi.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([['John Mwangi', 'General', 'Commander of the Army']]);
  });

  it('gives no organisation for an office over a field of work or a person, and keeps one that names an organisation', () => {
    const rec = parsePressRelease(
      "Ecuador's Minister of the Interior, Mónica Palencia, and Colombia's Director of National Police, General Carlos Triana, met the Counsellor to the President, Ali Karimov, in Quito.",
    );
    expect(rec.people.map((p) => [p.name, p.organization])).toEqual([
      ['Mónica Palencia', null],
      ['Carlos Triana', 'National Police'],
      ['Ali Karimov', null],
    ]);
  });

  it('reads roles around a long title written before the name', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('The guests were received by Chairman of the State Security Service of the Republic of Uzbekistan Abdusalom Azizov in Tashkent.')).toEqual([
      ['Abdusalom Azizov', ['host']],
    ]);
    expect(roles('The delegation of Armenia was headed by Director of the National Security Service of the Republic of Armenia Andranik Simonyan.')).toEqual([
      ['Andranik Simonyan', ['participant']],
    ]);
  });

  it('reads a capital and an apostrophe before a name word as one word of the name ("O\'Connor", "N\'Diaye")', () => {
    const rec = parsePressRelease("The talks were attended by General Moussa N'Diaye and by Colonel Sean O'Connor in Dakar.");
    expect(rec.people.map((p) => p.name)).toEqual(["Moussa N'Diaye", "Sean O'Connor"]);
  });

  it('keeps the lower-case syllable of a hyphenated given name in the name, and not a word ending a compound', () => {
    const rec = parsePressRelease('Director of the National Intelligence Service Cho Tae-yong met General Kim Ji-hoon and the Min-led delegation in Seoul.');
    expect(rec.people.map((p) => p.name)).toEqual(['Cho Tae-yong', 'Kim Ji-hoon']);
  });

  it('leaves an honorific out of a name written before its title ("Sayyid X, Minister of the Interior")', () => {
    const [minister] = parsePressRelease('Sayyid Hamad bin Hilal Al Busaidi, Minister of the Interior, received the delegation in Muscat.').people;
    expect([minister?.name, minister?.title]).toEqual(['Hamad bin Hilal Al Busaidi', 'Minister of the Interior']);
  });

  it('reads the verb after a relative clause set off by commas ("X, who chaired the meeting, said")', () => {
    const [chair] = parsePressRelease('The secretary of the Security Council of Mongolia, Bold Enkhbayar, who chaired the session, said the sides would meet again in 2026.').people;
    expect([chair?.name, chair?.roles]).toEqual(['Bold Enkhbayar', ['host', 'speaker']]);
  });

  it('reads the holder of a title whose acronym in parentheses comes before an honorific, a rank or the name ("(DSS), Mr X,", "(NSA) X")', () => {
    const person = (text: string) => {
      const [p] = parsePressRelease(text).people;
      return [p?.name, p?.rank, p?.title, p?.country];
    };
    expect(person('The Director-General of the Department of State Services (DSS), Mr Tunde Bakare, urged the services to share information.')).toEqual([
      'Tunde Bakare',
      null,
      'Director-General of the Department of State Services',
      'NG',
    ]);
    expect(person('The Director-General of the State Security Agency (SSA), Ambassador Thandi Mokoena, said the services work closely.')).toEqual([
      'Thandi Mokoena',
      null,
      'Director-General of the State Security Agency',
      'ZA',
    ]);
    expect(person('Talks were held in Riyadh.\n\nNational Security Adviser (NSA) Vikram Rao met the Saudi Interior Minister on Monday.')).toEqual(['Vikram Rao', null, 'National Security Adviser', null]);
  });

  it('reads a name followed by a title written as an apposition in lower case or after a demonym', () => {
    const person = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.title, p.country]);
    expect(person('Talks were held in Beijing.\n\nLiu Wen, vice minister of public security, met the visiting delegation on Monday.')).toEqual([['Liu Wen', 'vice minister of public security', 'CN']]);
    // A minister the text places nowhere else is of the host country (see hostCountryOfHosts): Liu Wen above, Ana Rojas below.
    expect(person('Talks were held in Moscow.\n\nPavel Orlov, head of the delegation, said the threat was growing.')).toEqual([['Pavel Orlov', 'head of the delegation', null]]);
    expect(person('Talks were held in Moscow.\n\nThe meeting was attended by Pavel Orlov, Russian Deputy Foreign Minister.')).toEqual([['Pavel Orlov', 'Deputy Foreign Minister', 'RU']]);
    // An office that a name follows is the next person's title, not an apposition.
    expect(person('Talks were held in Lima.\n\nThe talks were attended by Jorge Salas, Minister Ana Rojas and others.')).toEqual([['Ana Rojas', 'Minister', 'PE']]);
  });

  it('does not join the last word of a sentence to the name that opens the next ("Dawn Wire. Mehdi Karimi, head of ...")', () => {
    const [p] = parsePressRelease('Termez, April 16, Dawn Wire. Mehdi Karimi, head of the Uzbek State Security Service, held talks on Monday in Termez.').people;
    expect([p?.name, p?.title, p?.country]).toEqual(['Mehdi Karimi', 'head of the State Security Service', 'UZ']);
  });

  it('leaves honorific words and phrases out of names, also between a rank or a title and the name', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => [p.name, p.rank, p.title]);
    expect(people('His Royal Highness Prince Faisal bin Khalid, Minister of Interior, received the delegation.')).toEqual([['Faisal bin Khalid', null, 'Minister of Interior']]);
    expect(people('In his address, His Royal Highness stressed the need for unity.')).toEqual([]);
    expect(people('Major General Sheikh Nasser Al-Sabah said the meeting was important.')).toEqual([['Nasser Al-Sabah', 'Major-General', null]]);
    expect(people('Brigadier General Dr. Khalid Al Mansoori said the meeting was important.')).toEqual([['Khalid Al Mansoori', 'Brigadier General', null]]);
    expect(people('Home Minister Datuk Seri Amir Hamzah Aziz and Minister of Intelligence Hojatoleslam Reza Karimi met the press.')).toEqual([
      ['Amir Hamzah Aziz', null, 'Home Minister'],
      ['Reza Karimi', null, 'Minister of Intelligence'],
    ]);
    expect(people('Sultan bin Ahmed bin Saud bin Fahd, Minister of Interior, received the delegation.')).toEqual([['Sultan bin Ahmed bin Saud bin Fahd', null, 'Minister of Interior']]);
  });

  it('reads compound ranks, portfolio words before an office, and the country an ambassador is sent to', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => [p.name, p.rank, p.title, p.country]);
    expect(people('Deputy Minister of Public Security Senior Lieutenant General Tran Van Minh attended the talks.')).toEqual([
      ['Tran Van Minh', 'Senior Lieutenant General', 'Deputy Minister of Public Security', null],
    ]);
    expect(people('The agency was represented by Commissioner General Budi Santoso.')).toEqual([['Budi Santoso', 'Commissioner General', null, null]]);
    expect(people('He spoke alongside Inspector-General of Police Tan Sri Ahmad Zaki.')).toEqual([['Ahmad Zaki', null, 'Inspector-General of Police', null]]);
    expect(people('Home Affairs Minister Claire Hughes said the alliance was strong.')).toEqual([['Claire Hughes', null, 'Home Affairs Minister', null]]);
    expect(people('The meeting was attended by French Ambassador to Kenya Luc Martin.')).toEqual([['Luc Martin', null, 'Ambassador to Kenya', 'FR']]);
    expect(people('The meeting was attended by the Ambassador of France to Kenya, Luc Martin.')).toEqual([['Luc Martin', null, 'Ambassador to Kenya', 'FR']]);
  });

  it('reads a title whose portfolios go on after a comma, or after "and of", and takes no agency word for a name', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => [p.name, p.title]);
    expect(people('The session was opened by the Minister of Interior, Local Authorities and Regional Planning, Karim Benali, on Monday.')).toEqual([
      ['Karim Benali', 'Minister of Interior, Local Authorities and Regional Planning'],
    ]);
    expect(people('Director General of National Security and of Territorial Surveillance, Youssef Alami, held talks on Tuesday.')).toEqual([
      ['Youssef Alami', 'Director General of National Security and of Territorial Surveillance'],
    ]);
    expect(people('The delegation included the head of Border Control, Colonel Pavel Orlov.')).toEqual([['Pavel Orlov', 'head of Border Control']]);
  });

  it('ends a name at a verb a title-case headline writes with a capital ("Mr. X Holds Talks")', () => {
    const people = parsePressRelease('Mr. Benali Holds Talks with Europol Executive Director\n\nThe talks were held in Rabat on Tuesday.').people;
    expect(people.map((p) => p.name)).toEqual(['Benali']);
  });

  it('merges a short form of a name into its person: its first words, a particle that opens it, an article read with its word', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => [p.name, p.aliases]);
    expect(people('Hamdan bin Rashid Al Maktoum, Minister of Interior, received the delegation. Hamdan bin Rashid welcomed the visitors.')).toEqual([
      ['Hamdan bin Rashid Al Maktoum', ['Hamdan bin Rashid']],
    ]);
    // The short form first (a headline), the full name after: one person, named in full.
    expect(people('Hamdan bin Rashid receives the delegation. Later, Hamdan bin Rashid Al Maktoum, Minister of Interior, thanked the visitors.')).toEqual([
      ['Hamdan bin Rashid Al Maktoum', ['Hamdan bin Rashid']],
    ]);
    expect(people('Director General Carlos de Souza met the visitors.\n\n"Brazil is a steady partner," De Souza said.')).toEqual([['Carlos de Souza', ['De Souza']]]);
    expect(people('The memorandum was signed by Director General Hussein Farah and Director General Hassan Ali Mohamed.\n\nHassan Ali noted the progress.')).toEqual([
      ['Hussein Farah', []],
      ['Hassan Ali Mohamed', ['Hassan Ali']],
    ]);
    expect(people('Minister Reza Tehrani met Adviser Karim al-Hakim. Al-Hakim, for his part, thanked the hosts.')).toEqual([
      ['Reza Tehrani', []],
      ['Karim al-Hakim', ['Al-Hakim']],
    ]);
  });

  it('reads a name followed by a verb of meeting that only a person does ("X met", "X received", "X held talks"), not a place', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => p.name);
    expect(people('Reza Tehrani met the Iraqi delegation on Sunday.')).toEqual(['Reza Tehrani']);
    expect(people('Amina Yusuf held talks with the visiting delegation.')).toEqual(['Amina Yusuf']);
    expect(people('Lake Victoria received attention in the talks.')).toEqual([]);
  });

  it('gives each person of a list "Rank A, Title of X, Rank B, Title of Y" the title after their own name', () => {
    const people = parsePressRelease('Talks were held in the capital.\n\nThe meeting was attended by Colonel Omar Haddad, President of INTERPOL, Colonel Rami Saleh, Commander of the Dubai Police, and officers.').people;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Omar Haddad', 'President of INTERPOL'],
      ['Rami Saleh', 'Commander of the Dubai Police'],
    ]);
    // A name that has its title already does not take the next one: "President A, the Minister of X, B".
    const listed = parsePressRelease('Talks were held in Nouakchott.\n\nThe envoy met President Amadou Diallo, the Minister of Interior, Sidi Ould Cheikh, and the Director General of National Security.').people;
    expect(listed.map((p) => [p.name, p.title])).toEqual([
      ['Amadou Diallo', 'President'],
      ['Sidi Ould Cheikh', 'Minister of Interior'],
    ]);
  });

  it('reads a title that names a delegation by its demonym, an organisation written right after the office, or a lower-case office before a comma and the name', () => {
    const people = (text: string) => parsePressRelease(`Talks were held in the capital.\n\n${text}`).people.map((p) => [p.name, p.title, p.organization, p.country]);
    expect(people('The talks were led by the head of the Kazakh delegation Arman Nurlanov.')).toEqual([['Arman Nurlanov', 'head of the delegation', null, 'KZ']]);
    expect(people('Director General ISI Lt Gen Tariq Mehmood called on the minister.')).toEqual([['Tariq Mehmood', 'Director General ISI', 'Inter-Services Intelligence', 'PK']]);
    expect(people('The SVR director, Pavel Orlov, recalled the earlier meetings.')).toEqual([['Pavel Orlov', 'SVR director', 'Foreign Intelligence Service', 'RU']]);
  });

  it('reads a one-word office between a rank and a name word as a given name ("Maj. General Sultan Al-Harbi")', () => {
    const [p] = parsePressRelease('Talks were held in Doha.\n\nThe guests were received by Maj. General Sultan Al-Kuwari, chief of the Qatari State Security Bureau, in Doha.').people;
    expect([p?.name, p?.rank, p?.title]).toEqual(['Sultan Al-Kuwari', 'Major-General', 'chief of the State Security Bureau']);
  });

  it('gives the verb after a relative clause to the clause\'s antecedent, not to a name inside it; "will chair" makes a host', () => {
    const roles = (text: string) => parsePressRelease(`Talks were held in Abuja.\n\n${text}`).people.map((p) => [p.name, p.roles]);
    expect(roles('The National Security Adviser, Musa Danjuma, who spoke for the government of President Ibrahim Bello, said the region must act together.')).toEqual([
      ['Musa Danjuma', ['speaker']],
      ['Ibrahim Bello', ['mentioned']],
    ]);
    expect(roles('The Minister of Foreign Affairs, Grace Ndlovu, will chair the meeting.')).toEqual([['Grace Ndlovu', ['host', 'participant']]]);
  });

  it('reads an office held "at" an organisation ("Director of Counter-Terrorism at INTERPOL, X")', () => {
    const [p] = parsePressRelease('Talks were held in Lyon.\n\nThe meeting was attended by the Director of Counter-Terrorism at INTERPOL, Laura Becker.').people;
    expect([p?.name, p?.title, p?.organization]).toEqual(['Laura Becker', 'Director of Counter-Terrorism at INTERPOL', 'International Criminal Police Organization']);
  });

  it('gives no signatory role for a document the text says was signed before ("referred to the agreement signed in 2023")', () => {
    const [p] = parsePressRelease('Talks were held in Tehran.\n\nMinister of Intelligence Reza Karimi referred to the security agreement signed by the two countries in March 2023.').people;
    expect(p?.roles).toEqual(['mentioned']);
  });

  it('reads an acronym written like a word in parentheses ("(Abin)") and a coordination through "and the <title>"', () => {
    const people = parsePressRelease(
      'Talks were held in Brasília.\n\nThe director-general of the Brazilian Intelligence Agency (Abin), Paulo Souza, and the minister of the National Intelligence Secretariat of Paraguay, Carlos Benítez, signed a memorandum on Monday.',
    ).people;
    expect(people.map((p) => [p.name, p.title, p.roles])).toEqual([
      ['Paulo Souza', 'director-general of the Brazilian Intelligence Agency', ['signatory']],
      ['Carlos Benítez', 'minister of the National Intelligence Secretariat', ['signatory']],
    ]);
  });

  it('reads a lower-case office after an organisation and its acronym, before the name ("... Organization (MIT) head X")', () => {
    const [p] = parsePressRelease('Talks were held in Ankara.\n\nTurkish National Intelligence Organization (MIT) head Selim Aydin received the delegation.').people;
    expect([p?.name, p?.title, p?.country]).toEqual(['Selim Aydin', 'head of the National Intelligence Organization', 'TR']);
  });

  it('makes the person at whose invitation a visit is paid its host ("At the invitation of the Chairman ..., X")', () => {
    const people = parsePressRelease(
      'Talks were held in Tashkent.\n\nAt the invitation of the Chairman of the State Security Service of Uzbekistan, General Rustam Karimov, a delegation of the KGB of Belarus paid a working visit to Tashkent.',
    ).people;
    expect(people.map((p) => [p.name, p.roles.includes('host')])).toEqual([['Rustam Karimov', true]]);
  });

  it('gives every person of a coordinated subject the roles the verb after it shows ("A and B addressed", "A, B and C signed")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('Director of the Federal Police Mark Hollis and Commissioner of the Garda Siochana Aoife Brennan also addressed the conference in Dublin.')).toEqual([
      ['Mark Hollis', ['speaker']],
      ['Aoife Brennan', ['speaker']],
    ]);
    expect(roles('Colonel Juan Ortiz, Major Elena Ruiz and Captain Diego Paz signed the protocol in Lima on Monday.')).toEqual([
      ['Juan Ortiz', ['signatory']],
      ['Elena Ruiz', ['signatory']],
      ['Diego Paz', ['signatory']],
    ]);
    // The subject's verb is not its objects': the host received two who took part.
    expect(roles('Colonel Juan Ortiz received Major Elena Ruiz and Captain Diego Paz in Lima on Monday.')).toEqual([
      ['Juan Ortiz', ['host']],
      ['Elena Ruiz', ['participant']],
      ['Diego Paz', ['participant']],
    ]);
  });

  it('reads a name whose first word is spelled like a short function word, after a title in prose ("Vice Premier He Lifeng met")', () => {
    const rec = parsePressRelease(
      'Phnom Penh, 9 June 2025 (AKP) - Senior Minister An Vannak welcomed the visiting Chinese Vice Premier He Jianguo in Phnom Penh on Monday. Later, Party General Secretary To Minh Duc, who chairs the security commission, received the guests.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.mentions.map((m) => at(rec, m))])).toEqual([
      ['An Vannak', 'Senior Minister', ['An Vannak']],
      ['He Jianguo', 'Vice Premier', ['He Jianguo']],
      ['To Minh Duc', 'Party General Secretary', ['To Minh Duc']],
    ]);
    expect(person(rec, 'He Jianguo').country).toBe('CN');
  });

  it('reads no name from a capitalised "To" or "In" of a line in title case ("Deputy Minister To Visit Hanoi Next Month")', () => {
    const rec = parsePressRelease(
      'Deputy Minister To Visit Hanoi Next Month\nChief Of Staff In Talks With Lao Counterpart\nHanoi, 9 June 2025 - The two ministries agreed to meet again in Vientiane.',
    );
    expect(rec.people).toEqual([]);
  });

  it('keeps a ranked office of an organisation set off before the name whole ("Assistant Commissioner of the Ghana Immigration Service, X")', () => {
    const rec = parsePressRelease(
      'Accra, 3 March 2025 - Assistant Commissioner of the Ghana Immigration Service, Kofi Mensah, received a delegation from Togo on Tuesday. The Deputy Commissioner of the Liberia Police, Comfort Kollie, led the guests.',
    );
    expect(person(rec, 'Kofi Mensah')).toMatchObject({ rank: null, title: 'Assistant Commissioner of the Ghana Immigration Service', organization: 'Ghana Immigration Service', country: 'GH' });
    expect(person(rec, 'Comfort Kollie')).toMatchObject({ rank: null, title: 'Deputy Commissioner of the Liberia Police', organization: 'Liberia Police', country: 'LR' });
  });

  it('keeps the rank reading of a police rank written before the name without an organisation after a comma ("Deputy Commissioner X")', () => {
    const rec = parsePressRelease('Accra, 3 March 2025 - Deputy Commissioner Ama Owusu and Assistant Commissioner of Police Yaw Boateng met the Togolese delegation.');
    expect(person(rec, 'Ama Owusu')).toMatchObject({ rank: 'Deputy Commissioner', title: null });
    expect(person(rec, 'Yaw Boateng')).toMatchObject({ rank: 'Assistant Commissioner', title: null });
  });

  it('gives a lower-case office that goes on after it the country of the demonym before it ("the Qatari ambassador to Oman, X")', () => {
    const rec = parsePressRelease('MUSCAT, May 2 (ONA) -- The talks were also attended by the Qatari ambassador to Oman, Nasser Khalid Al-Kuwari, and senior officers.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Nasser Khalid Al-Kuwari', 'ambassador to Oman', 'QA']]);
    // Without words after the office, a lower-case office with a demonym is no title of a name.
    expect(parsePressRelease('The Qatari ambassador said the talks were useful.').people).toEqual([]);
  });

  it('gives the members a delegation lists the delegation\'s country ("The Senegalese delegation also included X")', () => {
    const rec = parsePressRelease(
      'Dakar, 8 July 2025 - The Senegalese delegation also included Deputy Director of Customs Aminata Fall. The delegation of Mali comprised Colonel Oumar Traore and Major Sekou Keita. The delegation accompanying the director included Captain Ibou Ndiaye.',
    );
    expect(rec.people.map((p) => [p.name, p.country])).toEqual([
      ['Aminata Fall', 'SN'],
      ['Oumar Traore', 'ML'],
      ['Sekou Keita', 'ML'],
      ['Ibou Ndiaye', null],
    ]);
  });

  it('gives the verb after a coordination to a name a rank opens after "and" ("Colonel A and Major B also attended")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('Lusaka, 4 May 2025 - Commissioner Bwalya Mumba and Assistant Commissioner of Police Chanda Mwila Phiri also attended.')).toEqual([
      ['Bwalya Mumba', ['participant']],
      ['Chanda Mwila Phiri', ['participant']],
    ]);
    // A rank after "and" that opens no listed person's name joins nothing.
    expect(roles('Lusaka, 4 May 2025 - Bwalya Mumba met officers and Colonel-level staff before he spoke.')).toEqual([['Bwalya Mumba', ['participant']]]);
  });

  it('makes a person "present", "in attendance" or in whose "presence" something happens a participant ("Also present was X")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('Jakarta, 2 June 2025 - Also present at the reception was Deputy Minister of Law Budi Hartono.')).toEqual([['Budi Hartono', ['participant']]]);
    expect(roles('The memorandum was initialled in the presence of Malaysian ambassador Farid Rahman.')).toEqual([['Farid Rahman', ['participant']]]);
    expect(roles('Also in attendance were Justice Secretary Maria Santos and Deputy Director Jose Cruz.')).toEqual([
      ['Maria Santos', ['participant']],
      ['Jose Cruz', ['participant']],
    ]);
  });

  it('reads "commander general" as an office with its organisation ("the commander general of the National Police of Bolivia, General X")', () => {
    const rec = parsePressRelease(
      'La Paz, 5 May 2025 (ABI) - The commander general of the National Police of Bolivia, General Augusto Russo, and the director of the Peruvian National Police, General Raul Alfaro, signed the plan.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.country, p.roles])).toEqual([
      ['Augusto Russo', 'General', 'commander general of the National Police', 'BO', ['signatory']],
      ['Raul Alfaro', 'General', 'director of the Peruvian National Police', 'PE', ['signatory']],
    ]);
  });

  it('merges a later mention that opens with the particle "Ould" into the full name ("Mr. Ould Cheikh Sidiya" of "Ahmed Salem Ould Cheikh Sidiya")', () => {
    const rec = parsePressRelease(
      'NOUAKCHOTT, 3 March (AMI) - The Minister of Defence received his Malian counterpart, Ahmed Salem Ould Cheikh Sidiya, on Monday. Speaking after the audience, Mr. Ould Cheikh Sidiya praised the joint patrols.',
    );
    expect(rec.people.map((p) => [p.name, p.aliases, p.roles])).toEqual([['Ahmed Salem Ould Cheikh Sidiya', ['Ould Cheikh Sidiya'], ['speaker', 'participant']]]);
  });

  it('reads a title with a possessive country written after a name as its apposition ("X, Jordan\'s Minister of Interior,")', () => {
    const rec = parsePressRelease(
      'MUSCAT, 4 June 2025 (ONA) -- Sayyid Hamad Al Said, Minister of Interior, received Lieutenant General Ali Al-Khasawneh, Jordan\'s Minister of Interior, and his accompanying delegation.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Hamad Al Said', 'Minister of Interior', 'OM'],
      ['Ali Al-Khasawneh', 'Minister of Interior', 'JO'],
    ]);
  });

  it('merges a mention by an honorific and the given name alone into the one person of that first name ("H.H. Sheikh Tahnoun")', () => {
    const rec = parsePressRelease(
      'ABU DHABI, 9 June 2025 (WAM) -- H.H. Sheikh Tahnoun bin Khalid Al Hamed, National Security Adviser, received the Bahraini delegation. During the meeting, H.H. Sheikh Tahnoun and the guests reviewed security cooperation.',
    );
    expect(rec.people.map((p) => [p.name, p.aliases, p.mentions.map((m) => at(rec, m))])).toEqual([
      ['Tahnoun bin Khalid Al Hamed', ['Tahnoun'], ['Tahnoun bin Khalid Al Hamed', 'Tahnoun']],
    ]);
    // Two people of that first name: the mention stays apart.
    const two = parsePressRelease('Sheikh Saif bin Ali Al Hamed met Sheikh Saif bin Omar Al Nuaimi in Dubai. Sheikh Saif said the talks went well.');
    expect(two.people.map((p) => p.name)).toEqual(['Saif bin Ali Al Hamed', 'Saif bin Omar Al Nuaimi', 'Saif']);
  });

  it('leaves "Staff Pilot" and "Pilot" after a rank out of the name ("Major General Staff Pilot X")', () => {
    const rec = parsePressRelease('The talks were attended by Major General Staff Pilot Rashid Saeed Al Ketbi and Brigadier Pilot Hamad Al Shamsi.');
    expect(rec.people.map((p) => [p.name, p.rank])).toEqual([
      ['Rashid Saeed Al Ketbi', 'Major-General'],
      ['Hamad Al Shamsi', 'Brigadier'],
    ]);
  });

  it('keeps the country an envoy is sent to when "the" opens it ("Ambassador to the UAE", "Ambassador of Egypt to the Netherlands")', () => {
    const rec = parsePressRelease(
      "Kenya's Ambassador to the UAE, Grace Wanjiru, attended the forum. The Ambassador of Egypt to the Netherlands, Omar Fathy, also spoke.",
    );
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Grace Wanjiru', 'Ambassador to the UAE', 'KE'],
      ['Omar Fathy', 'Ambassador to the Netherlands', 'EG'],
    ]);
  });

  it('reads the police ranks "DIG" and "AIG" before a name, and keeps "Deputy Inspector-General of Police" whole as a title set off before the name', () => {
    const rec = parsePressRelease(
      'ABUJA - The Inspector-General of Police was represented by DIG Musa Danjuma, who said the forces would cooperate. AIG Grace Eze also attended. The Deputy Inspector-General of Police, Tunde Bello, closed the meeting.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Musa Danjuma', 'Deputy Inspector-General of Police', null],
      ['Grace Eze', 'Assistant Inspector-General of Police', null],
      ['Tunde Bello', null, 'Deputy Inspector-General of Police'],
    ]);
  });

  it('makes a person "accompanied" by, or "accompanying", someone a participant ("X was accompanied by the Director of Y, Z")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('Rabat, 2 June 2025 - The minister was accompanied by the Director General of Territorial Surveillance, Karim Idrissi.')).toEqual([
      ['Karim Idrissi', ['participant']],
    ]);
  });

  it('does not give a person the speech verb of another subject after the comma that closes the name ("X, the ministry said")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(roles('The meeting was chaired by Police General Arun Chai, the ministry said.')).toEqual([['Arun Chai', ['host', 'participant']]]);
    // The name's own verb after an apposition closed by a comma is still the name's.
    expect(roles('Police General Arun Chai, the head of the Royal Thai Police, said the patrols would start in May.')[0]?.[1]).toContain('speaker');
  });

  it('reads no title and no name from an office "at" a place ("the police chief at Camp Crame")', () => {
    const rec = parsePressRelease('MANILA, 4 March 2025 - The Philippine police chief met the Indonesian police chief at Camp Aguinaldo on Tuesday.');
    expect(rec.people).toEqual([]);
  });

  it('keeps a generational suffix in the name, and merges the surname alone into it ("Gen. Ramon Bautista III", later "Bautista")', () => {
    const rec = parsePressRelease('MANILA - Police chief Gen. Ramon Bautista III met the visiting delegation. Bautista said the patrols would start in May.');
    expect(rec.people.map((p) => [p.name, p.rank, p.aliases, p.roles])).toEqual([['Ramon Bautista III', 'General', ['Bautista'], ['speaker', 'participant']]]);
  });

  it('reads "administrator general" as an office, also as an apposition after a name a lead cue opens', () => {
    const rec = parsePressRelease(
      'KINSHASA, 2 May 2025 - The Congolese side was headed by Paul Mbuyi Kasongo, administrator general of the National Intelligence Agency (ANR).',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Paul Mbuyi Kasongo', 'administrator general of the National Intelligence Agency', 'CD']]);
  });

  it('reads two offices joined by a hyphen as one title ("the minister-secretary of X, Y")', () => {
    const rec = parsePressRelease(
      'Asunción, 3 April 2025 - The director of the National Police, Carlos Benítez, and the minister-secretary of the National Anti-Drug Secretariat, Jalil Rachid, signed the protocol.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.roles])).toEqual([
      ['Carlos Benítez', 'director of the National Police', ['signatory']],
      ['Jalil Rachid', 'minister-secretary of the National Anti-Drug Secretariat', ['signatory']],
    ]);
  });

  it('reads an envoy\'s office held "in" the place of the posting ("the Bolivian ambassador in Lima, X")', () => {
    const rec = parsePressRelease('Lima, 3 June 2025 - The signing was attended by the Bolivian ambassador in Lima, Rosa Quispe Mamani.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Rosa Quispe Mamani', 'ambassador in Lima', 'BO']]);
    // "in" after another office is no posting.
    expect(parsePressRelease('The director in Lima, Rosa Quispe Mamani, attended.').people.map((p) => p.title)).toEqual([]);
  });

  it('reaches through "and his <demonym> counterpart," to the next person of a coordination ("A and his Chilean counterpart, the director of X, B, signed")', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(
      roles(
        'Lima, 3 June 2025 - The head of the National Intelligence Directorate of Peru, Ana Villanueva, and her Chilean counterpart, the director of the National Intelligence Agency, Tomas Fuentes, signed the memorandum.',
      ),
    ).toEqual([
      ['Ana Villanueva', ['signatory']],
      ['Tomas Fuentes', ['signatory']],
    ]);
    // Another word after "and" ends the coordination.
    expect(roles('Colonel Ivan Petrenko and then the guests signed the register.')).toEqual([['Ivan Petrenko', ['signatory']]]);
  });

  it('gives everyone listed after a cue its role however long the list: "attended by", "received", "signed by"', () => {
    const roles = (text: string) => parsePressRelease(text).people.map((p) => [p.name, p.roles]);
    expect(
      roles(
        'The talks were attended by the Deputy Director of the National Security Agency of the Republic of Korea Park Min-soo, the head of the Mongolian General Intelligence Agency Bold Ganbaatar, and the First Deputy Chairman of the State Security Committee of Belarus Ivan Tertel.',
      ),
    ).toEqual([
      ['Park Min-soo', ['participant']],
      ['Bold Ganbaatar', ['participant']],
      ['Ivan Tertel', ['participant']],
    ]);
    expect(
      roles(
        'Egyptian General Intelligence Service chief Hassan Farouk received today in Cairo his Sudanese counterpart, Lieutenant General Omar Hamdan, and the Director General of the Internal Security Bureau, Peter Deng Akol.',
      ),
    ).toEqual([
      ['Hassan Farouk', ['host']],
      ['Omar Hamdan', ['participant']],
      ['Peter Deng Akol', ['participant']],
    ]);
    expect(
      roles('The memorandum was signed by the Director of the National Intelligence Agency of Peru, Luis Salas, and the Director of the National Intelligence Secretariat of Chile, Ana Rojas.'),
    ).toEqual([
      ['Luis Salas', ['signatory']],
      ['Ana Rojas', ['signatory']],
    ]);
    // "Concluded" ends a visit here: it neither signs nor speaks.
    expect(roles('The envoy, General Omar Diallo, concluded on Thursday a three-day visit to Nouakchott.')).toEqual([['Omar Diallo', ['participant']]]);
    expect(roles('General Omar Diallo concluded a memorandum with the visiting delegation in Nouakchott.')[0]?.[1]).toContain('signatory');
    // The cue governs what follows it, not a speaker before it.
    expect(roles('Colonel Ivan Petrenko said on Monday in a long interview with reporters in Kyiv that the conference had been attended by 30 delegations.')).toEqual([
      ['Ivan Petrenko', ['speaker']],
    ]);
  });

  it('reads an office word after a compound name\'s opener as the name\'s ("Minister of Interior Abdul Amir al-Zaidi")', () => {
    const rec = parsePressRelease('Baghdad, 4 May 2025 - The memorandum was signed by Iraqi Minister of Interior Abdul Amir al-Zaidi and his Jordanian counterpart.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([['Abdul Amir al-Zaidi', 'Minister of Interior', 'IQ']]);
  });

  it('reads "the <demonym> official/delegate, <Name>," as a person of that country, and no person from "an official visit"', () => {
    const rec = parsePressRelease('Kampala, 4 May 2025 - The Rwandan official, Jean Habimana, said the two police forces would share data. The Burundian delegate, Alice Niyonzima, agreed. The minister also paid an official visit to Jinja.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Jean Habimana', 'official', 'RW'],
      ['Alice Niyonzima', 'delegate', 'BI'],
    ]);
  });

  it('gives "his Kenyan counterpart, Inspector General X" the country of the counterpart, past an office before the name', () => {
    const rec = parsePressRelease('Addis Ababa, 3 May 2025 - The Ethiopian commissioner handed the chairmanship to his Tanzanian counterpart, Inspector General Amina Mrisho.');
    expect(rec.people.find((p) => p.name === 'Amina Mrisho')?.country).toBe('TZ');
  });

  it('reads the country of a demonym before a field noun and an office ("Kenyan police chief X", "Nigeria\'s army spokesman X")', () => {
    const rec = parsePressRelease('Kampala, 4 May 2025 - Kenyan police chief Peter Otieno and Nigeria\'s army spokesman Musa Bello spoke to reporters after the talks.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Peter Otieno', 'chief', 'KE'],
      ['Musa Bello', 'spokesman', 'NG'],
    ]);
  });

  it('leaves the honorific "Hon."/"Hon"/"Rt Hon" out of the name, with or without its full stop', () => {
    const rec = parsePressRelease(
      'KAMPALA, 9 June 2025 - Hon. Grace Atwine, Minister of State for Internal Affairs, opened the border security meeting. Hon Peter Lokeris thanked the delegates, and the Rt Hon Moses Kigongo said the talks were useful.',
    );
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Grace Atwine', 'Minister of State for Internal Affairs'],
      ['Peter Lokeris', null],
      ['Moses Kigongo', null],
    ]);
    expect(rec.people.map((p) => rec.text.slice(p.mentions[0]?.start, p.mentions[0]?.end))).toEqual(['Grace Atwine', 'Peter Lokeris', 'Moses Kigongo']);
  });

  it('reads no person from "the Honourable" before an office ("the Honourable Minister", "the Honourable Speaker")', () => {
    const rec = parsePressRelease('ENTEBBE - The Honourable Minister told the meeting that the Honourable Speaker of Parliament would receive the delegates.');
    expect(rec.people).toEqual([]);
  });

  it('keeps the full stop of an abbreviated suffix in the name and its span ("Emilio Santos Jr."), not of a numeral ("III")', () => {
    const rec = parsePressRelease('CEBU - Governor Emilio Santos Jr. and Mayor Andres Lim III welcomed the coast guard commanders. Santos said the drills would go on.');
    expect(rec.people.map((p) => [p.name, p.aliases, p.mentions.map((m) => at(rec, m))])).toEqual([
      ['Emilio Santos Jr.', ['Santos'], ['Emilio Santos Jr.', 'Santos']],
      ['Andres Lim III', [], ['Andres Lim III']],
    ]);
  });

  it('reads the roles after "Jr." that the sentence splitter ends a sentence at ("X Jr. Monday received Y")', () => {
    const rec = parsePressRelease('DAVAO - Coast guard commandant Admiral Ruben Tolentino Sr. Monday received the Indonesian maritime security chief.');
    expect(rec.people.map((p) => [p.name, p.roles])).toEqual([['Ruben Tolentino Sr.', ['host']]]);
  });

  it('reads a name set off after an office and an organisation in lower-case words ("a spokesperson for the agency, X, said")', () => {
    const rec = parsePressRelease('ACCRA - A spokesperson for the agency, Efua Mensah, said the border talks would resume. The head of the coastal police, Kofi Boateng, attended.');
    expect(rec.people.map((p) => [p.name, p.title, p.roles.includes('speaker')])).toEqual([
      ['Efua Mensah', 'spokesperson for the agency', true],
      ['Kofi Boateng', 'head of the coastal police', false],
    ]);
  });

  it('reads no title from lower-case words after an office that no name follows ("the head of the delegation, in Accra,")', () => {
    const rec = parsePressRelease('ACCRA - The talks with the head of the delegation, in Accra, were useful, and the chief of the service, Ghana said, would visit.');
    expect(rec.people).toEqual([]);
  });

  it('reads an office whose portfolios a comma and "and" join, with the name right after it and no comma ("Commissioner for Political Affairs, Peace and Security Amina Ouedraogo said")', () => {
    const rec = parsePressRelease('BAMAKO - ECOWAS Commissioner for Political Affairs, Peace and Security Amina Ouedraogo said the Sahel talks would go on.');
    expect(rec.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Amina Ouedraogo', 'ECOWAS Commissioner for Political Affairs, Peace and Security', 'Economic Community of West African States'],
    ]);
  });

  it('ends no title in a list of names after an office and a comma ("the Minister of Interior, Awa Diallo and Musa Keita said")', () => {
    const rec = parsePressRelease('BAMAKO - Speaking after the Minister of Interior, Awa Diallo and Musa Keita said the talks would go on.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Awa Diallo', 'Minister of Interior'],
      ['Musa Keita', null],
    ]);
  });

  it('reads the organisation and its country before a rank an office word opens ("Somali Federal Police Commissioner General X"), and a rank alone without one', () => {
    const rec = parsePressRelease(
      'DJIBOUTI - Somali Federal Police Commissioner General Abdi Warsame met Commissioner General Omar Hassan of Djibouti on Monday to discuss border crime.',
    );
    expect(rec.people.map((p) => [p.name, p.rank, p.title, p.organization, p.country])).toEqual([
      ['Abdi Warsame', 'Commissioner General', 'Commissioner General of the Federal Police', 'Federal Police', 'SO'],
      ['Omar Hassan', 'Commissioner General', null, null, 'DJ'],
    ]);
  });

  it('reads a one-word office written after a title\'s organisation and before a name word as the given name ("Minister of State Sultan bin X"), not "the Sultan of Oman"', () => {
    const rec = parsePressRelease(
      'MANAMA - Minister of State for Defence Affairs Sultan bin Khalifa Al-Dosari received the envoy of the Sultan of Oman, Ahmed Al-Rawahi, on Sunday.',
    );
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Sultan bin Khalifa Al-Dosari', 'Minister of State for Defence Affairs'],
      ['Ahmed Al-Rawahi', 'envoy of the Sultan'],
    ]);
    const acronym = parsePressRelease('KUWAIT - The talks were led by the Chief of the NSB Sultan Al-Ajmi and a Jordanian delegation.');
    expect(acronym.people.map((p) => [p.name, p.title, p.mentions.map((m) => at(acronym, m))])).toEqual([['Sultan Al-Ajmi', 'Chief of the NSB', ['Sultan Al-Ajmi']]]);
  });

  it('makes the person after an inverted speech verb a speaker (\'"...," said police spokesperson Brig. Gen. X\', "..., says the head of X, Y"), not a name after "said" in a reported clause', () => {
    const rec = parsePressRelease(
      'HANOI - "Both forces will share intelligence in real time," said Vietnamese police spokesperson Maj. Gen. Tran Minh Duc. The ministry said Colonel Nguyen Van Long would lead the joint team, and the talks went well, says the head of the border police, Somvang Keola.',
    );
    expect(rec.people.map((p) => [p.name, p.roles.includes('speaker')])).toEqual([
      ['Tran Minh Duc', true],
      ['Nguyen Van Long', false],
      ['Somvang Keola', true],
    ]);
  });

  it('makes people listed among those taking part participants ("X and Y were among the participants", "Participants included X and Y"), not one who addressed them', () => {
    const among = parsePressRelease('LOME - The police chief of Togo, Colonel Yao Agbeko, and the head of the national gendarmerie, General Koffi Dossou, were among the participants at the meeting.');
    expect(among.people.map((p) => [p.name, p.roles])).toEqual([
      ['Yao Agbeko', ['participant']],
      ['Koffi Dossou', ['participant']],
    ]);
    const listed = parsePressRelease('LOME - Participants included Colonel Yao Agbeko and General Koffi Dossou. Commissioner Ama Mensah addressed the participants.');
    expect(listed.people.map((p) => [p.name, p.roles])).toEqual([
      ['Yao Agbeko', ['participant']],
      ['Koffi Dossou', ['participant']],
      ['Ama Mensah', ['speaker']],
    ]);
  });

  it('reads a one-word office inside a name that a rank opens as a name word ("Major General Saif Sultan Al Shamsi"), not as the title', () => {
    const rec = parsePressRelease('SHARJAH - The talks were attended by Brigadier Khalid Sultan Al Mazrouei, Director of the Criminal Investigation Department.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([['Khalid Sultan Al Mazrouei', 'Brigadier', 'Director of the Criminal Investigation Department']]);
  });

  it('reads the tail of an agency named before as that agency before an office ("National Police spokesperson X" after "the Indonesian National Police")', () => {
    const rec = parsePressRelease(
      'JAKARTA - The Indonesian National Police hosted the ASEANAPOL working group on Monday. "Cooperation is vital," said National Police spokesperson Brig. Gen. Rudi Hartono.',
    );
    expect(rec.people.map((p) => [p.name, p.title, p.organization, p.country, p.roles])).toEqual([
      ['Rudi Hartono', 'spokesperson of the Indonesian National Police', 'Indonesian National Police', 'ID', ['speaker']],
    ]);
  });

  it('keeps a capitalised portfolio that is also a field noun in the title after a demonym ("Thai Defence Minister X"), and reads a field noun in lower case as before ("Kenyan police chief X")', () => {
    const rec = parsePressRelease('PHNOM PENH - Cambodian Defence Minister Tea Vanna and Kenyan police chief Peter Otieno held talks on Monday.');
    expect(rec.people.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Tea Vanna', 'Defence Minister', 'KH'],
      ['Peter Otieno', 'chief', 'KE'],
    ]);
  });

  it('reaches through "and <country>\'s" to the next person of a coordination ("A and Mexico\'s Secretary of Security B signed")', () => {
    const rec = parsePressRelease('SAN JOSE - Costa Rican Security Minister Mario Zamora and Panama\'s Minister of Public Security Frank Abrego signed a memorandum on border patrols.');
    expect(rec.people.map((p) => [p.name, p.roles])).toEqual([
      ['Mario Zamora', ['signatory']],
      ['Frank Abrego', ['signatory']],
    ]);
  });

  it('makes the subjects of holding an event participants, however long its name ("A and B held the IV Binational Border Security and Defence Cabinet meeting")', () => {
    const rec = parsePressRelease('QUITO - Interior Minister Ana Lopez and her Peruvian counterpart, Minister Jorge Diaz, held the IV Binational Border Security and Defence Cabinet meeting in Quito on Friday.');
    expect(rec.people.map((p) => [p.name, p.roles])).toEqual([
      ['Ana Lopez', ['participant']],
      ['Jorge Diaz', ['participant']],
    ]);
  });

  it('reads an office with several portfolios set off by commas before the "and" ("Minister of Home Affairs, Immigration, Safety and Security, X")', () => {
    const rec = parsePressRelease('GABORONE - The meeting was opened by the Minister of Defence, Justice, Safety and Security, Kagiso Mmusi, who welcomed the police chiefs.');
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([['Kagiso Mmusi', 'Minister of Defence, Justice, Safety and Security']]);
  });

  it('leaves Nigerian honorifics ("Engr.", "Barr.", "Alh.") out of the name, and reads a title set off after post-nominal letters ("X, MP, Minister for Defence,")', () => {
    const rec = parsePressRelease(
      'ABUJA - The talks were attended by Engr. Bala Yusuf and Alh. Sani Danladi. Barr. Ngozi Eze, SAN, Attorney-General of the Federation, also spoke, and Hon. Kwesi Ameyaw, MP, Minister for the Interior, said Ghana would host the next round.',
    );
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([
      ['Bala Yusuf', null],
      ['Sani Danladi', null],
      ['Ngozi Eze', 'Attorney-General of the Federation'],
      ['Kwesi Ameyaw', 'Minister for the Interior'],
    ]);
  });

  it('reads the abbreviated Thai police ranks ("Pol Gen", "Pol. Lt. Gen.", "Pol Col") before a name, not "Pol" as a name', () => {
    const rec = parsePressRelease('CHIANG MAI - Royal Thai Police deputy chief Pol Gen Surachai Boonmee and Pol. Lt. Gen. Anek Thongdee met Lao police officers. Pol Col Wichai Saengthong also attended.');
    expect(rec.people.map((p) => [p.name, p.rank])).toEqual([
      ['Surachai Boonmee', 'General of Police'],
      ['Anek Thongdee', 'Lieutenant-General of Police'],
      ['Wichai Saengthong', 'Colonel of Police'],
    ]);
  });

  it('reads a first name written like a place after an honorific or a rank ("Hon Aden X", "Brigadier Jordan X"), and no place alone as a name', () => {
    const rec = parsePressRelease('MOMBASA - Hon Aden Farah, Cabinet Secretary for Defence, met Brigadier Jordan Mwangi. The delegation then left for Aden.');
    expect(rec.people.map((p) => [p.name, p.rank, p.title])).toEqual([
      ['Aden Farah', null, 'Cabinet Secretary for Defence'],
      ['Jordan Mwangi', 'Brigadier', null],
    ]);
  });

  it('takes the apposition that names a body over a bare office before the name, with the verb after it ("Director X, the head of the FBI, said")', () => {
    const rec = parsePressRelease('NAIROBI - Director Amina Wanjiru, the head of the Directorate of Criminal Investigations of Kenya, said the talks were useful. Commissioner Musa Otieno attended.');
    expect(rec.people.map((p) => [p.name, p.title, p.roles.includes('speaker')])).toEqual([
      ['Amina Wanjiru', 'head of the Directorate of Criminal Investigations', true],
      ['Musa Otieno', 'Commissioner', false],
    ]);
  });
});
