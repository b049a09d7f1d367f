import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { binaryBytes } from "./helpers/binary.js";
import { BIN, REPO_ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-ingest-"));
const db = join(dir, "caixun.db");
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `caixun serve` on a free 127.0.0.1 port and resolves with its URL once it listens. */
function serve(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, "serve", ...args, "--port", "0", "--host", "127.0.0.1"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      stderr += chunk;
      const url = /API at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      if (url) resolve({ url, child });
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("caixun ingest, then caixun serve", () => {
  it("ingests the seeds, reporting a failed input and going on", () => {
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, binaryBytes());
    const result = runCli(["ingest", "seeds", binary, "--db", db, "--batch", "2"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`caixun: ${binary}: not a text file`);
    expect(result.stderr).toMatch(/5 parsed \(\d+ with warnings\), 1 failed/);
    expect(result.stderr).toContain(`; in ${db}: 5 new, 0 updated, 0 unchanged\n`);
  });

  it("ingesting again upserts instead of duplicating, and says nothing changed", () => {
    const quiet = runCli(["ingest", "seeds", "--db", db, "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    const again = runCli(["ingest", "seeds", "--db", db]);
    expect(again.stderr).toContain(`; in ${db}: 0 new, 0 updated, 5 unchanged\n`);
  });

  it("counts two files with one id as one row: new, then updated", () => {
    const twice = join(dir, "twice");
    mkdirSync(twice);
    const seed = join(REPO_ROOT, "seeds", "000_ed6ab7b49aac3011.txt");
    writeFileSync(join(twice, "a.txt"), readFileSync(seed));
    writeFileSync(join(twice, "b.txt"), `${readFileSync(seed, "utf8")}\n追加的一段。\n`);
    const result = runCli(["ingest", twice, "--db", join(dir, "twice.db")]);
    expect(result.stderr).toContain("2 parsed");
    expect(result.stderr).toContain(": 1 new, 1 updated, 0 unchanged\n");
  });

  // A parse worker beside the storing thread changes nothing stored: the rows, their order and the stories.
  it("stores the same rows in the same order with --jobs 1 and --jobs 2, a bad file among many reported", () => {
    const binary = join(dir, "among.txt");
    writeFileSync(binary, binaryBytes());
    const inputs = ["seeds", binary, "datasets/fresh/news-mirror-md", "datasets/fresh/rss-text"];
    const require = createRequire(createRequire(import.meta.url).resolve("@caixun/store/package.json"));
    const Database = require("better-sqlite3") as new (
      file: string,
      options: { readonly: boolean },
    ) => { prepare(sql: string): { all(): unknown[] }; close(): void };
    const stored = (...options: string[]) => {
      const file = join(dir, `jobs-${options.join("")}.db`);
      const result = runCli(["ingest", ...inputs, "--db", file, "--batch", "7", ...options]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`caixun: ${binary}: not a text file`);
      expect(result.stderr).toMatch(/30 parsed \(\d+ with warnings\), 1 failed/);
      const reader = new Database(file, { readonly: true });
      try {
        return {
          articles: reader
            .prepare("SELECT rowid, id, filename, article, story_id FROM articles ORDER BY rowid")
            .all(),
          stories: reader.prepare("SELECT * FROM stories ORDER BY id").all(),
        };
      } finally {
        reader.close();
      }
    };
    const one = stored("--jobs", "1");
    expect(one.articles).toHaveLength(30);
    expect(stored("--jobs", "2")).toEqual(one);
  });

  // The generated content.txt of stockcorp/stockcorp.github.io @ 0033eba903a2dd9718d91c115f2ef3ce242ea4c9: its
  // first, fourth and seventh blocks, verbatim (datasets/fresh-57/llm-news-feed; provenance in its SOURCES.tsv).
  it("stores every block of a file of labelled blocks without ids, one row each", () => {
    const blocks = ["258-experian-sofi", "255-vietnam-upgrade", "252-stock-market-mar-10"].map((name) =>
      readFileSync(join(REPO_ROOT, `datasets/fresh-57/llm-news-feed/stockcorp__content-${name}.txt`), "utf8"),
    );
    const feed = join(dir, "llm-news-feed");
    mkdirSync(feed);
    writeFileSync(join(feed, "content.txt"), blocks.join(""));
    const blocksDb = join(dir, "blocks.db");
    const result = runCli(["ingest", feed, "--db", blocksDb]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`; in ${blocksDb}: 3 new, 0 updated, 0 unchanged\n`);
    const require = createRequire(createRequire(import.meta.url).resolve("@caixun/store/package.json"));
    const Database = require("better-sqlite3") as new (
      file: string,
      options: { readonly: boolean },
    ) => { prepare(sql: string): { all(): unknown[] }; close(): void };
    const reader = new Database(blocksDb, { readonly: true });
    try {
      expect(reader.prepare("SELECT id, title FROM articles ORDER BY published_at DESC").all()).toEqual([
        { id: "h8853deee87c67c44", title: "金融服務精華速遞：市場熱議解析" },
        { id: "hb5411fa095bd9c57", title: "獨家機會：搶先投資大盤指數基金與華爾街介入前的潛力股" },
        { id: "h78b44da885338975", title: "2026年3月10日股市動態：市場風雲再起！" },
      ]);
    } finally {
      reader.close();
    }
  });

  it("serves the stored articles over HTTP and stops cleanly on SIGTERM", async () => {
    const { url, child } = await serve(["--db", db], { API_TOKEN: "e2e-token" });
    const stats = (await (await fetch(`${url}/v1/stats`)).json()) as { articles: number };
    expect(stats.articles).toBe(5);
    const search = (await (await fetch(`${url}/v1/articles?q=${encodeURIComponent("太保")}`)).json()) as {
      items: { id: string }[];
    };
    expect(search.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(["NW202201302266849892", "NW202204282363815497"]),
    );
    const article = (await (await fetch(`${url}/v1/articles/NW202203172312487194`)).json()) as {
      source: { name: string };
    };
    expect(article.source.name).toBe("河北日报");
    const unauthorised = await fetch(`${url}/v1/articles`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "text/plain" },
    });
    expect(unauthorised.status).toBe(401);
    const ingested = await fetch(`${url}/v1/articles?filename=new.txt`, {
      method: "POST",
      body: "新的标题\n\n正文第一段。",
      headers: { "content-type": "text/plain", authorization: "Bearer e2e-token" },
    });
    expect(ingested.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
  });

  it("on SIGTERM answers the request in flight, with Connection: close, then exits", async () => {
    // The grace and the parse's time limit are set far above the parse's cost (seconds on a loaded
    // machine, above the 10 s defaults at load 20): this test is about answering, not about speed.
    const { url, child } = await serve(["--db", db], {
      BODY_LIMIT: String(16 * 1024 * 1024),
      SHUTDOWN_GRACE_MS: "120000",
      PARSE_TIME_LIMIT_MS: "120000",
    });
    const paragraph =
      "中国太保聚焦主责主业，助力打赢疫情防控大战硬战。记者从公司获悉，保费收入达到1200亿元。\n\n";
    const body = Buffer.from(paragraph.repeat(40_000));
    // In flight once the server has read its head (its 100 Continue says so), not after a fixed wait: at 150 ms a
    // starved server could meet the signal before it accepted the connection, and refuse it as it should.
    const answered = new Promise<{
      status: number | undefined;
      connection: string | undefined;
      text: string;
    }>((resolve, reject) => {
      const request = httpRequest(`${url}/v1/parse`, {
        method: "POST",
        headers: { "content-type": "text/plain", "content-length": body.length, expect: "100-continue" },
      });
      request.once("continue", () => {
        child.kill("SIGTERM");
        request.end(body);
      });
      request.once("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.once("end", () =>
          resolve({ status: response.statusCode, connection: response.headers.connection, text }),
        );
      });
      request.once("error", reject);
    });
    const response = await answered;
    expect(response.status).toBe(200);
    expect(response.connection).toBe("close");
    expect((JSON.parse(response.text) as { blocks: unknown[] }).blocks.length).toBeGreaterThan(1000);
    expect(await exited(child)).toBe(0);
  }, 150_000);

  it("refuses a --db that is not a SQLite database before SQLite writes into it: exit 2, one line", () => {
    const news = join(dir, "news.md");
    writeFileSync(news, "---\ntitle: 甲\n---\n正文。\n");
    const link = join(dir, "link.db");
    symlinkSync(news, link);
    const damaged = join(dir, "damaged.db");
    // A database's first page and nothing more: the header is right, the schema is cut off.
    writeFileSync(damaged, readFileSync(db).subarray(0, 5000));
    const cases: [string[], string][] = [
      [
        ["ingest", "seeds", "--db", news],
        `--db ${news} is not a SQLite database; caixun writes its database into a new file or one it made`,
      ],
      [
        ["ingest", news, "--db", link],
        `--db ${link} is the input ${news}; caixun never writes over its inputs`,
      ],
      [["ingest", "seeds", "--db", dir], `--db ${dir} is not a file`],
      [
        ["ingest", "seeds", "--db", join(dir, "none", "x.db")],
        `--db ${join(dir, "none", "x.db")}: the folder ${join(dir, "none")} does not exist`,
      ],
      [
        ["ingest", "seeds", "--db", damaged],
        `--db ${damaged} cannot be used: database disk image is malformed (SQLITE_CORRUPT)`,
      ],
      [
        ["serve", "--db", link],
        `--db ${link} is not a SQLite database; caixun writes its database into a new file or one it made`,
      ],
      [
        ["serve", "--db", damaged],
        `--db ${damaged} cannot be used: database disk image is malformed (SQLITE_CORRUPT)`,
      ],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect([result.code, result.stderr]).toEqual([2, `caixun: ${message}\n`]);
    }
    expect(readFileSync(news, "utf8")).toBe("---\ntitle: 甲\n---\n正文。\n");
  });

  it("refuses a database that does not exist, a bad BODY_LIMIT and a port that is taken", async () => {
    const missing = runCli(["serve", "--db", join(dir, "missing.db")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no database at");
    const badLimit = spawnSync(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], {
      cwd: REPO_ROOT,
      env: { ...process.env, BODY_LIMIT: "2MB" },
      encoding: "utf8",
    });
    expect(badLimit.status).toBe(2);
    expect(badLimit.stderr).toContain("BODY_LIMIT must be a whole number of bytes");
    const { url, child } = await serve(["--db", db]);
    const taken = runCli(["serve", "--db", db, "--port", new URL(url).port]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("cannot listen on 127.0.0.1");
    child.kill("SIGTERM");
    await exited(child);
  });
});
