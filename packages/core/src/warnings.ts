import type { Warning, WarningCode } from "./article.js";

/** Warnings that say the title was not stated but taken from the text. */
const TITLE_FROM_TEXT: ReadonlySet<WarningCode> = new Set([
  "title-derived",
  "title-from-first-line",
  "no-title",
]);

/** Whether the warnings say the title was taken from the text (or there is none), not stated. */
export function titleFromText(warnings: readonly Warning[] | undefined): boolean {
  return warnings?.some((w) => TITLE_FROM_TEXT.has(w.code)) ?? false;
}

/** Builds a warning; `line` is 1-based and omitted when the finding has no single place. */
export function warning(code: WarningCode, message: string, line?: number): Warning {
  return line === undefined ? { code, message } : { code, message, line };
}
