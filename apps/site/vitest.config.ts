import { defineConfig } from "vitest/config";
import { fastCheckVariables } from "../../packages/core/test/fc-variables.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // fast-check's seed and runs for every property, from the repository's one setup file: random seed and each
    // property's own runs, or FC_SEED to replay and FC_NUM_RUNS for more runs.
    setupFiles: ["../../packages/core/test/fc-seed.ts"],
    provide: fastCheckVariables,
    // The browser suite builds a site and drives Chromium on a shared two-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
