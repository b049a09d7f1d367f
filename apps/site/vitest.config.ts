import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // fast-check's seed for every property, from the repository's one setup file: random, or FC_SEED to replay.
    setupFiles: ["../../packages/core/test/fc-seed.ts"],
    provide: { FC_SEED: process.env.FC_SEED ?? "" },
    // The browser suite builds a site and drives Chromium on a shared two-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
