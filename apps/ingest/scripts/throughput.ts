/**
 * Measures one consumer of the pipeline in workerd and the store's bytes per article, and writes
 * both into docs/scale.md (sections `throughput` and `storage`).
 *
 *   pnpm --filter @caixun/ingest throughput [--rounds 5] [--no-write]
 *
 * Throughput: the Worker is bundled as `wrangler deploy` would bundle it and run by Miniflare (the
 * workerd runtime, with R2 and D1 simulated in the same process). The corpus is put in R2, then the
 * Worker's `queue` handler is invoked with batches of up to 100 object tasks, as Queues would, for
 * several rounds (re-runs are upserts). CPU is the workerd process's own (user + system, from
 * /proc), so it includes the simulated R2 and D1 work: an upper bound for the consumer's CPU.
 *
 * Storage: the same Articles written by the store into SQLite (the engine D1 runs), vacuumed, the
 * file's bytes per article, split by table with dbstat.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { type Article, parse } from "@caixun/core";
import { parseAllSync } from "@caixun/core/parse-all";
import { writeSection } from "@caixun/docs-writer";
import { upsertStatements } from "@caixun/store";
import { sqliteArticleStore, migrate as sqliteMigrate } from "@caixun/store/sqlite";
import Database from "better-sqlite3";
import { Miniflare } from "miniflare";
import { isNewsFile, REPO_ROOT, SHARED, walkFiles } from "../test/node/fixtures.js";

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? 5) || 5;
const write = !args.includes("--no-write");
const APP = join(REPO_ROOT, "apps/ingest");
const DOC = join(REPO_ROOT, "docs/scale.md");

const corpusFiles = [
  ...walkFiles(join(REPO_ROOT, "seeds"), isNewsFile),
  ...walkFiles(join(SHARED, "corpus"), isNewsFile),
];
const dumpFiles = walkFiles(join(SHARED, "dumps"), (name) => name.endsWith(".jsonl.gz"));

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of stat, counted after the ") " that ends field 2.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function workerdPids(): number[] {
  const out = execFileSync("ps", ["-e", "-o", "pid=,comm="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, comm]) => comm === "workerd")
    .map(([pid]) => Number(pid));
}

/** The statements of a migrations folder, in order (D1's `prepare` takes one statement at a time). */
function migrationStatements(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), "utf8")
        .replace(/--[^\n]*/g, "")
        .split(/;\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean),
    );
}

async function applyMigrations(db: D1Like, dir: string): Promise<void> {
  for (const statement of migrationStatements(dir)) await db.prepare(statement).run();
}

/** The bytes in an ArrayBuffer of their own: Miniflare's bridge refuses views of Node's shared Buffer pool. */
function fresh(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
}

function corpusArticles(): Article[] {
  return corpusFiles.map((path) => parse(readFileSync(path), { filename: path }));
}

interface D1Like {
  prepare(sql: string): { run(): Promise<unknown>; first<T>(): Promise<T | null> };
}

