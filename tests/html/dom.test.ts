import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { attr, elements, findElement, isInside, plainText, walk } from '../../src/html/dom.js';

const doc = parseDocument('<div id="A"><p class=" Lead ">One <b>two</b></p><ul><li>three</li></ul></div><p>four</p>');

describe('dom helpers', () => {
  it('lists elements in document order', () => {
    expect(elements(doc).map((e) => e.name)).toEqual(['div', 'p', 'b', 'ul', 'li', 'p']);
  });

  it('skips a subtree when the visitor says so', () => {
    const seen: string[] = [];
    walk(doc, (node) => {
      if ('name' in node) seen.push(node.name);
      return !('name' in node && node.name === 'ul');
    });
    expect(seen).toEqual(['div', 'p', 'b', 'ul', 'p']);
  });

  it('finds, reads attributes, collapses text and tells ancestry', () => {
    const lead = findElement(doc, (e) => attr(e, 'class') === 'lead');
    const list = findElement(doc, (e) => e.name === 'li');
    expect(lead === null ? null : plainText(lead)).toBe('One two');
    expect(findElement(doc, (e) => e.name === 'table')).toBeNull();
    expect(list !== null && lead !== null && isInside(list, lead)).toBe(false);
    expect(list !== null && isInside(list, doc)).toBe(true);
    expect(plainText(doc)).toBe('One twothreefour');
  });

  it('walks a very deep tree without overflowing the stack', () => {
    const deep = parseDocument('<i>'.repeat(20_000) + 'x');
    expect(plainText(deep)).toBe('x');
  });
});
