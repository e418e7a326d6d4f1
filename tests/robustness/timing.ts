/**
 * Relative timing for the robustness tests: the parser's cost on hostile input is compared
 * with its own cost on a typical release, never with a clock budget, so that a slow or busy
 * machine does not make the tests flaky.
 */
import { parsePressRelease } from '../../src/index.js';
import { TYPICAL_RELEASE } from './typical-release.js';

/** How many times a typical release's cost per KB an input may cost. */
export const SLOWDOWN = 20;

const KB = 1024;

/** `piece` repeated until the text is `size` UTF-16 units long. */
export function filledTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size).toWellFormed();
}

/** The fastest of `tries` timings of `parse(text)`, in milliseconds per KB (noise only ever adds time). */
export function msPerKb(text: string, tries: number, parse: (text: string) => unknown = parsePressRelease): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best / (text.length / KB);
}

/** A typical release's cost per KB, after warming up the JIT and the gazetteer. */
export function typicalMsPerKb(): number {
  for (let i = 0; i < 30; i++) parsePressRelease(TYPICAL_RELEASE);
  return msPerKb(TYPICAL_RELEASE, 40);
}
