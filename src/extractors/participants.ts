/**
 * The countries and intergovernmental bodies taking part: the countries the content names as
 * participants (see `_lib/participation.ts`) and the host country; the bodies named in a sentence
 * about who took part or who signed, but not a body that names the event itself or another event, nor one in a
 * clause that only characterises something ("listed as a terrorist group by the EU"); the country of
 * a person who hosted, took part, signed or spoke.
 * @module
 */
import events from '../../data/event-words.json';
import words from '../../data/participation-words.json';
import type { Context, Extractor } from '../pipeline/context.js';
import type { PersonRole } from '../schema/record.js';
import { firstStartingAtOrAfter } from '../text/search.js';
import { characterisingLead } from './_lib/characterising.js';
import { countryMentions } from './_lib/countries.js';
import { hitsOf } from './_lib/hits.js';
import { joinsList } from './_lib/listGap.js';
import { aboutOtherEvent } from './_lib/otherEvent.js';
import { ordinal } from './_lib/numbers.js';
import { notBefore, participantCodes } from './_lib/participation.js';
import { alternation } from './_lib/phrases.js';
import { contentSpans, inSpans } from './_lib/scope.js';
import { sentenceAt } from './_lib/sentences.js';
import { sortedCodes } from './_lib/sortCodes.js';

const BY = 'extractor/participants';
/** The roles of a person who takes part in the event. */
const PARTY_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>(['host', 'participant', 'signatory', 'speaker']);
/** A sentence in which bodies sign: "Europol and AFRIPOL sign a Working Arrangement". */
const SIGNED = /\b(?:signed|sign|signs)\b/i;
const CUE = new RegExp(`\\b(?:${alternation(words.cues)})\\b`, 'i');

/** What joins the items of a list of names. */
const AND: readonly string[] = ['and'];

/** Where the list of countries that ends with the name at `at` starts ("Türkiye, the US and the EU"): `at` itself when no country is listed before it. */
function listStart(ctx: Context, at: number): number {
  const mentions = countryMentions(ctx);
  let start = at;
  for (let i = firstStartingAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m === undefined || m.end > start || !joinsList(ctx.text, m.end, start, AND, true)) break;
    start = m.start;
  }
  return start;
}

/** The single-word event nouns ("dialogue", "talks") and their kinds. */
const EVENT_NOUN_KINDS: ReadonlyMap<string, string> = new Map(Object.entries(events.kinds).filter(([noun]) => !noun.includes(' ')));
/** How many words after a compound of countries its event noun may stand ("Indonesia-Australia joint counter-terrorism dialogue"). */
const COMPOUND_NOUN_REACH = 4;

/** Whether the code unit `c` is a letter (ASCII or beyond) or a hyphen: part of a word such as "counter-terrorism". */
const inWord = (c: number): boolean => c === 0x2d || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0;

/**
 * The kind of the event noun written within a few words after offset `end`, the words joined by single
 * spaces ("... counter-terrorism dialogue"), or undefined.
 */
function eventKindAfter(text: string, end: number): string | undefined {
  let k = end;
  for (let n = 0; n < COMPOUND_NOUN_REACH && text.charCodeAt(k) === 0x20; n++) {
    let e = k + 1;
    while (e < text.length && inWord(text.charCodeAt(e))) e++;
    if (e === k + 1) return undefined;
    const kind = EVENT_NOUN_KINDS.get(text.slice(k + 1, e).toLowerCase());
    if (kind !== undefined) return kind;
    k = e;
  }
  return undefined;
}

/** Where an edition's ordinal of two characters or more ("9th", "XIV", "fifth") right before offset `at` (a space between) starts, or -1. */
function ordinalBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 0x20) return -1;
  let from = at - 1;
  while (from > 0 && inWord(text.charCodeAt(from - 1))) from--;
  // Digits are no letters to inWord: "9th" is read from its digits.
  while (from > 0 && text.charCodeAt(from - 1) >= 0x30 && text.charCodeAt(from - 1) <= 0x39) from--;
  const word = text.slice(from, at - 1);
  return word.length >= 2 && ordinal(word) !== null ? from : -1;
}

/** Verbs that hold, chair or attend the event, written before "the" and its edition's ordinal ("co-chaired the 9th ..."). */
const HELD_VERBS: readonly string[] = ['held', 'hosted', 'co-hosted', 'chaired', 'co-chaired', 'opened', 'attended', 'convened', 'part in', 'participated in'];

/** Whether a verb of {@link HELD_VERBS} and "the" end the text before offset `at`. */
function heldBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 24), at).toLowerCase();
  if (!lead.endsWith(' the ')) return false;
  const verbEnd = lead.length - 5;
  return HELD_VERBS.some((v) => lead.endsWith(v, verbEnd) && (verbEnd - v.length === 0 || lead.charCodeAt(verbEnd - v.length - 1) === 0x20));
}

