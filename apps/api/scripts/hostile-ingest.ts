/**
 * Hostile bodies through the API's ingest at scale (docs/reliability.md, the thirty-fourth round): `--requests`
 * requests, each a file of core's adversarial catalogue (`PARSE_ATTACKS`, every entry in turn, at sizes that cycle
 * through `--sizes`), sent by keep-alive clients alternately to the write route (`POST /v1/articles`, stored) and to
 * `POST /v1/parse`. It counts answers by route and status, the slowest answer, hangs (no answer within 30 s) and
 * network errors, and samples the server's resident memory every `--every` answers: it fails on any 5xx, hang or
 * network error, or on memory that grows past `--growth` × the first sample.
 *
 *   pnpm --filter @caixun/api hostile-ingest [--requests 10000] [--clients 4]
 *     the built Node server over a temporary SQLite file (its memory is this process's)
 *   pnpm --filter @caixun/api hostile-ingest --url http://127.0.0.1:8787 --token T --pid <workerd's pid> --parse-only
 *     a server already running, e.g. the Worker in workerd; `--parse-only` where its store has no tables
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PARSE_ATTACKS } from "../../../packages/core/test/adversarial/parse-attacks.js";
import { loadTarget } from "./load-target.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    clients: { type: "string", default: "4" },
    sizes: { type: "string", default: "4000,10000" },
    every: { type: "string", default: "1000" },
    growth: { type: "string", default: "1.5" },
    url: { type: "string" },
    token: { type: "string", default: "hostile-token" },
    pid: { type: "string" },
    "parse-only": { type: "boolean", default: false },
  },
});
const total = Number(values.requests);
const clients = Number(values.clients);
const sizes = values.sizes!.split(",").map(Number);
const every = Number(values.every);
const token = values.token!;
const HANG_MS = 30_000;

const { base, stop } = await loadTarget(values.url, token, "hostile-ingest");

/** The server's resident memory in MiB: another process's from /proc, or this one's (the Node server runs here). */
function rssMib(): number {
  if (values.pid === undefined) return process.memoryUsage().rss / 2 ** 20;
  const status = readFileSync(`/proc/${values.pid}/status`, "utf8");
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN) / 1024;
}

// Each body made once: the catalogue's entries at each size.
const bodies = sizes.flatMap((size) =>
  PARSE_ATTACKS.map((attack) => ({ name: attack.name, body: new TextEncoder().encode(attack.make(size)) })),
);
const statuses = new Map<string, Map<number, number>>();
const fiveHundredNames = new Set<string>();
let slowest = { ms: 0, what: "" };
let networkErrors = 0;
let hangs = 0;
let answered = 0;
const samples: number[] = [rssMib()];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (next < total) {
      const i = next++;
      const { name, body } = bodies[i % bodies.length]!;
      const write = !values["parse-only"] && i % 2 === 0;
      const route = write ? "POST /v1/articles" : "POST /v1/parse";
      const begun = performance.now();
      try {
        const response = await fetch(`${base}${write ? "/v1/articles" : "/v1/parse"}`, {
          method: "POST",
          body,
          headers: {
            "content-type": "text/plain",
            ...(write ? { authorization: `Bearer ${token}` } : {}),
          },
          signal: AbortSignal.timeout(HANG_MS),
        });
        await response.arrayBuffer();
        const byStatus = statuses.get(route) ?? new Map<number, number>();
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        statuses.set(route, byStatus);
        if (response.status >= 500) fiveHundredNames.add(name);
        const ms = performance.now() - begun;
        if (ms > slowest.ms) slowest = { ms, what: `${route} ${name} (${body.byteLength} B)` };
      } catch (error) {
        if ((error as Error).name === "TimeoutError") hangs++;
        else networkErrors++;
      }
      if (++answered % every === 0) samples.push(rssMib());
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
await stop();

let fiveHundreds = 0;
const rows: string[] = [];
for (const [route, byStatus] of statuses) {
  for (const [status, count] of byStatus) if (status >= 500) fiveHundreds += count;
  rows.push(`| ${route} | ${[...byStatus].map(([status, count]) => `${status}: ${count}`).join(", ")} |`);
}
const peakAfterFirst = Math.max(...samples.slice(1));
const grew = peakAfterFirst > Number(values.growth) * samples[1]!;
process.stdout.write(
  [
    `${values.url ?? "the built Node server"}: ${answered} requests in ${seconds.toFixed(0)} s by ${clients} keep-alive clients, ${bodies.length} hostile bodies (${PARSE_ATTACKS.length} catalogue entries at ${sizes.join(", ")} characters)`,
    "",
    "| route | answers by status |",
    "|---|---|",
    ...rows,
    "",
    `slowest answer: ${(slowest.ms / 1000).toFixed(2)} s (${slowest.what})`,
    `5xx: ${fiveHundreds}${fiveHundreds > 0 ? ` (${[...fiveHundredNames].join("; ")})` : ""}; network errors: ${networkErrors}; hangs (no answer in ${HANG_MS / 1000} s): ${hangs}`,
    `resident memory (MiB) at the start and every ${every} answers: ${samples.map((mib) => mib.toFixed(0)).join(" ")}${grew ? ` — GREW past ${values.growth}× the first ${every}` : ""}`,
    "",
  ].join("\n"),
);
process.exitCode = fiveHundreds + networkErrors + hangs === 0 && !grew ? 0 : 1;
