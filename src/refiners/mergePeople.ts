/**
 * One entry per real person: candidates with the same surname (spelling variants folded,
 * Naghiyev / Nagiyev / Nağıyev) and compatible first names or initials merge; later
 * mentions by surname alone, by initial ("A. Azizov") or by title only ("the SSS Chief",
 * "Chief of the Service") attach to the person they refer to.
 * @module
 */
import { countryAfter, countryBefore, STATE_STYLES, type OrgMention } from '../extractors/_entities/agencies.js';
import { TABLES } from '../gazetteer/tables.js';
import { counterpartBefore, officialWrittenAs, opensOfficialName, type PersonCandidate } from '../extractors/_entities/candidates.js';
import { endsHonorific } from '../extractors/_entities/honorifics.js';
import { isAbbreviatedSuffix, isArticle, isInitial, nameKey } from '../extractors/_entities/names.js';
import { sortByKey } from '../extractors/_entities/order.js';
import { Gap, type TextView } from '../extractors/_entities/text.js';
import type { Title } from '../extractors/_entities/titles.js';
import { TokenFlags } from '../extractors/_entities/tokenFlags.js';
import type { EntityView } from '../extractors/_entities/view.js';
import { CUES, type OfficialEntry } from '../extractors/_entities/wording.js';
import type { OrganizationKind, Span } from '../schema/record.js';
import { endsWith, fold, nameWords, opensWith, sameName, type NameWords } from './nameWords.js';

/** The offices of a state's government (`national` in data/offices.json): the words after them are a portfolio. */
const NATIONAL_OFFICES: ReadonlySet<string> = new Set(TABLES.offices.filter((o) => o.national === true).map((o) => o.title));
/** The one-word offices ("Head", "President"): words after an office that open with one name a person, not an organisation. */
const ONE_WORD_OFFICES: ReadonlySet<string> = new Set(TABLES.offices.flatMap((o) => [o.title, ...o.variants]).filter((t) => !t.includes(' ') && !t.includes('-')));

/**
 * The words after an office as the person's organisation, when they name one ("National Police");
 * a field of work alone ("Minister of Interior", "Minister of Public Security"), a government's portfolio
 * after a state's office ("Minister of the Interior and Administration"), a state's style ("Ambassador to
 * the Kingdom") or a person ("Counsellor to the President", "Minister Delegate to the Head of Government") names none.
 */
function organisationIn(words: string | null, office: string): string | null {
  if (words === null) return null;
  const split = words.split(' ');
  if (NATIONAL_OFFICES.has(office) && CUES.portfolios.has(split[0] ?? '')) return null;
  if (split.every((w) => STATE_STYLES.has(w.toLowerCase())) || ONE_WORD_OFFICES.has(split[0] ?? '')) return null;
  return split.some((w) => CUES.orgNoun.has(w)) ? words : null;
}

/**
 * The organisation a title's bare head word refers back to ("the Secretary General of the Council" after "the Council of
 * Arab Interior Ministers"): the last organisation named before token `before` whose name has the word; null if none, or
 * for a force's noun ("Police": the person's own country's, see `nationalForces.ts`).
 */
function orgReferredTo(ev: EntityView, words: string | null, before: number): string | null {
  if (words === null || !CUES.orgNoun.has(words) || CUES.forceNouns.has(words)) return null;
  let found: string | null = null;
  for (const o of ev.orgs) {
    if (o.from >= before) break;
    if (!o.anaphor && o.name.split(' ').includes(words)) found = o.name;
  }
  return found;
}

/** Tokens `[from, to)` of the text. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** A person being assembled, with token ranges of every mention. */
export interface PersonDraft {
  name: string;
  readonly aliases: string[];
  /** The tokens `name` is written with. */
  nameWords: NameWords;
  /** The tokens of each of `aliases`, in the same order. */
  readonly aliasWords: NameWords[];
  rank: string | null;
  title: string | null;
  organization: string | null;
  /** The kind of `organization` when a table knows it (an intergovernmental body, a security service ...), else null. */
  orgKind: OrganizationKind | null;
  country: string | null;
  readonly mentions: Span[];
  /**
   * The token ranges `[from, to)` whose surroundings show the person's roles: every mention, and mentions
   * stretched over the person's title, before or after the name ("X, Director of Y,"); kept as tokens, so
   * that roles are read without looking the tokens up again by offset.
   */
  readonly roleRanges: TokenRange[];
  surname: string;
  firstKey: string | null;
  firstInitial: string | null;
  /** The organisation name the person's title names, for matching title-only mentions. */
  orgName: string | null;
  office: string | null;
}

