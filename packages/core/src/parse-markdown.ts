import type { Article } from "./article.js";
import type { ParseOptions } from "./parse.js";
import { parseWithMarkup } from "./parse-browser.js";
import { type MarkupReader, readMarkupWith } from "./stages/read-body.js";
import { warning } from "./warnings.js";

export type { Article, Warning } from "./article.js";
export type { ParseOptions } from "./parse.js";

/**
 * `@caixun/core/parse-markdown`: the browser build's `parse` (`@caixun/core` in a browser) for a site that reads
 * Markdown, front matter posts (Jekyll, Hexo), plain text and HTML fragments, without a whole saved page's reading
 * (the page's tree, its story found among its parts, its headline, meta tags and info lines: about 8 KB gzip).
 * Every input reads as `parse` reads it, except a whole saved HTML page (a `<head>` with a `<title>`), which is read
 * as a fragment, whole, and says so (`markup-not-loaded`). Record inputs as in the browser build: with
 * `options.records` (`@caixun/core/records`).
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseWithMarkup(input, options, readFragments);
}

/** Markdown and HTML bodies read as `parse` reads them, a whole saved page as a fragment. */
const readFragments: MarkupReader = (context, syntax, fileHeadline) =>
  readMarkupWith(
    context,
    syntax,
    fileHeadline,
    warning(
      "markup-not-loaded",
      "a whole HTML page, read as a fragment: to find its story among the page's parts, parse with @caixun/core",
    ),
  );
