/**
 * The event's own title or theme: a quotation right after the event noun ("the International
 * Conference "Afghanistan: ...""), or after a title cue ("themed", "titled", "under the theme", "the
 * theme of the conference is"), or in single quotes after a title cue ("codenamed 'Lake Shield'").
 * @module
 */
import words from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { eventNouns, type EventNoun } from './_lib/eventNouns.js';
import { startsUpper } from './_lib/letterCase.js';
import { alternation, endsWithCue, lastWords } from './_lib/phrases.js';
import { quotationFrom } from './_lib/quotation.js';
import { contentSpans } from './_lib/scope.js';
import { PhraseScan } from '../text/phraseScan.js';
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

/**
 * A title cue and a title in single quotes after it ("codenamed 'Lake Shield 2025'", "themed
 * 'Africa's Future'"): the title opens with a capital, and its closing quote stands before white
 * space or punctuation (an apostrophe inside it does not).
 */
const SINGLE_QUOTED = new PhraseScan(new RegExp(`\\b(?:${alternation(words.titleCues)}):?\\s+'(\\p{Lu}[^\\n]{2,80}?)'(?=[\\s.,;:)]|$)`, 'giu'), {
  phrases: words.titleCues,
});

/** Whether the text from `from` to `to` is only white space with at most one comma (`/^\s*(?:,\s*)?$/`), read without slicing it (it is read for every noun before a quotation). */
function onlySpaceOrComma(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  if (i < to && text.charCodeAt(i) === 0x2c) i++;
  while (i < to && isSpaceAt(text, i)) i++;
  return i === to;
}

/** Whether the words before a quotation name it a title or theme ("themed", "the theme of the conference is"); each pattern is run only when the words end as it can. */
const cueBefore = (before: string): boolean =>
  (endsWithCue(before, CUE_WORDS) && CUE.test(before)) || (endsWithCue(before, THEME_WORDS) && THEME_IS.test(before));

/** Sets `event.title`. */
function run(ctx: Context): void {
  const { text } = ctx;
  // A quotation after a noun of another kind names another event ("the meeting discussed the exercise "Interaction-2024"").
  const { kind } = ctx.record.event;
  const ofEvent = (n: EventNoun): boolean => kind === 'other' || n.kind === kind;
  for (const span of contentSpans(ctx)) {
    const nouns = eventNouns(ctx, span.start, span.end);
    for (let q = quotationFrom(text, span.start); q !== null && q.open < span.end; q = quotationFrom(text, q.close + 1)) {
      const at = q.open;
      const inner = text.slice(at + 1, q.close).trim();
      if (ENDS_SENTENCE.test(inner)) continue;
      // A title is written with a capital ("the conference "Security in Central Asia""); lower-case words after the noun judge
      // the event ("called the meeting "a turning point"").
      const afterNoun = /^[\p{Lu}\p{N}]/u.test(inner) && nouns.some((n) => n.end <= at && ofEvent(n) && onlySpaceOrComma(text, n.end, at));
      // One word is no title ("a "successful" meeting"), but for a capitalised code name right after the noun (exercise "Warrior-VIII").
      if (!SPACE.test(inner) && !(afterNoun && startsUpper(inner))) continue;
      if (afterNoun || cueBefore(text.slice(Math.max(span.start, at - 60), at))) {
        ctx.record.event.title = inner;
        ctx.trace(BY, () => `title ${JSON.stringify(inner)}`);
        return;
      }
    }
  }
  for (const span of contentSpans(ctx)) {
    const single = SINGLE_QUOTED.scan(text, span.start, span.end, ctx.tokens)[0]?.[1];
    if (single !== undefined) {
      ctx.record.event.title = single;
      return;
    }
  }
}

/** Finds the event's quoted title or theme. */
export const eventTitle: Extractor = { name: BY, run };
