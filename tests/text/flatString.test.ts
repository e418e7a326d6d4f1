import { describe, expect, it } from 'vitest';
import { flatString } from '../../src/text/flatString.js';

describe('flatString', () => {
  it('keeps every character of a release, ASCII and beyond', () => {
    const release = 'BAKU, 12 May – Colonel-General Ali Nağıyev met the Türkiye delegation in “Baku”; İzmir, Åland, 東京 and 😀 too.';
    const view = `Headline\n\n${release}`.slice(10);
    expect(flatString(view)).toBe(release);
  });

  it('keeps a leading byte-order mark', () => {
    expect(flatString('\ufeffTashkent hosted the talks.')).toBe('\ufeffTashkent hosted the talks.');
  });

  it('returns a text with a lone surrogate as it is, since UTF-8 cannot carry it', () => {
    const broken = 'Minsk \ud800 talks';
    expect(flatString(broken)).toBe(broken);
  });

  it('copies a text longer than its shared buffer whole', () => {
    const long = 'The Council of Heads of Security Agencies met in Dushanbe. '.repeat(1500) + 'Ağ';
    expect(long.length).toBeGreaterThan(1 << 16);
    expect(flatString(long)).toBe(long);
  });
});
