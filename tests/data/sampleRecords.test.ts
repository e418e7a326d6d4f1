import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../src/data.js';
import { foldWord } from '../../src/gazetteer/fold.js';
import { filterRecords, mergeEvents, PressRecordSchema, type Span, type Topic } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../../data/records');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const bundled = files.map((file) => ({ file, json: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown }));

/** Words a span must contain to show a topic. */
const TOPIC_CUES: Record<Topic, readonly string[]> = {
  terrorism: ['terror'],
  extremism: ['extrem', 'radical'],
  'foreign-fighters': ['join'],
  'drug-trafficking': ['drug'],
  'organized-crime': ['organized crime', 'organised crime'],
  'illegal-migration': ['migration'],
  refugees: ['refugee'],
  'human-trafficking': ['human trafficking'],
  'arms-trafficking': ['arms', 'weapon'],
  'terrorist-financing': ['financ'],
  'information-security': ['internet', 'information technolog', 'cyber'],
  'border-security': ['border'],
  'interethnic-conflict': ['interethnic', 'interreligious'],
  separatism: ['separatism'],
  humanitarian: ['humanitarian'],
  'human-rights': ['human rights'],
  'intelligence-sharing': ['exchange', 'sharing'],
};

const AGREEMENT_CUES: Record<string, string> = {
  'cooperation-agreement': 'agreement',
  memorandum: 'memorandum',
  protocol: 'protocol',
  declaration: 'declaration',
  'joint-statement': 'statement',
};

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

describe('bundled sample records', () => {
  it('has at least the fourteen events of the dev corpus and others', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(sampleRecords).toHaveLength(files.length);
    expect(new Set(sampleRecords.map((r) => r.id)).size).toBe(sampleRecords.length);
  });

  it.each(bundled)('$file validates against PressRecordSchema and is named after its id', ({ file, json }) => {
    const result = PressRecordSchema.safeParse(json);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(`${result.data?.id}.json`).toBe(file);
  });

  it.each(sampleRecords.map((r) => [r.id, r] as const))('%s: every span shows what its field claims', (_id, record) => {
    const { text } = record;
    for (const person of record.people) {
      expect(person.mentions.length).toBeGreaterThan(0);
      for (const m of person.mentions) expect([person.name, ...person.aliases]).toContain(slice(text, m));
    }
    for (const org of record.organizations) {
      expect(org.mentions.length).toBeGreaterThan(0);
      for (const m of org.mentions) expect([org.name, org.acronym]).toContain(slice(text, m));
    }
    for (const { topic, mentions } of record.topics) {
      for (const m of mentions) {
        const words = foldWord(slice(text, m));
        expect(TOPIC_CUES[topic].some((cue) => words.includes(cue)), `${topic}: "${words}"`).toBe(true);
      }
    }
    for (const agreement of record.agreements) expect(foldWord(slice(text, agreement.mention))).toContain(AGREEMENT_CUES[agreement.kind]);
    for (const figure of record.figures) {
      const words = slice(text, figure.span);
      expect(words).toContain(String(figure.value));
      expect(words).toContain(figure.unit);
    }
    for (const warning of record.warnings) if (warning.span) expect(slice(text, warning.span).length).toBeGreaterThan(0);
    if (record.event.title !== null) expect(text).toContain(record.event.title);
    if (record.event.location?.city) expect(text).toContain(record.event.location.city);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(sampleRecords)).toBe(true);
  });

  it('let the docs\' examples run: two reports of the Baku conference merge with their date conflict', () => {
    const baku = mergeEvents(sampleRecords).filter((e) => e.records.length > 1);
    expect(baku.map((e) => e.records.map((r) => r.source.outlet))).toEqual([['AZERTAC', 'RASC News Agency']]);
    expect(baku[0]?.conflicts.find((c) => c.field === 'startDate')?.values.map((v) => v.value)).toEqual(['2025-04-29', '2025-05-09']);
    expect(filterRecords(sampleRecords, { person: 'Nagiyev', city: 'Cholpan-Ata' }).map((r) => r.event.startDate)).toEqual(['2022-07-26']);
  });
});
