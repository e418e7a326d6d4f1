/**
 * The context every extractor reads and the draft record it fills.
 * @module
 */
import type { Gazetteer, GazetteerHit } from '../gazetteer/gazetteer.js';
import type { Token } from '../gazetteer/tokenize.js';
import type { ResolvedOptions } from '../options.js';
import type { PressRecord } from '../schema/record.js';
import type { FindingBoard } from './findings.js';

/** Makes every property of T writable (the draft is built field by field). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The record under construction: everything but `id` and `text`, which the pipeline sets. */
export type Draft = Mutable<Omit<PressRecord, 'id' | 'text'>>;

/** What an extractor sees: the normalised text, its tokens and gazetteer hits, the options, the draft and the findings so far. */
export interface Context {
  /** The normalised text (`record.text`); every span points into it. */
  readonly text: string;
  /** Word tokens of `text`, computed once. */
  readonly tokens: readonly Token[];
  /** Gazetteer hits over `tokens`, computed once. */
  readonly hits: readonly GazetteerHit[];
  /** The gazetteer the hits come from. */
  readonly gazetteer: Gazetteer;
  /** The caller's options, validated. */
  readonly options: ResolvedOptions;
  /** The record being built; an extractor writes only the fields it owns. */
  readonly record: Draft;
  /** What earlier extractors found. */
  readonly findings: FindingBoard;
  /** Logs why a decision was taken, when tracing is on (the message is built lazily). */
  trace(by: string, message: () => string): void;
}

/**
 * One step of the pipeline. It reads the context and writes the fields it owns into
 * `ctx.record`, and may post findings for later steps. It must not throw on any text.
 */
export interface Extractor {
  /** A stable name, e.g. `extractor/date`. */
  readonly name: string;
  run(ctx: Context): void;
}

/** An empty draft: every fact absent. */
export function emptyDraft(): Draft {
  return {
    headline: null,
    source: { outlet: null, url: null, publishedAt: null, dateline: null },
    event: {
      kind: 'other',
      title: null,
      series: null,
      startDate: null,
      endDate: null,
      dateInferred: false,
      location: null,
      host: null,
      participants: { countries: [], organizations: [], countryCount: null },
      subjectCountries: [],
    },
    people: [],
    organizations: [],
    topics: [],
    agreements: [],
    quotes: [],
    figures: [],
    warnings: [],
  };
}