/**
 * The tokens of the first and last words of the name over tokens `[from, to)`, an article before a word ("Al-")
 * and a generational suffix after the name ("Jr.") left out; the first is -1 for a name of one word.
 */
function nameParts(ev: EntityView, from: number, to: number): { first: number; last: number } {
  const { view } = ev;
  // A generational suffix ends the name but is no surname ("Torre" of "Nicolas Torre III").
  if (to - from > 1 && CUES.nameSuffixes.has(view.raw(to - 1))) to--;
  let count = 0;
  let first = -1;
  let last = to - 1;
  for (let k = from; k < to; k++) {
    const word = view.raw(k);
    // An article before a word ("Al-") is no first name, nor a particle that opens the name ("De Leon said"); an ASCII word's key is its lower case.
    if ((isArticle(word) || (count === 0 && CUES.particles.has(view.tokens[k]?.word.wide === false ? view.key(k) : word.toLowerCase()))) && k < to - 1) continue;
    if (count++ === 0) first = k;
    last = k;
  }
  return { first: count > 1 ? first : -1, last };
}

/** Whether the person `p` may have the first name at token `k` (-1: none written); by its spelling key, kept in the word's record. */
function compatible(ev: EntityView, p: PersonDraft, k: number): boolean {
  if (k < 0 || p.firstInitial === null) return true;
  const first = ev.view.raw(k);
  if (isInitial(first) || first.length === 1) return first.toLowerCase() === p.firstInitial;
  if (p.firstKey === null) return first[0]?.toLowerCase() === p.firstInitial;
  return ev.nameKeyOf(k) === p.firstKey;
}

/** Where the name over tokens `[from, to)` ends in the text: past the full stop of an abbreviated suffix written last ("Ferdinand Marcos Jr."). */
function nameEnd(view: TextView, to: number): number {
  const end = view.tokens[to - 1]?.end ?? 0;
  return view.text.charCodeAt(end) === 0x2e && isAbbreviatedSuffix(view.raw(to - 1)) ? end + 1 : end;
}

/** The name over tokens `[from, to)` as written, with the full stop of an abbreviated suffix ("Ferdinand Marcos Jr."). */
const writtenName = (view: TextView, from: number, to: number): string => view.text.slice(view.tokens[from]?.start ?? 0, nameEnd(view, to));

/** Adds the name `w` to the aliases of `p`, unless it folds like the name or an alias `p` has. */
function addAlias(view: TextView, p: PersonDraft, w: NameWords): void {
  if (sameName(view, w, p.nameWords) || p.aliasWords.some((a) => sameName(view, w, a))) return;
  p.aliases.push(writtenName(view, w.from, w.to));
  p.aliasWords.push(w);
}

/** The tokens a person's mention covers, while the people of one text are merged. */
const mentionedFlags = new TokenFlags();

const spanStart = (s: Span): number => s.start;

