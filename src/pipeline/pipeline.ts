/**
 * The extractors, in the order they run. Order lives here and nowhere else;
 * each entry says why it stands where it does.
 * @module
 */
import { agreementsExtractor } from '../extractors/agreements.js';
import { countryCount } from '../extractors/countryCount.js';
import { dateline } from '../extractors/dateline.js';
import { eventDates } from '../extractors/eventDates.js';
import { eventKind } from '../extractors/eventKind.js';
import { eventTitle } from '../extractors/eventTitle.js';
import { figuresExtractor } from '../extractors/figures.js';
import { headline } from '../extractors/headline.js';
import { host } from '../extractors/host.js';
import { hostCountryOfHosts } from '../extractors/hostCountryOfHosts.js';
import { layout } from '../extractors/layout.js';
import { location } from '../extractors/location.js';
import { nationalForces } from '../extractors/nationalForces.js';
import { organizationsExtractor } from '../extractors/organizations.js';
import { outlet } from '../extractors/outlet.js';
import { participants } from '../extractors/participants.js';
import { peopleExtractor } from '../extractors/people.js';
import { publishedAt } from '../extractors/publishedAt.js';
import { quotesExtractor } from '../extractors/quotes.js';
import { series } from '../extractors/series.js';
import { subjectCountries } from '../extractors/subjectCountries.js';
import { topicsExtractor } from '../extractors/topics.js';
import type { Extractor } from './context.js';

/** The pipeline: each extractor may read the findings and fields of those before it. */
export const PIPELINE: readonly Extractor[] = [
  layout, // first: splits header from body, which every later step reads
  dateline, // reads the header lines and the body start that layout found
  headline, // needs the dateline, which may sit on a header line
  outlet, // reads the dateline, mastheads and header lines
  publishedAt, // page stamps first, then the dateline's date
  organizationsExtractor, // entities first: people take their country and title from the agencies they head
  peopleExtractor, // before quotes (speakers) and before the event steps, which may read record.people
  quotesExtractor, // a speaker is resolved to a person already found
  topicsExtractor, // reads organisation spans: a topic word inside an agency's name is not counted
  agreementsExtractor, // parties come from the organisation mentions' countries
  figuresExtractor, // needs only the tokens; last of the entity steps
  eventKind, // reads the content that layout and dateline delimit
  eventTitle, // a quotation right after the event noun
  series, // the event noun's ordinal and the name after it
  eventDates, // resolves year-less dates against publishedAt
  location, // the venue, before host and participants that build on it
  host, // the venue's country unless a chair or a seat is named
  participants, // adds the host country to the countries named as taking part
  hostCountryOfHosts, // needs the host country; fills only the countries the people step left empty
  nationalForces, // needs the people's countries, the last of which the step before fills
  countryCount, // independent of the list; any place after layout
  subjectCountries, // the countries discussed that are not participants: last
];
