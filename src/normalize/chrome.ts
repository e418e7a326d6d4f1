/**
 * Page chrome: the bits of a web page that are not the release (navigation lines such as
 * "Other news", font-size widgets "+ ↺ − 16 px", "(click here to read ...)" asides).
 * The phrases live in `data/chrome.json`; this module removes them from the text.
 * @module
 */
import chrome from '../../data/chrome.json';
import { foldWord } from '../gazetteer/fold.js';

const LINES: ReadonlySet<string> = new Set(chrome.lines.map((l) => foldWord(l)));

/** A line longer than the longest chrome phrase plus room for trailing punctuation cannot be chrome. */
const MAX_CHROME_LINE = Math.max(...chrome.lines.map((l) => l.length)) + 16;

/** A font-size widget: "+ ↺ − 16 px", "A+ A- 16px". */
const WIDGET = /(?:\+ ?↺ ?[−–-] ?|A\+ ?A[−–-] ?)\d{1,2} ?px\b/g;

/** A parenthesised aside that talks to the reader: "(click here to read the full statement)". */
const ASIDE = new RegExp(`\\((?:${chrome.asides.map((a) => a.replace(/ /g, '\\s+')).join('|')})\\b[^()\\n]{0,200}\\)`, 'gi');

/** Folds a line to its chrome key: case folded, without a trailing colon or punctuation. */
const lineKey = (line: string): string => foldWord(line.trim().replace(/(?<![\s:.!>»])[\s:.!>»]+$/u, ''));

/**
 * Removes page chrome from text whose line ends are already `\n`: whole chrome lines,
 * font-size widgets and reader asides. The text around them is left as it is.
 *
 * @example
 * ```ts
 * stripChrome('date 2019-11-12 + ↺ − 16 px\nBody text.\nOther news');
 * //=> 'date 2019-11-12 \nBody text.\n'
 * ```
 */
export function stripChrome(text: string): string {
  return text
    .replace(WIDGET, '')
    .replace(ASIDE, '')
    .split('\n')
    .map((line) => (line.length <= MAX_CHROME_LINE && LINES.has(lineKey(line)) ? '' : line))
    .join('\n');
}
