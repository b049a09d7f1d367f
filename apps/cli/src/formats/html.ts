import { articleToHtml, HTML_PAGE_END, htmlPage, htmlPageStart } from "@caixun/core/render";
import type { OutputFormat } from "./format.js";

/**
 * HTML from core's `articleToHtml`: an output folder gets one page per article, a stream one page
 * with an `<article>` per article.
 */
export function htmlFormat(): OutputFormat {
  return {
    extension: ".html",
    begin: () => htmlPageStart("caixun"),
    record: (article) => articleToHtml(article),
    end: () => HTML_PAGE_END,
    document: (article) => htmlPage(article.title, articleToHtml(article)),
  };
}
