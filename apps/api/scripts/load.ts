/**
 * Load run of the Node server: ingests the seeds and ../shared/corpus into a temporary SQLite file,
 * serves it on 127.0.0.1, runs autocannon (a separate process, so it does not share the server's
 * event loop) against parse, list, search and get, and writes the figures into the api-load section
 * of docs/benchmarks.md.
 *
 *   pnpm --filter @caixun/api load [--duration 5] [--connections 10]
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { parse } from "@caixun/core";
import { writeSection } from "@caixun/docs-writer";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { startServer } from "../src/node.js";
import { corpusFixtures, REPO_ROOT, seedFixtures } from "../test/node/fixtures.js";

const API_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const AUTOCANNON = join(API_ROOT, "node_modules", ".bin", "autocannon");
const BENCHMARKS = join(REPO_ROOT, "docs", "benchmarks.md");

const { values } = parseArgs({
  options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "10" } },
});

interface Scenario {
  name: string;
  /** What is requested, for the table. */
  request: string;
  args: string[];
}

interface Result {
  scenario: Scenario;
  command: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function ingestAll(dbPath: string): Promise<number> {
  const db = openSqlite(dbPath);
  const files = [...seedFixtures(), ...corpusFixtures()];
  await sqliteArticleStore(db).upsert(
    files.map((file) => ({
      article: parse(file.content, { filename: file.filename }),
      filename: file.filename,
    })),
  );
  const { count } = db.prepare("SELECT COUNT(*) AS count FROM articles").get() as { count: number };
  db.close();
  return count;
}

/** autocannon runs as a child process, awaited: the server shares this process's event loop. */
async function runAutocannon(base: string, scenario: Scenario): Promise<Result> {
  const args = ["-c", values.connections!, "-d", values.duration!, "-j", ...scenario.args];
  const url = `${base}${scenario.args.at(-1)}`;
  const fullArgs = [...args.slice(0, -1), url];
  const { stdout: output } = await promisify(execFile)(AUTOCANNON, fullArgs, {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(output) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    scenario,
    command: `autocannon ${fullArgs.map((arg) => (/[\s?&=|]/.test(arg) ? `'${arg}'` : arg)).join(" ")}`,
    requestsPerSecond: report.requests.average,
    p50: report.latency.p50,
    p99: report.latency.p99,
    non2xx: report.non2xx,
    errors: report.errors,
  };
}

function section(results: Result[], articles: number, url: string): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const nproc = execFileSync("nproc", { encoding: "utf8" }).trim();
  const rows = results.map(
    (result) =>
      `| ${result.scenario.name} | ${result.scenario.request} | ${Math.round(result.requestsPerSecond).toLocaleString("en")} | ${result.p50} | ${result.p99} | ${result.non2xx + result.errors} |`,
  );
  return `## API load: the Node server over SQLite (\`pnpm --filter @caixun/api load\`)

Run on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`pnpm --filter @caixun/api load --duration ${values.duration} --connections ${values.connections}\`: ${cpu}, ${nproc} CPUs (nproc; ${availableParallelism()} available to Node), Node ${process.version}. The store held ${articles} articles (the seeds and \`../shared/corpus\`, ingested into a temporary SQLite file); \`caixun serve\`'s server (@hono/node-server, better-sqlite3) listened on ${new URL(url).host}, and autocannon ran as a separate process on the same machine, which other engineers' builds and tests were sharing, so the figures are low and noisy. Latencies are in milliseconds.

| endpoint | request | requests/s | p50 ms | p99 ms | non-2xx + errors |
|---|---|---|---|---|---|
${rows.join("\n")}

Commands (the port was picked at random):

\`\`\`
${results.map((result) => result.command).join("\n")}
\`\`\``;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "caixun-load-"));
  const dbPath = join(dir, "caixun.db");
  try {
    const articles = await ingestAll(dbPath);
    const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", settings: {} });
    try {
      // Relative to the repository root, where autocannon runs, so the recorded command is portable.
      const seedFile = "seeds/000_ed6ab7b49aac3011.txt";
      const scenarios: Scenario[] = [
        {
          name: "parse",
          request: "POST /v1/parse, seed 000 (8 KB) as text/plain",
          args: ["-m", "POST", "-H", "content-type=text/plain", "-i", seedFile, "/v1/parse"],
        },
        { name: "list", request: "GET /v1/articles?limit=20", args: ["/v1/articles?limit=20"] },
        {
          name: "search",
          request: "GET /v1/articles?q=中国&limit=20",
          args: [`/v1/articles?q=${encodeURIComponent("中国")}&limit=20`],
        },
        {
          name: "get",
          request: "GET /v1/articles/NW202201302266849892",
          args: ["/v1/articles/NW202201302266849892"],
        },
      ];
      // One request each first, so a broken endpoint fails the run instead of being measured.
      for (const scenario of scenarios) {
        const path = scenario.args.at(-1)!;
        const init =
          scenario.name === "parse"
            ? {
                method: "POST",
                body: readFileSync(join(REPO_ROOT, seedFile)),
                headers: { "content-type": "text/plain" },
              }
            : {};
        const response = await fetch(`${server.url}${path}`, init);
        if (!response.ok) throw new Error(`${scenario.name}: ${path} answered ${response.status}`);
      }
      const results: Result[] = [];
      for (const scenario of scenarios) {
        const result = await runAutocannon(server.url, scenario);
        process.stderr.write(
          `${scenario.name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms\n`,
        );
        results.push(result);
      }
      writeSection(BENCHMARKS, "api-load", section(results, articles, server.url), "Benchmarks");
      process.stderr.write(`written to ${BENCHMARKS}\n`);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
