import type { Warning, WarningCode } from "./article.js";

/** Builds a warning; `line` is 1-based and omitted when the finding has no single place. */
export function warning(code: WarningCode, message: string, line?: number): Warning {
  return line === undefined ? { code, message } : { code, message, line };
}
