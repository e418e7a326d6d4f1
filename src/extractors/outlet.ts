/**
 * The outlet: named by the dateline ("Baku, April 29, AZERTAC"), by a masthead ("Information of the
 * Press service of ..."), by an organisation's name heading the page, as "<Outlet> correspondent
 * reports", or by the sign-off at the end ("... (PNA)", "– SAnews.gov.za", a last line "AAP").
 * The caller's `outlet` wins over all of them (applied by the pipeline).
 * @module
 */
import chrome from '../../data/chrome.json';
import type { Context, Extractor } from '../pipeline/context.js';
import { outletTail } from './_lib/outletTail.js';
import { TABLES } from '../gazetteer/tables.js';
import { phraseKey } from '../gazetteer/tokenize.js';
import { isSpaceAt } from '../text/space.js';
import { capitalisedName, inCapitals, startsLower, startsUpper } from './_lib/letterCase.js';
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

/** The label of a sign-off line that names the outlet: "Source: Saudi Press Agency". */
const SOURCE_LABEL = 'source';

/** The known outlet (or service, or body) a sign-off line "Source: X" or "Source - X" names, else null. */
function sourceLine(line: string): string | null {
  if (line.slice(0, SOURCE_LABEL.length).toLowerCase() !== SOURCE_LABEL) return null;
  const rest = line.slice(SOURCE_LABEL.length);
  const name = trimJoins(rest);
  // A label, not a word: "Sources said ..." is a sentence.
  return name !== rest && name !== '' && !isLetter(rest.charAt(0)) && knownName(name) ? name : null;
}

/** The folded names of the services, intergovernmental bodies and outlets of the tables: a name known, not guessed from capitals. */
const KNOWN_NAMES: ReadonlySet<string> = new Set(
  [...TABLES.agencies, ...TABLES.bodies].flatMap((o) => [o.name, ...o.aliases, ...o.acronyms]).concat([...MEDIA_NAMES]).map(phraseKey),
);

/** Whether `name` is, as a whole, the name of a service, a body or an outlet of the tables. */
const knownName = (name: string): boolean => KNOWN_NAMES.has(phraseKey(name));

/** "Press release" before or after the publisher's name on a masthead line: the document, not who issued it. */
const RELEASE_WORDS: readonly string[] = ['press release', 'news release', 'media release', 'press statement', 'media statement'];
/** Punctuation that joins "press release" to a name: "Press Release - Europol", "Europol | Press release". */
const JOINS = ',:|\u2013\u2014-';

/** `s` without the punctuation and spaces at its ends that {@link JOINS} and white space hold. */
function trimJoins(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && (isSpaceAt(s, from) || JOINS.includes(s.charAt(from)))) from++;
  while (to > from && (isSpaceAt(s, to - 1) || JOINS.includes(s.charAt(to - 1)))) to--;
  return s.slice(from, to);
}

/** Whether `c` (one character, or '') is a letter. */
const isLetter = (c: string): boolean => c !== '' && (startsUpper(c) || startsLower(c));

/**
 * The publisher a masthead line names, without "Information of the", and without "press release"
 * around a known publisher's name ("Europol press release": Europol); null when nothing else is written.
 */
function mastheadName(line: string): string | null {
  let name = tidy(line.replace(MASTHEAD_LEAD, '')).replace(RELEASE_NUMBER, '');
  for (const words of RELEASE_WORDS) {
    const lower = name.toLowerCase();
    // Whole words only: "Press releases" is no masthead name to cut.
    let rest: string | null = null;
    /** Whether the words end the name after a dash: "MINISTRY OF SECURITY – PRESS RELEASE". */
    let dashed = false;
    if (lower.startsWith(words) && !isLetter(name.charAt(words.length))) rest = trimJoins(name.slice(words.length));
    else if (lower.endsWith(words) && !isLetter(name.charAt(name.length - words.length - 1))) {
      rest = trimJoins(name.slice(0, name.length - words.length));
      dashed = DASHED_LABEL.test(name.slice(rest.length));
    }
    // The words are cut only from before or after a known publisher's name ("Europol press release", not "the Department's
    // press release"), or from a name they are set apart from by a dash or by a heading's capitals ("MINISTRY OF SECURITY –
    // PRESS RELEASE", "NATIONAL POLICE SERVICE PRESS STATEMENT").
    if (rest !== null && (rest === '' || dashed || inCapitals(name) || knownName(rest))) name = rest;
  }
  return name === '' ? null : capitalisedName(name);
}

