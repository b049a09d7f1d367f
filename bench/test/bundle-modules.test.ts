import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { coreBundleAccount } from "../src/bundle-account.js";
import { CORE_BUNDLE_BUDGETS, WORKER_BUNDLE_BUDGETS, WORKER_GZIP_BYTES } from "../src/bundle-budgets.js";
import {
  BROWSER_BUILD,
  type BundleSize,
  coreBundleModules,
  type ModuleShare,
  measureCoreBundles,
  measureWorkerBundle,
  WORKERS,
  workerBundleCode,
  workerBundleModules,
  workerUnavailable,
} from "../src/bundles.js";
import { REPO } from "../src/paths.js";

/** Every entry point of core for browsers, as the Bundles table measures them (once for this file). */
let table: BundleSize[];
beforeAll(async () => {
  table = await measureCoreBundles();
}, 120_000);

describe("coreBundleModules", () => {
  it("measures the bundle the Bundles table does, and shares that add up to about its gzip", async () => {
    const { bundle, modules } = await coreBundleModules("parse");
    expect(bundle).toEqual(table.find((row) => row.name === "@caixun/core { parse }"));
    expectShares(bundle, modules, ["src/parse-document.ts", "src/text/entities-data.ts"]);
  }, 180_000);
});

describe("coreBundleAccount", () => {
  it("accounts for every byte of the bundle the Bundles table measures, and for its gzip exactly", async () => {
    const { bundle, modules } = await coreBundleAccount("parse");
    expect(bundle).toEqual(table.find((row) => row.name === "@caixun/core { parse }"));
    expect(modules.reduce((sum, share) => sum + share.bytes, 0)).toBe(bundle.bytes);
    expect(modules.reduce((sum, share) => sum + share.gzipBytes, 0)).toBe(bundle.gzipBytes);
    expectShares(bundle, modules, ["src/parse-document.ts", "src/text/entities-data.ts"]);
  }, 180_000);
});

/**
 * Each module once, among them `expected`, sorted by share; each module's code minified alone keeps
 * its top-level names' length, so the shares add up to a little more than the real bundle, never
 * less, and never far more.
 */
function expectShares(bundle: BundleSize, modules: ModuleShare[], expected: string[]): void {
  const names = modules.map((share) => share.module);
  expect(names).toEqual(expect.arrayContaining(expected));
  expect(new Set(names).size).toBe(names.length);
  expect(modules.map((share) => share.gzipBytes)).toEqual(
    modules.map((share) => share.gzipBytes).sort((a, b) => b - a),
  );
  const total = modules.reduce((sum, share) => sum + share.gzipBytes, 0);
  expect(total).toBeGreaterThan(bundle.gzipBytes * 0.95);
  // Each module gzipped alone has no other module's strings to refer back to, so the shares add up to more than the
  // whole: 1.20× on apps/api in session 49 (233,511 against 194,488 B, the Worker's modules grown to the readers and
  // rule tables of 81 sets' classes), with room for a few sessions more; core's share (the largest) counted twice
  // would go over it.
  expect(total).toBeLessThan(bundle.gzipBytes * 1.25);
}

// esbuild's default writes each Chinese character of a string as a six-byte `\uXXXX` (2,477 of them in
// `{ parse }`, 1.7 KB of its gzip); a site's bundler writes them in UTF-8 (Vite, Rollup with terser, webpack,
// the site's own build), and so does the Bundles table (`BROWSER_BUILD`).
describe("core for browsers as the Bundles table measures it", () => {
  it("writes Chinese in UTF-8", async () => {
    const core = join(REPO, "packages/core");
    const output = await build({
      stdin: { contents: `export { parse } from "./src/browser.ts";`, resolveDir: core, loader: "ts" },
      absWorkingDir: core,
      ...BROWSER_BUILD,
      write: false,
      logLevel: "error",
    });
    const code = output.outputFiles[0]!.text;
    expect(code).toContain("责任编辑");
    expect(code.match(/\\u(?:3[4-9a-f]|[4-9][0-9a-f])[0-9a-f]{2}/gi) ?? []).toEqual([]);
  }, 120_000);
});

