import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "ingest-node",
    include: ["test/node/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
