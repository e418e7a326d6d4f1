/**
 * The event's dates: the first date the content states for it ("On October 19", "on 3-4 June",
 * "(31 May - 1 June 2017, Dushanbe)", "on 14/11/2018", "will meet on Monday"), resolved against
 * the publication date; else the dateline's date for a same-day report (`dateInferred`). Also
 * checks every written weekday against its date (`weekday-mismatch`).
 * @module
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import words from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { scanDates, type DateMention } from '../text/dates.js';
import { resolveDay, resolveWeekday, shiftDay, weekdayName, weekdayOf, type Tense } from '../text/resolveDate.js';
import { cardinal } from './_lib/numbers.js';
import { EndingPhrases } from './_lib/endingPhrases.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { aboutOtherEvent, aboutOtherSitting } from './_lib/otherEvent.js';
import { sentenceAt } from './_lib/sentences.js';

const BY = 'extractor/eventDates';
const FUTURE = new RegExp(`\\b(?:${alternation(words.future)})\\b`, 'i');
const PAST = new RegExp(`\\b(?:${alternation(words.past)})\\b`, 'i');
/** "said on Sunday": the date of the report, not of the event. */
const REPORTED = new RegExp(`\\b(?:${alternation(words.reporting)})\\s+(?:on\\s+)?$`, 'i');
/** The phrases {@link REPORTED} ends with, compared backwards as a cheap first test. */
const REPORTED_ENDS = new EndingPhrases(words.reporting, 'on');

/** "closed on 5 June", "until Friday": a date that ends the event. */
const ENDING = new RegExp(`\\b(?:${alternation(words.ending)})\\s+(?:on\\s+)?$`, 'i');
/** The phrases {@link ENDING} ends with, compared backwards as a cheap first test. */
const ENDING_ENDS = new EndingPhrases(words.ending, 'on');
/** Whether `pattern` (one of "... (on)" at the end) matches the 30 characters before `at`, its phrases (`ends`) compared first, in place. */
function endsBefore(text: string, at: number, ends: EndingPhrases, pattern: RegExp): boolean {
  const from = Math.max(0, at - 30);
  return ends.mayEnd(text, from, at) && pattern.test(text.slice(from, at));
}

/** The longest an event is read to last from a start and a separately written end. */
const MAX_DAYS = 14;

/** How far either side of a date its sentence is read for tense (bounds the work on run-on text). */
const TENSE_WINDOW = 200;

/** The tense a stretch of text speaks in, if it shows one. */
function tenseOf(stretch: string): Tense {
  if (FUTURE.test(stretch)) return 'future';
  return PAST.test(stretch) ? 'past' : 'unknown';
}

/**
 * Whether the words around an offset speak of the future or the past: the clause that leads to it
 * first ("opened on Monday and will run until Wednesday": Monday is past), else its sentence.
 */
function tenseAt(text: string, offset: number): Tense {
  const s = sentenceAt(text, offset);
  const from = Math.max(s.start, offset - TENSE_WINDOW);
  const before = text.slice(from, offset);
  const clauseStart = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' and '));
  const clause = tenseOf(before.slice(clauseStart + 1));
  return clause !== 'unknown' ? clause : tenseOf(text.slice(from, Math.min(s.end, offset + TENSE_WINDOW)));
}

/** The calendar days of a mention, or null when they cannot be fixed. */
function resolve(text: string, d: DateMention, reference: string | null): { start: string; end: string | null } | null {
  // Tense matters only where the year is not written.
  const tense = d.from.year !== null && (d.to === null || d.to.year !== null) ? 'past' : tenseAt(text, d.start);
  if (d.kind === 'weekday') return reference !== null && d.weekday !== null ? { start: resolveWeekday(d.weekday, reference, tense), end: null } : null;
  if (d.kind === 'relative') return reference !== null ? { start: shiftDay(reference, d.offsetDays), end: null } : null;
  const start = resolveDay(d.from, reference, tense);
  if (start === null) return null;
  if (d.to === null) return { start, end: null };
  // A range's end year follows its start: "28 December - 2 January" crosses into the next year.
  let end = resolveDay({ ...d.to, year: d.to.year ?? Number(start.slice(0, 4)) }, reference, tense);
  if (end !== null && end < start) end = resolveDay({ ...d.to, year: Number(start.slice(0, 4)) + 1 }, null, tense);
  return { start, end };
}

