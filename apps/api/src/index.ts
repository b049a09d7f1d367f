export { createApp } from "./app.js";
export { assetSecurities } from "./asset-securities.js";
export { requireToken } from "./auth.js";
export {
  type ApiDeps,
  type ApiSettings,
  type AppEnv,
  bodyLimitFrom,
  DEFAULT_BODY_LIMIT,
  InvalidSettingError,
  lazily,
} from "./deps.js";
export { type Problem, type ProblemCode, ProblemError } from "./problem.js";
export { problemResponses } from "./routes/responses.js";
