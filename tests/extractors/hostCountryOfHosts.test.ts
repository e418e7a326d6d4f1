import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';

describe('hostCountryOfHosts', () => {
  it('gives a host the text gives no country the host country, and leaves other people as they are', () => {
    const rec = parsePressRelease(
      'MUSCAT, Feb 11 (ONA) -- The Minister of the Interior Hamad Al Harthy received in his office today the Minister of Interior of Kuwait, Fahad Al-Mutairi, and discussed security cooperation.',
    );
    expect(rec.event.host?.country).toBe('OM');
    expect(rec.people.map((p) => [p.name, p.roles, p.country])).toEqual([
      ['Hamad Al Harthy', ['host'], 'OM'],
      ['Fahad Al-Mutairi', ['participant'], 'KW'],
    ]);
  });

  it('gives no country where the host country is unknown', () => {
    const rec = parsePressRelease('The Minister of the Interior Hamad Al Harthy received the visiting minister today.');
    expect(rec.event.host).toBeNull();
    expect(rec.people.map((p) => p.country)).toEqual([null]);
  });
});
