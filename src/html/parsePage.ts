/**
 * HTML to a DOM with htmlparser2, guarded against pathological nesting: the parser keeps its
 * open elements in an array it grows at the front, so a page nested hundreds of thousands of
 * levels deep would take quadratic time. Parsing stops where the nesting passes a depth no
 * real page reaches (browsers cap theirs at 512 too).
 * @module
 */
import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';

/** Deepest nesting read; the rest of a page nested deeper is dropped. */
const MAX_DEPTH = 512;

/** Input is fed in chunks this long, so the depth is checked often. */
const CHUNK = 4096;

/** A DOM handler that tells how deep the element being built lies. */
class DepthHandler extends DomHandler {
  get depth(): number {
    return this.tagStack.length;
  }
}

/** A parsed page; `truncated` when the page nested too deep and its rest was dropped. */
export interface ParsedPage {
  readonly doc: Document;
  readonly truncated: boolean;
}

/** Parses a page into a DOM, in linear time on any string. */
export function parsePage(html: string): ParsedPage {
  const handler = new DepthHandler();
  const parser = new Parser(handler);
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    if (handler.depth > MAX_DEPTH) {
      parser.pause();
      return { doc: handler.root, truncated: true };
    }
  }
  parser.end();
  return { doc: handler.root, truncated: false };
}
