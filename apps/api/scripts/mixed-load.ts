/**
 * The 60-second mixed load of docs/reliability.md: keep-alive clients mix ordinary requests (parse
 * a seed, list, search, get) with hostile ones (every entry of core's adversarial catalogue at
 * 100 KB, bodies over the limit, writes without a token) against a server holding the seeds. It
 * counts answers by status, network errors and hangs (no answer within 30 s), and checks that the
 * stored articles did not change (a checksum over every article the API lists).
 *
 *   pnpm --filter @caixun/api mixed-load [--seconds 60] [--clients 8]
 *     the built Node server over a temporary SQLite file
 *   pnpm --filter @caixun/api mixed-load --url http://127.0.0.1:8787 --token T
 *     a server already running, e.g. the Worker in workerd (`wrangler dev`, see docs/reliability.md)
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PARSE_ATTACKS } from "../../../packages/core/test/adversarial/parse-attacks.js";
import { REPO_ROOT, seedFixtures } from "../test/node/fixtures.js";
import { loadTarget } from "./load-target.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "8" },
    url: { type: "string" },
    token: { type: "string", default: "load-token" },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const token = values.token!;
const HANG_MS = 30_000;

const { base, stop } = await loadTarget(values.url, token, "mixed-load");

/** Every stored article's id and fingerprint, page by page, hashed. */
async function checksum(): Promise<{ hash: string; count: number }> {
  const hash = createHash("sha256");
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`;
    const page = (await (await fetch(`${base}/v1/articles?limit=100${query}`)).json()) as {
      items: { id: string; fingerprint?: string; title: string }[];
      nextCursor: string | null;
    };
    for (const item of page.items) hash.update(JSON.stringify(item));
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { hash: hash.digest("hex"), count };
}

// The seeds, stored through the API itself.
const seeds = seedFixtures();
const stored = await fetch(`${base}/v1/articles`, {
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  body: JSON.stringify(seeds.map((file) => ({ filename: file.filename, content: file.content }))),
});
if (!stored.ok) throw new Error(`storing the seeds failed: ${stored.status} ${await stored.text()}`);
const before = await checksum();

const seed000 = new Uint8Array(readFileSync(join(REPO_ROOT, "seeds", "000_ed6ab7b49aac3011.txt")));
const hostile = PARSE_ATTACKS.map((attack) => ({ name: attack.name, body: attack.make(100_000) }));
const overLimit = new Uint8Array(3 * 1024 * 1024).fill(0x78);

type Request = { kind: string; path: string; init?: RequestInit };
const text = (body: string | Uint8Array): RequestInit => ({
  method: "POST",
  body: body as BodyInit,
  headers: { "content-type": "text/plain" },
});
const ordinary: Request[] = [
  { kind: "parse seed", path: "/v1/parse", init: text(seed000) },
  { kind: "list", path: "/v1/articles?limit=20" },
  { kind: "search", path: `/v1/articles?q=${encodeURIComponent("太保")}` },
  { kind: "get", path: "/v1/articles/NW202201302266849892" },
];
const refused: Request[] = [
  { kind: "over the limit", path: "/v1/parse", init: text(overLimit) },
  { kind: "write without token", path: "/v1/articles", init: text(seed000) },
];
// Every hostile body once per round, an ordinary request between each two.
const requests: Request[] = [
  ...refused,
  ...hostile.flatMap((attack, i) => [
    { kind: "hostile parse", path: "/v1/parse", init: text(attack.body) },
    ordinary[i % ordinary.length]!,
  ]),
];

const statuses = new Map<string, Map<number, number>>();
const slowest = new Map<string, number>();
let networkErrors = 0;
let hangs = 0;
let sent = 0;
const deadline = Date.now() + seconds * 1000;
let next = 0;
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (Date.now() < deadline) {
      const request = requests[next++ % requests.length]!;
      sent++;
      const started = performance.now();
      try {
        const response = await fetch(`${base}${request.path}`, {
          ...request.init,
          signal: AbortSignal.timeout(HANG_MS),
        });
        await response.arrayBuffer();
        const byStatus = statuses.get(request.kind) ?? new Map<number, number>();
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        statuses.set(request.kind, byStatus);
        slowest.set(request.kind, Math.max(slowest.get(request.kind) ?? 0, performance.now() - started));
      } catch (error) {
        if ((error as Error).name === "TimeoutError") hangs++;
        else networkErrors++;
      }
    }
  }),
);
const after = await checksum();
await stop();

let fiveHundreds = 0;
const rows: string[] = [];
for (const [kind, byStatus] of statuses) {
  for (const [status, count] of byStatus) if (status >= 500) fiveHundreds += count;
  const answers = [...byStatus].map(([status, count]) => `${status}: ${count}`).join(", ");
  rows.push(`| ${kind} | ${answers} | ${(slowest.get(kind)! / 1000).toFixed(1)} s |`);
}
process.stdout.write(
  [
    `${values.url ?? "the built Node server"}: ${sent} requests in ${seconds} s by ${clients} keep-alive clients, ${hostile.length} hostile bodies of 100 KB in the mix`,
    "",
    "| request | answers by status | slowest answer |",
    "|---|---|---|",
    ...rows,
    "",
    `5xx: ${fiveHundreds}; network errors: ${networkErrors}; hangs (no answer in ${HANG_MS / 1000} s): ${hangs}; stored articles ${before.hash === after.hash ? "unchanged" : "CHANGED"} (${after.count}, checksum ${after.hash.slice(0, 16)})`,
    "",
  ].join("\n"),
);
process.exitCode = fiveHundreds + networkErrors + hangs === 0 && before.hash === after.hash ? 0 : 1;
