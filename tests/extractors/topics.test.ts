import { describe, expect, it } from 'vitest';
import { parsePressRelease, type PressRecord } from '../../src/index.js';
import { APPOSITION_AND_VARIANTS, BILATERAL_TALKS, NO_PEOPLE, PLANNED_PROTOCOL } from '../fixtures/entities/releases.js';

const topicsOf = (rec: PressRecord): string[] => rec.topics.map((t) => t.topic).sort();

describe('topics extractor', () => {
  it('finds topics from their wording, with spans', () => {
    const rec = parsePressRelease(BILATERAL_TALKS);
    expect(topicsOf(rec)).toEqual(['drug-trafficking', 'illegal-migration', 'intelligence-sharing', 'terrorism']);
    const sharing = rec.topics.find((t) => t.topic === 'intelligence-sharing');
    expect(sharing?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['exchange of operational information']);
  });

  it('reads inflections and synonyms', () => {
    const rec = parsePressRelease('They discussed radicalism among youth, the financing of terrorism, money laundering, illegal weapons trafficking and interreligious strife.');
    expect(topicsOf(rec)).toEqual(['arms-trafficking', 'extremism', 'interethnic-conflict', 'terrorism', 'terrorist-financing']);
    expect(topicsOf(parsePressRelease(APPOSITION_AND_VARIANTS))).toEqual(['information-security', 'terrorism']);
    expect(topicsOf(parsePressRelease('The chiefs discussed the spread of small arms and light weapons in the Sahel.'))).toEqual(['arms-trafficking']);
  });

  it('does not count topic words inside the names of agencies, documents or exercises', () => {
    expect(topicsOf(parsePressRelease(NO_PEOPLE))).toEqual([]);
    expect(topicsOf(parsePressRelease(PLANNED_PROTOCOL))).toEqual([]);
  });

  it('reads the subject an event\'s name states ("the Regional Conference on Illegal Migration"), not an office\'s or a centre\'s', () => {
    const rec = parsePressRelease('Manila, 4 June 2025 - The 6th Regional Conference on Illegal Migration opened in Manila, with the Centre against Terrorism and the Office on Drugs and Crime attending.');
    expect(topicsOf(rec)).toEqual(['illegal-migration']);
    const [migration] = rec.topics;
    expect(migration?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['Illegal Migration']);
  });

  it('reads the topic a name puts before its event noun ("the Indonesia-Australia Counter-Terrorism Dialogue"), not a centre\'s or a code name\'s', () => {
    const rec = parsePressRelease('The two agencies held the 9th Indonesia-Australia Counter-Terrorism Dialogue in Bali on Thursday.');
    expect(rec.topics.map((t) => [t.topic, t.mentions.map((m) => rec.text.slice(m.start, m.end))])).toEqual([['terrorism', ['Counter-Terrorism']]]);
    expect(topicsOf(parsePressRelease('Officers of the Regional Counter-Terrorism Centre met the Almaty-Anti-Terror-2024 planners in Almaty.'))).toEqual([]);
  });

  it('reads firearms trafficking, gang violence, scam centres, disinformation, cyber incidents and the protection of the borders', () => {
    const rec = parsePressRelease('The chiefs reviewed firearms trafficking across the islands, gang violence in the capitals and the scam centres run from the border zone.');
    expect(topicsOf(rec)).toEqual(['arms-trafficking', 'information-security', 'organized-crime']);
    const cyber = parsePressRelease('The services compared notes on disinformation campaigns and on cyber incidents against ministries.');
    expect(topicsOf(cyber)).toEqual(['information-security']);
    const borders = parsePressRelease('The commanders agreed to step up the protection of the borders with Afghanistan.');
    expect(borders.topics.map((t) => [t.topic, t.mentions.map((m) => borders.text.slice(m.start, m.end))])).toEqual([['border-security', ['protection of the borders']]]);
  });

  it('reads a terrorist group named as a threat ("the threat posed by ISIS-K", "al-Shabaab attacks") as terrorism', () => {
    const rec = parsePressRelease('The chiefs discussed the threat posed by ISIS-K in the region and al-Shabaab attacks on border posts.');
    expect(topicsOf(rec)).toEqual(['terrorism']);
    expect(rec.topics[0]?.mentions.map((m) => rec.text.slice(m.start, m.end))).toEqual(['ISIS-K', 'al-Shabaab']);
  });

  it('needs a discussion, not a keyword out of context', () => {
    expect(topicsOf(parsePressRelease('The sides praised their cultural and humanitarian ties and exchanged views on the agenda.'))).toEqual([]);
    expect(topicsOf(parsePressRelease('Over 2 million tonnes of humanitarian aid reached the region.'))).toEqual(['humanitarian']);
  });

  it('reads of- and in-constructions of trafficking and smuggling, with spans', () => {
    const rec = parsePressRelease(
      'In Kampala the directors weighed the trafficking of small arms across porous borders, the smuggling of migrants by sea and the trade in heroin along the coast.',
    );
    expect(topicsOf(rec)).toEqual(['arms-trafficking', 'drug-trafficking', 'illegal-migration']);
    const spans = rec.topics.map((t) => t.mentions.map((m) => rec.text.slice(m.start, m.end)));
    expect(spans).toEqual([['trafficking of small arms'], ['smuggling of migrants'], ['trade in heroin']]);
    expect(topicsOf(parsePressRelease('Officials in Lima warned of trafficking in women and children and of human smuggling networks.'))).toEqual([
      'human-trafficking',
      'illegal-migration',
    ]);
  });

  it('reads British and American spellings and split compounds', () => {
    const rec = parsePressRelease('The chiefs in Canberra discussed radicalisation online, radicalization in prisons, cyber attacks on ports and money-laundering by crime syndicates.');
    expect(topicsOf(rec)).toEqual(['extremism', 'information-security', 'organized-crime', 'terrorist-financing']);
  });

  it('needs the linking word right after the trade noun, without punctuation in between', () => {
    expect(topicsOf(parsePressRelease('The trade ministers of the bloc met. Arms were not on the agenda.'))).toEqual([]);
    expect(topicsOf(parsePressRelease('They reviewed the flow of tourists, arms control talks aside.'))).toEqual([]);
    expect(topicsOf(parsePressRelease('Trade in the region grew; weapons exports fell.'))).toEqual([]);
  });

  it('reads the laundering of money and proceeds as terrorist financing', () => {
    const rec = parsePressRelease('In Panama City the services traced the laundering of drug money through shell firms.');
    expect(rec.topics.map((t) => [t.topic, t.mentions.map((m) => rec.text.slice(m.start, m.end))])).toEqual([['terrorist-financing', ['laundering of drug money']]]);
    expect(topicsOf(parsePressRelease('The laundering of reputations was not discussed.'))).toEqual([]);
  });

  it('reads cyber espionage and ransomware as information security, returning jihadists as foreign fighters', () => {
    const topics = (text: string) => parsePressRelease(text).topics.map((t) => t.topic);
    expect(topics('The directors discussed cyber espionage and ransomware attacks on hospitals.')).toEqual(['information-security']);
    expect(topics('The directors discussed the threat from returning jihadists.')).toContain('foreign-fighters');
  });

  it('reads cocaine routes and heroin smuggling as drug trafficking, cartels and transnational crimes as organised crime', () => {
    const rec = parsePressRelease('Police chiefs agreed to close the cocaine routes through the Pacific. No country can face the cartels alone, the director said.');
    expect(topicsOf(rec)).toEqual(['drug-trafficking', 'organized-crime']);
    expect(rec.topics.map((t) => t.mentions.map((m) => rec.text.slice(m.start, m.end)))).toEqual([['cocaine routes'], ['cartels']]);
    expect(topicsOf(parsePressRelease('The ministers agreed to fight transnational crimes and heroin smuggling.'))).toEqual(['drug-trafficking', 'organized-crime']);
  });

  it('reads the wording probes of other outlets used: "the fight against drugs", "electronic crimes", "the common border", "finance terrorism"', () => {
    const topics = (text: string) => parsePressRelease(text).topics.map((t) => t.topic);
    expect(topics('The ministers discussed the fight against drugs.')).toEqual(['drug-trafficking']);
    expect(topics('The sides agreed to combat electronic crimes together.')).toEqual(['information-security']);
    expect(topics('They stressed the protection of the common border.')).toEqual(['border-security']);
    expect(topics('Groups use cryptocurrencies to finance terrorism, the minister warned.')).toContain('terrorist-financing');
  });

  it('reads laundering with its object a word or two on ("laundered the proceeds", "launder their cash")', () => {
    const rec = parsePressRelease('The networks laundered the proceeds through casinos and launder their cash in real estate.');
    expect(rec.topics.map((t) => [t.topic, t.mentions.map((m) => rec.text.slice(m.start, m.end))])).toEqual([['terrorist-financing', ['laundered the proceeds', 'launder their cash']]]);
  });

  it('reads the victims of trafficking and trafficked persons as human trafficking', () => {
    expect(topicsOf(parsePressRelease('Officers freed 300 victims of trafficking and returned trafficked children to their families.'))).toEqual(['human-trafficking']);
  });

  it('does not read laundering from a "money" more than two words after it', () => {
    expect(topicsOf(parsePressRelease('The hotel laundering service was closed, and the ministers then discussed the budget money.'))).toEqual([]);
  });
});
