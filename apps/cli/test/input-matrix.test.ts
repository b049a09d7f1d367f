// Every kind of input core reads gives the same Articles on every path a user has to it: core's `parseAllSync` on
// the bytes, `parseAll` on a stream of small chunks and on the bytes gzipped, `caixun parse <folder>` (the walk,
// the file under its usual extension and gzipped beside it), and `caixun parse -` (stdin). A file the walk leaves
// out is counted and named in its summary, never dropped without a word. The fixtures are real files of the
// datasets (each one's repository, path and commit are in its set's SOURCES.tsv) and of the shared dumps.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { type ParseResult, parseAll, parseAllSync } from "@caixun/core/parse-all";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/paths.js";
import { jsonLines, runCli } from "./helpers/run-cli.js";

const DATASETS = join(REPO_ROOT, "datasets");
const DUMPS = resolve(REPO_ROOT, "..", "shared", "dumps", "cls", "data", "2026");

/** The first `sections` parts of a text cut before each line that opens with `marker` (a digest's sections). */
function firstParts(text: string, marker: string, parts: number): string {
  const lines = text.split("\n");
  let seen = 0;
  const end = lines.findIndex((line) => line.startsWith(marker) && ++seen > parts);
  return lines.slice(0, end < 0 ? lines.length : end).join("\n");
}

interface Fixture {
  /** What core's `detectInput` calls it. */
  kind: string;
  /** Its name in the walked folder: the extension its kind is saved under. */
  name: string;
  bytes: () => Buffer;
  /** Whether a folder walk reads it by default (`.json` is left out, and counted). */
  walked: boolean;
}

const file = (path: string) => (): Buffer => readFileSync(join(DATASETS, path));
const coreFixture = (path: string) => (): Buffer =>
  readFileSync(join(REPO_ROOT, "packages/core/test/fixtures", path));

