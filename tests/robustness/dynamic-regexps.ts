/**
 * Exceptions to the regex-safety rules, each with the reason it is acceptable. A dynamic regex or
 * a finding not listed here fails `regex-safety.test.ts`, and so does an entry no longer needed.
 *
 * `file` is relative to the project root.
 */

/** A `RegExp(...)` call in `src/` whose pattern is built at run time. */
export interface AllowedDynamicRegex {
  readonly file: string;
  /** The call's source text, whitespace collapsed to single spaces. */
  readonly call: string;
  readonly reason: string;
}

/**
 * `RegExp(...)` calls whose pattern is computed. recheck cannot see such a pattern in the source,
 * so each is argued for here; those built while modules load or while a release is parsed are
 * also checked by recheck at run time.
 */
export const ALLOWED_DYNAMIC_REGEXPS: readonly AllowedDynamicRegex[] = [];

/** A pattern recheck rates vulnerable (or cannot decide) that is kept, with the reason it is safe where it is used. */
export interface AcceptedFinding {
  readonly file: string;
  /** The pattern's source, exactly. */
  readonly source: string;
  readonly reason: string;
}

/** Findings accepted because of how the pattern is used (for instance, only on a short bounded window). */
export const ACCEPTED_FINDINGS: readonly AcceptedFinding[] = [];
