/**
 * Global scans of word-led patterns ("was held", "under the chairmanship of", a date's first
 * number or month) done without running each pattern over the whole text. A pattern that opens
 * with `\b` and a letter or digit can only match where a run of ASCII letters and digits starts;
 * one pass over the text finds, for every pattern, the runs that can open it (the run is one of
 * its opening words, or starts with one of its prefixes), and only there is a sticky copy of the
 * pattern tried, in order, each no earlier than the end of the last match. The matches are
 * exactly those of the global pattern run over the text.
 * @module
 */
import type { Word } from '../gazetteer/lexicon.js';
import { firstAtOrAfter } from './search.js';
import { isSpaceAt } from './space.js';
import { hasFoldedAt } from './wordUnit.js';

/** What a pattern may open with. */
export interface Openers {
  /**
   * Phrases whose first word (its leading ASCII letters and digits) must be followed in the
   * pattern by something other than a letter or digit (a space, a hyphen, `\b`, `\s`): a run of
   * the text opens the pattern when it is such a word, in any case. Every match that opens with
   * such a word goes on as one of the phrases that open with it (their spaces standing for white
   * space, in any case), so a run whose next word begins none of them (after white space) opens
   * nothing: "on" opens the phrases "on a" and "on an" only before a word starting with "a".
   */
  readonly phrases?: Iterable<string>;
  /**
   * Prefixes of ASCII letters and digits (case as written), one of which begins every match of
   * the pattern, whatever follows it ("0" to "9", "Jan", "Mon"): a run opens the pattern when it
   * starts with one of them.
   */
  readonly prefixes?: Iterable<string>;
}

/** How many sets of openers ({@link RunOpenings}) are defined: each has the next number as its id. */
let patternCount = 0;
/**
 * An opening word (lower-case), the ids of the patterns it opens, and for each of them the words
 * that may follow it after white space (lower-case), or null when anything may (one of the
 * pattern's phrases is the word alone, or goes on otherwise than after a space).
 */
interface Opening {
  readonly word: string;
  readonly ids: number[];
  readonly next: (string[] | null)[];
}
/** Most words a shape can tell apart by length; longer ones share the last slot. */
const MAX_SHAPE_LENGTH = 31;
/** The shape of a word, from its first letter (lower-cased) and its length: few opening words share one. */
const shape = (first: number, length: number): number => ((first | 0x20) << 5) | Math.min(length, MAX_SHAPE_LENGTH);
/** The opening words by shape, so that a run is matched against them without building a string. */
const byShape: (Opening[] | null)[] = new Array<Opening[] | null>(0x80 << 5).fill(null);
/** A prefix and the ids of the patterns it opens. */
interface Prefix {
  readonly prefix: string;
  readonly ids: number[];
}
/** The prefixes by their first character's code, so that most runs are passed over at once. */
const byFirst: (Prefix[] | null)[] = new Array<Prefix[] | null>(0x80).fill(null);