const FIXTURES: Fixture[] = [
  {
    kind: "front-matter",
    name: "000_ed6ab7b49aac3011.txt",
    bytes: () => readFileSync(join(REPO_ROOT, "seeds/000_ed6ab7b49aac3011.txt")),
    walked: true,
  },
  {
    kind: "plain-text",
    name: "001_86d936801007d11d.txt",
    bytes: () => readFileSync(join(REPO_ROOT, "seeds/001_86d936801007d11d.txt")),
    walked: true,
  },
  {
    kind: "html",
    name: "gne__cjddsb_1.html",
    bytes: file("fresh-6/html-page/gne__cjddsb_1.html"),
    walked: true,
  },
  {
    kind: "markdown",
    name: "人民币汇率为什么还是坚挺.md",
    bytes: file("fresh-53/mkdocs-notes/人民币汇率为什么还是坚挺.md"),
    walked: true,
  },
  {
    kind: "markdown (labelled lines)",
    name: "36kr__copilot-ads.md",
    bytes: file("fresh-9/jina-reader/36kr__copilot-ads.md"),
    walked: true,
  },
  {
    kind: "json-lines",
    name: "sentiment-news.jsonl",
    bytes: file("fresh-28/cls-article-jsonl/sentiment-news__lines-2-3-5-6.jsonl"),
    walked: true,
  },
  {
    kind: "json (one record)",
    name: "xinwenlianbo__2025-11-05-8.json",
    bytes: file("fresh-13/json-record/xinwenlianbo__2025-11-05-8.json"),
    walked: false,
  },
  {
    kind: "json (rows of a sheet)",
    name: "cb-analysis__stock_news__rows-1-6.json",
    bytes: file("fresh-35/sheet-rows-json/cb-analysis__stock_news__rows-1-6.json"),
    walked: false,
  },
  {
    kind: "csv",
    name: "quantgpt__news__row-101.csv",
    bytes: file("fresh-35/cls-telegraph-csv/quantgpt__news__row-101.csv"),
    walked: true,
  },
  {
    kind: "sql",
    name: "sqlyog-news__21.sql",
    bytes: file("fresh-17/sql-row/sqlyog-news__21.sql"),
    walked: true,
  },
  {
    kind: "sql (head and body tables)",
    name: "empirecms__bank-deposit-quiet.sql",
    bytes: file("fresh-52/sql-row/empirecms__bank-deposit-quiet.sql"),
    walked: true,
  },
  {
    kind: "feed",
    name: "people-politics__31835113.xml",
    bytes: file("fresh-16/rss-item/people-politics__31835113.xml"),
    walked: true,
  },
  {
    kind: "tagged-records",
    name: "sogouca__yahoo-1105564.dat",
    bytes: file("fresh-21/sogou-xml/sogouca__yahoo-1105564.dat"),
    walked: true,
  },
  {
    kind: "json-lines (Python reprs)",
    name: "jrj-crawl__mof-adb-meeting.txt",
    bytes: file("fresh-52/python-dict-record/jrj-crawl__mof-adb-meeting.txt"),
    walked: true,
  },
  {
    kind: "notebook",
    name: "ml_example__新闻爬虫.ipynb",
    bytes: file("fresh-53/jupyter-notebook/ml_example__新闻爬虫.ipynb"),
    walked: true,
  },
  {
    // The same crawler's printed output holding two records (its provenance in packages/core/test/generalise.test.ts).
    kind: "notebook (many printed records)",
    name: "sina-7x24-loop.ipynb",
    bytes: coreFixture("notebook/sina-7x24-loop.ipynb"),
    walked: true,
  },
  {
    // A component's mock list of two news items (its provenance in packages/core/test/code-records.test.ts): a walk
    // reads a .vue file when told to (`--ext vue`).
    kind: "code (many records)",
    name: "cq-industriay__news.vue",
    bytes: coreFixture("code-records/cq-industriay__news.vue"),
    walked: false,
  },
  {
    // The EmpireCMS dump with its body table given before its head's, as a dump of the tables in name order has them.
    kind: "sql (body table first)",
    name: "empirecms__body-first.sql",
    bytes: () => {
      const text = file("fresh-52/sql-row/empirecms__bank-deposit-quiet.sql")().toString("utf8");
      const body = text.indexOf("CREATE TABLE IF NOT EXISTS `dayuqixiu_ecms_news_data_1`");
      return Buffer.from(`${text.slice(body)}\n${text.slice(0, body)}`);
    },
    walked: true,
  },
  {
    // fresh-20's Sina Finance export under a header the record mapping does not know: its name vouches for it.
    kind: "csv (unknown header)",
    name: "sina-stock__renamed.csv",
    bytes: () =>
      Buffer.from(
        file("fresh-20/sina-csv/sina-stock__ihytcerm0991837.csv")()
          .toString("utf8")
          .replace(/^.*\n/, "no,stamp,headline_cn,body_cn,url,origin\n"),
      ),
    walked: true,
  },
];
// A day of the 财联社 feed: its JSON Lines records and the digest rendered from them, each cut to its first records.
if (existsSync(DUMPS)) {
  const day = (name: string) => gunzipSync(readFileSync(join(DUMPS, name))).toString("utf8");
  FIXTURES.push(
    {
      kind: "json-lines (a dump)",
      name: "2026-08-03.jsonl",
      bytes: () => Buffer.from(day("2026-08-03.jsonl.gz").split("\n").slice(0, 3).join("\n")),
      walked: true,
    },
    {
      kind: "digest",
      name: "digest-2026-08-03.md",
      bytes: () => Buffer.from(firstParts(day("2026-08-03.md.gz"), "## ", 3)),
      walked: true,
    },
  );
}

/** What a path gave: each Article's title and text, and how many documents failed. */
interface Read {
  articles: { title: string; text: string }[];
  failed: number;
}

function readOf(results: Iterable<ParseResult>): Read {
  const read: Read = { articles: [], failed: 0 };
  for (const result of results)
    if (result.ok) read.articles.push({ title: result.article.title, text: result.article.text });
    else read.failed++;
  return read;
}

async function streamed(bytes: Uint8Array, filename: string | undefined, chunk: number): Promise<Read> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += chunk) yield bytes.slice(at, at + chunk);
  }
  const results: ParseResult[] = [];
  for await (const result of parseAll(chunks(), { filename })) results.push(result);
  return readOf(results);
}

