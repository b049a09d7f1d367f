import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO } from "./paths.js";

const API = join(REPO, "apps/api");
const WRANGLER = join(API, "node_modules/.bin/wrangler");

export interface BundleSize {
  /** The bundled JavaScript and modules wrangler would upload, in bytes. */
  bytes: number;
  /** The same, each file gzipped (zlib default level), in bytes. */
  gzipBytes: number;
  files: string[];
}

export function bundleUnavailable(): string | null {
  if (!existsSync(join(API, "wrangler.jsonc"))) return "apps/api has no wrangler.jsonc";
  if (!existsSync(WRANGLER)) return "wrangler is not installed in apps/api";
  return null;
}

/** The Worker as `wrangler deploy --dry-run` bundles it, measured raw and gzipped. */
export function measureWorkerBundle(): BundleSize {
  const outdir = mkdtempSync(join(tmpdir(), "caixun-bench-worker-"));
  try {
    const result = spawnSync(WRANGLER, ["deploy", "--dry-run", "--outdir", outdir], {
      cwd: API,
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    });
    if (result.status !== 0) {
      throw new Error(`wrangler deploy --dry-run failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
    }
    const files = readdirSync(outdir, { recursive: true, encoding: "utf8" }).filter(
      (name) => /\.(?:m?js|wasm)$/.test(name) && !name.endsWith(".map"),
    );
    let bytes = 0;
    let gzipBytes = 0;
    for (const name of files) {
      const content = readFileSync(join(outdir, name));
      bytes += content.length;
      gzipBytes += gzipSync(content).length;
    }
    return { bytes, gzipBytes, files };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
