/**
 * A filter turned into look-up keys once, and the test of one record against it.
 * @module
 */
import type { PressRecord } from '../../schema/record.js';
import type { RecordFilter } from '../filter.js';
import { cityKey, foldPersonName, organizationKey, seriesKey, surnameOf, type NameKeys } from './names.js';
import {
  organizationKeys,
  personKeys,
  personSingleNames,
  recordCityKey,
  recordDate,
  recordSeriesKey,
} from './recordKeys.js';

/** The set-valued keys of a compiled filter, each a set of look-up keys (any of them). */
export interface CompiledFilter {
  readonly country?: ReadonlySet<string>;
  readonly participant?: ReadonlySet<string>;
  readonly subject?: ReadonlySet<string>;
  /** Folded full names and aliases asked for: found among a record's {@link personKeys}. */
  readonly person?: ReadonlySet<string>;
  /** Surnames of the full names asked for: found among a record's one-word names. */
  readonly personSurname?: ReadonlySet<string>;
  readonly organization?: ReadonlySet<string>;
  readonly topic?: ReadonlySet<string>;
  readonly kind?: ReadonlySet<string>;
  readonly series?: ReadonlySet<string>;
  readonly city?: ReadonlySet<string>;
  readonly from?: string;
  readonly to?: string;
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function keySet(values: readonly string[], key: (value: string) => string): ReadonlySet<string> | undefined {
  return values.length === 0 ? undefined : new Set(values.map(key));
}

/** Turns a filter into look-up keys, once per query. */
export function compileFilter(filter: RecordFilter): CompiledFilter {
  const persons = list(filter.person).map(foldPersonName);
  const surnames = persons.map(surnameOf).filter((s): s is string => s !== null);
  const from = list(filter.from);
  const to = list(filter.to);
  const compiled: { -readonly [K in keyof CompiledFilter]: CompiledFilter[K] } = {};
  const set = <K extends Exclude<keyof CompiledFilter, 'from' | 'to'>>(key: K, value: ReadonlySet<string> | undefined): void => {
    if (value !== undefined) compiled[key] = value;
  };
  set('country', keySet(list(filter.country), (c) => c.toUpperCase()));
  set('participant', keySet(list(filter.participant), (c) => c.toUpperCase()));
  set('subject', keySet(list(filter.subject), (c) => c.toUpperCase()));
  set('person', keySet(persons, (p) => p));
  if (persons.length > 0) compiled.personSurname = new Set(surnames);
  set('organization', keySet(list(filter.organization), organizationKey));
  set('topic', keySet(list(filter.topic), (t) => t));
  set('kind', keySet(list(filter.kind), (k) => k));
  set('series', keySet(list(filter.series), seriesKey));
  set('city', keySet(list(filter.city), cityKey));
  if (from.length > 0) compiled.from = from.reduce((a, b) => (b < a ? b : a));
  if (to.length > 0) compiled.to = to.reduce((a, b) => (b > a ? b : a));
  return compiled;
}

function meets(wanted: ReadonlySet<string>, has: Iterable<string>): boolean {
  for (const key of has) if (wanted.has(key)) return true;
  return false;
}

function meetsOne(wanted: ReadonlySet<string>, key: string | null): boolean {
  return key !== null && wanted.has(key);
}

function meetsPerson(person: ReadonlySet<string>, surnames: ReadonlySet<string> | undefined, record: PressRecord, keys: NameKeys): boolean {
  return meets(person, personKeys(record, keys)) || (surnames !== undefined && meets(surnames, personSingleNames(record, keys)));
}

/**
 * Whether one record meets every key of a compiled filter. A record's keys are worked out only
 * for the filter's keys, with name keys remembered in `keys` across the records of one scan.
 */
export function matchesFilter(record: PressRecord, filter: CompiledFilter, keys: NameKeys): boolean {
  const { event } = record;
  if (filter.from !== undefined || filter.to !== undefined) {
    const date = recordDate(record);
    if (date === null) return false;
    if (filter.from !== undefined && date < filter.from) return false;
    if (filter.to !== undefined && date > filter.to) return false;
  }
  if (filter.kind && !filter.kind.has(event.kind)) return false;
  if (filter.participant && !meets(filter.participant, event.participants.countries)) return false;
  if (filter.subject && !meets(filter.subject, event.subjectCountries)) return false;
  if (filter.country && !meets(filter.country, event.participants.countries) && !meets(filter.country, event.subjectCountries)) return false;
  if (filter.topic && !record.topics.some((t) => filter.topic?.has(t.topic))) return false;
  if (filter.series && !meetsOne(filter.series, recordSeriesKey(record, keys))) return false;
  if (filter.city && !meetsOne(filter.city, recordCityKey(record, keys))) return false;
  if (filter.organization && !meets(filter.organization, organizationKeys(record, keys))) return false;
  return filter.person === undefined || meetsPerson(filter.person, filter.personSurname, record, keys);
}