/** The Articles of one file as the CLI wrote them (`--fields file,title,text`), and their count per path. */
function cliRead(lines: Record<string, unknown>[], path?: string): Read {
  const articles = lines
    .filter((line) => path === undefined || line.file === path)
    .map((line) => ({ title: line.title as string, text: line.text as string }));
  return { articles, failed: 0 };
}

describe("every input kind reads the same on every path", () => {
  let folder: string;
  let walk: { stdout: string; stderr: string; code: number | null };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "caixun-matrix-"));
    mkdirSync(join(folder, "gz"));
    for (const fixture of FIXTURES) {
      writeFileSync(join(folder, fixture.name), fixture.bytes());
      writeFileSync(join(folder, "gz", `${fixture.name}.gz`), gzipSync(fixture.bytes()));
    }
    walk = runCli(["parse", folder, "--fields", "file,title,text", "--jobs", "1"]);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  for (const fixture of FIXTURES) {
    describe(`${fixture.kind} (${fixture.name})`, () => {
      it("gives the same Articles from the bytes, a stream of small chunks and gzip", async () => {
        const bytes = new Uint8Array(fixture.bytes());
        const whole = readOf(parseAllSync(bytes, { filename: fixture.name }));
        expect(whole.articles.length).toBeGreaterThan(0);
        expect(await streamed(bytes, fixture.name, 61)).toEqual(whole);
        expect(await streamed(gzipSync(bytes), `${fixture.name}.gz`, 61)).toEqual(whole);
      });

      it("gives them from a folder walk, the file under its name and gzipped, or counts it skipped", () => {
        const bytes = new Uint8Array(fixture.bytes());
        const whole = readOf(parseAllSync(bytes, { filename: fixture.name }));
        const lines = jsonLines(walk.stdout);
        const plain = cliRead(lines, join(folder, fixture.name));
        const gzipped = cliRead(lines, join(folder, "gz", `${fixture.name}.gz`));
        if (!fixture.walked) {
          expect(plain.articles).toEqual([]);
          expect(gzipped.articles).toEqual([]);
          return;
        }
        expect(plain.articles).toEqual(whole.articles);
        expect(gzipped.articles).toEqual(whole.articles);
      });

      it("gives them from stdin", { timeout: 60_000 }, () => {
        const bytes = fixture.bytes();
        const fromStdin = runCli(["parse", "-", "--fields", "title,text"], { input: bytes });
        expect(cliRead(jsonLines(fromStdin.stdout)).articles).toEqual(
          readOf(parseAllSync(new Uint8Array(bytes))).articles,
        );
      });
    });
  }

  it("names in its summary every file the walk left out", () => {
    const byExtension = new Map<string, number>();
    for (const fixture of FIXTURES.filter((fixture) => !fixture.walked)) {
      const extension = fixture.name.slice(fixture.name.lastIndexOf("."));
      for (const name of [extension, `${extension}.gz`])
        byExtension.set(name, (byExtension.get(name) ?? 0) + 1);
    }
    const groups = [...byExtension]
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
      .map(([name, count]) => `${count} ${name}`);
    expect(walk.code).toBe(0);
    expect(walk.stderr).toContain(
      `, ${2 * FIXTURES.filter((fixture) => !fixture.walked).length} skipped (${groups.join(", ")}; --ext reads other extensions)`,
    );
  });

  it("reads each news record of a code file when told to read its extension", () => {
    const fixture = FIXTURES.find((fixture) => fixture.name.endsWith(".vue"))!;
    const bytes = new Uint8Array(fixture.bytes());
    const whole = readOf(parseAllSync(bytes, { filename: fixture.name }));
    expect(whole.articles.map((article) => article.title)).toEqual([
      "Needham：特斯拉(TSLA.US)将面临更大的竞争压力 予“减持“评级",
      "归母净利大幅下跌 太平洋证券评级连三年连降",
    ]);
    const told = runCli(["parse", folder, "--ext", "vue", "--fields", "file,title,text", "--jobs", "1"]);
    const lines = jsonLines(told.stdout);
    expect(cliRead(lines, join(folder, fixture.name)).articles).toEqual(whole.articles);
    expect(cliRead(lines, join(folder, "gz", `${fixture.name}.gz`)).articles).toEqual(whole.articles);
  });
});
