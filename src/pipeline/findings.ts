/**
 * Findings: what an extractor found in the text, with a span and its origin,
 * kept on a shared board so that later extractors can build on earlier ones.
 *
 * Each extractor declares the kinds it adds by augmenting {@link FindingValues}
 * in its own file, so a new extractor touches no other:
 *
 * ```ts
 * declare module '../pipeline/findings.js' {
 *   interface FindingValues { date: { iso: string } }
 * }
 * ```
 * @module
 */
import type { Span } from '../schema/record.js';

/** The value carried by each kind of finding; extended by extractors through declaration merging. */
export interface FindingValues {}

/** The kinds of finding that extractors have declared. */
export type FindingKind = keyof FindingValues;

/** One thing found in the text, with where it stands and which extractor found it. */
export interface Finding<K extends FindingKind = FindingKind> {
  readonly kind: K;
  readonly value: FindingValues[K];
  readonly span: Span;
  /** The extractor that found it, e.g. `extractor/date`. */
  readonly by: string;
}

/** No findings: a shared empty list. */
const NONE: readonly Finding[] = [];

/** The shared board of findings, in the order they were added. */
export class FindingBoard {
  private readonly all: Finding[] = [];
  /** The findings of each kind, in the order found: asked for by kind far more often than added. */
  private readonly byKind = new Map<FindingKind, Finding[]>();

  /** Adds a finding. */
  add<K extends FindingKind>(finding: Finding<K>): void {
    const f = finding as unknown as Finding;
    this.all.push(f);
    const same = this.byKind.get(f.kind);
    if (same) same.push(f);
    else this.byKind.set(f.kind, [f]);
  }

  /** Every finding of one kind, in the order found (a list the board keeps: not to be changed). */
  ofKind<K extends FindingKind>(kind: K): readonly Finding<K>[] {
    return (this.byKind.get(kind) ?? NONE) as unknown as readonly Finding<K>[];
  }

  /** Every finding, in the order found. */
  list(): readonly Finding[] {
    return this.all;
  }
}
