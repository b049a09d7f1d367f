import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Packs keep their tests beside them (src/packs/<name>/); everything else is under test/.
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
