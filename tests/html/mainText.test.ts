import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../src/html/mainText.js';

const main = (html: string) => extractMainText(parseDocument(html));

describe('extractMainText', () => {
  it('keeps paragraphs apart with blank lines and <br> as line breaks', () => {
    expect(main('<div><p>First  paragraph\n of text.</p><p>Second<br>line two.</p></div>').text).toBe('First paragraph of text.\n\nSecond\nline two.');
  });

  it('chooses the <article> around the densest text over a longer list of teaser links', () => {
    const teasers = '<ul>' + '<li><a href="#">A teaser headline that is long enough to count for something</a></li>'.repeat(10) + '</ul>';
    const { text, container } = main(`<body><div>${teasers}</div><article><h1>Talks in Ankara</h1><p>The heads of the services of Turkey and Azerbaijan met in Ankara.</p></article></body>`);
    expect(container?.name).toBe('article');
    expect(text).toBe('Talks in Ankara\n\nThe heads of the services of Turkey and Azerbaijan met in Ankara.');
  });

  it('drops a "Related news" heading with its links but keeps text after an ordinary heading', () => {
    const html = `<div class="body"><p>The meeting was held in Tashkent on May 4.</p><h3>Results</h3><p>A memorandum was signed.</p>
      <h3>Related news</h3><ul><li><a href="#">Another meeting in Bishkek</a></li></ul><div><a href="#">Samarkand forum opens</a></div></div>`;
    expect(main(html).text).toBe('The meeting was held in Tashkent on May 4.\n\nResults\n\nA memorandum was signed.');
  });

  it('drops link lists inside the article', () => {
    const html = '<article><p>The delegations met in Minsk on April 28 for the regular council meeting.</p><ul><li><a href="#">Tags: Minsk</a></li><li><a href="#">CIS</a></li></ul></article>';
    expect(main(html).text).toBe('The delegations met in Minsk on April 28 for the regular council meeting.');
  });

  it('gives an empty text for a page without text', () => {
    expect(main('<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>')).toEqual({ text: '', container: null });
  });
});
