/**
 * The article's main text: page chrome dropped, the container chosen (the `<article>`,
 * `itemprop="articleBody"` or `<main>` that holds the densest block of text, else that block),
 * rendered with one blank line between paragraphs.
 * @module
 */
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { announcesOtherStories, isChrome } from './chrome.js';
import { attr, plainText, walk } from './dom.js';

/** Elements that start a new paragraph of the rendered text. */
const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Blocks that are one paragraph each: their text counts for the element around them. */
const PARAGRAPHS: ReadonlySet<string> = new Set(['p', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Lists whose text is more than this share of link text are lists of other stories. */
const LINK_LIST_DENSITY = 0.6;

/** Text length and link-text length of one element's subtree (chrome excluded). */
interface TextStats {
  text: number;
  links: number;
}

/** What the page analysis keeps: dropped chrome and text statistics per element. */
interface PageAnalysis {
  readonly dropped: Set<Element>;
  readonly stats: Map<Element, TextStats>;
}

const name = (element: Element): string => element.name.toLowerCase();

/** Marks page chrome, walking the tree once with the knowledge of whether we are inside an `<article>`. */
function markChrome(doc: Document): Set<Element> {
  const dropped = new Set<Element>();
  const stack: { node: AnyNode; inArticle: boolean }[] = doc.children.map((node) => ({ node, inArticle: false })).reverse();
  while (stack.length > 0) {
    const { node, inArticle } = stack.pop() as { node: AnyNode; inArticle: boolean };
    if (!isTag(node)) continue;
    if (isChrome(node, inArticle)) {
      dropped.add(node);
      continue;
    }
    const inside = inArticle || name(node) === 'article';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, inArticle: inside });
  }
  return dropped;
}

/** Text and link-text lengths of every kept element, computed bottom-up in one pass. */
function measure(doc: Document, dropped: ReadonlySet<Element>): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const order: Element[] = [];
  walk(doc, (node) => {
    if (!isTag(node)) return undefined;
    if (dropped.has(node)) return false;
    order.push(node);
    stats.set(node, { text: 0, links: 0 });
    return undefined;
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as Element;
    const own = stats.get(element) as TextStats;
    for (const child of element.children) {
      if (isText(child)) own.text += child.data.trim().length;
    }
    if (name(element) === 'a') own.links = own.text;
    const parent = element.parent;
    const up = parent !== null && isTag(parent) ? stats.get(parent) : undefined;
    if (up !== undefined) {
      up.text += own.text;
      up.links += own.links;
    }
  }
  return stats;
}

const linkDensity = (stats: TextStats | undefined): number => (stats === undefined || stats.text === 0 ? 0 : stats.links / stats.text);

/** Drops "Related news" headings with the links that follow them, or the whole block they open. */
function dropOtherStories(doc: Document, analysis: PageAnalysis): void {
  const headings: Element[] = [];
  walk(doc, (node) => {
    if (!isTag(node)) return undefined;
    if (analysis.dropped.has(node)) return false;
    if (HEADINGS.has(name(node)) || attr(node, 'class').includes('title')) headings.push(node);
    return undefined;
  });
  for (const heading of headings) {
    if (!announcesOtherStories(plainText(heading))) continue;
    const parent = heading.parent;
    const block = parent !== null && isTag(parent) ? parent : null;
    const isContent = block === null || ['body', 'main', 'article'].includes(name(block)) || attr(block, 'itemprop') === 'articlebody';
    if (block !== null && !isContent && linkDensity(analysis.stats.get(block)) > 0.5) {
      analysis.dropped.add(block);
      continue;
    }
    analysis.dropped.add(heading);
    for (let next = heading.nextSibling; next !== null; next = next.nextSibling) {
      if (!isTag(next)) continue;
      if (HEADINGS.has(name(next)) || linkDensity(analysis.stats.get(next)) <= 0.5) break;
      analysis.dropped.add(next);
    }
  }
}

/** The nearest block element at or above `node`. */
function nearestBlock(node: AnyNode): Element | null {
  for (let at = node.parent; at !== null; at = at.parent) if (isTag(at) && BLOCKS.has(name(at))) return at;
  return null;
}

/** The block holding the most text that is not link text: paragraphs count for the element around them. */
function densestBlock(doc: Document, analysis: PageAnalysis): Element | null {
  const own = new Map<Element, number>();
  walk(doc, (node) => {
    if (isTag(node)) return !analysis.dropped.has(node) && name(node) !== 'a';
    if (!isText(node)) return undefined;
    const length = node.data.trim().length;
    const block = length === 0 ? null : nearestBlock(node);
    if (block !== null) own.set(block, (own.get(block) ?? 0) + length);
    return undefined;
  });
  const score = new Map<Element, number>();
  const add = (element: Element, points: number): void => {
    score.set(element, (score.get(element) ?? 0) + points);
  };
  for (const [block, length] of own) {
    const parent = block.parent !== null && isTag(block.parent) ? block.parent : null;
    if (PARAGRAPHS.has(name(block)) && parent !== null) {
      add(parent, length);
    } else {
      add(block, length);
      if (parent !== null) add(parent, length / 2);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, points] of score) {
    if (points > bestScore) {
      best = element;
      bestScore = points;
    }
  }
  return best;
}

/** The article container around the densest block: its `<article>`, else its article body or `<main>`, else the block. */
function chooseContainer(densest: Element): Element {
  let body: Element | null = null;
  for (let at: AnyNode | null = densest; at !== null; at = at.parent) {
    if (!isTag(at)) continue;
    if (name(at) === 'article') return at;
    if (body === null && (attr(at, 'itemprop') === 'articlebody' || name(at) === 'main' || attr(at, 'role') === 'main')) body = at;
  }
  return body ?? densest;
}

/** Marks, on the rendering stack, where a block ends. */
interface BlockEnd {
  readonly endOf: Element;
}

/** Renders an element's kept text: one paragraph per block, blank lines between, `<br>` as a line break. */
function render(root: Element, analysis: PageAnalysis): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const paragraph = line
      .split('\n')
      .map((part) => part.trim())
      .join('\n')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    line = '';
  };
  const stack: (AnyNode | BlockEnd)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | BlockEnd;
    if ('endOf' in item) {
      flush();
      continue;
    }
    if (isText(item)) {
      line += item.data.replace(/\s+/g, ' ');
      continue;
    }
    if (!isTag(item) || analysis.dropped.has(item)) continue;
    const tag = name(item);
    if (tag === 'br') {
      line += '\n';
      continue;
    }
    if ((tag === 'ul' || tag === 'ol') && linkDensity(analysis.stats.get(item)) > LINK_LIST_DENSITY) continue;
    if (BLOCKS.has(tag)) {
      flush();
      stack.push({ endOf: item });
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as AnyNode);
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The main text of a parsed page, and the element it was taken from (null for a page without text). */
export interface MainText {
  readonly text: string;
  readonly container: Element | null;
}

/**
 * Takes the article's main text from a parsed page: chrome and "related news" blocks dropped,
 * the article container chosen, paragraphs separated by blank lines.
 */
export function extractMainText(doc: Document): MainText {
  const dropped = markChrome(doc);
  const analysis: PageAnalysis = { dropped, stats: measure(doc, dropped) };
  dropOtherStories(doc, analysis);
  const densest = densestBlock(doc, analysis);
  if (densest === null) return { text: '', container: null };
  const container = chooseContainer(densest);
  return { text: render(container, analysis), container };
}