async function measureWorkerd() {
  const out = mkdtempSync(join(tmpdir(), "caixun-ingest-bundle-"));
  execFileSync(
    "npx",
    ["wrangler", "deploy", "--dry-run", "--outdir", out, "-c", join(APP, "wrangler.jsonc")],
    { cwd: APP, stdio: "ignore", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  const before = new Set(workerdPids());
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(out, "worker.js"),
    modulesRoot: out,
    compatibilityDate: "2026-04-20",
    d1Databases: { DB: "db", INGEST: "ingest" },
    r2Buckets: ["BUCKET"],
    queueProducers: { WORK: "caixun-ingest", DEAD: "caixun-ingest-dlq" },
    bindings: { DEAD_LETTER_QUEUE: "caixun-ingest-dlq", API_TOKEN: "measure" },
  });
  await mf.ready;
  const pid = workerdPids().find((candidate) => !before.has(candidate));
  if (!pid) throw new Error("no workerd process found");
  await applyMigrations(
    (await mf.getD1Database("DB")) as unknown as D1Like,
    join(REPO_ROOT, "packages/store/migrations"),
  );
  await applyMigrations((await mf.getD1Database("INGEST")) as unknown as D1Like, join(APP, "migrations"));
  const bucket = await mf.getR2Bucket("BUCKET");
  const worker = await mf.getWorker();

  const keys: string[] = [];
  let bytes = 0;
  for (const path of corpusFiles) {
    const key = `raw/${relative(REPO_ROOT, path).replaceAll("\\", "/")}`;
    const content = readFileSync(path);
    bytes += content.length;
    await bucket.put(key, fresh(content));
    keys.push(key);
  }
  let sequence = 0;
  const invoke = async (batchKeys: string[]) => {
    const messages = batchKeys.map((key) => ({
      id: `m${sequence++}`,
      timestamp: new Date(),
      attempts: 1,
      body: { kind: "object", batch: "measure", key },
    }));
    const started = performance.now();
    const result = await worker.queue("caixun-ingest", messages);
    const wall = performance.now() - started;
    if (result.outcome !== "ok" || result.retryMessages.length > 0) {
      throw new Error(`invocation failed: ${JSON.stringify(result).slice(0, 500)}`);
    }
    return wall;
  };
  const batches: string[][] = [];
  for (let start = 0; start < keys.length; start += 100) batches.push(keys.slice(start, start + 100));

  for (const batch of batches) await invoke(batch); // warm-up: compile, caches
  const cpuBefore = cpuSeconds(pid);
  const walls: number[] = [];
  for (let round = 0; round < rounds; round++) for (const batch of batches) walls.push(await invoke(batch));
  const cpu = cpuSeconds(pid) - cpuBefore;
  const articles = keys.length * rounds;
  const wall = walls.reduce((sum, ms) => sum + ms, 0);

  // Dumps: each gzipped day is decompressed, cut on line ends and (being one part) parsed record by
  // record and written, in one invocation per day.
  let dumpBytes = 0;
  let dumpLines = 0;
  const dumpKeys: string[] = [];
  for (const path of dumpFiles) {
    const key = `raw/dumps/${relative(join(SHARED, "dumps"), path)}`;
    const content = readFileSync(path);
    const plain = gunzipSync(content);
    dumpBytes += plain.length;
    dumpLines += plain.filter((byte) => byte === 0x0a).length;
    await bucket.put(key, fresh(content));
    dumpKeys.push(key);
  }
  const db = (await mf.getD1Database("DB")) as unknown as D1Like;
  const stored = async () =>
    (await db.prepare("SELECT COUNT(*) AS n FROM articles").first<{ n: number }>())!.n;
  const storedBefore = await stored();
  const dumpCpuBefore = cpuSeconds(pid);
  const dumpStarted = performance.now();
  for (const key of dumpKeys) {
    const result = await worker.queue("caixun-ingest", [
      {
        id: `d${sequence++}`,
        timestamp: new Date(),
        attempts: 1,
        body: { kind: "object", batch: "measure-dumps", key },
      },
    ]);
    if (result.outcome !== "ok" || result.retryMessages.length > 0) {
      throw new Error(`dump invocation failed: ${JSON.stringify(result).slice(0, 500)}`);
    }
  }
  const dumpWall = performance.now() - dumpStarted;
  const dumpCpu = cpuSeconds(pid) - dumpCpuBefore;
  const dumpArticles = (await stored()) - storedBefore;

  await mf.dispose();

  // D1 bills rows written (indexes and the search index included): counted by D1 itself, in a
  // Worker of its own that runs the store's statements and adds up each result's meta.rows_written.
  const counter = new Miniflare({
    modules: true,
    compatibilityDate: "2026-04-20",
    d1Databases: ["DB"],
    script: `export default {
      async fetch(request, env) {
        const statements = await request.json();
        const results = await env.DB.batch(statements.map((s) => env.DB.prepare(s.sql).bind(...s.params)));
        return Response.json(results.reduce((sum, result) => sum + result.meta.rows_written, 0));
      },
    };`,
  });
  const run = async (statements: { sql: string; params: unknown[] }[]) =>
    (await (
      await counter.dispatchFetch("http://counter/", { method: "POST", body: JSON.stringify(statements) })
    ).json()) as number;
  await run(
    migrationStatements(join(REPO_ROOT, "packages/store/migrations")).map((sql) => ({ sql, params: [] })),
  );
  const rowsWritten = async (articles: Article[]) => {
    let total = 0;
    for (const article of articles)
      total += await run(upsertStatements([{ article, filename: null }], new Date().toISOString()));
    return total / articles.length;
  };
  const sample = [...corpusArticles(), ...recordArticles().slice(0, 500)];
  const rows = {
    first: await rowsWritten(sample),
    again: await rowsWritten(sample),
    articles: sample.length,
  };
  await counter.dispose();

  rmSync(out, { recursive: true, force: true });
  return {
    files: keys.length,
    bytes,
    rounds,
    invocations: walls.length,
    batchSize: Math.max(...batches.map((batch) => batch.length)),
    articles,
    wallMs: wall,
    cpuMs: cpu * 1000,
    dump: {
      files: dumpKeys.length,
      bytes: dumpBytes,
      lines: dumpLines,
      articles: dumpArticles,
      wallMs: dumpWall,
      cpuMs: dumpCpu * 1000,
    },
    rows,
  };
}

