import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS, csvFormat, jsonFormat, ndjsonFormat, tableFormat } from '../../src/cli/tabular.js';
import { PressRecordSchema, type PressRecord } from '../../src/index.js';

const records: PressRecord[] = readFileSync(new URL('../fixtures/cli/records.ndjson', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => PressRecordSchema.parse(JSON.parse(line)));
const [baku, , tashkent] = records as [PressRecord, PressRecord, PressRecord];

describe('csvFormat', () => {
  it('quotes fields with commas, quotes or edge spaces, and doubles quotes', () => {
    const csv = csvFormat(RECORD_COLUMNS);
    const odd = { ...tashkent, headline: 'Talks, "frank" and long', source: { ...tashkent.source, outlet: ' UzA' } };
    const row = csv.item(odd, 0).split(',');
    expect(csv.head()).toBe('date,end_date,kind,place,countries,subjects,topics,series,event,outlet,published,url,id\r\n');
    expect(row.slice(0, 5)).toEqual(['2024-03-02', '2024-03-02', 'talks', '"Tashkent', ' UZ"']);
    expect(csv.item(odd, 0)).toContain(',"Talks, ""frank"" and long"," UzA",');
  });
});

describe('tableFormat', () => {
  it('pads and cuts cells to fixed widths, with a header, a rule and a row count', () => {
    const table = tableFormat(RECORD_COLUMNS);
    const head = table.head().split('\n');
    expect(head[0]).toBe('DATE        KIND        PLACE                 COUNTRIES                   EVENT');
    expect(head[1]).toBe(`${'-'.repeat(10)}  ${'-'.repeat(10)}  ${'-'.repeat(20)}  ${'-'.repeat(26)}  ${'-'.repeat(50)}`);
    const long = { ...baku, event: { ...baku.event, title: 'A title far longer than the fifty characters of its column, surely' } };
    const row = table.item(long, 0);
    expect(row).toBe(`2025-04-29  conference  Baku, AZ              AZ TR PK                    A title far longer than the fifty characters of i\u2026\n`);
    expect(table.tail(1)).toBe('1 row\n');
    expect(table.tail(3)).toBe('3 rows\n');
  });
});

describe('jsonFormat and ndjsonFormat', () => {
  it('write a valid JSON array, empty or not, and one line per item', () => {
    const json = jsonFormat<{ a: number }>();
    expect(JSON.parse(json.head() + json.tail(0))).toEqual([]);
    expect(JSON.parse(json.head() + json.item({ a: 1 }, 0) + json.item({ a: 2 }, 1) + json.tail(2))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(ndjsonFormat<{ a: number }>().item({ a: 1 }, 0)).toBe('{"a":1}\n');
  });
});
