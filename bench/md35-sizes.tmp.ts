import { measureCoreBundles, measureWorkerBundle } from "./src/bundles.js";
for (const app of ["apps/api", "apps/ingest"]) console.log(app, measureWorkerBundle(app).gzipBytes);
const core = await measureCoreBundles();
for (const r of core) if (/core( \{ parse \})?$|rules|stages/.test(r.name)) console.log(r.name, r.gzipBytes);
