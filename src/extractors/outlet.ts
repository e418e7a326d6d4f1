/**
 * The outlet: named by the dateline ("Baku, April 29, AZERTAC"), by a masthead ("Information of the
 * Press service of ..."), by an organisation's name heading the page, or as "<Outlet> correspondent
 * reports". The caller's `outlet` wins over all of them (applied by the pipeline).
 * @module
 */
import type { Context, Extractor } from '../pipeline/context.js';
import { startsUpper } from './_lib/letterCase.js';

const BY = 'extractor/outlet';
/** "Information of the ..." before a masthead's name. */
const MASTHEAD_LEAD = /^(?:information|news|release)\s+(?:of|from)\s+(?:the\s+)?/i;
/** How many capitalised words an outlet's name before "correspondent" may have. */
const MAX_OUTLET_WORDS = 3;
/** Every word capitalised, but for short connectors: a name, not a sentence. */
const NAME_LINE = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|the|and|for|on|\p{Lu}[\p{L}-]*))*$/u;

/** Letters, digits and spaces only. */
const LETTERS_AND_SPACES = /^[\p{L}\p{N} ]+$/u;

const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The name carried by the header lines above the headline, when they read as a name. */
function headerName(ctx: Context): string | null {
  const candidates = ctx.findings.ofKind('headlineCandidate');
  if (candidates.length < 2) return null;
  const lines = candidates.slice(0, -1).map((c) => ctx.text.slice(c.span.start, c.span.end));
  if (!lines.every((l) => NAME_LINE.test(l) && l.split(/\s+/).length <= 7)) return null;
  return tidy(lines.join(' ')).replace(/^the\s+/i, '');
}

/**
 * "Kazinform correspondent reports", "Kazinform's own correspondent": up to three capitalised
 * words, one space apart, right before the word "correspondent".
 */
function correspondentOutlet(ctx: Context): string | null {
  const { tokens, text } = ctx;
  for (const [i, token] of tokens.entries()) {
    if (token.key !== 'correspondent') continue;
    let j = i - 1;
    if (tokens[j]?.key === 'own') j--;
    const possessive = tokens[j];
    if (possessive?.raw === 's' && text[possessive.start - 1] === "'") j--;
    const end = j;
    // Capitalised words joined by single spaces: "(RATS), Kazinform correspondent" names Kazinform only.
    const joined = (k: number): boolean => k === end || text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0) === ' ';
    for (let word = tokens[j]; word !== undefined && end - j < MAX_OUTLET_WORDS && startsUpper(word.raw) && joined(j); word = tokens[--j]);
    const first = tokens[j + 1];
    const last = tokens[end];
    if (j === end || first === undefined || last === undefined) continue;
    const name = text.slice(first.start, last.end);
    if (LETTERS_AND_SPACES.test(name) && !name.includes('  ') && /^(?:'s)? (?:own )?$/.test(text.slice(last.end, token.start))) return name;
  }
  return null;
}

/** Sets `source.outlet`. */
function run(ctx: Context): void {
  const fromDateline = ctx.findings.ofKind('dateline')[0]?.value.outlet ?? null;
  const masthead = ctx.findings.ofKind('masthead')[0];
  const outlet =
    fromDateline ??
    (masthead ? tidy(ctx.text.slice(masthead.span.start, masthead.span.end).replace(MASTHEAD_LEAD, '')) : null) ??
    headerName(ctx) ??
    correspondentOutlet(ctx) ??
    null;
  ctx.trace(BY, () => `outlet ${String(outlet)}`);
  if (outlet) ctx.record.source.outlet = outlet;
}

/** Finds who published the release. */
export const outlet: Extractor = { name: BY, run };