/** Merges candidates into persons, then attaches surname, initial and title-only mentions. */
export function mergePeople(ev: EntityView, candidates: readonly PersonCandidate[], titleOnly: readonly Title[]): PersonDraft[] {
  const { view } = ev;
  const people: PersonDraft[] = [];
  const mentioned = mentionedFlags.take(view.tokens.length);
  const spanOf = (from: number, to: number): Span => ({ start: view.tokens[from]?.start ?? 0, end: nameEnd(view, to) });
  for (const c of candidates) {
    const { first, last } = nameParts(ev, c.from, c.to);
    const surname = ev.nameKeyOf(last);
    const written = writtenName(view, c.from, c.to);
    const words = nameWords(view, c.from, c.to);
    for (let k = c.from; k < c.to; k++) mentioned[k] = 1;
    // A short form ("Saif bin Zayed" of "Saif bin Zayed Al Nahyan", "Hassan Ali" of "Hassan Ali Mohamed") is the person's.
    // A mention that opens with a particle is the last words of one person's name ("Ould Cheikh Sidiya" of "Ahmed Salem Ould Cheikh Sidiya").
    const tail = opensWithParticle(view, c.from, c.to) ? lastWordsOf(view, people, words) : undefined;
    let p =
      tail ??
      people.find((x) => x.surname === surname && compatible(ev, x, first)) ??
      (first >= 0 ? firstWordsOf(view, people, words) : undefined) ??
      // A later bare mention by the last words of one person's name: both surnames ("García Harfuch" of "Omar García Harfuch").
      (first >= 0 && c.title === null && c.rank === null ? lastWordsOf(view, people, words) : undefined) ??
      (c.to - c.from === 1 && endsHonorific(ev, c.from - 1) ? givenNameOf(ev, people, c.from) : undefined) ??
      (c.to - c.from === 1 && c.rank !== null ? rankedNameWordOf(ev, people, c.from, c.rank) : undefined);
    // The full name after a short form met first ("Saif bin Zayed receives ..." in the headline): the person takes the full name.
    const shortened = p === undefined && first >= 0 ? openingWordsOf(view, people, words) : undefined;
    if (shortened !== undefined) {
      const old = shortened.nameWords;
      shortened.name = written;
      shortened.nameWords = words;
      shortened.surname = surname;
      addAlias(view, shortened, old);
      p = shortened;
    }
    if (!p) {
      p = {
        name: written,
        aliases: [],
        nameWords: words,
        aliasWords: [],
        rank: null,
        title: null,
        organization: null,
        orgKind: null,
        country: null,
        mentions: [],
        roleRanges: [],
        surname,
        firstKey: null,
        firstInitial: null,
        orgName: null,
        office: null,
      };
      people.push(p);
    } else if (p.firstKey === null && first >= 0 && !isInitial(view.raw(first))) {
      const old = p.nameWords;
      p.name = written;
      p.nameWords = words;
      const dup = p.aliasWords.findIndex((a) => sameName(view, a, words));
      if (dup >= 0) {
        p.aliases.splice(dup, 1);
        p.aliasWords.splice(dup, 1);
      }
      addAlias(view, p, old);
    } else addAlias(view, p, words);
    if (first >= 0) {
      const firstWord = view.raw(first);
      p.firstInitial ??= firstWord[0]?.toLowerCase() ?? null;
      if (!isInitial(firstWord)) p.firstKey ??= ev.nameKeyOf(first);
    }
    p.mentions.push(spanOf(c.from, c.to));
    p.roleRanges.push({ from: c.from, to: c.to });
    if (c.title && c.title.from >= c.to) p.roleRanges.push({ from: c.from, to: c.title.to });
    // A title before the name ("opened by the Minister of Security of Burkina Faso, Mahamadou Sana"): the cues around it are the person's too.
    else if (c.title && c.title.to <= c.from) p.roleRanges.push({ from: c.title.from, to: c.to });
    p.rank ??= c.rank;
    if (c.title && p.title === null) {
      p.title = c.title.text;
      p.office = c.title.office;
      p.orgName = c.title.org?.name ?? c.title.orgText;
      p.organization = c.title.org?.name ?? orgReferredTo(ev, c.title.orgText, c.title.from) ?? organisationIn(c.title.orgText, c.title.office);
      p.orgKind = c.title.org?.kind ?? null;
    }
    if (c.title?.country && p.country === null) p.country = c.title.country;
    if (c.ledOrg) {
      p.orgName ??= c.ledOrg.name;
      if (p.organization === null) {
        p.organization = c.ledOrg.name;
        p.orgKind = c.ledOrg.kind;
      }
      p.country ??= c.ledOrg.country;
    }
    const orgAfter = p.organization === null ? organisationAfterName(ev, c.to) : undefined;
    if (orgAfter !== undefined) {
      p.organization = orgAfter.name;
      p.orgKind = orgAfter.kind;
      p.orgName ??= orgAfter.name;
      p.country ??= orgAfter.country;
    }
    // "his Paraguayan counterpart, Interior Minister X": the counterpart's country before the title written before the name.
    const titleBefore = c.title !== null && c.title.to <= c.from ? c.title.from : undefined;
    if (p.country === null) {
      p.country = countryAfter(view, ev.countries, c.to)?.code ?? counterpartBefore(ev, c.from) ?? (titleBefore === undefined ? null : counterpartBefore(ev, titleBefore)) ?? countryBeforeRank(ev, c) ?? null;
    }
  }
  attachSurnames(ev, people, mentioned, spanOf);
  attachTitles(ev, people, titleOnly);
  for (const p of people) fillFromOfficials(ev, p);
  for (const p of people) sortByKey(p.mentions, spanStart);
  return people;
}

