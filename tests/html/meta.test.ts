import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isoDatePart, readPageMeta } from '../../src/html/meta.js';

const meta = (html: string) => readPageMeta(parseDocument(html), null);

describe('readPageMeta', () => {
  it('reads Open Graph tags and drops the outlet from the title', () => {
    expect(
      meta(`<head><meta property="og:site_name" content="Steppe Daily">
        <meta property="og:title" content="Chiefs meet in Astana | Steppe Daily">
        <meta property="og:url" content="https://steppe.example/a/1"></head>`),
    ).toEqual({ headline: 'Chiefs meet in Astana', publishedAt: null, outlet: 'Steppe Daily', url: 'https://steppe.example/a/1' });
  });

  it('drops the outlet after a dash or bar, and only the outlet', () => {
    const site = '<meta property="og:site_name" content="Gulf Wire">';
    expect(meta(`${site}<title>Chiefs meet in Muscat \u2013 Gulf Wire</title>`).headline).toBe('Chiefs meet in Muscat');
    expect(meta(`${site}<title>Muscat - Riyadh talks - GULF WIRE</title>`).headline).toBe('Muscat - Riyadh talks');
    expect(meta(`${site}<title>Chiefs meet in Muscat | Oman</title>`).headline).toBe('Chiefs meet in Muscat | Oman');
  });

  it('resolves a relative canonical link against og:url and ignores one it cannot resolve', () => {
    expect(meta('<link rel="canonical" href="/b/2"><meta property="og:url" content="https://x.example/a/1">').url).toBe('https://x.example/b/2');
    expect(meta('<link rel="canonical" href="/b/2">').url).toBeNull();
    expect(meta('<link rel="canonical" href="javascript:void(0)">').url).toBeNull();
  });

  it('prefers article:published_time, then JSON-LD, then <time datetime>', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-10-20T09:00:00Z","publisher":[{"name":"Wire One"}]}</script>';
    expect(meta(`<meta property="article:published_time" content="2022-10-21">${ld}<time datetime="2022-10-22">x</time>`).publishedAt).toBe('2022-10-21');
    expect(meta(`${ld}<time datetime="2022-10-22">x</time>`)).toMatchObject({ publishedAt: '2022-10-20', outlet: 'Wire One' });
    expect(meta('<p>Published <time datetime="2022-10-22T18:00">22 Oct</time></p>').publishedAt).toBe('2022-10-22');
  });

  it('skips dates that are not real and JSON-LD that does not parse', () => {
    expect(meta('<meta property="article:published_time" content="2022-02-30"><time datetime="2022-03-01">x</time>').publishedAt).toBe('2022-03-01');
    expect(meta('<script type="application/ld+json">{"datePublished": </script>').publishedAt).toBeNull();
  });

  it('takes the headline from the <h1> inside the article before the page title', () => {
    const html = '<title>Site</title><h1 class="logo">Daily Herald</h1><article><h1>Talks held in Dushanbe</h1><p>Text.</p></article>';
    const doc = parseDocument(html);
    const article = doc.children.find((n) => 'name' in n && n.name === 'article') ?? null;
    expect(readPageMeta(doc, article as never).headline).toBe('Talks held in Dushanbe');
    expect(readPageMeta(doc, null).headline).toBe('Daily Herald');
  });

  it('takes an <h2> heading the article before a page title that carries the site\'s sections, where no <h1> stands', () => {
    const html = '<title>Ministry of Interior - News - Minister receives Omani delegation</title><div id="main"><h2>Minister receives Omani delegation</h2><p>Text.</p></div>';
    const doc = parseDocument(html);
    const main = doc.children.find((n) => 'name' in n && n.name === 'div') ?? null;
    expect(readPageMeta(doc, main as never).headline).toBe('Minister receives Omani delegation');
    expect(readPageMeta(doc, null).headline).toBe('Ministry of Interior - News - Minister receives Omani delegation');
  });
});

describe('isoDatePart', () => {
  it('keeps the calendar date the page states, whatever its time zone', () => {
    expect(isoDatePart('2024-09-15T23:30:00-05:00')).toBe('2024-09-15');
    expect(isoDatePart('2024-09-15 10:00')).toBe('2024-09-15');
    expect(isoDatePart('2024-09-15')).toBe('2024-09-15');
  });

  it('refuses what is not an ISO date', () => {
    expect(isoDatePart('15 September 2024')).toBeNull();
    expect(isoDatePart('2024-09-155')).toBeNull();
    expect(isoDatePart(null)).toBeNull();
  });
});
