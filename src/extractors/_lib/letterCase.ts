/**
 * Letter-case tests on the first letter of a word, with their patterns built once (a `\p{...}`
 * literal inside a function is rebuilt by the bundle on every call).
 * @module
 */

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** Whether `s` starts with a capital letter. */
export const startsUpper = (s: string): boolean => UPPER_START.test(s);

/** Whether `s` starts with a lower-case letter. */
export const startsLower = (s: string): boolean => LOWER_START.test(s);
