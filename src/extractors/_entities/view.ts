/**
 * What every entity extractor reads, computed once per text and shared: the text view,
 * the country index, organisation mentions, rank and office hits, which tokens any
 * gazetteer hit covers, and the tokens of the scanned word classes (see `scannedClasses.ts`).
 * @module
 */
import type { GazetteerHit } from '../../gazetteer/gazetteer.js';
import type { Token } from '../../gazetteer/tokenize.js';
import type { Context } from '../../pipeline/context.js';
import { nameKey } from './names.js';
import { homeCountry } from '../_lib/selfNames.js';
import { findOrgMentions, indexCountries, type CountryIndex, type OrgMention } from './agencies.js';
import { isInOrder } from './order.js';
import { TextView } from './text.js';
import { TokenIndex, type ReadonlyTokenIndex } from './tokenIndex.js';
import { scannedClasses } from './scannedClasses.js';
import { readWords } from './wordShapes.js';
import { CUE_CLASS, CUES } from './wording.js';

type HitOf<K extends GazetteerHit['kind']> = Extract<GazetteerHit, { kind: K }>;

/** The shared reading of one text. */
export interface EntityView {
  readonly view: TextView;
  readonly countries: CountryIndex;
  readonly orgs: readonly OrgMention[];
  /** The organisation mention starting at a token. */
  readonly orgStartingAt: ReadonlyTokenIndex<OrgMention>;
  /** The organisation mention ending on a token (its last token). */
  readonly orgEndingAt: ReadonlyTokenIndex<OrgMention>;
  /** The longest rank hit starting at a token. */
  readonly rankAt: ReadonlyTokenIndex<HitOf<'rank'>>;
  /** The longest rank hit ending on a token (its last token). */
  readonly rankEndingAt: ReadonlyTokenIndex<HitOf<'rank'>>;
  /** For each token, the index in `orgs` of the organisation mention covering it, or -1. */
  readonly orgCover: Int32Array;
  /** The longest office hit starting at a token. */
  readonly officeAt: ReadonlyTokenIndex<HitOf<'office'>>;
  /** The tokens office hits start on, in order. */
  readonly officeStarts: readonly number[];
  /** For each token, 1 when a gazetteer hit of a proper-name kind covers it. */
  readonly covered: Uint8Array;
  /** The spelling key of token `i` (see `nameKey`), kept in the word's record once computed. */
  nameKeyOf(i: number): string;
  /** For each token: 1 a name word no table covers, 2 an initial ("A.") no table covers, 0 otherwise. */
  readonly nameLike: Uint8Array;
  /** The tokens a personal name may start at, in order: name words (`nameLike` 1) and honorifics ("Mr", "Dr"). */
  readonly nameStarts: readonly number[];
  /** The tokens whose word classes include a scanned class (see `scannedClasses.ts`), in order. */
  readonly scanned: readonly number[];
  /** The word classes of each token (see `wordClasses.ts`). */
  readonly wordClasses: Int32Array;
  /** Whether token `i`'s word classes include `wordClass`. */
  is(i: number, wordClass: number): boolean;
}

/** The last text's context and view: the extractors of one text ask in turn, and a one-entry cache is cheaper than a WeakMap. */
let cachedCtx: Context | undefined;
let cachedView: EntityView | undefined;
/** The per-token arrays' buffer, reused text after text (allocating an ArrayBuffer per text costs more than clearing one). */
let shared = new ArrayBuffer(0);

/** Keeps `h` in `map` when it is the longest hit starting at its token so far. */
function keepLongest<H extends GazetteerHit>(map: TokenIndex<H>, h: H): void {
  const seen = map.get(h.tokenStart);
  if (!seen || h.tokenEnd > seen.tokenEnd) map.set(h.tokenStart, h);
}

const RETIRED: ReadonlySet<string> = new Set(['ret', 'retd', 'rtd', 'retired']);

/** Whether token `at` is a "(Ret.)" or "(retd)" written after a rank. */
export function isRetiredMarker(text: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const before = tokens[at - 1];
  if (t === undefined || before === undefined || !RETIRED.has(t.key)) return false;
  const open = text.slice(before.end, t.start);
  if (open !== ' (' && open !== '. (') return false;
  const close = text.slice(t.end, t.end + 3);
  return close.startsWith(') ') || close === '.) ';
}

