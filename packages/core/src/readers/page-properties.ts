import { READERS_PAGE_PROPERTIES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
/**
 * A note-taking app's page properties, read as front matter: what Logseq and Obsidian write at the
 * top of a page instead of a YAML block, with the same keys (`title`, `author`, `url`, `tags`).
 *
 * - Logseq's `key:: value` lines opening a page (the page's first block), or the same as bullets
 *   (`- key:: value`, as Readwise's Markdown export writes them under its YAML);
 * - a `## Metadata` heading over a list of `- Key: value` (Obsidian, Readwise's Obsidian export).
 *
 * Keys are read as front matter's are (`Full Title` is `full-title`); a stated `full-title` is the
 * title, over a page's name (`Readwise/Highlights/…`, a renamed page's counter). Values that are only
 * page references (`[[木洛]]`, `#[[swift]] #articles`) are the names they refer to.
 */

import type { Warning } from "../article.js";
import { setOwn } from "../assemble/own-property.js";
import { fileDocument, type SourceDocument } from "../pipeline/document.js";
import { decodeHtml } from "../text/entities.js";

/**
 * The patterns below are compiled from their literals (`READERS_PAGE_PROPERTIES_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersPagePropertiesPatternsCompiled = false;
/**
 * `key:: value`, bulleted or not. Keys are words (Logseq's `full-title`, Readwise's `Full Title`). The rest is asked
 * once to hold no line feed before the blanks after the marker are counted (as for `METADATA_ITEM`): otherwise blanks
 * before a line feed are split between `[ \t]+` and `[^\n]*` in every way (10^5 spaces: 16 s).
 */
let PROPERTY_LINE: RegExp;
/** `- Key: value` in a metadata list; the rest asked to close the line first, as for `PROPERTY_LINE`. */
let METADATA_ITEM: RegExp;
/** The heading over a metadata list. */
let METADATA_HEADING: RegExp;
/** An image alone on its line (a cover over the properties or under them). */
let IMAGE_LINE: RegExp;
/**
 * A page reference or tag: `[[name]]`, `#[[name]]`, `#name`. A name holds no bracket, so that a run of
 * `[[[[` is tried once, not once from each bracket to its end.
 */
let REFERENCE: RegExp;
/** A value made only of references and separators. */
let REFERENCES_ONLY: RegExp;
/** A comment that opens a page's properties: `<!--`, maybe a format's word (`<!--yml`), nothing else on the line. */
let PROPERTIES_COMMENT_OPEN: RegExp;
/** `key: value` or `key：value` in such a comment: a word key (`date`) or a Han one (`日期`). */
let COMMENT_PROPERTY: RegExp;
/** One styled span: its `style` and its text (no markup inside). */
let STYLED_SPAN: RegExp;
/** A line made only of styled spans, blanks between them. */
let STYLED_SPAN_LINE: RegExp;
/** A styled block of one line: `<div style="…">…</div>`. */
let STYLED_DIV_LINE: RegExp;
/** The label a summary box opens with. */
let SUMMARY_LABEL: RegExp;
/** A font size in a style: points, or pixels (three quarters of a point). */
let FONT_SIZE: RegExp;
/** A line that is only a date: `2025年9月11日`, `2025-09-11`. */
let DATE_ONLY: RegExp;

/** Compiles `READERS_PAGE_PROPERTIES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersPagePropertiesPatterns(): void {
  [
    PROPERTY_LINE,
    METADATA_ITEM,
    METADATA_HEADING,
    IMAGE_LINE,
    REFERENCE,
    REFERENCES_ONLY,
    PROPERTIES_COMMENT_OPEN,
    COMMENT_PROPERTY,
    STYLED_SPAN,
    STYLED_SPAN_LINE,
    STYLED_DIV_LINE,
    SUMMARY_LABEL,
    FONT_SIZE,
    DATE_ONLY,
  ] = READERS_PAGE_PROPERTIES_PATTERNS.map(regexFromLiteral) as RegExps<14>;
  readersPagePropertiesPatternsCompiled = true;
}

export interface PageProperties {
  data: Record<string, unknown>;
  /** The index of the first line after the properties (and a Logseq page's first block). */
  end: number;
}

/**
 * Whether a text's first line may open Logseq page properties: a letter or a bullet first, and `::` on
 * it. A test of characters, so that Markdown and plain text without properties pay no pattern.
 */
