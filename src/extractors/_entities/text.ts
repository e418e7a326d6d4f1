/**
 * Reading helpers over the normalised text and its tokens: sentences, gaps between
 * tokens, offsets to token indices. Each is computed in one pass.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';

/** Sentence start offsets of `text`: after `.`, `!`, `?` followed by a space and a capital, a quote or a digit, and at line breaks. A period after a single capital letter (an initial) ends nothing. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
    if (j < text.length && text[j] !== ' ') continue;
    const next = text[j + 1];
    if (next === undefined || !/[\p{Lu}\d"]/u.test(next)) continue;
    if (c === 46 && i >= 1 && /\p{Lu}/u.test(text[i - 1] ?? '') && (i < 2 || !/\p{L}/u.test(text[i - 2] ?? ''))) continue;
    starts.push(j + 1);
  }
  return starts;
}

/** The index of the last entry of a sorted array that is <= `offset` (-1 when none). */
export function floorIndex(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Helpers bound to one text and its tokens. */
export class TextView {
  readonly sentences: readonly number[];
  private readonly tokenStarts: readonly number[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.sentences = sentenceStarts(text);
    this.tokenStarts = tokens.map((t) => t.start);
  }

  /** The text between token `i` and token `i + 1` ('' past the end). */
  gapAfter(i: number): string {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a) return '';
    return this.text.slice(a.end, b ? b.start : this.text.length);
  }

  /** The raw word of token `i`, or '' outside the tokens. */
  raw(i: number): string {
    return this.tokens[i]?.raw ?? '';
  }

  /** The folded key of token `i`, or '' outside the tokens. */
  key(i: number): string {
    return this.tokens[i]?.key ?? '';
  }

  /** The index of the token that starts at or before `offset`. */
  tokenAt(offset: number): number {
    return floorIndex(this.tokenStarts, offset);
  }

  /** The index of the sentence holding `offset`. */
  sentenceOf(offset: number): number {
    return Math.max(0, floorIndex(this.sentences, offset));
  }

  /** The `[start, end)` offsets of the sentence holding `offset`. */
  sentenceBounds(offset: number): [number, number] {
    const s = this.sentenceOf(offset);
    return [this.sentences[s] ?? 0, this.sentences[s + 1] ?? this.text.length];
  }

  /** The text from token `from` to the end of token `to - 1`. */
  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }
}
