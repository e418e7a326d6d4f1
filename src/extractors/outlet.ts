/**
 * The outlet: named by the dateline ("Baku, April 29, AZERTAC"), by a masthead ("Information of the
 * Press service of ..."), by an organisation's name heading the page, as "<Outlet> correspondent
 * reports", or by the sign-off at the end ("... (PNA)", "– SAnews.gov.za", a last line "AAP").
 * The caller's `outlet` wins over all of them (applied by the pipeline).
 * @module
 */
import chrome from '../../data/chrome.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { isSpaceAt } from '../text/space.js';
import { startsUpper } from './_lib/letterCase.js';
import { MEDIA_NAMES } from './_lib/mediaNames.js';

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

/** How many characters at the end of the text the sign-off is looked for in. */
const SIGN_OFF_WINDOW = 400;
/** How many credit lines ("Edited by ...") may follow the sign-off. */
const MAX_CREDIT_LINES = 2;
/** A credit line after the sign-off: "By Ana Ruiz", "Edited by Li Wei", "Reporting by ...", "Editor: Rina Sari". */
const CREDIT_LINE = /^(?:By|(?:Edited|Reporting|Written|Compiled|Additional reporting) by)\s|^(?:Reporter|Editor|Translator|Writer)s?:\s/;
/** A sign-off line: an acronym, bare or in brackets, perhaps with the outlet's web address ("(NAN)(www.nannews.ng)"). */
const ACRONYM_LINE = /^(?:\((\p{Lu}[\p{Lu}\p{N}]{1,5})\)|(\p{Lu}[\p{Lu}\p{N}]{1,5}))(?:\s?\([^()\n]{3,60}\))?$/u;
/** A sign-off after the last sentence: "... in September. (PNA)". */
const TAIL_ACRONYM = /[.!?"”’]\s+\((\p{Lu}[\p{Lu}\p{N}]{1,5})\)$/u;
/** A web address after the last sentence and a dash: "... on the agenda. – SAnews.gov.za" gives "SAnews". */
const TAIL_DOMAIN = /[.!?"”’]\s+[-–—]\s+(?:www\.)?([\p{L}\p{N}-]+)(?:\.[a-z]{2,})+$/u;
/** Capitalised words that close a release without naming its outlet ("ENDS", "(END)"). */
const NOT_OUTLETS: ReadonlySet<string> = new Set(chrome.notOutlets);

/**
 * The outlet named by the sign-off at the end of the text, below which only credit lines may come:
 * a line that is an outlet of the table or an acronym ("AAP", "(NAN)(www.nannews.ng)"), or an
 * acronym in brackets or a web address after a dash closing the last sentence. An organisation
 * named inside the last sentence ("... with the NICA (NICA).") is not a sign-off.
 */
function signOffOutlet(text: string): string | null {
  // The first line of the window that is not blank may be cut: it is never read.
  const firstBreak = firstLineEnd(text, Math.max(0, text.length - SIGN_OFF_WINDOW));
  // The lines below it, read from the last one up (without splitting the window), blank ones passed over.
  for (let end = text.length, credits = 0; end > firstBreak && credits <= MAX_CREDIT_LINES; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    credits++;
    if (CREDIT_LINE.test(line)) continue;
    if (MEDIA_NAMES.has(line)) return line;
    const name = ACRONYM_LINE.exec(line) ?? TAIL_ACRONYM.exec(line);
    const acronym = name?.[1] ?? name?.[2];
    if (acronym !== undefined) return NOT_OUTLETS.has(acronym) ? null : acronym;
    return TAIL_DOMAIN.exec(line)?.[1] ?? null;
  }
  return null;
}

/** Where the first line from `from` that is not blank ends (its line break), or the text's length when no line break follows it. */
function firstLineEnd(text: string, from: number): number {
  let blank = true;
  for (let i = from; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      if (!blank) return i;
    } else if (blank && !isSpaceAt(text, i)) blank = false;
  }
  return text.length;
}

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
  // An index loop: `entries()` would make a pair for every token of the text.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.key !== 'correspondent') continue;
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
    signOffOutlet(ctx.text) ??
    null;
  ctx.trace(BY, () => `outlet ${String(outlet)}`);
  if (outlet) ctx.record.source.outlet = outlet;
}

/** Finds who published the release. */
export const outlet: Extractor = { name: BY, run };
