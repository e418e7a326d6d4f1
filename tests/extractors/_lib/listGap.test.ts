import { describe, expect, it } from 'vitest';
import { joinsList, joinsListPastItem } from '../../../src/extractors/_lib/listGap.js';

/** The rule, written on the squeezed gap: a comma, or a connector after an optional comma, then an optional "the". */
function reference(gap: string, connectors: readonly string[], article: boolean): boolean {
  if (gap.length > 40) return false;
  let g = gap.replace(/\s+/g, ' ').trim();
  if (article && (g === 'the' || g.endsWith(' the') || g.endsWith(',the'))) g = g.slice(0, -3).trim();
  if (g === ',') return true;
  if (g.startsWith(',')) g = g.slice(1).trim();
  return connectors.includes(g);
}

/** `joinsList` over the gap between two country names in a sentence. */
function joins(gap: string, connectors: readonly string[], article: boolean): boolean {
  const text = `Kazakhstan${gap}Russia took part.`;
  return joinsList(text, 'Kazakhstan'.length, 'Kazakhstan'.length + gap.length, connectors, article);
}

const LIST = ['and', '&', 'as well as'];

describe('joinsList', () => {
  it('joins by a comma or a connector, after a comma or not, before "the" when an article may stand there', () => {
    expect(joins(', ', LIST, true)).toBe(true);
    expect(joins(' and ', LIST, true)).toBe(true);
    expect(joins(',\n and the ', LIST, true)).toBe(true);
    expect(joins(' as  well\tas ', LIST, true)).toBe(true);
    expect(joins(',the ', LIST, true)).toBe(true);
  });

  it('does not join across other words, a full stop, a bare "the" or a long gap', () => {
    expect(joins(' and the ', LIST, false)).toBe(false);
    expect(joins(' the ', LIST, true)).toBe(false);
    expect(joins(' met in ', LIST, true)).toBe(false);
    expect(joins('. And ', LIST, true)).toBe(false);
    expect(joins(' and,the ', LIST, true)).toBe(false);
    expect(joins(` and${' '.repeat(40)}`, LIST, true)).toBe(false);
    expect(joins('', LIST, true)).toBe(false);
  });

  it('answers as the rule on the squeezed gap does, for every shape of gap', () => {
    const parts = ['', ' ', '  ', '\n', ',', 'and', '&', 'as', 'well', 'the', 'then', 'x', '.', '\u00a0', 'andthe', ',the'];
    for (const a of parts) {
      for (const b of parts) {
        for (const c of parts) {
          for (const d of [' ', '', ' the ', ',']) {
            const gap = `${a}${b}${c}${d}`;
            for (const article of [true, false]) {
              expect(joins(gap, LIST, article), JSON.stringify(gap)).toBe(reference(gap, LIST, article));
              expect(joins(gap, ['and'], article), JSON.stringify(gap)).toBe(reference(gap, ['and'], article));
            }
          }
        }
      }
    }
  });

  it('joins across one item no table knows: a comma, one to three capitalised words, then a join', () => {
    const past = (gap: string): boolean => joinsListPastItem(`Croatia${gap}Serbia met.`, 7, 7 + gap.length, LIST, true);
    expect([past(', Kosovo, '), past(', Kosovo and '), past(', Kosovo, and the '), past(', Trans Dniester Region, ')]).toEqual([true, true, true, true]);
    // No comma before it, no join after it, lower-case words or four of them: no item.
    expect([past(' Kosovo, '), past(', Kosovo '), past(', the police, '), past(', One Two Three Four, '), past(', ')]).toEqual([false, false, false, false, false]);
  });
});
