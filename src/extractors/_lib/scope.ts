/**
 * The content of a release: its headline and body, without the header stamps, mastheads and
 * dateline. Event facts are read only there.
 * @module
 */
import type { Context } from '../../pipeline/context.js';
import type { Span } from '../../schema/record.js';

/**
 * The spans last computed, for the context they were computed for, with how many findings its
 * board held then: findings are only ever added, so while the count stands the spans stand (most
 * extractors ask for them). Kept for the last context only: a weak map's entry per context cost
 * more to make than the spans (the pipeline asks about one context at a time).
 */
let computedFor: Context | null = null;
let computedFindings = -1;
let computedSpans: readonly Span[] = [];

/** The spans of the text that carry content, in order: the headline (if any), then the body after the dateline. */
export function contentSpans(ctx: Context): readonly Span[] {
  const findings = ctx.findings.list().length;
  if (ctx === computedFor && findings === computedFindings) return computedSpans;
  const spans: Span[] = [];
  const headline = ctx.findings.ofKind('headlineCandidate');
  const dateline = ctx.findings.ofKind('dateline')[0]?.span;
  const last = headline[headline.length - 1];
  if (last !== undefined && (dateline === undefined || last.span.end <= dateline.start || last.span.start >= dateline.end)) spans.push(last.span);
  const body = ctx.findings.ofKind('body')[0]?.span ?? { start: 0, end: ctx.text.length };
  const start = dateline !== undefined && dateline.start >= body.start && dateline.start - body.start < 5 ? dateline.end : body.start;
  spans.push({ start, end: body.end });
  computedFor = ctx;
  computedFindings = findings;
  computedSpans = spans;
  return spans;
}

/**
 * Whether an offset lies in the content (see {@link contentSpans}).
 *
 * @example
 * ```ts
 * inSpans([{ start: 0, end: 5 }], 3);
 * //=> true
 * ```
 */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
