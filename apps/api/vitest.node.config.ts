import { defineConfig } from "vitest/config";
import { fastCheckVariables } from "../../packages/core/test/fc-variables.js";

export default defineConfig({
  test: {
    name: "node",
    include: ["test/node/**/*.test.ts"],
    // fast-check's seed and runs for every property, from the repository's one setup file: random seed and each
    // property's own runs, or FC_SEED to replay and FC_NUM_RUNS for more runs.
    setupFiles: ["../../packages/core/test/fc-seed.ts"],
    provide: fastCheckVariables,
    testTimeout: 120_000,
  },
});
