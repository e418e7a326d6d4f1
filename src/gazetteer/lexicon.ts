/**
 * The lexicon: one record ({@link Word}) per distinct word the tokenizer has met, shared by every
 * token of that word in every text. The same few thousand words recur from text to text, and
 * each stage used to look its per-word facts up again for every token (a hash, a table probe, a
 * string comparison); a word's record holds them instead, each filled by the stage that needs it
 * on the word's first sight: the gazetteer's trie entry for the word, the phrase-scan patterns it
 * opens, its word classes, name shape and name spelling key. The lexicon is a fixed table of
 * words by a hash of their units, so it never grows, however much junk it is fed: each pair of
 * slots holds the last two words that landed on it, and a word pushed out gets a fresh record
 * (its facts computed again) when it comes back.
 * @module
 */
import { flatString } from '../text/flatString.js';
import { foldWord } from './fold.js';
import type { TrieNode } from './gazetteer.js';

/** No facts: a shared empty list. */
const NONE: readonly never[] = [];

/**
 * A distinct word as written, with its folded key and the facts stages have filled in for it.
 * Facts that depend on tables which can change (a trie, the patterns or word classes defined so
 * far) carry the table (or its size) they were read from, and are read again when it differs.
 */
export class Word {
  /** The word as written. */
  readonly raw: string;
  /** The folded look-up key. */
  readonly key: string;
  /** Whether `raw` holds a UTF-16 unit beyond ASCII. */
  readonly wide: boolean;

  /** The trie whose `vocabularyId` and `trieRoot` are filled in (see `gazetteer.ts`), or null. */
  trieOf: object | null = null;
  /** The key's number in that trie's vocabulary, or -1 when no table phrase has the word. */
  vocabularyId = -1;
  /** The trie's node for the phrases this word, as written, may open, if any. */
  trieRoot: TrieNode | undefined = undefined;

  /** How many phrase patterns were defined when `opens` was filled (see `phraseScan.ts`); -1 before. */
  opensOf = -1;
  /** The ids of the phrase patterns the word, as a run of its own, may open. */
  opens: readonly number[] = NONE;
  /** For each of `opens`, the words one of which must follow after white space, or null when anything may. */
  opensBefore: readonly (readonly string[] | null)[] = NONE;

  /** How many word classes were defined when `classes` and `shape` were filled (see `wordShapes.ts`); -1 before. */
  classesOf = -1;
  /** The word classes of the word, as a bit set. */
  classes = 0;
  /** The word's name shape. */
  shape = 0;
  /** The word's name spelling key (see `names.ts`), once asked for. */
  nameKey: string | undefined = undefined;

  constructor(raw: string, key: string, wide: boolean) {
    this.raw = raw;
    this.key = key;
    this.wide = wide;
  }
}

/** Slots of the lexicon: a power of two, several times the words a stream of releases uses. */
const SLOTS = 1 << 15;
/** Longest word kept in the lexicon; a longer one (rare, and junk more often than not) gets a record of its own each time. */
const LONGEST = 40;

const slots = new Array<Word | undefined>(SLOTS).fill(undefined);

/** Whether `word` is the units of `text` from `start` to `end` (a loop: cheaper than `startsWith` for short words). */
function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A UTF-16 unit beyond ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The record of the word of `text` from `start` to `end`, whose units hash to `hash`: the one
 * met before when it is there, else a new one.
 *
 * @example
 * ```ts
 * const text = 'Baku, Baku';
 * lookUpWord(text, 0, 4, 7) === lookUpWord(text, 6, 10, 7);
 * //=> true
 * ```
 */
export function lookUpWord(text: string, start: number, end: number, hash: number): Word {
  // The hash's high bits folded in: its low bits depend on the units' low bits only.
  const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  const seen = slots[slot];
  if (seen !== undefined && sameUnits(seen.raw, text, start, end)) return seen;
  // Each word may sit in its slot or the one beside it: two words of one slot both stay.
  const other = slots[slot ^ 1];
  if (other !== undefined && sameUnits(other.raw, text, start, end)) return other;
  // A copy, not a view into the text: one string form for every word (see `flatString`), and a
  // word kept in the lexicon does not hold its whole text in memory.
  const raw = flatString(text.slice(start, end));
  const word = new Word(raw, foldWord(raw), NON_ASCII.test(raw));
  if (end - start <= LONGEST) {
    // The word its slot held moves beside it, where it is still found.
    if (seen !== undefined) slots[slot ^ 1] = seen;
    slots[slot] = word;
  }
  return word;
}
