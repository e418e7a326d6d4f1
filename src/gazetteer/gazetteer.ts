/**
 * One trie over every gazetteer table, so that a text is scanned once for
 * countries, demonyms, cities, agencies, bodies, ranks and office titles.
 * @module
 */
import { TABLES, type AgencyEntry, type BodyEntry, type CityEntry, type CountryEntry, type OfficeEntry, type RankEntry } from './tables.js';
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
};

interface Terminal {
  readonly kind: EntryKind;
  readonly entry: EntryKinds[EntryKind];
  /** For an acronym ("CIS", "SSS"), the exact words it must be written with; otherwise null. */
  readonly exact: string | null;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly terminals: Terminal[];
}

const newNode = (): TrieNode => ({ next: new Map(), terminals: [] });

/** An acronym is written in capitals (at least two letters), and is matched as written. */
const isAcronym = (variant: string): boolean => /^[\p{Lu}\d][\p{Lu}\d.\s-]*$/u.test(variant) && /\p{Lu}.*\p{Lu}/u.test(variant);

/** Starts with a capital letter or a digit, as a proper name written in running text does. */
const isProper = (raw: string): boolean => /^[\p{Lu}\d]/u.test(raw);

/**
 * The gazetteer: every bundled table in one token trie.
 *
 * @example
 * ```ts
 * const hits = gazetteer.scan(tokenize('The Uzbek delegation arrived in Cholpan-Ata.'));
 * hits.map((h) => `${h.kind}:${h.kind === 'city' ? h.entry.name : ''}`);
 * //=> ['demonym:', 'city:Cholpon-Ata']
 * ```
 */
export class Gazetteer {
  private readonly root = newNode();
  private readonly byCode = new Map<string, CountryEntry>();

  constructor(tables: typeof TABLES = TABLES) {
    for (const c of tables.countries) {
      this.byCode.set(c.code, c);
      for (const v of [c.name, ...c.aliases]) this.add(v, 'country', c);
      for (const v of c.demonyms) this.add(v, 'demonym', c);
    }
    for (const c of tables.cities) for (const v of [c.name, ...c.aliases]) this.add(v, 'city', c);
    for (const a of tables.agencies) for (const v of [a.name, ...a.aliases, ...a.acronyms]) this.add(v, 'agency', a);
    for (const b of tables.bodies) for (const v of [b.name, ...b.aliases, ...b.acronyms]) this.add(v, 'body', b);
    for (const r of tables.ranks) for (const v of [r.rank, ...r.variants]) this.add(v, 'rank', r);
    for (const o of tables.offices) for (const v of [o.title, ...o.variants]) this.add(v, 'office', o);
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
   * callers choose among them.
   */
  scan(tokens: readonly Token[]): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (first === undefined || !this.root.next.has(first.key)) continue;
      const longest = new Map<EntryKind, { terminal: Terminal; end: number }>();
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < tokens.length && node; j++) {
        const token: Token | undefined = tokens[j];
        if (token === undefined) break;
        node = node.next.get(token.key);
        if (!node) break;
        for (const t of node.terminals) {
          if (!this.written(t, tokens, i, j + 1)) continue;
          longest.set(t.kind, { terminal: t, end: j + 1 });
        }
      }
      for (const { terminal, end } of longest.values()) {
        const last = tokens[end - 1];
        if (last === undefined) continue;
        hits.push({
          kind: terminal.kind,
          entry: terminal.entry,
          start: first.start,
          end: last.end,
          tokenStart: i,
          tokenEnd: end,
        } as GazetteerHit);
      }
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
    return this.scan(tokenize(text));
  }

  private written(t: Terminal, tokens: readonly Token[], from: number, to: number): boolean {
    if (t.exact !== null) {
      return tokens.slice(from, to).map((tok) => tok.raw).join(' ') === t.exact;
    }
    const first = tokens[from];
    return CASE_RULES[t.kind] === 'any' || (first !== undefined && isProper(first.raw));
  }

  private add(variant: string, kind: EntryKind, entry: EntryKinds[EntryKind]): void {
    const tokens = tokenize(variant);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) {
        child = newNode();
        node.next.set(t.key, child);
      }
      node = child;
    }
    const exact = isAcronym(variant) ? tokens.map((t) => t.raw).join(' ') : null;
    if (!node.terminals.some((t) => t.kind === kind && t.entry === entry && t.exact === exact)) {
      node.terminals.push({ kind, entry, exact });
    }
  }
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
