import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build, transform } from "esbuild";
import { REPO } from "./paths.js";

export interface BundleSize {
  /** `apps/api` (a Worker) or `@caixun/core/stages` (an entry point of core, for browsers). */
  name: string;
  /** The JavaScript (and WebAssembly) a user ships, in bytes. */
  bytes: number;
  /** The same, each file gzipped (zlib default level), in bytes. */
  gzipBytes: number;
}

/** The Workers whose bundles are measured: the API, and the API with ingestion at scale. */
export const WORKERS = ["apps/api", "apps/ingest"] as const;

export function workerUnavailable(app: string): string | null {
  const dir = join(REPO, app);
  if (!existsSync(join(dir, "wrangler.jsonc"))) return `${app} has no wrangler.jsonc`;
  if (!existsSync(join(dir, "node_modules/.bin/wrangler"))) return `wrangler is not installed in ${app}`;
  return null;
}

/** A Worker as `wrangler deploy --dry-run` bundles it (with the project's wrangler settings). */
export function measureWorkerBundle(app: string): BundleSize {
  return sizes(app, wranglerBundle(app, true));
}

/** A Worker's JavaScript as `wrangler deploy --dry-run` writes it (minified), as text. */
export function workerBundleCode(app: string): string {
  return wranglerBundle(app, true)
    .map((file) => file.toString("utf8"))
    .join("\n");
}

/**
 * The files `wrangler deploy --dry-run` writes for `app` (its JavaScript and WebAssembly), minified as
 * its wrangler settings say, or not minified (`--minify=false`: the same bundle with a `// path` line
 * before each module's code).
 */
function wranglerBundle(app: string, minified: boolean): Buffer[] {
  const key = `${app} ${minified}`;
  let files = wranglerBundles.get(key);
  if (files === undefined) {
    files = buildWranglerBundle(app, minified);
    wranglerBundles.set(key, files);
  }
  return files;
}

/**
 * Each Worker's bundle, built once per process: a deployment's build runs terser after esbuild (the patch of
 * wrangler), about a minute a Worker on this machine, and the built packages do not change during a run.
 */
const wranglerBundles = new Map<string, Buffer[]>();

