/**
 * Topics: the SPEC vocabulary, each with the spans that show it. Wording comes from
 * `data/topics.json` (phrases with their inflections and synonyms, and proximity rules
 * such as "exchange ... of operational information"). A word inside an organisation's or
 * an exercise's proper name ("CIS Anti-Terrorism Center", "Dushanbe-Anti-Terror-2017") is
 * a name, not a discussion of the topic; an event's name says what the event is about ("the
 * Counter-Terrorism Dialogue", "the Conference on Illegal Migration").
 * @module
 */
import events from '../../data/event-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { Span, Topic, TopicMention } from '../schema/record.js';
import { sortByKey } from './_entities/order.js';
import { tokenize } from '../gazetteer/tokenize.js';
import { PhraseTrie } from './_entities/phraseTrie.js';
import { scannedClass } from './_entities/scannedClasses.js';
import { Gap, type TextView } from './_entities/text.js';
import { startsUpper } from './_lib/letterCase.js';
import { entityView } from './_entities/view.js';
import { defineWordClass } from './_entities/wordClasses.js';
import { TOPICS } from './_entities/wording.js';

/** A topic and its slot: a text's spans are kept by slot in an array, not in a Map. */
interface TopicSlot {
  readonly topic: Topic;
  readonly slot: number;
}
const slots = new Map<Topic, TopicSlot>();
/** The slot of `topic`. */
function slotOf(topic: Topic): TopicSlot {
  let found = slots.get(topic);
  if (!found) {
    found = { topic, slot: slots.size };
    slots.set(topic, found);
  }
  return found;
}

const phrases = new PhraseTrie<TopicSlot[]>();
const seen = new Map<string, TopicSlot[]>();
/** The first words of the one-word phrases, and the second words of the longer ones (folded keys). */
const aloneWords = new Set<string>();
const secondWords = new Set<string>();
for (const t of TOPICS) {
  for (const p of t.phrases) {
    const list = seen.get(p.toLowerCase());
    if (list) list.push(slotOf(t.topic));
    else {
      const fresh = [slotOf(t.topic)];
      seen.set(p.toLowerCase(), fresh);
      phrases.add(p, fresh);
    }
    const [first, second] = tokenize(p);
    if (second) secondWords.add(second.key);
    else if (first) aloneWords.add(first.key);
  }
}

interface CompiledNear {
  readonly topic: TopicSlot;
  readonly anchors: ReadonlySet<string>;
  readonly partners: PhraseTrie<true>;
  readonly window: number;
  readonly via: ReadonlySet<string> | null;
}

const nearRules: CompiledNear[] = TOPICS.flatMap((t) =>
  (t.near ?? []).map((r) => {
    const partners = new PhraseTrie<true>();
    for (const b of r.b) partners.add(b, true);
    const via = r.via ? new Set(r.via.map((v) => v.toLowerCase())) : null;
    return { topic: slotOf(t.topic), anchors: new Set(r.a.map((a) => a.toLowerCase())), partners, window: r.window, via };
  }),
);

const nearByAnchor = new Map<string, CompiledNear[]>();
for (const rule of nearRules) for (const a of rule.anchors) nearByAnchor.set(a, [...(nearByAnchor.get(a) ?? []), rule]);
const PHRASE_FIRST_WORD = scannedClass(defineWordClass(phrases.firstWords()));
/**
 * A phrase can start at a first word only when the word is a phrase alone or the next word can
 * follow a first word: two bit tests rule out most first words ("on" of "on-line recruitment")
 * before the trie is walked.
 */
const PHRASE_ALONE = defineWordClass(aloneWords);
const PHRASE_SECOND_WORD = defineWordClass(secondWords);
const NEAR_ANCHOR = scannedClass(defineWordClass(nearByAnchor.keys()));
const NEAR_PARTNER_FIRST_WORD = defineWordClass(nearRules.flatMap((r) => [...r.partners.firstWords()]));
/** How many tokens after its anchor a rule's partner may start (its window, and the "via" word). */
const NEAR_REACH = Math.max(0, ...nearRules.map((r) => r.window + (r.via ? 1 : 0)));

/** Whether a partner's first word stands within {@link NEAR_REACH} tokens after token `i`: else no proximity rule of the anchor holds. */
function partnerWithinReach(classes: Int32Array, i: number): boolean {
  for (let k = i + 1; k <= i + NEAR_REACH; k++) if (((classes[k] ?? 0) & NEAR_PARTNER_FIRST_WORD) !== 0) return true;
  return false;
}

const joined = (view: TextView, i: number): boolean => view.gap(i) === Gap.Space || view.gap(i) === Gap.Hyphen;

/** The last word of each event noun ("meeting", "conference", "summit"): a name "<event> on <topic>" states what the event is about. */
const EVENT_NOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(events.kinds).map((k) => k.split(' ').pop() ?? k));

/**
 * Whether tokens `[from, to)` stand inside a capitalised proper name: joined to a capitalised word,
 * or after "of", "on", "for", "and" or "against" and a capitalised word. An event's name ("the
 * Ministerial Meeting on Transnational Crime") is no such name: it says what the event is about.
 */