describe("core's bundle budgets (bench/src/bundle-budgets.ts)", () => {
  it("has a budget for every entry point, and none for an entry point that is gone", () => {
    expect(table.map((row) => row.name).sort()).toEqual(Object.keys(CORE_BUNDLE_BUDGETS).sort());
  });

  it("keeps every entry point within its budget: take the bytes out, or raise it in the commit that needs it", () => {
    const over = table
      .filter((row) => row.gzipBytes > CORE_BUNDLE_BUDGETS[row.name]!)
      .map((row) => `${row.name}: ${row.gzipBytes} bytes gzip, budget ${CORE_BUNDLE_BUDGETS[row.name]}`);
    expect(over).toEqual([]);
  });
});

// The Workers bundle the built packages (`pnpm build` first), as `wrangler deploy --dry-run` does.
describe("the Workers' bundles", () => {
  /** Each Worker as `measureWorkerBundle` measures it (once for this block). */
  let workers: BundleSize[];
  beforeAll(() => {
    workers = WORKERS.map((app) => measureWorkerBundle(app));
  }, 600_000);

  it("measures a Worker's modules on the bundle wrangler writes, shares adding up to about its gzip", async () => {
    const { bundle, modules } = await workerBundleModules("apps/api");
    expect(bundle).toEqual(workers.find((row) => row.name === "apps/api"));
    expectShares(bundle, modules, [
      "../../packages/core/dist/parse-all.js",
      "src/routes/parse.ts",
      "src/worker-hono.ts",
    ]);
    // The Worker's own `hono/hono-base` (apps/api/src/worker-hono.ts, wrangler.jsonc `alias`), not Hono's.
    expect(modules.map((share) => share.module)).not.toContain("node_modules/hono/dist/hono-base.js");
  }, 300_000);

  // wrangler's esbuild wrote each Chinese character of a string as a six-byte `\uXXXX` (3,382 of them
  // in apps/ingest, 1.9 KB of its gzip); the patch of wrangler (pnpm-workspace.yaml) has it write UTF-8.
  // What is left are the escapes the sources write themselves, in character classes (`[\u4e00-\u9fff]`).
  // A Worker sends the OpenAPI document its build wrote, and carries none of what only the document
  // reads (`DOCUMENTED`, apps/api/src/documented.ts): a route's summary, a response's or a parameter's
  // description. Nor zod: a Worker validates requests with its own `zod/mini` (apps/api/src/worker-zod.ts).
  it.each(WORKERS)(
    "writes %s in UTF-8, without the API's descriptions or zod",
    (app) => {
      const code = workerBundleCode(app);
      const escapedChinese = code.match(/\\u(?:3[4-9a-f]|[4-9][0-9a-f])[0-9a-f]{2}/gi) ?? [];
      expect(escapedChinese.length).toBeLessThan(20);
      for (const description of [
        "List and search articles, newest first or by relevance",
        "Missing or wrong bearer token",
        "Security code or name: 601601",
      ])
        expect(code).not.toContain(description);
      for (const zodName of ["$ZodType", "__zod_globalRegistry"]) expect(code).not.toContain(zodName);
    },
    300_000,
  );

  it.each(WORKERS)("keeps %s within issue 11's target (WORKER_GZIP_BYTES)", (app) => {
    expect(workerUnavailable(app)).toBeNull();
    expect(workers.find((row) => row.name === app)!.gzipBytes).toBeLessThanOrEqual(WORKER_GZIP_BYTES);
  });

  it.each(WORKERS)(
    "keeps %s within its own budget (WORKER_BUNDLE_BUDGETS), under issue 11's target",
    (app) => {
      const budget = WORKER_BUNDLE_BUDGETS[app];
      expect(budget).toBeLessThanOrEqual(WORKER_GZIP_BYTES);
      expect(workers.find((row) => row.name === app)!.gzipBytes).toBeLessThanOrEqual(budget!);
    },
  );
});
