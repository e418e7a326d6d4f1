/**
 * Agreements signed or to be signed at the event: the document's kind from its noun
 * ("memorandum of understanding", "Protocol of Intent", "cooperation agreement"), its
 * title where it is written as a proper name, its parties (the countries of the signing
 * services, "between A's service and B's service", or countries named together, "Kenya and
 * Somalia signed", "the Kenyan and Somali services"; for "the two sides signed", the two
 * countries whose officials the text names) and its status: `planned` for "to be signed",
 * "will sign", "is expected to adopt"; `signed` for "was signed", "signing ceremony", or a
 * declaration adopted; `mentioned` for one signed before the event ("had signed", "signed in
 * 2019"). A document only talked about, or "agreed to" as a verb, is not an agreement of
 * the event. Generic "documents" count only when no other document is found.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import type { Agreement, AgreementKind, AgreementStatus, Person } from '../schema/record.js';
import { PhraseTrie } from './_entities/phraseTrie.js';
import { scannedClass } from './_entities/scannedClasses.js';
import { Gap } from './_entities/text.js';
import { startsUpper } from './_lib/letterCase.js';
import { homeCountry } from './_lib/selfNames.js';
import { entityView, type EntityView } from './_entities/view.js';
import { defineWordClass } from './_entities/wordClasses.js';
import { AGREEMENT_KINDS, CUE_CLASS, CUES } from './_entities/wording.js';

/**
 * A document noun's kind, whether it names no document in particular ("documents"): such count only when no other is found,
 * and whether, written definite and bare ("the agreement", "this accord"), it stands for a document already told of.
 */
interface DocumentNoun {
  readonly kind: AgreementKind;
  readonly generic: boolean;
  readonly refersBack: boolean;
}
const nouns = new PhraseTrie<DocumentNoun>();
for (const k of AGREEMENT_KINDS) {
  for (const p of k.phrases) nouns.add(p, { kind: k.kind, generic: 'generic' in k && k.generic === true, refersBack: k.refersBack?.includes(p) === true });
}

/** Determiners that point back to something already told of: "the agreement", "this accord", "the said document". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'said']);
/** Words after a noun that say which document it is ("the agreement on data exchange"): such a noun names its own. */
const CONTENT_AFTER: ReadonlySet<string> = new Set(['on', 'of', 'for', 'to', 'in']);

/**
 * Whether the document noun at tokens `[from, to)` refers back to one already told of: a noun that
 * can stand for any document, written after a definite determiner ("The agreement provides for ...",
 * "this accord"), with no words after it saying which document it is.
 */
function refersBack(ev: EntityView, noun: DocumentNoun, from: number, to: number): boolean {
  if (!noun.refersBack || !DEFINITE.has(ev.view.key(from - 1))) return false;
  return ev.view.gap(to - 1) !== Gap.Space || !CONTENT_AFTER.has(ev.view.key(to));
}
const NOUN_FIRST_WORD = scannedClass(defineWordClass(nouns.firstWords()));

const YEAR = /^(1[89]|20)\d\d$/;

/** Whether every planning cue holds "sign" ("to be signed", "will sign"): then a sentence without it needs no lower-cased copy. */
const CUES_SAY_SIGN = CUES.planned.every((cue) => cue.includes('sign'));

/** Whether "sign" is written (in any case) between offsets `from` and `to`; by code units, `| 32` folding ASCII capitals. */
function hasSign(text: string, from: number, to: number): boolean {
  for (let k = from; k + 4 <= to; k++) {
    if ((text.charCodeAt(k) | 32) === 115 && (text.charCodeAt(k + 1) | 32) === 105 && (text.charCodeAt(k + 2) | 32) === 103 && (text.charCodeAt(k + 3) | 32) === 110) return true;
  }
  return false;
}

/** Each planning cue with the offset of its first "sign" (-1 when it has none). */
const PLANNED_CUES = CUES.planned.map((cue) => ({ cue, sign: cue.indexOf('sign') }));

