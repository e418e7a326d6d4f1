/**
 * Whether the text between two mentions joins them into one list ("A, B and the C").
 * Read in place, unit by unit, from both ends of the gap: no pattern needs unbounded runs of
 * white space (which backtrack polynomially on long gaps), and no string is built (the gap
 * between two mentions is read for most mentions of every text).
 * @module
 */
import { isSpaceAt } from '../../text/space.js';
import { capitalisedRun } from './capitalisedRun.js';

/** Longer than any comma, connector and article with a little white space around them. */
const MAX_GAP = 40;

/** Whether `text` from `start` to `end` is `phrase` with each of its spaces standing for a run of white space. */
function isPhrase(text: string, start: number, end: number, phrase: string): boolean {
  let at = start;
  for (let k = 0; k < phrase.length; k++) {
    if (phrase.charCodeAt(k) === 0x20) {
      if (at >= end || !isSpaceAt(text, at)) return false;
      while (at < end && isSpaceAt(text, at)) at++;
    } else if (at >= end || text.charCodeAt(at++) !== phrase.charCodeAt(k)) return false;
  }
  return at === end;
}

/**
 * True when the gap of `text` from `start` to `end` is a comma, or a connector optionally
 * after a comma, each optionally followed by "the" when `article` is set (white space
 * anywhere between them and around them). Connectors are written with single spaces.
 *
 * @example
 * ```ts
 * const text = 'Kazakhstan, and the Russian Federation met in Minsk';
 * [joinsList(text, 10, 20, ['and'], true), joinsList(text, 38, 46, ['and'], true)];
 * //=> [true, false]
 * ```
 */
export function joinsList(text: string, start: number, end: number, connectors: readonly string[], article: boolean): boolean {
  if (end - start > MAX_GAP) return false;
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  // "the" at the end, alone or after white space or a comma.
  if (article && to - from >= 3 && text.startsWith('the', to - 3) && (to - 3 === from || isSpaceAt(text, to - 4) || text.charCodeAt(to - 4) === 0x2c)) {
    to -= 3;
    while (to > from && isSpaceAt(text, to - 1)) to--;
  }
  if (from < to && text.charCodeAt(from) === 0x2c) {
    if (to - from === 1) return true;
    from++;
    while (from < to && isSpaceAt(text, from)) from++;
  }
  for (const c of connectors) if (isPhrase(text, from, to, c)) return true;
  return false;
}

/**
 * True when the gap of `text` from `start` to `end` holds one more item of the list, one no table
 * knows, between two joins: ", Kosovo, " or ", Kosovo and the " (a comma, one to three capitalised
 * words, then what {@link joinsList} accepts).
 *
 * @example
 * ```ts
 * const text = 'Croatia, Kosovo, Montenegro and Serbia';
 * [joinsListPastItem(text, 7, 17, ['and'], true), joinsList(text, 7, 17, ['and'], true)];
 * //=> [true, false]
 * ```
 */
export function joinsListPastItem(text: string, start: number, end: number, connectors: readonly string[], article: boolean): boolean {
  if (end - start > MAX_GAP) return false;
  let at = start;
  while (at < end && isSpaceAt(text, at)) at++;
  if (text.charCodeAt(at) !== 0x2c) return false;
  at++;
  while (at < end && isSpaceAt(text, at)) at++;
  // The gap is short (at most MAX_GAP units): its slice costs little, and only a gap a comma opens is read.
  const item = capitalisedRun(text.slice(at, end));
  return item !== undefined && joinsList(text, at + item.length, end, connectors, article);
}
