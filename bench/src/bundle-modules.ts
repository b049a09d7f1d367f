// pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N]
//
// What `@caixun/core` for browsers is made of: the bundle as the Bundles table measures it
// (esbuild: bundle, minify, ES module, platform browser; gzip at zlib's default level), then its
// modules, largest share of the gzip first (`coreBundleModules` says how a share is measured).
// With a Worker's folder, that Worker as `wrangler deploy --dry-run` bundles it (`pnpm build` first).
import { parseArgs } from "node:util";
import { coreBundleModules, WORKERS, workerBundleModules } from "./bundles.js";

const { values } = parseArgs({
  options: { entry: { type: "string", default: "default" }, top: { type: "string", default: "20" } },
});
const top = Number(values.top);
const entry = values.entry;
const worker = WORKERS.find((app) => app === entry);
if ((entry !== "default" && entry !== "parse" && worker === undefined) || !Number.isInteger(top) || top < 1) {
  console.error(
    "usage: pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N]",
  );
  process.exit(2);
}
const { bundle, modules } =
  worker === undefined
    ? await coreBundleModules(entry as "default" | "parse")
    : await workerBundleModules(worker);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
console.log(
  `${bundle.name}${worker === undefined ? " for browsers" : " (Worker)"}: ${kb(bundle.bytes)} KB, gzip ${kb(bundle.gzipBytes)} KB`,
);
console.log(`| module | minified alone | share of the gzip |`);
console.log(`|---|---|---|`);
for (const { module, bytes, gzipBytes } of modules.slice(0, top)) {
  console.log(`| \`${module}\` | ${kb(bytes)} KB | ${kb(gzipBytes)} KB |`);
}
const rest = modules.slice(top);
console.log(
  `| ${rest.length} other modules | ${kb(rest.reduce((sum, m) => sum + m.bytes, 0))} KB | ${kb(rest.reduce((sum, m) => sum + m.gzipBytes, 0))} KB |`,
);
