/**
 * The nouns that name an event ("conference", "meeting", "get-together", "talks"), found in one
 * scan, each with how strongly its context marks it as the reported event: an edition ordinal
 * before it ("47th meeting", "XXIV Conference") is strongest, then a verb of holding around it
 * ("was held", "hosted an"), then a plain mention.
 * @module
 */
import words from '../../../data/event-words.json';
import type { EventKind } from '../../schema/record.js';
import numberWords from '../../../data/number-words.json';
import { ordinal } from './numbers.js';
import { alternation } from './phrases.js';

/** An event noun in the text. */
export interface EventNoun {
  readonly start: number;
  readonly end: number;
  readonly kind: EventKind;
  /** 3: after an edition ordinal; 2: with a verb of holding; 1: a plain mention. */
  readonly strength: 1 | 2 | 3;
  /** The edition, when an ordinal stands before the noun. */
  readonly edition: number | null;
  /** Offset of the ordinal (or of the first word of the event's name) before the noun. */
  readonly nameStart: number;
}

const KINDS: ReadonlyMap<string, EventKind> = new Map(Object.entries(words.kinds).map(([k, v]) => [k, v as EventKind]));
const NOUN = new RegExp(`\\b(?:${alternation(KINDS.keys())})\\b`, 'gi');
/** Verbs of holding after the noun ("was held"), and before it ("hosted an"), found in one scan each. */
const HELD_AFTER = new RegExp(`\\b(?:${alternation(words.heldAfter)})\\b`, 'gi');
const HELD_BEFORE = new RegExp(`\\b(?:${alternation(words.heldBefore)})\\s+(?:(?:an?|the)\\s+)?`, 'gi');
/** Up to three words between a verb of holding and the noun ("hosted an international conference"). */
const FEW_WORDS = /^(?:[\p{L}-]+\s+){0,3}$/u;
/** How far before a noun its name may begin with an ordinal. */
const ORDINAL_REACH = 160;
/** Where an ordinal may stand: "47th", "XXIV", "third"/"Third"; found in one scan, read closely only near a noun. */
const ORDINAL_HINT = new RegExp(
  `\\b(?:\\d{1,3}(?:st|nd|rd|th)|[IVXLC]{2,}|${alternation(Object.keys(numberWords.ordinals).flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]))})\\b`,
  'g',
);

/** Offsets of every match of a global pattern (its start, or its end when `ends`), in order. */
function offsets(text: string, pattern: RegExp, ends: boolean): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) out.push(ends ? m.index + m[0].length : m.index);
  return out;
}

/** Index of the first offset at or after `at` (binary search). */
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
const CONNECTOR = /^(?:of|the|and|for|on|in)$/;
const ARTICLE = /^(?:the|a|an)$/i;

/**
 * Reads back from a noun to an edition ordinal: over the capitalised words of a name
 * ("3rd INTERPOL Counter-Terrorism Committee Meeting") or up to two adjectives ("29th regular meeting").
 */
function ordinalBefore(text: string, at: number): { edition: number; start: number } | null {
  const before = text.slice(Math.max(0, at - 160), at);
  const tokens = [...before.matchAll(/[\p{L}\p{N}-]+/gu)];
  let sawName = false;
  let adjectives = 0;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const tok = tokens[i];
    if (tok === undefined) break;
    const word = tok[0];
    const value = word.length > 1 || /\d/.test(word) ? ordinal(word) : null;
    if (value !== null) return { edition: value, start: at - before.length + tok.index };
    if (/^\p{Lu}/u.test(word)) sawName = true;
    else if (sawName && CONNECTOR.test(word)) continue;
    else if (!sawName && !ARTICLE.test(word) && /^\p{Ll}/u.test(word) && adjectives < 2) adjectives++;
    else return null;
  }
  return null;
}

/** The last answer, kept for the next extractor that asks about the same text. */
let memoText: string | null = null;
const memo = new Map<string, EventNoun[]>();
let marks: { after: number[]; before: number[]; ordinals: number[] } | null = null;

/**
 * Every event noun of `text` between `from` and `to`, in order. A capitalised noun after
 * "of (the)" is part of a name ("meeting of the Conference of ..."), not an event of its own.
 *
 * @example
 * ```ts
 * eventNouns('The 47th meeting of the Council was held.', 0, 41).map((n) => [n.kind, n.strength, n.edition]);
 * //=> [['meeting', 3, 47]]
 * ```
 */
export function eventNouns(text: string, from: number, to: number): EventNoun[] {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
    marks = null;
  }
  const cached = memo.get(`${from}:${to}`);
  if (cached !== undefined) return cached;
  marks ??= { after: offsets(text, HELD_AFTER, false), before: offsets(text, HELD_BEFORE, true), ordinals: offsets(text, ORDINAL_HINT, false) };
  const { after: heldAfter, before: heldBefore, ordinals } = marks;
  const found: EventNoun[] = [];
  NOUN.lastIndex = from;
  for (let m = NOUN.exec(text); m !== null && m.index < to; m = NOUN.exec(text)) {
    const word = m[0];
    const kind = KINDS.get(word.toLowerCase().replace(/\s+/g, ' '));
    if (kind === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/^\p{Lu}/u.test(word) && /\bof\s+(?:the\s+)?$/i.test(before)) continue;
    const end = m.index + word.length;
    const hint = ordinals[firstAtOrAfter(ordinals, m.index) - 1];
    const ord = hint !== undefined && m.index - hint <= ORDINAL_REACH ? ordinalBefore(text, m.index) : null;
    const verbAfter = heldAfter[firstAtOrAfter(heldAfter, end)];
    const verbBefore = heldBefore[firstAtOrAfter(heldBefore, m.index + 1) - 1];
    const held =
      (verbAfter !== undefined && verbAfter - end <= 40 && !/[.;:]/.test(text.slice(end, verbAfter))) ||
      (verbBefore !== undefined && m.index - verbBefore <= 40 && FEW_WORDS.test(text.slice(verbBefore, m.index)));
    const strength = ord ? 3 : held ? 2 : 1;
    found.push({ start: m.index, end: m.index + word.length, kind, strength, edition: ord?.edition ?? null, nameStart: ord?.start ?? m.index });
  }
  memo.set(`${from}:${to}`, found);
  return found;
}
