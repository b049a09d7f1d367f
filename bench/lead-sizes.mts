// Lead's size check: every core entry and both Workers, gzip bytes (run from bench/ as lead-sizes.mts).
import { measureCoreBundles, measureWorkerBundle } from "./src/bundles.js";

const rows = [
  ...(await measureCoreBundles()),
  measureWorkerBundle("apps/api"),
  measureWorkerBundle("apps/ingest"),
];
for (const r of rows) console.log(JSON.stringify(r));
