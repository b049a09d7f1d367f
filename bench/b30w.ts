import { measureWorkerBundle, WORKERS } from "/work/bundle/bench/src/bundles.ts";

for (const app of WORKERS) {
  const r = measureWorkerBundle(app);
  console.log(app, r.bytes, r.gzipBytes);
}
