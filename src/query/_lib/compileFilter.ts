/**
 * A filter turned into look-up keys once, and the test of one record against it.
 * @module
 */
import type { PressRecord } from '../../schema/record.js';
import type { RecordFilter } from '../filter.js';
import { cityKey, foldPersonName, organizationKey, seriesKey, surnameOf } from './names.js';
import {
  countryKeys,
  organizationKeys,
  personKeys,
  personSingleNames,
  recordCityKey,
  recordDate,
  recordSeriesKey,
  topicKeys,
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

function meets(wanted: ReadonlySet<string> | undefined, has: ReadonlySet<string>): boolean {
  if (wanted === undefined) return true;
  for (const key of wanted) if (has.has(key)) return true;
  return false;
}

function meetsOne(wanted: ReadonlySet<string> | undefined, has: string | null): boolean {
  return wanted === undefined || (has !== null && wanted.has(has));
}

function meetsPerson(filter: CompiledFilter, record: PressRecord): boolean {
  if (filter.person === undefined) return true;
  if (meets(filter.person, personKeys(record))) return true;
  return filter.personSurname !== undefined && meets(filter.personSurname, personSingleNames(record));
}

/** Whether one record meets every key of a compiled filter. */
export function matchesFilter(record: PressRecord, filter: CompiledFilter): boolean {
  const { event } = record;
  if (filter.from !== undefined || filter.to !== undefined) {
    const date = recordDate(record);
    if (date === null) return false;
    if (filter.from !== undefined && date < filter.from) return false;
    if (filter.to !== undefined && date > filter.to) return false;
  }
  return (
    meetsOne(filter.kind, event.kind) &&
    meets(filter.participant, new Set(event.participants.countries)) &&
    meets(filter.subject, new Set(event.subjectCountries)) &&
    meets(filter.country, countryKeys(record)) &&
    meets(filter.topic, topicKeys(record)) &&
    meetsOne(filter.series, recordSeriesKey(record)) &&
    meetsOne(filter.city, recordCityKey(record)) &&
    meets(filter.organization, organizationKeys(record)) &&
    meetsPerson(filter, record)
  );
}
