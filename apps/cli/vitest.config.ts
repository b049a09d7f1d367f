import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // The end-to-end tests start processes with worker threads of their own; on a shared machine,
    // one test file at a time is kinder and no slower.
    fileParallelism: false,
  },
});
