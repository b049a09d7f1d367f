import type { Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import { Marked } from "marked";

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

/**
 * Markdown syntax that only matters outside HTML: headings, quotes, lists, links (`[text](`),
 * emphasis, rules, tables, autolinks. A link's text may hold no `[`, so each scan ends at the next
 * bracket: `\[[^\]\n]*\]\(…\)` rescanned the rest of the line from every `[` of a `[[[[…` line.
 */
const MARKDOWN_HINT =
  /^(?:#{1,6}\s|>|\s{0,3}(?:[-*+•]|\d+[.)])\s|\s{0,3}(?:-{3,}|\*{3,})[^\S\n]*$|\|)|\[[^[\]\n]*\]\(|\*\*|(?:^|\s)[*_][^*_\s][^*_\n]*[*_](?:\s|$)|<https?:\/\//m;

/**
 * Body to HTML. Markdown is rendered by a real Markdown parser (HTML blocks pass through
 * untouched); an HTML body with no Markdown syntax skips the renderer altogether.
 */
export function bodyToHtml(body: string, syntax: "html" | "markdown"): string {
  if (syntax === "html" || !MARKDOWN_HINT.test(body)) return body;
  // An HTML block passes through Markdown untouched, so marked is handed a placeholder comment in
  // its place and the block is put back afterwards: marked's work is then proportional to the
  // Markdown, not to the (often much larger) HTML it would only copy.
  const blocks: string[] = [];
  const chunks = body.split(BLANK_LINE);
  const source: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let chunk = chunks[i]!;
    if (!HTML_BLOCK_START.test(chunk)) {
      source.push(chunk);
      continue;
    }
    // <pre>, <script>, <style> and <textarea> blocks run to their closing tag, blank lines and all.
    const raw = RAW_TEXT_OPEN.exec(chunk)?.[1]?.toLowerCase();
    while (raw !== undefined && !chunk.toLowerCase().includes(`</${raw}>`) && i + 1 < chunks.length) {
      chunk += `\n\n${chunks[++i]!}`;
    }
    source.push(`<!--caixun-html-block:${blocks.length}-->`);
    blocks.push(chunk);
  }
  const html = markdown.parse(source.join("\n\n")) as string;
  return blocks.length === 0 ? html : html.replace(PLACEHOLDER, (_, index: string) => blocks[Number(index)]!);
}

const BLANK_LINE = /\n[ \t]*\n/;
/** A chunk that opens with an HTML tag or comment (not an autolink such as `<http://…>`). */
const HTML_BLOCK_START = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--)/;
const RAW_TEXT_OPEN = /<(pre|script|style|textarea)[\s>]/i;
const PLACEHOLDER = /<!--caixun-html-block:(\d+)-->/g;

/**
 * The one DOM parse of the body, with htmlparser2; the packs then query this tree with CSS
 * selectors (css-select).
 */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}
