/**
 * Global scans of word-led patterns ("was held", "under the chairmanship of", a date's first
 * number or month) done without running each pattern over the whole text. A pattern that opens
 * with `\b` and a letter or digit can only match where a run of ASCII letters and digits starts;
 * one pass over the text finds, for every pattern, the runs that can open it (the run is one of
 * its opening words, or starts with one of its initials), and only there is a sticky copy of the
 * pattern tried, in order, each no earlier than the end of the last match. The matches are
 * exactly those of the global pattern run over the text.
 * @module
 */

/** What a pattern may open with. */
export interface Openers {
  /**
   * Phrases whose first word (its leading ASCII letters and digits) must be followed in the
   * pattern by something other than a letter or digit (a space, a hyphen, `\b`, `\s`): a run of
   * the text opens the pattern when it is such a word, in any case.
   */
  readonly phrases?: Iterable<string>;
  /** Characters (case as written) any of which may open the pattern, whatever follows. */
  readonly initials?: string;
}

/** Every {@link PhraseScan}, by id. */
const patterns: PhraseScan[] = [];
/** The ids of the patterns an opening word (lower-case) opens, by the word. */
const byWord = new Map<string, number[]>();
/** The ids of the patterns an initial opens, by its character code. */
const byInitial: number[][] = Array.from({ length: 128 }, () => []);
/** 1 at the code of every initial, so that most runs are passed over without a look-up. */
const initialFilter = new Uint8Array(128);

/** Size of the opening-word filter: a power of two. */
const FILTER_SIZE = 1 << 16;
/** A cheap signature of a lower-case word from its first and last codes and its length. */
const signature = (first: number, last: number, length: number): number => (Math.imul(first * 961 + last * 31 + length, 0x9e3779b1) >>> 16) & (FILTER_SIZE - 1);
/** Set at the signature of every opening word, so that most runs are passed over without a map look-up. */
const wordFilter = new Uint8Array(FILTER_SIZE);

/** An ASCII letter or digit. */
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** The lower-case code of an ASCII letter, or the code itself. */
const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

let placesText: string | null = null;
let placesFound: readonly (readonly number[])[] = [];

/** The places each pattern may match at, by pattern id, in order, found in one pass over `text` (kept for the last text). */
function places(text: string): readonly (readonly number[])[] {
  if (text === placesText && placesFound.length === patterns.length) return placesFound;
  const found: number[][] = patterns.map(() => []);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (!isAlnum(first)) {
      i++;
      continue;
    }
    const start = i;
    let c = first;
    do c = text.charCodeAt(++i);
    while (i < length && isAlnum(c));
    if (initialFilter[first] === 1) for (const id of byInitial[first] ?? []) found[id]?.push(start);
    if (wordFilter[signature(lower(first), lower(text.charCodeAt(i - 1)), i - start)] === 0) continue;
    const ids = byWord.get(text.slice(start, i).toLowerCase());
    if (ids !== undefined) for (const id of ids) found[id]?.push(start);
  }
  placesText = text;
  placesFound = found;
  return found;
}

/** A global pattern `\b...` whose scans are done from the places that can open it (see the module's description). */
export class PhraseScan {
  private readonly id: number;
  private readonly sticky: RegExp;

  constructor(pattern: RegExp, openers: Openers) {
    if (!pattern.source.startsWith('\\b')) throw new Error(`A phrase pattern must open with \\b: /${pattern.source}/`);
    this.id = patterns.length;
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    patterns.push(this);
    for (const phrase of openers.phrases ?? []) {
      const word = /^[a-z0-9]*/.exec(phrase.toLowerCase())?.[0] ?? '';
      if (word === '') throw new Error(`A phrase must open with an ASCII letter or digit: ${JSON.stringify(phrase)}`);
      const ids = byWord.get(word) ?? [];
      if (!ids.includes(this.id)) ids.push(this.id);
      byWord.set(word, ids);
      wordFilter[signature(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
    }
    for (const initial of openers.initials ?? '') {
      const ids = byInitial[initial.charCodeAt(0)];
      if (ids === undefined || !isAlnum(initial.charCodeAt(0))) throw new Error(`An initial must be an ASCII letter or digit: ${JSON.stringify(initial)}`);
      if (!ids.includes(this.id)) ids.push(this.id);
      initialFilter[initial.charCodeAt(0)] = 1;
    }
  }

  /**
   * The matches starting in [`from`, `to`), as a global scan of `text` begun at `from` finds
   * them (each match starts no earlier than the end of the one before).
   */
  scan(text: string, from = 0, to = text.length): RegExpExecArray[] {
    const list = places(text)[this.id] ?? [];
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
}

/** The index of the first entry of a sorted list that is >= `at`. */
function firstAtOrAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
