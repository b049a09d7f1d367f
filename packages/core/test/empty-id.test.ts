import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

describe("ids of empty files", () => {
  it("differ by file name, so empty files never overwrite each other in a store", () => {
    const a = parse("", { filename: "corpus/a.md" }).id;
    const b = parse("  \n", { filename: "corpus/b.md" }).id;
    expect(a).toMatch(/^h[0-9a-f]{16}$/);
    expect(b).toMatch(/^h[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(parse("", { filename: "corpus/a.md" }).id).toBe(a);
  });

  it("leave files with content known by their content, whatever their name", () => {
    expect(parse("正文。", { filename: "a.md" }).id).toBe(parse("正文。", { filename: "b.md" }).id);
  });
});

// The multi-record forms, written as small inputs of the real ones: a CSV export without an id column, a dump's
// `INSERT` without one, Sogou's tagged `<doc>` corpus, the flash digest's `## HH:MM:SS｜title` sections (../shared/dumps'
// Markdown), a crawler's records written into code, and a generated file of labelled blocks (datasets/fresh-57).
describe("ids of the records of one file", () => {
  const records = [
    ["甲公司发布季度报告", "甲公司今日发布季度报告，营收同比增长百分之十二，净利润创下新高。"],
    ["乙银行下调存款利率", "乙银行宣布自下月起下调一年期存款利率零点一个百分点。"],
    ["丙基金规模突破千亿", "丙基金公司旗下产品总规模突破一千亿元，成为增速最快的公司之一。"],
  ] as const;
  type Records = readonly (readonly [string, string])[];
  const forms: [string, string, (r: Records) => string][] = [
    ["csv", "news.csv", (r) => `title,content\n${r.map(([t, c]) => `${t},${c}\n`).join("")}`],
    [
      "sql",
      "news.sql",
      (r) =>
        `INSERT INTO \`news\` (\`title\`, \`content\`) VALUES ${r.map(([t, c]) => `('${t}', '${c}')`).join(", ")};\n`,
    ],
    [
      "tagged",
      "news.txt",
      (r) =>
        r
          .map(([t, c]) => `<doc>\n<contenttitle>${t}</contenttitle>\n<content>${c}</content>\n</doc>\n`)
          .join(""),
    ],
    [
      "digest",
      "digest.md",
      (r) =>
        `# 财联社快讯归档 2026-07-29\n\n${r.map(([t, c]) => `## 00:0${t.length}:22｜${t}\n\n${c}\n\n`).join("")}`,
    ],
    [
      "code",
      "news.js",
      (r) => `const news = [\n${r.map(([t, c]) => `  { title: "${t}", content: "${c}" },\n`).join("")}];\n`,
    ],
    [
      "labelled",
      "content.txt",
      (r) => r.map(([t, c]) => `title: ${t}\ndate: 2026-03-18\ncontent: ${c}\n\n---\n\n`).join(""),
    ],
  ];
  const ids = (text: string, filename: string) =>
    [...parseAllSync(text, { filename })].map((r) =>
      r.ok ? [r.article.title, r.article.id] : r.failure.code,
    );

  it.each(forms)(
    "%s: distinct records have distinct ids, the same wherever they stand and on every read",
    (_, name, write) => {
      const all = ids(write(records), name);
      expect(all.map((r) => r[0])).toEqual(records.map(([t]) => t));
      expect(new Set(all.map((r) => r[1])).size).toBe(records.length);
      expect(ids(write(records), name)).toEqual(all);
      // A file that later gained a record at its head (a feed's newest first) keeps the ids of the ones already stored.
      expect(ids(write(records.slice(1)), name)).toEqual(all.slice(1));
    },
  );

  it("a notebook's printed records: distinct ids, the second's the same without the first", () => {
    // test/fixtures/notebook/sina-7x24-loop.ipynb (provenance in generalise.test.ts): a crawler's loop printed two flashes.
    const notebook = readFileSync(
      join(import.meta.dirname, "fixtures/notebook/sina-7x24-loop.ipynb"),
      "utf8",
    );
    const all = ids(notebook, "n.ipynb");
    expect(all.map((r) => r[1])).toEqual(["h5048ec5c99a8cf62", "h50967f0c3eb2ff4b"]);
    const cells = JSON.parse(notebook) as { cells: { outputs?: { text?: string[] }[] }[] };
    for (const output of cells.cells.flatMap((cell) => cell.outputs ?? []))
      output.text = output.text?.filter((line) => !line.includes("2020-07-09") && !line.includes("17家券商"));
    expect(ids(JSON.stringify(cells), "n.ipynb")).toEqual(all.slice(1));
  });
});
