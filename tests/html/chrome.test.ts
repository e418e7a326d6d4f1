import { parseDocument } from 'htmlparser2';
import { isTag, type Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { announcesOtherStories, isChrome } from '../../src/html/chrome.js';

const element = (html: string): Element => {
  const node = parseDocument(html).children[0];
  if (node === undefined || !isTag(node)) throw new Error('no element');
  return node;
};

describe('isChrome', () => {
  it('drops navigation, scripts, forms, sidebars and footers by element', () => {
    for (const html of ['<nav></nav>', '<script></script>', '<style></style>', '<form></form>', '<aside></aside>', '<footer></footer>', '<figure></figure>']) {
      expect(isChrome(element(html), false), html).toBe(true);
    }
    expect(isChrome(element('<p></p>'), false)).toBe(false);
  });

  it('drops the site header but keeps an article header with the headline', () => {
    expect(isChrome(element('<header></header>'), false)).toBe(true);
    expect(isChrome(element('<header></header>'), true)).toBe(false);
  });

  it('drops by ARIA role, hidden state and class or id words', () => {
    expect(isChrome(element('<div role="navigation"></div>'), false)).toBe(true);
    expect(isChrome(element('<div aria-hidden="true"></div>'), false)).toBe(true);
    expect(isChrome(element('<div hidden></div>'), false)).toBe(true);
    expect(isChrome(element('<div style="display: none"></div>'), false)).toBe(true);
    expect(isChrome(element('<div class="col related_news"></div>'), false)).toBe(true);
    expect(isChrome(element('<div id="share-buttons"></div>'), false)).toBe(true);
    expect(isChrome(element('<div class="font-size-controls"></div>'), false)).toBe(true);
    expect(isChrome(element('<ul class="other-news-list"></ul>'), false)).toBe(true);
    expect(isChrome(element('<div id="jp-relatedposts"></div>'), false)).toBe(true);
    expect(isChrome(element('<div class="sharedaddy sd-sharing-enabled"></div>'), false)).toBe(true);
  });

  it('keeps text blocks whose class words merely contain a chrome word', () => {
    expect(isChrome(element('<div class="story-body heads-of-services"></div>'), false)).toBe(false);
    expect(isChrome(element('<div class="loaded shadow"></div>'), false)).toBe(false);
    expect(isChrome(element('<body class="has-sidebar"></body>'), false)).toBe(false);
    expect(isChrome(element('<article class="share-card"></article>'), false)).toBe(false);
    expect(isChrome(element('<div itemprop="articleBody" class="with-ads"></div>'), false)).toBe(false);
  });
});

describe('announcesOtherStories', () => {
  it('recognises headings of link blocks', () => {
    for (const heading of ['Related news', 'Other news', 'OTHER NEWS', 'Read also:', 'See also', 'Most read', 'More stories', 'You may also like']) {
      expect(announcesOtherStories(heading), heading).toBe(true);
    }
  });

  it('leaves headings of the story alone', () => {
    for (const heading of ['Other news agencies reported the meeting', 'Related agreements signed in Baku', 'Results of the meeting', '']) {
      expect(announcesOtherStories(heading), heading).toBe(false);
    }
  });
});
