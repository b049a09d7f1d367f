export { createApp } from "./app.js";
export { assetCommonPairs, assetTables } from "./asset-common-pairs.js";
export { assetDocsFile } from "./asset-docs.js";
export { assetEntities } from "./asset-entities.js";
export { assetSecurities } from "./asset-securities.js";
export { requireToken, tokenRefusal } from "./auth.js";
export { bodyPaceFrom, cutShort, readAtPace } from "./body-pace.js";
export { decodedRequest } from "./content-encoding.js";
export {
  type ApiDeps,
  type ApiSettings,
  type AppEnv,
  bodyLimitFrom,
  type CorsOrigins,
  corsOriginsFrom,
  DEFAULT_BODY_LIMIT,
  DEFAULT_RECORD_LIMIT,
  InvalidSettingError,
  lazily,
  type Parser,
  type RawInput,
  type RecordBudget,
  recordLimitFrom,
} from "./deps.js";
export { DOCUMENTED } from "./documented.js";
export { inlineParser } from "./inline-parser.js";
export {
  type ApiApp,
  component,
  componentRef,
  defineRoute,
  documented,
  documentedComponent,
  type OpenApiDocument,
  type RouteSpec,
} from "./openapi.js";
export {
  asProblem,
  type Problem,
  type ProblemCode,
  ProblemError,
  problem,
  problemAnswer,
  unsupportedMediaType,
} from "./problem.js";
export { checked, jsonPart, matchesMediaType } from "./requests.js";
export {
  type DocsFile,
  type DocsSource,
  docsContentSecurityPolicy,
  documentFiles,
  registerDocs,
  renderDocsPage,
} from "./routes/docs.js";
export { problemResponses } from "./routes/responses.js";
export { Int } from "./schemas.js";
export { secured } from "./security-headers.js";