/**
 * A separately written end of a one-day start: "opened on June 4 and closed on June 5", "the
 * conference ends on Friday", "met on Wednesday and Thursday". Only a later day within
 * {@link MAX_DAYS} of the start counts.
 */
function endAfter(text: string, mentions: readonly DateMention[], start: DateMention, startDay: string): string | null {
  for (const d of mentions) {
    // "on Wednesday and Thursday": a day joined to the start by "and" is its last day.
    const joined = d.kind === start.kind && text.slice(start.end, d.start) === ' and ';
    if (d.start <= start.end || d.to !== null || !(joined || endsBefore(text, d.start, ENDING_ENDS, ENDING))) continue;
    // Read against the start day: the end follows it.
    const end = d.kind === 'weekday' && d.weekday !== null ? resolveWeekday(d.weekday, startDay, 'future') : (resolve(text, d, startDay)?.start ?? null);
    if (end === null || end <= startDay || differenceInCalendarDays(parseISO(end), parseISO(startDay)) > MAX_DAYS) continue;
    return end;
  }
  return null;
}

/**
 * The start of an event whose first date is written as its end ("the conference ended on Monday"):
 * a later mention of another day that is not an end itself, up to {@link MAX_DAYS} before the end
 * ("which opened on Sunday"); null when the first date is no end or no such mention follows.
 */
function openingBefore(text: string, mentions: readonly DateMention[], end: DateMention, endDay: string, reference: string | null): string | null {
  if (end.to !== null || !endsBefore(text, end.start, ENDING_ENDS, ENDING)) return null;
  for (const d of mentions) {
    if (d.start <= end.end || d.to !== null || endsBefore(text, d.start, ENDING_ENDS, ENDING)) continue;
    const start = d.kind === 'weekday' && d.weekday !== null ? resolveWeekday(d.weekday, endDay, 'past') : (resolve(text, d, reference)?.start ?? null);
    if (start === null || start >= endDay || differenceInCalendarDays(parseISO(endDay), parseISO(start)) > MAX_DAYS) continue;
    return start;
  }
  return null;
}

/** "a two-day", "3-day": how long an event lasted, as the text says before its end. */
const LASTING = /\b(two|three|four|five|six|seven|[2-7])-day\b/i;
/** "a three-day (regional) meeting": how long, and the two words after, one of which may be the event noun. */
const LASTING_NOUN = /\b(two|three|four|five|six|seven|[2-7])-day\s+([a-z]+)(?:\s+([a-z]+))?/gi;
/** The kind of each one-word event noun. */
const KINDS: ReadonlyMap<string, string> = new Map(Object.entries(words.kinds));
/** The words that end an event ({@link ENDING}'s), in the past: "ended", "concluded", "wrapped up". */
const PAST_ENDING = words.ending.filter((w) => (w.split(' ')[0] ?? '').endsWith('ed'));
const ENDED = new RegExp(`\\b(?:${alternation(PAST_ENDING)})\\b`, 'i');

/** "after two days of talks", "following three days of deliberations": how long an event ran, said after its end. */
const AFTER_DAYS = /^[^.;]{0,40}?\b(?:after|following)\s+(two|three|four|five|six|seven|[2-7])\s+days\b/i;
/** After a date, "at the close of their three-day conference": the event of that many days ended on the date. */
const AT_CLOSE_OF = /^[^.;]{0,120}?\bat\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the|their|its)\s+(two|three|four|five|six|seven|[2-7])-day\b/i;

/** Whether "-day" is written, in any case, in `text` from `from` to `to`: a cheap first test for {@link LASTING}, which most texts fail. */
function hasDayWord(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('-', from); i >= 0 && i + 4 <= to; i = text.indexOf('-', i + 1)) {
    if ((text.charCodeAt(i + 1) | 0x20) === 0x64 && (text.charCodeAt(i + 2) | 0x20) === 0x61 && (text.charCodeAt(i + 3) | 0x20) === 0x79) return true;
  }
  return false;
}

