/**
 * What a page says about itself: headline, publication date, outlet and address, read from
 * meta tags, JSON-LD, `<time>`, `<h1>` (or an `<h2>` heading the article) and `<link rel="canonical">`.
 * @module
 */
import type { Document, Element } from 'domhandler';
import { IsoDateSchema } from '../schema/record.js';
import { attr, elements, findElement, isInside, plainText } from './dom.js';

/** Facts a page states about itself; null when the page does not say. */
export interface PageMeta {
  readonly headline: string | null;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** A JSON value, as read from a JSON-LD block. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** How many JSON-LD items are looked at, at most: a page's own description sits near the top. */
const MAX_JSON_LD_ITEMS = 500;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of every parsable JSON-LD block, `@graph` members and array items included, in page order. */
function jsonLdObjects(all: readonly Element[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const element of all) {
    if (element.name.toLowerCase() !== 'script' || attr(element, 'type') !== 'application/ld+json') continue;
    let value: Json;
    try {
      value = JSON.parse(plainText(element)) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [value];
    for (let i = 0; i < queue.length && i < MAX_JSON_LD_ITEMS && objects.length < MAX_JSON_LD_ITEMS; i++) {
      const item = queue[i] as Json;
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        objects.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      }
    }
  }
  return objects;
}

/** A non-empty string with whitespace collapsed, or null. */
function text(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** The first JSON-LD value of `key` that `read` accepts. */
function fromJsonLd<T>(objects: readonly JsonObject[], key: string, read: (value: Json | undefined) => T | null): T | null {
  for (const object of objects) {
    const found = read(object[key]);
    if (found !== null) return found;
  }
  return null;
}

/** A publisher's name: `"publisher": { "name": ... }`, an array of them, or a plain string. */
function publisherName(value: Json | undefined): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = publisherName(item);
      if (found !== null) return found;
    }
    return null;
  }
  return isObject(value) ? text(value['name']) : text(value);
}

/** The calendar date at the start of an ISO date or date-time ("2024-09-15T10:00:00+05:00"), as the page states it. */
export function isoDatePart(value: string | null): string | null {
  const match = value === null ? null : /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  const date = match?.[1];
  return date !== undefined && IsoDateSchema.safeParse(date).success ? date : null;
}

/** An absolute http(s) address, `href` resolved against `base` when relative; null when neither gives one. */
function absoluteUrl(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Separators between a page title and the outlet's name. */
const TITLE_SEPARATORS = [' | ', ' - ', ' \u2013 ', ' \u2014 '];

/** Drops a trailing " | Outlet" (or " - Outlet", " — Outlet") from a page title. */
function withoutOutlet(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title;
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at > 0 && title.slice(at + separator.length).trim().toLowerCase() === outlet.toLowerCase()) return title.slice(0, at).trim();
  }
  return title;
}

/**
 * Reads the headline, publication date, outlet and canonical address of a parsed page.
 * `container` is the element the main text came from: an `<h1>` or `<time>` inside it wins over
 * one elsewhere on the page.
 */
export function readPageMeta(doc: Document, container: Element | null): PageMeta {
  const all = elements(doc);
  const metas = new Map<string, string>();
  for (const element of all) {
    if (element.name.toLowerCase() !== 'meta') continue;
    const key = attr(element, 'property') || attr(element, 'name') || attr(element, 'itemprop');
    const content = text(element.attribs['content']);
    if (key !== '' && content !== null && !metas.has(key)) metas.set(key, content);
  }
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = metas.get(key);
      if (value !== undefined) return value;
    }
    return null;
  };
  const jsonLd = jsonLdObjects(all);

  const outlet = meta('og:site_name') ?? fromJsonLd(jsonLd, 'publisher', publisherName) ?? meta('application-name');

  const h1s = all.filter((element) => element.name.toLowerCase() === 'h1');
  const h1InArticle = container === null ? undefined : h1s.find((h1) => isInside(h1, container));
  const titleElement = findElement(doc, (element) => element.name.toLowerCase() === 'title');
  // A page with no <h1> often heads its article with an <h2>: better than a <title> that carries the site's sections.
  const h2InArticle = container === null ? undefined : all.find((element) => element.name.toLowerCase() === 'h2' && isInside(element, container));
  const headlineCandidates = [
    h1InArticle === undefined ? null : plainText(h1InArticle),
    fromJsonLd(jsonLd, 'headline', text),
    withoutOutlet(meta('og:title', 'twitter:title'), outlet),
    h1s[0] === undefined ? null : plainText(h1s[0]),
    h2InArticle === undefined ? null : plainText(h2InArticle),
    titleElement === null ? null : withoutOutlet(plainText(titleElement), outlet),
  ];
  const headline = headlineCandidates.find((candidate) => candidate !== null && candidate !== '') ?? null;

  const times = all.filter((element) => element.name.toLowerCase() === 'time' && element.attribs['datetime'] !== undefined);
  const timeInArticle = container === null ? undefined : times.find((time) => isInside(time, container));
  const datedElement = all.find((element) => attr(element, 'itemprop') === 'datepublished' && element.name.toLowerCase() !== 'meta');
  const dateCandidates = [
    meta('article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date'),
    fromJsonLd(jsonLd, 'datePublished', text),
    datedElement === undefined ? null : (datedElement.attribs['datetime'] ?? datedElement.attribs['content'] ?? null),
    (timeInArticle ?? times[0])?.attribs['datetime'] ?? null,
  ];
  const publishedAt = dateCandidates.map(isoDatePart).find((date) => date !== null) ?? null;

  const canonical = all.find((element) => element.name.toLowerCase() === 'link' && attr(element, 'rel').split(/\s+/).includes('canonical'));
  const ogUrl = absoluteUrl(meta('og:url'), null);
  const url = absoluteUrl(canonical === undefined ? null : (canonical.attribs['href'] ?? null), ogUrl) ?? ogUrl;

  return { headline, publishedAt, outlet, url };
}
