/**
 * Page chrome: the bits of a web page that are not the release (navigation lines such as
 * "Other news", font-size widgets "+ ↺ − 16 px", "(click here to read ...)" asides).
 * The phrases live in `data/chrome.json`; this module removes them from the text.
 * @module
 */
import chrome from '../../data/chrome.json';
import { foldWord } from '../gazetteer/fold.js';
import { isSpaceAt } from '../text/space.js';

const LINES: ReadonlySet<string> = new Set(chrome.lines.map((l) => foldWord(l)));
/** Labels that make a whole line chrome when a colon follows them: "Related news: <another story>". */
const PREFIXES: ReadonlySet<string> = new Set(chrome.linePrefixes.map((l) => foldWord(l)));
/** Where a label's colon may stand at most: past the longest label and its spaces. */
const MAX_PREFIX = Math.max(...chrome.linePrefixes.map((l) => l.length)) + 2;

/** Whether the line from `start` whose first colon is at `colon` opens with a chrome label and that colon ("Related news: ..."). */
function opensWithLabel(text: string, start: number, colon: number): boolean {
  return colon > start && colon - start <= MAX_PREFIX && PREFIXES.has(foldWord(text.slice(start, colon).trim()));
}

/** A line longer than the longest chrome phrase plus room for trailing punctuation is no chrome phrase. */
const MAX_CHROME_LINE = Math.max(...chrome.lines.map((l) => l.length)) + 16;
/** A line longer than a row of a few of the longest chrome phrases is no row of them. */
const MAX_CHROME_ROW = 3 * MAX_CHROME_LINE;

/** A font-size widget: "+ ↺ − 16 px", "A+ A- 16px". */
const WIDGET = /(?:\+ ?↺ ?[−–-] ?|A\+ ?A[−–-] ?)\d{1,2} ?px\b/g;

/** A parenthesised aside that talks to the reader: "(click here to read the full statement)", tried at each "(" (sticky). */
const ASIDE = new RegExp(`\\((?:${chrome.asides.map((a) => a.replace(/ /g, '\\s+')).join('|')})\\b[^()\\n]{0,200}\\)`, 'iy');

/** `text` without its font-size widgets and reader asides; most texts have neither, and are ruled out by a search for a literal. */
function withoutWidgetsAndAsides(text: string): string {
  const cleaned = text.includes('px') ? text.replace(WIDGET, '') : text;
  let out = '';
  let kept = 0;
  for (let at = cleaned.indexOf('('); at >= 0; at = cleaned.indexOf('(', at + 1)) {
    ASIDE.lastIndex = at;
    if (!ASIDE.test(cleaned)) continue;
    out += cleaned.slice(kept, at);
    kept = ASIDE.lastIndex;
    at = kept - 1;
  }
  return kept === 0 ? cleaned : out + cleaned.slice(kept);
}

/** Folds a line to its chrome key: case folded, without a trailing colon or punctuation. */
const lineKey = (line: string): string => foldWord(line.trim().replace(/(?<![\s:.!>»])[\s:.!>»]+$/u, ''));

/** What parts a row of chrome links: a bar, a bullet or a slash, or two spaces or more ("Share | Print", "Share  Print"). */
const LINK_GAP = /\s*[|•·/]\s*|\s{2,}|\t/;

/** The first word of each chrome phrase, lower-case: a row of chrome links opens with one of them. */
const FIRST_WORDS: ReadonlySet<string> = new Set(chrome.lines.map((l) => (l.split(' ')[0] ?? '').toLowerCase()));

/** Whether the code unit `c` may be part of a chrome phrase's first word: an ASCII letter or a hyphen. */
const isFirstWordUnit = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d;

/**
 * How a line's first word may open a chrome phrase (see {@link firstWordOf}): it opens none; a
 * unit beyond ASCII stops its ASCII letters, so that it may fold into one ("Shåre"); or it is the
 * first word of a chrome phrase.
 */
const FirstWord = { None: 0, Wide: 1, Chrome: 2 } as const;
type FirstWord = (typeof FirstWord)[keyof typeof FirstWord];

/**
 * How the first word of the line of `text` from `start` to `end` (its ASCII letters and hyphens
 * after any spaces) may open a chrome phrase, read without a pattern: most lines are ruled out so.
 */
function firstWordOf(text: string, start: number, end: number): FirstWord {
  let from = start;
  while (from < end && isSpaceAt(text, from)) from++;
  const word = firstWord(text, from, end);
  if (FIRST_WORDS.has(word)) return FirstWord.Chrome;
  const to = from + word.length;
  return to < end && text.charCodeAt(to) >= 0x80 ? FirstWord.Wide : FirstWord.None;
}

