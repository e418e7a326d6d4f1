import { describe, expect, it } from 'vitest';
import type { PressRecord } from '../../src/index.js';
import { handWrittenRecord } from '../fixtures/records.js';
import { brokenClaims } from './claims.js';

/** The hand-written record (its headline is not in its text, so it is dropped), with one change. */
function changed(change: (r: PressRecord) => void = () => undefined): PressRecord {
  const copy = structuredClone({ ...handWrittenRecord, headline: null });
  change(copy);
  return copy;
}

const { text } = handWrittenRecord;
const at = (needle: string): { start: number; end: number } => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe('brokenClaims', () => {
  it('finds nothing wrong with a record that keeps its word', () => {
    expect(brokenClaims(changed())).toEqual([]);
  });

  it('reports a span outside the text through the schema and the span check', () => {
    const broken = brokenClaims(changed((r) => r.figures.push({ value: 3, qualifier: 'exactly', unit: 'x', span: { start: 5, end: text.length + 2 } })));
    expect(broken).toContain(`schema: figures.0.span: Span 5-${text.length + 2} lies outside the text (length ${text.length})`);
    expect(broken.some((b) => b.startsWith('figures[0].span') && b.includes('outside the text'))).toBe(true);
  });

  it('reports spans that start or end inside a word, or carry spaces', () => {
    const seitov = text.indexOf('Seitov');
    const broken = brokenClaims(
      changed((r) => {
        r.topics[0]?.mentions.push({ start: seitov + 1, end: seitov + 6 }, { start: seitov, end: seitov + 3 }, { start: seitov - 1, end: seitov + 6 });
      }),
    );
    expect(broken).toEqual([
      `topics[0].mentions[1] {"start":${seitov + 1},"end":${seitov + 6}} starts inside a word: "eitov"`,
      `topics[0].mentions[2] {"start":${seitov},"end":${seitov + 3}} ends inside a word: "Sei"`,
      `topics[0].mentions[3] {"start":${seitov - 1},"end":${seitov + 6}} has a space at an end: " Seitov"`,
    ]);
  });

  it('reports a quote whose text is not inside its span', () => {
    const broken = brokenClaims(changed((r) => r.quotes.push({ speaker: null, text: 'never mattered less', span: at('has never mattered more') })));
    expect(broken).toEqual(['quotes[1].text "never mattered less" is not inside its span "has never mattered more"']);
  });

  it('reports a person none of whose mentions shows the name', () => {
    const broken = brokenClaims(changed((r) => r.people.push({ ...structuredClone(r.people[0]!), name: 'Ivan Petrov', aliases: [] })));
    expect(broken).toEqual(['people[1] "Ivan Petrov": no mention shares a word with the name or aliases']);
  });

  it('reports a figure whose span holds no number, and accepts number words', () => {
    const broken = brokenClaims(
      changed((r) => {
        r.figures.push({ value: 3, qualifier: 'exactly', unit: 'delegations', span: at('Delegations from Kazakhstan') });
        r.figures.push({ value: 12, qualifier: 'exactly', unit: 'meeting', span: at('12th meeting') });
      }),
    );
    expect(broken).toEqual(['figures[0] 3: its span "Delegations from Kazakhstan" holds no number']);
  });

  it('reports a headline or title not written in the text, and repeated countries', () => {
    const broken = brokenClaims(
      changed((r) => {
        r.headline = 'Chiefs meet';
        r.event.title = 'Security for all';
        r.event.participants.countries.push('KZ');
      }),
    );
    expect(broken).toEqual([
      'headline "Chiefs meet" is not in the text',
      'event.title "Security for all" is not in the text',
      'event.participants.countries repeats KZ',
    ]);
  });

  it('reports facts drawn from a text without letters, and caught crashes', () => {
    const broken = brokenClaims({
      ...changed(),
      id: 'x',
      text: '12 34',
      people: [],
      organizations: [],
      topics: [],
      agreements: [],
      quotes: [],
      figures: [],
      warnings: [{ code: 'extractor-failed', message: 'extractor/x failed: boom' }],
    });
    expect(broken).toEqual(['warning extractor-failed: extractor/x failed: boom', 'a text without letters yields 3 countries']);
  });

  it('reports a text that is not normalised', () => {
    const broken = brokenClaims({ ...changed(), text: `${text}  \u201cend\u201d` });
    expect(broken).toEqual(['text changes when normalised again']);
  });
});