/**
 * Whether the lower-cased sentence `lower` holds a planning cue. A cue with "sign" in it can only
 * stand where "sign" is written: it is compared there, not searched for through the sentence.
 */
function hasPlanningCue(lower: string): boolean {
  for (const { cue, sign } of PLANNED_CUES) if (sign < 0 && lower.includes(cue)) return true;
  for (let at = lower.indexOf('sign'); at >= 0; at = lower.indexOf('sign', at + 1)) {
    for (const { cue, sign } of PLANNED_CUES) if (sign >= 0 && at >= sign && lower.startsWith(cue, at - sign)) return true;
  }
  return false;
}

/** Words before a verb's base form that put it in the future: "will sign", "is expected to adopt". */
const MODAL: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'to']);
/** Words before a past participle that put the signing before the event: "had signed", "previously signed". */
const EARLIER: ReadonlySet<string> = new Set(['had', 'previously', 'earlier', 'already']);

/** The key of the token before `k`, past one adverb ("will also sign", "had earlier signed"). */
function keyBefore(ev: EntityView, k: number): string {
  const w = ev.view.key(k - 1);
  return w === 'also' || w === 'jointly' || w === 'formally' || w === 'officially' ? ev.view.key(k - 2) : w;
}

/** The year of an "in 2019" or "in March 2023" at token `k` ("in"), else null. */
function yearAfterIn(ev: EntityView, k: number): number | null {
  const { view } = ev;
  if (view.key(k) !== 'in') return null;
  if (YEAR.test(view.key(k + 1))) return Number(view.key(k + 1));
  if (startsUpper(view.raw(k + 1)) && YEAR.test(view.key(k + 2))) return Number(view.key(k + 2));
  return null;
}

/**
 * Whether the signing at token `k` happened before the event: "had signed", or a clause dated
 * "in 2019" / "in March 2023" before the year of publication (any such year when it is unknown).
 */
function signedEarlier(ev: EntityView, k: number, sEnd: number, yearOf: () => number | null): boolean {
  const { view } = ev;
  if (EARLIER.has(keyBefore(ev, k)) || YEAR.test(view.key(k + 1))) return true;
  for (let j = k; j < k + 12 && j + 1 < view.tokens.length && (view.tokens[j + 1]?.start ?? Infinity) < sEnd; j++) {
    if (view.gap(j) === Gap.Comma) break;
    const y = yearAfterIn(ev, j + 1);
    if (y === null) continue;
    const year = yearOf();
    return year === null || y < year;
  }
  return false;
}

/** Whether the signing word at token `k` is put in the future: "will sign", "to adopt", "would push for the adoption". */
function signingAhead(ev: EntityView, k: number): boolean {
  const key = ev.view.key(k);
  if (key === 'signing' || key === 'adoption') {
    for (let j = k - 1; j >= k - 4 && j >= 0; j--) if (MODAL.has(ev.view.key(j)) && ev.view.key(j) !== 'to') return true;
    return false;
  }
  return !key.endsWith('ed') && MODAL.has(keyBefore(ev, k));
}

/** Words that may stand between a verb and the document it governs: "signed a new bilateral protocol", "adopting the joint action plan". */
const NOUN_LEAD: ReadonlySet<string> = new Set(['a', 'an', 'the', 'new', 'joint', 'bilateral', 'trilateral', 'tripartite', 'multilateral', 'regional', 'further', 'additional', 'its', 'their']);
/** The most {@link NOUN_LEAD} words read back from a document noun. */
const MAX_NOUN_LEAD = 3;

/**
 * The token of a signing or adopting word that governs the document noun starting at token `from`
 * ("agreed to conclude a memorandum", "approved a memorandum", "adopting an action plan"), or -1.
 */
