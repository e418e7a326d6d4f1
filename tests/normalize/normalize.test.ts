import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/normalize.js';

describe('normalizeText', () => {
  it('composes Unicode (NFC) so that one letter is one code unit', () => {
    const text = normalizeText('Colonel-General Nag\u0306\u0131yev');
    expect(text).toBe('Colonel-General Nağıyev');
    expect(text.length).toBe(23);
  });

  it('turns curly quotes and non-breaking spaces into plain ones', () => {
    expect(normalizeText('a conference themed\u00a0“Borders and trust” on ‘security’')).toBe('a conference themed "Borders and trust" on \'security\'');
  });

  it('writes the Turkish dotted capital I as I', () => {
    expect(normalizeText('İnformation of the Press service')).toBe('Information of the Press service');
  });

  it('puts a space after a comma glued to the next word, but not inside numbers', () => {
    expect(normalizeText('held in Cholpan-Ata,Kyrgyzstan with 1,200 guests')).toBe('held in Cholpan-Ata, Kyrgyzstan with 1,200 guests');
  });

  it('removes page chrome: navigation lines, font-size widgets and reader asides', () => {
    const raw = ' date 2024-03-05 + ↺ − 16 px\n\nTalks were held in Tashkent (click here to read the statement in Uzbek).\n\nOther news\nShare the news:';
    expect(normalizeText(raw)).toBe('date 2024-03-05\n\nTalks were held in Tashkent .');
  });

  it('keeps a line that only starts like chrome', () => {
    expect(normalizeText('Other news agencies reported the meeting.')).toBe('Other news agencies reported the meeting.');
  });
});
