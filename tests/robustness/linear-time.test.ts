/**
 * Parsing time stays linear in the input. Times are measured relative to the parser's own
 * speed on a typical release, never against a clock budget, with generous margins and
 * retries, so that a busy machine does not make the test flaky:
 * - no 100 KB hostile input costs more than SLOWDOWN times a typical release per KB;
 * - ten times the input costs less than GROWTH times the time (linear: 10, quadratic: 100).
 * `ROBUST_REPORT=1` prints the measured ratios.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePressRelease } from '../../src/index.js';
import { normalizeText } from '../../src/normalize/normalize.js';
import { resolveOptions } from '../../src/options.js';
import type { Extractor } from '../../src/pipeline/context.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { COUNTRY_NAMES } from './arbitraries.js';
import { filledTo, msPerKb, SLOWDOWN, typicalMsPerKb } from './timing.js';
import { TYPICAL_RELEASE } from './typical-release.js';

const GROWTH = 35;
const KB = 1024;

/** Hostile pieces that, repeated, could make a careless rule backtrack or loop over pairs. */
const PIECES: [string, string][] = [
  ['one letter', 'a'],
  ['spaces', ' '],
  ['newlines and spaces', ' \n \n'],
  ['double quotes', '"'],
  ['an unclosed quote', '"Security is indivisible and '],
  ['short quotes', '"We agree," he said. '],
  ['country names', `${COUNTRY_NAMES.slice(0, 200).join(', ')}, `],
  ['country names joined by and', `${COUNTRY_NAMES.slice(0, 200).join(' and ')} and `],
  ['capitalised words', 'The Council Of Heads Of Security Agencies Of The '],
  ['a name', 'Colonel-General Ali Naghiyev, '],
  ['dates', 'On Tuesday, May 9, 2023, '],
  ['numbers', 'more than 1,000,000.5 of 30 foreign citizens and '],
  ['HTML tags', '<p><a href="x">'],
  ['combining marks', 'e\u0301\u0302\u0303'],
  ['full stops', '.'],
  ['exclamation marks', '!!!!!!!!!x'],
  ['a word of mixed scripts', 'p\u00aaA'],
  ['a typical release', TYPICAL_RELEASE],
];

describe('parsing time stays linear', () => {
  let typical = Number.NaN;
  beforeAll(() => {
    typical = typicalMsPerKb();
  });

  it.each(PIECES)(`no 100 KB input of %s costs more than ${SLOWDOWN}x a typical release per KB`, { retry: 2 }, (_label, piece) => {
    const perKb = msPerKb(filledTo(piece, 100 * KB), 3);
    if (process.env.ROBUST_REPORT) console.log(`slowdown ${(perKb / typical).toFixed(2)}x: ${_label}`);
    expect(perKb, `${perKb.toFixed(4)} ms/KB against ${typical.toFixed(4)} ms/KB for a typical release`).toBeLessThanOrEqual(SLOWDOWN * typical);
  });

  /**
   * How many times longer ten times as much input (`smallKb`, then ten times that) takes. The
   * small input is timed ten times in a row, so that both timings allocate as much and pay
   * for as much garbage collection: the fastest of a few tries of each is compared.
   */
  const growth = (piece: string, parse: (text: string) => unknown = parsePressRelease, smallKb = 10): number => {
    const small = filledTo(piece, smallKb * KB);
    const large = filledTo(piece, 10 * smallKb * KB);
    const fastest = (run: () => void): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 4; i++) {
        const started = performance.now();
        run();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const tenSmall = fastest(() => {
      for (let i = 0; i < 10; i++) parse(small);
    });
    return (fastest(() => parse(large)) / tenSmall) * 10;
  };

  it.each(PIECES)(`ten times as much %s takes less than ${GROWTH}x the time`, { retry: 2 }, (_label, piece) => {
    const times = growth(piece);
    if (process.env.ROBUST_REPORT) console.log(`growth ${times.toFixed(1)}x: ${_label}`);
    expect(times).toBeLessThan(GROWTH);
  });

  it('would catch an extractor that compares every word with every earlier one', { retry: 2 }, () => {
    const careless: Extractor = {
      name: 'extractor/careless',
      run(ctx) {
        let same = 0;
        const { tokens } = ctx;
        for (let i = 0; i < tokens.length; i++) for (let j = 0; j < i; j++) if (tokens[j]?.key === tokens[i]?.key) same++;
        ctx.trace('extractor/careless', () => String(same));
      },
    };
    const withCareless = (text: string): unknown => runPipeline(normalizeText(text), resolveOptions({}), [careless]);
    const times = growth('Turkey, Iran and Iraq. ', withCareless, 3);
    if (process.env.ROBUST_REPORT) console.log(`growth ${times.toFixed(1)}x: careless extractor`);
    expect(times).toBeGreaterThan(GROWTH);
  });
});