function governingVerb(ev: EntityView, from: number): number {
  let k = from - 1;
  // "renewed their 2019 memorandum": a year may stand before the noun.
  for (let n = 0; n < MAX_NOUN_LEAD && (NOUN_LEAD.has(ev.view.key(k)) || YEAR.test(ev.view.key(k))) && ev.view.gap(k) === Gap.Space; n++) k--;
  if (k < 0 || k === from - 1 || ev.view.gap(k) !== Gap.Space) return -1;
  return ((ev.wordClasses[k] ?? 0) & (CUE_CLASS.sign | CUE_CLASS.adopt)) !== 0 ? k : -1;
}

/** The most tokens read after a document's noun for the passive that governs it ("a Protocol on Firearms was adopted"). */
const PASSIVE_REACH = 6;

/**
 * The token of a signing or adopting word in the passive after the document noun ending at token
 * `to` ("A Regional Protocol on Firearms was adopted", "the memorandum was formally approved"), or -1;
 * read up to a comma.
 */
function passiveVerb(ev: EntityView, to: number): number {
  const { view } = ev;
  for (let j = to; j < to + PASSIVE_REACH && j + 1 < view.tokens.length; j++) {
    if (view.gap(j - 1) !== Gap.Space) return -1;
    const key = view.key(j);
    if (key !== 'was' && key !== 'were') continue;
    // "was formally approved": keyBefore passes over the adverb, so it reads "was" back from the verb after one.
    const k = keyBefore(ev, j + 2) === key ? j + 2 : j + 1;
    return ((ev.wordClasses[k] ?? 0) & (CUE_CLASS.sign | CUE_CLASS.adopt)) !== 0 && view.gap(k - 1) === Gap.Space ? k : -1;
  }
  return -1;
}

/**
 * The status that the sentence around a document noun gives it (`planned`: the sentence has a planning cue
 * or the signing word is in the future; `mentioned`: it was signed before the event), or null when no
 * signing is written.
 */
function statusIn(ev: EntityView, planned: boolean, noun: DocumentNoun, from: number, to: number, sEnd: number, yearOf: () => number | null): AgreementStatus | null {
  if (planned) return 'planned';
  // The verb that governs the document tells its status, whatever other signing the sentence tells of.
  const verb = Math.max(governingVerb(ev, from), passiveVerb(ev, to));
  if (verb >= 0) return signingAhead(ev, verb) ? 'planned' : signedEarlier(ev, verb, sEnd, yearOf) ? 'mentioned' : 'signed';
  const { view } = ev;
  const { kind } = noun;
  // Declarations, statements, plans and programmes are adopted or approved rather than signed.
  const declares = kind === 'declaration' || kind === 'joint-statement' || (kind === 'other' && !noun.generic);
  // The signing and adopting words are told by their word classes (bit tests), not by a look-up per token.
  const signing = declares ? CUE_CLASS.sign | CUE_CLASS.adopt : CUE_CLASS.sign;
  for (let k = Math.max(0, from - 12); k < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (!t || t.start >= sEnd) break;
    if (k >= from && k < to) continue;
    const signs = ((ev.wordClasses[k] ?? 0) & signing) !== 0 || (declares && t.key === 'adoption');
    if (!signs) continue;
    if (signingAhead(ev, k)) return 'planned';
    return signedEarlier(ev, k, sEnd, yearOf) ? 'mentioned' : 'signed';
  }
  return null;
}

/** Whether a word signs or adopts: a headline's "Sign" or "Adopt" ends a title read backwards. */
function signWord(key: string): boolean {
  return CUES.sign.has(key) || CUES.adopt.has(key);
}

/** Articles that open a sentence before a document's noun and are no part of its name ("A Memorandum of Understanding was signed"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** A capitalised name written with the noun ("Protocol of Intent"), or null. */
function titleAt(ev: EntityView, from: number, to: number): string | null {
  const { view } = ev;
  if (!startsUpper(view.raw(from))) return null;
  const nounFrom = from;
  while (from > 0 && view.gap(from - 1) === Gap.Space && startsUpper(view.raw(from - 1)) && !ARTICLES.has(view.key(from - 1)) && (ev.orgCover[from - 1] ?? -1) < 0 && !signWord(view.key(from - 1))) from--;
  let end = to;
  while (end < view.tokens.length && (view.gapIs(end - 1, ' ') || view.gapIs(end - 1, '-'))) {
    const key = view.key(end);
    if (/^(of|on|in|and|for|between)$/.test(key) && startsUpper(view.raw(end + 1)) && !ev.orgStartingAt.has(end + 1)) end += 2;
    else if (startsUpper(view.raw(end)) && !ev.orgStartingAt.has(end)) end++;
    else break;
  }
  // The noun alone ("MoU", "the Protocol") is no name.
  return from === nounFrom && end === to ? null : view.slice(from, end);
}

