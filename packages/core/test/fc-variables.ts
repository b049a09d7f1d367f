/**
 * The variables that steer fast-check (`FC_SEED`, `FC_NUM_RUNS`: `./fc-seed.ts`), as every vitest config
 * with property tests hands them to its tests: `provide: fastCheckVariables`.
 */
export const fastCheckVariables = {
  FC_SEED: process.env.FC_SEED ?? "",
  FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? "",
};
