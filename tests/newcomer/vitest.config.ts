import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing, installing from the registry and running a fresh clone's quick start take minutes
    // on a shared two-core machine; the files run one after another so they do not compete.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
