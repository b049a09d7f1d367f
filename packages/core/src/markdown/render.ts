import { parseBlocks } from "./block.js";
import { unescapeAll } from "./chars.js";
import { parseInline } from "./inline.js";
import { joinAdjacentText, type MarkdownEnv, type Token } from "./token.js";
import { HtmlWriter, type MarkupWriter } from "./writer.js";

const NEWLINES = /\r\n?|\n/g;
const NULL = /\0/g;

/**
 * The HTML of a Markdown text, as markdown-it renders it with core's options (raw HTML on, no
 * linkify, no typographer, no indented code); with `paragraphMark`, every `<p>` carries that
 * attribute (empty), as `<p mark="">`.
 */
export function renderMarkdown(source: string, paragraphMark?: string): string {
  const writer = new HtmlWriter();
  writeMarkdown(source, writer, paragraphMark);
  return writer.out;
}

/** A Markdown text written to `writer` as `renderMarkdown` writes its HTML. */
export function writeMarkdown(source: string, writer: MarkupWriter, paragraphMark?: string): void {
  const env: MarkdownEnv = {};
  const tokens = parseBlocks(source.replace(NEWLINES, "\n").replace(NULL, "\uFFFD"), env);
  for (const token of tokens) {
    if (token.type === "inline") {
      parseInline(token.content, env, token.children!);
      joinText(token.children!);
    } else if (paragraphMark !== undefined && token.type === "paragraph_open") {
      token.attrs = [[paragraphMark, ""]];
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "inline") writeInline(token.children!, writer);
    else if (token.type === "fence") writeFence(token, writer);
    else if (token.type === "html_block") writer.html(token.content);
    else writeTag(tokens, i, writer);
  }
}

/** Escaped characters and entities become text, and adjacent text tokens one (markdown-it's `text_join`). */
function joinText(children: Token[]): void {
  for (const child of children) if (child.type === "text_special") child.type = "text";
  joinAdjacentText(children);
}

function writeInline(tokens: Token[], writer: MarkupWriter): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case "text":
        writer.text(token.content);
        break;
      case "code_inline":
        writer.open("code", null);
        writer.text(token.content);
        writer.close("code");
        break;
      case "hardbreak":
        writer.open("br", null);
        writer.text("\n");
        break;
      case "softbreak":
        writer.text("\n");
        break;
      case "html_inline":
        writer.html(token.content);
        break;
      case "image":
        token.attrs![1]![1] = inlineAsText(token.children!);
        writeTag(tokens, i, writer);
        break;
      default:
        writeTag(tokens, i, writer);
    }
  }
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

function writeFence(token: Token, writer: MarkupWriter): void {
  const info = token.info ? unescapeAll(token.info).trim() : "";
  const language = info ? info.split(/(\s+)/g)[0]! : "";
  writer.open("pre", null);
  writer.open("code", info ? [["class", `language-${language}`]] : null);
  writer.text(token.content);
  writer.close("code");
  writer.close("pre");
  writer.text("\n");
}

/** A tag as markdown-it's `renderToken` writes it, with its line breaks around block tags. */
function writeTag(tokens: Token[], index: number, writer: MarkupWriter): void {
  const token = tokens[index]!;
  if (token.hidden) return;
  if (token.block && token.nesting !== -1 && index && tokens[index - 1]!.hidden) writer.text("\n");
  if (token.nesting === -1) writer.close(token.tag);
  else writer.open(token.tag, token.attrs);
  let needLf = false;
  if (token.block) {
    needLf = true;
    if (token.nesting === 1 && index + 1 < tokens.length) {
      const next = tokens[index + 1]!;
      if (next.type === "inline" || next.hidden) needLf = false;
      else if (next.nesting === -1 && next.tag === token.tag) needLf = false;
    }
  }
  if (needLf) writer.text("\n");
}
