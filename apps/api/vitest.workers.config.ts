import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { fastCheckVariables } from "../../packages/core/test/fc-variables.js";
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
  // The Worker's own `@caixun/core/entities`, `@caixun/core/entities/basic` and
  // `@caixun/core/stories/common-pairs`, `@caixun/core/stories/words`, `@caixun/core/stories/default-settings`, `@caixun/core/credits/hosts`,
  // `@caixun/core/credits/outlet-names`, `@caixun/core/credits/field-labels`, `@caixun/core/html/names`, `@caixun/core/enrich/quote-links`, `@caixun/core/stories/equivalent-names`, `@caixun/core/stages/boilerplate-lines`, `@caixun/core/credits/credit-patterns`, `@caixun/core/text/rule-patterns`, `@caixun/core/packs/bundled-rules`, `@caixun/core/default-settings` and
  // `@caixun/core/readers/record-keys`
  // (wrangler.jsonc `alias`): the tables from its static assets; and
  // its own `zod/mini` (`src/worker-zod.ts`) and `hono/hono-base` (`src/worker-hono.ts`), with `CAIXUN_WORKER`
  // defined as wrangler.jsonc defines it.
  define: { CAIXUN_WORKER: "true" },
  resolve: {
    alias: {
      "zod/mini": fileURLToPath(new URL("src/worker-zod.ts", import.meta.url)),
      "hono/hono-base": fileURLToPath(new URL("src/worker-hono.ts", import.meta.url)),
      "@caixun/core/entities/basic": fileURLToPath(new URL("src/asset-entities.ts", import.meta.url)),
      "@caixun/core/entities": fileURLToPath(new URL("src/asset-entities.ts", import.meta.url)),
      "@caixun/core/stories/common-pairs": fileURLToPath(
        new URL("src/asset-common-pairs.ts", import.meta.url),
      ),
      "@caixun/core/stories/words": fileURLToPath(new URL("src/asset-story-words.ts", import.meta.url)),
      "@caixun/core/stories/default-settings": fileURLToPath(
        new URL("src/asset-story-settings.ts", import.meta.url),
      ),
      "@caixun/core/credits/hosts": fileURLToPath(new URL("src/asset-credit-hosts.ts", import.meta.url)),
      "@caixun/core/credits/outlet-names": fileURLToPath(
        new URL("src/asset-outlet-names.ts", import.meta.url),
      ),
      "@caixun/core/credits/field-labels": fileURLToPath(
        new URL("src/asset-field-labels.ts", import.meta.url),
      ),
      "@caixun/core/html/names": fileURLToPath(new URL("src/asset-html-names.ts", import.meta.url)),
      "@caixun/core/enrich/quote-links": fileURLToPath(new URL("src/asset-quote-links.ts", import.meta.url)),
      "@caixun/core/credits/credit-patterns": fileURLToPath(
        new URL("src/asset-credit-patterns.ts", import.meta.url),
      ),
      "@caixun/core/text/rule-patterns": fileURLToPath(
        new URL("src/asset-rule-patterns.ts", import.meta.url),
      ),
      "@caixun/core/stages/boilerplate-lines": fileURLToPath(
        new URL("src/asset-boilerplate-lines.ts", import.meta.url),
      ),
      "@caixun/core/stories/equivalent-names": fileURLToPath(
        new URL("src/asset-equivalent-names.ts", import.meta.url),
      ),
      "@caixun/core/packs/bundled-rules": fileURLToPath(new URL("src/asset-pack-rules.ts", import.meta.url)),
      "@caixun/core/default-settings": fileURLToPath(
        new URL("src/asset-default-settings.ts", import.meta.url),
      ),
      "@caixun/core/readers/record-keys": fileURLToPath(new URL("src/asset-record-keys.ts", import.meta.url)),
    },
  },
  test: {
    name: "workers",
    include: ["test/workers/**/*.test.ts"],
    // fast-check's seed and runs for every property, from the repository's one setup file: random seed and each
    // property's own runs, or FC_SEED to replay and FC_NUM_RUNS for more runs.
    setupFiles: ["../../packages/core/test/fc-seed.ts"],
    provide: fastCheckVariables,
    testTimeout: 120_000,
  },
});
