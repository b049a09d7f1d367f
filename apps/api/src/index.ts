export { createApp } from "./app.js";
export {
  type ApiDeps,
  type ApiSettings,
  bodyLimitFrom,
  DEFAULT_BODY_LIMIT,
  InvalidSettingError,
} from "./deps.js";
export type { Problem, ProblemCode } from "./problem.js";
