/**
 * Records and merged events as rows: the columns `secpress query` prints in CSV and in a
 * plain-text table, and how each format writes them.
 * @module
 */
import type { MergedEvent } from '../schema/mergedEvent.js';
import type { PressRecord } from '../schema/record.js';

/** One column: its header, the width it takes in a table, and its value for an item. */
interface Column<T> {
  readonly header: string;
  /** Width in a table; 0 for columns that only CSV prints. */
  readonly width: number;
  readonly value: (item: T) => string;
}

const list = (values: readonly string[]): string => values.join(' ');
const place = (location: { city: string | null; country: string | null } | null): string =>
  [location?.city, location?.country].filter((part): part is string => part !== null && part !== undefined).join(', ');
const seriesName = (series: { name: string; edition: number | null } | null): string =>
  series === null ? '' : series.edition === null ? series.name : `${series.name} (${series.edition})`;

/** The columns of a record. */
export const RECORD_COLUMNS: readonly Column<PressRecord>[] = [
  { header: 'date', width: 10, value: (r) => r.event.startDate ?? r.source.publishedAt ?? '' },
  { header: 'end_date', width: 0, value: (r) => r.event.endDate ?? '' },
  { header: 'kind', width: 10, value: (r) => r.event.kind },
  { header: 'place', width: 20, value: (r) => place(r.event.location) },
  { header: 'countries', width: 26, value: (r) => list(r.event.participants.countries) },
  { header: 'subjects', width: 0, value: (r) => list(r.event.subjectCountries) },
  { header: 'topics', width: 0, value: (r) => list(r.topics.map((t) => t.topic)) },
  { header: 'series', width: 0, value: (r) => seriesName(r.event.series) },
  { header: 'event', width: 50, value: (r) => seriesName(r.event.series) || r.event.title || r.headline || '' },
  { header: 'outlet', width: 0, value: (r) => r.source.outlet ?? '' },
  { header: 'published', width: 0, value: (r) => r.source.publishedAt ?? '' },
  { header: 'url', width: 0, value: (r) => r.source.url ?? '' },
  { header: 'id', width: 0, value: (r) => r.id },
];

/** The columns of a merged event. */
export const EVENT_COLUMNS: readonly Column<MergedEvent>[] = [
  { header: 'date', width: 10, value: (e) => e.startDate ?? '' },
  { header: 'end_date', width: 0, value: (e) => e.endDate ?? '' },
  { header: 'kind', width: 10, value: (e) => e.kind },
  { header: 'place', width: 20, value: (e) => place(e.location) },
  { header: 'countries', width: 26, value: (e) => list(e.participants.countries) },
  { header: 'subjects', width: 0, value: (e) => list(e.subjectCountries) },
  { header: 'topics', width: 0, value: (e) => list(e.topics) },
  { header: 'series', width: 0, value: (e) => seriesName(e.series) },
  { header: 'reports', width: 7, value: (e) => String(e.records.length) },
  { header: 'conflicts', width: 0, value: (e) => list(e.conflicts.map((c) => c.field)) },
  { header: 'event', width: 50, value: (e) => seriesName(e.series) || e.title || (e.records[0]?.headline ?? '') },
  { header: 'outlets', width: 0, value: (e) => [...new Set(e.records.map((r) => r.source.outlet).filter((o): o is string => o !== null))].join('; ') },
  { header: 'id', width: 0, value: (e) => e.id },
];

/** A CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Fits a value into a table cell: one line, cut with an ellipsis, padded. */
function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}\u2026` : flat;
  return cut.padEnd(width);
}

/** Writes items one at a time in one format: the text before the first, for each, and after the last. */
export interface ItemFormat<T> {
  head(): string;
  item(value: T, index: number): string;
  tail(count: number): string;
}

/** CSV with a header line. */
export function csvFormat<T>(columns: readonly Column<T>[]): ItemFormat<T> {
  return {
    head: () => `${columns.map((c) => c.header).join(',')}\r\n`,
    item: (value) => `${columns.map((c) => csvField(c.value(value))).join(',')}\r\n`,
    tail: () => '',
  };
}

/** A fixed-width text table (the table's columns only), written row by row. */
export function tableFormat<T>(columns: readonly Column<T>[]): ItemFormat<T> {
  const shown = columns.filter((c) => c.width > 0);
  const line = (cells: string[]): string => `${cells.join('  ').trimEnd()}\n`;
  return {
    head: () => line(shown.map((c) => cell(c.header.toUpperCase(), c.width))) + line(shown.map((c) => '-'.repeat(c.width))),
    item: (value) => line(shown.map((c) => cell(c.value(value), c.width))),
    tail: (count) => `${count} ${count === 1 ? 'row' : 'rows'}\n`,
  };
}

/** A JSON array, indented. */
export function jsonFormat<T>(): ItemFormat<T> {
  return {
    head: () => '[',
    item: (value, index) => `${index === 0 ? '\n' : ',\n'}  ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`,
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/** One JSON value per line. */
export function ndjsonFormat<T>(): ItemFormat<T> {
  return { head: () => '', item: (value) => `${JSON.stringify(value)}\n`, tail: () => '' };
}
