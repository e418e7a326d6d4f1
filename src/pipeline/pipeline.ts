/**
 * The extractors, in the order they run. Order lives here and nowhere else;
 * each entry says why it stands where it does.
 * @module
 */
import { dateline } from '../extractors/dateline.js';
import { headline } from '../extractors/headline.js';
import { layout } from '../extractors/layout.js';
import { outlet } from '../extractors/outlet.js';
import { publishedAt } from '../extractors/publishedAt.js';
import type { Extractor } from './context.js';

/** The pipeline: each extractor may read the findings and fields of those before it. */
export const PIPELINE: readonly Extractor[] = [
  layout, // first: splits header from body, which every later step reads
  dateline, // reads the header lines and the body start that layout found
  headline, // needs the dateline, which may sit on a header line
  outlet, // reads the dateline, mastheads and header lines
  publishedAt, // page stamps first, then the dateline's date
];
