/**
 * The `RegExp(...)` calls in `src/` whose pattern is built at run time, each with the reason
 * it is safe. recheck cannot see such a pattern, so every one must be argued for here; a
 * dynamic regex not listed fails `regex-safety.test.ts`, and so does an entry no longer found.
 *
 * `file` is relative to the project root; `call` is the call's source text with whitespace
 * collapsed to single spaces.
 */
export interface AllowedDynamicRegex {
  readonly file: string;
  readonly call: string;
  readonly reason: string;
}

export const ALLOWED_DYNAMIC_REGEXPS: readonly AllowedDynamicRegex[] = [];
