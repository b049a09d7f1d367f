import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "./helpers/csv-reader.js";
import { BIN, REPO_ROOT, SEEDS } from "./helpers/paths.js";
import { jsonLines, runCli } from "./helpers/run-cli.js";

/** Issue 13's "CLI inputs": every entry a walk meets is read or reported, and nothing waits forever. */

const SEED_000 = readFileSync(join(SEEDS, "000_ed6ab7b49aac3011.txt"));
const SEED_003 = readFileSync(join(SEEDS, "003_4fa6340cd7e9c1ac.txt"));

let work: string;
let socket: Server;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "caixun-cli-inputs-"));
});
afterAll(() => {
  socket?.close();
  rmSync(work, { recursive: true, force: true });
});

function start(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/** Whether process `pid` has `path` open (it is waiting on it). */
function holdsOpen(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("a folder walk reports every entry it does not read", () => {
  let corpus: string;
  beforeAll(async () => {
    corpus = join(work, "corpus");
    mkdirSync(join(corpus, "sub"), { recursive: true });
    writeFileSync(join(corpus, "a.md"), SEED_000);
    writeFileSync(join(corpus, "sub", "b.txt"), SEED_003);
    writeFileSync(join(corpus, ".hidden.md"), "hidden");
    writeFileSync(join(corpus, "notes.tsv"), "a\tb\n");
    symlinkSync("nowhere.md", join(corpus, "dangling.md"));
    symlinkSync("loop-2.md", join(corpus, "loop-1.md"));
    symlinkSync("loop-1.md", join(corpus, "loop-2.md"));
    symlinkSync("a.md", join(corpus, "link-to-file.md"));
    symlinkSync("sub", join(corpus, "link-to-sub"));
    execFileSync("mkfifo", [join(corpus, "pipe.md")]);
    socket = await new Promise<Server>((resolve) => {
      const server = createServer().listen(join(corpus, "socket.md"), () => resolve(server));
    });
  });

  it("on stderr, in --errors and in the summary; the links that fail make the exit code 1", () => {
    const errors = join(work, "errors.jsonl");
    const result = runCli(["parse", corpus, "--fields", "file,id", "--errors", errors]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { file: join(corpus, "a.md"), id: "NW202201302266849892" },
      { file: join(corpus, "link-to-file.md"), id: "NW202201302266849892" },
      { file: join(corpus, "sub", "b.txt"), id: "NW202203172312487194" },
    ]);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      `caixun: ${corpus}/dangling.md: symbolic link to nowhere.md, which does not exist`,
      `caixun: ${corpus}/link-to-sub: skipped: symbolic link to a folder, not followed (give it as an argument to read it)`,
      `caixun: ${corpus}/loop-1.md: symbolic link loop`,
      `caixun: ${corpus}/loop-2.md: symbolic link loop`,
      `caixun: ${corpus}/pipe.md: skipped: a FIFO, not read in a walk (it could wait forever)`,
      `caixun: ${corpus}/socket.md: skipped: a socket, not a file`,
    ]);
    expect(lines.at(-1)).toMatch(
      /^caixun: 3 parsed \(2 with warnings\), 3 failed, 5 skipped \(1 FIFO, 1 hidden, 1 file whose content is no feed, dump or news export, 1 socket, 1 symlink to a folder\), \d+\.\d s, \d+\.\d articles\/s$/,
    );
    expect(jsonLines(readFileSync(errors, "utf8"))).toEqual([
      {
        file: `${corpus}/dangling.md`,
        code: "dangling-symlink",
        message: "symbolic link to nowhere.md, which does not exist",
      },
      {
        file: `${corpus}/link-to-sub`,
        code: "symlink-to-folder",
        message: "skipped: symbolic link to a folder, not followed (give it as an argument to read it)",
      },
      { file: `${corpus}/loop-1.md`, code: "symlink-loop", message: "symbolic link loop" },
      { file: `${corpus}/loop-2.md`, code: "symlink-loop", message: "symbolic link loop" },
      {
        file: `${corpus}/pipe.md`,
        code: "fifo",
        message: "skipped: a FIFO, not read in a walk (it could wait forever)",
      },
      { file: `${corpus}/socket.md`, code: "socket", message: "skipped: a socket, not a file" },
    ]);
  });

  it("stats and site build report the same", () => {
    const stats = runCli(["stats", corpus, "--json"]);
    expect(stats.code).toBe(1);
    expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 3, failed: 3 });
    expect(stats.stderr.trimEnd().split("\n").at(-1)).toBe(
      "caixun: 5 skipped (1 FIFO, 1 hidden, 1 file whose content is no feed, dump or news export, 1 socket, 1 symlink to a folder)",
    );
    const site = runCli(["site", "build", corpus, "--out", join(work, "site")]);
    expect(site.code).toBe(1);
    expect(site.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /^caixun: 3 articles, \d+ pages written to .*; 3 inputs failed; 5 skipped \(1 FIFO, 1 hidden, 1 file whose content is no feed, dump or news export, 1 socket, 1 symlink to a folder\)$/,
    );
  });

  it("refuses a dangling link, a loop or a socket named as an argument, before any work", () => {
    expect(runCli(["parse", join(corpus, "dangling.md")])).toEqual({
      code: 2,
      stdout: "",
      stderr: `caixun: ${corpus}/dangling.md is a symbolic link to nowhere.md, which does not exist\n`,
    });
    expect(runCli(["parse", join(corpus, "loop-1.md")]).stderr).toBe(
      `caixun: ${corpus}/loop-1.md is a symbolic link loop\n`,
    );
    expect(runCli(["parse", join(corpus, "socket.md")]).stderr).toBe(
      `caixun: ${corpus}/socket.md is a socket, not a file\n`,
    );
  });
});

