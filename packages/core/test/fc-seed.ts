/**
 * fast-check's seed for every property test of the repository, set once here rather than in each
 * `fc.assert`: every package with property tests lists this file in its vitest config's `setupFiles`
 * (`../../packages/core/test/fc-seed.ts` outside core), beside `provide: { FC_SEED: … }`, which hands the
 * variable over to the tests, those run in workerd included (whose `process.env` does not hold it).
 * Random on each run, and a failure's report names the seed it ran with (`{ seed: -1234567, path: … }`);
 * `FC_SEED` runs every property with that one, which replays the failure: in the package's folder,
 * `FC_SEED=-1234567 npx vitest run test/round-trip.test.ts` (apps/api, apps/ingest: with `--config`).
 * Every package imports the one fast-check version the lockfile pins, so this module configures the
 * instance its tests import.
 */
import fc from "fast-check";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    FC_SEED: string;
  }
}

const replay = inject("FC_SEED");
if (replay !== undefined && replay !== "") {
  const seed = Number(replay);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer (a failure's seed), not ${replay}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
