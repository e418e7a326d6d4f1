/**
 * A token trie for the entity wording tables: phrases are indexed by the folded keys of
 * their words, and a text is matched token by token, never with one regex per phrase.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import { tokenize } from '../../gazetteer/tokenize.js';

interface Node<V> {
  /** The key of the one word phrases go on with from here, when only one does (compared as a string, no Map to look up); null otherwise. */
  onlyKey: string | null;
  /** The node after `onlyKey`. */
  only: Node<V> | null;
  /** The nodes after this one by the next word's key, when several words go on from here; null otherwise. */
  next: Map<string, Node<V>> | null;
  value: V | undefined;
}

/** A node no phrase goes on from (yet). */
const leaf = <V>(): Node<V> => ({ onlyKey: null, only: null, next: null, value: undefined });

/** The node after `node` by the word key `key`, if any. */
function step<V>(node: Node<V>, key: string): Node<V> | undefined {
  if (node.onlyKey !== null) return node.onlyKey === key ? (node.only ?? undefined) : undefined;
  return node.next?.get(key);
}

/** The node after `node` by the word key `key`, made when there is none. */
function stepOrAdd<V>(node: Node<V>, key: string): Node<V> {
  const seen = step(node, key);
  if (seen !== undefined) return seen;
  const child = leaf<V>();
  if (node.next !== null) node.next.set(key, child);
  else if (node.onlyKey === null) {
    node.onlyKey = key;
    node.only = child;
  } else {
    // A second word goes on from here: the node moves to a Map.
    node.next = new Map([[node.onlyKey, node.only ?? child]]).set(key, child);
    node.onlyKey = null;
    node.only = null;
  }
  return child;
}

/** One phrase found in the tokens. */
export interface PhraseMatch<V> {
  readonly value: V;
  /** Index of the first token. */
  readonly from: number;
  /** Index just past the last token. */
  readonly to: number;
}

/**
 * A trie of phrases keyed by folded words; matching is case- and diacritic-insensitive.
 *
 * @example
 * ```ts
 * const trie = new PhraseTrie<string>();
 * trie.add('drug trafficking', 'drugs');
 * trie.longestAt(tokenize('on drug-trafficking routes'), 1)?.to;
 * //=> 3
 * ```
 */
export class PhraseTrie<V> {
  /** The root looks its children up in a Map from the start: most phrases differ in their first word. */
  private readonly root: Node<V> = { onlyKey: null, only: null, next: new Map(), value: undefined };

  /** Adds a phrase; the first value given for a phrase is kept. */
  add(phrase: string, value: V): void {
    let node = this.root;
    for (const t of tokenize(phrase)) node = stepOrAdd(node, t.key);
    if (node !== this.root && node.value === undefined) node.value = value;
  }

  /** The folded first words of the phrases (to define a word class, see `wordClasses.ts`). */
  firstWords(): Iterable<string> {
    return this.root.next?.keys() ?? [];
  }

  /** The longest phrase starting at token `from`, if any. */
  longestAt(tokens: readonly Token[], from: number): PhraseMatch<V> | undefined {
    let node: Node<V> | undefined = this.root;
    // The best match so far as a value and an end: one match object per call, not one per prefix.
    let value: V | undefined;
    let to = from;
    // A node no phrase goes on from ends the match without a look-up.
    for (let j = from; j < tokens.length && node !== undefined && (node.onlyKey !== null || node.next !== null); j++) {
      const token = tokens[j];
      if (token === undefined) break;
      node = step(node, token.key);
      if (node?.value !== undefined) {
        value = node.value;
        to = j + 1;
      }
    }
    return value === undefined ? undefined : { value, from, to };
  }

  /**
   * Every longest, non-overlapping phrase, left to right. Only the tokens of `at` (in order) whose
   * word class (`classes`, see `wordClasses.ts`) has the bit `firstWord` of this trie's first words are tried.
   */
  scan(tokens: readonly Token[], at: readonly number[], classes: Int32Array, firstWord: number): PhraseMatch<V>[] {
    const found: PhraseMatch<V>[] = [];
    let from = 0;
    for (const i of at) {
      if (i < from || ((classes[i] ?? 0) & firstWord) === 0) continue;
      const m = this.longestAt(tokens, i);
      if (m) {
        found.push(m);
        from = m.to;
      }
    }
    return found;
  }
}
