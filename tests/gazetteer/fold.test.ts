import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/gazetteer/fold.js';

describe('foldWord', () => {
  it('lower-cases plain ASCII words and phrases', () => {
    expect(foldWord('NATIONAL Security Service')).toBe('national security service');
  });

  it('removes diacritics and folds letters Unicode does not decompose', () => {
    expect(foldWord('Nağıyev')).toBe('nagiyev');
    expect(foldWord('Øresund')).toBe('oresund');
    expect(foldWord('Łódź')).toBe('lodz');
    expect(foldWord('Straße')).toBe('strasse');
  });

  it('gives the same key on repeated calls (cached) and for long lines (not cached)', () => {
    expect(foldWord('Gümüşhane')).toBe('gumushane');
    expect(foldWord('Gümüşhane')).toBe('gumushane');
    const line = 'Şəhər İcra Hakimiyyəti və Dövlət Təhlükəsizlik Xidməti nümayəndələri';
    expect(foldWord(line)).toBe('seher icra hakimiyyeti ve dovlet tehlukesizlik xidmeti numayendeleri');
    expect(foldWord(line)).toBe(foldWord(line));
  });
});