/** Whether a mention of `person` starts between offsets `from` and `to`. */
function mentionedIn(person: Person, from: number, to: number): boolean {
  for (const m of person.mentions) if (m.start >= from && m.start < to) return true;
  return false;
}

/**
 * The countries and bodies of the parties: the signing services of the sentence, and after "between"
 * also the countries named; else the countries of the people the sentence names.
 */
function partiesIn(
  ev: EntityView,
  people: readonly Person[],
  pairOf: () => CountryPair | null,
  sStart: number,
  sEnd: number,
  nounEnd: number,
): { parties: string[]; organizations: string[] } {
  const { view } = ev;
  let from = view.tokenAt(sStart);
  if (from < 0 || (view.tokens[from]?.start ?? 0) < sStart) from++;
  // The first token at or after the sentence's end, by binary search: the last token starting before it, plus one.
  const to = Math.max(from, view.tokenAt(sEnd - 1) + 1);
  let between = -1;
  for (let k = from; k < to && between < 0; k++) if (view.key(k) === 'between') between = k + 1;
  // "between the two organisations": the sentence's own services, countries and people then.
  let found = between >= 0 ? namedIn(ev, between, to, true, nounEnd) : null;
  if (!found || (found.parties.length === 0 && found.organizations.length === 0)) found = namedIn(ev, from, to, false, nounEnd);
  const { parties, organizations } = found;
  // "Bortnikov and Naghiyev signed": the countries of the people the sentence names.
  if (parties.length < 2) {
    for (const p of people) {
      if (p.country !== null && !parties.includes(p.country) && mentionedIn(p, sStart, sEnd)) parties.push(p.country);
    }
  }
  if (parties.length < 2) {
    const before = twoCountriesBefore(ev, from, to);
    if (before) return { parties: before, organizations };
  }
  // "The two sides signed": the two countries whose officials the text names, when there are two
  // and the sentence speaks of two sides or the text names no third country.
  const pair = parties.length < 2 ? pairOf() : null;
  if (pair && (parties.length === 0 || pair.codes.includes(parties[0] ?? '')) && (pair.only || bilateralIn(ev, from, to))) {
    return { parties: [...pair.codes], organizations };
  }
  // A country's service and an intergovernmental body ("the Nigeria Police Force signed a memorandum with INTERPOL"): the one country is a party.
  return { parties: parties.length >= 2 || (parties.length === 1 && organizations.length > 0) ? parties : [], organizations };
}

/**
 * The countries and bodies named in tokens `[from, to)`: services, coordinated countries, and every country after "between".
 * Countries listed after the document's noun (which ends at token `nounEnd`) sign it only as the agent, "signed by Kenya
 * and Uganda", or as the subject of a signing word, "which Kenya and Uganda signed"; else they are what it is about
 * ("commits members to act against syndicates operating from Myanmar and Cambodia").
 */
