import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';

const orgs = (text: string): unknown => parsePressRelease(text).people.map((p) => [p.name, p.organization, p.country]);

describe('nationalForces', () => {
  it('names the force of a person\'s country for a bare "Police" ("Commissioner of Police X of the Maldives")', () => {
    expect(orgs('The memorandum was signed in Colombo by Commissioner of Police Hassan Rasheed of the Maldives.')).toEqual([['Hassan Rasheed', 'Maldives Police Service', 'MV']]);
  });

  it('names it for a host whose country the host step gives ("Inspector-General of Police X chaired ...")', () => {
    const text = 'ACCRA, March 3 (GNA) - Inspector-General of Police Kwame Mensah chaired the WAPCCO meeting here today.';
    expect(orgs(text)).toEqual([['Kwame Mensah', 'Ghana Police Service', 'GH']]);
  });

  it('names the force of the host country for an officer of a bare "Police" whom nothing places elsewhere, also one coordinated after a guest ("met his counterpart, and the Inspector General of Police, X")', () => {
    expect(orgs('KAMPALA, 12 August 2025 - Police chiefs of the region met in Kampala. The Inspector General of Police, Abbas Byakagaba, also attended the talks.')).toEqual([
      ['Abbas Byakagaba', 'Uganda Police Force', 'UG'],
    ]);
    const text = 'KAMPALA, 12 August 2025 - The Director of the Internal Security Organisation received his Rwandan counterpart, and the Inspector General of Police, Abbas Byakagaba, on Tuesday.';
    expect(orgs(text)).toEqual([['Abbas Byakagaba', 'Uganda Police Force', 'UG']]);
  });

  it('places no officer of a bare "Police" in the host country when a guest word or a delegation introduces them', () => {
    expect(orgs('KAMPALA, 12 August 2025 - Uganda hosted the talks. The visiting Inspector General of Police, Felix Namuhoranye, thanked the hosts.')).toEqual([
      ['Felix Namuhoranye', 'Police', null],
    ]);
    expect(orgs('KAMPALA, 12 August 2025 - Uganda hosted the talks. Also in the delegation was the Deputy Inspector General of Police, Felix Namuhoranye.')).toEqual([
      ['Felix Namuhoranye', 'Police', null],
    ]);
  });

  it('keeps the noun where the person has no country, or where the country has several such forces', () => {
    expect(orgs('The Commissioner of Police, Hassan Rasheed, said the talks went well.')).toEqual([['Hassan Rasheed', 'Police', null]]);
    expect(orgs('The agreement was signed by Commissioner of Police Saeed Al Mansoori of the United Arab Emirates.')).toEqual([['Saeed Al Mansoori', 'Police', 'AE']]);
  });
});
