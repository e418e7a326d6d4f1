/**
 * The publication date: the caller's `publishedAt`, else the page's date stamp, else a dated dateline.
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import { resolveDay } from '../text/resolveDate.js';

const BY = 'extractor/publishedAt';

/** Sets `source.publishedAt`. */
function run(ctx: Context): void {
  if (ctx.options.publishedAt !== null) {
    ctx.record.source.publishedAt = ctx.options.publishedAt;
    return;
  }
  for (const f of ctx.findings.ofKind('pageDate')) {
    const date = resolveDay(f.value.date.from, null, 'past');
    if (date !== null) {
      ctx.trace(BY, () => `page stamp ${date}`);
      ctx.record.source.publishedAt = date;
      return;
    }
  }
  ctx.record.source.publishedAt = ctx.record.source.dateline?.date ?? null;
}

/** Finds when the release was published. */
export const publishedAt: Extractor = { name: BY, run };
