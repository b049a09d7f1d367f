import { articleToText } from "@caixun/core/render";
import { terminalSafe } from "../terminal-text.js";
import type { OutputFormat } from "./format.js";

const SEPARATOR = `\n${"=".repeat(60)}\n\n`;

/**
 * Plain text (core's `articleToText`); in a stream, articles are separated by a rule. Safe to print
 * to a terminal: any control character or bidi override left is written as a visible escape.
 */
export function textFormat(): OutputFormat {
  return {
    extension: ".txt",
    begin: () => "",
    record: (article, _input, index) => (index === 0 ? "" : SEPARATOR) + terminalSafe(articleToText(article)),
    end: () => "",
    document: (article) => terminalSafe(articleToText(article)),
  };
}
