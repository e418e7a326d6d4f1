/**
 * The event's own title or theme: a quotation right after the event noun ("the International
 * Conference "Afghanistan: ..."", "the conference on "Countering ..."") or right before it ("the
 * "Caspian Security - 2025" conference"), or after a title cue ("themed", "titled", "under the theme", "the
 * theme of the conference is"), or in single quotes after a title cue or the noun ("codenamed 'Lake Shield'",
 * "the conference 'Security Without Borders'").
 * @module
 */
import words from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { eventNouns, type EventNoun } from './_lib/eventNouns.js';
import { startsUpper } from './_lib/letterCase.js';
import { alternation, endsWithCue, lastWords } from './_lib/phrases.js';
import { quotationFrom } from './_lib/quotation.js';
import { contentSpans } from './_lib/scope.js';
import { isSpaceAt } from '../text/space.js';

const BY = 'extractor/eventTitle';
const CUE = new RegExp(`\\b(?:${alternation(words.titleCues)})(?::\\s?|\\s)?$`, 'i');
/** "the theme of the conference is", "This year's motto was": the quotation that follows is the event's theme. */
const THEME_IS = /\b(?:theme|motto|slogan)\s+(?:of\s+(?:the|this|this\s+year's)\s+[\p{L}-]+\s+)?(?:is|was|will\s+be)(?::\s?|\s)?$/iu;
/** The last words of {@link CUE} and {@link THEME_IS}: a lead that ends with none of them (see {@link endsWithCue}) is tested by neither. */
const CUE_WORDS = lastWords(words.titleCues);
const THEME_WORDS: readonly string[] = ['is', 'was', 'be'];
const SPACE = /\s/;
/** A stop that ends the quoted words: a sentence, not a title. */
const ENDS_SENTENCE = /[.!?]$/;

/** The most characters a title in single quotes holds. */
const MAX_SINGLE_QUOTED = 80;

/**
 * The title in single quotes that opens at `open` ("codenamed 'Lake Shield 2025'", "themed 'Africa's
 * Future'", "the conference 'Security Without Borders'"), when a title cue or the event's noun stands
 * before it (`afterCueOrNoun`): the title opens with a capital after white space, and its closing
 * quote stands before white space or punctuation (an apostrophe inside it does not close it). Null otherwise.
 */
function singleQuotedTitle(text: string, open: number, afterCueOrNoun: (open: number) => boolean): string | null {
  if (open === 0 || !isSpaceAt(text, open - 1) || !startsUpper(text.slice(open + 1, open + 3))) return null;
  const lineEnd = text.indexOf('\n', open);
  const limit = Math.min(open + MAX_SINGLE_QUOTED, lineEnd < 0 ? text.length : lineEnd);
  for (let close = text.indexOf("'", open + 2); close >= 0 && close <= limit; close = text.indexOf("'", close + 1)) {
    if (close + 1 < text.length && !isSpaceAt(text, close + 1) && !CLOSING_PUNCTUATION.has(text.charCodeAt(close + 1))) continue;
    return afterCueOrNoun(open) ? text.slice(open + 1, close) : null;
  }
  return null;
}

/** The punctuation a closing single quote may stand before: . , ; : ) */
const CLOSING_PUNCTUATION: ReadonlySet<number> = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x29]);

/**
 * `quoted` without a comma, semicolon or colon at its end: the sentence's punctuation, which
 * American style sets inside the closing quote ('under the motto "United Against Crime," the delegates').
 */
function withoutClosingComma(quoted: string): string {
  const last = quoted.charCodeAt(quoted.length - 1);
  return last === 0x2c || last === 0x3b || last === 0x3a ? quoted.slice(0, -1).trimEnd() : quoted;
}

/** Whether the text from `from` to `to` is only white space with at most one comma (`/^\s*(?:,\s*)?$/`), read without slicing it (it is read for every noun before a quotation). */
function onlySpaceOrComma(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  if (i < to && text.charCodeAt(i) === 0x2c) i++;
  while (i < to && isSpaceAt(text, i)) i++;
  return i === to;
}

/**
 * Whether the words before a quotation (`text` from `from` to `to`) name it a title or theme ("themed", "the theme of the
 * conference is"); each pattern is run, on the words sliced, only when the words end as it can.
 */
const cueBefore = (text: string, from: number, to: number): boolean =>
  (endsWithCue(text, CUE_WORDS, from, to) && CUE.test(text.slice(from, to))) || (endsWithCue(text, THEME_WORDS, from, to) && THEME_IS.test(text.slice(from, to)));

/** Cues that give a name to the thing written right before them ("an operation codenamed 'X'"), whatever it is. */
const NAMING_CUES: readonly string[] = ['codenamed', 'code-named', 'code named', 'dubbed'];

