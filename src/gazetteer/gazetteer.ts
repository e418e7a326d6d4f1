/**
 * One trie over every gazetteer table, so that a text is scanned once for
 * countries, demonyms, cities, agencies, bodies, ranks and office titles.
 * @module
 */
import { TABLES, type AgencyEntry, type BodyEntry, type CityEntry, type CountryEntry, type OfficeEntry, type RankEntry, type RegionEntry } from './tables.js';
import { agencyForms } from './agencyForms.js';
import type { Word } from './lexicon.js';
import { tokenize, type Token } from './tokenize.js';

/** What a gazetteer hit refers to, by table. */
export interface EntryKinds {
  country: CountryEntry;
  demonym: CountryEntry;
  city: CityEntry;
  agency: AgencyEntry;
  body: BodyEntry;
  rank: RankEntry;
  office: OfficeEntry;
  region: RegionEntry;
}

/** The name of a gazetteer table. */
export type EntryKind = keyof EntryKinds;

/** A phrase of the text found in a table. */
export type GazetteerHit = {
  [K in EntryKind]: {
    readonly kind: K;
    readonly entry: EntryKinds[K];
    /** Offset of the hit's first UTF-16 unit in the text. */
    readonly start: number;
    /** Offset just past the hit. */
    readonly end: number;
    /** Index of the first token of the hit. */
    readonly tokenStart: number;
    /** Index just past the hit's last token. */
    readonly tokenEnd: number;
  };
}[EntryKind];

/** How a table's variants must be written in the text to count. */
type CaseRule = 'proper' | 'any';

const CASE_RULES: Readonly<Record<EntryKind, CaseRule>> = {
  country: 'proper',
  demonym: 'proper',
  city: 'proper',
  agency: 'proper',
  body: 'proper',
  rank: 'any',
  office: 'any',
  region: 'proper',
};

/** The tables in a fixed order, so that a scan can keep its per-kind state in arrays. */
const KINDS: readonly EntryKind[] = ['country', 'demonym', 'city', 'agency', 'body', 'rank', 'office', 'region'];

/** Position of the region table in {@link KINDS}. */
const REGION = KINDS.indexOf('region');
/** Positions of the tables that name countries. */
const COUNTRY = KINDS.indexOf('country');
const DEMONYM = KINDS.indexOf('demonym');
/** Position of the city table. */
const CITY = KINDS.indexOf('city');

interface Terminal {
  readonly kind: EntryKind;
  /** Position of `kind` in {@link KINDS}. */
  readonly kindIndex: number;
  /** Whether the table's variants count in any case ('any'), not only as proper names. */
  readonly anyCase: boolean;
  readonly entry: EntryKinds[EntryKind];
  /** For an acronym ("CIS", "SSS"), the exact words it must be written with; otherwise null. */
  readonly exact: readonly string[] | null;
}

/** A node of the gazetteer's trie: the phrases so far, by the vocabulary numbers of their next words. */
export interface TrieNode {
  /** The next word, whatever lies between (spaces, hyphens, full stops, apostrophes, or the punctuation below). */
  readonly next: ReadonlyMap<number, TrieNode>;
  /** The next word across punctuation that breaks a phrase ({@link breaksPhrase}): only where the table's own name has such (`Washington, D.C.`). */
  readonly acrossBreak: ReadonlyMap<number, TrieNode>;
  readonly terminals: readonly Terminal[];
  /** Whether a phrase through this node may end in a table that counts in any case (ranks, offices). */
  readonly anyCaseBelow: boolean;
}

/** A node of the trie while the tables are added to it. */
interface GrowingNode {
  readonly next: Map<number, GrowingNode>;
  readonly acrossBreak: Map<number, GrowingNode>;
  readonly terminals: Terminal[];
  anyCaseBelow: boolean;
}

const newNode = (): GrowingNode => ({ next: new Map(), acrossBreak: new Map(), terminals: [], anyCaseBelow: false });

