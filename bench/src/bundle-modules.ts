// pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N] [--by-folder]
//
// What `@caixun/core` for browsers is made of: the bundle as the Bundles table measures it
// (esbuild: bundle, minify, ES module, platform browser; gzip at zlib's default level), then its
// modules, largest share of the gzip first (`coreBundleModules` says how a share is measured).
// With a Worker's folder, that Worker as `wrangler deploy --dry-run` bundles it (`pnpm build` first).
// With `--by-folder`, the modules' shares summed by the folder they are in (`src/credits`, say).
import { parseArgs } from "node:util";
import { coreBundleModules, type ModuleShare, WORKERS, workerBundleModules } from "./bundles.js";

const { values } = parseArgs({
  options: {
    entry: { type: "string", default: "default" },
    top: { type: "string", default: "20" },
    "by-folder": { type: "boolean", default: false },
  },
});
const top = Number(values.top);
const entry = values.entry;
const worker = WORKERS.find((app) => app === entry);
if ((entry !== "default" && entry !== "parse" && worker === undefined) || !Number.isInteger(top) || top < 1) {
  console.error(
    "usage: pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N] [--by-folder]",
  );
  process.exit(2);
}
const measured =
  worker === undefined
    ? await coreBundleModules(entry as "default" | "parse")
    : await workerBundleModules(worker);
const bundle = measured.bundle;
const modules = values["by-folder"] ? byFolder(measured.modules) : measured.modules;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
console.log(
  `${bundle.name}${worker === undefined ? " for browsers" : " (Worker)"}: ${kb(bundle.bytes)} KB, gzip ${kb(bundle.gzipBytes)} KB`,
);
console.log(`| ${values["by-folder"] ? "folder" : "module"} | minified alone | share of the gzip |`);
console.log(`|---|---|---|`);
for (const { module, bytes, gzipBytes } of modules.slice(0, top)) {
  console.log(`| \`${module}\` | ${kb(bytes)} KB | ${kb(gzipBytes)} KB |`);
}
const rest = modules.slice(top);
console.log(
  `| ${rest.length} other ${values["by-folder"] ? "folders" : "modules"} | ${kb(rest.reduce((sum, m) => sum + m.bytes, 0))} KB | ${kb(rest.reduce((sum, m) => sum + m.gzipBytes, 0))} KB |`,
);

/**
 * The modules' sizes and shares summed by folder, largest share first: a package's first folder
 * (`src/credits`, `../../packages/core/dist/stories`; the packs' folders count as `src/packs`), a
 * dependency whole (`node_modules/zod`).
 */
function byFolder(shares: readonly ModuleShare[]): ModuleShare[] {
  const folders = new Map<string, ModuleShare>();
  for (const { module, bytes, gzipBytes } of shares) {
    const folder =
      /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/.exec(module)?.[0] ??
      /^(?:.*?\/)?(?:src|dist)\/[^/]+(?=\/)/.exec(module)?.[0] ??
      module.slice(0, module.lastIndexOf("/"));
    const sum = folders.get(folder) ?? { module: folder, bytes: 0, gzipBytes: 0 };
    sum.bytes += bytes;
    sum.gzipBytes += gzipBytes;
    folders.set(folder, sum);
  }
  return [...folders.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}
