/**
 * Whether the text between two mentions joins them into one list ("A, B and the C").
 * Done on the squeezed gap with plain string tests, so no pattern needs unbounded runs of
 * white space (which backtrack polynomially on long gaps).
 * @module
 */

/** Longer than any comma, connector and article with a little white space around them. */
const MAX_GAP = 40;

/** White space, as `\s` and `trim()` see it. */
const SPACE = /\s/;
/** The characters of each connector list, with those of a comma and "the". */
const listCharacters = new WeakMap<readonly string[], string>();

/**
 * Whether every character of `gap` is white space or one of a connector, a comma or "the":
 * a cheap first test, as anything else (a word, a full stop) keeps a gap from joining a list.
 */
function onlyListCharacters(gap: string, connectors: readonly string[]): boolean {
  let allowed = listCharacters.get(connectors);
  if (allowed === undefined) {
    allowed = `${connectors.join('')},the`;
    listCharacters.set(connectors, allowed);
  }
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || allowed.includes(gap[i] ?? '') || (c >= 0x80 && SPACE.test(gap[i] ?? ''))) continue;
    return false;
  }
  return true;
}

/** `gap.replace(/\s+/g, ' ').trim()`, without the pattern: runs of white space as one space, none at the ends. */
function squeeze(gap: string): string {
  let out = '';
  let pending = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && SPACE.test(gap[i] ?? ''))) {
      pending = out !== '';
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += gap[i] ?? '';
  }
  return out;
}

/**
 * True when `gap` is a comma, or a connector optionally after a comma, each optionally
 * followed by "the" when `article` is set.
 *
 * @example
 * ```ts
 * joinsList(', and the ', ['and'], true);
 * //=> true
 * joinsList(' met in ', ['and'], true);
 * //=> false
 * ```
 */
export function joinsList(gap: string, connectors: readonly string[], article: boolean): boolean {
  if (gap.length > MAX_GAP || !onlyListCharacters(gap, connectors)) return false;
  let g = squeeze(gap);
  if (article && (g === 'the' || g.endsWith(' the') || g.endsWith(',the'))) g = g.slice(0, -3).trim();
  if (g === ',') return true;
  if (g.startsWith(',')) g = g.slice(1).trim();
  return connectors.includes(g);
}
