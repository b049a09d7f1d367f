import { build } from "esbuild";
import { gzipSync } from "node:zlib";
for (const [name, contents] of [["parse", 'export { parse } from "./src/index.ts"'], ["default", 'export * from "./src/index.ts"'], ["browser parse", 'export { parse } from "./src/browser.ts"'], ["browser", 'export * from "./src/browser.ts"'], ["records", 'export * from "./src/records.ts"']]) {
const r = await build({ stdin: { contents, resolveDir: "/work/bundle/packages/core", loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false });
const b = r.outputFiles[0].contents;
console.log(name, b.length, gzipSync(b).length);
}
