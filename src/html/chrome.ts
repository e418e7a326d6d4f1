/**
 * Page chrome: the parts of a web page that are not the article (navigation, scripts,
 * styles, forms, sidebars, share bars, "related news" blocks), recognised by element,
 * ARIA role, visibility and class or id words.
 * @module
 */
import type { Element } from 'domhandler';
import { attr } from './dom.js';

/** Elements that never hold article text. */
const CHROME_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'form', 'button', 'select', 'textarea', 'input', 'label', 'nav', 'aside', 'footer', 'figure', 'menu', 'dialog',
]);

/** ARIA landmark roles of page chrome. */
const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog',
]);

/** Words in class and id values that mark chrome ("site-nav", "related_news", "share-bar"). */
const CHROME_WORDS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'related', 'share', 'sharing',
  'social', 'comment', 'comments', 'subscribe', 'newsletter', 'ad', 'ads', 'advert', 'advertisement', 'promo',
  'cookie', 'cookies', 'header', 'footer', 'masthead', 'tags', 'widget', 'pagination', 'pager', 'popular',
  'recommended', 'toolbar', 'fontsize', 'print', 'modal', 'popup', 'banner',
]);

/** Parts of class or id values that mark chrome although their words alone would not ("font-size-controls"). */
const CHROME_NAMES: readonly string[] = [
  'other-news', 'othernews', 'more-news', 'latest-news', 'news-list', 'read-more', 'readmore', 'see-also',
  'most-read', 'font-size', 'text-size', 'related', 'sharedaddy', 'addtoany',
];

/** Containers of the article itself, never dropped for their class words. */
const CONTENT_ELEMENTS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** True when a class or id value names chrome. */
function namesChrome(value: string): boolean {
  for (const token of value.split(/\s+/)) {
    if (token === '') continue;
    for (const name of CHROME_NAMES) if (token.includes(name)) return true;
    for (const word of token.split(/[-_]+/)) if (CHROME_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * True when `element` is page chrome. `inArticle` says whether it lies inside an `<article>`,
 * where a `<header>` holds the headline and date rather than the site's masthead.
 */
export function isChrome(element: Element, inArticle: boolean): boolean {
  const name = element.name.toLowerCase();
  if (CHROME_ELEMENTS.has(name)) return true;
  if (name === 'header' && !inArticle) return true;
  if (CHROME_ROLES.has(attr(element, 'role'))) return true;
  if ('hidden' in element.attribs || attr(element, 'aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/.test(attr(element, 'style'))) return true;
  if (CONTENT_ELEMENTS.has(name) || attr(element, 'itemprop') === 'articlebody') return false;
  return namesChrome(attr(element, 'class')) || namesChrome(attr(element, 'id'));
}

/** Headings that open a block of links to other stories ("Related news", "Other news", "Read also"). */
const OTHER_STORIES_HEADING =
  /^(?:(?:related|other|more|latest|recent|similar|recommended|popular|top|further)(?: news| stories| articles| posts| releases| materials| publications| reading| headlines)?|(?:see|read) also|also read|most (?:read|viewed|popular)|you (?:may|might) also (?:like|be interested in)|in other news|read more)\s*:?$/i;

/** True when a heading's text announces links to other stories. */
export function announcesOtherStories(headingText: string): boolean {
  return headingText.length <= 60 && OTHER_STORIES_HEADING.test(headingText);
}
