import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import agencies from '../../data/agencies.json';
import countries from '../../data/countries.json';
import { bundledGazetteer } from '../../src/gazetteer/gazetteer.js';
import { parsePressRelease } from '../../src/index.js';

const KINDS = new Set([
  'security-service',
  'intelligence',
  'foreign-intelligence',
  'military-intelligence',
  'signals-intelligence',
  'counter-terrorism',
  'law-enforcement',
  'border-guard',
  'protective-service',
  'financial-intelligence',
  'security-council',
  'coordination',
  'ministry',
]);
const CODES = new Set(countries.map((c) => c.code));

/** Each organisation of a release as [name, country, acronym]. */
const orgs = (text: string): [string, string | null, string | null][] =>
  parsePressRelease(text).organizations.map((o) => [o.name, o.country, o.acronym]);

/** The written form of each mention of the organisation called `name`. */
const mentionsOf = (text: string, name: string): string[] => {
  const rec = parsePressRelease(text);
  return (rec.organizations.find((o) => o.name === name)?.mentions ?? []).map((m) => rec.text.slice(m.start, m.end));
};

describe('data/agencies.json', () => {
  it('keeps one entry per line between the brackets', () => {
    const lines = readFileSync(join(import.meta.dirname, '../../data/agencies.json'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    const body = lines.slice(1, -1).map((l) => JSON.parse(l.replace(/,$/, '')) as { name: string });
    expect(body.map((e) => e.name)).toEqual(agencies.map((a) => a.name));
  });

  it('gives every entry an assigned country, a documented kind and no stray status', () => {
    for (const a of agencies) {
      expect(CODES.has(a.country), a.name).toBe(true);
      expect(KINDS.has(a.kind), a.name).toBe(true);
      expect('status' in a ? a.status : 'former', a.name).toBe('former');
    }
  });

  it('never repeats a name inside one entry, nor between two entries of one country', () => {
    const seen = new Map<string, string>();
    for (const a of agencies) {
      // Names compare without case, acronyms as written ("MIT" and "MİT" are two spellings).
      const keys = [...[a.name, ...a.aliases].map((n) => n.toLowerCase()), ...a.acronyms];
      expect(new Set(keys).size, a.name).toBe(keys.length);
      for (const k of keys) {
        const owner = seen.get(`${a.country} ${k}`);
        expect(owner === undefined ? null : `${owner} / ${a.name}`, `${a.country}: ${k}`).toBeNull();
        seen.set(`${a.country} ${k}`, a.name);
      }
    }
  });

  it('covers the main services of states on every continent', () => {
    const covered = new Set(agencies.map((a) => a.country));
    for (const code of ['BW', 'CD', 'GM', 'MW', 'SL', 'SS', 'PS', 'MM', 'KH', 'LU', 'MT', 'IS', 'CR', 'EC', 'GT', 'HN', 'PY', 'UY', 'JM', 'PG', 'FJ']) {
      expect(covered.has(code), code).toBe(true);
    }
  });
});

describe('agency look-up of the newly covered states', () => {
  it('finds a full name inside a sentence, with its span', () => {
    const text = 'On Tuesday the Royal Bhutan Police hosted officers from Nepal in Thimphu.';
    const hits = bundledGazetteer()
      .scanText(text)
      .filter((h) => h.kind === 'agency');
    expect(hits.map((h) => [text.slice(h.start, h.end), h.start, h.entry.country])).toEqual([['Royal Bhutan Police', 15, 'BT']]);
  });

  it('names the national police of a Latin American release by its country ("the National Police" in Asunción, Montevideo)', () => {
    expect(orgs('ASUNCIÓN, 9 May 2025 – The Commander of the National Police, Commissioner General Luis Ortega, opened the AMERIPOL meeting.')).toEqual([
      ['National Police of Paraguay', 'PY', null],
      ['American Police Community', null, 'AMERIPOL'],
    ]);
    expect(orgs('MONTEVIDEO, 9 May 2025 – The Uruguayan National Police hosted the talks.')).toEqual([['National Police of Uruguay', 'UY', null]]);
  });

  it('gives no country to a bare "Defence Intelligence", which many states have, and the UK\'s to its qualified name', () => {
    const people = (text: string): unknown => parsePressRelease(text).people.map((p) => [p.name, p.country]);
    expect(people('Air Vice Marshal Musa Danjuma, Chief of Defence Intelligence, led the team to Accra.')).toEqual([['Musa Danjuma', null]]);
    expect(orgs('Officers of UK Defence Intelligence briefed the delegates.')).toEqual([['Defence Intelligence of the United Kingdom', 'GB', 'DI']]);
  });

  it('gives a name of common words only ("the Security Service") no other country in a release of its own, but keeps a proper name\'s', () => {
    expect(orgs('TASHKENT, 3 May 2025 – Officers of the Security Service met their Kazakh counterparts.')).toEqual([['Security Service', null, null]]);
    expect(orgs('TASHKENT, 3 May 2025 – Officers of the Mossad met their Kazakh counterparts.')).toEqual([['Mossad', 'IL', null]]);
    expect(orgs('LONDON, 3 May 2025 – Officers of the Security Service met their Kazakh counterparts.')).toEqual([['Security Service', 'GB', 'MI5']]);
  });

  it('gives a generic name ("the Security Service", "Special Branch") in a release of no known country no table country, but the one country the text names', () => {
    expect(orgs('Officers of the Security Service briefed the visiting delegation on cyber threats.')).toEqual([['Security Service', null, null]]);
    expect(orgs('Officers of Special Branch briefed partners from Malawi and Zambia.')).toEqual([['Special Branch', null, null]]);
    expect(orgs('Officers of Special Branch briefed the Malawian delegation on cyber threats.')).toEqual([['Special Branch', 'MW', null]]);
    // The table's own country, named in the text, keeps the table's entry; a longer name of common words keeps its one country.
    expect(orgs('Officers of the Security Service briefed partners from the United Kingdom and Malawi.')).toEqual([['Security Service', 'GB', 'MI5']]);
    expect(orgs('Officers of the Central Intelligence Agency briefed the visiting delegation.')).toEqual([['Central Intelligence Agency', 'US', 'CIA']]);
  });

  it('reads Kenya\'s service by its bare name "National Intelligence Service" where the text names Kenya, and the Philippine DILG and CIDG', () => {
    expect(orgs('The Kenyan team was led by the Director General of the National Intelligence Service.')).toEqual([['National Intelligence Service of Kenya', 'KE', 'NIS']]);
    expect(orgs('The Department of the Interior and Local Government (DILG) and the Criminal Investigation and Detection Group (CIDG) briefed the visitors.')).toEqual([
      ['Department of the Interior and Local Government', 'PH', 'DILG'],
      ['Criminal Investigation and Detection Group', 'PH', 'CIDG'],
    ]);
  });

  it('reads Germany\'s Federal Police, and a short name after another country\'s full name as that service only when the sentence names no other country last', () => {
    expect(orgs('BERLIN, 5 March 2025 - The President of the Federal Police briefed the minister.')).toEqual([['Federal Police of Germany', 'DE', null]]);
    const text =
      'The Argentine Federal Police hosted the meeting in Posadas. Brazil was represented by the Director General of the Federal Police, Andrei Rodrigues, and the Argentine side by the Chief of the Federal Police, Luis Rolle.';
    expect(parsePressRelease(text).people.map((p) => [p.name, p.organization, p.country])).toEqual([
      ['Andrei Rodrigues', 'Federal Police', 'BR'],
      ['Luis Rolle', 'Argentine Federal Police', 'AR'],
    ]);
  });

  it('gives a release naming only the service its country', () => {
    const text =
      'GABORONE, 14 March 2025. The Directorate of Intelligence and Security Services and the Lesotho Mounted Police Service held talks on cross-border crime. The DISS delegation was received at the LMPS headquarters.';
    expect(orgs(text)).toEqual([
      ['Directorate of Intelligence and Security Services', 'BW', 'DISS'],
      ['Lesotho Mounted Police Service', 'LS', 'LMPS'],
    ]);
    expect(mentionsOf(text, 'Directorate of Intelligence and Security Services')).toEqual(['Directorate of Intelligence and Security Services', 'DISS']);
    expect(parsePressRelease(text).event?.participants.countries).toEqual(['BW', 'LS']);
  });

  it('knows the national police forces of the larger states, by name, acronym and short name', () => {
    expect(orgs('KUALA LUMPUR, Oct 7 (Bernama) -- The Royal Malaysia Police (PDRM) will host the regional meeting, the PDRM said.').filter(([, country]) => country === 'MY')).toEqual([
      ['Bernama', 'MY', null],
      ['Royal Malaysia Police', 'MY', 'PDRM'],
    ]);
    expect(orgs('Officers of the Argentine Federal Police and the Carabineros de Chile met in Mendoza.')).toEqual([
      ['Argentine Federal Police', 'AR', 'PFA'],
      ['Carabineros de Chile', 'CL', null],
    ]);
    expect(orgs('Tunis, 2 May 2025 (TAP) - The National Guard received four patrol boats from Italy.').find(([name]) => name.includes('Guard'))).toEqual(['National Guard of Tunisia', 'TN', null]);
  });

  it('reads acronyms only as written', () => {
    expect(orgs('The Director General of the SNR received a delegation from Tanzania.')).toEqual([['National Intelligence Service of Burundi', 'BI', 'SNR']]);
    expect(orgs('The director general of the snr received a delegation from Tanzania.')).toEqual([]);
  });

  it('resolves a generic name by the country before it, not by another state sharing it', () => {
    expect(orgs("Malawi's National Intelligence Service hosted a delegation from Zambia.")).toEqual([['National Intelligence Service of Malawi', 'MW', 'NIS']]);
    expect(orgs('Officers of the Strategic Intelligence Center of Ecuador held talks in Quito.')).toEqual([['Strategic Intelligence Center of Ecuador', 'EC', 'CIES']]);
  });

  it('resolves an acronym several states share from its context', () => {
    expect(orgs("Lesotho's NSS and the NSS of Mauritius exchanged views on regional threats.")).toEqual([
      ['National Security Service of Lesotho', 'LS', 'NSS'],
      ['National Security Service of Mauritius', 'MU', 'NSS'],
    ]);
    expect(orgs("The Gambia's SIS met a delegation of the Slovak Information Service.")).toEqual([
      ['State Intelligence Services of the Gambia', 'GM', 'SIS'],
      ['Slovak Information Service', 'SK', 'SIS'],
    ]);
  });

  it('leaves a shared acronym with the country the text names when the newly covered states are not named', () => {
    expect(orgs('Armenia hosted the talks. The NSS chairman opened the meeting in Yerevan.')).toEqual([['National Security Service', 'AM', 'NSS']]);
    expect(orgs('Lesotho hosted the talks. The NSS chairman opened the meeting in Maseru.')).toEqual([['National Security Service of Lesotho', 'LS', 'NSS']]);
  });
});