/**
 * Where a naming cue ({@link NAMING_CUES}) that ends the `length` characters before offset `at` starts
 * (a colon or a space may follow it), or -1 when those characters end with none.
 */
function namingCueStart(text: string, at: number, length: number): number {
  let end = at;
  while (end > at - length && (isSpaceAt(text, end - 1) || text.charCodeAt(end - 1) === 0x3a)) end--;
  for (const cue of NAMING_CUES) if (text.endsWith(cue, end)) return end - cue.length;
  return -1;
}

/** Sets `event.title`. */
function run(ctx: Context): void {
  const { text } = ctx;
  // A quotation after a noun of another kind names another event ("the meeting discussed the exercise "Interaction-2024"").
  const { kind } = ctx.record.event;
  const ofEvent = (n: EventNoun): boolean => kind === 'other' || n.kind === kind;
  /** Whether a noun of the event's kind stands right before offset `at`, perhaps with a comma between. */
  const nounBefore = (nouns: readonly EventNoun[], at: number): boolean => nouns.some((n) => n.end <= at && ofEvent(n) && onlySpaceOrComma(text, n.end, at));
  /** Whether a noun of the event's kind and "on" stand right before offset `at`: the conference on "Countering ...". */
  const nounOnBefore = (nouns: readonly EventNoun[], at: number): boolean => nouns.some((n) => n.end === at - 4 && ofEvent(n) && text.startsWith(' on ', n.end));
  /** Whether a noun of the event's kind follows offset `at` after one space: the "Caspian Security - 2025" conference. */
  const nounFollows = (nouns: readonly EventNoun[], at: number): boolean => nouns.some((n) => n.start === at + 1 && ofEvent(n) && isSpaceAt(text, at));
  /** Whether the title cue before a quotation at `at` names the event: a naming cue ("codenamed") names the thing right before it, which must be the event's noun. */
  const cueNamesEvent = (nouns: readonly EventNoun[], at: number, from: number): boolean => {
    if (!cueBefore(text, Math.max(from, at - 60), at)) return false;
    const cue = namingCueStart(text, at, 4);
    return cue < 0 || nounBefore(nouns, cue);
  };
  for (const span of contentSpans(ctx)) {
    const nouns = eventNouns(ctx, span.start, span.end);
    for (let q = quotationFrom(text, span.start); q !== null && q.open < span.end; q = quotationFrom(text, q.close + 1)) {
      const at = q.open;
      const inner = withoutClosingComma(text.slice(at + 1, q.close).trim());
      if (ENDS_SENTENCE.test(inner)) {
        // After a title cue, a full stop inside the closing quote is the sentence's, set there in American style
        // ('under the theme "Intelligence Cooperation in Africa."'); a quotation that ends so elsewhere is a sentence.
        const theme = inner.endsWith('.') ? inner.slice(0, -1) : '';
        if (SPACE.test(theme) && !ENDS_SENTENCE.test(theme) && startsUpper(theme) && cueNamesEvent(nouns, at, span.start)) {
          ctx.record.event.title = theme;
          ctx.trace(BY, () => `title ${JSON.stringify(theme)}, its full stop the sentence's`);
          return;
        }
        continue;
      }
      // A title is written with a capital ("the conference "Security in Central Asia""); lower-case words after the noun judge
      // the event ("called the meeting "a turning point"").
      const capital = /^[\p{Lu}\p{N}]/u.test(inner);
      const afterNoun = capital && nounBefore(nouns, at);
      // One word is no title ("a "successful" meeting"), but for a capitalised code name right after the noun (exercise "Warrior-VIII").
      if (!SPACE.test(inner) && !(afterNoun && startsUpper(inner))) continue;
      if (afterNoun || (capital && (nounOnBefore(nouns, at) || nounFollows(nouns, q.close + 1))) || cueNamesEvent(nouns, at, span.start)) {
        ctx.record.event.title = inner;
        ctx.trace(BY, () => `title ${JSON.stringify(inner)}`);
        return;
      }
    }
  }
  // A title in single quotes after a title cue: each single quote is looked at (most are apostrophes, ruled out by the letter before).
  for (const span of contentSpans(ctx)) {
    const nouns = eventNouns(ctx, span.start, span.end);
    for (let at = text.indexOf("'", span.start); at >= 0 && at < span.end; at = text.indexOf("'", at + 1)) {
      const single = singleQuotedTitle(text, at, (open) => nounBefore(nouns, open) || cueNamesEvent(nouns, open, span.start));
      if (single !== null) {
        ctx.record.event.title = single;
        return;
      }
    }
  }
}

/** Finds the event's quoted title or theme. */
export const eventTitle: Extractor = { name: BY, run };
