import type { Article } from "../article.js";
import { escapeHtml } from "../assemble/render-html.js";

/**
 * The Article as an `<article>` element: its title, a line of metadata, and its sanitized `html`
 * (rendered from the blocks with an allow-list, so nothing from the input can inject markup).
 */
export function articleToHtml(article: Article): string {
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

/** A whole HTML page around `body` (one or more `<article>` elements), titled `title`. */
export function htmlPage(title: string, body: string): string {
  return `${htmlPageStart(title)}${body}${HTML_PAGE_END}`;
}

/** The start of a page, for writers that stream the articles of one page one by one. */
export function htmlPageStart(title: string): string {
  return `<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n`;
}

/** The end of a page begun with `htmlPageStart`. */
export const HTML_PAGE_END = "</body>\n</html>\n";
