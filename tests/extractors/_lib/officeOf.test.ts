import { describe, expect, it } from 'vitest';
import words from '../../../data/participation-words.json';
import { officeOf } from '../../../src/extractors/_lib/officeOf.js';
import { alternation } from '../../../src/extractors/_lib/phrases.js';

/** The pattern officeOf answers for, run over the whole lead. */
const PATTERN = new RegExp(`\\b(?:${alternation(words.orgNouns)})\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?$`);

describe('officeOf', () => {
  it('reads an office or body of the country before it', () => {
    expect(officeOf('talks with the Minister of Defence of the Republic of ')).toBe(true);
    expect(officeOf('talks in the capital of the Republic of ')).toBe(false);
    expect(officeOf('talks with the Minister of ')).toBe(true);
    expect(officeOf('the State Security Service of the ')).toBe(true);
    expect(officeOf('the National Security Committee of the Republic of ')).toBe(true);
    expect(officeOf('a delegation of the Prime Minister of Republic of ')).toBe(true);
    expect(officeOf('the KGB of\u00a0')).toBe(true);
  });

  it('needs the office itself, in its case, as a whole word, right before "of"', () => {
    expect(officeOf('the security services of ')).toBe(false);
    expect(officeOf('the heads of delegations of ')).toBe(false);
    expect(officeOf('the XKGB of ')).toBe(false);
    expect(officeOf('the Service in ')).toBe(false);
    expect(officeOf('the Service of')).toBe(false);
    expect(officeOf('the Service ofthe ')).toBe(false);
    expect(officeOf('Service of the Republic ')).toBe(false);
  });

  it('answers as the pattern does on every shape of lead', () => {
    const heads = ['', 'the ', 'talks with ', 'x', '_', '\u00e9'];
    const nouns = ['Service', 'service', 'Prime Minister', 'Minister', 'Republic', 'Agency', 'KGB', 'delegation'];
    const tails = ['of ', 'of the ', 'of Republic of ', 'of the Republic of ', 'of  the\nRepublic \t of  ', 'of', 'the ', 'in the ', 'of the the ', 'Republic of '];
    for (const head of heads) {
      for (const noun of nouns) {
        for (const gap of [' ', '  ', '\n', '']) {
          for (const tail of tails) {
            const lead = `${head}${noun}${gap}${tail}`;
            expect(officeOf(lead), lead).toBe(PATTERN.test(lead));
          }
        }
      }
    }
  });
});
