/**
 * Small, iterative helpers over the htmlparser2 DOM. Nothing here recurses, so a page nested
 * a hundred thousand levels deep cannot overflow the stack.
 * @module
 */
import { hasChildren, isTag, isText, type AnyNode, type Element } from 'domhandler';

/** Visits every node under `root` (root excluded) in document order; `enter` returns false to skip a subtree. */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean | void): void {
  if (!hasChildren(root)) return;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (enter(node) === false || !hasChildren(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
}

/** Every element under `root` (root excluded), in document order. */
export function elements(root: AnyNode): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (isTag(node)) found.push(node);
  });
  return found;
}

/** The first element under `root` that `test` accepts, or null. */
export function findElement(root: AnyNode, test: (element: Element) => boolean): Element | null {
  let hit: Element | null = null;
  walk(root, (node) => {
    if (hit !== null) return false;
    if (isTag(node) && test(node)) hit = node;
    return undefined;
  });
  return hit;
}

/** The text under `node` with runs of whitespace collapsed to one space, trimmed. */
export function plainText(node: AnyNode): string {
  if (isText(node)) return node.data.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  walk(node, (child) => {
    if (isText(child)) parts.push(child.data);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An attribute's value, lower-cased, or '' when absent. */
export function attr(element: Element, name: string): string {
  return (element.attribs[name] ?? '').trim().toLowerCase();
}

/** True when `node` lies under `ancestor` (or is it). */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let at: AnyNode | null = node; at !== null; at = at.parent) if (at === ancestor) return true;
  return false;
}
