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
