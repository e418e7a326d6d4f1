import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/html/dom.js';
import { parsePage } from '../../src/html/parsePage.js';

describe('parsePage', () => {
  it('parses an ordinary page completely', () => {
    const { doc, truncated } = parsePage('<html><body><p>Talks in <b>Baku</b> &amp; Tbilisi</p></body></html>');
    expect(truncated).toBe(false);
    expect(plainText(doc)).toBe('Talks in Baku & Tbilisi');
  });

  it('stops, in linear time, where a page nests deeper than any real page', () => {
    const started = Date.now();
    const { doc, truncated } = parsePage('<div>before' + '<div>'.repeat(300_000) + 'after');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(truncated).toBe(true);
    expect(plainText(doc)).toBe('before');
  });
});
