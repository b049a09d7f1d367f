import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "./helpers/csv-reader.js";
import { REPO_ROOT } from "./helpers/paths.js";
import { jsonLines, runCli } from "./helpers/run-cli.js";

const DUMPS = resolve(REPO_ROOT, "..", "shared", "dumps");

const flash = (id: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: String(id),
    title: `快讯${id}`,
    content: `财联社7月29日电，第${id}条快讯的正文。`,
    datetime: "2026-07-29T00:03:22+08:00",
    source: "cls",
    source_name: "财联社",
    ...extra,
  });

const DIGEST = [
  "# 财联社快讯归档 2026-07-29",
  "",
  "- item_count: 2",
  "- source: 财联社 Web roll API",
  "",
  "## 00:03:22｜快讯1",
  "",
  "- id: `1`",
  "",
  "财联社7月29日电，第1条快讯的正文。",
  "",
  "## 00:03:22｜快讯3",
  "",
  "- id: `3`",
  "",
  "财联社7月29日电，第3条快讯的正文。",
].join("\n");

let work: string;
let dumps: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "caixun-cli-dumps-"));
  dumps = join(work, "dumps");
  mkdirSync(join(dumps, "cls"), { recursive: true });
  // Line 2 is not a record: it is reported with its line number and the rest go on.
  writeFileSync(join(dumps, "cls", "2026-07-29.jsonl.gz"), gzipSync([flash(1), "{cut", flash(3)].join("\n")));
  writeFileSync(join(dumps, "cls", "2026-07-29.md"), DIGEST);
  writeFileSync(join(dumps, "cls", "labels.json"), "{}");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("caixun parse on a folder of dumps", () => {
  it("gives one Article per record with its ref, reports the bad line, skips the digest of the same records", () => {
    const result = runCli(["parse", dumps, "--fields", "file,ref,id,title"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { file: join(dumps, "cls", "2026-07-29.jsonl.gz"), ref: "line 1", id: "cls:1", title: "快讯1" },
      { file: join(dumps, "cls", "2026-07-29.jsonl.gz"), ref: "line 3", id: "cls:3", title: "快讯3" },
    ]);
    expect(result.stderr).toContain("2026-07-29.jsonl.gz (line 2): not JSON");
    expect(result.stderr).toContain(
      "2026-07-29.md: skipped: a digest of the records in 2026-07-29.jsonl.gz, which are read instead",
    );
    expect(result.stderr).toMatch(
      /2 parsed \(0 with warnings\), 1 failed, 2 skipped \(1 \.json, 1 digest of records read beside it; --ext reads other extensions\)/,
    );
  });

  it("reads the digest when it is given alone, with the same ids", () => {
    const result = runCli(["parse", join(dumps, "cls", "2026-07-29.md"), "--fields", "ref,id,publishedAt"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { ref: "section 1", id: "cls:1", publishedAt: "2026-07-29T00:03:22+08:00" },
      { ref: "section 2", id: "cls:3", publishedAt: "2026-07-29T00:03:22+08:00" },
    ]);
  });

  it("puts file and ref in CSV rows, and one file per record in an output folder", () => {
    const csv = readCsv(
      runCli(["parse", join(dumps, "cls", "2026-07-29.jsonl.gz"), "--format", "csv"]).stdout,
    );
    expect(csv[0]!.slice(0, 3)).toEqual(["file", "ref", "id"]);
    expect(csv.slice(1).map((row) => row[1])).toEqual(["line 1", "line 3"]);
    const out = join(work, "md");
    runCli(["parse", join(dumps, "cls", "2026-07-29.jsonl.gz"), "--format", "md", "-o", `${out}/`]);
    expect(readdirSync(join(out, "2026-07-29")).sort()).toEqual(["line-1.md", "line-3.md"]);
    expect(readFileSync(join(out, "2026-07-29", "line-3.md"), "utf8")).toContain('id: "cls:3"');
  });

  it("inspects one record by its line", () => {
    const result = runCli(["inspect", join(dumps, "cls", "2026-07-29.jsonl.gz"), "--ref", "3"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^快讯3\n/);
    expect(result.stdout).toMatch(/ref\s+line 3/);
    const bad = runCli(["inspect", join(dumps, "cls", "2026-07-29.jsonl.gz"), "--ref", "2"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("(line 2): not JSON");
    const missing = runCli(["inspect", join(dumps, "cls", "2026-07-29.jsonl.gz"), "--ref", "line 9"]);
    expect(missing.stderr).toContain("no document at line 9");
  });

  // Session 43, harden43b: a part of 東方財富's dump split by bytes (packages/core/test/fixtures/jsonl): its first line a
  // record's tail, its last a record's head, each listed as not parsed by its line; the two whole records between read.
  it("lists a split part's first and last pieces as lines not parsed", () => {
    const part = join(REPO_ROOT, "packages/core/test/fixtures/jsonl/eastmoney-split-part.jsonl");
    const result = runCli(["parse", part, "--fields", "ref,id"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { ref: "line 2", id: "eastmoney:202607293825068657" },
      { ref: "line 3", id: "eastmoney:202607293825068748" },
    ]);
    expect(result.stderr).toContain("eastmoney-split-part.jsonl (line 1): not JSON");
    expect(result.stderr).toContain("eastmoney-split-part.jsonl (line 4): not JSON: Unterminated string");
    expect(result.stderr).toMatch(/2 parsed \(0 with warnings\), 2 failed/);
  });

  it("reads a dump from stdin as it streams", () => {
    const result = runCli(["parse", "-", "--fields", "ref,id"], {
      input: gzipSync([flash(5), flash(6)].join("\n")),
    });
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { ref: "line 1", id: "cls:5" },
      { ref: "line 2", id: "cls:6" },
    ]);
  });
});

describe("a dump of the user's own feed, read with their record mapping", () => {
  const mapping = {
    name: "my-feed",
    feed: { key: "mine", name: "我的通讯社" },
    fields: { id: ["docId"], title: ["headline"], content: ["body"], publishedAt: ["meta.published"] },
    securities: [
      { path: "meta.tickers", code: ["symbol"], market: ["exchange"], markets: { SSE: "SH", SZSE: "SZ" } },
    ],
  };
  const record = (docId: number, headline: string, body: string, tickers?: unknown[]) =>
    JSON.stringify({ docId, headline, body, meta: { published: 1785254602 + docId, tickers } });

  it("maps every record by the mapping, on the main thread and in the worker threads, and refuses a mapping that does not read", () => {
    const mine = join(work, "mine");
    mkdirSync(mine);
    writeFileSync(
      join(mine, "a.jsonl"),
      record(7, "标题", "正文。", [{ symbol: "600000", exchange: "SSE" }]),
    );
    writeFileSync(join(mine, "b.jsonl"), record(8, "浦发银行公告", "上证报讯，浦发银行发布公告。"));
    const file = join(work, "my-feed.json");
    writeFileSync(file, JSON.stringify(mapping));
    const fields = "id,title,publishedAt,source,via,securities";
    const [onMain, onWorkers] = ["1", "2"].map((jobs) =>
      runCli(["parse", mine, "--mapping", file, "--fields", fields, "--jobs", jobs]),
    );
    expect(onMain!.code).toBe(0);
    expect(onMain!.stdout).toBe(onWorkers!.stdout);
    const result = onWorkers!;
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      {
        id: "mine:7",
        title: "标题",
        publishedAt: "2026-07-29T00:03:29+08:00",
        source: { name: "我的通讯社" },
        via: [],
        securities: [{ code: "600000", market: "SH", name: "浦发银行", how: "record", mentions: 0 }],
      },
      {
        id: "mine:8",
        title: "浦发银行公告",
        publishedAt: "2026-07-29T00:03:30+08:00",
        // The dateline names the outlet by its short name; the credit grammar writes its full name.
        source: { name: "上海证券报" },
        via: ["我的通讯社"],
        securities: [{ code: "600000", market: "SH", name: "浦发银行", how: "name", mentions: 2 }],
      },
    ]);
    writeFileSync(file, JSON.stringify({ fields: { nope: ["x"] } }));
    const bad = runCli(["parse", mine, "--mapping", file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("fields.nope is not a field");
  });
});

describe("site build and ingest on a folder of dumps", () => {
  it("builds a page for every record, like any other article", () => {
    const out = join(work, "site");
    const result = runCli(["site", "build", dumps, "--out", out]);
    // The bad line is reported (exit 1), and the site is built from the records that read.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("2026-07-29.jsonl.gz (line 2): not JSON");
    // One page per record, in a folder named after its id (`cls:1` made safe for a path).
    const pages = readdirSync(join(out, "article")).sort();
    expect(pages).toHaveLength(2);
    pages.forEach((folder, index) => {
      const id = [1, 3][index]!;
      expect(folder).toMatch(new RegExp(`^cls-${id}`));
      const page = readFileSync(join(out, "article", folder, "index.html"), "utf8");
      expect(page).toContain(`<title>快讯${id}`);
      expect(page).toContain(`第${id}条快讯的正文。`);
    });
  });

  it("ingests one row per record, by its namespaced id", () => {
    const db = join(work, "dumps.db");
    const result = runCli(["ingest", dumps, "--db", db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 parsed \(0 with warnings\), 1 failed/);
    const require = createRequire(createRequire(import.meta.url).resolve("@caixun/store/package.json"));
    const Database = require("better-sqlite3") as new (
      file: string,
      options: { readonly: boolean },
    ) => { prepare(sql: string): { all(): unknown[] }; close(): void };
    const reader = new Database(db, { readonly: true });
    try {
      expect(reader.prepare("SELECT id FROM articles ORDER BY id").all()).toEqual([
        { id: "cls:1" },
        { id: "cls:3" },
      ]);
    } finally {
      reader.close();
    }
  });
});

describe.skipIf(!existsSync(DUMPS))(`caixun on the real dumps (needs ${DUMPS})`, () => {
  it("parses the seven days of three feeds, one Article per record, digests counted as skipped", () => {
    const result = runCli(["parse", DUMPS, "--fields", "id,ref,format", "--jobs", "2"]);
    expect(result.code).toBe(0);
    const articles = jsonLines(result.stdout);
    expect(articles).toHaveLength(11_338);
    expect(articles.every((article) => article.format === "dump-record")).toBe(true);
    expect(result.stderr).toContain("11338 parsed");
    expect(result.stderr).toContain(
      "22 skipped (21 digests of records read beside them, 1 file whose content is no feed, dump or news export)",
    );
  }, 120_000);

  it("counts them in stats, by format and by the outlet that wrote them", () => {
    const result = runCli(["stats", DUMPS, "--json"]);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as {
      articles: number;
      formats: unknown;
      sources: { name: string; articles: number }[];
    };
    expect(stats.articles).toBe(11_338);
    expect(stats.formats).toEqual([{ format: "dump-record", articles: 11_338 }]);
    expect(stats.sources.slice(0, 3).map((source) => source.name)).toEqual(["东方财富", "财联社", "同花顺"]);
  }, 120_000);
});
