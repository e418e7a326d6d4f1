/**
 * The typed error secpress throws, and the only one.
 * @module
 */

/** Why a call was refused: the input was not a string, was too long, or the options were invalid. */
export type SecpressErrorCode = 'invalid-input' | 'input-too-long' | 'invalid-options';

/** One problem found in the options, with the path of the option it concerns. */
export interface SecpressIssue {
  /** Path of the offending option, e.g. `['publishedAt']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * The error secpress throws for a non-string input, an input over `maxLength`, or invalid options.
 * Check `code` rather than the message, which may change.
 *
 * @example
 * ```ts
 * import { SecpressError, parsePressRelease } from 'secpress';
 *
 * try {
 *   parsePressRelease('x'.repeat(20), { maxLength: 10 });
 * } catch (error) {
 *   error instanceof SecpressError && error.code;
 *   //=> 'input-too-long'
 * }
 * ```
 */
export class SecpressError extends Error {
  override readonly name = 'SecpressError';
  /** A stable code for the kind of failure. */
  readonly code: SecpressErrorCode;
  /** The problems found, where there are several (invalid options). */
  readonly issues: readonly SecpressIssue[];

  constructor(code: SecpressErrorCode, message: string, issues: readonly SecpressIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * What was thrown, in words, without trusting it: a thrown value may have no string form
 * (`Object.create(null)`) or a `message` getter that throws again.
 */
export function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return 'a value that cannot be shown';
  }
}
