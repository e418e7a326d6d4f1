/**
 * The kind of event, after the text's own head noun: the noun with an edition ordinal
 * ("47th meeting") first, then one with a verb of holding ("was held", "hosted an"), then the
 * first one named; a verb ("will meet") when no noun names the event.
 * @module
 */
import words from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { EventKind } from '../schema/record.js';
import { PhraseScan } from '../text/phraseScan.js';
import { contentNouns, type EventNoun } from './_lib/eventNouns.js';
import { hitsOf } from './_lib/hits.js';
import { startsUpper } from './_lib/letterCase.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { alternation } from './_lib/phrases.js';
import { sentenceAt } from './_lib/sentences.js';
import { contentSpans } from './_lib/scope.js';

declare module '../pipeline/findings.js' {
  interface FindingValues {
    /** The noun that names the reported event, with its edition if an ordinal stands before it. */
    eventNoun: EventNoun;
  }
}

const BY = 'extractor/eventKind';
const KINDS: ReadonlyMap<string, EventKind> = new Map(Object.entries(words.kinds).map(([k, v]) => [k, v as EventKind]));
const VERB_KINDS: ReadonlyMap<string, EventKind> = new Map(Object.entries(words.verbKinds).map(([k, v]) => [k, v as EventKind]));
const VERB = new PhraseScan(new RegExp(`\\b(?:${alternation(VERB_KINDS.keys())})\\b`, 'gi'), { phrases: VERB_KINDS.keys() });

/** A verb of receiving ("received", "receives"): a reception of a guest is a meeting. */
const RECEIVED = new PhraseScan(new RegExp(`\\b(?:${alternation(words.receptionVerbs)})\\b`, 'gi'), { phrases: words.receptionVerbs });
/** The words that show a guest received ("received the visiting Director", "received a delegation"). */
const GUEST_WORDS: ReadonlySet<string> = new Set(words.receptionGuests);
/** How many words after the verb may name the guest ("received in Mexico City a delegation", "received in his office today Pakistan's Interior Minister"). */
const GUEST_REACH = 8;
/** A word of letters and hyphens. */
const GUEST_WORD = /[\p{L}-]+/gu;

/** A capitalised word right after a noun: the noun qualifies a longer name ("the Forum Regional Security Committee"). */
const NAME_GOES_ON = /^ \p{Lu}\p{Ll}/u;

/**
 * Whether a plain mention of an event noun is only a word of another name: of a body ("the
 * Pacific Islands Forum") or of a longer proper name it qualifies ("the Forum Regional Security
 * Committee"). With an ordinal or a verb of holding ("the ASEAN Regional Forum was held") the
 * noun names the event.
 */
function onlyInName(ctx: Context, noun: EventNoun): boolean {
  if (noun.strength !== 1) return false;
  if (startsUpper(ctx.text.slice(noun.start, noun.end)) && NAME_GOES_ON.test(ctx.text.slice(noun.end, noun.end + 3))) return true;
  return hitsOf(ctx.hits, 'body').some((b) => b.start <= noun.start && noun.end <= b.end);
}

/** The nouns for one sitting of a larger event. */
const SESSION = /^(?:session|sitting)$/i;
/** "of (the)" and a word after a noun: "Session of the Conference". */
const OF_WORD = /^\s+of\s+(?:the\s+)?([\p{L}-]+)/u;

/**
 * The kind of what a session is of: "the 21st Ordinary Session of the Conference of ..." is a
 * conference; null when the noun is no session of another kind of event.
 */
function sessionOf(text: string, noun: EventNoun): EventKind | null {
  // "the XXI meeting of the Conference of ...": a meeting of a body named Conference stays a meeting.
  if (!SESSION.test(text.slice(noun.start, noun.end))) return null;
  const word = OF_WORD.exec(text.slice(noun.end, noun.end + 40))?.[1];
  const kind = word === undefined ? undefined : KINDS.get(word.toLowerCase());
  return kind === undefined || kind === 'meeting' ? null : kind;
}

/** Sets `event.kind` and posts the event's noun. */
function run(ctx: Context): void {
  const nouns = contentNouns(ctx);
  let best: EventNoun | undefined;
  // A noun of another event ("The next ... Conference will be held in") is taken only when no other noun or verb names one.
  let other: EventNoun | undefined;
  for (const n of nouns) {
    if ((best !== undefined && n.strength <= best.strength) || onlyInName(ctx, n)) continue;
    if (aboutOtherEvent(ctx, n.end)) {
      if (other === undefined || n.strength > other.strength) other = n;
    } else best = n;
  }
  if (best === undefined && other !== undefined && verbKind(ctx) === null) best = other;
  if (best !== undefined) {
    const chosen = best;
    ctx.record.event.kind = sessionOf(ctx.text, chosen) ?? chosen.kind;
    ctx.findings.add({ kind: 'eventNoun', value: chosen, span: { start: chosen.start, end: chosen.end }, by: BY });
    ctx.trace(BY, () => `${chosen.kind} from ${JSON.stringify(ctx.text.slice(chosen.start, chosen.end))} (strength ${chosen.strength})`);
    return;
  }
  const kind = verbKind(ctx) ?? receptionKind(ctx);
  if (kind !== null) ctx.record.event.kind = kind;
}

/**
 * A meeting, when the content says someone received a guest: "received" and, within
 * {@link GUEST_REACH} words of its sentence, a word of {@link GUEST_WORDS} ("received in Doha a
 * delegation", "received the visiting Director"). "received a letter" names no guest.
 */
function receptionKind(ctx: Context): EventKind | null {
  const { text } = ctx;
  for (const span of contentSpans(ctx)) {
    for (const m of RECEIVED.scan(text, span.start, span.end, ctx.tokens)) {
      const after = m.index + m[0].length;
      // To the sentence's end, not the first full stop: "received Maj. Gen. X, Chief of ...".
      const clause = text.slice(after, Math.min(sentenceAt(text, m.index).end, after + 120));
      GUEST_WORD.lastIndex = 0;
      let n = 0;
      for (let w = GUEST_WORD.exec(clause); w !== null && n < GUEST_REACH; w = GUEST_WORD.exec(clause), n++) {
        if (GUEST_WORDS.has(w[0].toLowerCase())) return 'meeting';
      }
    }
  }
  return null;
}

/** The kind a verb of meeting gives ("will meet"), if the content has one. */
function verbKind(ctx: Context): EventKind | null {
  for (const span of contentSpans(ctx)) {
    const m = VERB.first(ctx.text, span.start, span.end, ctx.tokens);
    if (m !== null) return VERB_KINDS.get(m[0].toLowerCase()) ?? 'other';
  }
  return null;
}

/** Decides what kind of event the release reports. */
export const eventKind: Extractor = { name: BY, run };
