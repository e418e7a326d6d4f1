import { describe, expect, it } from 'vitest';
import { lookUpWord, Word } from '../../src/gazetteer/lexicon.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';

describe('the lexicon', () => {
  it('gives every token of a word, in one text or the next, the same record', () => {
    const first = tokenize('The Council of Heads met in Dushanbe; the Council adopted a plan.');
    const second = tokenize('Heads of services arrived in Dushanbe on Monday.');
    const council = first.filter((t) => t.raw === 'Council');
    expect(council).toHaveLength(2);
    expect(council[0]?.word).toBe(council[1]?.word);
    expect(first.find((t) => t.raw === 'Dushanbe')?.word).toBe(second.find((t) => t.raw === 'Dushanbe')?.word);
    expect(first[0]?.word).not.toBe(first.find((t) => t.raw === 'the')?.word);
  });

  it("holds each word's raw form and folded key, and whether it has units beyond ASCII", () => {
    const [general, name] = tokenize('GENERAL Nağıyev');
    expect(general?.word).toMatchObject({ raw: 'GENERAL', key: 'general', wide: false });
    expect(name?.word).toMatchObject({ raw: 'Nağıyev', key: 'nagiyev', wide: true });
    expect(general?.word).toBeInstanceOf(Word);
  });

  it('finds a word anywhere in a text by its units and hash, and tells apart words of one hash', () => {
    const text = 'Astana talks, Astana accord, Almaty';
    const astana = lookUpWord(text, 0, 6, 42);
    expect(lookUpWord(text, 14, 20, 42)).toBe(astana);
    const almaty = lookUpWord(text, 29, 35, 42);
    expect(almaty).not.toBe(astana);
    expect(almaty).toMatchObject({ raw: 'Almaty', key: 'almaty' });
    expect(lookUpWord(text, 0, 6, 42)).toBe(astana);
  });

  it('keeps the last two words of one hash, so a third pushes the oldest out', () => {
    const text = 'Kabul talks, Herat accord, Balkh';
    const kabul = lookUpWord(text, 0, 5, 99);
    const herat = lookUpWord(text, 13, 18, 99);
    expect(lookUpWord(text, 0, 5, 99)).toBe(kabul);
    const balkh = lookUpWord(text, 27, 32, 99);
    expect(lookUpWord(text, 13, 18, 99)).toBe(herat);
    expect(lookUpWord(text, 27, 32, 99)).toBe(balkh);
    const again = lookUpWord(text, 0, 5, 99);
    expect(again).not.toBe(kabul);
    expect(again).toMatchObject({ raw: 'Kabul', key: 'kabul' });
  });

  it('keeps no record of a very long word, which gets a fresh one at each sight', () => {
    const junk = 'x'.repeat(500);
    const [a] = tokenize(`${junk} ${junk}`);
    const [b] = tokenize(junk);
    expect(a?.word).not.toBe(b?.word);
    expect(a?.word.key).toBe(junk);
  });
});