/** The run of ASCII letters and hyphens of `text` from `from` (to `end` at most), lower-case. */
function firstWord(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && isFirstWordUnit(text.charCodeAt(to))) to++;
  return text.slice(from, to).toLowerCase();
}

/**
 * Whether a line is a row of chrome links ("Share | Print | Email", "Share  Print", "Facebook
 * Twitter"): every part is a chrome phrase. Asked only of a line whose first word opens a chrome
 * phrase (see {@link firstWordOf}).
 */
function isChromeRow(line: string): boolean {
  const parts = line.trim().split(LINK_GAP);
  if (parts.length > 1) return parts.every((p) => p === '' || LINES.has(lineKey(p)));
  // One space between one-word phrases: "Share Print".
  const words = line.trim().split(' ');
  return words.length > 1 && words.every((w) => LINES.has(lineKey(w)));
}

/** The roots a breadcrumb trail opens with ("Home", "Main page"), lower-case. */
const BREADCRUMB_ROOTS: ReadonlySet<string> = new Set(chrome.breadcrumbRoots.map((r) => r.toLowerCase()));
/** The marks that part a breadcrumb trail: a guillemet (already a straight quotation mark here), "›", ">" or a bar. */
const CRUMB_MARKS: ReadonlySet<number> = new Set([0x22, 0x203a, 0x3e, 0x7c]);
/** The longest part of a breadcrumb trail: a section's name, not a sentence. */
const MAX_CRUMB = 40;

/**
 * Whether a line is a breadcrumb trail: a root and at least one section after it, each after a mark
 * or a slash between spaces ("Home » News » Security", "Main page / Events / 2024"), no part longer
 * than a section's name. Read unit by unit, without a pattern.
 */
function isBreadcrumb(line: string): boolean {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const slash = c === 0x2f && isSpaceAt(line, i - 1) && isSpaceAt(line, i + 1);
    if (!CRUMB_MARKS.has(c) && !slash) continue;
    parts.push(line.slice(from, i).trim());
    from = i + 1;
  }
  parts.push(line.slice(from).trim());
  return parts.length >= 2 && BREADCRUMB_ROOTS.has((parts[0] ?? '').toLowerCase()) && parts.every((p) => p.length <= MAX_CRUMB);
}

/** The first words of the breadcrumb roots, lower-case: a line opening with none of them is no trail. */
const ROOT_FIRST_WORDS: ReadonlySet<string> = new Set([...BREADCRUMB_ROOTS].map((r) => r.split(' ')[0] ?? ''));

/**
 * Removes page chrome from text whose line ends are already `\n`: whole chrome lines (a chrome
 * phrase, a row of them: "Share | Print", or a breadcrumb trail: "Home » News"), lines opened by a chrome label and a colon
 * ("Related news: ..."), font-size widgets and reader asides. The text around them is left as it is.
 *
 * @example
 * ```ts
 * stripChrome('date 2019-11-12 + ↺ − 16 px\nBody text.\nOther news');
 * //=> 'date 2019-11-12 \nBody text.\n'
 * ```
 */
export function stripChrome(text: string): string {
  const cleaned = withoutWidgetsAndAsides(text);
  // Line by line without splitting: only short lines can be chrome, and most texts have none.
  let out = '';
  let kept = 0;
  // The first colon at or after the line's start (-1: none left), found once per colon, not per line.
  let colon = cleaned.indexOf(':');
  for (let start = 0; start <= cleaned.length; ) {
    const newline = cleaned.indexOf('\n', start);
    const end = newline === -1 ? cleaned.length : newline;
    if (colon !== -1 && colon < start) colon = cleaned.indexOf(':', start);
    const length = end - start;
    const first = length <= MAX_CHROME_ROW ? firstWordOf(cleaned, start, end) : FirstWord.None;
    const chromeLine =
      (first !== FirstWord.None && length <= MAX_CHROME_LINE && LINES.has(lineKey(cleaned.slice(start, end)))) ||
      (first === FirstWord.Chrome && isChromeRow(cleaned.slice(start, end))) ||
      (length <= MAX_CHROME_ROW && ROOT_FIRST_WORDS.has(firstWord(cleaned, start, end)) && isBreadcrumb(cleaned.slice(start, end)));
    if (chromeLine || (colon !== -1 && colon < end && opensWithLabel(cleaned, start, colon))) {
      out += cleaned.slice(kept, start);
      kept = end;
    }
    start = end + 1;
  }
  return kept === 0 ? cleaned : out + cleaned.slice(kept);
}
