import { beforeAll, describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { COUNTRY_NAMES } from './arbitraries.js';
import { brokenClaims } from './claims.js';
import { filledTo, SLOWDOWN, typicalMsPerKb } from './timing.js';
import { TYPICAL_RELEASE } from './typical-release.js';

const MIB = 1024 * 1024;

/** n country names from the bundled table, in table order, cycling. */
function countries(n: number, separator: string): string {
  return Array.from({ length: n }, (_, i) => COUNTRY_NAMES[i % COUNTRY_NAMES.length]).join(separator);
}

const HTML_PAGE = `<!doctype html><html><head><title>News</title><meta property="og:title" content="Chiefs meet"><script>var x = "</p>"; if (a < b && c > d) {}</script><style>p{font-size:16px}</style></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><h1>Security chiefs meet in Tashkent</h1><time datetime="2024-05-12">12 May 2024</time><p>Tashkent, May 12 (UzDaily) &mdash; The heads of the security services of Uzbekistan and Tajikistan held talks in Tashkent.</p><p>&ldquo;We will work together,&rdquo; the chairman said.<br/><img src="x.jpg" alt="&quot;photo&quot;"></p><!-- unclosed comment <p>`;

/** Hostile inputs, each built only when its test runs. */
const CASES: [string, () => string][] = [
  ['the empty string', () => ''],
  ['only whitespace and invisible characters', () => ' \n\t\r\n\u00a0\u200b\ufeff\u2028 '],
  ['1 MiB of one letter', () => 'a'.repeat(MIB)],
  ['1 MiB of spaces', () => ' '.repeat(MIB)],
  ['1 MiB of newlines', () => '\n'.repeat(MIB)],
  ['1 MiB of double quotes', () => '"'.repeat(MIB)],
  ['1 MiB of lone high surrogates', () => '\ud800'.repeat(MIB)],
  ['1 MiB of combining acute accents', () => '\u0301'.repeat(MIB)],
  ['1 MiB of one emoji (surrogate pairs)', () => '\u{1f600}'.repeat(MIB / 2)],
  ['1 MiB of digits', () => '9'.repeat(MIB)],
  ['1 MiB of full stops', () => '.'.repeat(MIB)],
  ['1 MiB of exclamation marks and one letter', () => `${'!'.repeat(MIB - 1)}x`],
  ['one long word of mixed scripts', () => filledTo('p\u00aaA', 300_000)],
  ['a line of connectors', () => `D ${'for '.repeat(60_000)}\u0000`],
  ['10,000 country names in a row, with commas', () => countries(10_000, ', ')],
  ['10,000 country names in a row, with spaces only', () => countries(10_000, ' ')],
  ['10,000 country names joined by "and"', () => countries(10_000, ' and ')],
  ['a rank repeated 20,000 times', () => filledTo('Colonel-General ', 320_000)],
  ['a name repeated 20,000 times', () => filledTo('Ali Naghiyev ', 260_000)],
  ['capitalised words without end', () => filledTo('The Council Of Heads Of Security Agencies Of The ', 300_000)],
  ['a date repeated', () => filledTo('On Tuesday, May 9, 2023, ', 250_000)],
  ['ordinals and Roman numerals', () => filledTo('the 47th XXIV 1000000th MMMMCMXCIX ', 250_000)],
  ['numbers without end', () => filledTo('more than 1,000,000.5 of 30 foreign citizens and ', 250_000)],
  ['an opening quote that never closes', () => `"${'Security is indivisible and '.repeat(10_000)}`],
  ['many short quotes', () => filledTo('"We agree," he said. ', 250_000)],
  ['quotes nested and unbalanced', () => filledTo('"\u201c\u00ab\'" \u201d\u201d"\u00bb ', 250_000)],
  ['an HTML page', () => HTML_PAGE],
  ['HTML tags without end', () => filledTo('<p><a href="x">', 250_000)],
  ['right-to-left text with embedding controls', () => filledTo('\u0627\u0644\u0623\u0645\u0646 \u202eUzbekistan\u202c \u200f', 250_000)],
  ['Turkic letters and dotted capitals', () => filledTo('\u0130nformation Na\u011f\u0131yev Az\u0259rNews \u0130stanbul ', 250_000)],
  ['control characters', () => filledTo('\u0000\u0001\u0007\u001b[31m\u007f\u0085', 100_000)],
  ['a typical release repeated up to 1 MiB', () => filledTo(TYPICAL_RELEASE, MIB)],
];

describe('hostile input gives a record that keeps its word, in time', () => {
  let typical = Number.NaN;
  beforeAll(() => {
    typical = typicalMsPerKb();
  });

  // Generous time limits: a slow case should fail on its cost per KB, with numbers, not time out.
  it.each(CASES)('%s', { timeout: 120_000, retry: 1 }, (_label, build) => {
    const text = build();
    const started = performance.now();
    const record = parsePressRelease(text);
    const perKb = (performance.now() - started) / (text.length / 1024);
    expect(brokenClaims(record)).toEqual([]);
    expect(parsePressRelease(text).id).toBe(record.id);
    // Small inputs are timed by the linear-time tests, where noise is averaged out.
    if (text.length >= 64 * 1024) expect(perKb, `${perKb.toFixed(4)} ms/KB against ${typical.toFixed(4)} ms/KB for a typical release`).toBeLessThanOrEqual(SLOWDOWN * typical);
  });

  it('keeps the body of a typical release', () => {
    const record = parsePressRelease(TYPICAL_RELEASE);
    expect(record.text).toContain('The next conference will be held in Baku, Azerbaijan, in 2025.');
    expect(brokenClaims(record)).toEqual([]);
  });
});
