import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEvents, MergedEventSchema, type PressRecord } from '../../src/index.js';
import { makeRecord } from './_records.js';

const TURKIC = 'Conference of the Special Service Bodies of Turkic-Speaking States';

/** One conference told by two outlets: different spellings, and a date the second outlet got wrong. */
const pressService = makeRecord({
  id: 'press-service',
  outlet: 'State Security Service of Azerbaijan',
  text: 'Cholpon-Ata, July 26. The XXIV Conference of the Special Service Bodies of Turkic-Speaking States opened with delegations of Azerbaijan, Türkiye and Kyrgyzstan. Colonel-General Ali Naghiyev spoke about terrorism.',
  publishedAt: '2022-07-27',
  event: {
    kind: 'conference',
    series: { name: TURKIC, edition: 24 },
    startDate: '2022-07-26',
    location: { city: 'Cholpon-Ata', country: 'KG' },
    participants: { countries: ['AZ', 'TR', 'KG'] },
  },
  people: [{ name: 'Ali Naghiyev', aliases: ['Naghiyev'], rank: 'Colonel-General', country: 'AZ', roles: ['speaker'] }],
  topics: { terrorism: 'terrorism' },
});

const newsAgency = makeRecord({
  id: 'news-agency',
  outlet: 'Kabar',
  text: 'Cholpan-Ata, July 27. The 24th meeting of the Conference of Special Services of Turkic-speaking countries brought together Kazakhstan, Turkey and Kyrgyzstan; Ali Nağıyev of Azerbaijan warned of drug trafficking.',
  publishedAt: '2022-07-27',
  event: {
    kind: 'meeting',
    series: { name: 'Conference of Special Services of Turkic-speaking countries', edition: 24 },
    startDate: '2022-07-27',
    location: { city: 'Cholpan-Ata', country: 'KG' },
    participants: { countries: ['KZ', 'TR', 'KG'] },
  },
  people: [{ name: 'Ali Nağıyev', country: 'AZ', title: 'Chief of the State Security Service', roles: ['speaker'] }],
  topics: { 'drug-trafficking': 'drug trafficking' },
});

function bishkekTalks(id: string, date: string): PressRecord {
  return makeRecord({
    id,
    text: `Bishkek. The heads of the security services of Kyrgyzstan and Kazakhstan held talks in Bishkek on ${date}.`,
    event: { kind: 'talks', startDate: date, location: { city: 'Bishkek', country: 'KG' }, participants: { countries: ['KG', 'KZ'] } },
  });
}

describe('mergeEvents', () => {
  it('merges two outlets\' reports of one event despite different spellings, keeping the date conflict', () => {
    const merged = mergeEvents([pressService, newsAgency]);
    expect(merged).toHaveLength(1);
    const [event] = merged;
    expect(MergedEventSchema.safeParse(event).success).toBe(true);
    expect(event?.records.map((r) => r.id)).toEqual(['press-service', 'news-agency']);
    expect(event?.conflicts).toContainEqual({
      field: 'startDate',
      values: [
        { value: '2022-07-26', recordIds: ['press-service'] },
        { value: '2022-07-27', recordIds: ['news-agency'] },
      ],
    });
    expect(event?.conflicts).toContainEqual({
      field: 'kind',
      values: [
        { value: 'conference', recordIds: ['press-service'] },
        { value: 'meeting', recordIds: ['news-agency'] },
      ],
    });
    expect(event?.conflicts.map((c) => c.field)).not.toContain('location.city');
  });

  it('unites participants, topics and people (one person under every spelling)', () => {
    const [event] = mergeEvents([pressService, newsAgency]);
    expect(event?.participants.countries).toEqual(['AZ', 'TR', 'KG', 'KZ']);
    expect(event?.topics).toEqual(['terrorism', 'drug-trafficking']);
    expect(event?.people).toEqual([
      {
        name: 'Ali Naghiyev',
        aliases: ['Naghiyev', 'Ali Nağıyev'],
        rank: 'Colonel-General',
        title: 'Chief of the State Security Service',
        organization: null,
        country: 'AZ',
        roles: ['speaker'],
        recordIds: ['press-service', 'news-agency'],
      },
    ]);
    expect(event).toMatchObject({ startDate: '2022-07-26', series: { name: TURKIC, edition: 24 }, location: { city: 'Cholpon-Ata', country: 'KG' } });
  });

  it('keeps two different events in the same city a week apart apart', () => {
    const merged = mergeEvents([bishkekTalks('first', '2019-03-04'), bishkekTalks('second', '2019-03-11')]);
    expect(merged.map((e) => e.records.map((r) => r.id))).toEqual([['first'], ['second']]);
  });

  it('merges same-city reports within the window, and the window is an option', () => {
    const close = [bishkekTalks('monday', '2019-03-04'), bishkekTalks('wednesday', '2019-03-06')];
    expect(mergeEvents(close)).toHaveLength(1);
    expect(mergeEvents(close, { windowDays: 1 })).toHaveLength(2);
  });

  it('does not let a third report chain two events further apart than the window', () => {
    const chain = [bishkekTalks('a', '2019-03-01'), bishkekTalks('b', '2019-03-04'), bishkekTalks('c', '2019-03-07')];
    const merged = mergeEvents(chain);
    expect(merged.map((e) => e.records.map((r) => r.id))).toEqual([['a', 'b'], ['c']]);
  });

  it('never merges two editions of one series, even in the same city on the same days', () => {
    const next = { ...pressService, id: 'next', event: { ...pressService.event, series: { name: TURKIC, edition: 25 } } };
    expect(mergeEvents([pressService, next])).toHaveLength(2);
  });

  it('keeps apart same-city talks between different pairs of countries', () => {
    const other = makeRecord({
      id: 'other-pair',
      text: 'Bishkek. The heads of the security services of Russia and Belarus met in Bishkek.',
      event: { kind: 'talks', startDate: '2019-03-04', location: { city: 'Bishkek', country: 'KG' }, participants: { countries: ['RU', 'BY'] } },
    });
    expect(mergeEvents([bishkekTalks('first', '2019-03-04'), other])).toHaveLength(2);
  });

  it('merges reports sharing a title even with a misdated report, and shows the conflict', () => {
    const conference = (id: string, date: string, title: string): PressRecord =>
      makeRecord({
        id,
        text: `Baku. An international conference titled "${title}" was held in Baku.`,
        event: { kind: 'conference', title, startDate: date, location: { city: 'Baku', country: 'AZ' }, participants: { countries: ['AZ'] } },
      });
    const merged = mergeEvents([
      conference('first', '2025-04-29', 'Afghanistan: regional connectivity, security and development'),
      conference('second', '2025-05-09', 'Afghanistan: Regional Connectivity, Security, and Development'),
      conference('next-year', '2026-04-29', 'Afghanistan: regional connectivity, security and development'),
    ]);
    expect(merged.map((e) => e.records.map((r) => r.id))).toEqual([['first', 'second'], ['next-year']]);
    expect(merged[0]?.conflicts.map((c) => c.field)).toEqual(['startDate']);
  });

  it('returns events in date order, undated last, and one event per lone record', () => {
    const lone = makeRecord({ id: 'lone', text: 'A meeting took place.' });
    const merged = mergeEvents([lone, bishkekTalks('later', '2020-01-10'), bishkekTalks('earlier', '2019-01-10')]);
    expect(merged.map((e) => e.id)).toEqual(['earlier', 'later', 'lone']);
    expect(merged[2]).toMatchObject({ location: null, startDate: null, conflicts: [], people: [] });
  });
});

