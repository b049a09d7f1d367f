import { escapeHtml } from "../markdown/chars.js";
import type { MarkdownDialect } from "../markdown/dialect.js";
import { normalizeLink, normalizeLinkText, validateLink } from "../markdown/links.js";
import { renderMarkdown } from "../markdown/render.js";

/**
 * The Markdown reader's interface for the body stage: core's own reader (`src/markdown/`, markdown-it
 * 14's rules ported with core's options), whose HTML is markdown-it's to the byte — a test holds the
 * two equal on every corpus and development-set Markdown file and on random Markdown.
 *
 * markdown-it's rules, not marked's: its block and inline parsers are linear in the input
 * (CommonMark's delimiter algorithm for emphasis, a nesting cap), where marked took seconds on 10 KB
 * of `*a ` and minutes on 1 MB of `[[]]`. GFM tables and strikethrough as GitHub writes them; raw
 * HTML passes through; no typographic replacements.
 */
export interface MarkdownRenderer {
  /**
   * The HTML of a Markdown text, as `markdown-it` with core's options renders it; with
   * `paragraphMark`, every `<p>` it writes carries that attribute (empty), as `<p mark="">`.
   */
  render(source: string, paragraphMark?: string, dialect?: MarkdownDialect): string;
  /** markdown-it's link normaliser (percent-encoding, punycode host names). */
  normalizeLink(url: string): string;
  /** markdown-it's link text normaliser (decoded, Unicode host names). */
  normalizeLinkText(url: string): string;
  /** markdown-it's link filter (no `javascript:`, `vbscript:`, `file:`, non-image `data:`). */
  validateLink(url: string): boolean;
  /** markdown-it's HTML escaping of text and attributes. */
  escapeHtml(text: string): string;
}

export const markdown: MarkdownRenderer = {
  render: renderMarkdown,
  normalizeLink,
  normalizeLinkText,
  validateLink,
  escapeHtml,
};
