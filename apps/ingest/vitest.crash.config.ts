import { join } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { folderFixtures, isNewsFile, REPO_ROOT, SHARED } from "./test/node/fixtures.js";

/** The pipeline with a consumer that is killed in the middle of its first batch. */
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./test/crash/wrangler.jsonc" },
      miniflare: {
        bindings: {
          API_TOKEN: "ingest-test-token",
          STORE_MIGRATIONS: await readD1Migrations(join(REPO_ROOT, "packages/store/migrations")),
          INGEST_MIGRATIONS: await readD1Migrations("./migrations"),
          TEST_FILES: [
            ...folderFixtures(join(REPO_ROOT, "seeds"), isNewsFile),
            ...folderFixtures(join(SHARED, "corpus"), isNewsFile).map((file) => ({
              ...file,
              filename: `corpus/${file.filename}`,
            })),
          ],
          TEST_DUMPS: folderFixtures(join(SHARED, "dumps"), (name) => /^2026-07-29\.jsonl\.gz$/.test(name)),
        },
      },
    })),
  ],
  test: {
    name: "ingest-crash",
    include: ["test/crash/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
