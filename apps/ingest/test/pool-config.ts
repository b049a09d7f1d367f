import { join } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { folderFixtures, isNewsFile, REPO_ROOT, SHARED } from "./node/fixtures.js";

/**
 * A vitest project that runs the pipeline in workerd (R2, Queues with retries and the dead-letter
 * queue, D1 shards, all simulated by miniflare) from a wrangler configuration. The seeds, the corpus
 * and a day of dumps travel into workerd as bindings: tests there cannot read the file system.
 */
export function pipelineProject(name: string, wranglerConfig: string, include: string) {
  return defineConfig({
    plugins: [
      cloudflareTest(async () => ({
        wrangler: { configPath: wranglerConfig },
        miniflare: {
          bindings: {
            API_TOKEN: "ingest-test-token",
            STORE_MIGRATIONS: await readD1Migrations(join(REPO_ROOT, "packages/store/migrations")),
            INGEST_MIGRATIONS: await readD1Migrations(join(REPO_ROOT, "apps/ingest/migrations")),
            TEST_FILES: [
              ...folderFixtures(join(REPO_ROOT, "seeds"), isNewsFile),
              ...folderFixtures(join(SHARED, "corpus"), isNewsFile).map((file) => ({
                ...file,
                filename: `corpus/${file.filename}`,
              })),
            ],
            TEST_DUMPS: folderFixtures(join(SHARED, "dumps"), (file) => /^2026-07-29\.jsonl\.gz$/.test(file)),
          },
        },
      })),
    ],
    // The Worker's own `@caixun/core/entities`, `@caixun/core/entities/basic` and
    // `@caixun/core/stories/common-pairs`, `@caixun/core/stories/words`, `@caixun/core/stories/default-settings`, `@caixun/core/credits/hosts`,
    // `@caixun/core/credits/outlet-names`, `@caixun/core/credits/field-labels`, `@caixun/core/html/names`, `@caixun/core/enrich/quote-links`, `@caixun/core/stories/equivalent-names`, `@caixun/core/packs/bundled-rules`, `@caixun/core/default-settings` and
    // `@caixun/core/readers/record-keys`
    // (wrangler.jsonc `alias`): the tables from its static assets; and
    // its own `zod/mini` (`worker-zod.ts`), with `CAIXUN_WORKER` defined as wrangler.jsonc defines it.
    define: { CAIXUN_WORKER: "true" },
    resolve: {
      alias: {
        "zod/mini": join(REPO_ROOT, "apps/api/dist/worker-zod.js"),
        "@caixun/core/entities/basic": join(REPO_ROOT, "apps/api/dist/asset-entities.js"),
        "@caixun/core/entities": join(REPO_ROOT, "apps/api/dist/asset-entities.js"),
        "@caixun/core/stories/common-pairs": join(REPO_ROOT, "apps/api/dist/asset-common-pairs.js"),
        "@caixun/core/stories/words": join(REPO_ROOT, "apps/api/dist/asset-story-words.js"),
        "@caixun/core/stories/default-settings": join(REPO_ROOT, "apps/api/dist/asset-story-settings.js"),
        "@caixun/core/credits/hosts": join(REPO_ROOT, "apps/api/dist/asset-credit-hosts.js"),
        "@caixun/core/credits/outlet-names": join(REPO_ROOT, "apps/api/dist/asset-outlet-names.js"),
        "@caixun/core/credits/field-labels": join(REPO_ROOT, "apps/api/dist/asset-field-labels.js"),
        "@caixun/core/html/names": join(REPO_ROOT, "apps/api/dist/asset-html-names.js"),
        "@caixun/core/enrich/quote-links": join(REPO_ROOT, "apps/api/dist/asset-quote-links.js"),
        "@caixun/core/stories/equivalent-names": join(REPO_ROOT, "apps/api/dist/asset-equivalent-names.js"),
        "@caixun/core/packs/bundled-rules": join(REPO_ROOT, "apps/api/dist/asset-pack-rules.js"),
        "@caixun/core/default-settings": join(REPO_ROOT, "apps/api/dist/asset-default-settings.js"),
        "@caixun/core/readers/record-keys": join(REPO_ROOT, "apps/api/dist/asset-record-keys.js"),
      },
    },
    test: { name, include: [include], testTimeout: 120_000 },
  });
}
