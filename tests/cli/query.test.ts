import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MergedEventSchema, PressRecordSchema } from '../../src/index.js';
import { FIXTURES, requireBuiltCli, runCli } from './runCli.js';

const ids = (ndjson: string) => ndjson.trimEnd().split('\n').filter(Boolean).map((line) => PressRecordSchema.parse(JSON.parse(line)).id);
const query = (...args: string[]) => runCli(['query', 'records.ndjson', '-f', 'ndjson', ...args]);

let scratch = '';
beforeAll(() => {
  requireBuiltCli();
  scratch = mkdtempSync(join(tmpdir(), 'secpress-query-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('secpress query', { timeout: 60_000 }, () => {
  it('prints every record as a JSON array when no filter is given', () => {
    const run = runCli(['query', 'records.ndjson']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const all = (JSON.parse(run.stdout) as unknown[]).map((r) => PressRecordSchema.parse(r).id);
    expect(all).toEqual(['baku-azertac', 'baku-herald', 'tashkent-talks', 'minsk-council', 'muscat-gulf']);
  });

  it('has a flag for each filter key, values of one flag any-of, flags all-of', () => {
    expect(ids(query('--country', 'kz').stdout)).toEqual(['tashkent-talks', 'minsk-council']);
    expect(ids(query('--participant', 'AF').stdout)).toEqual([]);
    expect(ids(query('--subject', 'AF').stdout)).toEqual(['baku-azertac', 'baku-herald']);
    expect(ids(query('--person', 'aliyev').stdout)).toEqual(['baku-azertac', 'baku-herald']);
    expect(ids(query('--organization', 'CIS').stdout)).toEqual(['minsk-council']);
    expect(ids(query('--topic', 'border-security', '--topic', 'terrorist-financing').stdout)).toEqual(['tashkent-talks', 'muscat-gulf']);
    expect(ids(query('--kind', 'talks,conference').stdout)).toEqual(['baku-azertac', 'baku-herald', 'tashkent-talks']);
    expect(ids(query('--series', 'Council of Heads of Security Agencies and Special Services of the CIS').stdout)).toEqual(['minsk-council']);
    expect(ids(query('--city', 'Muscat').stdout)).toEqual(['muscat-gulf']);
    expect(ids(query('--city', 'Muscat', '--city', 'Minsk').stdout)).toEqual(['minsk-council', 'muscat-gulf']);
    expect(ids(query('--city', 'Muscat,Minsk').stdout)).toEqual([]);
    expect(ids(query('--from', '2024-01-01').stdout)).toEqual(['baku-azertac', 'baku-herald', 'tashkent-talks']);
    expect(ids(query('--to', '2023-12-31').stdout)).toEqual(['minsk-council', 'muscat-gulf']);
    expect(ids(query('--country', 'AZ', '--from', '2024-01-01', '--topic', 'drug-trafficking').stdout)).toEqual(['baku-azertac']);
  });

  it('merges reports of one event with --merge, keeping the sources\' conflicts', () => {
    const run = runCli(['query', 'records.ndjson', '--city', 'Baku', '--merge']);
    expect(run.status).toBe(0);
    const events = (JSON.parse(run.stdout) as unknown[]).map((e) => MergedEventSchema.parse(e));
    expect(events).toHaveLength(1);
    expect(events[0]?.records.map((r) => r.id)).toEqual(['baku-azertac', 'baku-herald']);
    expect(events[0]?.conflicts.map((c) => c.field)).toContain('startDate');
  });

  it('prints CSV with a header and quoted fields', () => {
    const run = runCli(['query', 'records.ndjson', '--kind', 'talks', '-f', 'csv']);
    expect(run.status).toBe(0);
    const [header, row, end] = run.stdout.split('\r\n');
    expect(header).toBe('date,end_date,kind,place,countries,subjects,topics,series,event,outlet,published,url,id');
    expect(row).toBe('2024-03-02,2024-03-02,talks,"Tashkent, UZ",UZ KZ,,border-security intelligence-sharing,,,UzA,2024-03-03,,tashkent-talks');
    expect(end).toBe('');
  });

  it('prints a table of merged events, one row each, with the count of reports', () => {
    const run = runCli(['query', 'records.ndjson', '--merge', '--format', 'table', '--from', '2024-01-01']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE {8}KIND {8}PLACE {17}COUNTRIES {19}REPORTS  EVENT$/);
    expect(lines.slice(2, -1).map((l) => l.replace(/\s{2,}/g, '|'))).toEqual([
      '2024-03-02|talks|Tashkent, UZ|UZ KZ|1',
      '2025-04-29|conference|Baku, AZ|AZ TR PK|2|Afghanistan: connectivity and security',
    ]);
    expect(lines.at(-1)).toBe('2 rows');
  });

  it('reads standard input with - and writes --out', () => {
    const out = join(scratch, 'hits.ndjson');
    const run = runCli(['query', '-', '--city', 'Minsk', '-f', 'ndjson', '--out', out], { input: readFileSync(join(FIXTURES, 'records.ndjson'), 'utf8') });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(ids(readFileSync(out, 'utf8'))).toEqual(['minsk-council']);
  });

  it('reports lines that are not records, keeps the good ones and exits with 1', () => {
    const run = runCli(['query', 'records-with-bad-lines.ndjson', '-f', 'ndjson']);
    expect(run.status).toBe(1);
    expect(ids(run.stdout)).toEqual(['tashkent-talks', 'minsk-council']);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^secpress: records-with-bad-lines\.ndjson, line 2: not JSON \(/);
    expect(errors[1]).toMatch(/^secpress: records-with-bad-lines\.ndjson, line 4: not a secpress record \(event\.kind: /);
  });

  it('exits with 1 for a file that cannot be read', () => {
    expect(runCli(['query', 'missing.ndjson'])).toEqual({ status: 1, stdout: '', stderr: 'secpress: cannot read missing.ndjson: no such file or directory\n' });
  });

  it('exits with 2 for bad filter values, one line on stderr each', () => {
    const cases: [string[], RegExp][] = [
      [['--country', 'Azerbaijan'], /'Azerbaijan' is not an ISO 3166-1 alpha-2 country code/],
      [['--participant', 'AZ,XX'], /'XX' is not an ISO 3166-1 alpha-2 country code/],
      [['--topic', 'spying'], /argument 'spying' is invalid\. Expected one of: terrorism, extremism, /],
      [['--kind', 'party'], /argument 'party' is invalid\. Expected one of: conference, meeting, /],
      [['--from', '2024-02-30'], /argument '2024-02-30' is invalid\. Expected a real date as YYYY-MM-DD\./],
      [['--from', '2025-01-01', '--to', '2024-01-01'], /^secpress: --from 2025-01-01 is after --to 2024-01-01: no event can match\.$/],
      [['--format', 'xml'], /Allowed choices are json, ndjson, csv, table\.$/],
      [['--merged'], /unknown option '--merged' \(Did you mean --merge\?\)/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(['query', 'records.ndjson', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trimEnd(), args.join(' ')).toMatch(message);
    }
  });
});