export function opensWithProperty(text: string, at = 0): boolean {
  const first = text.charCodeAt(at);
  const letter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  if (!letter && first !== 0x2d && first !== 0x2a) return false;
  // Searched back from the line's end, so that a text without `::` is not read to its end.
  const feed = text.indexOf("\n", at);
  return text.lastIndexOf("::", feed < 0 ? text.length : feed) >= at;
}

/**
 * Logseq page properties from line `start` on: property lines (blank lines between bulleted ones
 * allowed), then, when they were not bulleted and a bullet follows, the rest of the page's first block
 * — a cover image, a description in prose — which is the page's, not its content. Null when line
 * `start` is no property.
 */
export function logseqProperties(lines: readonly string[], start: number): PageProperties | null {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  const data: Record<string, unknown> = {};
  let end = start;
  let bulleted = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === "") {
      if (!bulleted) break;
      continue;
    }
    const property = PROPERTY_LINE.exec(line);
    if (property === null) break;
    if (i === start) bulleted = line[0] === "-" || line[0] === "*";
    setProperty(data, property[1]!, property[2] ?? "");
    end = i + 1;
  }
  if (end === start) return null;
  return { data: withTitle(data), end: bulleted ? end : firstBlockEnd(lines, end, data) };
}

/**
 * A metadata list under a `## Metadata` heading at line `start` (after blank and image lines), or null.
 * The data and the index of the line after the list.
 */
export function metadataList(lines: readonly string[], start: number): PageProperties | null {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  let at = start;
  while (at < lines.length && isBlankOrImage(lines[at]!)) at++;
  const heading = lines[at];
  if (heading === undefined || heading[0] !== "#" || !METADATA_HEADING.test(heading.trim())) return null;
  const data: Record<string, unknown> = {};
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === "") continue;
    const item = METADATA_ITEM.exec(line);
    if (item === null) break;
    setProperty(data, item[1]!, item[2]!);
    end = i + 1;
  }
  return Object.keys(data).length === 0 ? null : { data: withTitle(data), end };
}

/**
 * Page properties a generator wrote in an HTML comment above the title, one `key: value` (or
 * `key：value`) a line (`<!--yml`, `分类：未分类`, `日期：2024-05-27 14:49:31`, `-->`: a docs site of
 * translated pages): read as front matter. Only a comment whose every line is such a property or
 * blank, closed by `-->` on a line of its own; null for any other text at line `start` (a comment of
 * prose stays the Markdown's).
 */
export function commentProperties(lines: readonly string[], start: number): PageProperties | null {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  if (!PROPERTIES_COMMENT_OPEN.test(lines[start]?.trimEnd() ?? "")) return null;
  const data: Record<string, unknown> = {};
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "-->") return Object.keys(data).length === 0 ? null : { data: withTitle(data), end: i + 1 };
    if (line === "") continue;
    const property = COMMENT_PROPERTY.exec(line);
    if (property === null) return null;
    setProperty(data, property[1]!, property[2]!);
  }
  return null;
}

/**
 * A page header a generator typeset with inline styles instead of front matter or a `#` heading: lines
 * of styled `<span>`s at the top — a section line, the headline, a standfirst, the date — each set in its
 * own font size (The Economist's sections as a translation pipeline writes them), then maybe a styled
 * `<div>` summary box (`摘要：…`). The line set largest is the headline (the title), a line that is only a
 * date is the date, the others are the page's (a `subtitle`), and the box its `summary`: none of it is
 * text. Null unless line `start` opens at least two such lines and one of them is set larger than all
 * the others.
 */
