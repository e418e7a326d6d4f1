/**
 * Several reports of one event brought together into one {@link MergedEvent}, with every
 * disagreement between them kept visible.
 * @module
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { EventConflict, MergedEvent, MergedPerson } from '../schema/mergedEvent.js';
import type { EventKind, PersonRole, PressRecord } from '../schema/record.js';
import { cityKey, foldName, seriesKey, seriesWords } from './_lib/names.js';
import { clusterPeople } from './_lib/people.js';
import { recordDate } from './_lib/recordKeys.js';

/**
 * How {@link mergeEvents} decides that two reports tell of one event. `windowDays` (default 3):
 * the most days apart that two reports from the same city may date an event and still be one.
 *
 * @example
 * ```ts
 * MergeOptionsSchema.parse({ windowDays: 1 }).windowDays;
 * //=> 1
 * ```
 */
export const MergeOptionsSchema = z.object({
  windowDays: z.number().int().nonnegative().optional(),
});
/** How {@link mergeEvents} decides that two reports tell of one event. */
export type MergeOptions = z.infer<typeof MergeOptionsSchema>;

/** Two reports sharing a title are one event only when they date it this close (a misdated report stays in). */
const TITLE_WINDOW_DAYS = 31;
/** How many of their significant words two series names must share (Jaccard) to be one series. */
const SERIES_SIMILARITY = 0.7;
const EPOCH = parseISO('2000-01-01');

/** Kinds that outlets use for the same event: a conference is often called a meeting, talks a visit. */
const KIND_FAMILIES: readonly ReadonlySet<EventKind>[] = [
  new Set(['conference', 'meeting', 'summit', 'forum']),
  new Set(['talks', 'visit', 'meeting']),
];

interface Facts {
  readonly record: PressRecord;
  readonly position: number;
  readonly first: number | null;
  readonly last: number | null;
  readonly city: string | null;
  readonly series: { readonly key: string; readonly words: ReadonlySet<string> } | null;
  readonly edition: number | null;
  readonly title: string | null;
  readonly kind: EventKind;
  readonly countries: ReadonlySet<string>;
}

function dayOf(date: string | null): number | null {
  return date === null ? null : differenceInCalendarDays(parseISO(date), EPOCH);
}

function factsOf(record: PressRecord, position: number): Facts {
  const { event } = record;
  const first = dayOf(recordDate(record));
  const end = dayOf(event.endDate);
  return {
    record,
    position,
    first,
    last: end !== null && first !== null && end >= first ? end : first,
    city: event.location?.city == null ? null : cityKey(event.location.city),
    series: event.series === null ? null : { key: seriesKey(event.series.name), words: new Set(seriesWords(event.series.name)) },
    edition: event.series?.edition ?? null,
    title: event.title === null ? null : foldName(event.title),
    kind: event.kind,
    countries: new Set(event.participants.countries),
  };
}

function similarSeries(a: NonNullable<Facts['series']>, b: NonNullable<Facts['series']>): boolean {
  if (a.key === b.key) return true;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared += 1;
  const all = a.words.size + b.words.size - shared;
  return all > 0 && shared / all >= SERIES_SIMILARITY;
}

/** Days between two reports' dates (0 when their spans overlap), or null when either is undated. */
function daysApart(a: Facts, b: Facts): number | null {
  if (a.first === null || b.first === null || a.last === null || b.last === null) return null;
  return Math.max(0, b.first - a.last, a.first - b.last);
}

function sameSeriesEdition(a: Facts, b: Facts): boolean {
  return a.series !== null && b.series !== null && a.edition !== null && a.edition === b.edition && similarSeries(a.series, b.series);
}

function sameTitle(a: Facts, b: Facts): boolean {
  if (a.title === null || a.title !== b.title) return false;
  const apart = daysApart(a, b);
  return (apart === null || apart <= TITLE_WINDOW_DAYS) && (a.city === null || b.city === null || a.city === b.city);
}

function compatibleKinds(a: EventKind, b: EventKind): boolean {
  return a === b || a === 'other' || b === 'other' || KIND_FAMILIES.some((family) => family.has(a) && family.has(b));
}

/** Both reports list who took part, and they share too few countries to be the same gathering. */
function differentParticipants(a: Facts, b: Facts): boolean {
  if (a.countries.size === 0 || b.countries.size === 0) return false;
  let shared = 0;
  for (const code of a.countries) if (b.countries.has(code)) shared += 1;
  return shared < Math.min(2, a.countries.size, b.countries.size);
}

/** Facts that rule out one event whatever else matches: two series, or two editions of one series. */
function seriesVeto(a: Facts, b: Facts): boolean {
  if (a.series === null || b.series === null) return false;
  if (!similarSeries(a.series, b.series)) return true;
  return a.edition !== null && b.edition !== null && a.edition !== b.edition;
}