/** What the built trie's nodes hold where they hold nothing: shared, so that a scan's look-up at a leaf touches no empty map of the leaf's own. */
const NO_NODES: ReadonlyMap<number, TrieNode> = new Map();
const NO_TERMINALS: readonly Terminal[] = [];

/** The built trie below `node`, its empty maps and lists replaced by the shared empty ones. */
function built(node: GrowingNode): TrieNode {
  const next = new Map<number, TrieNode>();
  for (const [id, child] of node.next) next.set(id, built(child));
  const acrossBreak = new Map<number, TrieNode>();
  for (const id of node.acrossBreak.keys()) {
    const child = next.get(id);
    if (child !== undefined) acrossBreak.set(id, child);
  }
  return {
    next: next.size === 0 ? NO_NODES : next,
    acrossBreak: acrossBreak.size === 0 ? NO_NODES : acrossBreak,
    terminals: node.terminals.length === 0 ? NO_TERMINALS : node.terminals,
    anyCaseBelow: node.anyCaseBelow,
  };
}

/** 1 at the code of each character that ends a phrase between two words: a comma, colon, semicolon, bracket, quotation mark, ! or ?, or a line end. */
const BREAKS = new Uint8Array(0x80);
for (const c of ',;:()[]{}"!?\n') BREAKS[c.charCodeAt(0)] = 1;

/**
 * Whether the text between two words, from `from` to `to`, breaks a phrase: "Commander of the Army,
 * General Mwangi" holds no rank "Army General".
 */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && BREAKS[c] === 1) return true;
  }
  return false;
}

/** An acronym is written in capitals (at least two letters), and is matched as written. */
const isAcronym = (variant: string): boolean => /^[\p{Lu}\d][\p{Lu}\d.\s-]*$/u.test(variant) && /\p{Lu}.*\p{Lu}/u.test(variant);

const PROPER_START = /^\p{Lu}/u;

/** Starts with a capital letter or a digit, as a proper name written in running text does. */
function isProper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return PROPER_START.test(raw);
}

/**
 * The gazetteer: every bundled table in one token trie.
 *
 * @example
 * ```ts
 * const text = 'The Uzbek delegation arrived in Cholpan-Ata.';
 * const hits = gazetteer.scan(tokenize(text), text);
 * hits.map((h) => `${h.kind}:${h.kind === 'city' ? h.entry.name : ''}`);
 * //=> ['demonym:', 'city:Cholpon-Ata']
 * ```
 */
export class Gazetteer {
  private readonly root: TrieNode;
  /** A number for each word key of the tables' phrases: the trie's children are found by number, not by string. */
  private readonly vocabulary = new Map<string, number>();
  private readonly byCode = new Map<string, CountryEntry>();

  constructor(tables: typeof TABLES = TABLES) {
    const root = newNode();
    for (const c of tables.countries) {
      this.byCode.set(c.code, c);
      for (const v of [c.name, ...c.aliases]) this.add(root, v, 'country', c);
      for (const v of c.demonyms) this.add(root, v, 'demonym', c);
    }
    for (const c of tables.cities) for (const v of [c.name, ...c.aliases]) this.add(root, v, 'city', c);
    // Short names last: a name that is some agency's full name reports that agency first.
    const shortNames: [string, AgencyEntry][] = [];
    for (const a of tables.agencies) {
      for (const f of agencyForms(a, this.byCode.get(a.country))) {
        if (f.short) shortNames.push([f.text, a]);
        else this.add(root, f.text, 'agency', a);
      }
    }
    for (const [text, a] of shortNames) this.add(root, text, 'agency', a);
    for (const b of tables.bodies) for (const v of [b.name, ...b.aliases, ...b.acronyms]) this.add(root, v, 'body', b);
    for (const r of tables.ranks) for (const v of [r.rank, ...r.variants]) this.add(root, v, 'rank', r);
    for (const o of tables.offices) for (const v of [o.title, ...o.variants]) this.add(root, v, 'office', o);
    for (const r of tables.regions) for (const v of [r.name, ...r.aliases]) this.add(root, v, 'region', r);
    this.root = built(root);
  }

