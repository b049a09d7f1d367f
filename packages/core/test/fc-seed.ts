/**
 * fast-check's seed and number of runs for every property test of the repository, set once here rather
 * than in each `fc.assert`: every package with property tests lists this file in its vitest config's
 * `setupFiles` (`../../packages/core/test/fc-seed.ts` outside core), beside `provide: fastCheckVariables`
 * (`./fc-variables.ts`), which hands the variables over to the tests, those run in workerd included
 * (whose `process.env` does not hold them). Every package imports the one fast-check version the
 * lockfile pins, so this module configures the instance its tests import.
 *
 * - `FC_SEED`: random on each run, and a failure's report names the seed it ran with
 *   (`{ seed: -1234567, path: … }`); `FC_SEED` runs every property with that one, which replays the
 *   failure: in the package's folder, `FC_SEED=-1234567 npx vitest run test/round-trip.test.ts`
 *   (apps/api, apps/ingest: with `--config`).
 * - `FC_NUM_RUNS`: each property keeps the runs its test asks for (`{ numRuns: 300 }`, sized to the
 *   cost of one run), so a seed that fails 1 run in 10,000 turns CI red now and then rather than here.
 *   `FC_NUM_RUNS=20000` runs every property at least 20,000 times (one with more keeps its own);
 *   `FC_NUM_RUNS=x10` runs each ten times its own count, which keeps the costly properties (a whole
 *   parse a run) in proportion. A test's own count wins over `fc.configureGlobal`, so the variable
 *   reaches every `fc.assert` through a mock of fast-check's `assert`, installed only when it is set.
 */
import type { IRawProperty, Parameters as RunParameters } from "fast-check";
import fc from "fast-check";
import { inject, vi } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    FC_SEED: string;
    FC_NUM_RUNS: string;
  }
}

const replay = inject("FC_SEED");
if (replay !== undefined && replay !== "") {
  const seed = Number(replay);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer (a failure's seed), not ${replay}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}

/**
 * The longest one property may take, its shrinking included: then it stops and fails with its seed and the smallest
 * counterexample found so far. A property is synchronous, so vitest's test timeout cannot stop it; a property that
 * fails on a list of hundreds of items (a corpus grouped into stories, say) runs again on each shrunk list, and the
 * shrinking of one such failure kept CI's run going past its limit (session 55: `story-near-copies.test.ts`).
 */
export const PROPERTY_TIME_LIMIT_MS = 180_000;
fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
  markInterruptAsFailure: true,
});

const runs = inject("FC_NUM_RUNS");
if (runs !== undefined && runs !== "") {
  const scaled = runs.startsWith("x");
  const count = Number(scaled ? runs.slice(1) : runs);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`FC_NUM_RUNS must be a count (20000) or a factor (x10), not ${runs}`);
  const runsFor = (own: number | undefined): number =>
    scaled ? (own ?? 100) * count : Math.max(own ?? 0, count);
  // More runs take longer: a test's timeout and a property's bound grow with them, so that a run with FC_NUM_RUNS
  // reports what a property found, not that the test ran out of time (session 56: the store's sharded property, 60
  // runs in 8 s under load, ran past its file's 60 s at x10 and said nothing of its seeds).
  const longer = Math.max(1, scaled ? count : count / 100);
  vi.setConfig({ testTimeout: PROPERTY_TIME_LIMIT_MS * longer });
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS * longer,
  });
  vi.doMock("fast-check", async (importOriginal) => {
    const actual = await importOriginal<typeof import("fast-check")>();
    const assert = ((property: IRawProperty<unknown>, parameters?: RunParameters<unknown>) =>
      actual.assert(property, {
        ...parameters,
        numRuns: runsFor(parameters?.numRuns),
      })) as typeof actual.assert;
    return { ...actual, assert, default: { ...actual.default, assert } };
  });
}
