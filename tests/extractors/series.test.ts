import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

const seriesOf = (text: string): unknown => parsePressRelease(text).event.series;

describe('series', () => {
  it('ends the name of a series with its line: a headline is not read on into the dateline', () => {
    expect(seriesOf('Quito hosts the 5th Meeting of Directors of Intelligence of the Andean Community\n\nQuito, 4 May 2024. The meeting opened today.')).toEqual({
      name: 'Directors of Intelligence of the Andean Community',
      edition: 5,
    });
  });

  it('reads "the 52nd meeting of the Council of ..." as the Council, edition 52', () => {
    expect(seriesOf('Addressing the delegates, he opened the 52nd meeting of the Council of Heads of Border Services of the CIS member states in Minsk.')).toEqual({
      name: 'Council of Heads of Border Services of the CIS member states',
      edition: 52,
    });
  });

  it('reads a Roman numeral: "The XXVI Conference of ..."', () => {
    expect(parseRelease('ankara-conference').event.series).toEqual({ name: 'Conference of the Special Service Bodies of Turkic-Speaking States', edition: 26 });
  });

  it('reads an ordinal before a capitalised name that ends in the noun: "5th INTERPOL ... Meeting for ..."', () => {
    expect(seriesOf('With coast guards from nine states present, the 5th INTERPOL Maritime Security Working Group Meeting for West Africa reviewed piracy cases.')).toEqual({
      name: 'INTERPOL Maritime Security Working Group Meeting for West Africa',
      edition: 5,
    });
  });

  it('reads an acronym name: "the 34th meeting of the SCO RATS Council"', () => {
    expect(parseRelease('almaty-council').event.series).toEqual({ name: 'SCO RATS Council', edition: 34 });
  });

  it('reads a regular meeting without an edition', () => {
    expect(seriesOf('The regular meeting of the heads of the border and customs services of the SCO countries took place in Beijing on June 4.')).toEqual({
      name: 'meeting of the heads of the border and customs services of the SCO countries',
      edition: null,
    });
  });

  it('reads a numbered meeting whose body is described in lower case', () => {
    expect(seriesOf('The 6th meeting of heads of security councils of the member states was held in Astana on 5 May 2024.')).toEqual({
      name: 'meeting of heads of security councils of the member states',
      edition: 6,
    });
  });

  it('keeps a capitalised numbered noun and its "the" before a body described in lower case', () => {
    expect(seriesOf('The XIX Conference of the chiefs of border services of the Central Asian states opened in Dushanbe on 4 June 2024.')).toEqual({
      name: 'Conference of the chiefs of border services of the Central Asian states',
      edition: 19,
    });
  });

  it('reads the series of "A meeting of the Council of ..." when a later "The meeting" is the noun chosen for the event', () => {
    const text =
      'Bishkek, 5 March 2025. A meeting of the Council of Ministers of Internal Affairs of the Central Asian States took place in Bishkek on 4 March.\n\nThe meeting was attended by the interior ministers of Kazakhstan, Tajikistan and Uzbekistan.';
    expect(seriesOf(text)).toEqual({ name: 'Council of Ministers of Internal Affairs of the Central Asian States', edition: null });
  });

  it('does not read an agenda item\'s "meeting of the X Council" as the series of an event named by another noun', () => {
    const text = 'A get-together of the border chiefs of the member states took place in Almaty.\n\nThe agenda included:\n\n- a meeting of the Expert Advisory Council;\n\nThe get-together was attended by the chiefs of five services.';
    expect(seriesOf(text)).toBeNull();
  });

  it('ends the name of numbered talks with "talks" when the words before them only give their level', () => {
    expect(seriesOf('Dhaka, 2 December 2024. The 7th Director General-level talks between the two border forces were held in Dhaka on Monday.')).toEqual({ name: 'Director General-level talks', edition: 7 });
  });

  it('reads no series from "a meeting of the Minister of ... with ...": one person\'s office is no body that meets', () => {
    expect(seriesOf('On 3 March 2025, a meeting of the Minister of Interior of the Kyrgyz Republic with the Minister of Interior of Tajikistan took place in Bishkek.')).toBeNull();
    expect(seriesOf('On 3 March 2025, a meeting of the Heads of Border Services of Central Asia took place in Bishkek.')).toEqual({ name: 'Heads of Border Services of Central Asia', edition: null });
  });

  it('finds no series for a one-off event', () => {
    expect(parseRelease('tashkent-talks').event.series).toBeNull();
    expect(parseRelease('dushanbe-range').event.series).toBeNull();
  });

  it('reads a series name that lists several bodies with commas, but stops at a comma that ends the name', () => {
    expect(seriesOf('The 15th Meeting of Heads of Special Services, Security Agencies and Law Enforcement Bodies of the SCO member states took place in Moscow.')).toEqual({
      name: 'Heads of Special Services, Security Agencies and Law Enforcement Bodies of the SCO member states',
      edition: 15,
    });
    expect(seriesOf('The 12th meeting of the Council of the CIS, Colonel General Ivan Petrov said, was held in Minsk.')).toEqual({ name: 'Council of the CIS', edition: 12 });
  });

  it('reads a general assembly with its edition as a meeting of a series', () => {
    const rec = parsePressRelease('The 92nd INTERPOL General Assembly was held in Lyon on 4-7 November 2024.');
    expect(rec.event.kind).toBe('meeting');
    expect(rec.event.series).toEqual({ name: 'INTERPOL General Assembly', edition: 92 });
  });

  it('takes no series from the next or a coming event ("preparations for the 30th session of ...")', () => {
    const rec = parsePressRelease('The director received the visiting delegation on Monday. They reviewed preparations for the 30th session of the Arab Interior Ministers Council, which Tunisia will host next year.');
    expect(rec.event.series).toBeNull();
  });

  it('ends a lower-case series name at a verb of opening ("kicked off here")', () => {
    expect(parsePressRelease('DOHA, May 2 (QNA) -- The 17th meeting of GCC coast guard commanders kicked off here on Sunday.').event.series).toEqual({ name: 'GCC coast guard commanders', edition: 17 });
  });

  it('takes no series from "the visit of <Title Name>"', () => {
    expect(parsePressRelease('The protocol was signed during the working visit of Defence Minister Amir Hatami to Yerevan.').event.series).toBeNull();
  });

  it('reads "the first ... since <year>" as no edition, and "of their ..." as no series', () => {
    expect(parsePressRelease('It was the first joint meeting of their border chiefs in Hanoi since 2019.').event.series).toBeNull();
    expect(parsePressRelease('The first meeting of the Council of Coast Guard Chiefs was held in Manila.').event.series).toEqual({ name: 'Council of Coast Guard Chiefs', edition: 1 });
  });

  it('reads no edition from an ordinal that counts years ("the 20th anniversary session")', () => {
    const rec = parsePressRelease('Dushanbe, 3 May 2025 - The 10th anniversary session of the Council of Heads of Border Services took place in Dushanbe.');
    expect(rec.event.series).toEqual({ name: 'Council of Heads of Border Services', edition: null });
  });

  it('starts the name of the body that meets past an honorific ("the 12th meeting of Their Excellencies the Ministers of Interior of ...")', () => {
    const rec = parsePressRelease('MUSCAT, May 4 (ONA) -- The 12th meeting of Their Excellencies the Ministers of Interior of the Arab Maghreb Union states was held here today.');
    expect(rec.event.series).toEqual({ name: 'Ministers of Interior of the Arab Maghreb Union states', edition: 12 });
  });
});