function buildWranglerBundle(app: string, minified: boolean): Buffer[] {
  const dir = join(REPO, app);
  const outdir = mkdtempSync(join(tmpdir(), "caixun-bench-worker-"));
  try {
    const result = spawnSync(
      join(dir, "node_modules/.bin/wrangler"),
      ["deploy", "--dry-run", "--outdir", outdir, ...(minified ? [] : ["--minify=false"])],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
      },
    );
    if (result.status !== 0) {
      throw new Error(
        `wrangler deploy --dry-run failed in ${app}:\n${(result.stderr || result.stdout).slice(-2000)}`,
      );
    }
    const files = readdirSync(outdir, { recursive: true, encoding: "utf8" }).filter(
      (name) => /\.(?:m?js|wasm)$/.test(name) && !name.endsWith(".map"),
    );
    return files.map((name) => readFileSync(join(outdir, name)));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Every JavaScript entry point `@caixun/core` exports, each bundled alone for browsers by esbuild
 * (minified, ES module) from its source: what a site that imports only that entry ships. An
 * entry's bytes are not shared with another's here, so the root figure is what the default import
 * costs (every export of it kept), and a subpath (the securities dictionary, say) is counted on its
 * own. Last, `@caixun/core { parse }`: the root entry with only `parse` imported, as a page that
 * parses files ships it once its bundler drops the exports it does not use.
 */
export async function measureCoreBundles(): Promise<BundleSize[]> {
  const core = join(REPO, "packages/core");
  const manifest = JSON.parse(readFileSync(join(core, "package.json"), "utf8")) as {
    exports: Record<string, string | { browser?: string; import?: string }>;
  };
  const results: BundleSize[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    // What a browser's bundler resolves: the `browser` condition where an entry has one.
    const file = typeof target === "string" ? target : (target.browser ?? target.import);
    if (file === undefined || !file.endsWith(".js")) continue;
    const source = join(core, file.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts"));
    results.push(sizes(`@caixun/core${subpath.slice(1)}`, await browserBundle({ entryPoints: [source] })));
  }
  const parseOnly = await browserBundle({
    stdin: { contents: `export { parse } from "./${BROWSER_ENTRY}";`, resolveDir: core, loader: "ts" },
  });
  results.push(sizes("@caixun/core { parse }", parseOnly));
  return results;
}

/** The source of `@caixun/core` as browsers resolve it (the root entry's `browser` condition in its package.json). */
const BROWSER_ENTRY = "src/browser.ts";

/** What one module of a bundle adds to it. */
export interface ModuleShare {
  /**
   * The module's path in `packages/core` (`src/…`), or in a Worker from its app (`../../packages/core/dist/…`),
   * or `node_modules/<package>/…`.
   */
  module: string;
  /** Its code minified alone, in bytes. */
  bytes: number;
  /** What gzip of the whole bundle grows by with it: the bundle's gzip less that of the bundle without it. */
  gzipBytes: number;
}

/**
 * The modules of `@caixun/core`'s default entry (or of `{ parse }` alone) for browsers, each with
 * its share of the gzipped bundle, largest first, and the bundle's own size as the Bundles table
 * measures it. esbuild writes an unminified bundle with a `// path` line before each module's code;
 * each module's code is minified alone (so its top-level names keep their length, and the shares add
 * up to somewhat more than the real bundle), and a module's share is the gzip of every module's code
 * less that of every module's code but its own: what the module costs once gzip has what the rest
 * already says.
 */
export async function coreBundleModules(
  entry: "default" | "parse",
): Promise<{ bundle: BundleSize; modules: ModuleShare[] }> {
  const core = join(REPO, "packages/core");
  const contents =
    entry === "default"
      ? `export * from "./${BROWSER_ENTRY}";`
      : `export { parse } from "./${BROWSER_ENTRY}";`;
  const stdin = { contents, resolveDir: core, loader: "ts" as const };
  const bundle = sizes(
    entry === "default" ? "@caixun/core" : "@caixun/core { parse }",
    await browserBundle({ stdin }),
  );
  const unminified = await build({
    stdin,
    absWorkingDir: core,
    ...BROWSER_BUILD,
    minify: false,
    write: false,
    logLevel: "error",
  });
  return { bundle, modules: await moduleShares(unminified.outputFiles[0]!.text) };
}

/**
 * A Worker's modules (`apps/api`, `apps/ingest`), each with its share of the gzipped Worker, largest
 * first, measured as `coreBundleModules` measures core's on the bundle wrangler writes without
 * minifying it; and the Worker's own size as `measureWorkerBundle` gives it. Core's modules are those
 * of its built `dist` (run `pnpm build` first), the way a Worker bundles them.
 */
export async function workerBundleModules(
  app: string,
): Promise<{ bundle: BundleSize; modules: ModuleShare[] }> {
  const unminified = wranglerBundle(app, false)
    .map((file) => file.toString("utf8"))
    .join("\n");
  return { bundle: measureWorkerBundle(app), modules: await moduleShares(unminified) };
}

/** The share of each module of an unminified esbuild bundle (`coreBundleModules` says how), largest first. */
async function moduleShares(unminified: string): Promise<ModuleShare[]> {
  const parts: Array<{ module: string; code: string }> = [];
  for (const line of unminified.split("\n")) {
    const marker = MODULE_MARKER.exec(line);
    if (marker !== null)
      parts.push({ module: marker[1]!.replace(/^.*node_modules\//, "node_modules/"), code: "" });
    else if (parts.length > 0) parts[parts.length - 1]!.code += `${line}\n`;
  }
  const minified: string[] = [];
  for (const part of parts) {
    // The last part ends with the entry's `export { … }` of names bound elsewhere, which a
    // transform of that part alone refuses: it is kept as written, without white space.
    minified.push(
      await transform(part.code, { minify: true, charset: "utf8", loader: "js" }).then(
        (result) => result.code,
        () => part.code.replace(/\s+/g, ""),
      ),
    );
  }
  const whole = gzipSync(minified.join("")).length;
  const modules = parts.map((part, index) => ({
    module: part.module,
    bytes: minified[index]!.length,
    gzipBytes: whole - gzipSync(minified.filter((_, other) => other !== index).join("")).length,
  }));
  return modules.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The comment esbuild writes before each module's code in an unminified bundle. */
const MODULE_MARKER = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/;

/** One bundle as the Bundles table makes them: bundled, minified, an ES module for browsers. */
/**
 * How core is bundled for browsers wherever it is measured: esbuild, bundled, minified, an ES module, with
 * strings in UTF-8 (`charset: "utf8"`), as Vite, Rollup with terser and webpack write them and as the
 * site's build does (apps/site `writeClientAssets`). esbuild's own default writes each Chinese character
 * of a string as a six-byte `\uXXXX` escape: 1.7 KB more gzip on `{ parse }` (bench/core-optimisations.md,
 * session 33). A page is served as UTF-8 (`<meta charset="utf-8">`, `text/javascript; charset=utf-8`).
 */
export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  charset: "utf8",
} as const satisfies BuildOptions;

async function browserBundle(input: Pick<BuildOptions, "entryPoints" | "stdin">): Promise<Uint8Array[]> {
  const output = await build({
    ...input,
    ...BROWSER_BUILD,
    write: false,
    logLevel: "error",
  });
  return output.outputFiles.map((f) => f.contents);
}

function sizes(name: string, files: Uint8Array[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const content of files) {
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { name, bytes, gzipBytes };
}
