import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import worker from "../../src/worker.js";

/** A body of `first`, then nothing, never ending: a client that stalls mid-upload. */
function stalled(first: string): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(first)),
  });
}

test("a body that never ends is a 408 at the API's pace, on the ingestion Worker's routes and through it on the API's", async () => {
  // /v1/batches reads at this Worker's pace; /v1/parse is handed to the API Worker, which reads at its own
  // (the same figures: test/pool-config.ts).
  const paced = { ...env, BODY_MIN_RATE: "1000", BODY_RATE_WINDOW_MS: "300" };
  for (const [path, type, first] of [
    ["/v1/batches", "application/json", '{"keys":['],
    ["/v1/parse", "text/plain", "中国太保公告\n\n"],
  ] as const) {
    const answer = await Promise.race([
      worker.fetch!(
        new Request(`http://caixun.test${path}`, {
          method: "POST",
          body: stalled(first),
          headers: { "content-type": type, authorization: `Bearer ${env.API_TOKEN}` },
          duplex: "half",
        } as RequestInit) as never,
        paced as never,
      ) as Promise<Response>,
      // A hang guard: the rate cuts the body within its 300 ms windows; a stalled body never ends.
      new Promise<"stalled">((resolve) => setTimeout(() => resolve("stalled"), 30_000)),
    ]);
    expect(answer).not.toBe("stalled");
    const response = answer as Response;
    expect(response.status).toBe(408);
    expect(await response.json()).toMatchObject({
      code: "request-timeout",
      detail: "the body came slower than BODY_MIN_RATE (1000 bytes a second over 300 ms)",
    });
  }
});
