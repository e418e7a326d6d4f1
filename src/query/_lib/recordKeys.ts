/**
 * What a record offers to each filter key, as look-up keys. `filterRecords` and `createIndex`
 * both read records through these functions, so they agree by construction.
 * @module
 */
import type { IsoDate, Person, PressRecord } from '../../schema/record.js';
import { cityKey, foldPersonName, organizationKey, seriesKey, surnameOf } from './names.js';

/** The date a record is filed under: the event's start (or end) date, else the publication date. */
export function recordDate(record: PressRecord): IsoDate | null {
  return record.event.startDate ?? record.event.endDate ?? record.source.publishedAt;
}

/** Every name a person goes by, folded over case, diacritics and transliteration variants. */
export function personNames(person: Person): string[] {
  return [person.name, ...person.aliases].map(foldPersonName).filter((name) => name !== '');
}

/**
 * The keys a person is found under: every name and alias, folded, and the surname of each
 * name of several words ("Ali Naghiyev" is found as "ali naghiyev" and "naghiyev").
 */
export function personKeys(record: PressRecord): Set<string> {
  const keys = new Set<string>();
  for (const person of record.people) {
    for (const name of personNames(person)) {
      keys.add(name);
      const surname = surnameOf(name);
      if (surname !== null) keys.add(surname);
    }
  }
  return keys;
}

/** The one-word names and aliases of a record's people ("Nagiyev"), folded: a full-name query's surname finds them. */
export function personSingleNames(record: PressRecord): Set<string> {
  const keys = new Set<string>();
  for (const person of record.people) for (const name of personNames(person)) if (!name.includes(' ')) keys.add(name);
  return keys;
}

/** Participant and subject countries together. */
export function countryKeys(record: PressRecord): Set<string> {
  return new Set([...record.event.participants.countries, ...record.event.subjectCountries]);
}

/** Every organisation a record names, by name and acronym, with taking-part bodies and the host organisation. */
export function organizationKeys(record: PressRecord): Set<string> {
  const names: string[] = [...record.event.participants.organizations];
  if (record.event.host?.organization) names.push(record.event.host.organization);
  for (const org of record.organizations) {
    names.push(org.name);
    if (org.acronym !== null) names.push(org.acronym);
  }
  return new Set(names.map(organizationKey).filter((key) => key !== ''));
}

/** The topics a record discusses. */
export function topicKeys(record: PressRecord): Set<string> {
  return new Set(record.topics.map((t) => t.topic));
}

/** The key of the record's event series, or null. */
export function recordSeriesKey(record: PressRecord): string | null {
  return record.event.series === null ? null : seriesKey(record.event.series.name);
}

/** The key of the record's event city, or null. */
export function recordCityKey(record: PressRecord): string | null {
  const city = record.event.location?.city;
  return city == null ? null : cityKey(city);
}
