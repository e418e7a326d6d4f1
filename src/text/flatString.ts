/**
 * Strings in one plain form, for the code that reads them a character at a time.
 *
 * A JavaScript engine keeps a string in one of several forms: a view into a longer string (what
 * `slice` returns), a pair of halves (what `+` returns), or a flat run of one-byte or two-byte
 * characters; and a string stays two-byte once any character in it needed two bytes, even after
 * that character is replaced. Every place that reads a string's characters learns the forms it is
 * given, and past four forms it stops specialising and reads each character through a generic,
 * several times slower path. Releases arrive in every form, so the parser copies the normalised
 * text and each word of its lexicon into one flat string, one-byte whenever its characters allow.
 * @module
 */

const ENCODER = new TextEncoder();
/** `ignoreBOM`: a leading U+FEFF is kept, as every other character is. */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
/** Longest string copied through the shared buffer: at most three bytes a UTF-16 unit. */
const BUFFERED = 1 << 16;
const BUFFER = new Uint8Array(3 * BUFFERED);

/**
 * The same characters as `s`, as a new flat string (one-byte when every character fits in one). A
 * string that is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot carry) comes back as it is.
 *
 * @example
 * ```ts
 * const text = 'Talks in Baku: "a step forward"';
 * flatString(text) === text;
 * //=> true
 * ```
 */
export function flatString(s: string): string {
  if (!s.isWellFormed()) return s;
  if (s.length > BUFFERED) return DECODER.decode(ENCODER.encode(s));
  const { written } = ENCODER.encodeInto(s, BUFFER);
  return DECODER.decode(BUFFER.subarray(0, written));
}