/**
 * The countries of a compound that names an event of the release's kind between participants ("held the
 * Indonesia-Australia counter-terrorism dialogue", "Russian-Chinese talks"), where one of its countries
 * takes part (`taking`): the others take part too. Not a compound after a word that keeps it from taking
 * part ("talks on the Ukraine-Russia peace talks").
 */
function compoundPartners(ctx: Context, taking: readonly string[]): string[] {
  const { text } = ctx;
  const kind = ctx.record.event.kind;
  const mentions = countryMentions(ctx);
  const spans = contentSpans(ctx);
  const found: string[] = [];
  for (let i = 0; i + 1 < mentions.length; ) {
    // A mention, a hyphen and another mention right after it, and so on: a compound.
    let j = i;
    while (j + 1 < mentions.length && (mentions[j + 1]?.start ?? 0) === (mentions[j]?.end ?? 0) + 1 && text.charCodeAt((mentions[j]?.end ?? 0)) === 0x2d) j++;
    const run = mentions.slice(i, j + 1);
    i = j + 1;
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length < 2 || first === undefined || last === undefined || !inSpans(spans, first.start)) continue;
    // "talks on the Ukraine-Russia peace talks": a compound discussed, not the event's. An edition's ordinal before it names a
    // series between the two ("co-chaired the 9th Indonesia-Australia Ministerial Council on Law and Security").
    const ordinalAt = ordinalBefore(text, first.start);
    // An edition's series counts where the event's own verb holds it ("co-chaired the 9th ..."), not one only spoken of.
    const edition = ordinalAt >= 0 && heldBefore(text, ordinalAt) ? ordinalAt : -1;
    const leadEnd = edition < 0 ? first.start : edition;
    if ((eventKindAfter(text, last.end) !== kind && edition < 0) || !run.some((m) => taking.includes(m.code)) || notBefore(text, Math.max(0, leadEnd - 40), leadEnd)) continue;
    for (const m of run) if (!taking.includes(m.code) && !found.includes(m.code)) found.push(m.code);
  }
  return found;
}

/** The words before a body that make it a place: "on the territory of the", "the situation in the". */
const PLACE_OF = /\b(?:territor(?:y|ies)|borders?|soil|situation\s+in|outside|inside|across)\s+(?:of\s+)?(?:the\s+)?$/i;

/** The words after a body that make it a place: "the EU's eastern border", "the bloc's territory". */
const PLACE_OWNED = /^'s\s+(?:[a-z]+\s+)?(?:territory|borders?|soil)\b/i;

/** Sets `event.participants.countries` and `event.participants.organizations`. */
function run(ctx: Context): void {
  const named = participantCodes(ctx);
  // The codes the content's mentions do not give, each once (the set of those it gives is not copied).
  const more: string[] = [];
  const add = (code: string): void => {
    if (!named.has(code) && !more.includes(code)) more.push(code);
  };
  // "Kuwait's Undersecretary ... attended the talks": the country of a person who took part takes part.
  for (const person of ctx.record.people) {
    if (person.country !== null && person.roles.some((r) => PARTY_ROLES.has(r))) add(person.country);
  }
  const hostCountry = ctx.record.event.host?.country ?? null;
  if (hostCountry !== null) add(hostCountry);
  const codes = [...named, ...more];
  for (const code of compoundPartners(ctx, codes)) codes.push(code);
  ctx.record.event.participants.countries = sortedCodes(codes);
  const spans = contentSpans(ctx);
  const bodies = new Set<string>();
  // A body named for the event itself ("took part in the INTERPOL Americas Regional Conference") holds the event's noun.
  const noun = ctx.findings.ofKind('eventNoun')[0]?.span;
  for (const b of hitsOf(ctx.hits, 'body')) {
    if (!inSpans(spans, b.start)) continue;
    // The event itself ("the 94th INTERPOL General Assembly"), or another event ("preparations for the ... Assembly") is no body taking part.
    if (noun !== undefined && b.start <= noun.start && noun.end <= b.end) continue;
    const s = sentenceAt(ctx.text, b.start);
    const sentence = ctx.text.slice(s.start, s.end);
    // The sentence is read before the words before the body: most bodies are only spoken of.
    if (!(CUE.test(sentence) || SIGNED.test(sentence)) || aboutOtherEvent(ctx, b.start)) continue;
    // "listed as a terrorist organisation by Türkiye, the US and the EU": a body said to have listed something;
    // "attacks on the territory of the European Union", "the EU's eastern border": a body's lands.
    const from = listStart(ctx, b.start);
    const place = PLACE_OF.test(ctx.text.slice(Math.max(s.start, from - 40), from)) || PLACE_OWNED.test(ctx.text.slice(b.end, b.end + 40));
    if (!place && !characterisingLead(ctx.text, Math.max(s.start, from - 120), from)) bodies.add(b.entry.acronyms[0] ?? b.entry.name);
  }
  ctx.record.event.participants.organizations = [...bodies];
  ctx.trace(BY, () => `countries ${codes.join(' ')}; bodies ${[...bodies].join(', ')}`);
}

/** Finds who took part. */
export const participants: Extractor = { name: BY, run };
