import { measureWorkerBundle, WORKERS } from "./src/bundles.js";
for (const app of WORKERS) { const row = measureWorkerBundle(app); console.log(`${app}\t${row.bytes}\t${row.gzipBytes}`); }
