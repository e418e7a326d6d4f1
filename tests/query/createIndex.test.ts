import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex, filterRecords, type EventKind, type PressRecord, type RecordFilter, type Topic } from '../../src/index.js';
import { collection } from './_collection.js';
import { ids, makeRecord } from './_records.js';

const COUNTRIES = ['AZ', 'UZ', 'RU', 'KG', 'TR', 'AF'];
const NAMES = ['Ali Naghiyev', 'Ali Nağıyev', 'Naghiyev', 'Sergey Naryshkin', 'Sergei Naryshkin', 'Naryshkin', 'Madat Guliyev', 'Ivan Tertel'];
const ORGANIZATIONS = ['SVR', 'State Security Service', 'SCO RATS', 'CIS', 'KGB'];
const TOPICS: Topic[] = ['terrorism', 'extremism', 'drug-trafficking', 'separatism'];
const KINDS: EventKind[] = ['meeting', 'conference', 'talks'];
const SERIES = ['SCO RATS Council', 'Council of the Regional Anti-Terrorist Structure of the SCO', 'Council of Heads of Security Agencies and Special Services of the CIS member states', 'TURKON'];
const CITIES = ['Cholpon-Ata', 'Cholpan-Ata', 'Tashkent', 'Baku', 'Vitebsk'];
const DATES = ['2017-05-31', '2019-11-12', '2021-10-13', '2021-10-15', '2022-07-26', '2025-04-29'];

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const some = <T>(values: readonly T[], maxLength = 3): fc.Arbitrary<T[]> => fc.uniqueArray(fc.constantFrom(...values), { maxLength });

const recordArb: fc.Arbitrary<Omit<PressRecord, 'id'>> = fc
  .record({
    participants: some(COUNTRIES, 4),
    subjects: some(COUNTRIES, 2),
    people: some(NAMES, 3),
    organizations: some(ORGANIZATIONS, 2),
    topics: some(TOPICS, 3),
    kind: fc.constantFrom(...KINDS),
    series: maybe(fc.constantFrom(...SERIES)),
    city: maybe(fc.constantFrom(...CITIES)),
    startDate: maybe(fc.constantFrom(...DATES)),
    publishedAt: maybe(fc.constantFrom(...DATES)),
  })
  .map((f) => {
    const text = `Generated report on ${f.topics.join(', ') || 'nothing in particular'}.`;
    const { id: _id, ...record } = makeRecord({
      id: 'generated',
      text,
      publishedAt: f.publishedAt,
      event: {
        kind: f.kind,
        series: f.series === null ? null : { name: f.series, edition: null },
        startDate: f.startDate,
        location: f.city === null ? null : { city: f.city, country: null },
        participants: { countries: f.participants, organizations: f.organizations.slice(0, 1) },
        subjectCountries: f.subjects,
      },
      people: f.people.map((name) => ({ name })),
      organizations: f.organizations.slice(1).map((name) => ({ name })),
      topics: Object.fromEntries(f.topics.map((t) => [t, t])),
    });
    return record;
  });

const oneOrMany = <T>(values: readonly T[]): fc.Arbitrary<T | T[]> => fc.oneof(fc.constantFrom(...values), some(values, 2));

const filterArb: fc.Arbitrary<RecordFilter> = fc.record(
  {
    country: oneOrMany([...COUNTRIES, 'FR']),
    participant: oneOrMany(COUNTRIES),
    subject: oneOrMany(COUNTRIES),
    person: oneOrMany([...NAMES, 'ali nagiyev', 'NARYSHKIN', 'Ivan Petrov']),
    organization: oneOrMany([...ORGANIZATIONS, 'svr', 'Mossad']),
    topic: oneOrMany(TOPICS),
    kind: oneOrMany(KINDS),
    series: oneOrMany([...SERIES, 'SCO RATS']),
    city: oneOrMany([...CITIES, 'cholpon ata', 'Moscow']),
    from: oneOrMany(DATES),
    to: oneOrMany(DATES),
  },
  { requiredKeys: [] },
);

describe('createIndex', () => {
  it('answers like filterRecords on the test collection', () => {
    const index = createIndex(collection);
    expect(index.size).toBe(collection.length);
    expect(ids(index.filter({}))).toEqual(ids(collection));
    expect(ids(index.filter({ person: 'Nagiyev', from: '2021-01-01' }))).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(ids(index.filter({ city: 'Cholpon-Ata', topic: 'terrorism' }))).toEqual([]);
    expect(ids(index.filter({ country: ['GE', 'CN'] }))).toEqual(['almaty-rats', 'undated-forum']);
  });

  it('returns records in their original order, as a new array', () => {
    const index = createIndex(collection);
    const all = index.filter({ from: '2000-01-01' });
    expect(ids(all)).toEqual(['almaty-rats', 'cholpon-ata-turkic', 'tashkent-talks', 'moscow-cis']);
    expect(index.filter({})).not.toBe(index.records);
  });

  it('agrees with filterRecords on random filters over generated records (property)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), fc.array(filterArb, { minLength: 1, maxLength: 5 }), (drafts, filters) => {
        const records = drafts.map((draft, i) => ({ ...draft, id: `r${i}` }));
        const index = createIndex(records);
        for (const filter of filters) expect(ids(index.filter(filter))).toEqual(ids(filterRecords(records, filter)));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
