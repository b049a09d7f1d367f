import type { Article } from "@caixun/core";
import type { OutputFormat } from "./format.js";

const SEPARATOR = `\n${"=".repeat(60)}\n\n`;

/** Plain text: the title, one line of metadata, a blank line, the body text. */
export function textFormat(): OutputFormat {
  return {
    extension: ".txt",
    begin: () => "",
    record: (article, _input, index) => (index === 0 ? "" : SEPARATOR) + textDocument(article),
    end: () => "",
    document: (article) => textDocument(article),
  };
}

function textDocument(article: Article): string {
  const meta = [article.publishedAt ?? "no date", article.source?.name ?? "unknown source", article.id].join(
    " · ",
  );
  return `${article.title}\n${meta}\n\n${article.text}${article.text === "" ? "" : "\n"}`;
}
