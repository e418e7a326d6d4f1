/**
 * A cheap first test for a lead pattern `\b(?:phrases)\s+(?:optional\s+)?$` with the `i` flag
 * ("situation in the ", "made up of "): the phrases are compared backwards from the lead's end,
 * word by word, instead of running the pattern from every offset of the lead. A lead that ends
 * with none of them is ruled out; the few that do are left to the pattern.
 * @module
 */
import { spaceStartBefore } from '../../text/space.js';
import { hasFoldedAt, isAsciiWordUnit } from '../../text/wordUnit.js';

/** The phrases of a lead pattern, by the last unit of their last word, and the optional word after them. */
export class EndingPhrases {
  /** The phrases' words (lower-case), by the code of the phrase's last unit. */
  private readonly byLastUnit = new Map<number, (readonly string[])[]>();

  /** `phrases` as `alternation` writes them (a space stands for white space), each opening with a letter; `optional` in lower case. */
  constructor(
    phrases: Iterable<string>,
    private readonly optional: string,
  ) {
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(' ');
      const last = phrase.toLowerCase().charCodeAt(phrase.length - 1);
      const list = this.byLastUnit.get(last) ?? [];
      list.push(words);
      this.byLastUnit.set(last, list);
    }
  }

  /** Whether one of the phrases ends at `end` of `lead` (after `from`), its words apart by white space, its first word at a word boundary. */
  private endsAt(lead: string, from: number, end: number): boolean {
    if (end <= from) return false;
    const last = lead.charCodeAt(end - 1);
    // The phrases end with a letter: a lead's last letter is looked up in lower case.
    const candidates = this.byLastUnit.get(last >= 0x41 && last <= 0x5a ? last | 0x20 : last);
    if (candidates === undefined) return false;
    for (const words of candidates) {
      let e = end;
      for (let k = words.length - 1; k >= 0; k--) {
        const word = words[k] ?? '';
        const start = e - word.length;
        if (start < from || !hasFoldedAt(lead, start, word)) break;
        if (k === 0) {
          if (start === from || !isAsciiWordUnit(lead.charCodeAt(start - 1))) return true;
          break;
        }
        e = spaceStartBefore(lead, from, start);
        if (e === start) break;
      }
    }
    return false;
  }

  /**
   * Whether the pattern may match `lead`: false when it cannot (the lead does not end with one
   * of the phrases, white space, and perhaps the optional word and white space). The lead is
   * `lead` from `from` to `to` (all of it by default): a caller passes the flat text and slices it
   * only when the pattern must run (reading a slice's units is slower).
   *
   * @example
   * ```ts
   * const notBefore = new EndingPhrases(['situation in', 'territory of'], 'the');
   * [notBefore.mayEnd('the situation IN the '), notBefore.mayEnd('talks in ')];
   * //=> [true, false]
   * ```
   */
  mayEnd(lead: string, from = 0, to = lead.length): boolean {
    const end = spaceStartBefore(lead, from, to);
    if (end === to) return false;
    if (this.endsAt(lead, from, end)) return true;
    const start = end - this.optional.length;
    if (start < from || !hasFoldedAt(lead, start, this.optional)) return false;
    const wordEnd = spaceStartBefore(lead, from, start);
    return wordEnd < start && this.endsAt(lead, from, wordEnd);
  }
}
