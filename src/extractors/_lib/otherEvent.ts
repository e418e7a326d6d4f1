/**
 * Whether the words before a place or name speak of another event than the one reported: the next
 * or the last one of a series ("The last meeting ... took place in", "The next Americas Regional Conference will be held in", "agreed to hold the
 * next meeting of ... in", "preparations for the 93rd session of"), or one still to come ("scheduled
 * to be held in", "which Morocco will host in"), and whether the release says its own event has
 * taken place ("kicked off here on Wednesday", "was held in", "met").
 * @module
 */
import events from '../../../data/event-words.json';
import type { Context } from '../../pipeline/context.js';
import { PhraseScan } from '../../text/phraseScan.js';
import { firstAtOrAfter } from '../../text/search.js';
import { isSpaceAt } from '../../text/space.js';
import { isAsciiWordUnit } from '../../text/wordUnit.js';
import { startsUpper } from './letterCase.js';
import { contentSpans } from './scope.js';
import { sentenceAt } from './sentences.js';

/** The last word of each event noun, lower-case ("assembly" of "general assembly"), and "round". */
const KIND_WORDS: ReadonlySet<string> = new Set(['round', ...Object.keys(events.kinds).map((k) => k.split(' ').pop() ?? k)]);
/**
 * "next", "the following", "subsequent", or "last", "previous", "preceding", or "preceded by",
 * "followed by" (an event held before or after the reported one), and the white space after it.
 */
const NEXT_WORD = /\b(?:[Nn]ext|[Tt]he\s+following|[Ss]ubsequent|[Ll]ast|[Pp]revious|[Pp]receding|[Pp]receded\s+by|[Ff]ollowed\s+by)\s/g;
/** One word, read in place. */
const WORD = /[\p{L}\d'’-]+\s*/uy;
/** Words that look ahead to another event. */
const AHEAD = /\b(?:preparations?\s+for|in\s+preparation\s+for|meet\s+again)\b/;
/** A relative pronoun (and "had") right before a verb: "which met", "who had hosted". */
const RELATIVE = /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/i;
/** The nouns of one sitting, which "last" may pick out of the reported event itself. */
const SITTINGS: ReadonlySet<string> = new Set(['session', 'sitting']);
/** How far back in its sentence the words before a place or name are read (bounds the work on run-on text). */
const LEAD_REACH = 300;
/** How many capitalised words may stand between "next" and the noun ("next Americas Regional Conference"). */
const MAX_NAME_WORDS = 4;

/**
 * Whether "next" (or "the following", "subsequent", or "last", "previous", or "preceded by",
 * "followed by") stands before an event noun in `lead`, with up to four capitalised words ("next
 * Americas Regional Conference", "preceded by the 14th Senior Officials Meeting") or one lower-case
 * word ("next trilateral meeting") between.
 */
function nextNoun(lead: string): boolean {
  NEXT_WORD.lastIndex = 0;
  for (let m = NEXT_WORD.exec(lead); m !== null; m = NEXT_WORD.exec(lead)) {
    WORD.lastIndex = m.index + m[0].length;
    // "the last session" may be the reported event's own closing sitting.
    const last = /^[Ll]ast/.test(m[0]);
    let lower = 0;
    for (let n = 0, w = WORD.exec(lead); w !== null && n <= MAX_NAME_WORDS; n++, w = WORD.exec(lead)) {
      const word = w[0].trimEnd().toLowerCase();
      if (KIND_WORDS.has(word)) {
        if (!(last && SITTINGS.has(word))) return true;
        break;
      }
      if (!startsUpper(w[0]) && !/^\d/.test(word) && ++lower > 1) break;
    }
  }
  return false;
}
/** A verb of holding, hosting or attending in the future: "will be held", "will host", "scheduled to", "to be held", "expected to attend", "will bring together". */
const FUTURE =
  /\b(?:(?:will|shall|would)\s+(?:be\s+)?(?:held|hosted|host|take\s+place|convene|meet|gather|bring\s+together|attend)|(?:scheduled|slated|set|due|planned)\s+(?:to|for)|to\s+be\s+(?:held|hosted|convened)|expected\s+to\s+(?:attend|take\s+part|participate))\b/i;
/**
 * A verb saying the reported event has taken place, is under way, or was held "here" (the
 * dateline's place).
 */
const HAPPENED =
  /\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:held|hosted|convened|opened|attended)|took\s+place|kicked\s+off|got\s+under\s?way|met|held\s+talks|opened|began|started|convened|gathered|concluded|received|hosted)\b/gi;
