import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BROWSER_BUILD, type BundleSize, type ModuleShare } from "./bundles.js";
import { REPO } from "./paths.js";

/**
 * An exact account of `@caixun/core` for browsers (the default entry, or `{ parse }` alone): the very
 * bundle the Bundles table measures (`BROWSER_BUILD`: esbuild, bundle, minify, ES module, UTF-8), each of its
 * bytes given to the input it came from by esbuild's source map, and each input's share of the gzip
 * measured on that bundle: gzip of the bundle up to the end of a run of one input's bytes, less gzip up
 * to its start. The shares add up to the bundle's gzip exactly (each is what the input costs once gzip
 * has read what comes before it, so an input late in the bundle that repeats an earlier one is cheap).
 * Bytes esbuild wrote without a source (its helpers, the final `export`) count as `(esbuild)`.
 */
export async function coreBundleAccount(
  entry: "default" | "parse",
): Promise<{ bundle: BundleSize; modules: ModuleShare[] }> {
  const core = join(REPO, "packages/core");
  const contents =
    entry === "default" ? `export * from "./src/browser.ts";` : `export { parse } from "./src/browser.ts";`;
  const output = await build({
    stdin: { contents, resolveDir: core, loader: "ts" },
    absWorkingDir: core,
    ...BROWSER_BUILD,
    sourcemap: "external",
    outfile: join(core, "account.js"),
    write: false,
    logLevel: "error",
  });
  const code = output.outputFiles.find((file) => file.path.endsWith(".js"))!.text;
  const map = JSON.parse(output.outputFiles.find((file) => file.path.endsWith(".map"))!.text) as {
    sources: string[];
    mappings: string;
  };
  const runs = sourceRuns(code, map.mappings);
  const bytes = Buffer.from(code, "utf8");
  const shares = new Map<string, ModuleShare>();
  let byteStart = 0;
  let gzipBefore = 0;
  for (const { end, source } of runs) {
    const byteEnd = Buffer.byteLength(code.slice(0, end), "utf8");
    const gzipAfter = gzipSync(bytes.subarray(0, byteEnd)).length;
    const name =
      source < 0 ? "(esbuild)" : map.sources[source]!.replace(/^.*node_modules\//, "node_modules/");
    const share = shares.get(name) ?? { module: name, bytes: 0, gzipBytes: 0 };
    share.bytes += byteEnd - byteStart;
    share.gzipBytes += gzipAfter - gzipBefore;
    shares.set(name, share);
    byteStart = byteEnd;
    gzipBefore = gzipAfter;
  }
  const bundle = {
    name: entry === "default" ? "@caixun/core" : "@caixun/core { parse }",
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
  };
  return { bundle, modules: [...shares.values()].sort((a, b) => b.gzipBytes - a.gzipBytes) };
}

/**
 * The code's characters in runs of one source each, in order: `end` is the run's end (a UTF-16 offset),
 * `source` the index into the map's sources (−1: no source). A mapping's segment owns the characters up
 * to the next segment; a run is cut only where the source changes.
 */
function sourceRuns(code: string, mappings: string): Array<{ end: number; source: number }> {
  const runs: Array<{ end: number; source: number }> = [];
  const push = (end: number, source: number) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.source === source) last.end = end;
    else if (last === undefined || end > last.end) runs.push({ end, source });
  };
  let lineStart = 0;
  let source = 0;
  let current = -1;
  for (const line of mappings.split(";")) {
    let column = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      push(lineStart + column, current);
      if (fields.length >= 4) {
        source += fields[1]!;
        current = source;
      } else current = -1;
    }
    const next = code.indexOf("\n", lineStart);
    const lineEnd = next < 0 ? code.length : next + 1;
    push(lineEnd, current);
    lineStart = lineEnd;
    current = -1;
  }
  push(code.length, -1);
  return runs;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One source map segment's fields (Base64 VLQ, sign in the lowest bit). */
function decodeVlq(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}
