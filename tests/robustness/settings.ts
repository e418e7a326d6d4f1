/**
 * fast-check settings shared by the robustness tests: a fixed seed, so a failure reproduces,
 * and bounded runs, so `npm test` stays fast. `ROBUST_SEED` and `ROBUST_RUNS_FACTOR` widen a
 * local run, e.g. `ROBUST_RUNS_FACTOR=20 npx vitest run tests/robustness`.
 */
import type fc from 'fast-check';

const SEED = Number(process.env.ROBUST_SEED ?? 20261123);
const FACTOR = Number(process.env.ROBUST_RUNS_FACTOR ?? 1);

/** Parameters for `fc.assert` with `runs` runs (times the factor). */
export function runs(runs: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: Math.max(1, Math.round(runs * FACTOR)), endOnFailure: false };
}

/** Test options for a property: time for its runs on a busy machine (the default 5 s is for one example). */
export const SLOW = { timeout: 120_000 } as const;
