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

  it('writes every line end as \n: CRLF, lone CR and LF alike', () => {
    expect(normalizeText('Baku, 5 May\r\nThe council met.\rIt adopted a plan.\r\r\nEnd.')).toBe('Baku, 5 May\nThe council met.\nIt adopted a plan.\n\nEnd.');
  });

  it('drops invisible characters and the byte-order mark, then composes what they kept apart', () => {
    expect(normalizeText('\ufeffThe Director-General of the Gendarmerie, Ahmet Y\u200bi\u0307lmaz')).toBe('The Director-General of the Gendarmerie, Ahmet Yi\u0307lmaz');
    expect(normalizeText('Jose\u200b\u0301 Perez')).toBe('José Perez');
  });

  it('reads a Turkish dotted capital I with its dot written again as one plain I, and composes a mark after it', () => {
    expect(normalizeText('I\u0307stanbul and \u0130\u0307\u0307zmir; \u0130\u0301')).toBe('Istanbul and Izmir; \u00cd');
  });

  it('spaces a glued comma only between letters, also beyond ASCII, and not at the very start', () => {
    expect(normalizeText(',Almaty,Kazakhstan,Öskemen and 2,500 officers')).toBe(',Almaty, Kazakhstan, Öskemen and 2,500 officers');
  });

  it('tidies white space: spaces to one, a run with one line end to it, more to one blank line, none at either end', () => {
    const raw = ' \n Ministers met   in Doha. \nThe talks \n\n\n  ended.\n\nA joint statement \n \n was signed.  \n';
    expect(normalizeText(raw)).toBe('Ministers met in Doha.\nThe talks\n\nended.\n\nA joint statement\n\nwas signed.');
  });

  it('trims a line or paragraph separator at either end, past the spaces and line ends beside it', () => {
    expect(normalizeText('\u2028 \nPolice chiefs met in Apia.\n\u2029\n')).toBe('Police chiefs met in Apia.');
    expect(normalizeText('Police chiefs\u2028met in Apia.')).toBe('Police chiefs\u2028met in Apia.');
  });

  it('returns a plain text with nothing to rewrite as it is', () => {
    const text = 'The heads of the security services of Uzbekistan and Kazakhstan held talks in Tashkent.';
    expect(normalizeText(text)).toBe(text);
  });
});