function namedIn(ev: EntityView, from: number, to: number, between: boolean, nounEnd: number): { parties: string[]; organizations: string[] } {
  const { view, countries } = ev;
  const parties: string[] = [];
  const organizations: string[] = [];
  for (let k = from; k < to; k++) {
    // No organisation starts on a token none covers: the Map is asked only about covered tokens.
    const o = (ev.orgCover[k] ?? -1) >= 0 ? ev.orgStartingAt.get(k) : undefined;
    if (o) {
      if (o.country !== null && !parties.includes(o.country)) parties.push(o.country);
      if (o.kind === 'intergovernmental' && !organizations.includes(o.name)) organizations.push(o.name);
      k = o.to - 1;
      continue;
    }
    const c = countries.startingAt(k);
    if (!c || PLACE_PREPOSITION.test(view.key(k - 1))) continue;
    if (between) {
      if (!parties.includes(c.code)) parties.push(c.code);
      continue;
    }
    const run = coordinated(ev, k, to);
    if (k < nounEnd || agentAt(ev, k) || signWord(view.key(run.end))) for (const code of run.codes) if (!parties.includes(code)) parties.push(code);
    // "Nigeria and UNODC", "Europol and the Moldovan police": a country joined to a body by "and" is a party with it.
    if (run.codes.length === 0 && k < nounEnd && joinedToBody(ev, c.from, c.to) && !parties.includes(c.code)) parties.push(c.code);
    k = run.end - 1;
  }
  return { parties, organizations };
}

/** Whether an intergovernmental body's mention starts at token `k`, perhaps after "the". */
function bodyAt(ev: EntityView, k: number): boolean {
  const o = ev.orgStartingAt.get(ev.view.key(k) === 'the' ? k + 1 : k);
  return o !== undefined && o.kind === 'intergovernmental';
}

/** Whether an intergovernmental body's mention ends on token `k`. */
function bodyEndsAt(ev: EntityView, k: number): boolean {
  return ev.orgEndingAt.get(k)?.kind === 'intergovernmental';
}

/**
 * Whether the country at tokens `[from, to)` is joined by "and" to an intergovernmental body's
 * mention: "Nigeria and UNODC", "Europol and the Moldovan police".
 */
function joinedToBody(ev: EntityView, from: number, to: number): boolean {
  const { view } = ev;
  if (view.key(to) === 'and' && view.gap(to - 1) === Gap.Space && bodyAt(ev, to + 1)) return true;
  const and = view.key(from - 1) === 'the' ? from - 2 : from - 1;
  return view.key(and) === 'and' && bodyEndsAt(ev, and - 1);
}

/** The most lower-case words between "by" and the "of" before a list of agents ("by the interior ministers of"). */
const MAX_AGENT_WORDS = 4;

/**
 * Whether the list at token `k` follows "by" (perhaps "by the"): the agent of a passive signing; or
 * names whose people signed, "by the ministers of Kenya and Uganda", "by the heads of police of".
 */
function agentAt(ev: EntityView, k: number): boolean {
  const { view } = ev;
  const before = view.key(k - 1);
  if (before === 'by' || (before === 'the' && view.key(k - 2) === 'by')) return true;
  if (before !== 'of') return false;
  for (let j = k - 2; j >= Math.max(0, k - 2 - MAX_AGENT_WORDS); j--) {
    if (view.key(j) === 'by') return true;
    if (startsUpper(view.raw(j)) || view.gap(j) !== Gap.Space) return false;
  }
  return false;
}

/** Words that make a sentence about two sides: "the two sides", "both sides", "the sides", "the parties", "bilateral". */
const BILATERAL: ReadonlySet<string> = new Set(['two', 'both', 'sides', 'parties', 'bilateral']);

/** Whether tokens `[from, to)` speak of two sides ("the two sides", "both services"). */
function bilateralIn(ev: EntityView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BILATERAL.has(ev.view.key(k))) return true;
  return false;
}

/** The two countries a text's officials come from, and whether the text names no other country. */
interface CountryPair {
  readonly codes: readonly string[];
  readonly only: boolean;
}

/**
 * The two countries of the people the text names in a part other than a mention (a host without a
 * country of their own being of the release's home country; and, when they are fewer, of its
 * security services), or null unless there are exactly two. When the text names other countries
 * too, the pair holds only where a sentence speaks of two sides.
 */
