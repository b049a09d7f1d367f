import { articleToMarkdown } from "@caixun/core/render";
import type { OutputFormat } from "./format.js";

/** A Markdown file per article (core's `articleToMarkdown`); in a stream, the documents follow each other. */
export function markdownFormat(): OutputFormat {
  return {
    extension: ".md",
    begin: () => "",
    record: (article, _input, index) => (index === 0 ? "" : "\n") + articleToMarkdown(article),
    end: () => "",
    document: (article) => articleToMarkdown(article),
  };
}
