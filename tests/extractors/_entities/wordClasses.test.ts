import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { defineWordClass, LEADING_DIGIT, wordClassesAt } from '../../../src/extractors/_entities/wordClasses.js';

const classesOf = (text: string): number[] => tokenize(text).map((t) => wordClassesAt(text, t));

describe('word classes', () => {
  const verbs = defineWordClass(['said', 'noted']);
  const notes = defineWordClass(['noted', 'memorandum']);

  it('gives each token the bits of every class its folded key belongs to', () => {
    const classes = classesOf('The Chairman NOTED that the Memorandum was signed, he said.');
    expect(classes.map((c) => [(c & verbs) !== 0, (c & notes) !== 0])).toEqual([
      [false, false],
      [false, false],
      [true, true],
      [false, false],
      [false, false],
      [false, true],
      [false, false],
      [false, false],
      [false, false],
      [true, false],
    ]);
  });

  it('gives distinct bits to distinct classes', () => {
    expect(verbs & notes).toBe(0);
    expect((verbs | notes) & LEADING_DIGIT).toBe(0);
  });

  it('gives no class to words outside every class, near misses included', () => {
    expect(classesOf('sad sail saying notes memoranda note memorandums')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads words written in capitals or beyond ASCII by their folded key', () => {
    const classes = classesOf('Said SAID Nöted noted 5th ⑤th');
    expect(classes.map((c) => [(c & verbs) !== 0, (c & notes) !== 0, (c & LEADING_DIGIT) !== 0])).toEqual([
      [true, false, false],
      [true, false, false],
      [true, true, false],
      [true, true, false],
      [false, false, true],
      [false, false, true],
    ]);
  });

  it('marks words that start with a digit, whatever follows', () => {
    const classes = classesOf('On 5th May, 30 officers and 2024 plans, said x9.');
    expect(classes.map((c) => (c & LEADING_DIGIT) !== 0)).toEqual([false, true, false, true, false, false, true, false, false, false]);
  });
});