/** An ASCII letter or digit. */
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** 1 at the code of every ASCII letter and digit, over all UTF-16 code units (a look-up is cheaper than the tests). */
const ALNUM = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) ALNUM[c] = isAlnum(c) ? 1 : 0;
/** Whether the run of ASCII letters and digits at `start` is `word` (lower-case), in any case; `| 0x20` lower-cases a letter and keeps a digit. */
function runIs(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether the run of ASCII letters and digits from `start` to `end` begins with `prefix` (case as written). */
function runStartsWith(text: string, start: number, end: number, prefix: string): boolean {
  if (end - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

/**
 * The word tokens of a text, in order, as the tokenizer finds them (runs of letters, digits and
 * combining marks), with their words' records: every ASCII letter or digit lies in one, so a token
 * of ASCII units only is a run of its own.
 */
export type WordTokens = readonly { readonly start: number; readonly end: number; readonly word: Word }[];

/** Records the places that the run of ASCII letters and digits from `start` to `end` opens. */
function addRun(text: string, start: number, end: number, found: number[][]): void {
  const first = text.charCodeAt(start);
  const prefixes = byFirst[first];
  if (prefixes !== null && prefixes !== undefined) {
    for (const p of prefixes) if (runStartsWith(text, start, end, p.prefix)) for (const id of p.ids) found[id]?.push(start);
  }
  const openings = byShape[shape(first, end - start)];
  if (openings === null || openings === undefined) return;
  for (const opening of openings) {
    if (!runIs(text, start, end, opening.word)) continue;
    // Most runs of a common opening word ("on", "at", "was") open none of its phrases: no pattern is tried there.
    for (let k = 0; k < opening.ids.length; k++) if (followedByOneOf(text, end, opening.next[k] ?? null)) found[opening.ids[k] ?? -1]?.push(start);
  }
}

/** Whether white space and then one of `words` (lower-case, compared in any case) follow `end`; true when `words` is null. */
function followedByOneOf(text: string, end: number, words: readonly string[] | null): boolean {
  if (words === null) return true;
  let at = end;
  while (isSpaceAt(text, at)) at++;
  if (at === end) return false;
  for (const word of words) if (hasFoldedAt(text, at, word)) return true;
  return false;
}

/** Records the places of every run of ASCII letters and digits from `from` to `to`, unit by unit. */
function addRunsIn(text: string, from: number, to: number, found: number[][]): void {
  let i = from;
  while (i < to) {
    if (ALNUM[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (++i < to && ALNUM[text.charCodeAt(i)] === 1);
    addRun(text, start, i, found);
  }
}

/** The openings of a word that opens nothing (most words): one shared empty list. */
const NOTHING: readonly never[] = [];

/** Fills in the patterns `word` (of ASCII units only) opens as a run of its own, as {@link addRun} finds them. */
function learnOpenings(word: Word): void {
  const { raw } = word;
  const first = raw.charCodeAt(0);
  const opens: number[] = [];
  const before: (readonly string[] | null)[] = [];
  for (const p of byFirst[first] ?? []) {
    if (!runStartsWith(raw, 0, raw.length, p.prefix)) continue;
    for (const id of p.ids) {
      opens.push(id);
      before.push(null);
    }
  }
  for (const opening of byShape[shape(first, raw.length)] ?? []) {
    if (!runIs(raw, 0, raw.length, opening.word)) continue;
    for (let k = 0; k < opening.ids.length; k++) {
      opens.push(opening.ids[k] ?? -1);
      before.push(opening.next[k] ?? null);
    }
  }
  word.opensOf = patternCount;
  word.opens = opens.length === 0 ? NOTHING : opens;
  word.opensBefore = opens.length === 0 ? NOTHING : before;
}

/**
 * Records the places of every run, token by token: a token of ASCII units only is one run, whose
 * openings its word's record holds; only the few tokens holding another unit are read unit by unit.
 */
function addRunsOfTokens(text: string, tokens: WordTokens, found: number[][]): void {
  for (const t of tokens) {
    const { word } = t;
    if (word.wide) {
      addRunsIn(text, t.start, t.end, found);
      continue;
    }
    if (word.opensOf !== patternCount) learnOpenings(word);
    const { opens, opensBefore } = word;
    // Most runs of a common opening word ("on", "at", "was") open none of its phrases: no pattern is tried there.
    for (let k = 0; k < opens.length; k++) if (followedByOneOf(text, t.end, opensBefore[k] ?? null)) found[opens[k] ?? -1]?.push(t.start);
  }
}

let placesText: string | null = null;
let placesFound: readonly (readonly number[])[] = [];

/**
 * The places each pattern may match at, by pattern id, in order, found in one pass over `text`
 * (kept for the last text); over its `tokens` when they are given (the same places, sooner).
 */
function places(text: string, tokens: WordTokens | undefined): readonly (readonly number[])[] {
  if (text === placesText && placesFound.length === patternCount) return placesFound;
  const found: number[][] = [];
  for (let id = 0; id < patternCount; id++) found.push([]);
  if (tokens === undefined) addRunsIn(text, 0, text.length, found);
  else addRunsOfTokens(text, tokens, found);
  placesText = text;
  placesFound = found;
  return found;
}

/**
 * The places where runs of ASCII letters and digits open one set of {@link Openers}, in order,
 * read from the one pass over the text that finds them for every pattern at once.
 */
export class RunOpenings {
  private readonly id: number;

  constructor(openers: Openers) {
    this.id = patternCount++;
    for (const phrase of openers.phrases ?? []) {
      const lower = phrase.toLowerCase();
      const word = /^[a-z0-9]*/.exec(lower)?.[0] ?? '';
      if (word === '') throw new Error(`A phrase must open with an ASCII letter or digit: ${JSON.stringify(phrase)}`);
      const at = shape(word.charCodeAt(0), word.length);
      const openings = byShape[at] ?? [];
      byShape[at] = openings;
      const opening = openings.find((o) => o.word === word) ?? { word, ids: [], next: [] };
      if (!openings.includes(opening)) openings.push(opening);
      let k = opening.ids.indexOf(this.id);
      if (k < 0) {
        k = opening.ids.push(this.id) - 1;
        opening.next.push([]);
      }
      // The next word after a space; anything else (the word alone, "-together") lets any text follow.
      const rest = lower.slice(word.length);
      const next = rest.startsWith(' ') ? (rest.slice(1).split(' ')[0] ?? '') : '';
      const known = opening.next[k];
      opening.next[k] = known === null || known === undefined || next === '' ? null : [...known, next];
    }
    for (const prefix of openers.prefixes ?? []) {
      if (prefix === '' || ![...prefix].every((c) => isAlnum(c.charCodeAt(0)))) throw new Error(`A prefix must be ASCII letters or digits: ${JSON.stringify(prefix)}`);
      const list = byFirst[prefix.charCodeAt(0)] ?? [];
      byFirst[prefix.charCodeAt(0)] = list;
      const entry = list.find((p) => p.prefix === prefix) ?? { prefix, ids: [] };
      if (!list.includes(entry)) list.push(entry);
      if (!entry.ids.includes(this.id)) entry.ids.push(this.id);
    }
  }

  /**
   * The starts of the runs of `text` that open the openers, in order (kept for the last text).
   * `tokens`, the text's word tokens when the caller has them, only make the first call for a text faster.
   */
  in(text: string, tokens?: WordTokens): readonly number[] {
    return places(text, tokens)[this.id] ?? [];
  }
}

/** A global pattern `\b...` whose scans are done from the places that can open it (see the module's description). */
export class PhraseScan {
  private readonly openings: RunOpenings;
  private readonly sticky: RegExp;

  constructor(pattern: RegExp, openers: Openers) {
    if (!pattern.source.startsWith('\\b')) throw new Error(`A phrase pattern must open with \\b: /${pattern.source}/`);
    this.openings = new RunOpenings(openers);
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  }

  /**
   * The matches starting in [`from`, `to`), as a global scan of `text` begun at `from` finds
   * them (each match starts no earlier than the end of the one before). `tokens`, the text's word
   * tokens when the caller has them, only make the first scan of a text faster.
   */
  scan(text: string, from = 0, to = text.length, tokens?: WordTokens): RegExpExecArray[] {
    const list = this.openings.in(text, tokens);
    const out: RegExpExecArray[] = [];
    let next = from;
    for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
      const at = list[i] ?? 0;
      if (at >= to) break;
      if (at < next) continue;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(text);
      if (m === null) continue;
      out.push(m);
      next = at + m[0].length;
    }
    return out;
  }

  /** The first match starting in [`from`, `to`), as {@link scan} finds it (`scan(...)[0]`), without looking for the others; null when none. */
  first(text: string, from = 0, to = text.length, tokens?: WordTokens): RegExpExecArray | null {
    const list = this.openings.in(text, tokens);
    for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
      const at = list[i] ?? 0;
      if (at >= to) break;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}
