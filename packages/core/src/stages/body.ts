import type { Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import { Marked } from "marked";

/** How a body is written: HTML as is, or Markdown (which may hold HTML blocks and inline HTML). */
export type BodySyntax = "html" | "markdown";

const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  tokenizer: {
    // Scraped Chinese prose indents paragraphs with spaces; an indented line is not a code block.
    code() {
      return undefined;
    },
  },
});

/** Markdown syntax that only matters outside HTML: headings, quotes, lists, links, emphasis, rules, tables, autolinks. */
const MARKDOWN_HINT =
  /^(?:#{1,6}\s|>|\s{0,3}(?:[-*+•]|\d+[.)])\s|\s{0,3}(?:-{3,}|\*{3,})\s*$|\|)|\[[^\]\n]*\]\([^)\n]*\)|\*\*|(?:^|\s)[*_][^*_\s][^*_\n]*[*_](?:\s|$)|<https?:\/\//m;

/**
 * Stage 4a — body to HTML. Markdown is rendered by a real Markdown parser (HTML blocks pass
 * through untouched); an HTML body with no Markdown syntax skips the renderer altogether.
 */
export function bodyToHtml(body: string, syntax: BodySyntax): string {
  if (syntax === "html" || !MARKDOWN_HINT.test(body)) return body;
  return markdown.parse(body) as string;
}

/**
 * Stage 4b — the one DOM parse of the file, with htmlparser2; the rule packs then query this tree
 * with CSS selectors (css-select).
 */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}
