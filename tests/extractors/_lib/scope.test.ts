import { describe, expect, it } from 'vitest';
import { contentSpans, inSpans } from '../../../src/extractors/_lib/scope.js';
import { contextOf } from '../../fixtures/context.js';

const BY = 'test';
const HEADLINE = 'Security chiefs of the CIS meet in Dushanbe';
const DATELINE = 'Dushanbe, 12 October. ';
const BODY = 'The council of the heads of security services met in Dushanbe on Thursday.';

describe('contentSpans', () => {
  it('is the headline and the body after the dateline, as the findings say', () => {
    const text = `${HEADLINE}\n${DATELINE}${BODY}`;
    const ctx = contextOf(text);
    const bodyStart = HEADLINE.length + 1;
    ctx.findings.add({ kind: 'headlineCandidate', value: {}, span: { start: 0, end: HEADLINE.length }, by: BY });
    ctx.findings.add({ kind: 'body', value: {}, span: { start: bodyStart, end: text.length }, by: BY });
    expect(contentSpans(ctx)).toEqual([
      { start: 0, end: HEADLINE.length },
      { start: bodyStart, end: text.length },
    ]);
    ctx.findings.add({ kind: 'dateline', value: { place: 'Dushanbe', date: null, outlet: null }, span: { start: bodyStart, end: bodyStart + DATELINE.length }, by: BY });
    const spans = contentSpans(ctx);
    expect(spans).toEqual([
      { start: 0, end: HEADLINE.length },
      { start: bodyStart + DATELINE.length, end: text.length },
    ]);
    expect([inSpans(spans, bodyStart + 2), inSpans(spans, bodyStart + DATELINE.length)]).toEqual([false, true]);
  });

  it('keeps its spans while only findings of other kinds are added, and reads them again after a headline candidate', () => {
    const text = `${HEADLINE}\n${BODY}`;
    const ctx = contextOf(text);
    ctx.findings.add({ kind: 'body', value: {}, span: { start: 0, end: text.length }, by: BY });
    const spans = contentSpans(ctx);
    expect(spans).toEqual([{ start: 0, end: text.length }]);
    ctx.findings.add({ kind: 'masthead', value: {}, span: { start: 0, end: 5 }, by: BY });
    expect(contentSpans(ctx)).toBe(spans);
    ctx.findings.add({ kind: 'masthead', value: {}, span: { start: 6, end: 9 }, by: BY });
    ctx.findings.add({ kind: 'headlineCandidate', value: {}, span: { start: 0, end: HEADLINE.length }, by: BY });
    expect(contentSpans(ctx)).toEqual([
      { start: 0, end: HEADLINE.length },
      { start: 0, end: text.length },
    ]);
  });

  it('answers for each context in turn, whichever was asked about last, though both hold as many findings', () => {
    const first = contextOf(`${HEADLINE}\n${BODY}`);
    const second = contextOf(`BelTA\n${BODY}`);
    first.findings.add({ kind: 'headlineCandidate', value: {}, span: { start: 0, end: HEADLINE.length }, by: BY });
    first.findings.add({ kind: 'body', value: {}, span: { start: HEADLINE.length + 1, end: first.text.length }, by: BY });
    const spansOfFirst = [
      { start: 0, end: HEADLINE.length },
      { start: HEADLINE.length + 1, end: first.text.length },
    ];
    expect(contentSpans(first)).toEqual(spansOfFirst);
    second.findings.add({ kind: 'masthead', value: {}, span: { start: 0, end: 5 }, by: BY });
    second.findings.add({ kind: 'body', value: {}, span: { start: 6, end: second.text.length }, by: BY });
    expect(contentSpans(second)).toEqual([{ start: 6, end: second.text.length }]);
    expect(contentSpans(first)).toEqual(spansOfFirst);
  });
});
