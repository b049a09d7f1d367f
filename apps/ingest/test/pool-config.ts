import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";
import { folderFixtures, isNewsFile, REPO_ROOT, SHARED } from "./node/fixtures.js";

const API_APP = join(REPO_ROOT, "apps/api");

/** A D1 database of a wrangler configuration, as its reader gives it. */
type D1Binding = { binding: string; database_id?: string };

/**
 * The API Worker as `wrangler deploy --dry-run` bundles it from apps/api (its wrangler.jsonc, not minified):
 * the script the ingestion Worker's `API` service binding reaches. apps/api must be built (`pnpm build`).
 */
function apiWorkerScript(): { scriptPath: string; modulesRoot: string } {
  const outdir = mkdtempSync(join(tmpdir(), "caixun-ingest-api-"));
  const result = spawnSync(
    join(API_APP, "node_modules/.bin/wrangler"),
    ["deploy", "--dry-run", "--outdir", outdir, "--minify=false"],
    { cwd: API_APP, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  if (result.status !== 0)
    throw new Error(`the API Worker did not build:\n${result.stderr || result.stdout}`);
  return { scriptPath: join(outdir, "worker.js"), modulesRoot: outdir };
}

/**
 * The API Worker beside the ingestion Worker in one miniflare, as `API`'s service (`caixun-api`): over the
 * same D1 databases (the article shards, by their ids in `wranglerConfig`; not the progress table) with the
 * same `SHARDS`, its own static assets, and the test token. Its bodies are read at the pace the tests of slow
 * bodies set (1,000 bytes a second over 300 ms), so that one through the proxy is its 408 within seconds.
 */
function apiWorker(wranglerConfig: string, apiToken: string) {
  const config = unstable_readConfig({ config: wranglerConfig });
  return {
    name: "caixun-api",
    modules: true,
    ...apiWorkerScript(),
    compatibilityDate: config.compatibility_date,
    d1Databases: Object.fromEntries(
      config.d1_databases
        .filter((database: D1Binding) => database.binding !== "INGEST")
        .map((database: D1Binding) => [database.binding, database.database_id!]),
    ),
    // As apps/api/wrangler.jsonc has them: every request runs the Worker first.
    assets: {
      directory: join(API_APP, "dist/assets"),
      binding: "ASSETS",
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
    },
    bindings: {
      API_TOKEN: apiToken,
      SHARDS: String(config.vars.SHARDS),
      BODY_MIN_RATE: "1000",
      BODY_RATE_WINDOW_MS: "300",
    },
  };
}

const API_TOKEN = "ingest-test-token";

/**
 * A vitest project that runs the pipeline in workerd (R2, Queues with retries and the dead-letter
 * queue, D1 shards, all simulated by miniflare) from a wrangler configuration, with the API Worker its
 * service binding reaches. The seeds, the corpus
 * and a day of dumps travel into workerd as bindings: tests there cannot read the file system.
 */
export function pipelineProject(name: string, wranglerConfig: string, include: string) {
  return defineConfig({
    plugins: [
      cloudflareTest(async () => ({
        wrangler: { configPath: wranglerConfig },
        miniflare: {
          workers: [apiWorker(wranglerConfig, API_TOKEN)],
          bindings: {
            API_TOKEN,
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
    // `@caixun/core/credits/outlet-names`, `@caixun/core/credits/field-labels`, `@caixun/core/html/names`, `@caixun/core/enrich/quote-links`, `@caixun/core/stories/equivalent-names`, `@caixun/core/stages/boilerplate-lines`, `@caixun/core/credits/credit-patterns`, `@caixun/core/text/rule-patterns`, `@caixun/core/packs/bundled-rules`, `@caixun/core/default-settings` and
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
        "@caixun/core/stages/boilerplate-lines": join(REPO_ROOT, "apps/api/dist/asset-boilerplate-lines.js"),
        "@caixun/core/credits/credit-patterns": join(REPO_ROOT, "apps/api/dist/asset-credit-patterns.js"),
        "@caixun/core/text/rule-patterns": join(REPO_ROOT, "apps/api/dist/asset-rule-patterns.js"),
        "@caixun/core/packs/bundled-rules": join(REPO_ROOT, "apps/api/dist/asset-pack-rules.js"),
        "@caixun/core/default-settings": join(REPO_ROOT, "apps/api/dist/asset-default-settings.js"),
        "@caixun/core/readers/record-keys": join(REPO_ROOT, "apps/api/dist/asset-record-keys.js"),
      },
    },
    // A hook as long as a test: the pipeline's beforeAll parses every test file in workerd, and at a load of 32 it
    // ran past vitest's 10 s default (every test of the file skipped, red, for no fault of the Worker's).
    test: { name, include: [include], testTimeout: 120_000, hookTimeout: 120_000 },
  });
}
