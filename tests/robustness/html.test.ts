import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePressReleaseHtml, SecpressError } from '../../src/index.js';
import { hostile, releaseLike, sentence } from './arbitraries.js';
import { brokenClaims } from './claims.js';
import { runs, SLOW } from './settings.js';
import { filledTo, SLOWDOWN, typicalMsPerKb } from './timing.js';

/** Markup around text: tags, attributes, comments, scripts, entities, often unbalanced. */
const tag = fc.constantFrom(
  '<p>', '</p>', '<h1>', '</h1>', '<br/>', '<div class="a">', '</div>', '<time datetime="2024-05-12">', '</time>',
  '<meta property="og:title" content="Chiefs meet">', '<meta name="date" content="2024-13-45">', '<script>', '</script>',
  '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&quot;', '&#8220;', '&#x1F600;', '&#xD800;', '&nbsp;',
  '&unknown;', '<', '>', '<a href="', '"', '<title>', '</title>', '<article>', '</article>', '<html>', '<body>',
);
const page = fc.array(fc.oneof({ weight: 3, arbitrary: tag }, { weight: 3, arbitrary: sentence }, { weight: 1, arbitrary: hostile }), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parsePressReleaseHtml on hostile pages', () => {
  it('returns a record that keeps its word for any mixture of markup, sentences and hostile pieces', SLOW, () => {
    fc.assert(
      fc.property(fc.oneof(page, releaseLike, fc.string({ unit: 'binary', maxLength: 300 })), (html) => {
        expect(brokenClaims(parsePressReleaseHtml(html))).toEqual([]);
      }),
      runs(200),
    );
  });

  it('refuses a non-string page with a SecpressError', () => {
    for (const value of [null, undefined, 42, Buffer.from('<p>x</p>'), {}]) {
      expect(() => parsePressReleaseHtml(value as unknown as string)).toThrow(SecpressError);
    }
  });

  it.each<[string, string]>([
    ['an unclosed comment', `<p>Talks in Baku.</p><!--${'x'.repeat(50)}`],
    ['unclosed tags', '<p><div><span><a href="x">'],
    ['unclosed attribute quotes', '<a href="'],
    ['an unclosed script', '<script>var a = "</p>";'],
  ])('copes with %s repeated to 200 KB, in time', { timeout: 120_000, retry: 1 }, (_label, piece) => {
    const typical = typicalMsPerKb();
    const html = filledTo(piece, 200 * 1024);
    const started = performance.now();
    const record = parsePressReleaseHtml(html);
    const perKb = (performance.now() - started) / 200;
    expect(brokenClaims(record)).toEqual([]);
    expect(perKb, `${perKb.toFixed(4)} ms/KB against ${typical.toFixed(4)} ms/KB for a typical release`).toBeLessThanOrEqual(SLOWDOWN * typical);
  });
});
