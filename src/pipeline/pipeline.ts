/**
 * The extractors, in the order they run. Order lives here and nowhere else;
 * each entry says why it stands where it does.
 * @module
 */
import { agreementsExtractor } from '../extractors/agreements.js';
import { figuresExtractor } from '../extractors/figures.js';
import { organizationsExtractor } from '../extractors/organizations.js';
import { peopleExtractor } from '../extractors/people.js';
import { quotesExtractor } from '../extractors/quotes.js';
import { topicsExtractor } from '../extractors/topics.js';
import type { Extractor } from './context.js';

/** The pipeline: each extractor may read the findings and fields of those before it. */
export const PIPELINE: readonly Extractor[] = [
  // Organisations first: people take their country and title from the agencies they head.
  organizationsExtractor,
  // People next, so that quotes can name their speakers and event extractors can read record.people.
  peopleExtractor,
  // Quotes after people: a speaker is resolved to a person already found.
  quotesExtractor,
  // Topics read organisation spans, so that a topic word inside an agency's name is not counted.
  topicsExtractor,
  // Agreements take their parties from the organisation mentions' countries.
  agreementsExtractor,
  // Figures need only the tokens; last of the entity steps.
  figuresExtractor,
];
