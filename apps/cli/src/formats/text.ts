import { articleToText } from "@caixun/core";
import type { OutputFormat } from "./format.js";

const SEPARATOR = `\n${"=".repeat(60)}\n\n`;

/** Plain text (core's `articleToText`); in a stream, articles are separated by a rule. */
export function textFormat(): OutputFormat {
  return {
    extension: ".txt",
    begin: () => "",
    record: (article, _input, index) => (index === 0 ? "" : SEPARATOR) + articleToText(article),
    end: () => "",
    document: (article) => articleToText(article),
  };
}
