/**
 * A token trie for the entity wording tables: phrases are indexed by the folded keys of
 * their words, and a text is matched token by token, never with one regex per phrase.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import { tokenize } from '../../gazetteer/tokenize.js';

interface Node<V> {
  /** The nodes after this one by the next word's key; null for the last word of a phrase no longer one goes on from (a match stops there without a look-up). */
  next: Map<string, Node<V>> | null;
  value: V | undefined;
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
  private readonly root: Node<V> = { next: new Map(), value: undefined };

  /** Adds a phrase; the first value given for a phrase is kept. */
  add(phrase: string, value: V): void {
    let node = this.root;
    for (const t of tokenize(phrase)) {
      node.next ??= new Map();
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(t.key, child);
      }
      node = child;
    }
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
    for (let j = from; j < tokens.length && node?.next; j++) {
      const token = tokens[j];
      if (token === undefined) break;
      node = node.next.get(token.key);
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
