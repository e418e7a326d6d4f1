/**
 * One entry per real person: candidates with the same surname (spelling variants folded,
 * Naghiyev / Nagiyev / Nağıyev) and compatible first names or initials merge; later
 * mentions by surname alone, by initial ("A. Azizov") or by title only ("the SSS Chief",
 * "Chief of the Service") attach to the person they refer to.
 * @module
 */
import { foldWord } from '../gazetteer/fold.js';
import type { Token } from '../gazetteer/tokenize.js';
import { countryAfter } from '../extractors/_entities/agencies.js';
import { counterpartBefore, officialWrittenAs, type PersonCandidate } from '../extractors/_entities/candidates.js';
import { isArticle, isInitial, nameKey } from '../extractors/_entities/names.js';
import { sortByKey } from '../extractors/_entities/order.js';
import { Gap, type TextView } from '../extractors/_entities/text.js';
import type { Title } from '../extractors/_entities/titles.js';
import { TokenFlags } from '../extractors/_entities/tokenFlags.js';
import type { EntityView } from '../extractors/_entities/view.js';
import { CUES } from '../extractors/_entities/wording.js';
import type { Span } from '../schema/record.js';

/**
 * The words after an office as the person's organisation, when they name one ("National Police");
 * a field of work alone ("Minister of Interior", "Minister of Public Security") or a person
 * ("Counsellor to the President") names none.
 */
function organisationIn(words: string | null): string | null {
  return words !== null && words.split(' ').some((w) => CUES.orgNoun.has(w)) ? words : null;
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
  /** `name` folded (see `fold`) once an alias is compared with it, kept so that it is not folded again; null until then. */
  foldedName: string | null;
  /** `aliases` folded, in the same order. */
  readonly foldedAliases: string[];
  rank: string | null;
  title: string | null;
  organization: string | null;
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

/** Folded forms already computed (names and organisation names recur within and across texts); bounded. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;
const FOLDED_LONGEST = 200;

/** A name folded for comparison: lower case, no diacritics, words joined by single spaces. */
function fold(s: string): string {
  if (s.length > FOLDED_LONGEST) return foldWord(s).replace(/[^a-z0-9]+/g, ' ').trim();
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    folded = foldWord(s).replace(/[^a-z0-9]+/g, ' ').trim();
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(s, folded);
  }
  return folded;
}

/** The first and last words of the name over tokens `[from, to)`, an article before a word ("Al-") left out; read in place, no word list built. */
function nameParts(ev: EntityView, from: number, to: number): { first: string | null; last: string } {
  let count = 0;
  let first: string | null = null;
  let last = '';
  for (let k = from; k < to; k++) {
    const word = ev.view.raw(k);
    // An article before a word ("Al-") is no first name, nor a particle that opens the name ("De Leon said").
    if ((isArticle(word) || (count === 0 && CUES.particles.has(word.toLowerCase()))) && k < to - 1) continue;
    if (count++ === 0) first = word;
    last = word;
  }
  return { first: count > 1 ? first : null, last };
}

function compatible(p: PersonDraft, first: string | null): boolean {
  if (first === null || p.firstInitial === null) return true;
  if (isInitial(first) || first.length === 1) return first.toLowerCase() === p.firstInitial;
  if (p.firstKey === null) return first[0]?.toLowerCase() === p.firstInitial;
  return nameKey(first) === p.firstKey;
}

function addAlias(p: PersonDraft, written: string): void {
  const folded = fold(written);
  if (folded === (p.foldedName ??= fold(p.name)) || p.foldedAliases.includes(folded)) return;
  p.aliases.push(written);
  p.foldedAliases.push(folded);
}

