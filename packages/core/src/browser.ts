/**
 * `@caixun/core` as a browser's bundler resolves it (the package's `browser` condition): every export of the
 * default entry, with `parse` leaving the readers of record inputs out unless given them (`parse-browser.ts`,
 * `@caixun/core/records`). Node and Workers resolve the default entry (`index.ts`).
 */
export * from "./index.js";
export { parse } from "./parse-browser.js";
