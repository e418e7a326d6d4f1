/**
 * The outlet: named by the dateline ("Baku, April 29, AZERTAC"), by a masthead ("Information of the
 * Press service of ..."), by an organisation's name heading the page, or as "<Outlet> correspondent
 * reports". The caller's `outlet` wins over all of them (applied by the pipeline).
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';

const BY = 'extractor/outlet';
/** "Information of the ..." before a masthead's name. */
const MASTHEAD_LEAD = /^(?:information|news|release)\s+(?:of|from)\s+(?:the\s+)?/i;
/** "Kazinform correspondent reports": the outlet's own correspondent. */
const CORRESPONDENT = /\b(\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*){0,2})(?:'s)? (?:own )?correspondent\b/u;
/** Every word capitalised, but for short connectors: a name, not a sentence. */
const NAME_LINE = /^(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|the|and|for|on|\p{Lu}[\p{L}-]*))*$/iu;

const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The name carried by the header lines above the headline, when they read as a name. */
function headerName(ctx: Context): string | null {
  const candidates = ctx.findings.ofKind('headlineCandidate');
  if (candidates.length < 2) return null;
  const lines = candidates.slice(0, -1).map((c) => ctx.text.slice(c.span.start, c.span.end));
  if (!lines.every((l) => NAME_LINE.test(l) && /^\p{Lu}/u.test(l) && l.split(/\s+/).length <= 7)) return null;
  return tidy(lines.join(' ')).replace(/^the\s+/i, '');
}

/** Sets `source.outlet`. */
function run(ctx: Context): void {
  const fromDateline = ctx.findings.ofKind('dateline')[0]?.value.outlet ?? null;
  const masthead = ctx.findings.ofKind('masthead')[0];
  const correspondent = ctx.text.includes('correspondent') ? CORRESPONDENT.exec(ctx.text) : null;
  const outlet =
    fromDateline ??
    (masthead ? tidy(ctx.text.slice(masthead.span.start, masthead.span.end).replace(MASTHEAD_LEAD, '')) : null) ??
    headerName(ctx) ??
    correspondent?.[1] ??
    null;
  ctx.trace(BY, () => `outlet ${String(outlet)}`);
  if (outlet) ctx.record.source.outlet = outlet;
}

/** Finds who published the release. */
export const outlet: Extractor = { name: BY, run };
