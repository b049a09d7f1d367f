import type { Article, Block } from "@caixun/core";
import { renderHtml } from "@caixun/core/render";
import { comparable, headline, titleStem } from "./headline.js";

/**
 * The blocks a reader sees under the page's headline: not the title again as the body's first
 * heading, and no caption whose image the parser could not keep (a caption of nothing).
 */
export function readerBlocks(article: Article): Block[] {
  const blocks = article.blocks.filter((block) => !(block.type === "image" && block.src === null));
  const first = blocks[0];
  if (first?.type === "heading" && comparable(first.text) === comparable(article.title))
    return blocks.slice(1);
  return blocks;
}

/** The body as sanitized HTML (core's renderer: every string escaped, an allow-list of elements). */
export function readerHtml(article: Article): string {
  return renderHtml(readerBlocks(article));
}

/**
 * The full stored title, when the headline shortened it and the body does not already open with
 * it, so the lead is on the page exactly once; else null.
 */
export function standfirst(article: Article): string | null {
  if (headline(article.title) === article.title) return null;
  const stem = comparable(titleStem(article.title));
  return comparable(article.text).startsWith(stem) ? null : article.title;
}

/** The plain text under the headline: the article's text without a first heading that repeats the title. */
export function readerText(article: Article): string {
  const first = article.blocks[0];
  if (first?.type !== "heading" || readerBlocks(article)[0] === first) return article.text;
  const at = article.text.indexOf(first.text);
  return at < 0 ? article.text : article.text.slice(at + first.text.length);
}