function participantPair(ctx: Context, ev: EntityView): CountryPair | null {
  const codes: string[] = [];
  for (const p of ctx.record.people) {
    if (p.country !== null && !codes.includes(p.country) && p.roles.some((r) => r !== 'mentioned')) codes.push(p.country);
  }
  // "MADRID - The Minister of the Interior and his Moroccan counterpart": a host the text gives no country is of the
  // release's home country (as the host-country step later reads it), unless an intergovernmental body is named.
  if (codes.length === 1 && ctx.record.people.some((p) => p.country === null && p.roles.includes('host')) && !ctx.record.organizations.some((o) => o.kind === 'intergovernmental')) {
    const home = homeCountry(ctx);
    if (home !== null && !codes.includes(home)) codes.push(home);
  }
  if (codes.length < 2) {
    for (const o of ctx.record.organizations) if (o.kind === 'security-service' && o.country !== null && !codes.includes(o.country)) codes.push(o.country);
  }
  if (codes.length !== 2) return null;
  return { codes, only: ev.countries.inOrder.every((c) => codes.includes(c.code)) };
}

const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['countries', 'states', 'nations']);

/**
 * "the two countries" / "both countries" in tokens `[from, to)`: the last two different
 * countries named before it, or null.
 */
function twoCountriesBefore(ev: EntityView, from: number, to: number): string[] | null {
  const { view, countries } = ev;
  let at = -1;
  for (let k = from; k + 1 < to && at < 0; k++) {
    const w = view.key(k);
    if ((w === 'two' || w === 'both') && COUNTRY_NOUNS.has(view.key(k + 1))) at = k;
  }
  if (at < 0) return null;
  const pair: string[] = [];
  for (let n = countries.inOrder.length - 1; n >= 0 && pair.length < 2; n--) {
    const c = countries.inOrder[n];
    if (c && c.from < at && !pair.includes(c.code)) pair.unshift(c.code);
  }
  return pair.length === 2 ? pair : null;
}

/** Prepositions of place: a country after them is where something happens, not a party. */
const PLACE_PREPOSITION = /^(in|at|across|throughout|into|to|near|inside|within|around)$/;

/**
 * The countries (or demonyms) of a coordinated list starting at token `k`, "Kenya and Somalia",
 * "the Kenyan, Ugandan and Somali services", "the Kingdom of Saudi Arabia and the Republic of
 * Iraq": two or more, the last joined by "and"; none when the country stands alone.
 */
function coordinated(ev: EntityView, k: number, to: number): { codes: string[]; end: number } {
  const { view, countries } = ev;
  const codes: string[] = [];
  let i = k;
  let joinedByAnd = false;
  for (;;) {
    // "and the Republic of Iraq": an article may open an item after the first.
    if (codes.length > 0 && view.key(i) === 'the' && view.gap(i) === Gap.Space && countries.startingAt(i + 1)) i++;
    const c = countries.startingAt(i);
    if (!c || c.to > to) break;
    codes.push(c.code);
    i = c.to;
    if (view.gap(i - 1) === Gap.Comma) {
      const next = view.key(i) === 'and' ? i + 1 : i;
      if (next === i + 1) joinedByAnd = true;
      i = next;
    } else if (view.key(i) === 'and' && view.gap(i - 1) === Gap.Space) {
      joinedByAnd = true;
      i++;
    } else break;
  }
  // A headline's "Ethiopia, Djibouti Sign MoU" joins its list by commas alone.
  return codes.length >= 2 && (joinedByAnd || signWord(view.key(i))) ? { codes, end: i } : { codes: [], end: k + 1 };
}

/** Whether offset `at` lies in the headline: the last headline candidate, not the dateline (as `scope.ts` reads it). */
function inHeadline(ctx: Context, at: number): boolean {
  const candidates = ctx.findings.ofKind('headlineCandidate');
  const last = candidates[candidates.length - 1]?.span;
  return last !== undefined && at >= last.start && at < last.end;
}

/**
 * The documents without those a headline names by a bare noun ("Cuba, Mexico sign agreement") where the body tells
 * of a document of the same status ("signed a memorandum of understanding"): the headline's noun stands for it.
 */