  /**
   * The country of an ISO code, if the code is assigned.
   *
   * @example
   * ```ts
   * gazetteer.country('TR')?.name;
   * //=> 'Turkey'
   * ```
   */
  country(code: string): CountryEntry | undefined {
    return this.byCode.get(code);
  }

  /**
   * Every table phrase in `tokens`: at each token, the longest match of each kind.
   * Hits of different kinds may overlap ("Azerbaijan" inside an agency's long name);
   * callers choose among them. A region shadows what lies inside it: "Gulf of Guinea" is
   * reported as a region, and "Guinea" in it not as a country (a longer name that starts inside
   * a region, "Indian Ocean Rim Association", is still reported). Likewise a country's name or
   * demonym inside a longer one is not reported: "Sudan" in "South Sudan", "Saudi" in "Saudi Arabia",
   * nor one inside the name of another country's city: "Spain" in "Port of Spain".
   * A phrase does not run across punctuation its table name lacks (see {@link breaksPhrase});
   * `text` is the text the tokens come from.
   */
  scan(tokens: readonly Token[], text: string): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    // Per kind, the longest match at the current position; `order` lists the kinds in the
    // order they were first matched there, which is the order their hits are reported in.
    const best: (Terminal | undefined)[] = new Array<Terminal | undefined>(KINDS.length).fill(undefined);
    const bestEnd: number[] = new Array<number>(KINDS.length).fill(0);
    const order: number[] = [];
    /** Index just past the last region found so far. */
    let regionEnd = 0;
    /** Index just past the last country name or demonym found so far. */
    let countryEnd = 0;
    /** Index just past the last city found so far, and its country. */
    let cityEnd = 0;
    let cityCountry = '';
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (first === undefined) continue;
      // The word's record holds its trie entry, read once per word and trie.
      if (first.word.trieOf !== this) this.learn(first.word);
      let node = first.word.trieRoot;
      if (node === undefined) continue;
      let j = i;
      while (node !== undefined) {
        // Indexed: a for-of loop over these short lists measured slower.
        const { terminals } = node;
        for (let k = 0; k < terminals.length; k++) {
          const t = terminals[k];
          // Of entries sharing a name, the first listed stands for it.
          if (t === undefined || !written(t, tokens, i) || (best[t.kindIndex] !== undefined && bestEnd[t.kindIndex] === j + 1)) continue;
          if (best[t.kindIndex] === undefined) order.push(t.kindIndex);
          best[t.kindIndex] = t;
          bestEnd[t.kindIndex] = j + 1;
        }
        // A leaf ends every phrase through it: the next token is not read.
        if (node.next === NO_NODES) break;
        j++;
        const token = tokens[j];
        const previous = tokens[j - 1];
        if (token === undefined || previous === undefined) break;
        if (token.word.trieOf !== this) this.learn(token.word);
        const id = token.word.vocabularyId;
        node = id < 0 ? undefined : (breaksPhrase(text, previous.end, token.start) ? node.acrossBreak : node.next).get(id);
      }
      if (order.length === 0) continue;
      if (best[REGION] !== undefined) regionEnd = Math.max(regionEnd, bestEnd[REGION] ?? 0);
      const namesEnd = Math.max(best[COUNTRY] !== undefined ? (bestEnd[COUNTRY] ?? 0) : 0, best[DEMONYM] !== undefined ? (bestEnd[DEMONYM] ?? 0) : 0);
      const city = best[CITY];
      if (city !== undefined && (bestEnd[CITY] ?? 0) > cityEnd) {
        cityEnd = bestEnd[CITY] ?? 0;
        cityCountry = (city.entry as CityEntry).country;
      }
      for (const k of order) {
        const terminal = best[k];
        const end = bestEnd[k] ?? 0;
        const last = tokens[end - 1];
        best[k] = undefined;
        if (terminal === undefined || last === undefined || (k !== REGION && end <= regionEnd)) continue;
        if ((k === COUNTRY || k === DEMONYM) && (end < namesEnd || end <= countryEnd || (end <= cityEnd && (terminal.entry as CountryEntry).code !== cityCountry))) continue;
        hits.push({
          kind: terminal.kind,
          entry: terminal.entry,
          start: first.start,
          end: last.end,
          tokenStart: i,
          tokenEnd: end,
        } as GazetteerHit);
      }
      order.length = 0;
      countryEnd = Math.max(countryEnd, namesEnd);
    }
    return hits;
  }

  /**
   * Scans a whole text (see {@link Gazetteer.scan}).
   *
   * @example
   * ```ts
   * gazetteer.scanText('Talks in Tashkent').map((h) => h.kind);
   * //=> ['city']
   * ```
   */
  scanText(text: string): GazetteerHit[] {
    return this.scan(tokenize(text), text);
  }

  /** Fills in `word`'s trie entry: its vocabulary number and the node of the phrases it opens as written. */
  private learn(word: Word): void {
    const id = this.vocabulary.get(word.key) ?? -1;
    word.trieOf = this;
    word.vocabularyId = id;
    const node = id < 0 ? undefined : this.root.next.get(id);
    // A word not written as a proper name can start only a phrase of a table that counts in any case.
    word.trieRoot = node !== undefined && (node.anyCaseBelow || isProper(word.raw)) ? node : undefined;
  }

  /** Adds one phrase of a table to the trie growing from `root`. */
  private add(root: GrowingNode, variant: string, kind: EntryKind, entry: EntryKinds[EntryKind]): void {
    const tokens = tokenize(variant);
    if (tokens.length === 0) return;
    const anyCase = CASE_RULES[kind] === 'any';
    let node = root;
    for (const [k, t] of tokens.entries()) {
      let id = this.vocabulary.get(t.key);
      if (id === undefined) {
        id = this.vocabulary.size;
        this.vocabulary.set(t.key, id);
      }
      let child = node.next.get(id);
      if (!child) {
        child = newNode();
        node.next.set(id, child);
      }
      // A name written with a comma or brackets may be met with them or without.
      const previous = tokens[k - 1];
      if (previous !== undefined && breaksPhrase(variant, previous.end, t.start)) node.acrossBreak.set(id, child);
      node = child;
      if (anyCase) node.anyCaseBelow = true;
    }
    const exact = isAcronym(variant) ? tokens.map((t) => t.raw) : null;
    const sameWords = (other: readonly string[] | null): boolean =>
      other === exact || (other !== null && exact !== null && other.join(' ') === exact.join(' '));
    if (!node.terminals.some((t) => t.kind === kind && t.entry === entry && sameWords(t.exact))) {
      node.terminals.push({ kind, kindIndex: KINDS.indexOf(kind), anyCase, entry, exact });
    }
  }
}

/**
 * Whether the terminal `t`, reached from the token at `from`, is written as its table wants:
 * an acronym word for word as listed, other variants as proper names unless any case counts.
 * A terminal at depth d of the trie spans exactly d tokens, as many as an acronym's words.
 */
function written(t: Terminal, tokens: readonly Token[], from: number): boolean {
  if (t.exact !== null) {
    for (let k = 0; k < t.exact.length; k++) {
      if (tokens[from + k]?.raw !== t.exact[k]) return false;
    }
    return true;
  }
  if (t.anyCase) return true;
  const first = tokens[from];
  return first !== undefined && isProper(first.raw);
}

/** The gazetteer over the bundled tables, built once on first use. */
let shared: Gazetteer | undefined;

/**
 * The gazetteer over the bundled `data/` tables, built on first call and then reused.
 *
 * @example
 * ```ts
 * bundledGazetteer().country('UZ')?.name;
 * //=> 'Uzbekistan'
 * ```
 */
export function bundledGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
