/**
 * A Jupyter notebook (nbformat 4: a JSON object of `cells`, each `markdown`, `code` or `raw`, its `source` a string or a
 * list of lines, a code cell's saved `outputs`) read as what a reader of it sees: the Markdown cells, and the text the
 * code printed (`stream` outputs). The code itself, its results' reprs and pictures, and error outputs (tracebacks in
 * ANSI colours) are no one's writing. A loop's log — the lines a polling script prints on every round (the address it
 * asks, `此次刷新没有获得数据，等待5s后将继续刷新 2`) — recurs with only its counters changed, and goes too. What the
 * code printed as one labelled record (`时间: 2020-07-09 00:07:43` over `内容: 【标题】正文（券商中国）`, a scraper's
 * print of the flash it fetched) is that record, for the record mapping to read as a dump's.
 */

import { READERS_NOTEBOOK_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/** How a notebook opens: Jupyter writes its keys sorted, so `cells` comes first. */
export const NOTEBOOK_START = /^\{\s*"cells"\s*:\s*\[/;
/**
 * The patterns below are compiled from their literals (`READERS_NOTEBOOK_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersNotebookPatternsCompiled = false;
/** A cell's type, which any notebook with a cell holds within its first cell. */
let CELL_TYPE: RegExp;

/** Whether a JSON text (white space trimmed at its start) opens as a notebook: `{"cells": [` and a cell, or none. */
export function isNotebook(start: string): boolean {
  if (!readersNotebookPatternsCompiled) compileReadersNotebookPatterns();
  if (!NOTEBOOK_START.test(start)) return false;
  const cells = start.indexOf("[");
  return CELL_TYPE.test(start) || /^\[\s*\]/.test(start.slice(cells));
}

/** What a notebook holds to read: its Markdown (cells and printed text), or the records its code printed. */
export interface NotebookContent {
  markdown: string;
  records: Record<string, string>[];
}

/** ANSI escape sequences (colours, cursor moves) a terminal output keeps: `\x1b[0;31m`. @bounded: one class run. */
let ANSI_ESCAPE: RegExp;
/** A printed line that labels a value (`时间: …`, `内容:   …`, `Title: …`): a field of a record the code printed. */
let LABELLED_LINE: RegExp;
/** Digits, which a loop's log changes from round to round (a counter, a time). */
let DIGITS: RegExp;

/** Compiles `READERS_NOTEBOOK_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersNotebookPatterns(): void {
  [CELL_TYPE, ANSI_ESCAPE, LABELLED_LINE, DIGITS] = READERS_NOTEBOOK_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<4>;
  readersNotebookPatternsCompiled = true;
}

/** The notebook's content, or null when the text is no notebook (not JSON, no `cells` list). Never throws. */
export function readNotebook(text: string): NotebookContent | null {
  if (!readersNotebookPatternsCompiled) compileReadersNotebookPatterns();
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    return null;
  }
  const cells = (notebook as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return null;
  // Markdown cells as written, and where each printed output stands among them (its index in `printed`).
  const parts: (string | number)[] = [];
  const printed: string[][] = [];
  for (const cell of cells) {
    if (cell === null || typeof cell !== "object") continue;
    const { cell_type: type, source, outputs } = cell as Record<string, unknown>;
    if (type === "markdown") {
      parts.push(joined(source));
      continue;
    }
    if (type !== "code" || !Array.isArray(outputs)) continue;
    for (const output of outputs) {
      const { output_type: kind, text: printedText } = (output ?? {}) as Record<string, unknown>;
      if (kind !== "stream") continue;
      parts.push(printed.length);
      printed.push(joined(printedText).replace(ANSI_ESCAPE, "").split("\n"));
    }
  }
  // A line is a loop's log when, its digits aside, the outputs print it more than once.
  const seen = new Map<string, number>();
  for (const lines of printed)
    for (const line of lines) {
      const key = line.trim().replace(DIGITS, "0");
      if (key !== "") seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  const isLoopLog = (line: string) => seen.get(line.replace(DIGITS, "0"))! > 1;
  const kept = printed.map((lines) =>
    lines.map((line) => line.trim()).filter((line) => line !== "" && !isLoopLog(line)),
  );
  const markdown = parts
    .map((part) => (typeof part === "number" ? kept[part]!.join("\n\n") : part))
    .filter((part) => part.trim() !== "")
    .join("\n\n");
  // Many records are split before the loop's log is set aside: a record's `时间:` line, its digits aside, is printed
  // on every round too.
  const many = printedRecords(
    printed.flat().map((line) => line.trim()),
    isLoopLog,
  );
  const one = many.length > 1 ? null : printedRecord(kept.flat());
  return { markdown, records: one === null ? many : [one] };
}

/**
 * The record the code printed: a run of at least two labelled lines, each label once, when the outputs print one such
 * run and nothing else; null otherwise (prose, or many records, are read as the notebook's text).
 */
function printedRecord(lines: readonly string[]): Record<string, string> | null {
  if (!readersNotebookPatternsCompiled) compileReadersNotebookPatterns();
  if (lines.length < 2) return null;
  const record: Record<string, string> = {};
  for (const line of lines) {
    const field = LABELLED_LINE.exec(line);
    if (field === null || Object.hasOwn(record, field[1]!)) return null;
    record[field[1]!] = field[2]!.trim();
  }
  return record;
}

/**
 * The records a crawler's loop printed, more than one (`标题: …` / `时间: …` / `内容: …` on each round): runs of
 * labelled lines, a run closed where its first label comes again, each run of two fields or more. Between them only
 * the loop's log may stand (the address it polls, `此次刷新没有获得数据 2`); a line of prose, or a run of one field,
 * makes the output no list of records (none, read as the notebook's text).
 */
function printedRecords(
  lines: readonly string[],
  isLoopLog: (line: string) => boolean,
): Record<string, string>[] {
  if (!readersNotebookPatternsCompiled) compileReadersNotebookPatterns();
  const records: Record<string, string>[] = [];
  let record: Record<string, string> | null = null;
  let fields = 0;
  for (const line of lines) {
    if (line === "") continue;
    const field = LABELLED_LINE.exec(line);
    // An address (`http://…`) reads as a label and its value, and is none.
    if (field === null || field[2]!.startsWith("//")) {
      if (isLoopLog(line)) continue;
      return [];
    }
    if (record === null || Object.hasOwn(record, field[1]!)) {
      if (record !== null && fields < 2) return [];
      record = {};
      fields = 0;
      records.push(record);
    }
    record[field[1]!] = field[2]!.trim();
    fields++;
  }
  return fields < 2 ? [] : records;
}

/** A cell's `source` or an output's `text`: a string, or a list of lines to join. */
function joined(value: unknown): string {
  if (typeof value === "string") return value;
  return Array.isArray(value) ? value.filter((line) => typeof line === "string").join("") : "";
}
