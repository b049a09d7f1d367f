import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { vi } from "vitest";
import type { BatchReport } from "../../src/state.js";
import type { FileFixture } from "../fixture.js";

export async function migrateAll(): Promise<void> {
  for (const db of [env.DB, env.DB_2022_03, env.DB_2022_05])
    await applyD1Migrations(db, env.STORE_MIGRATIONS);
  await applyD1Migrations(env.INGEST, env.INGEST_MIGRATIONS);
}

export function bytesOf(fixture: FileFixture): Uint8Array {
  return Uint8Array.from(atob(fixture.base64), (character) => character.charCodeAt(0));
}

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://caixun.test${path}`, init));
}

/** `POST /v1/batches` with the token; the new batch's id. */
export async function startBatch(body: { keys?: string[]; prefix?: string }): Promise<string> {
  const response = await api("/v1/batches", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` },
  });
  if (response.status !== 202)
    throw new Error(`POST /v1/batches: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export async function batch(id: string): Promise<BatchReport> {
  return (await (await api(`/v1/batches/${id}`)).json()) as BatchReport;
}

/** Waits until every task of the batch has ended (done, split or dead), as the queue drains. */
export async function drained(id: string, timeout = 60_000): Promise<BatchReport> {
  return vi.waitUntil(
    async () => {
      const report = await batch(id);
      return report.finished && report.tasks.done + report.tasks.dead + report.tasks.split > 0
        ? report
        : null;
    },
    { timeout, interval: 100 },
  ) as Promise<BatchReport>;
}

/** Every article id the API lists, following cursors. */
export async function listedIds(query = ""): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = (await (
      await api(`/v1/articles?limit=37${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
    ).json()) as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** Keys and lines of every object under a prefix of the bucket. */
export async function objectsUnder(prefix: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  let cursor: string | undefined;
  do {
    const listing = await env.BUCKET.list({ prefix, ...(cursor ? { cursor } : {}) });
    for (const object of listing.objects) {
      const text = await (await env.BUCKET.get(object.key))!.text();
      found.set(object.key, text.split("\n").filter(Boolean));
    }
    cursor = listing.truncated ? listing.cursor : undefined;
  } while (cursor);
  return found;
}