/**
 * Words that may stand right before "here" besides a past participle ("was held here", "met here",
 * "kicked off here"): the event's own noun ("a two-day meeting here", "the summit here").
 */
const BEFORE_HERE: ReadonlySet<string> = new Set(['held', 'met', 'began', 'begun', 'off', 'underway', 'way', 'place', ...Object.keys(events.kinds).filter((noun) => !noun.includes(' '))]);
const LETTER = /\p{L}/u;

/** Whether the unit at `i` is a letter ({@link LETTER}), ASCII decided without the pattern ("here" is mostly read inside "where" and "there"). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return LETTER.test(text[i] ?? '');
}

/** The word (lower-case) before the white space that ends at `end`, if white space is there. */
function wordBefore(text: string, end: number): string | undefined {
  let stop = end;
  while (stop > 0 && isSpaceAt(text, stop - 1)) stop--;
  let start = stop;
  while (start > 0 && stop - start < 20 && isLetterAt(text, start - 1)) start--;
  return stop === end || start === stop ? undefined : text.slice(start, stop).toLowerCase();
}

/** Whether `lead` (the words before a place or name, from its sentence's start) speaks of the next or the last event of a series. */
export const speaksOfNext = (lead: string): boolean => AHEAD.test(lead) || nextNoun(lead);

/** Whether `lead` speaks of an event still to be held ("scheduled to be held in"). */
export const speaksOfFuture = (lead: string): boolean => FUTURE.test(lead);

let memoText: string | null = null;
let memoHappened = false;

/** Whether the content says, in words that do not look ahead and not in a relative clause, that an event has taken place (computed once per text). */
function happened(ctx: Context): boolean {
  if (ctx.text === memoText) return memoHappened;
  const { text } = ctx;
  let found = false;
  for (const span of contentSpans(ctx)) {
    HAPPENED.lastIndex = span.start;
    for (let m = HAPPENED.exec(text); m !== null && m.index < span.end && !found; m = HAPPENED.exec(text)) {
      const lead = text.slice(Math.max(sentenceAt(text, m.index).start, m.index - LEAD_REACH), m.index);
      // "The council, which met in Baku last year, will meet in Minsk": a relative clause tells of an earlier event, not this one.
      found = !RELATIVE.test(lead) && !speaksOfNext(lead) && !speaksOfFuture(lead);
    }
    if (found) break;
  }
  memoText = text;
  memoHappened = found;
  return found;
}

/**
 * The words every match of {@link AHEAD} or {@link NEXT_WORD} holds, as whole words in any case:
 * a lead without one of them does not speak of the next event.
 */
const NEXT_CUE = new PhraseScan(/\b(?:preparations?|meet|next|following|subsequent|last|previous|preceding|preceded|followed)\b/gi, {
  phrases: ['preparation', 'preparations', 'meet', 'next', 'following', 'subsequent', 'last', 'previous', 'preceding', 'preceded', 'followed'],
});
/** The words every match of {@link FUTURE} opens with: a lead that holds none of them does not speak of the future. */
const FUTURE_CUE = new PhraseScan(/\b(?:will|shall|would|scheduled|slated|set|due|planned|to\s+be|expected)\b/gi, {
  phrases: ['will', 'shall', 'would', 'scheduled', 'slated', 'set', 'due', 'planned', 'to be', 'expected'],
});

