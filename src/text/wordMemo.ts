/**
 * A bounded memo for per-word computations that run on every token: the same words recur from
 * text to text, so their answers are kept, up to a number of words (then the memo starts afresh),
 * and only for word-sized keys (a whole line is computed each time).
 * @module
 */

/**
 * `compute`, remembering its answer for each word of at most `longest` units, up to `maxWords`
 * words at a time.
 *
 * @example
 * ```ts
 * const upper = rememberPerWord((w) => w.toUpperCase(), 1000, 40);
 * [upper('baku'), upper('baku')];
 * //=> ['BAKU', 'BAKU']
 * ```
 */
export function rememberPerWord(compute: (word: string) => string, maxWords: number, longest: number): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    if (word.length > longest) return compute(word);
    let answer = known.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (known.size >= maxWords) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}
