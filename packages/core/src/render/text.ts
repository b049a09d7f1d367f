import type { Article } from "../article.js";

/** The Article as plain text: the title, one line of metadata (date · source · id), a blank line, the body text. */
export function articleToText(article: Article): string {
  const meta = [article.publishedAt ?? "no date", article.source?.name ?? "unknown source", article.id].join(
    " · ",
  );
  return `${article.title}\n${meta}\n\n${article.text}${article.text === "" ? "" : "\n"}`;
}