/** Bytes per article of a vacuumed SQLite database holding them, by table (dbstat). */
function measureStorage(articles: Article[]) {
  const dir = mkdtempSync(join(tmpdir(), "caixun-storage-"));
  const file = join(dir, "store.db");
  const db = new Database(file);
  sqliteMigrate(db);
  const store = sqliteArticleStore(db);
  return (async () => {
    const started = performance.now();
    for (let start = 0; start < articles.length; start += 100) {
      await store.upsert(articles.slice(start, start + 100).map((article) => ({ article, filename: null })));
    }
    const writeMs = performance.now() - started;
    const { n } = db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number };
    db.exec("VACUUM");
    const tables = db
      .prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC")
      .all() as { name: string; bytes: number }[];
    db.close();
    const size = statSync(file).size;
    rmSync(dir, { recursive: true, force: true });
    const group = (test: (name: string) => boolean) =>
      tables.filter((table) => test(table.name)).reduce((sum, table) => sum + table.bytes, 0);
    return {
      articles: n,
      bytes: size,
      perArticle: size / n,
      search: group((name) => name.startsWith("articles_fts")) / n,
      rows: group((name) => name === "articles" || name.startsWith("sqlite_autoindex_articles")) / n,
      indexes: group((name) => name.startsWith("articles_by") || name.startsWith("article_")) / n,
      writeMs: writeMs / articles.length,
    };
  })();
}

/** Every record of the dumps as core reads it (\`parseAllSync\`): one Article per record. */
function recordArticles(): Article[] {
  return dumpFiles.flatMap((path) =>
    [...parseAllSync(gunzipSync(readFileSync(path)), { filename: path.replace(/\.gz$/, "") })].flatMap(
      (result) => (result.ok ? [result.article] : []),
    ),
  );
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const throughput = await measureWorkerd();
const corpusStorage = await measureStorage(corpusArticles());
const dumpStorage = await measureStorage(recordArticles());

const perArticleCpu = throughput.cpuMs / throughput.articles;
const throughputSection = `
Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores shared with the team; ratios are
steadier than absolute figures) with \`pnpm --filter @caixun/ingest throughput --rounds ${throughput.rounds}\`.

| input | objects | invocations | articles | wall per invocation | articles/s per invocation | workerd CPU per article |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| corpus + seeds (single-article files, ${fmt(throughput.bytes / throughput.files / 1024, 1)} KiB each) | ${throughput.files} | ${throughput.invocations} (≤ ${throughput.batchSize} messages) | ${throughput.articles} | ${fmt(throughput.wallMs / throughput.invocations)} ms | ${fmt(throughput.articles / (throughput.wallMs / 1000))} | ${fmt(perArticleCpu, 2)} ms |
| dumps: the seven gzipped days of three feeds (${fmt(throughput.dump.bytes / 1048576, 1)} MiB of JSON Lines), one invocation per day | ${throughput.dump.files} | ${throughput.dump.files} (1 message) | ${fmt(throughput.dump.articles)} of ${fmt(throughput.dump.lines)} records | ${fmt(throughput.dump.wallMs / throughput.dump.files)} ms | ${fmt(throughput.dump.articles / (throughput.dump.wallMs / 1000))} | ${fmt(throughput.dump.cpuMs / throughput.dump.articles, 2)} ms |

A record of a dump is one Article (records/s = articles/s): each day is decompressed, cut on line ends,
read by core's \`parseAll\` and written to the store (the articles column counts the rows the store
gained; records with the same id in two days are one row).
`;

const storageRow = (name: string, s: Awaited<ReturnType<typeof measureStorage>>) =>
  `| ${name} | ${fmt(s.articles)} | ${fmt(s.perArticle)} | ${fmt(s.rows)} | ${fmt(s.search)} | ${fmt(s.indexes)} | ${fmt(10e9 / s.perArticle / 1e6, 2)} M | ${fmt(s.writeMs, 2)} ms |`;
const storageSection = `
Measured with \`pnpm --filter @caixun/ingest throughput\`: the Articles written by \`@caixun/store\` into SQLite
(the engine D1 runs, same schema), vacuumed; bytes of the database file per article, and by table. The
write time is the store's upsert (100 articles a transaction, as the consumer writes) in better-sqlite3:
the work a D1 database does for each article, without the network.

| articles | count | bytes/article | article rows (JSON + summary) | search index (FTS5) | label/security/date indexes | articles in 10 GB | SQLite write time/article |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${storageRow("corpus + seeds (pages, posts)", corpusStorage)}
${storageRow("dump records (one Article per record, parseAll)", dumpStorage)}

D1 bills rows written, indexes and the FTS5 index's own tables included. Counted by D1 itself (the
\`meta.rows_written\` of each statement, in workerd) over the corpus and 500 dump records: **${fmt(throughput.rows.first, 1)}
rows written per article** on first ingestion, ${fmt(throughput.rows.again, 1)} when the same article is written again
(the re-run deletes the old labels, securities and search text first).
`;

console.log(throughputSection);
console.log(storageSection);
if (write) {
  writeSection(DOC, "throughput", throughputSection, "caixun at scale");
  writeSection(DOC, "storage", storageSection, "caixun at scale");
  console.log(`written to ${relative(REPO_ROOT, DOC)}`);
}
