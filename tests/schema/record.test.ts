import { describe, expect, it } from 'vitest';
import {
  CountryCodeSchema,
  IsoDateSchema,
  PressRecordSchema,
  SpanSchema,
  TopicSchema,
  type PressRecord,
} from '../../src/index.js';
import { isValidRecord } from '../../src/schema/recordCheck.js';
import { handWrittenRecord } from '../fixtures/records.js';

/** The dotted paths of every issue raised for `value`. */
function issuePaths(value: unknown): string[] {
  const result = PressRecordSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => i.path.join('.'));
}

/** A copy of the hand-written record with one change applied. */
function withChange(change: (r: PressRecord) => void): PressRecord {
  const copy = structuredClone(handWrittenRecord);
  change(copy);
  return copy;
}

describe('IsoDateSchema', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(IsoDateSchema.parse('2019-11-12')).toBe('2019-11-12');
  });
  it.each(['2023-02-30', '2023-02-29', '2023-13-01', '2023-04-31', '2023-4-1', '12/11/2019', ''])('rejects %j', (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(false);
  });
});

describe('CountryCodeSchema', () => {
  it.each(['AZ', 'UZ', 'TR', 'KG', 'US', 'ZA'])('accepts the assigned code %s', (code) => {
    expect(CountryCodeSchema.parse(code)).toBe(code);
  });
  it.each(['XX', 'az', 'UK', 'SU', 'AZE', ''])('rejects %j', (code) => {
    expect(CountryCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('SpanSchema', () => {
  it('rejects a span that ends before it starts, naming end', () => {
    const result = SpanSchema.safeParse({ start: 5, end: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });
});

describe('TopicSchema', () => {
  it('knows the controlled vocabulary and nothing else', () => {
    expect(TopicSchema.options).toHaveLength(17);
    expect(TopicSchema.safeParse('espionage').success).toBe(false);
  });
});

describe('PressRecordSchema', () => {
  it('accepts a realistic hand-written record', () => {
    const result = PressRecordSchema.safeParse(handWrittenRecord);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.event.participants.countries).toEqual(['KZ', 'KG', 'MN']);
    expect(isValidRecord(handWrittenRecord)).toBe(true);
  });

  it('has spans that point at what the fields claim', () => {
    const [quote] = handWrittenRecord.quotes;
    expect(quote && handWrittenRecord.text.slice(quote.span.start, quote.span.end)).toBe(quote?.text);
  });

  it.each<[string, (r: PressRecord) => void, string]>([
    ['an impossible publication date', (r) => { r.source.publishedAt = '2023-02-30'; }, 'source.publishedAt'],
    ['a malformed dateline date', (r) => { r.source.dateline = { place: 'Astana', date: '14.03.2024' }; }, 'source.dateline.date'],
    ['an unknown event kind', (r) => { (r.event as { kind: string }).kind = 'party'; }, 'event.kind'],
    ['an unassigned location country', (r) => { r.event.location = { city: 'Astana', country: 'XK' }; }, 'event.location.country'],
    ['a lower-case participant code', (r) => { r.event.participants.countries = ['KZ', 'kg']; }, 'event.participants.countries.1'],
    ['a zero edition', (r) => { r.event.series = { name: 'Council', edition: 0 }; }, 'event.series.edition'],
    ['an end date before the start date', (r) => { r.event.endDate = '2024-03-01'; }, 'event.endDate'],
    ['a bad count qualifier', (r) => { r.event.participants.countryCount = { value: 20, qualifier: 'roughly' as 'about' }; }, 'event.participants.countryCount.qualifier'],
    ['a topic outside the vocabulary', (r) => { (r.topics[0] as { topic: string }).topic = 'espionage'; }, 'topics.0.topic'],
    ['a person role outside the list', (r) => { (r.people[0]?.roles as string[]).push('chair'); }, 'people.0.roles.2'],
    ['a person with an empty name', (r) => { if (r.people[0]) r.people[0].name = ''; }, 'people.0.name'],
    ['an unknown organisation kind', (r) => { (r.organizations[0] as { kind: string }).kind = 'club'; }, 'organizations.0.kind'],
    ['an unknown agreement status', (r) => { (r.agreements[0] as { status: string }).status = 'rumoured'; }, 'agreements.0.status'],
    ['a figure that is not a number', (r) => { r.figures.push({ value: Number.NaN, qualifier: 'over', unit: 'citizens', span: { start: 0, end: 1 } }); }, 'figures.0.value'],
    ['a warning code that is not kebab-case', (r) => { r.warnings.push({ code: 'Weekday Mismatch', message: 'x' }); }, 'warnings.0.code'],
    ['a missing headline field', (r) => { delete (r as Partial<PressRecord>).headline; }, 'headline'],
  ])('rejects %s, naming the field', (_what, change, path) => {
    const bad = withChange(change);
    expect(issuePaths(bad)).toContain(path);
    expect(isValidRecord(bad)).toBe(false);
  });

  it('rejects a span that lies outside the text, naming the field that holds it', () => {
    const bad = withChange((r) => {
      r.quotes[0] = { speaker: null, text: 'x', span: { start: 10, end: r.text.length + 5 } };
    });
    expect(issuePaths(bad)).toEqual(['quotes.0.span']);
    expect(isValidRecord(bad)).toBe(false);
  });

  it('has one record-level check, the span check isValidRecord runs itself (a second one would need running there too)', () => {
    expect(PressRecordSchema.def.checks ?? []).toHaveLength(1);
  });

  it('rejects a person mention past the end of the text', () => {
    const bad = withChange((r) => {
      r.people[0]?.mentions.push({ start: r.text.length, end: r.text.length + 1 });
    });
    expect(issuePaths(bad)).toEqual(['people.0.mentions.2']);
    expect(isValidRecord(bad)).toBe(false);
  });
});
