// The browser build of `@caixun/core` (`src/browser.ts`, the package's `browser` condition): its `parse`
// leaves the readers of record inputs (and of text files of labelled lines) out unless given them
// (`@caixun/core/records`), and with them is the default entry's `parse`. Inputs: the seeds and every file of
// `datasets/`, which hold the record inputs (the shared corpus holds none: its files take the readers of one
// document, which both builds share).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as browserParse } from "../src/browser.js";
import { DETECTION_SAMPLE, detectInput, type InputKind, parse } from "../src/index.js";
import { MANY_DOCUMENT_KINDS } from "../src/readers/detect.js";
import { records } from "../src/records.js";
import { REPO } from "./helpers.js";

/** The input files under `root`: every file but labels and a set's notes. */
function inputFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      if (name !== "gold") files.push(...inputFiles(path));
    } else if (name !== "README.md" && name !== "SOURCES.tsv") files.push(path);
  }
  return files;
}

const ONE_DOCUMENT: ReadonlySet<InputKind> = new Set(["front-matter", "html", "markdown", "plain-text"]);

const DATASET = join(REPO, "datasets/fresh-13/json-record/xinwenlianbo__2025-10-31-8.json");
const LABELLED = join(REPO, "datasets/fresh/rss-text/finreport__中新网_1.txt");
const SQL_ROW = join(REPO, "datasets/fresh-17/sql-row/bms-tbnews__1.sql");

describe("the browser build's parse", () => {
  it("with the record readers gives what the default entry's parse gives, on every input of the sets", () => {
    const files = [...inputFiles(join(REPO, "seeds")), ...inputFiles(join(REPO, "datasets"))];
    expect(files.length).toBeGreaterThan(560);
    let recordInputs = 0;
    let labelledFiles = 0;
    for (const path of files) {
      const bytes = readFileSync(path);
      const sample = new TextDecoder().decode(bytes.subarray(0, DETECTION_SAMPLE));
      const oneDocument = ONE_DOCUMENT.has(detectInput(sample, path));
      const filename = path.split("/").pop();
      const expected = parse(bytes, { filename });
      if (expected.format === "dump-record") {
        if (oneDocument) labelledFiles++;
        else recordInputs++;
      }
      expect(browserParse(bytes, { filename, records }), path).toEqual(expected);
    }
    // The sets hold record inputs of several kinds (JSON records, JSON Feed items, SQL rows) and text files of
    // labelled lines (`fresh/rss-text`): the readers ran.
    expect(recordInputs).toBeGreaterThan(40);
    expect(labelledFiles).toBeGreaterThan(5);
  }, 300_000);

  it("without them reads a text file of labelled lines as a file without labels, and says how to read them", () => {
    const bytes = readFileSync(LABELLED);
    const filename = "finreport__中新网_1.txt";
    expect(parse(bytes, { filename })).toMatchObject({
      title: "商务部新闻发言人就美商务部发布出口管制穿透性规则事答记者问",
      format: "dump-record",
      publishedAt: "2025-09-29T21:36:07+08:00",
      source: { name: "中新网" },
      warnings: [],
    });
    const lean = browserParse(bytes, { filename });
    // The first line's own label (`Title:`) still comes off the headline: plain text's headline reading knows it.
    expect(lean.title).toBe("商务部新闻发言人就美商务部发布出口管制穿透性规则事答记者问");
    expect(lean.format).toBe("plain-text");
    expect(lean.warnings).toEqual([
      {
        code: "records-not-loaded",
        message:
          "a plain-text file of labelled lines, one record, read without its labels: to read them, pass the readers of @caixun/core/records: parse(input, { records })",
      },
      {
        code: "title-from-first-line",
        message: "the file states no title; its first line is the title",
        line: 1,
      },
      { code: "no-date", message: "the file has no publish date" },
    ]);
  });

  it("without them reads a JSON record as one file without front matter, and says how to read its record", () => {
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
        code: "records-not-loaded",
        message:
          "a json input of records, read as one file: to read its records, pass the readers of @caixun/core/records: parse(input, { records })",
      },
      {
        code: "title-from-first-line",
        message: "the file states no title; its first line is the title",
        line: 1,
      },
    ]);
  });

  it("without them reads a SQL dump's one row as the dump's text, and says how to read its row", () => {
    const bytes = readFileSync(SQL_ROW);
    const filename = "bms-tbnews__1.sql";
    expect(parse(bytes, { filename }).format).toBe("dump-record");
    const lean = browserParse(bytes, { filename });
    expect(lean.format).toBe("plain-text");
    expect(lean.warnings.map((w) => w.code)).not.toContain("many-documents");
    expect(lean.warnings.find((w) => w.code === "records-not-loaded")?.message).toBe(
      "a sql input of records, read as one file: to read its records, pass the readers of @caixun/core/records: parse(input, { records })",
    );
  });

  it("without them still says many-documents of a digest, which is no input of records", () => {
    const digest =
      "# 财经早报\n\n## 09:30:05｜央行开展逆回购操作\n\n央行今日开展1000亿元逆回购操作。\n\n## 10:15:00｜沪指收涨\n\n沪指今日收涨0.5%。\n";
    const kind = detectInput(digest, "digest.md");
    const lean = browserParse(digest, { filename: "digest.md" }).warnings.map((w) => w.code);
    expect({ kind, lean }).toEqual({
      kind: "digest",
      lean: parse(digest, { filename: "digest.md" }).warnings.map((w) => w.code),
    });
    expect(lean).toContain("many-documents");
  });

  it("without them names the readers for every input of records, every file of labelled lines, and nothing else (any text)", () => {
    // Openings of each kind of input before arbitrary text, so that every kind is met, not only plain text.
    const opening = fc.constantFrom(
      "",
      "{",
      '{"title":"x","content":"',
      "[",
      "<rss><channel><item>",
      "INSERT INTO news VALUES (",
      "id,title,content\n",
      "---\ntitle: x\n---\n",
      "<html><p>",
      "Title: 央行开展逆回购操作\nLink: https://www.chinanews.com/cj/2025/10-31/1.shtml\nContent: ",
      "标题：央行开展逆回购操作\n来源：中新网\n正文：",
    );
    fc.assert(
      fc.property(opening, fc.string({ maxLength: 200 }), (head, tail) => {
        const text = head + tail;
        const kind = detectInput(text, "input.txt");
        const codes = browserParse(text, { filename: "input.txt" }).warnings.map((w) => w.code);
        const isRecordInput = MANY_DOCUMENT_KINDS.has(kind) && kind !== "digest";
        // A text file is a record of labelled lines when the default entry's parse reads it as one.
        const isLabelled =
          ONE_DOCUMENT.has(kind) && parse(text, { filename: "input.txt" }).format === "dump-record";
        expect(codes.includes("records-not-loaded")).toBe(isRecordInput || isLabelled);
      }),
    );
  });
});
