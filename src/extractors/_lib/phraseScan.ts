/**
 * Global scans of phrase patterns ("was held", "under the chairmanship of") done from the tokens
 * rather than over the whole text. A pattern that opens with `\b` and one of a list of phrases
 * can only match where a token is the first word of one of them, or just after a character
 * beyond ASCII (where `\b` sees a boundary inside a token, and a token's key is folded): only
 * those places are tried, in order, with a sticky copy of the pattern, each no earlier than the
 * end of the last match. The matches are exactly those of the global pattern run over the text.
 *
 * The places of every pattern are found in one pass over the tokens of a text.
 * @module
 */
import type { Token } from '../../gazetteer/tokenize.js';
import type { Context } from '../../pipeline/context.js';
import { firstAtOrAfter, firstStartingAtOrAfter } from './search.js';

/** One match of a phrase pattern. */
export interface PhraseMatch {
  /** Offset of the match. */
  readonly index: number;
  /** Offset just past it. */
  readonly end: number;
  /** The text matched. */
  readonly text: string;
}

/** What a scan reads of a context: the text and its tokens. */
export type TokenizedText = Pick<Context, 'text' | 'tokens'>;

/** Every {@link PhraseScan}, by id. */
const patterns: PhraseScan[] = [];
/** The ids of the patterns whose phrases a word opens, by the word. */
const openers = new Map<string, number[]>();
/** Size of the opening-word filter: a power of two. */
const FILTER_SIZE = 1 << 16;
/** A cheap signature of a word (its first and last units and its length) for the filter. */
const signature = (word: string): number => ((word.charCodeAt(0) * 961 + word.charCodeAt(word.length - 1) * 31 + word.length) * 2654435761) >>> 16;
/** Set at the signature of every opening word, so that most tokens are passed over without a map look-up. */
const openingFilter = new Uint8Array(FILTER_SIZE);

/** A character beyond ASCII. */
const NON_ASCII = /[^\0-\x7f]/g;
/** An ASCII letter or digit. */
const ASCII_WORD = /[A-Za-z0-9]/;

/** The opening ASCII letters and digits of a phrase, lower-cased. */
const openingWord = (phrase: string): string => /^[a-z0-9]*/.exec(phrase.toLowerCase())?.[0] ?? '';

/**
 * Places glued to characters beyond ASCII inside tokens, where any pattern may match although
 * the tokens do not say so: the start of such a token (its key is folded), and an ASCII letter
 * or digit right after such a character (`\b` sees a boundary there).
 */
function gluedPlaces(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    const holder = tokens[firstStartingAtOrAfter(tokens, m.index + 1) - 1];
    if (holder === undefined || holder.end <= m.index) continue;
    if (out[out.length - 1] !== holder.start) out.push(holder.start);
    if (ASCII_WORD.test(text[m.index + 1] ?? '')) out.push(m.index + 1);
  }
  return out;
}

/** Two sorted lists of offsets as one, each offset once. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    out.push(next);
  }
  return out;
}

/** The places each pattern may match at, by pattern id, sorted, computed once per text. */
const placesByText = new WeakMap<readonly Token[], readonly (readonly number[])[]>();

function places(ctx: TokenizedText): readonly (readonly number[])[] {
  const known = placesByText.get(ctx.tokens);
  if (known !== undefined && known.length === patterns.length) return known;
  const found: number[][] = patterns.map(() => []);
  for (const token of ctx.tokens) {
    if (openingFilter[signature(token.key) & (FILTER_SIZE - 1)] === 0) continue;
    const ids = openers.get(token.key);
    if (ids !== undefined) for (const id of ids) found[id]?.push(token.start);
  }
  const glued = [...new Set(gluedPlaces(ctx.text, ctx.tokens))].sort((a, b) => a - b);
  if (glued.length > 0) {
    for (const [id, list] of found.entries()) found[id] = mergeSorted(list, glued);
  }
  placesByText.set(ctx.tokens, found);
  return found;
}

/**
 * A global pattern `\b(?:phrase|...)...` whose scans are done from the tokens (see the module's
 * description). Each phrase must open with an ASCII letter or digit, and its first word (its
 * leading letters and digits) must be followed in the pattern by something other than a letter
 * or digit (a space, a hyphen, `\b`, `\s`).
 */
export class PhraseScan {
  private readonly id: number;
  private readonly sticky: RegExp;

  constructor(pattern: RegExp, phrases: Iterable<string>) {
    if (!pattern.source.startsWith('\\b')) throw new Error(`A phrase pattern must open with \\b: /${pattern.source}/`);
    this.id = patterns.length;
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    patterns.push(this);
    for (const phrase of phrases) {
      const word = openingWord(phrase);
      if (word === '') throw new Error(`A phrase must open with an ASCII letter or digit: ${JSON.stringify(phrase)}`);
      const ids = openers.get(word) ?? [];
      if (!ids.includes(this.id)) ids.push(this.id);
      openers.set(word, ids);
      openingFilter[signature(word) & (FILTER_SIZE - 1)] = 1;
    }
  }

  /**
   * The matches starting in [`from`, `to`), as a global scan of the text begun at `from` finds
   * them (each match starts no earlier than the end of the one before).
   */
  scan(ctx: TokenizedText, from = 0, to = ctx.text.length): PhraseMatch[] {
    const list = places(ctx)[this.id] ?? [];
    const out: PhraseMatch[] = [];
    let next = from;
    for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
      const at = list[i] ?? 0;
      if (at >= to) break;
      if (at < next) continue;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(ctx.text);
      if (m === null) continue;
      out.push({ index: at, end: at + m[0].length, text: m[0] });
      next = at + m[0].length;
    }
    return out;
  }
}