export function styledHeader(lines: readonly string[], start: number): PageProperties | null {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  const header: Array<{ text: string; size: number }> = [];
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (!STYLED_SPAN_LINE.test(line)) break;
    let size = 0;
    const texts: string[] = [];
    for (const span of line.matchAll(STYLED_SPAN)) {
      const font = FONT_SIZE.exec(span[1]!);
      if (font !== null)
        size = Math.max(size, Number(font[1]) * (font[2]!.toLowerCase() === "px" ? 0.75 : 1));
      texts.push(decodeHtml(span[2]!).trim());
    }
    header.push({ text: texts.filter((text) => text !== "").join(" "), size });
    end = i + 1;
  }
  if (header.length < 2) return null;
  const largest = Math.max(...header.map((line) => line.size));
  const headlines = header.filter((line) => line.size === largest);
  if (largest === 0 || headlines.length !== 1 || headlines[0]!.text === "") return null;
  const data: Record<string, unknown> = { title: headlines[0]!.text };
  const others = header.filter((line) => line !== headlines[0] && line.text !== "");
  const date = others.find((line) => DATE_ONLY.test(line.text));
  if (date !== undefined) data.date = date.text;
  const rest = others.filter((line) => line !== date).map((line) => line.text);
  if (rest.length > 0) data.subtitle = rest.join("\n");
  let at = end;
  while (at < lines.length && lines[at]!.trim() === "") at++;
  const box = STYLED_DIV_LINE.exec(lines[at] ?? "");
  const summary = box === null ? null : decodeHtml(box[1]!).trim();
  if (summary !== null && SUMMARY_LABEL.test(summary)) {
    data.summary = summary.replace(SUMMARY_LABEL, "");
    end = at + 1;
  }
  return { data, end };
}

function isBlankOrImage(line: string): boolean {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  const text = line.trim();
  return text === "" || (text[0] === "!" && IMAGE_LINE.test(text));
}

/**
 * Where a Logseq page's first block ends when its properties were written without a bullet: at the
 * first bullet, when one follows. The lines between, other than images, are the page's description.
 */
function firstBlockEnd(lines: readonly string[], from: number, data: Record<string, unknown>): number {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  let bullet = from;
  while (bullet < lines.length && !/^[-*][ \t]/.test(lines[bullet]!)) bullet++;
  if (bullet === lines.length) return from;
  const description = lines
    .slice(from, bullet)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !IMAGE_LINE.test(line))
    .join("\n");
  if (description !== "" && !Object.hasOwn(data, "description")) data.description = description;
  return bullet;
}

function setProperty(data: Record<string, unknown>, rawKey: string, rawValue: string): void {
  const key = rawKey.toLowerCase().replace(/[ _]/g, "-");
  if (!Object.hasOwn(data, key)) setOwn(data, key, propertyValue(rawValue.trim()));
}

/** A value as stated: quotes around it dropped, a value of references the names they refer to. */
function propertyValue(value: string): unknown {
  if (!readersPagePropertiesPatternsCompiled) compileReadersPagePropertiesPatterns();
  if (value.length >= 2 && value[0] === '"' && value.endsWith('"')) return value.slice(1, -1);
  if (!REFERENCES_ONLY.test(value)) return value;
  return [...value.matchAll(REFERENCE)].map((match) => (match[1] ?? match[2]!).trim());
}

/** The data with a stated full title as its title, over the page's name. */
function withTitle(data: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(data, "full-title")) {
    data.title = data["full-title"];
    delete data["full-title"];
  }
  return data;
}

/** A Logseq page (page properties on its first line) as one document: the properties as front matter, the rest a Markdown body. Null for any other text. */
export function readLogseqPage(
  text: string,
  filename: string | undefined,
): { document: SourceDocument; warnings: Warning[] } | null {
  if (!opensWithProperty(text)) return null;
  const lines = text.split("\n");
  const properties = logseqProperties(lines, 0);
  if (properties === null) return null;
  const document = fileDocument({
    data: properties.data,
    hasFrontMatter: true,
    body: lines.slice(properties.end).join("\n"),
    bodyLine: properties.end + 1,
    raw: text,
    filename,
    syntax: "markdown",
  });
  return { document, warnings: [] };
}

/**
 * A front-matter document whose body opens with page properties (`- Author:: …` bullets under the
 * YAML): their keys join the front matter's and win over them — they are the page's own, the YAML a
 * sync tool's (its `title:` the page's name) — and leave the body.
 */
export function withBodyProperties<T extends { document: SourceDocument }>(read: T): T {
  const { body, data, bodyLine } = read.document;
  let at = 0;
  while (at < body.length && (body[at] === "\n" || body[at] === "\r")) at++;
  if (!opensWithProperty(body, at)) return read;
  const lines = body.split("\n");
  const skipped = body.slice(0, at).split("\n").length - 1;
  const properties = logseqProperties(lines, skipped);
  if (properties === null) return read;
  const document: SourceDocument = {
    ...read.document,
    data: { ...data, ...properties.data },
    body: lines.slice(properties.end).join("\n"),
    bodyLine: bodyLine + properties.end,
  };
  return { ...read, document };
}
