/// <reference path="./punycode.d.ts" />
import type MarkdownIt from "markdown-it";
import { escapeHtml, lib } from "markdown-it/lib/common/utils.mjs";
import * as helpers from "markdown-it/lib/helpers/index.mjs";
import ParserBlock from "markdown-it/lib/parser_block.mjs";
import ParserInline from "markdown-it/lib/parser_inline.mjs";
import Renderer from "markdown-it/lib/renderer.mjs";
import type Token from "markdown-it/lib/token.mjs";
import punycode from "punycode.js";

/**
 * markdown-it, assembled from its own block parser, inline parser and renderer without the parts
 * core never runs: linkify-it (linkify is off), the typographer's replacements and smart quotes
 * (off), the presets and the plugin loader. Every rule that runs is markdown-it's code with its
 * `default` preset's options, so the HTML is markdown-it's to the byte; the browser bundle carries
 * 20 KB less (linkify-it and markdown-it's entry module).
 *
 * markdown-it, not marked: its block and inline parsers are linear in the input (CommonMark's
 * delimiter algorithm for emphasis, a nesting cap), where marked took seconds on 10 KB of `*a `
 * and minutes on 1 MB of `[[]]`. GFM tables and strikethrough as GitHub writes them; raw HTML
 * passes through; no typographic replacements.
 */
export interface MarkdownRenderer {
  /**
   * The HTML of a Markdown text, as `markdown-it` with core's options renders it; with
   * `paragraphMark`, every `<p>` it writes carries that attribute (empty), as `<p mark="">`.
   */
  render(source: string, paragraphMark?: string): string;
  /** markdown-it's link normaliser (percent-encoding, punycode host names). */
  normalizeLink(url: string): string;
  /** markdown-it's link text normaliser (decoded, Unicode host names). */
  normalizeLinkText(url: string): string;
  /** markdown-it's link filter (no `javascript:`, `vbscript:`, `file:`, non-image `data:`). */
  validateLink(url: string): boolean;
  /** markdown-it's HTML escaping of text and attributes. */
  escapeHtml(text: string): string;
}

/** markdown-it's `default` preset with core's choices: raw HTML on, linkify and typographer off. */
const OPTIONS = {
  html: true,
  xhtmlOut: false,
  breaks: false,
  langPrefix: "language-",
  linkify: false,
  typographer: false,
  quotes: "\u201c\u201d\u2018\u2019",
  highlight: null,
  maxNesting: 100,
};

const block = new ParserBlock();
// Scraped Chinese prose indents paragraphs with spaces; an indented line is not a code block.
block.ruler.disable(["code"]);
const inline = new ParserInline();
const renderer = new Renderer();

/** What markdown-it's rules read from the instance they are handed (`state.md`). */
const instance = {
  options: OPTIONS,
  block,
  inline,
  renderer,
  helpers,
  normalizeLink,
  normalizeLinkText,
  validateLink,
} as unknown as MarkdownIt;

export const markdown: MarkdownRenderer = {
  render(source, paragraphMark) {
    const env = {};
    const tokens: Token[] = [];
    // markdown-it's core chain with its linkify, replacements and smart-quote rules off: normalize,
    // block, inline, text_join.
    block.parse(source.replace(NEWLINES, "\n").replace(NULL, "\uFFFD"), instance, env, tokens);
    for (const token of tokens) {
      if (token.type === "inline") inline.parse(token.content, instance, env, token.children!);
      else if (paragraphMark !== undefined && token.type === "paragraph_open")
        token.attrs = [[paragraphMark, ""]];
    }
    joinText(tokens);
    return renderer.render(tokens, OPTIONS as MarkdownIt["options"], env);
  },
  normalizeLink,
  normalizeLinkText,
  validateLink,
  escapeHtml,
};

const NEWLINES = /\r\n?|\n/g;
const NULL = /\0/g;

/** markdown-it's `text_join`: escaped characters become text, and adjacent text tokens one. */
function joinText(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    const children = token.children!;
    for (const child of children) if (child.type === "text_special") child.type = "text";
    let last = 0;
    let current = 0;
    for (; current < children.length; current++) {
      const child = children[current]!;
      const next = children[current + 1];
      if (child.type === "text" && next !== undefined && next.type === "text") {
        next.content = child.content + next.content;
      } else {
        if (current !== last) children[last] = child;
        last++;
      }
    }
    if (current !== last) children.length = last;
  }
}

const BAD_PROTOCOL = /^(vbscript|javascript|file|data):/;
const GOOD_DATA = /^data:image\/(gif|png|jpeg|webp);/;
/** Host names are recoded only for these schemes (and scheme-relative URLs), as markdown-it does. */
const RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];

function validateLink(url: string): boolean {
  const lower = url.trim().toLowerCase();
  return BAD_PROTOCOL.test(lower) ? GOOD_DATA.test(lower) : true;
}

function normalizeLink(url: string): string {
  return lib.mdurl.encode(lib.mdurl.format(withHostName(url, punycode.toASCII)));
}

function normalizeLinkText(url: string): string {
  // `%` stays encoded (markdown-it issue 720).
  return lib.mdurl.decode(
    lib.mdurl.format(withHostName(url, punycode.toUnicode)),
    `${lib.mdurl.decode.defaultChars}%`,
  );
}

/**
 * `url` parsed, its host name recoded by `recode` for the schemes markdown-it recodes (and
 * scheme-relative URLs); a host name `recode` cannot take stays as it is.
 */
function withHostName(url: string, recode: (host: string) => string) {
  const parsed = lib.mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = recode(parsed.hostname);
    } catch {
      // As markdown-it: the host name as written.
    }
  }
  return parsed;
}