describe("file names that are not UTF-8, given as arguments", () => {
  // Node hands caixun `process.argv` decoded, U+FFFD for each byte that is not UTF-8: the name named no file.
  it("are opened by their bytes and shown as the bytes read (GBK, Big5, Latin-1), file or folder", () => {
    const dir = mkdtempSync(join(work, "argv-"));
    const news = Buffer.from([0xd0, 0xc2, 0xce, 0xc5, 0x2e, 0x74, 0x78, 0x74]); // 新闻.txt in GBK
    const march = Buffer.from([0xa4, 0x54, 0xa4, 0xeb]); // 三月 in Big5
    const cafe = Buffer.from("caf\xe9.md", "latin1");
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), news]), SEED_000);
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), march]));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), march, Buffer.from("/a.md")]), SEED_003);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), cafe]), SEED_003);
    // A shell passes the bytes as they are; spawn's arguments are text and cannot.
    const octal = (bytes: Buffer) =>
      [...bytes].map((byte) => `\\${byte.toString(8).padStart(3, "0")}`).join("");
    const argument = (bytes: Buffer) => `"$(printf '${octal(bytes)}')"`;
    const script = [
      `cd "$2" && exec "$0" "$1" parse -f csv -q`,
      ...[news, march, cafe, Buffer.from("nope\xe9.md", "latin1")].map(argument),
    ];
    const run = (names: number) =>
      spawnSync("sh", ["-c", script.slice(0, 1 + names).join(" "), process.execPath, BIN, dir], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const read = run(3);
    expect(read.stderr).toBe("");
    expect(
      readCsv(read.stdout)
        .slice(1)
        .map((row) => [row[0], row[2]]),
    ).toEqual([
      ["新闻.txt", "NW202201302266849892"],
      ["三月/a.md", "NW202203172312487194"],
      ["caf\ufffd.md", "NW202203172312487194"],
    ]);
    const missing = run(4);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("caixun: no such file or folder: nope\ufffd.md\n");
  });
});

describe("FIFOs and devices as arguments are read as streams, to the size limit", () => {
  it("reads /proc files, whose stat size is 0, to their end", () => {
    const result = runCli(["parse", "/proc/version", "-q", "--fields", "title"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)[0]!.title).toMatch(/^Linux version /);
  });

  it("reads /dev/zero to the limit and reports it too large", () => {
    expect(runCli(["parse", "/dev/zero", "-q"])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "caixun: /dev/zero: input goes on past the limit of 16777216 bytes (MAX_INPUT_SIZE); it was read no further\n",
    });
  });

  it("reads a FIFO once its writer comes", async () => {
    const fifo = join(work, "news.fifo");
    execFileSync("mkfifo", [fifo]);
    const { done } = start(["parse", fifo, "-q", "--fields", "id"]);
    writeFileSync(fifo, SEED_003);
    expect(await done).toEqual({ code: 0, stdout: '{"id":"NW202203172312487194"}\n', stderr: "" });
  });

  it("stops waiting for a FIFO's writer on Ctrl-C and exits 130", async () => {
    const fifo = join(work, "silent.fifo");
    execFileSync("mkfifo", [fifo]);
    const { child, done } = start(["parse", fifo, "--format", "json"]);
    await until(() => holdsOpen(child.pid!, fifo), "the CLI to open the FIFO");
    const sent = Date.now();
    child.kill("SIGINT");
    const result = await done;
    // A hang guard: the CLI exits on the signal at once; one that missed it would wait for a writer for good.
    expect(Date.now() - sent).toBeLessThan(30_000);
    expect(result.code).toBe(130);
    expect(result.stdout).toBe("[]\n");
    expect(result.stderr).toMatch(/^caixun: interrupted; 0 parsed \(0 with warnings\), 0 failed, /);
  });
});