/** Whether the text of tokens `[from, to)` is ASCII: its fold (see {@link fold}) is then the tokens' keys joined by single spaces. */
function foldsToKeys(view: TextView, from: number, to: number): boolean {
  const { text } = view;
  const end = view.tokens[to - 1]?.end ?? 0;
  for (let k = view.tokens[from]?.start ?? end; k < end; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** Where the keys of tokens `[from, to)`, joined by single spaces, end in `name` when they open it; -1 when they do not. */
function keysOpening(name: string, tokens: readonly Token[], from: number, to: number): number {
  let at = 0;
  for (let k = from; k < to; k++) {
    if (k > from) {
      if (name.charCodeAt(at) !== 32) return -1;
      at++;
    }
    const key = tokens[k]?.key ?? '';
    if (!name.startsWith(key, at)) return -1;
    at += key.length;
  }
  return at;
}

/** {@link addAlias} for the words of tokens `[from, to)`; an alias the person has already is found from the tokens' keys, with no copy folded. */
function addAliasOf(p: PersonDraft, view: TextView, from: number, to: number): void {
  if (foldsToKeys(view, from, to)) {
    const same = (folded: string): boolean => keysOpening(folded, view.tokens, from, to) === folded.length;
    if (same((p.foldedName ??= fold(p.name))) || p.foldedAliases.some(same)) return;
  }
  addAlias(p, view.slice(from, to));
}

/** The tokens a person's mention covers, while the people of one text are merged. */
const mentionedFlags = new TokenFlags();

const spanStart = (s: Span): number => s.start;

/** Merges candidates into persons, then attaches surname, initial and title-only mentions. */
export function mergePeople(ev: EntityView, candidates: readonly PersonCandidate[], titleOnly: readonly Title[]): PersonDraft[] {
  const { view } = ev;
  const people: PersonDraft[] = [];
  const mentioned = mentionedFlags.take(view.tokens.length);
  const spanOf = (from: number, to: number): Span => ({ start: view.tokens[from]?.start ?? 0, end: view.tokens[to - 1]?.end ?? 0 });
  for (const c of candidates) {
    const { first, last } = nameParts(ev, c.from, c.to);
    const surname = nameKey(last);
    const written = view.slice(c.from, c.to);
    for (let k = c.from; k < c.to; k++) mentioned[k] = 1;
    // A short form ("Saif bin Zayed" of "Saif bin Zayed Al Nahyan", "Hassan Ali" of "Hassan Ali Mohamed") is the person's.
    let p = people.find((x) => x.surname === surname && compatible(x, first)) ?? (first !== null ? firstWordsOf(view, people, c.from, c.to) : undefined);
    // The full name after a short form met first ("Saif bin Zayed receives ..." in the headline): the person takes the full name.
    const shortened = p === undefined && first !== null ? openingWordsOf(view, people, c.from, c.to) : undefined;
    if (shortened !== undefined) {
      const old = shortened.name;
      shortened.name = written;
      shortened.foldedName = fold(written);
      shortened.surname = surname;
      addAlias(shortened, old);
      p = shortened;
    }
    if (!p) {
      p = {
        name: written,
        aliases: [],
        foldedName: null,
        foldedAliases: [],
        rank: null,
        title: null,
        organization: null,
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
    } else if (p.firstKey === null && first !== null && !isInitial(first)) {
      const old = p.name;
      p.name = written;
      const folded = fold(written);
      p.foldedName = folded;
      const dup = p.foldedAliases.indexOf(folded);
      if (dup >= 0) {
        p.aliases.splice(dup, 1);
        p.foldedAliases.splice(dup, 1);
      }
      addAlias(p, old);
    } else addAliasOf(p, view, c.from, c.to);
    if (first !== null) {
      p.firstInitial ??= first[0]?.toLowerCase() ?? null;
      if (!isInitial(first)) p.firstKey ??= nameKey(first);
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
      p.organization = c.title.org?.name ?? organisationIn(c.title.orgText);
    }
    if (c.title?.country && p.country === null) p.country = c.title.country;
    if (c.ledOrg) {
      p.orgName ??= c.ledOrg.name;
      p.organization ??= c.ledOrg.name;
      p.country ??= c.ledOrg.country;
    }
    if (p.country === null) p.country = countryAfter(view, ev.countries, c.to)?.code ?? counterpartBefore(ev, c.from) ?? null;
  }
  attachSurnames(ev, people, mentioned, spanOf);
  attachTitles(ev, people, titleOnly);
  for (const p of people) fillFromOfficials(p);
  for (const p of people) sortByKey(p.mentions, spanStart);
  return people;
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
    // An article is read with the word it opens ("Al-Araji"), not alone.
    if (isArticle(view.raw(i)) && ev.nameLike[i + 1] === 1) continue;
    // The first two words of one person's name: "Hassan Said" of "Hassan Said Khaireh".
    const pair = ev.nameLike[i + 1] === 1 && view.spaceAfter(i) && !mentioned[i + 1] ? firstWordsOf(view, people, i, i + 2) : undefined;
    if (pair !== undefined) {
      mentioned[i] = 1;
      mentioned[i + 1] = 1;
      pair.mentions.push(spanOf(i, i + 2));
      pair.roleRanges.push({ from: i, to: i + 2 });
      addAliasOf(pair, view, i, i + 2);
      continue;
    }
    if ((initials & letterBit(foldInitial(view.key(i).charCodeAt(0)))) === 0) continue;
    const list = bySurname.get(ev.nameKeyOf(i)) ?? familyNameFirst(ev, byFirst, mentioned, i) ?? byFirstSurname.get(ev.nameKeyOf(i));
    if (!list) continue;
    let from = i;
    let first: string | null = null;
    const prev = view.raw(i - 1);
    const gap = view.gap(i - 1);
    if (i > 0 && !mentioned[i - 1] && isArticle(prev) && (gap === Gap.Hyphen || gap === Gap.Space)) {
      from = i - 1;
    } else if (i > 0 && !mentioned[i - 1] && ((ev.nameLike[i - 1] === 2 && gap === Gap.Period) || (ev.nameLike[i - 1] === 1 && gap === Gap.Space))) {
      first = prev;
      from = i - 1;
    }
    const p = list.find((x) => compatible(x, first)) ?? (first !== null && !isInitial(first) ? undefined : list[0]);
    if (!p) continue;
    if (first !== null && !compatible(p, first)) from = i;
    for (let k = from; k <= i; k++) mentioned[k] = 1;
    p.mentions.push(spanOf(from, i + 1));
    p.roleRanges.push({ from, to: i + 1 });
    addAliasOf(p, view, from, i + 1);
  }
}

/** The one person whose folded name passes `test`; undefined when none or several do. */
function onePerson(people: readonly PersonDraft[], test: (folded: string) => boolean): PersonDraft | undefined {
  let found: PersonDraft | undefined;
  for (const p of people) {
    if (!test((p.foldedName ??= fold(p.name)))) continue;
    if (found !== undefined) return undefined;
    found = p;
  }
  return found;
}

/** Whether `name` is the keys of the first tokens of `[from, to)`, not all of them, joined by single spaces. */
function opensKeys(name: string, tokens: readonly Token[], from: number, to: number): boolean {
  let at = 0;
  for (let k = from; k < to - 1; k++) {
    const key = tokens[k]?.key ?? '';
    if (!name.startsWith(key, at)) return false;
    at += key.length;
    if (at === name.length) return true;
    if (name.charCodeAt(at) !== 32) return false;
    at++;
  }
  return false;
}

/** The one person whose whole name opens the words of tokens `[from, to)`, which go on after it; ASCII words are compared by their keys, not folded. */
function openingWordsOf(view: TextView, people: readonly PersonDraft[], from: number, to: number): PersonDraft | undefined {
  if (foldsToKeys(view, from, to)) return onePerson(people, (name) => opensKeys(name, view.tokens, from, to));
  const full = fold(view.slice(from, to));
  return onePerson(people, (name) => full.startsWith(`${name} `));
}

/** The one person whose name opens with the words of tokens `[from, to)` and goes on after them; ASCII words are compared by their keys, not folded. */
function firstWordsOf(view: TextView, people: readonly PersonDraft[], from: number, to: number): PersonDraft | undefined {
  if (foldsToKeys(view, from, to)) {
    return onePerson(people, (name) => {
      const end = keysOpening(name, view.tokens, from, to);
      return end >= 0 && name.charCodeAt(end) === 32;
    });
  }
  const prefix = `${fold(view.slice(from, to))} `;
  return onePerson(people, (name) => name.startsWith(prefix));
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

/** Whether `p` belongs to the organisation a title names (`folded`: its name folded, or null when it names none). */
function sameOrg(p: PersonDraft, t: Title, folded: string | null): boolean {
  if (folded === null || p.orgName === null) return false;
  if (folded !== fold(p.orgName)) return false;
  return t.country === null || p.country === null || t.country === p.country;
}

function attachTitles(ev: EntityView, people: PersonDraft[], titles: readonly Title[]): void {
  const { view } = ev;
  for (const t of titles) {
    const name = t.org?.name ?? t.orgText;
    const folded = name === null ? null : fold(name);
    let who = people.filter((p) => sameOrg(p, t, folded));
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
      p.organization ??= t.org?.name ?? t.orgText;
    }
    p.country ??= t.country;
  }
}

function fillFromOfficials(p: PersonDraft): void {
  let known = officialWrittenAs(p.name);
  for (let k = 0; known === undefined && k < p.aliases.length; k++) known = officialWrittenAs(p.aliases[k] ?? '');
  if (!known) return;
  if (p.country === null) p.country = known.country;
  if (p.organization === null) p.organization = known.organization;
}
