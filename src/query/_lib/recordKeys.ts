/**
 * What a record offers to each filter key, as look-up keys (a key may come more than once). `filterRecords` and `createIndex`
 * both read records through these functions, so they agree by construction.
 * @module
 */
import type { IsoDate, Person, PressRecord } from '../../schema/record.js';
import { surnameOf, type NameKeys } from './names.js';

/** The date a record is filed under: the event's start (or end) date, else the publication date. */
export function recordDate(record: PressRecord): IsoDate | null {
  return record.event.startDate ?? record.event.endDate ?? record.source.publishedAt;
}

/** Every name a person goes by, folded over case, diacritics and transliteration variants. */
export function personNames(person: Person, keys: NameKeys): string[] {
  return [person.name, ...person.aliases].map(keys.person).filter((name) => name !== '');
}

/**
 * The keys a person is found under: every name and alias, folded, and the surname of each
 * name of several words ("Ali Naghiyev" is found as "ali naghiyev" and "naghiyev").
 */
export function personKeys(record: PressRecord, keys: NameKeys): string[] {
  const found: string[] = [];
  for (const person of record.people) {
    for (const name of personNames(person, keys)) {
      found.push(name);
      const surname = surnameOf(name);
      if (surname !== null) found.push(surname);
    }
  }
  return found;
}

/** The one-word names and aliases of a record's people ("Nagiyev"), folded: a full-name query's surname finds them. */
export function personSingleNames(record: PressRecord, keys: NameKeys): string[] {
  const found: string[] = [];
  for (const person of record.people) for (const name of personNames(person, keys)) if (!name.includes(' ')) found.push(name);
  return found;
}

/** Participant and subject countries together, each once. */
export function countryKeys(record: PressRecord): string[] {
  return [...new Set([...record.event.participants.countries, ...record.event.subjectCountries])];
}

/** Every organisation a record names, by name and acronym, with taking-part bodies and the host organisation. */
export function organizationKeys(record: PressRecord, keys: NameKeys): string[] {
  const names: string[] = [...record.event.participants.organizations];
  if (record.event.host?.organization) names.push(record.event.host.organization);
  for (const org of record.organizations) {
    names.push(org.name);
    if (org.acronym !== null) names.push(org.acronym);
  }
  return names.map(keys.organization).filter((key) => key !== '');
}



/** The key of the record's event series, or null. */
export function recordSeriesKey(record: PressRecord, keys: NameKeys): string | null {
  return record.event.series === null ? null : keys.series(record.event.series.name);
}

/** The key of the record's event city, or null. */
export function recordCityKey(record: PressRecord, keys: NameKeys): string | null {
  const city = record.event.location?.city;
  return city == null ? null : keys.city(city);
}