/**
 * The organisation a table knows written as "of (the) X" right after a name ending before token `to`: the person's own
 * ("Commissioner General X of the Ethiopian Federal Police", "Deputy Director General X of NISS"); not "the Service"
 * referring back, which may be anyone's.
 */
function organisationAfterName(ev: EntityView, to: number): OrgMention | undefined {
  const { view } = ev;
  if (view.key(to) !== 'of' || !view.spaceAfter(to - 1) || !view.spaceAfter(to)) return undefined;
  const at = view.key(to + 1) === 'the' && view.spaceAfter(to + 1) ? to + 2 : to + 1;
  const o = ev.orgStartingAt.get(at);
  return o === undefined || o.anaphor ? undefined : o;
}

/** The country of a demonym or possessive right before the rank that opens a candidate's name: "Fiji's Police Commissioner X", "Kenyan Colonel X". */
function countryBeforeRank(ev: EntityView, c: PersonCandidate): string | null {
  if (c.rank === null) return null;
  const rank = ev.rankEndingAt.get(c.from - 1);
  return rank === undefined ? null : countryBefore(ev.view, ev.countries, rank.tokenStart);
}

/** The code of the first letter of a word's spelling key, from its first code (see `nameKey`: "q" reads as "k", "w" as "v", "x" as "h"). */
function foldInitial(code: number): number {
  return code === 113 ? 107 : code === 119 ? 118 : code === 120 ? 104 : code;
}

/** The bit of a letter "a" to "z" by its code; 0 for any other code. */
function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

/**
 * The one person whose first written name is the lone word at token `i`: names written
 * family name first ("Wang Xiaoming", later "Wang").
 */
function familyNameFirst(ev: EntityView, byFirst: ReadonlyMap<string, PersonDraft[]>, mentioned: Uint8Array, i: number): PersonDraft[] | undefined {
  const list = byFirst.get(ev.nameKeyOf(i));
  if (!list || list.length !== 1) return undefined;
  const { view } = ev;
  const alone = (k: number): boolean => mentioned[k] !== 1 && ev.nameLike[k] === 0;
  if (i > 0 && view.gap(i - 1) !== Gap.Comma && view.gap(i - 1) !== Gap.Period && !alone(i - 1)) return undefined;
  if (i + 1 < view.tokens.length && view.gap(i) === Gap.Space && !alone(i + 1)) return undefined;
  return list;
}

