/**
 * The content of a release: its headline and body, without the header stamps, mastheads and
 * dateline. Event facts are read only there.
 * @module
 */
import type { Context } from '../../pipeline/context.js';
import type { Span } from '../../schema/record.js';

/**
 * The spans last computed, for the context they were computed for, with how many findings its
 * board held then: findings are only ever added, so while no finding of a kind the spans are
 * read from has been added since, the spans stand (most extractors ask for them). Kept for the
 * last context only: a weak map's entry per context cost more to make than the spans (the
 * pipeline asks about one context at a time).
 */
let computedFor: Context | null = null;
let computedFindings = -1;
let computedSpans: readonly Span[] = [];

/** The kinds of finding the spans are read from. */
const SPAN_KINDS: ReadonlySet<string> = new Set(['headlineCandidate', 'dateline', 'body']);

/** Whether the spans computed for `ctx` still stand: no finding of a kind they are read from was added since (counting its findings then). */
function spansStand(ctx: Context): boolean {
  if (ctx !== computedFor) return false;
  const findings = ctx.findings.list();
  for (let i = computedFindings; i < findings.length; i++) if (SPAN_KINDS.has(findings[i]?.kind ?? '')) return false;
  computedFindings = findings.length;
  return true;
}

/** The spans of the text that carry content, in order: the headline (if any), then the body after the dateline. */
export function contentSpans(ctx: Context): readonly Span[] {
  if (spansStand(ctx)) return computedSpans;
  const findings = ctx.findings.list().length;
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
