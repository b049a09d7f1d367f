import { type Article, escapeHtml } from "@caixun/core";
import type { OutputFormat } from "./format.js";

const HEAD = (title: string) =>
  `<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n`;
const TAIL = "</body>\n</html>\n";

/**
 * HTML built from core's sanitized `html`: an output folder gets one page per article, a stream one
 * page with an `<article>` per article.
 */
export function htmlFormat(): OutputFormat {
  return {
    extension: ".html",
    begin: () => HEAD("caixun"),
    record: (article) => articleHtml(article),
    end: () => TAIL,
    document: (article) => HEAD(article.title) + articleHtml(article) + TAIL,
  };
}

function articleHtml(article: Article): string {
  const meta = [
    article.publishedAt === null
      ? null
      : `<time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(article.publishedAt)}</time>`,
    article.source === null ? null : escapeHtml(article.source.name),
    article.author === null ? null : escapeHtml(article.author),
  ].filter((part) => part !== null);
  return [
    `<article id="${escapeHtml(article.id)}">`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    meta.length === 0 ? "" : `<p class="meta">${meta.join(" · ")}</p>`,
    article.html,
    "</article>",
    "",
  ]
    .filter((line, i, all) => line !== "" || i === all.length - 1)
    .join("\n");
}
