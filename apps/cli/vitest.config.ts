import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // fast-check's seed for every property, from the repository's one setup file: random, or FC_SEED to replay.
    setupFiles: ["../../packages/core/test/fc-seed.ts"],
    provide: { FC_SEED: process.env.FC_SEED ?? "" },
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // The end-to-end tests start processes with worker threads of their own; on a shared machine,
    // one test file at a time is kinder and no slower.
    fileParallelism: false,
  },
});
