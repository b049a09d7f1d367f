import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { corpusFixtures, seedFixtures } from "./test/node/fixtures.js";

/** The suite's fixtures travel into workerd as bindings: tests there cannot read the file system. */
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.jsonc" },
      miniflare: {
        bindings: {
          API_TOKEN: "workers-test-token",
          TEST_MIGRATIONS: await readD1Migrations("../../packages/store/migrations"),
          TEST_SEEDS: seedFixtures(),
          TEST_CORPUS: corpusFixtures(),
        },
      },
    })),
  ],
  test: {
    name: "workers",
    include: ["test/workers/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
