/**
 * The run of one to three capitalised words a line opens with, as a dateline's place is written
 * ("ZAGREB", "Nur-Sultan", "New Delhi", "Port of Spain" up to "Port").
 * @module
 */

/** The run, as a pattern: each word a capital and letters, apostrophes or hyphens, one space between words. */
const CAPITALISED_RUN = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u;

/** An ASCII letter, apostrophe or hyphen: what may follow a word's capital. */
const isWordUnit = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27 || c === 0x2d;
/** An ASCII capital. */
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/**
 * The run of up to three capitalised words `line` opens with ({@link CAPITALISED_RUN}), or
 * undefined. Read unit by unit over ASCII, which the pattern's classes of all letters make slow;
 * the pattern decides as soon as a unit beyond ASCII is met.
 *
 * @example
 * ```ts
 * [capitalisedRun('ZAGREB, 21 May (Nordic Desk)'), capitalisedRun('New Delhi Police Chief Meets'), capitalisedRun('the talks')];
 * //=> ['ZAGREB', 'New Delhi Police', undefined]
 * ```
 */
export function capitalisedRun(line: string): string | undefined {
  let i = 0;
  for (let word = 0; word < 3; word++) {
    // A word after the first opens with a space and a capital.
    const capital = word === 0 ? 0 : i + 1;
    if (word > 0 && line.charCodeAt(i) !== 0x20) break;
    const c = line.charCodeAt(capital);
    if (c >= 0x80) return CAPITALISED_RUN.exec(line)?.[1];
    if (!isCapital(c)) break;
    i = capital + 1;
    for (let d = line.charCodeAt(i); isWordUnit(d) || d >= 0x80; d = line.charCodeAt(++i)) if (d >= 0x80) return CAPITALISED_RUN.exec(line)?.[1];
  }
  return i === 0 ? undefined : line.slice(0, i);
}
