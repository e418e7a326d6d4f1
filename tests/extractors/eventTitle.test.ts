import { describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { parseRelease } from '../fixtures/releases.js';

describe('eventTitle', () => {
  it('takes a theme after "under the theme"', () => {
    expect(parseRelease('ankara-conference').event.title).toBe('Shared borders, shared responsibility');
  });

  it('takes a quotation right after the event noun', () => {
    const record = parsePressRelease('On 5 June the International Conference “Central Asia: security and trust” was held in Astana.');
    expect(record.event.title).toBe('Central Asia: security and trust');
  });

  it('takes a title after "themed" and "titled"', () => {
    expect(parsePressRelease('Baku hosted a conference themed "Caspian security: new threats" on Monday.').event.title).toBe('Caspian security: new threats');
    expect(parsePressRelease('He spoke at the forum titled “Borders of trust” in Baku.').event.title).toBe('Borders of trust');
  });

  it('leaves out the comma American style sets inside the closing quote ("United Against Crime," the delegates)', () => {
    const record = parsePressRelease('SANTIAGO, May 8 (Xinhua) -- The 6th Regional Police Conference, held under the motto "Borders Without Crime," gathered police chiefs from Chile, Peru and Bolivia.');
    expect(record.event.title).toBe('Borders Without Crime');
  });

  it('does not take a quoted name or a quoted sentence as the title', () => {
    expect(parsePressRelease('He suggested that the body be called “Turkic special services council” at the meeting in Baku.').event.title).toBeNull();
    expect(parseRelease('ankara-conference').event.title).not.toContain('No service');
  });

  it('takes a capitalised code name right after the event noun, but not a one-word scare quote', () => {
    expect(parsePressRelease('The joint exercise "Warrior-VIII" between Pakistan and China ended in Pabbi.').event.title).toBe('Warrior-VIII');
    expect(parsePressRelease('The meeting was "productive", the director said in Baku.').event.title).toBeNull();
  });

  it('does not take the name of another kind of event the text mentions as the title', () => {
    const record = parsePressRelease('The 12th meeting of the council was held in Bishkek on 3 May. It discussed the joint exercise "Steppe Shield-2025" planned for the autumn.');
    expect(record.event.kind).toBe('meeting');
    expect(record.event.title).toBeNull();
  });

  it('takes the quotation after "the theme of the <event> is" as the title', () => {
    const record = parsePressRelease('The seminar opened in Gaborone on Monday. The theme of the seminar is "Policing Borders in the Digital Age".');
    expect(record.event.title).toBe('Policing Borders in the Digital Age');
    expect(parsePressRelease('The seminar opened in Gaborone on Monday. The chairman said "we must act together now".').event.title).toBeNull();
  });

  it('takes no judgement in lower case after the noun as a title ("called the meeting "a turning point"")', () => {
    const rec = parsePressRelease('Nairobi, 14 March 2025 - The two police chiefs met in Nairobi. Both called the meeting "a new chapter in our cooperation".');
    expect(rec.event.title).toBeNull();
    const titled = parsePressRelease('Nairobi, 14 March 2025 - The police chiefs opened the conference "Borders Without Crime" in Nairobi.');
    expect(titled.event.title).toBe('Borders Without Crime');
  });

  it('takes a title in single quotes after a title cue ("codenamed \'Lake Shield 2025\'", "themed \'Africa\'s Future\'"), not a single-quoted word elsewhere', () => {
    const drill = parsePressRelease("Abuja, 3 May 2025 - Special forces of three states ended an exercise codenamed 'Lake Shield 2025' near Maiduguri.");
    expect(drill.event.title).toBe('Lake Shield 2025');
    const theme = parsePressRelease("Accra, 3 May 2025 - The conference, themed 'Africa's Future in a Changing World', opened in Accra.");
    expect(theme.event.title).toBe("Africa's Future in a Changing World");
    const word = parsePressRelease("Baku, 3 May 2025 - The heads of services met in Baku. The 'new' plan was adopted.");
    expect(word.event.title).toBeNull();
  });

  it('reads a title in single quotes right after the event noun with no cue ("the regional forum \'Safe Seas 2026\' opened"), not after a noun of another kind', () => {
    const forum = parsePressRelease("MUSCAT - The regional forum 'Safe Seas 2026' opened in Muscat on Sunday with coast guard chiefs from the Gulf states.");
    expect(forum.event.title).toBe('Safe Seas 2026');
    const other = parsePressRelease("MUSCAT - The 12th meeting of Gulf coast guard chiefs took place in Muscat on Sunday. The chiefs reviewed the exercise 'Gulf Shield' of last year.");
    expect([other.event.kind, other.event.title]).toEqual(['meeting', null]);
  });

  it('reads a code name as the title only when it names the event\'s noun ("the drill, codenamed \'Blue Wave\'"), not an operation the text speaks of', () => {
    const drill = parsePressRelease("PATTAYA - The naval drill, codenamed 'Blue Wave 2026', began off Pattaya on Monday with ships from Thailand and Singapore.");
    expect(drill.event.title).toBe('Blue Wave 2026');
    const operation = parsePressRelease("PATTAYA - Thai and Malaysian police chiefs held talks in Pattaya and agreed on a joint border operation code-named 'Op Hutan' for next year.");
    expect([operation.event.kind, operation.event.title]).toEqual(['talks', null]);
  });

  it('takes a theme whose closing quote holds the sentence\'s full stop ("under the theme "United Against Crime.""), but no sentence quoted elsewhere', () => {
    const title = (text: string): string | null => parsePressRelease(text).event.title;
    expect(title('The 9th conference of police chiefs opened today in Suva under the theme "Pacific Partners Against Crime."')).toBe('Pacific Partners Against Crime');
    expect(title('The 9th conference of police chiefs opened today in Suva. The chair said "Crime has no borders."')).toBeNull();
  });

  it('reads a quotation after "<noun> on" or right before the noun as the title, but no one word after "on"', () => {
    const title = (text: string): string | null => parsePressRelease(text).event.title;
    expect(title('The seminar on "Securing the Digital Border" opened in Tashkent on 3 May 2025.')).toBe('Securing the Digital Border');
    expect(title('Delegates to the "Steppe Shield - 2025" exercise arrived in Karaganda on 3 May 2025.')).toBe('Steppe Shield - 2025');
    expect(title('The meeting on "Friday" was postponed.')).toBeNull();
  });
});
