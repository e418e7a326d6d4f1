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

  it('keeps the noun where the person has no country, or where the country has several such forces', () => {
    expect(orgs('The Commissioner of Police, Hassan Rasheed, said the talks went well.')).toEqual([['Hassan Rasheed', 'Police', null]]);
    expect(orgs('The agreement was signed by Commissioner of Police Saeed Al Mansoori of the United Arab Emirates.')).toEqual([['Saeed Al Mansoori', 'Police', 'AE']]);
  });
});
