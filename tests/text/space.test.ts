import { describe, expect, it } from 'vitest';
import { isSpaceAt, spaceStartBefore } from '../../src/text/space.js';

describe('isSpaceAt', () => {
  it('tells white space from other units, ASCII and beyond, as \\s does', () => {
    const text = 'Baku,\t14\u00a0May\u2003 2024\n“talks”';
    for (let i = 0; i < text.length; i++) expect(isSpaceAt(text, i)).toBe(/\s/.test(text[i] ?? ''));
    expect(isSpaceAt(text, 5)).toBe(true);
    expect(isSpaceAt(text, 8)).toBe(true);
    expect(isSpaceAt(text, 0)).toBe(false);
  });

  it('is false past the end of the text', () => {
    expect(isSpaceAt('Minsk', 9)).toBe(false);
  });
});

describe('spaceStartBefore', () => {
  it('finds where the white space ending at an offset begins, no earlier than the lower bound', () => {
    const text = 'held in \u00a0 the  talks';
    expect(spaceStartBefore(text, 0, 10)).toBe(7);
    expect(spaceStartBefore(text, 9, 10)).toBe(9);
    expect(spaceStartBefore(text, 0, 7)).toBe(7);
    expect(spaceStartBefore(text, 0, 0)).toBe(0);
  });
});

