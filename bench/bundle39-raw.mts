import { measureCoreBundles, measureWorkerBundle, WORKERS } from "./src/bundles.js";
for (const row of await measureCoreBundles()) console.log(JSON.stringify(row));
for (const app of WORKERS) console.log(app, JSON.stringify(measureWorkerBundle(app)));
