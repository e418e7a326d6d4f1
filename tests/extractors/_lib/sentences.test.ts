import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from '../../../src/extractors/_lib/sentences.js';

/** The sentences of `text`, as strings. */
const split = (text: string): string[] => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends a sentence at a stop before a capital or a quotation mark, and at a line end', () => {
    expect(split('The council met in Minsk. "We agree," he said.\nNext line')).toEqual(['The council met in Minsk.', '"We agree," he said.', 'Next line']);
  });

  it('does not end a sentence at an initial, an abbreviated title or rank, or a month abbreviation', () => {
    const text = 'The talks were chaired by Mr. Ram Sharma and Lt. Gen. Asim Malik, with A. Azizov, on Nov. 5 in Kathmandu. Both sides agreed.';
    expect(split(text)).toEqual(['The talks were chaired by Mr. Ram Sharma and Lt. Gen. Asim Malik, with A. Azizov, on Nov. 5 in Kathmandu.', 'Both sides agreed.']);
  });

  it('does not end a sentence at an abbreviated word of a place name, in capitals too ("St. Petersburg", "ST. PETERSBURG")', () => {
    expect(split('The council met in St. Petersburg on Tuesday. Delegations took part.')).toEqual(['The council met in St. Petersburg on Tuesday.', 'Delegations took part.']);
    expect(split('ST. PETERSBURG, May 3. The council met.')).toEqual(['ST. PETERSBURG, May 3.', 'The council met.']);
  });

  it('ends a sentence after "May", a month written in full', () => {
    expect(split('The council met in May. Delegations from Kazakhstan took part.')).toEqual(['The council met in May.', 'Delegations from Kazakhstan took part.']);
  });

  it('still ends a sentence at a word that only looks like an abbreviation inside a longer word', () => {
    expect(split('The delegates met the General. Talks followed.')).toEqual(['The delegates met the General.', 'Talks followed.']);
  });

  it('ends a sentence after a run of stops and a closing quotation mark or bracket, before a digit or a hyphen too', () => {
    expect(split('The talks ended. "We agree," the chief said?! Then (briefly) they left.')).toEqual(['The talks ended.', '"We agree," the chief said?!', 'Then (briefly) they left.']);
    expect(split('He arrived (in Minsk.) Talks began. The council met [in Baku.] 2024 was busy.')).toEqual(['He arrived (in Minsk.)', 'Talks began.', 'The council met [in Baku.]', '2024 was busy.']);
    expect(split('Ratified by Kazakhstan. -The next step was agreed.')).toEqual(['Ratified by Kazakhstan.', '-The next step was agreed.']);
  });

  it('does not end a sentence at a stop before a lower-case word, and ends one at a run of line ends', () => {
    expect(split('The meeting ended... then lunch. Next item - security.')).toEqual(['The meeting ended... then lunch.', 'Next item - security.']);
    expect(split('Line one\n\nLine two.\nLine three')).toEqual(['Line one\n\n', 'Line two.', 'Line three']);
  });

  it('does not end a sentence at a name\'s suffix that a title or rank goes on after ("Carlos Ruiz Jr. Deputy Director ...", "Sr. Col.")', () => {
    expect(split('The delegation was led by Mr. Carlos Ruiz Jr. Deputy Director of the National Police, who met Sr. Col. Li Wen. Talks followed.')).toEqual([
      'The delegation was led by Mr. Carlos Ruiz Jr. Deputy Director of the National Police, who met Sr. Col. Li Wen.',
      'Talks followed.',
    ]);
    expect(split('Talks were opened by Peter Okafor Sr. Commissioner of Police in Lagos.')).toEqual(['Talks were opened by Peter Okafor Sr. Commissioner of Police in Lagos.']);
  });

  it('ends a sentence at a name\'s suffix before a word that opens no title ("... Okafor Sr. The next day ...")', () => {
    expect(split('The talks were opened by Peter Okafor Sr. The next day the chiefs signed a plan.')).toEqual(['The talks were opened by Peter Okafor Sr.', 'The next day the chiefs signed a plan.']);
    expect(split('The guest was Carlos Ruiz Jr. Delegates from Peru then spoke. The era of World War II. Directors met.')).toEqual([
      'The guest was Carlos Ruiz Jr.',
      'Delegates from Peru then spoke.',
      'The era of World War II.',
      'Directors met.',
    ]);
  });

  it('finds the sentence holding an offset', () => {
    const text = 'First one. Second one.';
    expect(sentenceAt(text, 14)).toEqual({ start: 11, end: 22 });
  });
});