describe('mergeEvents on generated reports (property)', () => {
  const CITIES = ['Bishkek', 'Tashkent', 'Baku'];
  const SERIES = ['Council of the SCO Regional Anti-Terrorist Structure', 'Conference of Special Services of Turkic-Speaking States'];
  const TITLES = ['Security in Central Asia', 'Afghanistan: regional connectivity, security and development'];
  const day = (n: number): string => `2024-03-${String(n).padStart(2, '0')}`;
  const reportArb = fc.record({
    kind: fc.constantFrom('meeting' as const, 'conference' as const, 'talks' as const),
    city: fc.option(fc.constantFrom(...CITIES), { nil: null }),
    day: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    series: fc.option(fc.record({ name: fc.constantFrom(...SERIES), edition: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }) }), { nil: null }),
    title: fc.option(fc.constantFrom(...TITLES), { nil: null }),
    countries: fc.uniqueArray(fc.constantFrom('KG', 'KZ', 'UZ', 'AZ'), { maxLength: 3 }),
  });

  it('puts every report in exactly one valid event, and never joins two editions or two cities without a shared edition', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 25 }), fc.integer({ min: 0, max: 5 }), (reports, windowDays) => {
        const records = reports.map((r, i) =>
          makeRecord({
            id: `r${i}`,
            text: `Report ${i}: security chiefs met.`,
            event: {
              kind: r.kind,
              title: r.title,
              series: r.series,
              startDate: r.day === null ? null : day(r.day),
              location: r.city === null ? null : { city: r.city, country: null },
              participants: { countries: r.countries },
            },
          }),
        );
        const merged = mergeEvents(records, { windowDays });
        expect(merged.flatMap((e) => e.records.map((r) => r.id)).sort()).toEqual(records.map((r) => r.id).sort());
        for (const event of merged) {
          expect(MergedEventSchema.safeParse(event).success).toBe(true);
          for (const a of event.records) {
            for (const b of event.records) {
              const sa = a.event.series;
              const sb = b.event.series;
              const sameEdition = sa !== null && sb !== null && sa.name === sb.name && sa.edition !== null && sa.edition === sb.edition;
              if (sa && sb && sa.name === sb.name && sa.edition !== null && sb.edition !== null) expect(sa.edition).toBe(sb.edition);
              const ca = a.event.location?.city;
              const cb = b.event.location?.city;
              if (ca && cb && !sameEdition) expect(ca).toBe(cb);
            }
          }
        }
      }),
      { seed: 20261124, numRuns: 200 },
    );
  });
});
