import type { Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import { padEnd } from "../display-width.js";
import { cellText, type FieldName } from "../fields.js";
import { terminalSafe } from "../terminal-text.js";
import type { FormatOptions, OutputFormat } from "./format.js";

const TABLE_DEFAULT_FIELDS: readonly FieldName[] = ["id", "publishedAt", "source", "title", "warnings"];

/** Column widths for fields whose values have a usual size; output is streamed, so widths cannot be measured. */
const WIDTHS: Partial<Record<FieldName, number>> = {
  id: 20,
  publishedAt: 25,
  source: 12,
  format: 15,
  fingerprint: 16,
  author: 10,
  editor: 8,
};

/**
 * One line per article for a human, columns separated by two spaces; empty values shown as `-`.
 * Control characters and bidi overrides in values are written as visible escapes.
 */
export function tableFormat({ fields }: FormatOptions): OutputFormat {
  const columns = fields ?? TABLE_DEFAULT_FIELDS;
  const line = (article: Article, input: Input): string =>
    `${columns
      .map((field, i) => {
        const text = terminalSafe(cellText(article, input, field).replace(/\s+/g, " ")) || "-";
        const width = WIDTHS[field];
        return i === columns.length - 1 || width === undefined ? text : padEnd(text, width);
      })
      .join("  ")}\n`;
  return { extension: ".txt", begin: () => "", record: line, end: () => "", document: line };
}
