import { describe, expect, it } from 'vitest';
import { absentTail, characterisingLead, characterisingTail } from '../../../src/extractors/_lib/characterising.js';

describe('characterisingLead', () => {
  it('reads "as" in any case the pattern does, a long s too, and needs white space around it', () => {
    expect(characterisingLead('Jamaat Ansarullah, recognised AS extremist in ')).toBe(true);
    expect(characterisingLead('Jamaat Ansarullah, recognised a\u017f extremist in ')).toBe(true);
    expect(characterisingLead('Jamaat Ansarullah, recognised has extremist in ')).toBe(false);
    expect(characterisingLead('Jamaat Ansarullah, recognised asextremist in ')).toBe(false);
  });

  it('reads a lead from `from` to `to` of a text as if it were sliced out', () => {
    const text = 'They discussed the PKK, listed as a terrorist organisation by Turkey, and a sect outlawed in the region.';
    const by = text.indexOf('Turkey');
    const inThe = text.indexOf('region');
    expect(characterisingLead(text, 0, by)).toBe(true);
    expect(characterisingLead(text, Math.max(0, inThe - 30), inThe)).toBe(true);
    // The designating word lies before the lead.
    expect(characterisingLead(text, by - 3, by)).toBe(false);
    expect(characterisingLead(text, 0, text.indexOf('PKK'))).toBe(false);
  });


  it('is true for a designating word and then "by", in the clause the lead ends with', () => {
    expect(characterisingLead('to discuss the group, listed as a terrorist organisation by ')).toBe(true);
    expect(characterisingLead('the movement, which is proscribed by the ')).toBe(true);
  });

  it('is true for a word of banning right before "in"', () => {
    expect(characterisingLead('Hizb ut-Tahrir, a party banned in ')).toBe(true);
    expect(characterisingLead('a sect outlawed in the ')).toBe(true);
    expect(characterisingLead('Jamaat Ansarullah, recognised as extremist in ')).toBe(true);
  });

  it('is false where the designating word stands in an earlier clause, or "by" and "in" say who acts and where', () => {
    expect(characterisingLead('the group listed last year, and the talks were hosted by ')).toBe(false);
    expect(characterisingLead('the meeting was organised by ')).toBe(false);
    expect(characterisingLead('the situation in ')).toBe(false);
    expect(characterisingLead('a group banned last year, and now active in ')).toBe(false);
  });

  it('reads a list\'s tail that opens with a designating verb ("have designated")', () => {
    expect(characterisingTail(' have designated a terrorist organisation.')).toBe(true);
    expect(characterisingTail(' have long fought the group.')).toBe(false);
  });

  it('reads a list\'s tail saying it stayed away, after an aside set off by commas or not', () => {
    expect(absentTail(', which are suspended from the bloc, were not represented.')).toBe(true);
    expect(absentTail(' did not attend the meeting.')).toBe(true);
    expect(absentTail(', which attended, did well.')).toBe(false);
    expect(absentTail(' attended the meeting.')).toBe(false);
  });
});
