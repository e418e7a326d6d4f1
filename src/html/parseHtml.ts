/**
 * A press release as a web page: the page's main text, headline, date, outlet and address,
 * then the plain-text parser.
 * @module
 */
import { SecpressError } from '../errors.js';
import type { ParseOptions } from '../options.js';
import { normalizeText } from '../normalize/normalize.js';
import { parsePressRelease } from '../parse.js';
import type { PressRecord } from '../schema/record.js';
import { extractMainText } from './mainText.js';
import { readPageMeta } from './meta.js';
import { parsePage } from './parsePage.js';

/** The caller's options over the page's facts; options that are not an object are passed on for the parser to refuse. */
function withPageFacts(options: ParseOptions | undefined, page: ParseOptions): ParseOptions | undefined {
  if (options === undefined || options === null) return page;
  if (typeof options !== 'object' || Array.isArray(options)) return options;
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  return { ...page, ...Object.fromEntries(given) };
}

/**
 * Parses one press release given as a web page (HTML). The page is read with a real HTML
 * parser: navigation, scripts, styles, forms, sidebars, footers and "related news" blocks are
 * dropped; the article's text is kept with a blank line between paragraphs. The headline
 * (`<h1>`, `og:title`, JSON-LD `headline`), publication date (`article:published_time`,
 * JSON-LD `datePublished`, `<time datetime>`), outlet (`og:site_name`, JSON-LD publisher) and
 * address (canonical link, `og:url`) are taken from the page and passed on as options; the
 * options you give win over them. The text is then parsed like {@link parsePressRelease}, and
 * `record.headline` is the page's headline when it has one.
 *
 * Never throws on a string: a page without an article gives a record with little in it.
 * Throws a {@link SecpressError} for a non-string input, invalid options, or a main text over
 * `options.maxLength`.
 *
 * @param html - The page's HTML.
 * @param options - As for {@link parsePressRelease}; what you give wins over what the page says.
 * @returns A record that validates against `PressRecordSchema`.
 *
 * @example
 * ```ts
 * import { parsePressReleaseHtml } from 'secpress';
 *
 * const record = parsePressReleaseHtml(`<html><head>
 *   <meta property="og:site_name" content="Caspian Security Herald">
 *   <meta property="article:published_time" content="2024-05-14T09:30:00+04:00">
 *   </head><body><nav><a href="/">Home</a></nav>
 *   <article><h1>Security chiefs meet in Baku</h1>
 *   <p>The heads of the security services of Azerbaijan and Georgia held talks in Baku on May 13.</p></article>
 *   </body></html>`);
 * [record.headline, record.source.outlet, record.source.publishedAt];
 * //=> ['Security chiefs meet in Baku', 'Caspian Security Herald', '2024-05-14']
 * ```
 */
export function parsePressReleaseHtml(html: string, options?: ParseOptions): PressRecord {
  if (typeof html !== 'string') {
    throw new SecpressError('invalid-input', `Expected the page as a string, got ${html === null ? 'null' : typeof html}`);
  }
  const { doc, truncated } = parsePage(html);
  const main = extractMainText(doc);
  const page = readPageMeta(doc, main.container);
  // The headline as record.text will hold it (straight quotes, plain spaces), and only if it has a letter or digit.
  const normalized = page.headline === null ? null : normalizeText(page.headline);
  const headline = normalized !== null && /[\p{L}\p{N}]/u.test(normalized) ? normalized : null;
  const text = headline !== null && !main.text.startsWith(headline) ? `${headline}\n\n${main.text}` : main.text;
  const merged: ParseOptions = {};
  if (page.publishedAt !== null) merged.publishedAt = page.publishedAt;
  if (page.outlet !== null) merged.outlet = page.outlet;
  if (page.url !== null) merged.url = page.url;
  const record = parsePressRelease(text, withPageFacts(options, merged));
  const warnings = truncated
    ? [...record.warnings, { code: 'html-truncated', message: 'The page nests elements deeper than any real page; what follows the deepest part was not read.' }]
    : record.warnings;
  return { ...record, headline: headline ?? record.headline, warnings };
}