/**
 * How many days an event lasted when the sentence of its one date says it ended then and how long
 * it ran ("concluded a two-day meeting in Addis Ababa on Wednesday", "concluded yesterday after
 * two days of deliberations"); 0 when it does not say both.
 */
function daysEndingOn(text: string, d: DateMention): number {
  const s = sentenceAt(text, d.start);
  // "... on Wednesday signed the declaration at the close of their three-day conference": the end, said after the date.
  const closing = hasDayWord(text, d.end, s.end) ? AT_CLOSE_OF.exec(text.slice(d.end, s.end)) : null;
  if (closing !== null) return cardinal(closing[1] ?? '') ?? 0;
  const lead = text.slice(Math.max(s.start, d.start - 200), d.start);
  if (!ENDED.test(lead)) return 0;
  const lasting = LASTING.exec(lead) ?? AFTER_DAYS.exec(text.slice(d.end, s.end));
  return lasting === null ? 0 : (cardinal(lasting[1] ?? '') ?? 0);
}

/**
 * How many days an event lasted when the sentence of its start, or the next one, says how long it
 * runs ("The three-day conference, which began on Monday, ...", "... opened on 9 November. The
 * three-day meeting will ..."); 0 when neither does, or when the date is an end.
 */
function daysFrom(ctx: Context, d: DateMention): number {
  const { text } = ctx;
  if (endsBefore(text, d.start, ENDING_ENDS, ENDING)) return 0;
  const s = sentenceAt(text, d.start);
  const next = s.end < text.length ? sentenceAt(text, Math.min(text.length - 1, s.end + 1)) : s;
  const from = Math.max(s.start, d.start - 200);
  const to = Math.min(next.end, d.end + 200);
  const lasting = hasDayWord(text, from, to) ? LASTING.exec(text.slice(from, to)) : null;
  if (lasting !== null) {
    const days = cardinal(lasting[1] ?? '') ?? 0;
    return datedApart(ctx, d, from + lasting.index, days) ? 0 : days;
  }
  // Further on, only "N-day" before a noun of the event's own kind ("The three-day meeting will examine ...") says how long it runs.
  // Most texts have no "-day" after the date: a native search rules the pattern's scan out.
  if (text.indexOf('-day', d.end) < 0) return 0;
  for (const span of contentSpans(ctx)) {
    LASTING_NOUN.lastIndex = Math.max(span.start, d.end);
    for (let m = LASTING_NOUN.exec(text); m !== null && m.index < span.end; m = LASTING_NOUN.exec(text)) {
      const ofKind = (word: string | undefined): boolean => KINDS.get((word ?? '').toLowerCase()) === ctx.record.event.kind;
      if (!(ofKind(m[2]) || ofKind(m[3])) || aboutOtherEvent(ctx, m.index + m[0].length)) continue;
      const sentence = sentenceAt(text, m.index);
      if (ENDED.test(text.slice(sentence.start, sentence.end))) continue;
      const days = cardinal(m[1] ?? '') ?? 0;
      return datedApart(ctx, d, m.index, days) ? 0 : days;
    }
  }
  return 0;
}

/**
 * Whether the "N-day" written at `at` (`days` days) has its own dates after it in its sentence: the
 * first date after it is a range of as many days, not `d` ("signed on Tuesday 18 March, on the
 * margins of a two-day meeting held on 17 and 18 March"). The days it counts are that range's, not
 * from `d` on.
 */
function datedApart(ctx: Context, d: DateMention, at: number, days: number): boolean {
  const s = sentenceAt(ctx.text, at);
  const next = scanDates(ctx.text, ctx.tokens).find((m) => m.start > at && m.kind !== 'weekday' && m.kind !== 'relative');
  if (next === undefined || next === d || next.start >= s.end || next.to === null) return false;
  const { from, to } = next;
  return from.month === to.month && from.day !== null && to.day !== null && to.day - from.day + 1 === days;
}

/** A relative past that names no day: "last week", "this week", "over the weekend", "earlier this month", "recently". */
const VAGUE_PAST = /\b(?:(?:last|past|previous)\s+(?:week|weekend|month)|(?:earlier\s+)?this\s+(?:week|month)|(?:over|at)\s+the\s+weekend|recently|days\s+ago|weeks\s+ago)\b/i;

