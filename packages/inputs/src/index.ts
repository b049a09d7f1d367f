/**
 * `@caixun/inputs`: inputs on Node for the CLI, the site builder and the Node API. The policy and
 * the outcome type also run without Node: `@caixun/inputs/policy`.
 */
export {
  countInputs,
  type Input,
  type InputRoot,
  InputSpecError,
  isWithin,
  resolveInputs,
  rootPath,
  type WalkOptions,
  walkInputs,
} from "./discover.js";
export { isProjectFile, NEWS_EXTENSIONS, parseExtensionList } from "./extensions.js";
export { makeParentFolders } from "./folders.js";
export { useRecordMapping, userMapping } from "./mapping.js";
export { type ParseJob, processParseOptions, runParseJob } from "./parse-job.js";
export {
  DEFAULT_PARSE_TIMEOUT_MS,
  type ParseArticlesOptions,
  type ParseInputsOptions,
  parseArticles,
  parseInputs,
} from "./pipeline.js";
export * from "./policy.js";
export {
  DEFAULT_WORKER_START_LIMIT_MS,
  effectiveJobs,
  WORKER_START_ATTEMPTS,
  WorkerPool,
  type WorkerPoolOptions,
  WorkerStartError,
  WorkerStuckError,
} from "./pool.js";
export {
  type BoundedRead,
  isGzip,
  NotAFileError,
  openSpecialStream,
  ReadAbortedError,
  readFileBounded,
  readFileDecompressed,
  readStreamBounded,
} from "./read.js";
export { securities, useSecurityList } from "./securities.js";
export { serveTasks } from "./serve-tasks.js";
export { type SpilledCopy, STORY_ITEMS_HELD, StorySpill } from "./story-spill.js";
export { ArticleFromJson, articleJsonRecord, articleText, warningCount } from "./wire.js";
