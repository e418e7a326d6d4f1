import type { Event, Person, PressRecord, Topic } from '../../src/index.js';
import { emptyDraft } from '../../src/pipeline/context.js';

/** What a test record says, beyond a text of its own; everything left out is absent. */
export interface RecordFacts {
  readonly id: string;
  readonly text: string;
  readonly outlet?: string | null;
  readonly publishedAt?: string | null;
  readonly event?: Partial<Omit<Event, 'participants'>> & { participants?: Partial<Event['participants']> };
  readonly people?: readonly (Partial<Person> & { name: string })[];
  readonly organizations?: readonly { name: string; acronym?: string | null }[];
  /** Each topic with the phrase of the text that shows it. */
  readonly topics?: Partial<Record<Topic, string>>;
}

function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`test text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

/** A record built from the facts of a short release written for the test, spans found in its text. */
export function makeRecord(facts: RecordFacts): PressRecord {
  const { text } = facts;
  const { participants, ...event } = facts.event ?? {};
  const empty = emptyDraft();
  return {
    ...empty,
    id: facts.id,
    text,
    source: { ...empty.source, outlet: facts.outlet ?? null, publishedAt: facts.publishedAt ?? null },
    event: {
      ...empty.event,
      kind: 'meeting',
      ...event,
      participants: { ...empty.event.participants, ...participants },
    },
    people: (facts.people ?? []).map((p) => ({
      aliases: [],
      rank: null,
      title: null,
      organization: null,
      country: null,
      roles: ['participant'],
      mentions: text.includes(p.name) ? [spanOf(text, p.name)] : [],
      ...p,
    })),
    organizations: (facts.organizations ?? []).map((o) => ({
      name: o.name,
      acronym: o.acronym ?? null,
      kind: 'security-service',
      country: null,
      mentions: text.includes(o.name) ? [spanOf(text, o.name)] : [],
    })),
    topics: Object.entries(facts.topics ?? {}).map(([topic, phrase]) => ({ topic: topic as Topic, mentions: [spanOf(text, phrase)] })),
  };
}

/** Ids of records, for compact assertions. */
export const ids = (records: readonly PressRecord[]): string[] => records.map((r) => r.id);