function insideProperName(view: TextView, from: number, to: number): boolean {
  if (!startsUpper(view.raw(from)) || namesEvent(view, to)) return false;
  if (from > 0 && joined(view, from - 1) && startsUpper(view.raw(from - 1))) return true;
  if (
    from > 1 &&
    view.gap(from - 1) === Gap.Space &&
    /^(of|on|for|and|against)$/.test(view.key(from - 1)) &&
    startsUpper(view.raw(from - 2)) &&
    !(/^(on|against)$/.test(view.key(from - 1)) && EVENT_NOUN_WORDS.has(view.key(from - 2)))
  ) {
    return true;
  }
  return joined(view, to - 1) && (startsUpper(view.raw(to)) || /^\d/.test(view.raw(to)));
}

/** The most capitalised words read after a topic's phrase for the head of the name it stands in. */
const MAX_NAME_TAIL = 4;

/**
 * Whether the capitalised words joined after token `to` end with an event noun: the phrase before
 * them is the topic of an event's name ("the Indonesia-Australia Counter-Terrorism Dialogue", "the
 * Regional Anti-Drug Conference"), which says what the event is about.
 */
function namesEvent(view: TextView, to: number): boolean {
  let last = -1;
  for (let k = to; k < to + MAX_NAME_TAIL && k < view.tokens.length && joined(view, k - 1) && startsUpper(view.raw(k)); k++) last = k;
  return last >= 0 && EVENT_NOUN_WORDS.has(view.key(last));
}

const spanStart = (s: Span): number => s.start;
const firstStart = (t: TopicMention): number => t.mentions[0]?.start ?? 0;

/** Finds the topics the release discusses and writes `record.topics`. */
export const topicsExtractor: Extractor = {
  name: 'extractor/topics',
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const { view } = ev;
    // The topics in the order first found, and each by its slot.
    const topics: TopicMention[] = [];
    const bySlot: TopicMention[] = [];
    const add = ({ topic, slot }: TopicSlot, from: number, to: number): void => {
      const start = view.tokens[from]?.start ?? 0;
      const end = view.tokens[to - 1]?.end ?? 0;
      const known = bySlot[slot];
      if (!known) {
        const mention: TopicMention = { topic, mentions: [{ start, end }] };
        bySlot[slot] = mention;
        topics.push(mention);
        return;
      }
      // A topic's spans are few: the same span found twice is caught by looking through them.
      for (const s of known.mentions) if (s.start === start && s.end === end) return;
      known.mentions.push({ start, end });
    };
    const excluded = (from: number, to: number): boolean => {
      for (let k = from; k < to; k++) if ((ev.orgCover[k] ?? -1) >= 0) return true;
      return insideProperName(view, from, to);
    };
    const classes = ev.wordClasses;
    // One pass over the scanned tokens finds the phrases (longest, not overlapping) and notes the anchors of the proximity rules, read after them.
    const anchors: number[] = [];
    let phraseFrom = 0;
    for (const i of ev.scanned) {
      const bits = classes[i] ?? 0;
      if ((bits & (PHRASE_FIRST_WORD | NEAR_ANCHOR)) === 0) continue;
      if ((bits & NEAR_ANCHOR) !== 0) anchors.push(i);
      if (i < phraseFrom || (bits & PHRASE_FIRST_WORD) === 0) continue;
      if ((bits & PHRASE_ALONE) === 0 && ((classes[i + 1] ?? 0) & PHRASE_SECOND_WORD) === 0) continue;
      const m = phrases.longestAt(ctx.tokens, i);
      if (!m) continue;
      phraseFrom = m.to;
      if (excluded(m.from, m.to)) continue;
      for (const topic of m.value) add(topic, m.from, m.to);
    }
    for (const i of anchors) {
      // Most anchors have no partner's first word after them: ruled out by bit tests before the rules are looked up.
      if (!partnerWithinReach(classes, i)) continue;
      const rules = nearByAnchor.get(view.key(i));
      if (!rules || excluded(i, i + 1)) continue;
      for (const rule of rules) {
        if (rule.via && !(rule.via.has(view.key(i + 1)) && view.gap(i) === Gap.Space)) continue;
        const first = rule.via ? i + 2 : i + 1;
        for (let k = first; k <= first + rule.window - 1 && k < view.tokens.length; k++) {
          if (rule.via && !joined(view, k - 1)) break;
          if (!ev.is(k, NEAR_PARTNER_FIRST_WORD)) continue;
          const m = rule.partners.longestAt(ctx.tokens, k);
          if (m && !excluded(m.from, m.to)) {
            add(rule.topic, i, m.to);
            break;
          }
        }
      }
    }
    // Sorted in place: each topic's spans, then the topics by their first span.
    for (const t of topics) sortByKey(t.mentions, spanStart);
    ctx.record.topics = sortByKey(topics, firstStart);
  },
};