function sameCityAndTime(a: Facts, b: Facts, window: number): boolean {
  const apart = daysApart(a, b);
  return (
    a.city !== null &&
    a.city === b.city &&
    apart !== null &&
    apart <= window &&
    compatibleKinds(a.kind, b.kind) &&
    !differentParticipants(a, b)
  );
}

/** 3 for the same series and edition, 2 for the same title, 1 for the same city and time, 0 for none. */
function evidence(a: Facts, b: Facts, window: number): number {
  if (sameSeriesEdition(a, b)) return 3;
  if (seriesVeto(a, b)) return 0;
  if (sameTitle(a, b)) return 2;
  return sameCityAndTime(a, b, window) ? 1 : 0;
}

/** Whether two reports cannot be of one event, even when a third report links them. */
function contradicts(a: Facts, b: Facts, window: number): boolean {
  if (sameSeriesEdition(a, b)) return false;
  if (seriesVeto(a, b)) return true;
  if (a.city !== null && b.city !== null && a.city !== b.city) return true;
  const apart = daysApart(a, b);
  return apart !== null && apart > window && !sameTitle(a, b);
}

/** Facts grouped by a key; facts without one are left out. */
function groupsBy<K>(facts: readonly Facts[], key: (f: Facts) => K | null): Facts[][] {
  const groups = new Map<K, Facts[]>();
  for (const f of facts) {
    const k = key(f);
    if (k === null) continue;
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [f]);
    else list.push(f);
  }
  return [...groups.values()];
}

/**
 * Pairs worth comparing: same edition of one series (or of two series whose names are alike),
 * same title, or same city within the window. Series names are compared once per pair of
 * distinct names, and same-city reports only with those that follow within the window.
 */
function candidatePairs(facts: readonly Facts[], window: number): [Facts, Facts][] {
  const pairs: [Facts, Facts][] = [];
  const across = (left: readonly Facts[], right: readonly Facts[]): void => {
    for (const a of left) for (const b of right) pairs.push([a, b]);
  };
  const within = (list: readonly Facts[]): void => {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.push([list[i] as Facts, list[j] as Facts]);
  };
  for (const edition of groupsBy(facts, (f) => (f.series === null ? null : f.edition))) {
    const series = groupsBy(edition, (f) => f.series?.key ?? null);
    for (let i = 0; i < series.length; i++) {
      const left = series[i] as Facts[];
      within(left);
      for (const right of series.slice(i + 1)) {
        const [a, b] = [left[0]?.series, right[0]?.series];
        if (a && b && similarSeries(a, b)) across(left, right);
      }
    }
  }
  /** Pairs of one group dated at most `days` apart; an undated report pairs with every other. */
  const nearby = (list: readonly Facts[], days: number): void => {
    const undated = list.filter((f) => f.first === null);
    const dated = list.filter((f) => f.first !== null).sort((a, b) => (a.first ?? 0) - (b.first ?? 0));
    within(undated);
    across(undated, dated);
    for (let i = 0; i < dated.length; i++) {
      const a = dated[i] as Facts;
      for (let j = i + 1; j < dated.length; j++) {
        const b = dated[j] as Facts;
        if ((b.first ?? 0) - (a.last ?? 0) > days) break;
        pairs.push([a, b]);
      }
    }
  };
  for (const list of groupsBy(facts, (f) => f.title)) nearby(list, TITLE_WINDOW_DAYS);
  for (const list of groupsBy(facts, (f) => (f.first === null ? null : f.city))) nearby(list, window);
  return pairs;
}

