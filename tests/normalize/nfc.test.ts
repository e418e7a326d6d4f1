import { describe, expect, it } from 'vitest';
import { NFC_SENSITIVE, toNfc } from '../../src/normalize/nfc.js';

/** Every BMP character that is not a surrogate half. */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCharCode(code));

describe('toNfc', () => {
  it('composes a letter and its combining mark, and rewrites the singletons NFC rewrites', () => {
    expect(toNfc('Nag\u0306\u0131yev')).toBe('Nağıyev');
    expect(toNfc('A\u2000B')).toBe('A\u2002B');
    expect(toNfc('100 \u212b')).toBe('100 \u00c5');
  });

  it('leaves text of the characters it skips the normaliser for exactly as NFC would: each alone and each pair side by side', () => {
    const stable = BMP.filter((c) => !NFC_SENSITIVE.test(c));
    expect(stable.length).toBeGreaterThan(1000);
    expect(stable).toContain('ğ');
    expect(stable).toContain('\u2019');
    for (const c of stable) expect(c.normalize('NFC')).toBe(c);
    const broken: string[] = [];
    for (const a of stable) for (const b of stable) if ((a + b).normalize('NFC') !== a + b) broken.push(a + b);
    expect(broken).toEqual([]);
  });

  it('flags the characters that NFC changes or that may combine', () => {
    for (const c of BMP) if (c.normalize('NFC') !== c) expect(NFC_SENSITIVE.test(c)).toBe(true);
    expect(NFC_SENSITIVE.test('\u0301')).toBe(true);
    expect(NFC_SENSITIVE.test('\u1161')).toBe(true);
  });
});
