import { READERS_DETECT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
/**
 * Which reader an input needs, from its first bytes (decoded leniently): a file with front matter,
 * an HTML page, Markdown, plain text, or an input of many records (JSON Lines, a JSON array or a
 * stream of JSON objects, an RSS or Atom feed, a digest of `## HH:MM:SS｜title` sections).
 *
 * The rules are data (`MARKDOWN_SIGNALS`, `MARKDOWN_THRESHOLD`) so that they can be tuned on real
 * files of unseen generators without touching the readers.
 */

import { foldCreditLabels } from "../credits/traditional.js";
import { opensCsvNews } from "./csv.js";
import { parseRecord } from "./json-lines.js";
import { isNotebook } from "./notebook.js";
import { PYTHON_RECORD_START } from "./python-literal.js";
import { taggedRecordName } from "./tagged-records.js";

/**
 * The patterns below are compiled from their literals (`READERS_DETECT_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersDetectPatternsCompiled = false;
/** An inline tag first: what opens a header typeset in styled spans, never a page. */
let INLINE_START: RegExp;
/**
 * How a SQL dump opens: a comment, or a statement a dump starts with. Only such input is searched for
 * rows (`SQL_ROWS`), so the test costs other input a look at its first characters. MySQL-Front writes its
 * comments with `#` (`# Host: …`, `# Generator: MySQL-Front 5.3`, a table's `#` / `# Structure for table "t"` / `#`
 * block); only those words tell such a head from a Markdown heading.
 */
let SQL_START: RegExp;
/** A statement that holds rows, at the start of a line: `INSERT [IGNORE] INTO`, `REPLACE INTO`, pg_dump's `COPY … FROM stdin`. */
let SQL_ROWS: RegExp;
/**
 * What only a dump's head holds: mysqldump's, phpMyAdmin's and pg_dump's banners, SQLite's `.dump` opening, a table's
 * definition. A dump of a wide schema (mysqldump's `SET` lines and each table's `CREATE TABLE`) may define more than
 * the detection sample holds before its first rows: its head still says it is a dump, and the SQL reader reads on.
 */
let SQL_DUMP_HEAD: RegExp;
/**
 * A line of a dump's session set-up: blank, a comment (`--`, `#`, a `/*!40101 … *\/;` line) or a statement of one line
 * (`SET NAMES utf8mb4;`). A dump that opens with more of them than the detection sample holds is still a dump.
 */
let SQL_SESSION_LINE: RegExp;
/** Blank lines, then `---` (YAML) or `+++` (TOML) on a line of its own: the same test `splitFrontMatter` makes. */
let FRONT_MATTER_FENCE: RegExp;
let DIGEST_SECTION_ANYWHERE: RegExp;
/** A digest's numbered story heading: `## 1. headline` (`.`, `、` or `．` after the number). */
let NUMBERED_SECTION: RegExp;
/** Where such a heading starts a line: a digest's text is cut there into its sections. */
let SECTION_START: RegExp;
/**
 * A credit line that links the story it closes, its label in Simplified script (`foldCreditLabels` reads a
 * Traditional one so): the outlet and its link (`来源：[中央社](https://www.cna.com.tw/…)`), or the link alone
 * (`来源：https://tw.stock.yahoo.com/…`, `来源：<https://…>`).
 */
let LINKED_CREDIT: RegExp;
/**
 * An object with a first key, an array of them (or an empty one), or a sheet's rows as arrays (`[["時間", "標題"], …]`):
 * JSON over several lines.
 */
let JSON_START: RegExp;
/** A name that vouches for JSON Lines: one record a line, however many lines. */
let JSON_LINES_NAME: RegExp;

/** Compiles `READERS_DETECT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersDetectPatterns(): void {
  [
    INLINE_START,
    SQL_START,
    SQL_ROWS,
    SQL_DUMP_HEAD,
    SQL_SESSION_LINE,
    FRONT_MATTER_FENCE,
    DIGEST_SECTION_ANYWHERE,
    NUMBERED_SECTION,
    SECTION_START,
    LINKED_CREDIT,
    JSON_START,
    JSON_LINES_NAME,
  ] = READERS_DETECT_PATTERNS.map(regexFromLiteral) as RegExps<12>;
  readersDetectPatternsCompiled = true;
}

/** The kinds of input, one reader each. */
export const INPUT_KINDS = [
  /** A file that opens with `---` (YAML) or `+++` (TOML) front matter: one document, its generator decides the body syntax. */
  "front-matter",
  /** An HTML page or fragment without front matter: one document. */
  "html",
  /** Markdown without front matter: one document, a heading at the top is its title. */
  "markdown",
  /** Anything else: one document of plain lines. */
  "plain-text",
  /** One JSON object per line (JSON Lines, NDJSON): one document per line. */
  "json-lines",
  /** A JSON array of records, or JSON objects one after another over several lines: one document per record. */
  "json",
  /**
   * A Jupyter notebook (nbformat 4 JSON, `{"cells": [`): one document, its Markdown cells and printed text, or the one
   * record its code printed (`readers/notebook.ts`).
   */
  "notebook",
  /** A digest Markdown of `## HH:MM:SS｜title` sections rendered from a dump: one document per section. */
  "digest",
  /** An RSS or Atom feed, or items cut out of one: one document per `<item>` or `<entry>`. */
  "feed",
  /** A SQL dump (`INSERT INTO … VALUES`, pg_dump's `COPY … FROM stdin`): one document per row. */
  "sql",
  /** A CSV or TSV export of news (a header line of the record mapping's keys): one document per row. */
  "csv",
  /**
   * A tagged record corpus (Sogou Lab's `<doc><url>…<contenttitle>…<content>…</doc>`, TREC's
   * `<DOC><DOCNO>…<TEXT>…</DOC>`): elements whose child elements are a record's fields; one document per record.
   */
  "tagged-records",
] as const;

export type InputKind = (typeof INPUT_KINDS)[number];

/** Kinds whose inputs hold many documents. */
export const MANY_DOCUMENT_KINDS: ReadonlySet<InputKind> = new Set([
  "json-lines",
  "json",
  "digest",
  "feed",
  "sql",
  "csv",
  "tagged-records",
]);

/**
 * A server template's directives and code blocks, which a page's source saved before it was rendered
 * opens with: JSP's `<%@ page pageEncoding="UTF-8"%>` and `<%@ include … %>`, ASP's `<%@ Page … %>`,
 * PHP's `<?php … ?>`. The server replaces them; the HTML after them is the page.
 */
const SERVER_TEMPLATE_BLOCK = String.raw`(?:<%(?:[^%]|%(?!>))*%>|<\?php\b(?:[^?]|\?(?!>))*\?>)`;

/**
 * A script block a page's source may open with before its doctype (`<script>//alert('==='+'');</script>`, a
 * server template's leftover): what follows it decides, so a component file (`<script setup>…</script>` then
 * `<template>`) stays what it is.
 */
const LEADING_SCRIPT = String.raw`<script\b[^>]*>(?:[^<]|<(?!/script))*</script>`;

/**
 * What markup may open with before its first tag: white space, an XML declaration and the stylesheet
 * instructions a feed's own generator links for browsers (`<?xml-stylesheet href="/tc/style.xsl"?>`), then comments,
 * a server template's directives (`SERVER_TEMPLATE_BLOCK`) and script blocks (`LEADING_SCRIPT`) in any order.
 */
const MARKUP_PROLOGUE = String.raw`^\s*(?:<\?xml[^>]*>\s*)?(?:<\?xml-stylesheet[^>]*>\s*){0,3}(?:(?:${SERVER_TEMPLATE_BLOCK}|${LEADING_SCRIPT}|<!--(?:[^-]|-(?!->))*-->)\s*)*`;

/**
 * A body that opens with an HTML tag is an HTML page or fragment — after any XML declaration and
 * comments a saved page starts with (`<!-- saved from url=… -->`, the URL a scraper noted). A
 * template's include may open with the elements a page's head holds (`<link rel="stylesheet">`,
 * `<meta>`, `<style>`, `<title>`, `<base>`) before its body's markup: that is a fragment of a page too.
 */
export const HTML_START = new RegExp(
  `${MARKUP_PROLOGUE}<(?:!doctype|html|head|body|div|p|article|section|table|h[1-6]|span|center|pre|ul|ol|blockquote|link|meta|style|title|base)\\b`,
  "i",
);

/**
 * Markup that opens with what only a page's head holds (`<title>`, `<meta>`, `<link>`, `<base>`) and no `<head>` tag
 * around it: a page saved without its `<html>`, `<head>` and `<body>` tags (a DOM's children copied out, a scraper's
 * fixture), which `readPage` reads with the head implied.
 */
export const HEAD_ELEMENT_START = new RegExp(`${MARKUP_PROLOGUE}<(?:title|meta|link|base)\\b`, "i");

/**
 * An XML feed, or one element cut out of one: after the same prologue, the first tag is an RSS or
 * Atom container (`<rss>`, `<rdf:RDF>`, `<channel>`, `<feed>`) or an item itself (`<item>`,
 * `<entry>`). No HTML page opens with one of these, so only input that can be a feed reaches the
 * feed reader.
 */
export const FEED_START = new RegExp(`${MARKUP_PROLOGUE}<(?:rss|rdf:RDF|channel|feed|item|entry)[\\s>]`);

/**
 * Whether every line of a sample is one of a dump's session set-up (`SQL_SESSION_LINE`), and one of them a statement.
 * A sample that may be cut (as long as `DETECTION_SAMPLE` bytes may decode to: 3 bytes a character at most) may end
 * inside its last line: that line is left out when lines come before it.
 */
function isSqlSession(sample: string): boolean {
  if (!readersDetectPatternsCompiled) compileReadersDetectPatterns();
  const mayBeCut = sample.length * 3 >= DETECTION_SAMPLE;
  let statement = false;
  for (
    let at = 0, end = sample.indexOf("\n");
    at < sample.length;
    at = end + 1, end = sample.indexOf("\n", at)
  ) {
    if (end < 0) {
      if (mayBeCut && at > 0) break;
      end = sample.length;
    }
    const line = SQL_SESSION_LINE.exec(sample.slice(at, end));
    if (line === null) return false;
    statement ||= line[1] !== undefined;
  }
  return statement;
}
/** A digest section heading: `## 09:30:05｜title` (the full-width bar, or `|`). */
export const DIGEST_SECTION = /^##[ \t]+(\d{1,2}:\d{2}(?::\d{2})?)[ \t]*[｜|][ \t]*(.*)$/;

/** The headline of a digest's numbered story section (`## 3. 壽險業前 5 月獲利…` → `壽險業前 5 月獲利…`); else null. */
export function numberedSection(line: string): string | null {
  if (!readersDetectPatternsCompiled) compileReadersDetectPatterns();
  return NUMBERED_SECTION.exec(line)?.[1]?.trim() ?? null;
}

/**
 * How far into a digest's line its credit label is looked for in Traditional script (`來源：`, read as `来源：` by the
 * credit grammar's one reading of Traditional labels, `foldCreditLabels`): the line is folded once, and `linkedCredit`
 * and the digest reader's own credit line (`ITEM_SOURCE`) read it folded.
 */
export const CREDIT_LINE_WITHIN = 12;

/**
 * A line that credits the story it closes with a link (`LINKED_CREDIT`), read on the line folded (`CREDIT_LINE_WITHIN`):
 * the outlet when named (1), and the story's address, after an outlet (2) or alone (3); else null.
 */
export function linkedCredit(folded: string): RegExpExecArray | null {
  if (!readersDetectPatternsCompiled) compileReadersDetectPatterns();
  return LINKED_CREDIT.exec(folded);
}

/**
 * A digest of numbered stories: `## N. headline` sections (two or more), each closed by its own credit line linking the
 * story (`linkedCredit`) — a model-written daily digest of other outlets' stories (`yenhao-huang/daily`'s Taiwan-market
 * digests), one Article a section. An article's own numbered chapters cite no story each. Where the sample's end may
 * cut the last section before its credit, one section may lack it. Only a line with an address is folded and read: a
 * credit that links holds one.
 */
function isCreditedDigest(text: string): boolean {
  const sections = text.split(SECTION_START).slice(1);
  if (sections.length < 2) return false;
  let credited = 0;
  for (const section of sections)
    if (
      section
        .split("\n")
        .some(
          (line) =>
            line.includes("http") && linkedCredit(foldCreditLabels(line, CREDIT_LINE_WITHIN)) !== null,
        )
    )
      credited++;
  return credited >= 2 && credited >= sections.length - (text.length * 3 >= DETECTION_SAMPLE ? 1 : 0);
}

/** Markdown syntax that plain text does not have, and what each sighting weighs (named in the comment above it). */
/**
 * `needs`: a literal every match holds, so that a text without it (nearly every plain text has no `**`) is not
 * scanned for the pattern at all: one search for the literal instead of a regular expression over the whole text.
 */
export const MARKDOWN_SIGNALS: ReadonlyArray<{
  pattern: RegExp;
  weight: number;
  max: number;
  needs?: string;
}> = [
  // ATX heading on the first line.
  { pattern: /^\s*#{1,6}[ \t]+\S/, weight: 3, max: 3 },
  // Setext heading on the first line. Blank space, then the first character of the line: `\s*` and `\S` never compete
  // for a character, so a long line costs one pass (`[^\n]*\S[^\n]*` tried every split: quadratic).
  {
    pattern: /^\s*\S[^\n]*\n(?:={3,}|-{3,})[ \t]*(?:\n|$)/,
    weight: 3,
    max: 3,
  },
  // ATX heading.
  { pattern: /^#{1,6}[ \t]+\S.*$/gm, weight: 2, max: 4 },
  // Setext heading: a line with a letter on it, leading blanks, then `\S` (linear, as above). A crawler's empty slot
  // between its separators (`None`, `null` over `----------`) is no heading.
  {
    pattern:
      /^(?![^\S\n]*(?:None|null|NULL|undefined|NaN)[ \t]*\n)[^\S\n]*\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$/gm,
    weight: 2,
    max: 4,
  },
  // Link. Its text holds no `[` and the address no `[` or `(`: each try ends where the next could begin, so a line of
  // `[[[…` or `[a]([a](…` costs one pass.
  {
    pattern: /\[[^[\]\n]+\]\((?:https?:\/\/|\/|\.{0,2}\/|#|mailto:)[^()[\s]*\)/g,
    weight: 2,
    max: 4,
    needs: "](",
  },
  // Image.
  { pattern: /!\[[^[\]\n]*\]\([^()[\s]+\)/g, weight: 2, max: 4, needs: "![" },
  // Fenced code.
  { pattern: /^(?:```|~~~)/gm, weight: 2, max: 4 },
  // Table.
  { pattern: /^\|?[ \t]*:?-{3,}:?[ \t]*\|/gm, weight: 2, max: 2, needs: "---" },
  // Bold.
  { pattern: /\*\*[^*\n]+\*\*/g, weight: 1, max: 2, needs: "**" },
  // A list item led by a bold label (`1. **三大指数表现分化**：…`, `- **美股**：…`): no plain text writes one.
  { pattern: /^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+\*\*[^*\n]+\*\*/m, weight: 2, max: 2, needs: "**" },
  // Bullet list.
  { pattern: /^[ \t]{0,3}[-*+][ \t]+\S/gm, weight: 1, max: 2 },
  // Block quote.
  { pattern: /^>[ \t]?\S/gm, weight: 1, max: 2 },
];
/** Markdown when the signals add up to this much. */
export const MARKDOWN_THRESHOLD = 3;

/**
 * How much of an input's start detection is given: 64 Ki bytes of a file (characters of a decoded text) —
 * plenty for every kind, and room for a dump's schema before its first rows.
 */
export const DETECTION_SAMPLE = 64 * 1024;

/**
 * The kind of an input, from a sample of its start (`DETECTION_SAMPLE`); its `filename`, when given, lets a
 * `.csv` or `.tsv` name vouch for a header of names the record mapping does not know.
 */
export function detectInput(sample: string, filename?: string): InputKind {
  if (!readersDetectPatternsCompiled) compileReadersDetectPatterns();
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  if (FRONT_MATTER_FENCE.test(text)) return "front-matter";
  const start = text.trimStart();
  if (start.startsWith("{") && isNotebook(start)) return "notebook";
  // One object on one line and nothing after it is one JSON document (a cache written without line breaks), numbered
  // as the same object over several lines is; a `.jsonl` name says it is a file of one line a record.
  if (
    (start.startsWith("{") &&
      isJsonObjectLine(start) &&
      (hasSecondLine(start) || isJsonLinesName(filename))) ||
    opensWithCutRecord(start)
  )
    return "json-lines";
  if (JSON_START.test(start)) return "json";
  // A dict's repr a line (a scraper's `print(item)`) is JSON Lines; a list of them, or one over several lines (`pprint`), JSON.
  if (PYTHON_RECORD_START.test(start))
    return /^\{[^\n]*\}[ \t\r]*(?:\n|$)/.test(start) ? "json-lines" : "json";
  // Both open with a tag: only a tag's first letters tell a feed from a page.
  if (start.startsWith("<")) {
    if (FEED_START.test(text)) return "feed";
    // A record element named like a page's (`<article>` of `<title>` and `<content>`) is told by its fields.
    if (HTML_START.test(text)) {
      if (taggedRecordName(text, true) !== null) return "tagged-records";
      // Markdown whose header is typeset in styled spans (`readers/page-properties.ts` `styledHeader`):
      // an inline tag opens it, and the rest is written in Markdown.
      return INLINE_START.test(start) && markdownScore(text) >= MARKDOWN_THRESHOLD ? "markdown" : "html";
    }
    if (taggedRecordName(text) !== null) return "tagged-records";
  }
  if (SQL_START.test(start) && (SQL_ROWS.test(start) || SQL_DUMP_HEAD.test(start) || isSqlSession(start)))
    return "sql";
  if (opensCsvNews(text, filename)) return "csv";
  if (/^#[ \t]+\S/m.test(text) && (DIGEST_SECTION_ANYWHERE.test(text) || isCreditedDigest(text)))
    return "digest";
  return markdownScore(text) >= MARKDOWN_THRESHOLD ? "markdown" : "plain-text";
}

/** How much Markdown syntax a text shows (see `MARKDOWN_SIGNALS`). */
export function markdownScore(text: string): number {
  let score = 0;
  for (const signal of MARKDOWN_SIGNALS) {
    if (signal.needs !== undefined && !text.includes(signal.needs)) continue;
    const count = signal.pattern.global
      ? (text.match(signal.pattern)?.length ?? 0)
      : signal.pattern.test(text)
        ? 1
        : 0;
    score += Math.min(signal.max, count * signal.weight);
  }
  return score;
}

/** Whether text follows the first line (a sample of one line is a whole input of one line: it is under the sample's size). */
function hasSecondLine(text: string): boolean {
  const end = text.indexOf("\n");
  return end >= 0 && text.slice(end).trim() !== "";
}

function isJsonLinesName(filename: string | undefined): boolean {
  if (!readersDetectPatternsCompiled) compileReadersDetectPatterns();
  return filename !== undefined && JSON_LINES_NAME.test(filename);
}

/**
 * JSON Lines whose first line is a piece of a record (a write stopped inside it, a part of a file split by bytes that
 * opens with a record's tail, a lone `{`): the first line opens (`{`) or closes (`}`) as a record does, the second is a
 * whole object, and the first cannot run on into it as one JSON document — it ends inside a string (a document over
 * several lines never breaks a line inside one), its brackets do not match, or where it ends a JSON document takes no
 * object (only after `[`, `,` in an array or `:` does one; `{"data":` then records is JSON). Read as JSON Lines, the
 * piece is that reader's `invalid-record` with its line number; read as text or JSON it was lost unreported.
 */
function opensWithCutRecord(text: string): boolean {
  const end = text.indexOf("\n");
  if (end < 0 || text[end + 1] !== "{" || !isJsonObjectLine(text.slice(end + 1))) return false;
  const first = text.slice(0, end).trim();
  if (!first.startsWith("{") && !first.endsWith("}")) return false;
  // The open brackets (`{` or `[`) and the last character outside a string, scanned once.
  const open: string[] = [];
  let last = "";
  let inString = false;
  for (let i = 0; i < first.length; i++) {
    const c = first[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") open.push(c);
    else if (c === "}" || c === "]") {
      if (open.pop() !== (c === "}" ? "{" : "[")) return true;
    }
    if (c > " ") last = c;
  }
  if (inString) return true;
  const inner = open.at(-1);
  const takesValue = inner === "[" ? last === "[" || last === "," : inner === "{" && last === ":";
  return !takesValue;
}

/** The first line is a whole JSON object: the input is JSON Lines. */
function isJsonObjectLine(text: string): boolean {
  const end = text.indexOf("\n");
  const line = (end < 0 ? text : text.slice(0, end)).trim();
  // Read as a record is (`parseRecord`): a first line a Python writer left a `NaN` in is JSON Lines still.
  return line.endsWith("}") && typeof parseRecord(line) !== "string";
}
