import { pipelineProject } from "./test/pool-config.js";

/** The pipeline with a consumer that is killed in the middle of its first batch. */
export default pipelineProject("ingest-crash", "./test/crash/wrangler.jsonc", "test/crash/**/*.test.ts");
