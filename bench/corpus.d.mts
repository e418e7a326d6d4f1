/** Types of bench/corpus.mjs, for the tests that import it. */

/** One generated release, with the options a caller would pass to `parsePressRelease`. */
export interface GeneratedRelease {
  /** `gen-0001`, `gen-0002`, ... in generation order. */
  readonly id: string;
  /** The region of bench/regions.json the release was drawn from ("CIS", "Africa", ...). */
  readonly region: string;
  /** The kind of event the text was written to report. */
  readonly kind: 'conference' | 'meeting' | 'summit' | 'forum' | 'talks' | 'visit' | 'exercise';
  /** The release as plain text, page chrome included. */
  readonly text: string;
  /** Sometimes the publication date, as a feed would give it. */
  readonly options: { readonly publishedAt?: string };
  /** Warning codes the text was written to trigger ("weekday-mismatch"). */
  readonly warnings: readonly string[];
}

/** Generates `count` releases from `seed`; the same seed and count always give the same corpus. */
export function generateCorpus(options?: { seed?: number; count?: number }): GeneratedRelease[];
