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
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on']);

/** Every word capitalised, but for short connectors: a name, not a sentence. */
function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 7 && /^\p{Lu}/u.test(words[0] ?? '') && words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w));
}

/** "Kazinform correspondent reports": the outlet's own correspondent, read back from the word. */
function correspondentOf(text: string): string | null {
  const at = text.search(/\bcorrespondent\b/);
  if (at < 0) return null;
  const words = text.slice(Math.max(0, at - 60), at).trim().split(' ');
  const name: string[] = [];
  for (let w = words.pop(); w !== undefined && name.length < 3; w = words.pop()) {
    if (w === 'own' && name.length === 0) continue;
    const bare = w.replace(/'s$/, '');
    if (!/^\p{Lu}[\p{L}\p{N}]*$/u.test(bare)) break;
    name.unshift(bare);
  }
  return name.length > 0 ? name.join(' ') : null;
}

const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The name carried by the header lines above the headline, when they read as a name. */
function headerName(ctx: Context): string | null {
  const candidates = ctx.findings.ofKind('headlineCandidate');
  if (candidates.length < 2) return null;
  const lines = candidates.slice(0, -1).map((c) => ctx.text.slice(c.span.start, c.span.end));
  if (!lines.every(isNameLine)) return null;
  return tidy(lines.join(' ')).replace(/^the\s+/i, '');
}

/** Sets `source.outlet`. */
function run(ctx: Context): void {
  const fromDateline = ctx.findings.ofKind('dateline')[0]?.value.outlet ?? null;
  const masthead = ctx.findings.ofKind('masthead')[0];
  const correspondent = correspondentOf(ctx.text);
  const outlet =
    fromDateline ??
    (masthead ? tidy(ctx.text.slice(masthead.span.start, masthead.span.end).replace(MASTHEAD_LEAD, '')) : null) ??
    headerName(ctx) ??
    correspondent ??
    null;
  ctx.trace(BY, () => `outlet ${String(outlet)}`);
  if (outlet) ctx.record.source.outlet = outlet;
}

/** Finds who published the release. */
export const outlet: Extractor = { name: BY, run };
