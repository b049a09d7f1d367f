// pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N] [--by-folder] [--account]
//
// What `@caixun/core` for browsers is made of: the bundle as the Bundles table measures it
// (`BROWSER_BUILD`: esbuild, bundle, minify, ES module, platform browser, UTF-8; gzip at zlib's default level), then its
// modules, largest share of the gzip first (`coreBundleModules` says how a share is measured).
// With a Worker's folder, that Worker as `wrangler deploy --dry-run` bundles it (`pnpm build` first).
// With `--by-folder`, the modules' shares summed by the folder they are in (`src/credits`, say).
// With `--account` (core's entries only), the exact account of the minified bundle itself (`coreBundleAccount`):
// each input's bytes in it and its share of the gzip, which add up to the bundle's, and each one's percentage.
import { parseArgs } from "node:util";
import { coreBundleAccount } from "./bundle-account.js";
import { coreBundleModules, type ModuleShare, WORKERS, workerBundleModules } from "./bundles.js";

const { values } = parseArgs({
  options: {
    entry: { type: "string", default: "default" },
    top: { type: "string", default: "20" },
    "by-folder": { type: "boolean", default: false },
    account: { type: "boolean", default: false },
  },
});
const top = Number(values.top);
const entry = values.entry;
const worker = WORKERS.find((app) => app === entry);
if (
  (entry !== "default" && entry !== "parse" && (worker === undefined || values.account)) ||
  !Number.isInteger(top) ||
  top < 1
) {
  console.error(
    "usage: pnpm --filter @caixun/bench bundle-modules [--entry default|parse|apps/api|apps/ingest] [--top N] [--by-folder] [--account]",
  );
  process.exit(2);
}
const measured =
  worker !== undefined
    ? await workerBundleModules(worker)
    : values.account
      ? await coreBundleAccount(entry as "default" | "parse")
      : await coreBundleModules(entry as "default" | "parse");
const bundle = measured.bundle;
const modules = values["by-folder"] ? byFolder(measured.modules) : measured.modules;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
console.log(
  `${bundle.name}${worker === undefined ? " for browsers" : " (Worker)"}: ${kb(bundle.bytes)} KB, gzip ${kb(bundle.gzipBytes)} KB`,
);
const percent = (share: ModuleShare) =>
  values.account ? ` ${((100 * share.gzipBytes) / bundle.gzipBytes).toFixed(1)}% |` : "";
console.log(
  `| ${values["by-folder"] ? "folder" : "module"} | ${values.account ? "bytes in the bundle" : "minified alone"} | share of the gzip |${values.account ? " of the gzip |" : ""}`,
);
console.log(`|---|---|---|${values.account ? "---|" : ""}`);
for (const share of modules.slice(0, top)) {
  console.log(`| \`${share.module}\` | ${kb(share.bytes)} KB | ${kb(share.gzipBytes)} KB |${percent(share)}`);
}
const rest = modules.slice(top);
const restShare = {
  module: "",
  bytes: rest.reduce((sum, m) => sum + m.bytes, 0),
  gzipBytes: rest.reduce((sum, m) => sum + m.gzipBytes, 0),
};
console.log(
  `| ${rest.length} other ${values["by-folder"] ? "folders" : "modules"} | ${kb(restShare.bytes)} KB | ${kb(restShare.gzipBytes)} KB |${percent(restShare)}`,
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
      (module.includes("/") ? module.slice(0, module.lastIndexOf("/")) : module);
    const sum = folders.get(folder) ?? { module: folder, bytes: 0, gzipBytes: 0 };
    sum.bytes += bytes;
    sum.gzipBytes += gzipBytes;
    folders.set(folder, sum);
  }
  return [...folders.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}
