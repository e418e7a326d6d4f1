import { describe, expect, it } from 'vitest';
import { isSpaceAt } from '../../src/text/space.js';

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
