// A module that builds its regexes at run time, for the self-check of regex-safety.test.ts.
const WORDS = ['talks', 'meeting', 'conference'];

/** Built when the module loads. */
export const EVENT_WORD = new RegExp(`\\b(?:${WORDS.join('|')})\\b`, 'gi');

/** Built on each call, from its argument. */
export function nested(word: string): RegExp {
  return RegExp(`^(?:${word}+)+$`);
}
