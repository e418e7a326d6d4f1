import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { Gap, TextView } from '../../../src/extractors/_entities/text.js';

const TEXT = 'Talks in Tashkent on 12,500 sq-km, then 3 - 4 new posts.';
const view = new TextView(TEXT, tokenize(TEXT));
const at = (word: string): number => view.tokens.findIndex((t) => t.raw === word);

describe('TextView.gapIs', () => {
  it('compares the text between two tokens whole', () => {
    expect(view.gapIs(at('Talks'), ' ')).toBe(true);
    expect(view.gapIs(at('12'), ',')).toBe(true);
    expect(view.gapIs(at('sq'), '-')).toBe(true);
    expect(view.gapIs(at('km'), ', ')).toBe(true);
  });

  it('is false for a gap that only starts or ends with the text asked for', () => {
    expect(view.gapIs(at('km'), ',')).toBe(false);
    expect(view.gapIs(at('3'), ' ')).toBe(false);
    expect(view.gapIs(at('3'), ' - ')).toBe(true);
    expect(view.gap(at('3'))).toBe(Gap.Other);
  });

  it('reads the text after the last token up to the end, and nothing outside the tokens', () => {
    expect(view.gapIs(view.tokens.length - 1, '.')).toBe(true);
    expect(view.gapIs(-1, '')).toBe(true);
    expect(view.gapIs(view.tokens.length, ' ')).toBe(false);
  });
});