function headlineNounsTold(ctx: Context, named: readonly Agreement[], bare: ReadonlySet<Agreement>): Agreement[] {
  if (bare.size === 0) return [...named];
  return named.filter((a) => !bare.has(a) || !named.some((b) => !bare.has(b) && b.status === a.status && !inHeadline(ctx, b.mention.start)));
}

/** The year the release was published (or its dateline's), or null. */
function publicationYear(ctx: Context): number | null {
  const published = ctx.record.source.publishedAt ?? ctx.record.source.dateline?.date ?? null;
  return published === null ? null : Number(published.slice(0, 4));
}

/** Finds the agreements of the event and writes `record.agreements`. */
export const agreementsExtractor: Extractor = {
  name: 'extractor/agreements',
  run(ctx: Context): void {
    const ev = entityView(ctx);
    const { view } = ev;
    const named: Agreement[] = [];
    /** Whether the sentence starting at an offset has a planning cue ("to be signed"), once per sentence. */
    const plannedIn = new Map<number, boolean>();
    const generic: Agreement[] = [];
    /** The documents a headline names by a bare noun that can stand for any ("Cuba, Mexico sign agreement"). */
    const bareInHeadline = new Set<Agreement>();
    // The year of publication and the pair of countries are read when a document first needs them: most texts sign none.
    let year: number | null | undefined;
    const yearOf = (): number | null => (year === undefined ? (year = publicationYear(ctx)) : year);
    let pair: CountryPair | null | undefined;
    const pairOf = (): CountryPair | null => (pair === undefined ? (pair = participantPair(ctx, ev)) : pair);
    for (const m of nouns.scan(ctx.tokens, ev.scanned, ev.wordClasses, NOUN_FIRST_WORD)) {
      if ((ev.orgCover[m.from] ?? -1) >= 0) continue;
      const start = view.tokens[m.from]?.start ?? 0;
      const end = view.tokens[m.to - 1]?.end ?? start;
      const [sStart, sEnd] = view.sentenceBounds(start);
      let planned = plannedIn.get(sStart);
      if (planned === undefined) {
        const lower = !CUES_SAY_SIGN || hasSign(ctx.text, sStart, sEnd) ? ctx.text.slice(sStart, sEnd).toLowerCase() : '';
        planned = hasPlanningCue(lower);
        plannedIn.set(sStart, planned);
      }
      const kind = m.value.kind;
      const status = statusIn(ev, planned, m.value, m.from, m.to, sEnd, yearOf);
      if (status === null) continue;
      const title = titleAt(ev, m.from, m.to);
      // "The agreement provides for ...", after a memorandum signed: a mention of that memorandum, not another document.
      const earlier = named.at(-1) ?? generic.at(-1);
      if (title === null && earlier && earlier.mention.end <= start && refersBack(ev, m.value, m.from, m.to)) {
        if (earlier.status === 'planned' && status === 'signed') earlier.status = 'signed';
        continue;
      }
      const titleStart = title === null ? start : ctx.text.lastIndexOf(title, end);
      const mention = title === null || titleStart < 0 ? { start, end } : { start: titleStart, end: titleStart + title.length };
      const { parties, organizations } = partiesIn(ev, ctx.record.people, pairOf, sStart, sEnd, m.to);
      const agreement: Agreement = { kind, title, parties, organizations, status, mention };
      if (title === null && m.value.refersBack && inHeadline(ctx, start)) bareInHeadline.add(agreement);
      const list = m.value.generic ? generic : named;
      // One document told of twice; one signed before the event is another unless named alike.
      const same = list.find(
        (a) => a.kind === kind && ((a.status === 'mentioned') === (status === 'mentioned') ? a.title === title || a.title === null || title === null : a.title !== null && a.title === title),
      );
      if (!same) list.push(agreement);
      else if (same.status === 'planned' && status === 'signed') same.status = 'signed';
    }
    const kept = headlineNounsTold(ctx, named, bareInHeadline);
    ctx.record.agreements = kept.length > 0 ? kept : generic.slice(0, 1);
  },
};
