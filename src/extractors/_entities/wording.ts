/**
 * The wording tables of the entity extractors (cue words, topic lexicon, agreement kinds,
 * figure words, media outlets, officials), typed. Each JSON file is read here and only here.
 * @module
 */
import agreementKinds from '../../../data/agreement-kinds.json';
import cues from '../../../data/cues.json';
import figureWords from '../../../data/figure-words.json';
import media from '../../../data/media.json';
import officials from '../../../data/officials.json';
import topics from '../../../data/topics.json';
import { foldWord } from '../../gazetteer/fold.js';
import type { AgreementKind, Qualifier, Topic } from '../../schema/record.js';
import { defineWordClass } from './wordClasses.js';

/**
 * A proximity rule: a word of `a` followed within `window` words by a phrase of `b`. With
 * `via`, the word right after the anchor must be one of `via` ("trafficking *of* small
 * arms") and the words up to the partner must not be split by punctuation.
 */
export interface NearRule {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly window: number;
  readonly via?: readonly string[];
}

/** One topic of the vocabulary with the wording that shows it. */
export interface TopicEntry {
  readonly topic: Topic;
  readonly phrases: readonly string[];
  readonly near?: readonly NearRule[];
}

/** A known office holder: facts used to normalise names and countries. */
export interface OfficialEntry {
  readonly name: string;
  readonly variants: readonly string[];
  readonly country: string | null;
  readonly organization: string | null;
  readonly office: string;
}

/** A news outlet. */
export interface MediaEntry {
  readonly name: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
}

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/** Cue words, as lower-case sets (except the capitalised word lists, kept as written). */
export const CUES = {
  speech: lower(cues.speechVerbs),
  speechAdverbs: lower(cues.speechAdverbs),
  honorifics: new Set(cues.honorifics),
  officeModifiers: new Set(cues.officeModifiers),
  orgStops: new Set(cues.orgStops),
  host: lower(cues.hostCues),
  participant: lower(cues.participantCues),
  sign: lower(cues.signCues),
  planned: cues.plannedCues,
  lead: cues.leadCues,
  orgHead: new Set(cues.orgHeadWords),
  /** Head words that name an organisation by themselves: not a field of work alone ("Interior", "Security"). */
  orgNoun: new Set(cues.orgHeadWords.filter((w) => !cues.fieldWords.includes(w))),
  notNames: new Set(cues.notNames),
  /** The nouns of a country's forces ("Police", "Gendarmerie"), as a person's organisation may be written bare. */
  forceNouns: new Set(cues.forceNouns),
  particles: lower(cues.nameParticles),
  hyphenSuffixes: new Set(cues.hyphenSuffixes),
  connectors: lower(cues.connectors),
  pronouns: lower(cues.pronouns),
  bodyNouns: cues.bodyNouns,
  titleCues: lower(cues.titleCues),
  adopt: lower(cues.adoptCues),
  counterpart: lower(cues.counterpartCues),
  /** Generational suffixes written after a name, part of it ("Ferdinand Marcos Jr.", "Nicolas Torre III"), as written. */
  nameSuffixes: new Set(cues.nameSuffixes),
  /** Letters written after a name and set off by commas ("X, MP, Minister for Defence"), as written: not the name, and no title. */
  postNominals: new Set(cues.postNominals),
  /** Words that open a compound name with the word after them ("Abdul Amir", "Abdel Malik"), lower-case: that word is no office. */
  nameOpeners: lower(cues.nameOpeners),
  /** Nouns of a field of work written between a demonym and an office ("Kenyan police chief X", "Nigerian army spokesman X"), lower-case. */
  fieldNouns: lower(cues.fieldNouns),
  /** A government's portfolios, written before an office that is then a state's ("Interior Secretary", "Home Secretary"). */
  portfolios: new Set(cues.portfolioWords),
  /** Verbs that list the members of a delegation after it ("the Latvian delegation included X"). */
  member: lower(cues.memberCues),
  /** Words that introduce a person as a guest of the event ("the visiting minister", "the head of the delegation"). */
  guest: lower(cues.guestCues),
  /** Verbs a headline in title case writes with a capital ("Mr. X Holds Talks"): never a name's words. */
  headlineVerbs: lower(cues.headlineVerbs),
} as const;

/** Word classes (see `wordClasses.ts`) of the cue lists read token by token; honorifics by folded key, to be checked as written. */
export const CUE_CLASS = {
  speech: defineWordClass(CUES.speech),
  speechAdverb: defineWordClass(CUES.speechAdverbs),
  host: defineWordClass(CUES.host),
  participant: defineWordClass(CUES.participant),
  sign: defineWordClass(CUES.sign),
  adopt: defineWordClass(CUES.adopt),
  honorific: defineWordClass([...CUES.honorifics].map(foldWord)),
  /** Name particles by key: a superset of the particles as written, which are lower case. */
  particle: defineWordClass(CUES.particles),
  headlineVerb: defineWordClass(CUES.headlineVerbs),
  connector: defineWordClass(CUES.connectors),
} as const;

/** The topic lexicon. */
export const TOPICS = topics as readonly TopicEntry[];

/** Agreement kinds with the nouns that name them, most specific first, and the nouns among them that, written definite, refer back to any document ("the agreement"). */
export const AGREEMENT_KINDS = agreementKinds as readonly { kind: AgreementKind; phrases: readonly string[]; refersBack?: readonly string[] }[];

/** Qualifier phrases and number words for figures. */
export const FIGURE_WORDS = figureWords as {
  readonly qualifiers: readonly { qualifier: Qualifier; phrases: readonly string[] }[];
  readonly numbers: Readonly<Record<string, number>>;
  readonly scales: Readonly<Record<string, number>>;
  readonly measures: readonly string[];
  readonly irregularPlurals: readonly string[];
  readonly notUnits: readonly string[];
  readonly dateWords: readonly string[];
  readonly unitStops: readonly string[];
  readonly regionWords: readonly string[];
};

/** Known office holders. */
export const OFFICIALS = officials as readonly OfficialEntry[];

/** News outlets. */
export const MEDIA = media as readonly MediaEntry[];
