import { describe, expect, it } from 'vitest';
import { filterRecords, RecordFilterSchema } from '../../src/index.js';
import { collection } from './_collection.js';
import { ids } from './_records.js';

const find = (filter: Parameters<typeof filterRecords>[1]): string[] => ids(filterRecords(collection, filter));

describe('filterRecords', () => {
  it('returns every record, as a new array, for an empty filter', () => {
    const all = filterRecords(collection, {});
    expect(ids(all)).toEqual(ids(collection));
    expect(all).not.toBe(collection);
  });

  it('matches country against participants or subjects', () => {
    expect(find({ country: 'AF' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ country: 'CN' })).toEqual(['almaty-rats']);
    expect(find({ country: 'FR' })).toEqual([]);
  });

  it('separates participant from subject', () => {
    expect(find({ participant: 'AF' })).toEqual([]);
    expect(find({ subject: 'AF' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ participant: 'RU' })).toEqual(['almaty-rats', 'tashkent-talks', 'moscow-cis']);
  });

  it('takes an array as any of its values', () => {
    expect(find({ participant: ['CN', 'GE'] })).toEqual(['almaty-rats', 'undated-forum']);
  });

  it('treats an empty array as a key left out', () => {
    expect(find({ topic: [] })).toEqual(ids(collection));
  });

  it('finds a person by any alias, folding case and diacritics', () => {
    expect(find({ person: 'ALI NAGIYEV' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ person: 'Ali Nağıyev' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ person: 'ali naghiyev' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ person: 'Ali Nasirov' })).toEqual([]);
  });

  it('folds the spelling variants of transliteration (gh/g, ey/ei)', () => {
    expect(find({ person: 'Sergei Naryshkin' })).toEqual(['tashkent-talks']);
    expect(find({ person: 'Nağıyev' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
  });

  it('finds a person by surname alone', () => {
    expect(find({ person: 'naghiyev' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ person: 'Naryshkin' })).toEqual(['tashkent-talks']);
    expect(find({ person: 'Ali' })).toEqual([]);
  });

  it('finds a person the record names by surname only from a full-name query', () => {
    expect(find({ person: 'Sergey Naryshkin' })).toEqual(['tashkent-talks']);
    expect(find({ person: 'Sergey Ivanov' })).toEqual([]);
  });

  it('matches organisations by name, acronym, participating body or host', () => {
    expect(find({ organization: 'svr' })).toEqual(['tashkent-talks']);
    expect(find({ organization: 'State Security Service' })).toEqual(['cholpon-ata-turkic']);
    expect(find({ organization: 'SCO RATS' })).toEqual(['almaty-rats']);
    expect(find({ organization: 'National Security Committee' })).toEqual(['almaty-rats']);
    expect(find({ organization: 'Security' })).toEqual([]);
  });

  it('matches topics and kinds exactly', () => {
    expect(find({ topic: 'extremism' })).toEqual(['moscow-cis']);
    expect(find({ topic: ['separatism', 'border-security'] })).toEqual(['almaty-rats', 'undated-forum']);
    expect(find({ kind: 'talks' })).toEqual(['tashkent-talks']);
    expect(find({ kind: 'summit' })).toEqual([]);
  });

  it('matches series by significant words, whatever the wording', () => {
    expect(find({ series: 'SCO RATS Council' })).toEqual(['almaty-rats']);
    expect(find({ series: 'Council of the Regional Anti-Terrorist Structure of the SCO' })).toEqual(['almaty-rats']);
    expect(find({ series: 'council of heads of security agencies and special services of the CIS' })).toEqual(['moscow-cis']);
    expect(find({ series: 'Conference of the Special Service Bodies of Türkic-Speaking States' })).toEqual(['cholpon-ata-turkic']);
    expect(find({ series: 'Council of Heads of Border Services' })).toEqual([]);
  });

  it('matches cities through the spelling variants of the city table', () => {
    expect(find({ city: 'Cholpon-Ata' })).toEqual(['cholpon-ata-turkic']);
    expect(find({ city: 'cholpon ata' })).toEqual(['cholpon-ata-turkic']);
    expect(find({ city: 'Bishkek' })).toEqual([]);
  });

  it('filters by inclusive date bounds, falling back to the publication date', () => {
    expect(find({ from: '2021-10-13', to: '2022-07-26' })).toEqual(['cholpon-ata-turkic', 'moscow-cis']);
    expect(find({ from: '2021-10-14', to: '2022-07-25' })).toEqual([]);
    expect(find({ from: '2023-11-02' })).toEqual(['tashkent-talks']);
    expect(find({ to: '2018-06-05' })).toEqual(['almaty-rats']);
  });

  it('leaves records without any date out of date ranges', () => {
    expect(find({ from: '1900-01-01' })).not.toContain('undated-forum');
  });

  it('uses the widest bound when from or to is an array', () => {
    expect(find({ from: ['2023-01-01', '2022-01-01'], to: ['2022-12-31', '2022-08-01'] })).toEqual(['cholpon-ata-turkic']);
  });

  it('combines keys with AND', () => {
    expect(find({ country: 'RU', topic: 'extremism' })).toEqual(['moscow-cis']);
    expect(find({ person: 'Nagiyev', city: 'Moscow', kind: 'meeting' })).toEqual(['moscow-cis']);
    expect(find({ person: 'Nagiyev', city: 'Almaty' })).toEqual([]);
  });

  it('validates filters from outside with its schema', () => {
    expect(RecordFilterSchema.safeParse({ country: 'XX' }).success).toBe(false);
    expect(RecordFilterSchema.safeParse({ from: '2023-02-30' }).success).toBe(false);
    expect(RecordFilterSchema.parse({ topic: ['terrorism'], kind: 'talks' })).toEqual({ topic: ['terrorism'], kind: 'talks' });
  });
});
