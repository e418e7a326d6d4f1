import { describe, expect, it } from 'vitest';
import { FindingBoard } from '../../src/pipeline/findings.js';
import '../../src/extractors/layout.js';

describe('FindingBoard', () => {
  it('gives the findings of one kind in the order they were added, and all of them in order', () => {
    const board = new FindingBoard();
    board.add({ kind: 'headlineCandidate', value: {}, span: { start: 0, end: 5 }, by: 'test' });
    board.add({ kind: 'body', value: {}, span: { start: 7, end: 40 }, by: 'test' });
    board.add({ kind: 'headlineCandidate', value: {}, span: { start: 5, end: 6 }, by: 'test' });
    expect(board.ofKind('headlineCandidate').map((f) => f.span.start)).toEqual([0, 5]);
    expect(board.ofKind('body').map((f) => f.span.end)).toEqual([40]);
    expect(board.ofKind('masthead')).toEqual([]);
    expect(board.list().map((f) => f.kind)).toEqual(['headlineCandidate', 'body', 'headlineCandidate']);
  });
});
