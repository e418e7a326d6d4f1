import { describe, expect, it } from 'vitest';
import { outletTail } from '../../../src/extractors/_lib/outletTail.js';

describe('outletTail', () => {
  it('finds an outlet of the media table that ends a page title after a dash or bar', () => {
    expect(outletTail('Chiefs meet in Kuwait - Kuwait News Agency')).toBe('Chiefs meet in Kuwait'.length);
    expect(outletTail('Border talks end in Bishkek | AKIpress')).toBe('Border talks end in Bishkek'.length);
  });

  it('finds none for a tail the table does not know, or a dash inside the title', () => {
    expect(outletTail('Chiefs meet in Kuwait - Gulf Evening Courier')).toBe(-1);
    expect(outletTail('Kazakhstan - Kyrgyzstan border talks')).toBe(-1);
  });
});
