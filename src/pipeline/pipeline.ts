/**
 * The extractors, in the order they run. Order lives here and nowhere else;
 * each entry says why it stands where it does.
 * @module
 */
import type { Extractor } from './context.js';

/** The pipeline: each extractor may read the findings and fields of those before it. */
export const PIPELINE: readonly Extractor[] = [];