/** The shared reading of `ctx`'s text, built on first use; valid until the next text's view is built (its arrays are reused). */
export function entityView(ctx: Context): EntityView {
  if (ctx === cachedCtx && cachedView) return cachedView;
  const { text, tokens } = ctx;
  const n = tokens.length;
  // The per-token arrays share one buffer, kept for the next text: a view lives as long as its text is read.
  if (shared.byteLength < n * 40) shared = new ArrayBuffer(n * 40);
  // `readWords` writes every entry of `wordClasses` and `nameLike`: they need no clearing.
  const wordClasses = new Int32Array(shared, 0, n);
  const orgCover = new Int32Array(shared, 4 * n, n).fill(-1);
  const countryStarts = new Int32Array(shared, 8 * n, n);
  const countryEnds = new Int32Array(shared, 12 * n, n);
  const covered = new Uint8Array(shared, 16 * n, n).fill(0);
  const nameLike = new Uint8Array(shared, 17 * n, n);
  // The slots of the token indexes (never cleared: see `tokenIndex.ts`), from an offset that a 4-byte array may start at.
  const indexSlots = (k: number): Int32Array => new Int32Array(shared, (20 + 4 * k) * n, n);
  // The words' classes and name shapes, read first: the pass over the hits then clears the name shape of a word a table covers.
  readWords(text, tokens, wordClasses, nameLike);
  // One pass over the hits sorts them by kind: ranks and offices by start, organisations, and the tokens they cover (countries are indexed from the hits after).
  const rankAt = new TokenIndex<HitOf<'rank'>>(indexSlots(0));
  const officeAt = new TokenIndex<HitOf<'office'>>(indexSlots(1));
  const orgHits: GazetteerHit[] = [];
  for (const h of ctx.hits) {
    if (h.kind === 'office') {
      // "Abdul Amir": an office word after a compound name's opener is the name's.
      if (!CUES.nameOpeners.has(tokens[h.tokenStart - 1]?.key ?? '')) keepLongest(officeAt, h);
      continue;
    }
    if (h.kind === 'rank') keepLongest(rankAt, h);
    else if (h.kind === 'agency' || h.kind === 'body') orgHits.push(h);
    else if (h.kind === 'city' && isAmbiguousCity(h)) continue;
    // A word a table covers is not a name word. A loop, not `fill`: a hit covers a token or two, and a call to `fill` costs more.
    for (let k = h.tokenStart; k < h.tokenEnd; k++) {
      covered[k] = 1;
      nameLike[k] = 0;
    }
  }
  const nameStarts: number[] = [];
  const scanned: number[] = [];
  const scannedMask = scannedClasses();
  for (let i = 0; i < n; i++) {
    const classes = wordClasses[i] ?? 0;
    if (nameLike[i] === 1 || (classes & CUE_CLASS.honorific) !== 0) nameStarts.push(i);
    if ((classes & scannedMask) !== 0) scanned.push(i);
  }
  const view = new TextView(text, tokens);
  const countries = indexCountries(ctx.hits, countryStarts, countryEnds);
  const orgs = findOrgMentions(view, wordClasses, scanned, orgHits, countries, () => homeCountry(ctx));
  const orgStartingAt = new TokenIndex<OrgMention>(indexSlots(2));
  const orgEndingAt = new TokenIndex<OrgMention>(indexSlots(3));
  for (let k = 0; k < orgs.length; k++) {
    const o = orgs[k];
    if (o === undefined) continue;
    orgStartingAt.set(o.from, o);
    orgEndingAt.set(o.to - 1, o);
    for (let at = o.from; at < o.to; at++) orgCover[at] = k;
  }
  for (const r of rankAt.values()) {
    if (!isRetiredMarker(text, tokens, r.tokenEnd)) continue;
    // "General (Ret.) Budi Gunawan": the rank reaches over the marker (see `rankJoins` in candidates.ts).
    rankAt.set(r.tokenStart, { ...r, tokenEnd: r.tokenEnd + 1, end: tokens[r.tokenEnd]?.end ?? r.end });
  }
  const rankEndingAt = new TokenIndex<HitOf<'rank'>>(indexSlots(4));
  for (const r of rankAt.values()) {
    const seen = rankEndingAt.get(r.tokenEnd - 1);
    if (!seen || r.tokenStart < seen.tokenStart) rankEndingAt.set(r.tokenEnd - 1, r);
  }
  const built: EntityView = {
    view,
    countries,
    orgs,
    orgStartingAt,
    orgEndingAt,
    rankAt,
    rankEndingAt,
    orgCover,
    officeAt,
    // The offices' first tokens are in text order as the hits are, most often: then the index's own list serves.
    officeStarts: isInOrder(officeAt.keys(), (at) => at) ? officeAt.keys() : [...officeAt.keys()].sort((a, b) => a - b),
    covered,
    nameLike,
    nameStarts,
    scanned,
    nameKeyOf,
    wordClasses,
    is,
  };
  cachedCtx = ctx;
  cachedView = built;
  return built;
}

/*
 * The view's methods are shared functions reading the view as `this`, not closures made per text: every
 * text's view calls the same function, which the engine can then inline at the callers.
 */

/** See {@link EntityView.nameKeyOf}. */
function nameKeyOf(this: EntityView, i: number): string {
  return nameKeyOfToken(this.view.tokens[i]);
}

/** See {@link EntityView.is}. */
function is(this: EntityView, i: number, wordClass: number): boolean {
  return ((this.wordClasses[i] ?? 0) & wordClass) !== 0;
}

/** The spelling key of `token`'s word, computed once per word. */
function nameKeyOfToken(token: Token | undefined): string {
  if (token === undefined) return nameKey('');
  const { word } = token;
  word.nameKey ??= nameKey(word.raw);
  return word.nameKey;
}

/** A city the table marks as also a common word or personal name. */
function isAmbiguousCity(h: HitOf<'city'>): boolean {
  return (h.entry as { ambiguous?: boolean }).ambiguous === true;
}
