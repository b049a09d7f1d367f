// The browser build of `@caixun/core` (`src/browser.ts`, the package's `browser` condition): its `parse`
// leaves the readers of record inputs out unless given them (`@caixun/core/records`), and with them is the
// default entry's `parse`. Inputs: the seeds and every file of `datasets/`, which hold the record inputs (the
// shared corpus holds none: its files take the readers of one document, which both builds share).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as browserParse } from "../src/browser.js";
import { DETECTION_SAMPLE, detectInput, type InputKind, parse } from "../src/index.js";
import { records } from "../src/records.js";
import { REPO } from "./helpers.js";

/** The input files under `root`: every file but labels and a set's notes. */
function inputFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      if (name !== "gold") files.push(...inputFiles(path));
    } else if (name !== "README.md" && name !== "SOURCES.tsv") files.push(path);
  }
  return files;
}

const ONE_DOCUMENT: ReadonlySet<InputKind> = new Set(["front-matter", "html", "markdown", "plain-text"]);

const DATASET = join(REPO, "datasets/fresh-13/json-record/xinwenlianbo__2025-10-31-8.json");
const SQL_ROW = join(REPO, "datasets/fresh-17/sql-row/bms-tbnews__1.sql");

describe("the browser build's parse", () => {
  it("with the record readers gives what the default entry's parse gives, on every record input of the sets", () => {
    const files = [...inputFiles(join(REPO, "seeds")), ...inputFiles(join(REPO, "datasets"))];
    expect(files.length).toBeGreaterThan(560);
    let recordInputs = 0;
    for (const path of files) {
      const bytes = readFileSync(path);
      // The kinds of one document are read by code both builds share; the others are what the option gives.
      const sample = new TextDecoder().decode(bytes.subarray(0, DETECTION_SAMPLE));
      if (ONE_DOCUMENT.has(detectInput(sample, path))) continue;
      const filename = path.split("/").pop();
      const expected = parse(bytes, { filename });
      if (expected.format === "dump-record") recordInputs++;
      expect(browserParse(bytes, { filename, records }), path).toEqual(expected);
    }
    // The sets hold record inputs of several kinds (JSON records, JSON Feed items, SQL rows): the readers ran.
    expect(recordInputs).toBeGreaterThan(40);
  }, 300_000);

  it("without them reads a JSON record as one file without front matter, and says so", () => {
    const bytes = readFileSync(DATASET);
    const filename = "xinwenlianbo__2025-10-31-8.json";
    expect(parse(bytes, { filename })).toMatchObject({
      title: "【学习贯彻党的二十届四中全会精神】中央宣讲团在各地宣讲党的二十届四中全会精神",
      format: "dump-record",
      publishedAt: "2025-10-31T00:00:00+08:00",
      warnings: [],
    });
    const lean = browserParse(bytes, { filename });
    expect(lean.title).toBe("{");
    expect(lean.format).toBe("plain-text");
    expect(lean.warnings).toEqual([
      {
        code: "many-documents",
        message: "the input holds many documents (records of a dump); parseAll gives one Article each",
      },
      {
        code: "title-from-first-line",
        message: "the file states no title; its first line is the title",
        line: 1,
      },
    ]);
  });

  it("without them reads a SQL dump's one row as the dump's text", () => {
    const bytes = readFileSync(SQL_ROW);
    const filename = "bms-tbnews__1.sql";
    expect(parse(bytes, { filename }).format).toBe("dump-record");
    const lean = browserParse(bytes, { filename });
    expect(lean.format).toBe("plain-text");
    expect(lean.warnings.map((w) => w.code)).toContain("many-documents");
    expect(lean.warnings.find((w) => w.code === "many-documents")?.message).toBe(
      "the input holds many documents (a SQL dump's rows); parseAll gives one Article each",
    );
  });
});
