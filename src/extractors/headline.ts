/**
 * The headline: the last title-like line above the body that is not the dateline, without the
 * outlet a page title ends with ("... - Xinhua").
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import { outletTail } from './_lib/outletTail.js';

const BY = 'extractor/headline';

/** Sets `headline`. */
function run(ctx: Context): void {
  const dateline = ctx.findings.ofKind('dateline')[0]?.span;
  const candidates = ctx.findings.ofKind('headlineCandidate').filter((c) => dateline === undefined || c.span.end <= dateline.start || c.span.start >= dateline.end);
  const last = candidates[candidates.length - 1];
  if (last === undefined) return;
  const line = ctx.text.slice(last.span.start, last.span.end).trim();
  const tail = outletTail(line);
  const headline = tail < 0 ? line : line.slice(0, tail);
  if (headline !== '') ctx.record.headline = headline;
}

/** Picks the headline. */
export const headline: Extractor = { name: BY, run };
