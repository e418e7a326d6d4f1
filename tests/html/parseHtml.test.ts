import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PressRecordSchema, SecpressError, parsePressRelease, parsePressReleaseHtml } from '../../src/index.js';

const page = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

describe('parsePressReleaseHtml', () => {
  it('takes the article of a news site and leaves its navigation, sidebar, related links and footer behind', () => {
    const record = parsePressReleaseHtml(page('news-site.html'));
    expect(PressRecordSchema.safeParse(record).success).toBe(true);
    expect(record.headline).toBe('Heads of special services of Central Asia meet in Almaty');
    expect(record.source).toMatchObject({
      outlet: 'Steppe Daily News',
      url: 'https://steppedaily.example/security/2024/06/chiefs-meet-almaty',
      publishedAt: '2024-06-12',
    });
    expect(record.text.startsWith('Heads of special services of Central Asia meet in Almaty\n\n')).toBe(true);
    expect(record.text).toContain('\n\nAlmaty, June 12. The heads of the security services of Kazakhstan, Kyrgyzstan,');
    expect(record.text).toContain('signed a protocol on cooperation in border security.');
    for (const chrome of ['Politics', 'Search', 'Related news', 'Dushanbe', 'Oil prices', 'All rights reserved', 'Telegram', 'dataLayer', 'font-family', '16 px', 'Photo: press service']) {
      expect(record.text).not.toContain(chrome);
    }
  });

  it('reads an agency press page laid out with tables and <br> paragraphs', () => {
    const record = parsePressReleaseHtml(page('agency-press-page.html'));
    expect(record.headline).toBe('The Chief of the Service takes part in the meeting of the Council in Minsk');
    expect(record.source).toMatchObject({ outlet: null, url: null, publishedAt: null });
    const paragraphs = record.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(record.headline);
    expect(paragraphs[1]).toMatch(/^On April 28, Colonel-General Ali Naghiyev, .* held in Minsk\.$/);
    expect(record.text).not.toContain('Other news');
    expect(record.text).not.toContain('Reception of citizens');
    expect(record.text).not.toContain('Print version');
  });

  it('takes headline, date and publisher from JSON-LD and skips a broken JSON-LD block', () => {
    const record = parsePressReleaseHtml(page('json-ld-page.html'));
    expect(record.headline).toBe('Gulf intelligence chiefs sign memorandum in Muscat');
    expect(record.source).toMatchObject({
      outlet: 'Gulf Wire',
      url: 'https://gulfwire.example/en/2023/11/gulf-intelligence-chiefs-muscat',
      publishedAt: '2023-11-08',
    });
    expect(record.text).toContain('MUSCAT, November 8 \u2014 The heads of the intelligence services');
    expect(record.text).not.toContain('Read also');
    expect(record.text).not.toContain('Kuwait hosts');
    expect(record.text).not.toContain('cookies');
    expect(record.text).not.toContain('Be the first to comment');
  });

  it('reads a blog-engine post: <time> for the date, the title without the site name, lists kept, share and comments dropped', () => {
    const record = parsePressReleaseHtml(page('wordpress-post.html'));
    expect(record.headline).toBe('SCO security chiefs review counter-terrorism cooperation');
    expect(record.source).toMatchObject({ outlet: null, url: null, publishedAt: '2023-09-12' });
    expect(record.text.split('\n\n')).toEqual([
      'SCO security chiefs review counter-terrorism cooperation',
      'Astana, September 12. The Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation held its regular meeting in Astana on Monday.',
      'Representatives of the competent authorities of India, Kazakhstan, China, Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan took part.',
      'joint border operations in 2024;',
      'the exchange of data on members of terrorist organisations;',
      'countering the use of the internet for recruitment.',
      'The next meeting of the Council will be held in Tashkent.',
    ]);
  });

  it('lets the caller\'s options win over what the page says', () => {
    const record = parsePressReleaseHtml(page('news-site.html'), {
      publishedAt: '2024-06-13',
      outlet: 'Wire copy',
      url: 'https://mirror.example/1',
      id: 'mine',
      maxLength: undefined,
    });
    expect(record.id).toBe('mine');
    expect(record.source).toMatchObject({ publishedAt: '2024-06-13', outlet: 'Wire copy', url: 'https://mirror.example/1' });
  });

  it('gives the record the plain-text parser gives for the page\'s text when the page has no headline', () => {
    const text = 'Baku, May 3. The heads of the security services of Azerbaijan and Georgia met in Baku.';
    const record = parsePressReleaseHtml(`<div><p>${text}</p><script>var x = "<p>not text</p>";</script></div>`, { publishedAt: '2024-05-03' });
    expect(record.text).toBe(text);
    expect(record).toEqual(parsePressRelease(text, { publishedAt: '2024-05-03' }));
  });

  it('never throws on odd or hostile pages', () => {
    const deep = '<div>'.repeat(200_000) + 'deep text' + '</div>'.repeat(10);
    const pages = ['', '<', '<<<>>>', '<html><body></body></html>', '<script>never closed', deep, '<p>\u0000\ud800 broken</p>', '<meta property="article:published_time" content="2023-02-30">', '<div>'.repeat(500) + '</span>'.repeat(100_000), '<a>'.repeat(200_000)];
    const started = Date.now();
    for (const html of pages) {
      const record = parsePressReleaseHtml(html);
      expect(PressRecordSchema.safeParse(record).success).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(4000);
    expect(parsePressReleaseHtml(deep).warnings.map((w) => w.code)).toContain('html-truncated');
    expect(parsePressReleaseHtml('<div>'.repeat(400) + 'deep text').text).toBe('deep text');
    expect(parsePressReleaseHtml(pages[7] as string).source.publishedAt).toBeNull();
  });

  it('throws the typed error for a non-string, bad options, or a text over maxLength', () => {
    expect(() => parsePressReleaseHtml(42 as unknown as string)).toThrow(SecpressError);
    expect(() => parsePressReleaseHtml('<p>x</p>', { publishedAt: 'yesterday' })).toThrow(/publishedAt/);
    expect(() => parsePressReleaseHtml('<p>x</p>', 'AZERTAC' as never)).toThrow(SecpressError);
    expect(() => parsePressReleaseHtml(`<p>${'word '.repeat(50)}</p>`, { maxLength: 20 })).toThrow(/maxLength/);
  });
});
