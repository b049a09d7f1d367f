import type { IncomingMessage, ServerResponse } from "node:http";

/** How much of a body the server reads past its limit, to keep the connection, before it gives up on it. */
const DRAIN_FACTOR = 4;

/**
 * Bytes of request bodies the server holds at once, over all requests (`BODY_BUDGET`). Each body is
 * held from its first byte until its response is sent, and a parse holds copies of it besides
 * (text, the worker's message): without a cap, 40 concurrent 2 MB parses took the server to 1.25 GB.
 * A body that does not fit is answered 503 `server-busy` with `Retry-After`, as a full parse queue is.
 */
export class BodyBudget {
  private held = 0;
  constructor(readonly capacity: number) {}

  /** Takes `bytes` from the budget, or nothing and false when they do not fit. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.capacity) return false;
    this.held += bytes;
    return true;
  }

  give(bytes: number): void {
    this.held -= bytes;
  }
}

/** A request whose body did not fit the budget: the app answers it 503 before any route runs (`ApiDeps.refusal`). */
export interface OverBudget {
  overBudget?: true;
}

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
 * - A body takes from `budget` as its bytes arrive, never for the length it declares: eight clients
 *   that declared 2 MB and sent a byte a second held the whole budget until `REQUEST_TIMEOUT_MS`, and
 *   every other body was a 503 meanwhile; now a client holds only what it has sent. A body that
 *   does not fit is marked `overBudget`, what was kept of it is given back, and the rest is drained
 *   like a body over the limit.
 *
 * The bytes a body holds go back to the budget when its response is sent (or the connection closes).
 * Resolves once the app may answer; the time a slow client takes is bounded by the server's
 * `requestTimeout`.
 */
export function readBody(
  incoming: IncomingMessage & OverBudget,
  outgoing: ServerResponse,
  limit: number,
  budget: BodyBudget,
): Promise<void> {
  if (incoming.method === "GET" || incoming.method === "HEAD") return Promise.resolve();
  const drainLimit = DRAIN_FACTOR * limit;
  const declared = Number(incoming.headers["content-length"] ?? Number.NaN);
  if (declared > drainLimit) {
    outgoing.shouldKeepAlive = false;
    return Promise.resolve();
  }
  let taken = 0;
  outgoing.once("close", () => budget.give(taken));
  const refuse = () => {
    incoming.overBudget = true;
    outgoing.shouldKeepAlive = false;
    budget.give(taken);
    taken = 0;
  };
  return new Promise<void>((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let received = 0;
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      if (!incoming.overBudget) {
        (incoming as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks, kept);
      }
      resolve();
    };
    incoming.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (!incoming.overBudget && kept <= limit) {
        const take = Math.min(chunk.length, limit + 1 - kept);
        if (budget.take(take)) taken += take;
        else {
          refuse();
          chunks.length = 0;
          answer();
        }
        if (!incoming.overBudget) {
          chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
          kept += take;
          // Over the limit: the app can answer 413 now; the rest is only drained.
          if (kept > limit) answer();
        }
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
