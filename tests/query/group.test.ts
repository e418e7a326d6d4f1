import { describe, expect, it } from 'vitest';
import { groupRecords, type RecordGroup } from '../../src/index.js';
import { collection } from './_collection.js';
import { ids } from './_records.js';

const summary = (groups: readonly RecordGroup[]): [string | null, string[]][] => groups.map((g) => [g.key, ids(g.records)]);

describe('groupRecords', () => {
  it('groups by year in time order, undated last', () => {
    expect(summary(groupRecords(collection, 'year'))).toEqual([
      ['2018', ['almaty-rats']],
      ['2021', ['moscow-cis']],
      ['2022', ['cholpon-ata-turkic']],
      ['2023', ['tashkent-talks']],
      [null, ['undated-forum']],
    ]);
  });

  it('groups by month', () => {
    expect(groupRecords(collection, 'month').map((g) => g.key)).toEqual(['2018-06', '2021-10', '2022-07', '2023-11', null]);
  });

  it('groups by series, records without a series under null', () => {
    expect(summary(groupRecords(collection, 'series'))).toEqual([
      ['Conference of the Special Service Bodies of Turkic-Speaking States', ['cholpon-ata-turkic']],
      ['Council of Heads of Security Agencies and Special Services of the CIS member states', ['moscow-cis']],
      ['Council of the SCO Regional Anti-Terrorist Structure', ['almaty-rats']],
      [null, ['tashkent-talks', 'undated-forum']],
    ]);
  });

  it('puts a record in the group of each of its countries, largest groups first', () => {
    const groups = groupRecords(collection, 'country');
    expect(groups.slice(0, 2)).toEqual([
      { key: 'RU', records: [collection[0], collection[2], collection[3]] },
      { key: 'AF', records: [collection[1], collection[3]] },
    ]);
    expect(groups.find((g) => g.key === 'GE')?.records.map((r) => r.id)).toEqual(['undated-forum']);
  });

  it('groups by topic', () => {
    expect(summary(groupRecords(collection, 'topic')).find(([key]) => key === 'terrorism')).toEqual(['terrorism', ['almaty-rats']]);
  });

  it('groups one person under all their spellings, records without people under null', () => {
    expect(summary(groupRecords(collection, 'person'))).toEqual([
      ['Ali Naghiyev', ['cholpon-ata-turkic', 'moscow-cis']],
      ['Naryshkin', ['tashkent-talks']],
      [null, ['almaty-rats', 'undated-forum']],
    ]);
  });
});
