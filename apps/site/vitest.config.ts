import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite builds a site and drives Chromium on a shared two-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
