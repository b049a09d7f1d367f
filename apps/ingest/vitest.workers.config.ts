import { pipelineProject } from "./test/pool-config.js";

/** The whole pipeline in workerd, over three D1 month shards. */
export default pipelineProject(
  "ingest-workers",
  "./test/workers/wrangler.jsonc",
  "test/workers/**/*.test.ts",
);
