/**
 * fast-check generators of release-like and hostile text: realistic sentences of our own
 * (fragments.json) filled with names from the bundled data/ tables, page chrome, HTML,
 * quotes, dates and numbers, spliced with hostile pieces (RTL and combining characters,
 * lone surrogates, control characters, unbalanced quotes, long runs of one thing).
 */
import fc from 'fast-check';
import agencies from '../../data/agencies.json';
import bodies from '../../data/bodies.json';
import cities from '../../data/cities.json';
import countries from '../../data/countries.json';
import offices from '../../data/offices.json';
import ranks from '../../data/ranks.json';
import fragments from './fragments.json';

const pick = (values: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...values);
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Country names and aliases, as a release writes them. */
export const COUNTRY_NAMES: readonly string[] = countries.flatMap((c) => [c.name, ...c.aliases]);

const SLOTS: Readonly<Record<string, fc.Arbitrary<string>>> = {
  city: pick(cities.flatMap((c) => [c.name, ...c.aliases])),
  country: pick(COUNTRY_NAMES),
  demonym: pick(countries.flatMap((c) => c.demonyms)),
  agency: pick(agencies.flatMap((a) => [a.name, ...a.acronyms])),
  body: pick(bodies.flatMap((b) => [b.name, ...b.acronyms])),
  rank: pick(ranks.flatMap((r) => [r.rank, ...r.variants])),
  office: pick(offices.flatMap((o) => [o.title, ...o.variants])),
  person: pick(fragments.persons),
  surname: pick(fragments.persons.map((p) => p.split(' ').at(-1) ?? p)),
  outlet: pick(fragments.outlets),
  topic: pick(fragments.topics),
  month: pick(fragments.months),
  weekday: pick(fragments.weekdays),
  ordinal: pick(fragments.ordinals),
  roman: pick(fragments.romans),
  day: fc.integer({ min: 0, max: 40 }).map(String),
  year: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1990, max: 2035 }) }, fc.integer({ min: 0, max: 99999 })).map(String),
  mm: fc.integer({ min: 0, max: 13 }).map(pad2),
  dd: fc.integer({ min: 0, max: 35 }).map(pad2),
  number: fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), pick(['twenty', 'dozens of', 'hundreds of', '1,500', '2.5 million'])),
};

/** A template with `{slot}` holes, filled from the slot generators (unknown slots stay as written). */
export function filled(template: string): fc.Arbitrary<string> {
  const parts = template.split(/\{(\w+)\}/);
  const pieces = parts.map((part, i) => (i % 2 === 1 ? (SLOTS[part] ?? fc.constant(`{${part}}`)) : fc.constant(part)));
  return fc.tuple(...pieces).map((values) => values.join(''));
}

/** A sentence of a release, as a news agency writes one. */
export const sentence: fc.Arbitrary<string> = fc.oneof(...fragments.sentences.map(filled));

/** A line of page chrome scraped along with the text. */
export const chrome: fc.Arbitrary<string> = fc.oneof(...fragments.chrome.map(filled));

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));

/** Lone and reversed surrogates: a JSON file cannot carry them through every JSON parser, so they live here. */
export const LONE_SURROGATES: readonly string[] = ['\ud800', '\udfff', '\udc00\ud800', 'x\udbff', '\ud83d'];

/** Letters, combining marks, invisible characters, odd spaces and quotes, densely mixed: what normalisation must get right. */
export const markSoup: fc.Arbitrary<string> = fc.string({
  unit: pick(['a', 'e', 'I', 'i', '\u0130', 'A', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u2000', '\u200b', '\ufeff', '\u0301', '\u0307', '\u0323', '\u030a', ',', '"', "'", '\u201c', '\u2019', '\u2028']),
  maxLength: 30,
});

/** A hostile piece: markup, quotes, scripts, control and combining characters, odd numbers and dates, random units. */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(...fragments.hostile.map(filled)) },
  { weight: 1, arbitrary: pick(LONE_SURROGATES) },
  { weight: 1, arbitrary: markSoup },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 20 }) },
);

/** One piece repeated: a run of one character, of one name, of one tag. */
export const run: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(hostile, sentence, SLOTS.country ?? fc.constant('Turkey'), codeUnit), fc.integer({ min: 2, max: 400 }), pick(['', ' ', ', ', '\n']))
  .map(([piece, times, sep]) => Array.from({ length: times }, () => piece).join(sep));

const separator = pick(['', ' ', ' ', '\n', '\n\n', ', ', '. ', '\t']);

/** Mixtures of realistic release fragments with hostile ones, joined by assorted separators. */
export const releaseLike: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 1, arbitrary: chrome }, { weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: run }),
      separator,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Every kind of string the property tests feed the parser. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: releaseLike },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 200 }) },
);