/** A release's number at the end of a masthead, its white space tidied to single spaces: "No. 214/2025", "Nr. 12", "#45". */
const RELEASE_NUMBER = / (?:No\.?|Nr\.?|#) ?\d[\d/.-]*$/i;
/** A dash with white space around it before a label: " – PRESS RELEASE". */
const DASHED_LABEL = /^\s+[\u2013\u2014-]\s/;

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
 * acronym in brackets or a web address after a dash closing the last sentence, or a known organisation's
 * press office ("Press Office, INTERPOL", "Europol Media Relations": the organisation). An organisation
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
    const office = pressOfficeOf(line) ?? sourceLine(line);
    if (office !== null) return office;
    const name = ACRONYM_LINE.exec(line) ?? TAIL_ACRONYM.exec(line);
    const acronym = name?.[1] ?? name?.[2];
    if (acronym !== undefined) return NOT_OUTLETS.has(acronym) ? null : acronym;
    return TAIL_DOMAIN.exec(line)?.[1] ?? null;
  }
  return null;
}

/** The words of a press office, in any case: "Press Office", "Press Service". */
const PRESS_OFFICE_CUES = chrome.mastheadCues.map((c) => c.toLowerCase());
/** What may stand between a press office's words and its organisation's name: ", ", " - ", " of the ". */
const OFFICE_JOIN = /^(?:\s*[,:|\u2013\u2014-]\s*|\s+of\s+(?:the\s+)?|\s+)/i;

/**
 * The organisation of a sign-off line that is its press office, "Press Office, INTERPOL", "Europol
 * Press Office", when the rest of the line is exactly a known organisation's or outlet's name (no
 * guessing from capitals); else null.
 */
function pressOfficeOf(line: string): string | null {
  const lower = line.toLowerCase();
  for (const cue of PRESS_OFFICE_CUES) {
    let from: number;
    let to: number;
    if (lower.startsWith(cue)) {
      const join = OFFICE_JOIN.exec(line.slice(cue.length));
      if (join === null) continue;
      from = cue.length + join[0].length;
      to = line.length;
    } else if (lower.endsWith(cue) && isSpaceAt(line, line.length - cue.length - 1)) {
      from = 0;
      to = line.length - cue.length - 1;
      while (to > 0 && isSpaceAt(line, to - 1)) to--;
    } else continue;
    const name = line.slice(from, to);
    if (name !== '' && knownName(name)) return name;
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
  return capitalisedName(tidy(lines.join(' ')).replace(/^the\s+/i, ''));
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
/** The outlet a page title ends with, on the last header line ("Chiefs meet in Kuwait - Kuwait News Agency"), as written. */
function titleOutlet(ctx: Context): string | null {
  const candidates = ctx.findings.ofKind('headlineCandidate');
  const last = candidates[candidates.length - 1];
  if (last === undefined) return null;
  const line = ctx.text.slice(last.span.start, last.span.end).trim();
  const tail = outletTail(line);
  return tail < 0 ? null : line.slice(tail).replace(/^\s*[-–—|]\s*/, '');
}

function run(ctx: Context): void {
  const fromDateline = ctx.findings.ofKind('dateline')[0]?.value.outlet ?? null;
  const masthead = ctx.findings.ofKind('masthead')[0];
  const outlet =
    fromDateline ??
    (masthead ? mastheadName(ctx.text.slice(masthead.span.start, masthead.span.end)) : null) ??
    headerName(ctx) ??
    correspondentOutlet(ctx) ??
    signOffOutlet(ctx.text) ??
    titleOutlet(ctx) ??
    null;
  ctx.trace(BY, () => `outlet ${String(outlet)}`);
  if (outlet) ctx.record.source.outlet = outlet;
}

/** Finds who published the release. */
export const outlet: Extractor = { name: BY, run };