/** The matches of a cue scan over a whole text: where each starts and ends, in order. */
interface Cues {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The matches of `scan` over the text, as {@link Cues}. */
function cuesOf(ctx: Context, scan: PhraseScan): Cues {
  const matches = scan.scan(ctx.text, 0, ctx.text.length, ctx.tokens);
  return { starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

let cuesText: string | null = null;
let nextCues: Cues = { starts: [], ends: [] };
let futureCues: Cues = { starts: [], ends: [] };

/** Whether a cue of `cues` overlaps the text from `from` to `to` (the cues do not overlap each other, so their ends are in order). */
function cueIn(cues: Cues, from: number, to: number): boolean {
  return (cues.starts[firstAtOrAfter(cues.ends, from + 1)] ?? to) < to;
}

/** The start of the words read before `at`: its sentence's start, at most {@link LEAD_REACH} back. */
function leadStart(text: string, at: number): number {
  return Math.max(sentenceAt(text, at).start, at - LEAD_REACH);
}

/** Runs the cue scans over `ctx`'s text, once per text. */
function scanCues(ctx: Context): void {
  if (ctx.text === cuesText) return;
  cuesText = ctx.text;
  nextCues = cuesOf(ctx, NEXT_CUE);
  futureCues = cuesOf(ctx, FUTURE_CUE);
}

/**
 * Whether the lead from `from` starts inside a word, where `\b` differs from the whole text's: the
 * cue scans cannot then rule the patterns out.
 */
const cutInWord = (text: string, from: number): boolean => from > 0 && isAsciiWordUnit(text.charCodeAt(from - 1)) && isAsciiWordUnit(text.charCodeAt(from));

/**
 * Whether the words before `at`, in its sentence, speak of another event than the one reported:
 * the next one of a series, or, in a release that says its own event has taken place, one still
 * to be held. The patterns are run on the lead only where the cue scans of the whole text (done
 * once per text) find one of their words in it: most leads have none. A match in the lead holds
 * a cue of the whole text's scan unless the lead starts inside a word, where `\b` differs (then
 * the patterns are run).
 */
export function aboutOtherEvent(ctx: Context, at: number): boolean {
  const { text } = ctx;
  scanCues(ctx);
  const from = leadStart(text, at);
  const cut = cutInWord(text, from);
  const mayNext = cut || cueIn(nextCues, from, at);
  const mayFuture = cut || cueIn(futureCues, from, at);
  if (!mayNext && !mayFuture) return false;
  const lead = text.slice(from, at);
  return (mayNext && speaksOfNext(lead)) || (mayFuture && speaksOfFuture(lead) && happened(ctx));
}

/**
 * Whether the words before `at`, in its sentence, speak of another sitting than the reported one:
 * the next, last, preceding or following event ("The meeting was preceded by the 14th senior
 * officials' meeting on"), as {@link aboutOtherEvent} reads them, leaving out events still to come.
 */
export function aboutOtherSitting(ctx: Context, at: number): boolean {
  const { text } = ctx;
  scanCues(ctx);
  const from = leadStart(text, at);
  if (!cutInWord(text, from) && !cueIn(nextCues, from, at)) return false;
  return speaksOfNext(text.slice(from, at));
}

/** The offset of the first "here" after a verb in the text from `start` to `end` ("kicked off here on Wednesday", "was held here"), or -1. */
export function hereAt(text: string, start: number, end: number): number {
  for (let i = text.indexOf('here', start); i >= 0 && i < end; i = text.indexOf('here', i + 4)) {
    // The pattern opens with white space: tested only after it.
    if (isLetterAt(text, i - 1) || isLetterAt(text, i + 4) || (isSpaceAt(text, i + 4) && /^\s+(?:is|are)\b/.test(text.slice(i + 4, i + 9)))) continue;
    const before = wordBefore(text, i);
    if (before !== undefined && (BEFORE_HERE.has(before) || (before.endsWith('ed') && before.length > 3))) return i;
  }
  return -1;
}
