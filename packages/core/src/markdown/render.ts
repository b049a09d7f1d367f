import { parseBlocks } from "./block.js";
import { escapeHtml, unescapeAll } from "./chars.js";
import type { MarkdownDialect } from "./dialect.js";
import { parseInline } from "./inline.js";
import { joinAdjacentText, type MarkdownEnv, type Token } from "./token.js";

const NEWLINES = /\r\n?|\n/g;
const NULL = /\0/g;

/**
 * The HTML of a Markdown text, as markdown-it renders it with core's options (raw HTML on, no
 * linkify, no typographer, no indented code); with `paragraphMark`, every `<p>` carries that
 * attribute (empty), as `<p mark="">`. As kramdown reads HTML (`kramdown.ts`) with `dialect` `kramdown`.
 */
export function renderMarkdown(
  source: string,
  paragraphMark?: string,
  dialect: MarkdownDialect = "commonmark",
): string {
  const env: MarkdownEnv = dialect === "kramdown" ? { kramdown: { depth: 0 } } : {};
  const tokens = parseBlocks(source.replace(NEWLINES, "\n").replace(NULL, "\uFFFD"), env);
  for (const token of tokens) {
    if (token.type === "inline") {
      parseInline(token.content, env, token.children!);
      joinText(token.children!);
    } else if (paragraphMark !== undefined && token.type === "paragraph_open") {
      token.attrs = [[paragraphMark, ""]];
    }
  }
  let html = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "inline") html += renderInline(token.children!);
    else if (token.type === "fence") html += renderFence(token);
    else if (token.type === "html_block") html += token.content;
    else html += renderTag(tokens, i);
  }
  return html;
}

/** Escaped characters and entities become text, and adjacent text tokens one (markdown-it's `text_join`). */
function joinText(children: Token[]): void {
  for (const child of children) if (child.type === "text_special") child.type = "text";
  joinAdjacentText(children);
}

function renderInline(tokens: Token[]): string {
  let html = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case "text":
        html += escapeHtml(token.content);
        break;
      case "code_inline":
        html += `<code>${escapeHtml(token.content)}</code>`;
        break;
      case "hardbreak":
        html += "<br>\n";
        break;
      case "softbreak":
        html += "\n";
        break;
      case "html_inline":
        html += token.content;
        break;
      case "image":
        token.attrs![1]![1] = inlineAsText(token.children!);
        html += renderTag(tokens, i);
        break;
      default:
        html += renderTag(tokens, i);
    }
  }
  return html;
}

/** An image's alt text: the text of its label, markup left out. */
function inlineAsText(tokens: Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "html_inline" || token.type === "html_block")
      text += token.content;
    else if (token.type === "image") text += inlineAsText(token.children!);
    else if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
  }
  return text;
}

function renderFence(token: Token): string {
  const info = token.info ? unescapeAll(token.info).trim() : "";
  const language = info ? info.split(/(\s+)/g)[0]! : "";
  const attributes = info ? ` class="${escapeHtml(`language-${language}`)}"` : "";
  return `<pre><code${attributes}>${escapeHtml(token.content)}</code></pre>\n`;
}

function renderAttributes(token: Token): string {
  let result = "";
  if (token.attrs) {
    for (const [name, value] of token.attrs) result += ` ${escapeHtml(name)}="${escapeHtml(String(value))}"`;
  }
  return result;
}

/** A tag as markdown-it's `renderToken` writes it, with its line breaks around block tags. */
function renderTag(tokens: Token[], index: number): string {
  const token = tokens[index]!;
  if (token.hidden) return "";
  let result = "";
  if (token.block && token.nesting !== -1 && index && tokens[index - 1]!.hidden) result += "\n";
  result += (token.nesting === -1 ? "</" : "<") + token.tag + renderAttributes(token);
  let needLf = false;
  if (token.block) {
    needLf = true;
    if (token.nesting === 1 && index + 1 < tokens.length) {
      const next = tokens[index + 1]!;
      if (next.type === "inline" || next.hidden) needLf = false;
      else if (next.nesting === -1 && next.tag === token.tag) needLf = false;
    }
  }
  return result + (needLf ? ">\n" : ">");
}
