/**
 * Reading helpers over the normalised text and its tokens: sentences, gaps between
 * tokens, offsets to token indices. Each is computed in one pass.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import { floorIndex } from '../../text/search.js';
import { sentences } from '../_lib/sentences.js';

/** Sentence start offsets of `text`, from the sentence splitter the event extractors use too; the first is always 0. */
function sentenceStarts(text: string): number[] {
  const starts = sentences(text).map((s) => s.start);
  if (starts[0] !== 0) starts.unshift(0);
  return starts;
}

/** How two neighbouring tokens are joined: nothing or something else, spaces only (no line break), one hyphen, one apostrophe, a comma or a period with at most one space. */
export const Gap = { Other: 0, Space: 1, Hyphen: 2, Apostrophe: 3, Comma: 4, Period: 5 } as const;
/** One of the {@link Gap} kinds. */
export type Gap = (typeof Gap)[keyof typeof Gap];

/** How the text between offsets `from` and `to` joins two tokens (see {@link Gap}). */
function gapKind(text: string, from: number, to: number): Gap {
  const n = to - from;
  if (n <= 0) return Gap.Other;
  const c = text.charCodeAt(from);
  if (n === 1) {
    if (c === 32) return Gap.Space;
    if (c === 45) return Gap.Hyphen;
    if (c === 39) return Gap.Apostrophe;
    if (c === 44) return Gap.Comma;
    if (c === 46) return Gap.Period;
    return Gap.Other;
  }
  if (n === 2 && text.charCodeAt(from + 1) === 32) {
    if (c === 44) return Gap.Comma;
    if (c === 46) return Gap.Period;
  }
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return Gap.Other;
  return Gap.Space;
}


/** Helpers bound to one text and its tokens. */
export class TextView {
  readonly sentences: readonly number[];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.sentences = sentenceStarts(text);
  }

  /** How token `i` and token `i + 1` are joined (see {@link Gap}); read from the text when asked, as most tokens are never asked. */
  gap(i: number): Gap {
    const t = i >= 0 ? this.tokens[i] : undefined;
    return t ? gapKind(this.text, t.end, this.tokens[i + 1]?.start ?? this.text.length) : Gap.Other;
  }

  /** Token `i` and the next are separated by spaces only. */
  spaceAfter(i: number): boolean {
    return this.gap(i) === Gap.Space;
  }

  /** Whether the text between token `i` and token `i + 1` (the end of the text after the last; '' outside the tokens) is `s`; compared in place, no slice. */
  gapIs(i: number, s: string): boolean {
    const a = this.tokens[i];
    if (!a) return s === '';
    const end = this.tokens[i + 1]?.start ?? this.text.length;
    return end - a.end === s.length && this.text.startsWith(s, a.end);
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
    let lo = 0;
    let hi = this.tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid]?.start ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
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