/** Sets the event's dates and the weekday warnings. */
function run(ctx: Context): void {
  const { text } = ctx;
  const spans = contentSpans(ctx);
  const reference = ctx.record.source.publishedAt ?? ctx.record.source.dateline?.date ?? null;
  const mentions = scanDates(text, ctx.tokens).filter((d) => inSpans(spans, d.start));
  for (const d of mentions) {
    if (d.weekday === null || d.kind === 'weekday' || d.kind === 'relative') continue;
    const date = resolve(text, d, reference)?.start;
    if (date === undefined || weekdayOf(date) === d.weekday) continue;
    ctx.record.warnings.push({
      code: 'weekday-mismatch',
      message: `${format(parseISO(date), 'MMMM d, yyyy')} is a ${weekdayName(weekdayOf(date))}, not a ${weekdayName(d.weekday)}`,
      span: { start: d.start, end: d.end },
    });
  }
  // A date of another event ("The meeting was preceded by the 14th senior officials' meeting on 12 May") is not the event's.
  const usable = mentions.filter((d) => !endsBefore(text, d.start, REPORTED_ENDS, REPORTED) && !aboutOtherSitting(ctx, d.start));
  const stated = usable.find((d) => (d.kind === 'day' || d.kind === 'range') && d.from.month !== null && d.from.day !== null);
  // "The meeting was held today in Kuala Lumpur. ... consultations on 16 October": the lead's own day comes first, when the
  // text says which day "today" is.
  const body = spans[spans.length - 1]?.start ?? 0;
  const lead = sentenceAt(text, body);
  const leadDay = reference === null ? undefined : usable.find((d) => d.kind === 'relative' && d.start < lead.end && d.start >= lead.start);
  const chosen = (leadDay && (!stated || stated.start > lead.end) ? leadDay : stated) ?? usable.find((d) => d.kind === 'weekday' || d.kind === 'relative');
  const resolved = chosen ? resolve(text, chosen, reference) : null;
  const opened = chosen && resolved ? openingBefore(text, usable, chosen, resolved.start, reference) : null;
  if (opened) {
    // "ended on Monday ... which opened on Sunday": the first date is the end, the opening is written later.
    ctx.record.event.startDate = opened;
    ctx.record.event.endDate = resolved?.start ?? null;
    return;
  }
  if (resolved) {
    const days = chosen && resolved.end === null ? daysEndingOn(text, chosen) : 0;
    if (days > 1) {
      // "a two-day meeting ... ended on Wednesday": it began the day before.
      ctx.record.event.startDate = shiftDay(resolved.start, 1 - days);
      ctx.record.event.endDate = resolved.start;
      return;
    }
    ctx.record.event.startDate = resolved.start;
    ctx.record.event.endDate = resolved.end ?? (chosen ? endAfter(text, usable, chosen, resolved.start) : null);
    const lasting = chosen && ctx.record.event.endDate === null ? daysFrom(ctx, chosen) : 0;
    // "The three-day conference, which began on Monday": it ends two days later.
    if (lasting > 1) ctx.record.event.endDate = shiftDay(resolved.start, lasting - 1);
    ctx.trace(BY, () => `event date from ${JSON.stringify(text.slice(chosen?.start, chosen?.end))}`);
    return;
  }
  const dateline = ctx.record.source.dateline?.date ?? null;
  // "was held in Baku last week": the report is not of the day it was filed; the lead sentence and the event noun's say so.
  const noun = ctx.findings.ofKind('eventNoun')[0]?.span.start;
  const nounSentence = noun === undefined ? lead : sentenceAt(text, noun);
  const vague = VAGUE_PAST.test(text.slice(lead.start, lead.end)) || VAGUE_PAST.test(text.slice(nounSentence.start, nounSentence.end));
  if (dateline !== null && !vague && tenseAt(text, body) !== 'future') {
    ctx.record.event.startDate = dateline;
    ctx.record.event.dateInferred = true;
    ctx.trace(BY, () => `event date taken from the dateline ${dateline}`);
  }
}

/** Finds when the event took place. */
export const eventDates: Extractor = { name: BY, run };