/** The value most records give (ties: the earliest record), or null when none gives one. */
function mostGiven<T>(group: readonly Facts[], value: (r: PressRecord) => T | null | undefined): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const f of group) {
    const v = value(f.record);
    if (v === null || v === undefined) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function conflictOf(
  group: readonly Facts[],
  field: string,
  value: (r: PressRecord) => string | number | null | undefined,
  key: (v: string | number) => string | number = (v) => v,
): EventConflict | null {
  const byKey = new Map<string | number, { value: string | number; recordIds: string[] }>();
  for (const f of group) {
    const v = value(f.record);
    if (v === null || v === undefined) continue;
    const k = key(v);
    const entry = byKey.get(k);
    if (entry === undefined) byKey.set(k, { value: v, recordIds: [f.record.id] });
    else entry.recordIds.push(f.record.id);
  }
  return byKey.size > 1 ? { field, values: [...byKey.values()] } : null;
}

function union<T>(lists: Iterable<readonly T[]>): T[] {
  const out = new Set<T>();
  for (const list of lists) for (const item of list) out.add(item);
  return [...out];
}

function mergePeople(group: readonly Facts[]): MergedPerson[] {
  const items = group.flatMap((f) => f.record.people.map((person) => ({ person, id: f.record.id })));
  return clusterPeople(items, true).map((cluster) => {
    const people = cluster.map((c) => c.person);
    const first = <K extends 'rank' | 'title' | 'organization' | 'country'>(key: K) =>
      people.find((p) => p[key] !== null)?.[key] ?? null;
    const name = people.reduce((best, p) => (p.name.length > best.length ? p.name : best), '');
    return {
      name,
      aliases: union(people.map((p) => [p.name, ...p.aliases])).filter((n) => n !== name),
      rank: first('rank'),
      title: first('title'),
      organization: first('organization'),
      country: first('country'),
      roles: union<PersonRole>(people.map((p) => p.roles)),
      recordIds: union(cluster.map((c) => [c.id])),
    };
  });
}

function mergeGroup(group: readonly Facts[]): MergedEvent {
  const records = group.map((f) => f.record);
  const startDate = mostGiven(group, (r) => r.event.startDate);
  const endDate = mostGiven(group, (r) =>
    r.event.endDate !== null && (startDate === null || r.event.endDate >= startDate) ? r.event.endDate : null,
  );
  const seriesName = mostGiven(group, (r) => r.event.series?.name);
  const city = mostGiven(group, (r) => r.event.location?.city);
  const country = mostGiven(group, (r) => r.event.location?.country);
  const conflicts = [
    conflictOf(group, 'kind', (r) => r.event.kind),
    conflictOf(group, 'title', (r) => r.event.title, (v) => foldName(String(v))),
    conflictOf(group, 'series.edition', (r) => r.event.series?.edition),
    conflictOf(group, 'startDate', (r) => r.event.startDate),
    conflictOf(group, 'endDate', (r) => r.event.endDate),
    conflictOf(group, 'location.city', (r) => r.event.location?.city, (v) => cityKey(String(v))),
    conflictOf(group, 'location.country', (r) => r.event.location?.country),
    conflictOf(group, 'hostCountry', (r) => r.event.host?.country),
  ].filter((c): c is EventConflict => c !== null);
  return {
    id: (records[0] as PressRecord).id,
    kind: mostGiven(group, (r) => r.event.kind) ?? 'other',
    title: mostGiven(group, (r) => r.event.title),
    series: seriesName === null ? null : { name: seriesName, edition: mostGiven(group, (r) => r.event.series?.edition) },
    startDate,
    endDate,
    location: city === null && country === null ? null : { city, country },
    hostCountry: mostGiven(group, (r) => r.event.host?.country),
    participants: {
      countries: union(records.map((r) => r.event.participants.countries)),
      organizations: union(records.map((r) => r.event.participants.organizations)),
    },
    subjectCountries: union(records.map((r) => r.event.subjectCountries)),
    people: mergePeople(group),
    topics: union(records.map((r) => r.topics.map((t) => t.topic))),
    records,
    conflicts,
  };
}

/**
 * Brings together the reports of one event: records with the same series and edition, or the
 * same title (in the same city, within a month), or from the same city with dates at most
 * `windowDays` apart (and kinds and participants that fit) become one {@link MergedEvent}.
 * Reports of different events never merge: two editions or two different series, two cities,
 * or dates further apart than the window keep reports apart, even when a third report links
 * them. Where the merged reports disagree (two start dates, two spellings of no known city),
 * the event lists a conflict with every value and the records that give it.
 *
 * @param records - the records to merge
 * @param options - the date window ({@link MergeOptionsSchema})
 * @returns one merged event per event, in order of date (undated last), then of first record
 *
 * @example
 * ```ts
 * import { mergeEvents } from 'secpress';
 * import { sampleRecords } from 'secpress/data';
 *
 * const baku = mergeEvents(sampleRecords).find((e) => e.records.length > 1);
 * baku?.conflicts.map((c) => c.field);
 * //=> ['startDate', 'endDate']
 * ```
 */
export function mergeEvents(records: readonly PressRecord[], options: MergeOptions = {}): MergedEvent[] {
  const window = options.windowDays ?? 3;
  const facts = records.map(factsOf);
  const scored = candidatePairs(facts, window)
    .map(([a, b]) => ({ a, b, strength: evidence(a, b, window) }))
    .filter((p) => p.strength > 0)
    .sort((x, y) => y.strength - x.strength || x.a.position - y.a.position || x.b.position - y.b.position);
  const groupOf = facts.map((f) => [f]);
  for (const { a, b } of scored) {
    const ga = groupOf[a.position] as Facts[];
    const gb = groupOf[b.position] as Facts[];
    if (ga === gb || ga.some((x) => gb.some((y) => contradicts(x, y, window)))) continue;
    const merged = [...ga, ...gb].sort((x, y) => x.position - y.position);
    for (const f of merged) groupOf[f.position] = merged;
  }
  const groups = [...new Set(groupOf)];
  return groups
    .map((group) => ({ event: mergeGroup(group), position: (group[0] as Facts).position, day: Math.min(...group.map((f) => f.first ?? Infinity)) }))
    .sort((x, y) => x.day - y.day || x.position - y.position)
    .map((x) => x.event);
}
