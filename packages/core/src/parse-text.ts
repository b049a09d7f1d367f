import type { Article } from "./article.js";
import type { ParseOptions } from "./parse.js";
import { parseWithMarkup } from "./parse-browser.js";
import { warning } from "./warnings.js";

export type { Article, Warning } from "./article.js";
export type { ParseOptions } from "./parse.js";

/**
 * `@caixun/core/parse-text`: the browser build's `parse` (`@caixun/core` in a browser) for a site that reads plain
 * text (a `.txt` article, a scraper's text file, a front matter post whose body is plain text), without the readers
 * of Markdown and HTML bodies (Markdown, the HTML tokenizer, a page's tree: about 30 KB gzip). Every input whose body
 * is plain text reads as `parse` reads it; a body in Markdown or HTML is read as plain text, line by line, and says so
 * (`markup-not-loaded`). Record inputs as in the browser build: with `options.records` (`@caixun/core/records`).
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseWithMarkup(input, options, MARKUP_READ_AS_TEXT);
}

/** What a body in Markdown or HTML says, read as plain text without their readers (`readBodyWith`). */
const MARKUP_READ_AS_TEXT = warning(
  "markup-not-loaded",
  "a body in Markdown or HTML, read as plain text: to read its markup, parse with @caixun/core/parse-markdown or @caixun/core",
);
