/**
 * Letter-case tests on the first letter of a word, with their patterns built once (a `\p{...}`
 * literal inside a function is rebuilt by the bundle on every call).
 * @module
 */

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** Whether `s` starts with a capital letter (an ASCII one decided without the pattern). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(s);
}

/** Whether `s` starts with a lower-case letter (an ASCII one decided without the pattern). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_START.test(s);
}

/** Short words a name written in capitals keeps in lower case, but for its first word. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'de', 'del', 'la', 'el', 'du', 'des', 'le', 'y', 'e']);

/** The first letter of a word, or of a part after a hyphen or an apostrophe ("Al-Sabah", "O'Neill"). */
const WORD_START = /(^|[-'’])(\p{L})/gu;

/** Whether a name of several words is written all in capitals ("MINISTRY OF SECURITY"; not "AZERTAC", one word). */
export function inCapitals(name: string): boolean {
  return name.includes(' ') && name.toUpperCase() === name && name.toLowerCase() !== name;
}

/**
 * A name of several words written all in capitals ("MINISTRY OF SECURITY") written as a name
 * ("Ministry of Security"); any other name as it is (one word in capitals is an acronym or a brand: "AZERTAC").
 */
export function capitalisedName(name: string): string {
  if (!inCapitals(name)) return name;
  return name
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && NAME_CONNECTORS.has(lower)) return lower;
      return lower.replace(WORD_START, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}
