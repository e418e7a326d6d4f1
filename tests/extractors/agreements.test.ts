import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { BILATERAL_TALKS, PLANNED_PROTOCOL } from '../fixtures/entities/releases.js';

describe('agreements extractor', () => {
  it('reads a memorandum signed between two services, with their countries as parties', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    expect(rec.agreements).toEqual([expect.objectContaining({ kind: 'memorandum', title: null, parties: ['KZ', 'KG'], status: 'signed' })]);
    const a = rec.agreements[0];
    expect(a && rec.text.slice(a.mention.start, a.mention.end)).toBe('memorandum of understanding');
  });

  it('reads a protocol to be signed as planned, with its title, and drops generic documents then', () => {
    const rec = parsePressRelease(PLANNED_PROTOCOL);
    expect(rec.agreements).toEqual([
      expect.objectContaining({ kind: 'protocol', title: 'Protocol on Cooperation in Combating Extremism', parties: [], status: 'planned' }),
    ]);
  });

  it('reads possessive services as parties of a cooperation agreement', () => {
    const rec = parsePressRelease("At the meeting, a cooperation agreement was signed between Armenia's National Security Service and Georgia's State Security Service.");
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['cooperation-agreement', ['AM', 'GE'], 'signed']]);
  });

  it('does not take "agreed" or a document only talked about for an agreement', () => {
    expect(parsePressRelease('The heads of the services agreed to work together.').agreements).toEqual([]);
    expect(parsePressRelease('Since 1997 the council has reviewed over 60 draft documents and an agreement on data exchange.').agreements).toEqual([]);
  });


  it('reads a declaration adopted, with the place name that begins its title', () => {
    const rec = parsePressRelease('Delegates adopted the Kampala Declaration on countering violent extremism.');
    const a = rec.agreements[0];
    expect(rec.agreements.map((x) => [x.kind, x.title, x.status])).toEqual([['declaration', 'Kampala Declaration', 'signed']]);
    expect(a && rec.text.slice(a.mention.start, a.mention.end)).toBe('Kampala Declaration');
  });

  it('reads countries named together as the parties: subject of "signed", "between", demonyms', () => {
    const subject = parsePressRelease('Ghana and Togo signed a memorandum of understanding on intelligence sharing in Accra on Friday.');
    expect(subject.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['memorandum', ['GH', 'TG'], 'signed']]);
    const a = subject.agreements[0];
    expect(a && subject.text.slice(a.mention.start, a.mention.end)).toBe('memorandum of understanding');
    const between = parsePressRelease('A protocol on counter-terrorism cooperation was signed between Chile and Peru.');
    expect(between.agreements.map((x) => x.parties)).toEqual([['CL', 'PE']]);
    const demonyms = parsePressRelease('The Thai, Lao and Cambodian services signed an agreement on border security.');
    expect(demonyms.agreements.map((x) => x.parties)).toEqual([['TH', 'LA', 'KH']]);
  });

  it('does not take a lone country or the places of the talks for parties', () => {
    expect(parsePressRelease('Norway signed a memorandum with the agency.').agreements.map((x) => x.parties)).toEqual([[]]);
    expect(parsePressRelease('A memorandum was signed on threats in Mali and Niger.').agreements.map((x) => x.parties)).toEqual([[]]);
  });

  it('reads the countries of the people who signed as the parties when the sentence names no service', () => {
    const rec = parsePressRelease(
      'Director of the National Security Service of Armenia Andranik Simonyan held talks in Yerevan with Chairman of the State Security Committee of Georgia Grigol Liluashvili. Following the talks, Simonyan and Liluashvili signed a cooperation plan for 2025-2026.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['other', ['AM', 'GE'], 'signed']]);
  });

  it('reads "the two countries" as the last two countries named before it', () => {
    const rec = parsePressRelease(
      'The heads of intelligence of Uruguay and Paraguay met in Montevideo on Monday. The two countries\' services signed a memorandum of understanding on information exchange.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['memorandum', ['UY', 'PY'], 'signed']]);
    expect(parsePressRelease('The two countries signed a memorandum.').agreements.map((a) => a.parties)).toEqual([[]]);
  });

  it('reads a signing the event "will see" or that is "due to" happen as planned', () => {
    const status = (text: string) => parsePressRelease(text).agreements.map((a) => a.status);
    expect(status('The three-day meeting in Dakar will also see the signing of a joint communique on cybercrime.')).toEqual(['planned']);
    expect(status('The two services are due to sign a memorandum of understanding on Friday.')).toEqual(['planned']);
  });

  it('reads "the two sides signed" as the two countries whose officials the text names', () => {
    const rec = parsePressRelease(
      'Director of the National Intelligence Agency of Ghana Kwabena Adu-Boahene held talks in Accra with Director General of the National Intelligence Agency of Togo Yark Damehame. Both services see a rising threat in the north. The two sides signed a memorandum of understanding on the exchange of information.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['memorandum', ['GH', 'TG'], 'signed']]);
    const three = parsePressRelease(
      'Director of the National Intelligence Agency of Ghana Kwabena Adu-Boahene received the head of the National Intelligence Agency of Togo. Delegations from Benin, Niger and Burkina Faso also attended. The participants signed a protocol.',
    );
    expect(three.agreements.map((a) => a.parties)).toEqual([[]]);
  });

  it('reads a document signed before the event ("had signed", "signed ... in 2019") as mentioned', () => {
    const status = (text: string) => parsePressRelease(text, { publishedAt: '2025-06-02' }).agreements.map((a) => [a.kind, a.status]);
    expect(status('Under the agreement signed in 2015, the services exchange data.')).toEqual([['cooperation-agreement', 'mentioned']]);
    expect(status('Chile and Peru had signed a protocol on police cooperation in 2018.')).toEqual([['protocol', 'mentioned']]);
    expect(status('He recalled the memorandum signed between the two services in October 2022 and urged its implementation.')).toEqual([['memorandum', 'mentioned']]);
    expect(status('The Lima Declaration signed by the ministers of Chile and Peru in 2023 remains the basis of their work.')).toEqual([['declaration', 'mentioned']]);
    expect(status('The two services signed a memorandum in Lima on Monday.')).toEqual([['memorandum', 'signed']]);
    expect(status('The two services signed a memorandum in June 2025.')).toEqual([['memorandum', 'signed']]);
  });

  it('reads a working arrangement and a letter of intent as documents', () => {
    const kinds = (text: string) => parsePressRelease(text).agreements.map((a) => [a.kind, a.title, a.status]);
    expect(kinds('Interpol and Ameripol signed a Working Arrangement on the exchange of criminal data.')).toEqual([['cooperation-agreement', null, 'signed']]);
    expect(kinds('The two police services also signed a letter of intent on training.')).toEqual([['other', null, 'signed']]);
  });

  it('reads a declaration or communique the meeting "will adopt" or "is expected to adopt" as planned', () => {
    const status = (text: string) => parsePressRelease(text).agreements.map((a) => [a.kind, a.status]);
    expect(status('The ministers are expected to adopt the Nairobi Declaration on maritime security.')).toEqual([['declaration', 'planned']]);
    expect(status('The forum will also adopt a joint communique on cybercrime.')).toEqual([['joint-statement', 'planned']]);
    expect(status('Kenya would press for the adoption of a joint communique on piracy.')).toEqual([['joint-statement', 'planned']]);
    expect(status('The forum adopted a joint communique on cybercrime.')).toEqual([['joint-statement', 'signed']]);
  });

  it('keeps a plan signed in the same sentence as a memorandum, and drops generic documents then', () => {
    const rec = parsePressRelease('The ministers signed an action plan for 2026 and witnessed the signing of a memorandum of understanding on police training.');
    expect(rec.agreements.map((a) => [a.kind, a.status])).toEqual([
      ['other', 'signed'],
      ['memorandum', 'signed'],
    ]);
    expect(parsePressRelease('The sides signed several documents and a memorandum on cyber security.').agreements.map((a) => a.kind)).toEqual(['memorandum']);
  });

  it('reads a headline "A, B Sign MoU" without making "B Sign MoU" a title, with A and B as parties', () => {
    const rec = parsePressRelease('Rwanda, Burundi Sign MoU to Boost Border Security\n\nKigali, May 3 - The intelligence services of Rwanda and Burundi signed a memorandum of understanding on Friday.');
    expect(rec.agreements.map((a) => [a.kind, a.title, a.parties])).toEqual([['memorandum', null, ['RW', 'BI']]]);
  });

  it('reads a plan or programme "approved" or "adopted" as a document of the event, a body after it not part of its title', () => {
    const rec = parsePressRelease('The council approved the Programme of Cooperation of ASEANAPOL for 2026-2028 and reviewed several documents.');
    expect(rec.agreements.map((a) => [a.kind, a.title, a.status, a.organizations])).toEqual([['other', null, 'signed', ['ASEAN National Police']]]);
    const named = parsePressRelease('The ministers adopted the Mekong Action Plan of ASEANAPOL.');
    expect(named.agreements.map((a) => [a.kind, a.title, a.status])).toEqual([['other', 'Mekong Action Plan', 'signed']]);
    expect(parsePressRelease('The ministers adopted several documents.').agreements).toEqual([]);
  });
  it('reads a definite "the agreement" / "this accord" after a listed document as a mention of that document, not a new one', () => {
    const rec = parsePressRelease(
      'The police chiefs of Ghana and Togo signed a protocol on cross-border patrols in Lome. The agreement, the first of its kind, takes effect in March.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['protocol', ['GH', 'TG'], 'signed']]);
    const accord = parsePressRelease('Kenya and Uganda signed a memorandum on border security. This accord, signed by both directors, replaces the old one.');
    expect(accord.agreements.map((a) => [a.kind, a.status])).toEqual([['memorandum', 'signed']]);
  });

  it('keeps a definite agreement that says which it is, or that is the first told of, as its own document', () => {
    const rec = parsePressRelease('The two services signed a memorandum on training. The agreement on extradition was signed as well.');
    expect(rec.agreements.map((a) => a.kind)).toEqual(['memorandum', 'cooperation-agreement']);
    expect(parsePressRelease('The agreement was signed by the two directors in Quito.').agreements.map((a) => [a.kind, a.status])).toEqual([['cooperation-agreement', 'signed']]);
  });
  it('does not take countries named after the document, in what it is about, for its parties', () => {
    const rec = parsePressRelease('The chiefs adopted the Manila Joint Statement, which commits the services to act against syndicates run from Laos and Cambodia.');
    expect(rec.agreements.map((a) => [a.kind, a.parties])).toEqual([['joint-statement', []]]);
  });

  it('still takes countries after the document as parties when they sign it: "signed by A and B", "which A and B signed"', () => {
    const by = parsePressRelease('A protocol on border patrols was signed by Ecuador and Peru in Quito.');
    expect(by.agreements.map((a) => a.parties)).toEqual([['EC', 'PE']]);
    const which = parsePressRelease('The memorandum, which Ecuador and Peru signed on Friday, covers border patrols.');
    expect(which.agreements.map((a) => a.parties)).toEqual([['EC', 'PE']]);
  });
  it('reads "the two ministers signed" with a host the text gives no country as of the release\'s home country (its dateline\'s)', () => {
    const body = 'The Minister of the Interior, Antoine Diome, today received his Gambian counterpart, Abdoulie Sanyang. The two ministers signed a memorandum on border management.';
    expect(parsePressRelease(`DAKAR, 3 May 2025 - ${body}`).agreements.map((a) => [...a.parties].sort())).toEqual([['GM', 'SN']]);
    // No dateline nor outlet: no home country to pair with.
    expect(parsePressRelease(body).agreements.map((a) => a.parties)).toEqual([[]]);
  });
  it('reads a memorandum written "memo of understanding" or "MoUs"', () => {
    expect(parsePressRelease('The two ministers signed a memo of understanding on drug control.').agreements.map((a) => [a.kind, a.status])).toEqual([['memorandum', 'signed']]);
    expect(parsePressRelease('The police chiefs signed three MoUs on training.').agreements.map((a) => [a.kind, a.status])).toEqual([['memorandum', 'signed']]);
  });

  it('reads parties listed with articles and state styles ("The Kingdom of Morocco and the Republic of Senegal signed")', () => {
    const rec = parsePressRelease('Rabat, 2 June 2025 - The Kingdom of Morocco and the Republic of Senegal signed a memorandum of understanding on counter-terrorism in Rabat.');
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['memorandum', ['MA', 'SN'], 'signed']]);
  });

  it('reads a plan of joint activities or of interaction as a document the signing sides sign ("the parties signed a plan of joint activities for 2026-2027")', () => {
    const rec = parsePressRelease(
      'ASTANA, 3 March 2026 - Kazakh KNB chairman Yermek Sagimbayev and Kyrgyz GKNB chairman Tashiev Kamchybek held talks in Astana, with drug routes from Afghanistan on the agenda. At the end, the parties signed a plan of joint activities for 2026-2027.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['other', ['KZ', 'KG'], 'signed']]);
  });

  it('reads a programme that a body is expected to approve as planned, and one only discussed as no agreement', () => {
    const planned = parsePressRelease('DUSHANBE - The council of border chiefs is expected to approve a programme of interaction for 2026 at its session in Dushanbe.');
    expect(planned.agreements.map((a) => [a.kind, a.status])).toEqual([['other', 'planned']]);
    const discussed = parsePressRelease('DUSHANBE - The border chiefs discussed a programme of interaction for 2026 at their session in Dushanbe.');
    expect(discussed.agreements).toEqual([]);
  });

  it('reads an executive programme signed by the two sides as an agreement ("signed an executive programme for police cooperation")', () => {
    const rec = parsePressRelease(
      'KUWAIT, 2 February 2026 - Kuwaiti Interior Minister Sheikh Fahad Al-Yousef received Omani Police Inspector General Hassan Al-Shuraiqi. The two sides signed an executive programme for police cooperation for 2026-2027.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['other', ['KW', 'OM'], 'signed']]);
  });

  it('reads a headline\'s bare "agreement" as the document the body names ("Peru, Bolivia sign agreement" over "signed a memorandum of understanding"), and keeps it when the body names none', () => {
    const told = parsePressRelease('Peru, Bolivia sign agreement on border crime\n\nLIMA, 4 March 2026 - The interior ministers of Peru and Bolivia signed a memorandum of understanding on border crime in Lima on Tuesday.');
    expect(told.agreements.map((a) => [a.kind, a.status])).toEqual([['memorandum', 'signed']]);
    const alone = parsePressRelease('Peru, Bolivia sign agreement on border crime\n\nLIMA, 4 March 2026 - The interior ministers of Peru and Bolivia met in Lima on Tuesday.');
    expect(alone.agreements.map((a) => [a.kind, a.status])).toEqual([['cooperation-agreement', 'signed']]);
  });

  it('reads a pact as a cooperation agreement ("Uganda and South Sudan inked a border security pact")', () => {
    const rec = parsePressRelease('JUBA - Uganda and South Sudan on Friday inked a border security pact to curb cattle raids.');
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['cooperation-agreement', ['UG', 'SS'], 'signed']]);
  });

  it('takes the status from the verb that governs the document ("signed a protocol ... and agreed to conclude a memorandum")', () => {
    const rec = parsePressRelease(
      'HARARE - The police chiefs signed a protocol on the exchange of fingerprints and agreed to conclude a memorandum of understanding with INTERPOL before December.',
    );
    expect(rec.agreements.map((a) => [a.kind, a.status, rec.text.slice(a.mention.start, a.mention.end)])).toEqual([
      ['protocol', 'signed', 'protocol'],
      ['memorandum', 'planned', 'memorandum of understanding'],
    ]);
  });

  it('reads a document approved or adopted with an -ing verb, and a "plan of action" ("approving a memorandum", "adopting a plan of action")', () => {
    const rec = parsePressRelease('MUSCAT - The ministers closed their meeting on Monday, approving a memorandum of understanding with UNODC and adopting a regional plan of action for 2026-2028.');
    expect(rec.agreements.map((a) => [a.kind, a.status, rec.text.slice(a.mention.start, a.mention.end)])).toEqual([
      ['memorandum', 'signed', 'memorandum of understanding'],
      ['other', 'signed', 'plan of action'],
    ]);
  });

  it('does not take an adopting word that governs something else for the signing of a memorandum', () => {
    const rec = parsePressRelease('MUSCAT - The ministers, adopting a firm tone, discussed a memorandum of understanding with UNODC.');
    expect(rec.agreements).toEqual([]);
  });

  it('reads a renewal of an earlier document as signed at the event ("renewed their 2021 memorandum")', () => {
    const rec = parsePressRelease('ARUSHA - Tanzania and Rwanda renewed their 2021 memorandum of understanding on border policing.');
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['memorandum', ['TZ', 'RW'], 'signed']]);
  });

  it('takes no sentence-opening article into a document\'s name ("A Memorandum of Understanding was inked")', () => {
    const rec = parsePressRelease('ARUSHA - A Memorandum of Understanding was inked between the Tanzania Police Force and the Rwanda National Police.');
    expect(rec.agreements.map((a) => [a.title, rec.text.slice(a.mention.start, a.mention.end)])).toEqual([[null, 'Memorandum of Understanding']]);
  });

  it('reads the countries of the people who signed as parties ("signed by the interior ministers of Rwanda, Burundi and Tanzania")', () => {
    const rec = parsePressRelease('ARUSHA - The talks closed with a joint communiqué signed by the interior ministers of Rwanda, Burundi and Tanzania.');
    expect(rec.agreements.map((a) => [a.kind, a.parties, a.status])).toEqual([['joint-statement', ['RW', 'BI', 'TZ'], 'signed']]);
  });

  it('reads a document adopted in the passive ("A Regional Protocol on Firearms was adopted"), not one adopted before a comma', () => {
    expect(parsePressRelease('ARUSHA - A Regional Protocol on Small Arms was adopted on Friday.').agreements.map((a) => [a.kind, a.title, a.status])).toEqual([
      ['protocol', 'Regional Protocol on Small Arms', 'signed'],
    ]);
    expect(parsePressRelease('ARUSHA - The protocol, which was adopted in 2019, was reviewed.').agreements).toEqual([]);
  });

  it('keeps one country as the party of a document with an intergovernmental body ("the Ghana Police Service ... with INTERPOL", "Ghana and UNODC")', () => {
    const parties = (text: string): unknown => parsePressRelease(text).agreements.map((a) => [a.parties, a.organizations]);
    expect(parties('ACCRA - The Ghana Police Service signed a memorandum of understanding with INTERPOL on Friday.')).toEqual([[['GH'], ['International Criminal Police Organization']]]);
    expect(parties('ACCRA - Ghana and UNODC signed a memorandum of understanding on Friday.')).toEqual([[['GH'], ['United Nations Office on Drugs and Crime']]]);
    expect(parties('THE HAGUE - Europol and the Ghanaian police signed a working arrangement on Friday.')).toEqual([[['GH'], ['European Union Agency for Law Enforcement Cooperation']]]);
  });

  it('takes no lone country for a party where no body signs with it, nor one the document is about', () => {
    expect(parsePressRelease('ACCRA - The Ghana Police Service signed a memorandum of understanding on Friday.').agreements.map((a) => a.parties)).toEqual([[]]);
    expect(parsePressRelease('ACCRA - A memorandum on threats in Mali was signed with the African Union.').agreements.map((a) => a.parties)).toEqual([[]]);
  });
});
