export {
  type BuildSiteOptions,
  type BuildSiteResult,
  buildSite,
  SiteSettingError,
} from "./build/build-site.js";
export { SiteOutputError } from "./build/output.js";
export { CSP_HEADER, SECURITY_HEADERS } from "./build/security-headers.js";
export { type ServeSiteOptions, type SiteServer, serveSite } from "./serve/serve-site.js";