describe("a folder of feeds and SQL dumps", () => {
  it("parses a feed's item and a dump's row, and counts the XML and SQL files that are neither as skipped", () => {
    const root = join(work, "feeds-and-dumps");
    const datasets = join(REPO_ROOT, "datasets");
    mkdirSync(root);
    const dump = readFileSync(join(datasets, "fresh-17/sql-row/php-blog-post__2.sql"), "utf8");
    writeFileSync(
      join(root, "people-auto.xml"),
      readFileSync(join(datasets, "fresh-16/rss-item/people-auto__32025697.xml")),
    );
    writeFileSync(
      join(root, "pom.xml"),
      '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n',
    );
    writeFileSync(join(root, "posts.sql"), dump);
    writeFileSync(join(root, "schema.sql"), dump.split("\ninsert")[0]!);
    const result = runCli(["parse", root]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((article) => [article.title, article.format])).toEqual([
      ["车门锁栓存隐患 福特召回千辆进口林肯MKZ", "dump-record"],
      ["涨停板复盘：沪指强势反弹涨1.83% 芯片概念掀涨停潮", "dump-record"],
    ]);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toMatch(
      /^caixun: 2 parsed \(\d+ with warnings\), 0 failed, 2 skipped \(2 files whose content is no feed, dump or news export\), /,
    );
  });
});

describe("--jobs", () => {
  it("starts no more worker threads than the cores or the inputs: --jobs 200 on five files", async () => {
    const { child, done } = start(["parse", SEEDS, "--jobs", "200", "-q", "--fields", "id"]);
    let most = 0;
    const sample = setInterval(() => {
      const status = existsSync(`/proc/${child.pid}/status`)
        ? readFileSync(`/proc/${child.pid}/status`, "utf8")
        : "";
      most = Math.max(most, Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    }, 2);
    const result = await done;
    clearInterval(sample);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(5);
    expect(most).toBeGreaterThan(1);
    // Node's own threads (V8 platform, libuv pool) number about a dozen; 200 workers would be 200 more.
    expect(most).toBeLessThan(40);
  });
});

describe("a killed run", () => {
  it("leaves its temp file, which the next run on the same output removes", async () => {
    const corpus = join(work, "many");
    mkdirSync(corpus);
    for (let i = 0; i < 400; i++) writeFileSync(join(corpus, `${String(i).padStart(4, "0")}.md`), SEED_000);
    const out = join(work, "killed-out");
    mkdirSync(out);
    const { child, done } = start(["parse", corpus, "-o", join(out, "all.jsonl"), "--jobs", "1", "-q"]);
    await until(() => readdirSync(out).some((name) => name.startsWith(".caixun-tmp-")), "a temp file");
    child.kill("SIGKILL");
    expect((await done).code).toBe(null);
    const [temp] = readdirSync(out);
    expect(temp).toMatch(new RegExp(`^\\.caixun-tmp-${child.pid}-[0-9a-f]{8}-all\\.jsonl$`));
    // A temp file of a run still going (this test's own process) is left alone.
    const live = `.caixun-tmp-${process.pid}-0123abcd-all.jsonl`;
    writeFileSync(join(out, live), "");

    const again = runCli(["parse", corpus, "-o", join(out, "all.jsonl"), "--jobs", "1", "--fields", "id"]);
    expect(again.code).toBe(0);
    expect(again.stderr.split("\n")[0]).toBe(
      "caixun: removed 1 temp file(s) left by an earlier run that was killed",
    );
    expect(readdirSync(out).sort()).toEqual([live, "all.jsonl"].sort());
    expect(readFileSync(join(out, "all.jsonl"), "utf8").split("\n")).toHaveLength(401);
  });
});

describe("caixun ingest interrupted with Ctrl-C", () => {
  it("stores every article it parsed, says so, and exits 130", async () => {
    const corpus = join(work, "distinct");
    mkdirSync(corpus);
    for (let i = 0; i < 3000; i++) {
      writeFileSync(
        join(corpus, `${String(i).padStart(4, "0")}.md`),
        `---\ntitle: 第${i}篇\n---\n正文第${i}段。\n`,
      );
    }
    const db = join(work, "interrupted.db");
    // A read-only look that never migrates, so it cannot race the CLI creating the database.
    const require = createRequire(createRequire(import.meta.url).resolve("@caixun/store/package.json"));
    const Database = require("better-sqlite3") as new (
      file: string,
      options: { readonly: boolean; fileMustExist: boolean; timeout: number },
    ) => { prepare(sql: string): { get(): unknown }; close(): void };
    const { child, done } = start(["ingest", corpus, "--db", db, "--batch", "50", "--jobs", "1"]);
    const rows = () => {
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true, timeout: 5000 });
        try {
          return (reader.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
        } finally {
          reader.close();
        }
      } catch {
        return 0;
      }
    };
    await until(() => rows() >= 50, "the first batch");
    child.kill("SIGINT");
    const result = await done;
    expect(result.code).toBe(130);
    const match = /^caixun: interrupted; (\d+) parsed \(\d+ with warnings\), 0 failed, .*; in /.exec(
      result.stderr,
    );
    expect(match, result.stderr).not.toBeNull();
    const parsed = Number(match![1]);
    expect(parsed).toBeLessThan(3000);
    expect(rows()).toBe(parsed);
  });
});
