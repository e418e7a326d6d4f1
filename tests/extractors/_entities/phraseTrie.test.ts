import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { PhraseTrie } from '../../../src/extractors/_entities/phraseTrie.js';
import { defineWordClass, wordClassesAt } from '../../../src/extractors/_entities/wordClasses.js';

const trie = new PhraseTrie<string>();
trie.add('money laundering', 'finance');
trie.add('money laundering schemes', 'schemes');
trie.add('laundering', 'word');
trie.add('drug trafficking', 'drugs');
const FIRST = defineWordClass(trie.firstWords());

describe('PhraseTrie.scan', () => {
  const text = 'Money laundering schemes and drug-trafficking routes, and laundering again.';
  const tokens = tokenize(text);
  const classes = Int32Array.from(tokens, (t) => wordClassesAt(text, t));
  const all = tokens.map((_, i) => i);
  const found = (at: readonly number[]): string[] => trie.scan(tokens, at, classes, FIRST).map((m) => `${m.value}@${m.from}-${m.to}`);

  it('finds the longest phrases left to right, not overlapping', () => {
    expect(found(all)).toEqual(['schemes@0-3', 'drugs@4-6', 'word@8-9']);
  });

  it('tries only the tokens it is given, in order', () => {
    expect(found([4, 8])).toEqual(['drugs@4-6', 'word@8-9']);
    expect(found([1, 8])).toEqual(['word@1-2', 'word@8-9']);
    expect(found([])).toEqual([]);
  });
});

describe('PhraseTrie.longestAt', () => {
  it('finds every phrase of words that go on differently from a shared start, added one after another', () => {
    const shared = new PhraseTrie<string>();
    shared.add('border security', 'borders');
    shared.add('border control agency', 'agency');
    shared.add('border control', 'control');
    shared.add('border security cooperation', 'cooperation');
    const tokens = tokenize('border security cooperation, border control agency, border control, border police');
    expect(shared.longestAt(tokens, 0)).toEqual({ value: 'cooperation', from: 0, to: 3 });
    expect(shared.longestAt(tokens, 3)).toEqual({ value: 'agency', from: 3, to: 6 });
    expect(shared.longestAt(tokens, 6)).toEqual({ value: 'control', from: 6, to: 8 });
    expect(shared.longestAt(tokens, 8)).toBeUndefined();
  });
});
