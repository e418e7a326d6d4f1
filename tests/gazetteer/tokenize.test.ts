import { describe, expect, it } from 'vitest';
import { phraseKey, tokenize } from '../../src/gazetteer/tokenize.js';

describe('tokenize', () => {
  it('splits a sentence into words with offsets, raw text and folded keys', () => {
    const text = "Delegations of Azerbaijan's SSS met in Cholpan-Ata on 26 July.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Delegations', 'of', 'Azerbaijan', 's', 'SSS', 'met', 'in', 'Cholpan', 'Ata', 'on', '26', 'July']);
    expect(tokens.map((t) => t.key)).toEqual(['delegations', 'of', 'azerbaijan', 's', 'sss', 'met', 'in', 'cholpan', 'ata', 'on', '26', 'july']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('folds diacritics and undecomposed Turkic letters only in words that have them', () => {
    const tokens = tokenize('General Nağıyev and ƏLİYEV spoke in Bakı');
    expect(tokens.map((t) => t.key)).toEqual(['general', 'nagiyev', 'and', 'eliyev', 'spoke', 'in', 'baki']);
  });

  it('keeps combining marks and letters beyond the Basic Multilingual Plane inside words', () => {
    const text = 'Pe\u0301rez met 𝐀𝐁C delegates';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Pe\u0301rez', 'met', '𝐀𝐁C', 'delegates']);
    expect(tokens[2]).toMatchObject({ start: 11, end: 16 });
  });

  it('treats lone surrogates, dashes and quotes as separators and finds nothing in punctuation', () => {
    expect(tokenize('a\ud800b \udc00c – "d"').map((t) => t.raw)).toEqual(['a', 'b', 'c', 'd']);
    expect(tokenize(' ... -- !? ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('reads non-Latin letters and digits as words, folding away the breve of й', () => {
    expect(tokenize('Совет СНГ, ١٢ дней').map((t) => t.key)).toEqual(['совет', 'снг', '١٢', 'днеи']);
  });
});

describe('phraseKey', () => {
  it('joins the folded words of a phrase with single spaces', () => {
    expect(phraseKey('Anti-Terrorism Centre of the CIS')).toBe('anti terrorism centre of the cis');
  });
});
