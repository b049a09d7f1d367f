import type { IncomingMessage, ServerResponse } from "node:http";

/** How much of a body the server reads past its limit, to keep the connection, before it gives up on it. */
const DRAIN_FACTOR = 4;

/**
 * Reads a request's body before the app sees it, so that no answer is ever given on a connection
 * whose body is half read: an early answer (401, 413, 415) on a keep-alive connection would
 * otherwise leave the rest of the body to be read as the next request, or make the server cut
 * the connection under a client that goes on using it.
 *
 * - A body within `limit` is read whole and handed to the app as `rawBody`.
 * - A body over `limit` is read up to `limit + 1` bytes (enough for the app to answer 413) and the
 *   rest discarded as it arrives, up to `DRAIN_FACTOR × limit`; past that the connection is closed.
 * - A declared `Content-Length` over `DRAIN_FACTOR × limit` is answered at once with
 *   `Connection: close`, since reading it to keep the connection is not worth it.
 *
 * Resolves once the app may answer; the time a slow client takes is bounded by the server's
 * `requestTimeout`.
 */
export function readBody(incoming: IncomingMessage, outgoing: ServerResponse, limit: number): Promise<void> {
  if (incoming.method === "GET" || incoming.method === "HEAD") return Promise.resolve();
  const drainLimit = DRAIN_FACTOR * limit;
  const declared = Number(incoming.headers["content-length"] ?? Number.NaN);
  if (declared > drainLimit) {
    outgoing.shouldKeepAlive = false;
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let received = 0;
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      (incoming as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks, kept);
      resolve();
    };
    incoming.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (kept <= limit) {
        const take = Math.min(chunk.length, limit + 1 - kept);
        chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
        kept += take;
        // Over the limit: the app can answer 413 now; the rest is only drained.
        if (kept > limit) answer();
      }
      if (received > drainLimit) {
        outgoing.shouldKeepAlive = false;
        incoming.socket.destroySoon();
      }
    });
    incoming.once("end", answer);
    // A client that goes away mid-body: the app answers into a closed socket, which is harmless.
    incoming.once("error", answer);
    incoming.once("close", answer);
  });
}