/** Adds `p` to the list of `key` in `map`. */
function pushTo(map: Map<string, PersonDraft[]>, key: string, p: PersonDraft): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function attachSurnames(ev: EntityView, people: PersonDraft[], mentioned: Uint8Array, spanOf: (from: number, to: number) => Span): void {
  // No person, no mention to attach: the maps and the pass over the name words are skipped.
  if (people.length === 0) return;
  const { view } = ev;
  const bySurname = new Map<string, PersonDraft[]>();
  for (const p of people) pushTo(bySurname, p.surname, p);
  const byFirst = new Map<string, PersonDraft[]>();
  for (const p of people) if (p.firstKey !== null) pushTo(byFirst, p.firstKey, p);
  // Of a name with two surnames ("Javier Pérez Zúñiga"), the first is the one a later mention uses alone ("Pérez said").
  const byFirstSurname = new Map<string, PersonDraft[]>();
  for (const p of people) {
    const key = firstOfTwoSurnames(p.name);
    if (key !== null) pushTo(byFirstSurname, key, p);
  }
  // The first letters of the people's spelling keys (a to z) as bits: most name words are ruled out by one bit test.
  let initials = 0;
  for (const p of people) initials |= letterBit(p.surname.charCodeAt(0)) | letterBit(p.firstKey?.charCodeAt(0) ?? 0);
  for (const key of byFirstSurname.keys()) initials |= letterBit(key.charCodeAt(0));
  for (const i of ev.nameStarts) {
    if (ev.nameLike[i] !== 1 || mentioned[i] || ev.covered[i]) continue;
    // An honorific before a name ("Sayyid Hamoud ...") is no surname, though its spelling key may be one's
    // ("Saud"); alone, the word may be one ("Haji said").
    if (CUES.honorifics.has(view.raw(i)) && ev.nameLike[i + 1] === 1 && view.spaceAfter(i)) continue;
    // An article is read with the word it opens ("Al-Araji"), not alone.
    if (isArticle(view.raw(i)) && ev.nameLike[i + 1] === 1) continue;
    // The first two words of one person's name: "Hassan Said" of "Hassan Said Khaireh".
    const pair = ev.nameLike[i + 1] === 1 && view.spaceAfter(i) && !mentioned[i + 1] ? firstWordsOf(view, people, nameWords(view, i, i + 2)) : undefined;
    if (pair !== undefined) {
      mentioned[i] = 1;
      mentioned[i + 1] = 1;
      pair.mentions.push(spanOf(i, i + 2));
      pair.roleRanges.push({ from: i, to: i + 2 });
      addAlias(view, pair, nameWords(view, i, i + 2));
      continue;
    }
    if ((initials & letterBit(foldInitial(view.key(i).charCodeAt(0)))) === 0) continue;
    const list = bySurname.get(ev.nameKeyOf(i)) ?? familyNameFirst(ev, byFirst, mentioned, i) ?? byFirstSurname.get(ev.nameKeyOf(i));
    if (!list) continue;
    let from = i;
    let first = -1;
    const prev = view.raw(i - 1);
    const gap = view.gap(i - 1);
    if (i > 0 && !mentioned[i - 1] && isArticle(prev) && (gap === Gap.Hyphen || gap === Gap.Space)) {
      from = i - 1;
    } else if (i > 0 && !mentioned[i - 1] && ((ev.nameLike[i - 1] === 2 && gap === Gap.Period) || (ev.nameLike[i - 1] === 1 && gap === Gap.Space))) {
      first = i - 1;
      from = i - 1;
    }
    const p = list.find((x) => compatible(ev, x, first)) ?? (first >= 0 && !isInitial(prev) ? undefined : list[0]);
    if (!p) continue;
    if (first >= 0 && !compatible(ev, p, first)) from = i;
    for (let k = from; k <= i; k++) mentioned[k] = 1;
    p.mentions.push(spanOf(from, i + 1));
    p.roleRanges.push({ from, to: i + 1 });
    addAlias(view, p, nameWords(view, from, i + 1));
  }
}

/** The one person who passes `test`; undefined when none or several do. */
function onePerson(people: readonly PersonDraft[], test: (person: PersonDraft) => boolean): PersonDraft | undefined {
  let found: PersonDraft | undefined;
  for (const p of people) {
    if (!test(p)) continue;
    if (found !== undefined) return undefined;
    found = p;
  }
  return found;
}

/** The one person whose whole name opens the name `words`, which goes on after it. */
function openingWordsOf(view: TextView, people: readonly PersonDraft[], words: NameWords): PersonDraft | undefined {
  return onePerson(people, (p) => opensWith(view, words, p.nameWords));
}

/**
 * The one person whose first name is the word at token `k`: a mention by an honorific and the given name
 * alone ("H.H. Sheikh Saif" of "Saif bin Zayed Al Nahyan", as Gulf releases write).
 */
function givenNameOf(ev: EntityView, people: readonly PersonDraft[], k: number): PersonDraft | undefined {
  const key = ev.nameKeyOf(k);
  return onePerson(people, (p) => p.firstKey === key);
}

/**
 * The one person of rank `rank` one of whose name's words is the word at token `k`: a rank and one
 * name word ("General Sigit" of "General Listyo Sigit Prabowo"), as people of many countries are
 * called by a word that is neither their first nor their last.
 */
function rankedNameWordOf(ev: EntityView, people: readonly PersonDraft[], k: number, rank: string): PersonDraft | undefined {
  const key = ev.nameKeyOf(k);
  return onePerson(people, (p) => p.rank === rank && hasNameKey(ev, p.nameWords, key));
}

