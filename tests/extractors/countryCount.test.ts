import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const count = (text: string): unknown => parsePressRelease(text).event.participants.countryCount;

describe('countryCount', () => {
  it('reads "from 20 countries" as exactly 20', () => {
    expect(count('The conference gathered representatives of special services from 20 countries.')).toEqual({ value: 20, qualifier: 'exactly' });
  });

  it('reads "delegations of 12 countries" and "more than 30 countries"', () => {
    expect(count('The forum was attended by delegations of 12 countries.')).toEqual({ value: 12, qualifier: 'exactly' });
    expect(count('Officials from more than 30 foreign countries took part.')).toEqual({ value: 30, qualifier: 'over' });
  });

  it('reads a count of the heads of services who came: "commissioners from 21 countries", "directors of 14 states"', () => {
    expect(count('The annual conference opened in Apia with police commissioners from 21 Pacific countries and territories.')).toEqual({ value: 21, qualifier: 'exactly' });
    expect(count('Directors of 14 states met behind closed doors in Almaty.')).toEqual({ value: 14, qualifier: 'exactly' });
  });

  it('reads "over 20 countries" as over 20', () => {
    expect(parseRelease('ankara-conference').event.participants.countryCount).toEqual({ value: 20, qualifier: 'over' });
  });

  it('reads number words: "from six countries"', () => {
    expect(parseRelease('baku-weekday').event.participants.countryCount).toEqual({ value: 6, qualifier: 'exactly' });
    expect(count('Nearly thirty-five states sent delegations.')).toEqual({ value: 35, qualifier: 'nearly' });
  });

  it('does not read "the two states" or other counts as a count of participants', () => {
    expect(count('The talks concerned the security of the two states and 13 agenda items.')).toBeNull();
  });

  it('reads past an adjective between the number and the noun: "48 African countries", "some 10 ASEAN member states"', () => {
    expect(count('Heads of intelligence services from 48 African countries attended the conference.')).toEqual({ value: 48, qualifier: 'exactly' });
    expect(count('Representatives of some 10 ASEAN member states met in Jakarta.')).toEqual({ value: 10, qualifier: 'about' });
    expect(count('Security chiefs from 12 Asia-Pacific countries met in Singapore.')).toEqual({ value: 12, qualifier: 'exactly' });
    expect(count('The chiefs of the two Gulf states met in Doha.')).toBeNull();
  });

  it('counts only the countries that take part, not where victims or fighters come from', () => {
    expect(count('The chief said that the syndicates had trafficked thousands of victims from at least 15 countries.')).toBeNull();
    expect(count('Foreign terrorist fighters from more than 80 countries remain in the camps, the participants noted.')).toBeNull();
    expect(count('Senior officials from at least 15 countries took part in the meeting.')).toEqual({ value: 15, qualifier: 'over' });
    expect(count('Twelve countries sent delegations to the meeting in Lusaka.')).toEqual({ value: 12, qualifier: 'exactly' });
  });

  it('reads the count when the participants\' noun stands a few words before "from" ("heads of counter-terrorism units from 27 EU Member States")', () => {
    const count = (text: string) => parsePressRelease(text).event.participants.countryCount;
    expect(count('Heads of counter-terrorism units from 27 EU Member States met in The Hague.')).toEqual({ value: 27, qualifier: 'exactly' });
    expect(count('The attack killed citizens of 15 countries, the chiefs said at the meeting in Baku.')).toBeNull();
  });

  it('counts "the six member states" (a body\'s whole membership), but not "the two states"', () => {
    const count = (text: string) => parsePressRelease(text).event.participants.countryCount;
    expect(count('The forum opened in Lusaka with the participation of police chiefs from the sixteen member states.')).toEqual({ value: 16, qualifier: 'exactly' });
    expect(count('Delegates of all 11 member states attended the session.')).toEqual({ value: 11, qualifier: 'exactly' });
    expect(count('Officials of the two states met in Lusaka.')).toBeNull();
  });

  it('takes no count of another event ("expected to attend the forum ..., which will bring together delegations from over 60 countries")', () => {
    const count = (text: string) => parsePressRelease(text).event.participants.countryCount;
    expect(count('The two ministers held talks in Rome on Monday. The minister is also expected to attend the security forum in Milan, which will bring together delegations from over 60 countries.')).toBeNull();
    expect(count('The security forum in Milan brought together delegations from over 60 countries on Monday.')).toEqual({ value: 60, qualifier: 'over' });
  });
  it('reads "the 57 OSCE participating States" as a body\'s whole membership, but not when they are not who took part', () => {
    expect(parsePressRelease('The seminar gathered experts of the 57 OSCE participating States in Skopje.').event.participants.countryCount).toEqual({ value: 57, qualifier: 'exactly' });
    expect(parsePressRelease('The seminar in Skopje discussed threats to citizens in the 57 OSCE participating States.').event.participants.countryCount).toBeNull();
  });

  it('reads dozens: "from more than a dozen countries" is over 12, "of some two dozen countries" about 24', () => {
    const count = (text: string) => parsePressRelease(text).event.participants.countryCount;
    expect(count('Intelligence chiefs from more than a dozen countries met in Singapore.')).toEqual({ value: 12, qualifier: 'over' });
    expect(count('Representatives of some two dozen countries attended the forum in Doha.')).toEqual({ value: 24, qualifier: 'about' });
  });

  it('reads a count across a body\'s name, with or without its acronym in brackets: "from 15 Economic Community of West African States (ECOWAS) member states"', () => {
    expect(count('Police chiefs from 15 Economic Community of West African States (ECOWAS) member states adopted a joint plan in Abuja.')).toEqual({ value: 15, qualifier: 'exactly' });
    expect(count('Directors of 16 Southern African Development Community member states met in Gaborone.')).toEqual({ value: 16, qualifier: 'exactly' });
  });

  it('reads no count across a body\'s name when no number stands before it', () => {
    expect(count('Police chiefs from the Economic Community of West African States (ECOWAS) member states met in Abuja.')).toBeNull();
    expect(count('Victims from 15 Southern African Development Community member states were named in the report.')).toBeNull();
  });

  it('reads the countries the participants represent ("delegates representing 27 countries")', () => {
    expect(count('The forum brought together some 250 delegates representing 31 countries and eight international bodies.')).toEqual({ value: 31, qualifier: 'exactly' });
  });

  it('reads no count of countries a lawyer or a firm represents', () => {
    expect(count('A lawyer representing 12 countries filed the complaint.')).toBeNull();
  });

  it('reads "-plus" after the number as more than it ("from 40-plus countries")', () => {
    expect(count('Police chiefs from 40-plus countries met in Lyon.')).toEqual({ value: 40, qualifier: 'over' });
  });

  it('counts the part, not the whole, in "12 of the 15 member states"', () => {
    expect(count('Heads of police from 11 of the 16 member states attended the talks.')).toEqual({ value: 11, qualifier: 'exactly' });
    expect(count('Heads of police from over 30 of the 54 African countries attended the talks.')).toEqual({ value: 30, qualifier: 'over' });
  });

  it('reads past two capitalised modifiers joined by "and" ("from nearly 35 Asian and African countries")', () => {
    expect(count('Police chiefs from nearly 35 Asian and African countries met in Dakar.')).toEqual({ value: 35, qualifier: 'nearly' });
  });

  it('reads no count across an "and" with no capitalised word before it ("from 6 and African countries")', () => {
    expect(count('Officials from 6 and African countries met in Dakar.')).toBeNull();
  });
});
