import { READERS_TYPST_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { fileDocument, type SourceDocument } from "../pipeline/document.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`READERS_TYPST_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersTypstPatternsCompiled = false;
/**
 * A Typst page (`.typ`, as shiroa books and Typst notes are written), told by its content: it opens with a rule or
 * an import — `#import "…"`, `#include "…"`, `#set name(…)`, `#let name = …`, `#show: …` — which no Markdown writes.
 */
let TYPST_START: RegExp;
/** A line of rules, not text: an import, a `set` / `show` rule, a binding. */
let RULE_LINE: RegExp;
/** The page's title as a rule states it: `#show: book-page.with(title: "债券")`, `#set document(title: "…")`. */
let TITLE_ARGUMENT: RegExp;
/** A call opening a content block on a line of its own (`#rect()[`, `#quote[`): its `]` closes on a line of its own. */
let BLOCK_OPEN: RegExp;
/** A call whose arguments run over the lines after it (`#table(`, `#figure(`), and its name. */
let CALL_OPEN: RegExp;
/** A heading: `=` marks, one a level. */
let HEADING: RegExp;
/** A `[…]` content argument (a table's cell). */
let CELL: RegExp;
/** A table's column count: `columns: 3`, or a list of widths `columns: (auto, 1fr)`. */
let COLUMNS: RegExp;

/** Compiles `READERS_TYPST_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersTypstPatterns(): void {
  [TYPST_START, RULE_LINE, TITLE_ARGUMENT, BLOCK_OPEN, CALL_OPEN, HEADING, CELL, COLUMNS] =
    READERS_TYPST_PATTERNS.map(regexFromLiteral) as RegExps<8>;
  readersTypstPatternsCompiled = true;
}

/**
 * A Typst page as one document: its rules go, its title is the one a rule states (else the first heading is, as in
 * Markdown); the rest is read as the Markdown it amounts to — `=` heads as `#` heads, `*strong*` and `$math$` as
 * their words, a content block's call (`#rect()[` … `]`) as its content, a `#table(…)` call as a Markdown table of its
 * cells, other calls and comment lines dropped, indentation (which Typst gives no meaning) dropped. Null for any other
 * text.
 */
export function readTypstPage(
  text: string,
  filename: string | undefined,
): { document: SourceDocument; warnings: Warning[] } | null {
  if (!readersTypstPatternsCompiled) compileReadersTypstPatterns();
  const lines = text.split("\n");
  let at = 0;
  while (at < lines.length && lines[at]!.trim() === "") at++;
  if (!TYPST_START.test(lines[at] ?? "")) return null;
  let title: string | undefined;
  let blocks = 0;
  const body: string[] = [];
  for (; at < lines.length; at++) {
    const line = lines[at]!.trim();
    if (line.startsWith("//")) continue;
    if (BLOCK_OPEN.test(line) || (line === "]" && blocks > 0)) {
      blocks += line === "]" ? -1 : 1;
      continue;
    }
    const call = RULE_LINE.test(line) ? "rule" : CALL_OPEN.exec(line)?.[1];
    const closes = call === undefined ? at : callEnd(lines, at);
    // A call left open to the page's end is its own line only, so the text after it is kept.
    const end = closes ?? at;
    // A call closed on its line is inline markup (`#link("…")[words]`) unless it is a rule or a table.
    if (end > at || closes === null || call === "rule" || call === "table") {
      const written = lines.slice(at, end + 1).join("\n");
      if (call === "rule") title ??= TITLE_ARGUMENT.exec(written)?.[1];
      else if (call === "table") body.push("", ...tableRows(written), "");
      at = end;
      continue;
    }
    const heading = HEADING.exec(line);
    body.push(
      heading === null
        ? inline(line)
        : `${"#".repeat(heading[1]!.length)} ${inline(line.slice(heading[0].length))}`,
    );
  }
  const document = fileDocument({
    data: title === undefined ? {} : { title },
    hasFrontMatter: title !== undefined,
    body: body.join("\n"),
    bodyLine: 1,
    raw: text,
    filename,
    syntax: "markdown",
  });
  return { document, warnings: [] };
}

/** The line on which a call opened at `start` closes its parentheses, or null if it never does. */
function callEnd(lines: readonly string[], start: number): number | null {
  let depth = 0;
  for (let at = start; at < lines.length; at++) {
    for (const char of lines[at]!) {
      if (char === "(") depth++;
      else if (char === ")") depth--;
    }
    if (depth <= 0) return at;
  }
  return null;
}

/**
 * A table call's `[…]` cells as Markdown table rows, `columns` to a row (the first row its head); a table states no
 * more columns than it has cells (`columns: 999999999` would make a head row past any string's length).
 */
function tableRows(call: string): string[] {
  if (!readersTypstPatternsCompiled) compileReadersTypstPatterns();
  const columns = COLUMNS.exec(call);
  const cells = [...call.matchAll(CELL)].map((cell) => inline(cell[1]!.trim()));
  const stated = columns === null ? 1 : Number(columns[1] ?? columns[2]!.split(",").length) || 1;
  const count = Math.max(1, Math.min(stated, cells.length));
  const rows: string[] = [];
  for (let at = 0; at < cells.length; at += count) {
    rows.push(`| ${cells.slice(at, at + count).join(" | ")} |`);
    if (at === 0) rows.push(`|${" --- |".repeat(count)}`);
  }
  return rows;
}

/** A line's inline markup as its words: a call's content, strong markers, math delimiters; other calls go. */
function inline(line: string): string {
  return line
    .replace(/#[a-z][\w.-]*(?:\([^()\n]*\))?\[([^[\]\n]*)\]/g, "$1")
    .replace(/#[a-z][\w.-]*\([^()\n]*\)/g, "")
    .replace(/\*([^*\n]+)\*/g, "$1")
    .replace(/\$([^$\n]+)\$/g, "$1");
}