/** Whether one of the words of `name` has the spelling key `key`. */
function hasNameKey(ev: EntityView, name: NameWords, key: string): boolean {
  for (let w = name.from; w < name.to; w++) if (ev.nameKeyOf(w) === key) return true;
  return false;
}

/** The one person whose name ends with the name `words` and has more words before it. */
function lastWordsOf(view: TextView, people: readonly PersonDraft[], words: NameWords): PersonDraft | undefined {
  return onePerson(people, (p) => endsWith(view, p.nameWords, words));
}

/** Whether the name over tokens `[from, to)` opens with a particle and has words after it ("Ould Cheikh Sidiya", "bin Zayed Al Nahyan"). */
function opensWithParticle(view: TextView, from: number, to: number): boolean {
  return to - from > 1 && CUES.particles.has(view.key(from));
}

/** The one person whose name opens with the name `words` and goes on after it. */
function firstWordsOf(view: TextView, people: readonly PersonDraft[], words: NameWords): PersonDraft | undefined {
  return onePerson(people, (p) => opensWith(view, p.nameWords, words));
}

/**
 * The spelling key of the second-to-last word of a name of three words or more, the first of two
 * surnames in Spanish and Portuguese use ("Pérez" of "Javier Pérez Zúñiga"); null for shorter names
 * and for a particle there ("bin", "de").
 */
function firstOfTwoSurnames(name: string): string | null {
  // The word between the last two spaces, found without splitting the name.
  const last = name.lastIndexOf(' ');
  const before = last > 0 ? name.lastIndexOf(' ', last - 1) : -1;
  if (before < 0) return null;
  const word = name.slice(before + 1, last);
  return CUES.particles.has(word.toLowerCase()) || word.includes('-') ? null : nameKey(word);
}

/** Whether `p` belongs to the organisation a title names (`name`, or null when it names none); one string is not folded to be compared with itself. */
function sameOrg(p: PersonDraft, t: Title, name: string | null): boolean {
  if (name === null || p.orgName === null) return false;
  if (name !== p.orgName && fold(name) !== fold(p.orgName)) return false;
  return t.country === null || p.country === null || t.country === p.country;
}

function attachTitles(ev: EntityView, people: PersonDraft[], titles: readonly Title[]): void {
  const { view } = ev;
  for (const t of titles) {
    const name = t.org?.name ?? t.orgText;
    let who = people.filter((p) => sameOrg(p, t, name));
    if (who.length === 0 && t.org === null && t.orgText === null && t.country === null) who = people.filter((p) => p.office === t.office);
    if (who.length !== 1) continue;
    const p = who[0];
    if (!p) continue;
    p.mentions.push({ start: view.tokens[t.from]?.start ?? 0, end: view.tokens[t.to - 1]?.end ?? 0 });
    p.roleRanges.push({ from: t.from, to: t.to });
    if (p.title === null) {
      p.title = t.text;
      p.office = t.office;
      p.orgName ??= t.org?.name ?? t.orgText;
      if (p.organization === null) {
        p.organization = t.org?.name ?? t.orgText;
        p.orgKind = t.org?.kind ?? null;
      }
    }
    p.country ??= t.country;
  }
}

/** The official written as the name `w` (its text `written`): the key of the name's first token, kept in the word's record, rules most names out. */
function officialOf(ev: EntityView, w: NameWords, written: string): OfficialEntry | undefined {
  // The first token is the name's whole first word when a space or a hyphen follows it.
  const gap = w.to - w.from > 1 ? ev.view.gap(w.from) : Gap.Space;
  if ((gap === Gap.Space || gap === Gap.Hyphen) && !opensOfficialName(ev.nameKeyOf(w.from))) return undefined;
  return officialWrittenAs(written);
}

function fillFromOfficials(ev: EntityView, p: PersonDraft): void {
  let known = officialOf(ev, p.nameWords, p.name);
  for (let k = 0; known === undefined && k < p.aliases.length; k++) {
    const w = p.aliasWords[k];
    if (w !== undefined) known = officialOf(ev, w, p.aliases[k] ?? '');
  }
  if (!known) return;
  if (p.country === null) p.country = known.country;
  if (p.organization === null) p.organization = known.organization;
}
