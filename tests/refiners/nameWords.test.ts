import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/gazetteer/tokenize.js';
import { TextView } from '../../src/extractors/_entities/text.js';
import { fold, nameWords, opensWith, sameName } from '../../src/refiners/nameWords.js';

const TEXT =
  'Colonel General Ali Nağıyev met ALI NAGIYEV, Ali Nagiyev Sr. and Иван Петров; later Ali Nağıyev–Smith and Ali\u2122Nagiyev spoke, as did Ali.';
const view = new TextView(TEXT, tokenize(TEXT));
/** The name over the words of `written`, at its first occurrence from `after`. */
const name = (written: string, after = 0) => {
  const start = TEXT.indexOf(written, after);
  const from = view.tokens.findIndex((t) => t.start === start);
  const to = view.tokens.findIndex((t) => t.end === start + written.length) + 1;
  return nameWords(view, from, to);
};

describe('nameWords', () => {
  it('marks a name whose fold is its keys joined by spaces, diacritics folded in the keys', () => {
    expect(name('Ali Nağıyev').plain).toBe(true);
    expect(name('Ali Nagiyev Sr').plain).toBe(true);
  });

  it('leaves names beyond the keys to their folded text: other scripts, separators beyond ASCII', () => {
    expect(name('Иван Петров').plain).toBe(false);
    expect(name('Nağıyev–Smith').plain).toBe(false);
    expect(name('Ali\u2122Nagiyev').plain).toBe(false);
  });
});

describe('sameName', () => {
  it('holds two writings of one name alike, whatever their case and diacritics', () => {
    expect(sameName(view, name('Ali Nağıyev'), name('ALI NAGIYEV'))).toBe(true);
    expect(sameName(view, name('ALI NAGIYEV'), name('Ali Nağıyev', 60))).toBe(true);
  });

  it('tells a longer name from its opening words', () => {
    expect(sameName(view, name('Ali Nağıyev'), name('Ali Nagiyev Sr'))).toBe(false);
    expect(sameName(view, name('Ali Nağıyev'), name('Ali', 100))).toBe(false);
  });

  it('compares a name beyond the keys by its fold, as the keys would', () => {
    expect(fold('Ali\u2122Nagiyev')).toBe('alitmnagiyev');
    expect(sameName(view, name('Ali\u2122Nagiyev'), name('Ali Nağıyev'))).toBe(false);
    expect(sameName(view, name('Nağıyev–Smith'), name('Nağıyev–Smith'))).toBe(true);
  });
});

describe('opensWith', () => {
  it('finds a name that opens with a shorter one and goes on after it', () => {
    expect(opensWith(view, name('Ali Nagiyev Sr'), name('Ali Nağıyev'))).toBe(true);
    expect(opensWith(view, name('Ali Nagiyev Sr'), name('Ali', 100))).toBe(true);
  });

  it('is false for the same name, and for a name that opens the other way round', () => {
    expect(opensWith(view, name('Ali Nağıyev'), name('ALI NAGIYEV'))).toBe(false);
    expect(opensWith(view, name('Ali Nağıyev'), name('Ali Nagiyev Sr'))).toBe(false);
  });

  it('reads a name beyond the keys by its fold', () => {
    expect(opensWith(view, name('Nağıyev–Smith'), name('Nağıyev', 60))).toBe(true);
    expect(opensWith(view, name('Иван Петров'), name('Ali'))).toBe(false);
  });
});
