/**
 * Whether a sentence holds one of a list of phrases, as `\b(?:phrases)\b` (any case) tested on the
 * sentence's text says, answered from one scan of the whole text per list instead of one pattern
 * run per sentence asked about.
 * @module
 */
import { PhraseScan, type WordTokens } from '../../text/phraseScan.js';
import { firstAtOrAfter } from '../../text/search.js';
import { alternation } from './phrases.js';
import type { Bounds } from './sentences.js';

/** A list of phrases, and where they stand in the last text asked about. */
export class SentencePhrases {
  private readonly scan: PhraseScan;
  private readonly pattern: RegExp;
  private text: string | null = null;
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(phrases: readonly string[]) {
    this.pattern = new RegExp(`\\b(?:${alternation(phrases)})\\b`, 'i');
    this.scan = new PhraseScan(new RegExp(this.pattern.source, 'gi'), { phrases });
  }

  /**
   * `pattern.test(text.slice(s.start, s.end))`. A sentence starts after white space and ends
   * with a stop or a line break (or the text), so a match of the global scan that lies inside it
   * is a match of its text and the first one of its text is found by the scan, unless a match
   * of the scan runs over one of its ends (a phrase across a line break): then its text is tested.
   */
  holds(text: string, s: Bounds, tokens?: WordTokens): boolean {
    if (text !== this.text) {
      const matches = this.scan.scan(text, 0, text.length, tokens);
      this.starts = matches.map((m) => m.index);
      this.ends = matches.map((m) => m.index + m[0].length);
      this.text = text;
    }
    const i = firstAtOrAfter(this.starts, s.start);
    const across = (this.ends[i - 1] ?? 0) > s.start || ((this.starts[i] ?? Infinity) < s.end && (this.ends[i] ?? 0) > s.end);
    if (across) return this.pattern.test(text.slice(s.start, s.end));
    return (this.starts[i] ?? Infinity) < s.end;
  }
}
