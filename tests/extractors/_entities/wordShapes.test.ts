import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/gazetteer/tokenize.js';
import { defineWordClass } from '../../../src/extractors/_entities/wordClasses.js';
import { readWords, Shape } from '../../../src/extractors/_entities/wordShapes.js';

function read(text: string): { classes: number[]; shapes: number[] } {
  const tokens = tokenize(text);
  const classes = new Int32Array(tokens.length);
  const shapes = new Uint8Array(tokens.length);
  readWords(text, tokens, classes, shapes);
  return { classes: [...classes], shapes: [...shapes] };
}

describe('readWords', () => {
  const verbs = defineWordClass(['stated', 'remarked']);

  it('gives name words, initials and other words their shapes', () => {
    const { shapes } = read('A. Karimov stated that the SSS and Tashkent agreed.');
    expect(shapes).toEqual([Shape.Initial, Shape.Name, Shape.None, Shape.None, Shape.None, Shape.None, Shape.None, Shape.Name, Shape.None]);
  });

  it('gives the same answers to a word read again in another text, and to a different word in its place', () => {
    const first = read('Colonel Rustamov remarked on the talks.');
    const again = read('Rustamov remarked: the talks went well, Rustamov stated.');
    expect(first.classes[2]! & verbs).not.toBe(0);
    expect(again.shapes[0]).toBe(Shape.Name);
    expect(again.classes[1]! & verbs).not.toBe(0);
    expect(again.classes[7]! & verbs).not.toBe(0);
    expect(again.shapes[6]).toBe(Shape.Name);
    expect(again.classes[3]! & verbs).toBe(0);
  });

  it('reads a class defined after a text was read', () => {
    expect(read('The delegation concurred.').classes[2]).toBe(0);
    const agree = defineWordClass(['concurred']);
    expect(read('The delegation concurred.').classes[2]! & agree).not.toBe(0);
  });
});
