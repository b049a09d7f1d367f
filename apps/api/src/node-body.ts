import type { IncomingMessage, ServerResponse } from "node:http";
import { type BodyPace, belowPace } from "./body-pace.js";

/** How much of a body the server reads past its limit, to keep the connection, before it gives up on it. */
const DRAIN_FACTOR = 4;

/**
 * Bytes of request bodies the server holds at once, over all requests (`BODY_BUDGET`), and for one
 * client (`BODY_BUDGET_PER_CLIENT`). Each body is held from its first byte until its response is
 * sent, and a parse holds copies of it besides (text, the worker's message): without a cap, 40
 * concurrent 2 MB parses took the server to 1.25 GB. Without a share per client, eight clients that
 * sent all but the last byte of 2 MB held the whole budget for `REQUEST_TIMEOUT_MS` (30 s), and
 * every other body was a 503 meanwhile; now a few clients hold a few shares at most.
 *
 * Shares alone let a few addresses fill the budget together (four of the default share each). So
 * when the budget is full, a client that would still hold no more than its fair share (the budget
 * over the clients holding bytes, itself counted) takes room from the client holding the most, if
 * that one holds more than the fair share: its largest body still being read is cut (`cut`, a 503
 * and its connection closed) and its bytes given back, until the new bytes fit. A new client is
 * always under its fair share, so it is served however many addresses fill the budget; a body
 * already read whole (parsing, being answered) is never cut.
 * A body that does not fit is answered 503 `server-busy` with `Retry-After`, as a full parse queue is.
 */
export class BodyBudget {
  private held = 0;
  private readonly heldBy = new Map<string, number>();
  /** Bodies still being read, by client: the ones a client under its fair share may have cut. */
  private readonly reading = new Map<string, Set<ReadingBody>>();
  /**
   * Clients by the bytes they hold, the most first (`[bytes, client]`, a binary heap). An entry is
   * pushed whenever a client's bytes change and dropped when it comes to the top stale, so finding
   * the client to cut is logarithmic: a scan of every client, 20,000 holding a byte share each,
   * took 0.7 ms for each tiny body refused.
   */
  private heap: [number, string][] = [];
  constructor(
    readonly capacity: number,
    readonly perClient: number,
  ) {}

  /**
   * Takes `bytes` for `body`'s client (`clientOf`), cutting bodies of a client over its fair share
   * when the budget is full (see the class), or takes nothing and says which budget is full: the
   * whole one, or the client's share.
   */
  take(bytes: number, body: ReadingBody): "taken" | "full" | "client-full" {
    const { client } = body;
    const mine = this.heldBy.get(client) ?? 0;
    if (mine + bytes > this.perClient) return "client-full";
    while (this.held + bytes > this.capacity) {
      const over = this.bodyOverItsShare(client, mine + bytes);
      if (over === null) return "full";
      over.cut();
    }
    this.held += bytes;
    this.hold(client, mine + bytes);
    return "taken";
  }

  give(bytes: number, client: string): void {
    if (bytes === 0) return;
    this.held -= bytes;
    this.hold(client, (this.heldBy.get(client) ?? 0) - bytes);
  }

  /** `body` is being read (until `done`): it may be cut for a client under its fair share. */
  reads(body: ReadingBody): void {
    const bodies = this.reading.get(body.client);
    if (bodies === undefined) this.reading.set(body.client, new Set([body]));
    else bodies.add(body);
  }

  done(body: ReadingBody): void {
    const bodies = this.reading.get(body.client);
    if (bodies?.delete(body) && bodies.size === 0) this.reading.delete(body.client);
  }

  private hold(client: string, bytes: number): void {
    if (bytes > 0) this.heldBy.set(client, bytes);
    else this.heldBy.delete(client);
    if (bytes <= 0) return;
    // Stale entries are dropped at the top; past twice the clients, the heap is made again.
    if (this.heap.length > 2 * this.heldBy.size + 64) {
      this.heap = [];
      for (const [other, held] of this.heldBy) this.push(held, other);
    } else this.push(bytes, client);
  }

  /**
   * The body to cut for `client`, which would then hold `wanted` bytes: none when that is over its
   * fair share, else the largest body still being read of the client holding the most among those
   * with one, when that client holds more than the fair share.
   */
  private bodyOverItsShare(client: string, wanted: number): ReadingBody | null {
    const fair = this.capacity / (this.heldBy.size + (this.heldBy.has(client) ? 0 : 1));
    if (wanted > fair) return null;
    const aside: [number, string][] = [];
    let largest: ReadingBody | null = null;
    while (this.heap.length > 0 && largest === null) {
      const [bytes, other] = this.heap[0]!;
      if (bytes <= fair) break;
      this.pop();
      // Stale (the client's bytes changed since): a newer entry stands for it.
      if (this.heldBy.get(other) !== bytes) continue;
      aside.push([bytes, other]);
      if (other === client) continue;
      for (const body of this.reading.get(other) ?? []) {
        if (body.taken > 0 && (largest === null || body.taken > largest.taken)) largest = body;
      }
    }
    // Clients passed over (no body being read, or the asking one) keep their place.
    for (const [bytes, other] of aside) this.push(bytes, other);
    return largest;
  }

  private push(bytes: number, client: string): void {
    const heap = this.heap;
    heap.push([bytes, client]);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]![0] >= bytes) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let top = at;
      if (left < heap.length && heap[left]![0] > heap[top]![0]) top = left;
      if (right < heap.length && heap[right]![0] > heap[top]![0]) top = right;
      if (top === at) return;
      [heap[top], heap[at]] = [heap[at]!, heap[top]!];
      at = top;
    }
  }
}

/** A body being read, as the budget sees it: whose, the bytes it holds, and how to cut it. */
export interface ReadingBody {
  readonly client: string;
  readonly taken: number;
  /** Refuses the body (503), gives its bytes back and closes its connection once answered. */
  cut(): void;
}

/**
 * Who a connection's client is, for its share of the budget: its IPv4 address, or the /64 network
 * of its IPv6 address (one subscriber's allocation: an address per connection costs such a client
 * nothing). An IPv4 address mapped into IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
 */
export function clientOf(address: string | undefined): string {
  if (address === undefined) return "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("::");
  const groups = head === "" ? [] : head.split(":");
  if (tail !== undefined) {
    const after = tail === "" ? [] : tail.split(":");
    groups.push(...Array<string>(Math.max(0, 8 - groups.length - after.length)).fill("0"), ...after);
  }
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/** Why a request's body was not read whole: the app answers it before any route runs (`ApiDeps.refusal`). */
export interface RefusedBody {
  bodyRefused?: "budget" | "client-share" | "fair-share" | "too-slow" | "cut-short";
  /** The bytes that came of a body refused `cut-short`, for its answer. */
  bodyReceived?: number;
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
 * - A body takes from `budget` as its bytes arrive, never for the length it declares (eight clients
 *   that declared 2 MB and sent a byte a second held the whole budget), and from its client's
 *   share. A body that does not fit is refused (`bodyRefused`), what was kept of it is given back,
 *   and the rest is drained like a body over the limit; so is a body the budget cuts while it is
 *   read, for a client under its fair share (`fair-share`).
 * - A body that brings fewer than `pace.minRate` bytes a second over a window of `pace.windowMs`
 *   is refused `too-slow` and its connection closed once answered (408): a client that sent all
 *   but the last byte and stalled held its bytes until `REQUEST_TIMEOUT_MS`.
 * - A body whose connection ends or fails before its framing is whole (a chunked body without its
 *   last chunk, fewer bytes than its `Content-Length`) is refused `cut-short` (400): Node's parser
 *   answers the client itself, but the request was handed on with the bytes that had come, which
 *   the app would have parsed, and stored, as if they were the file.
 *
 * The bytes a body holds go back to the budget when its response is sent (or the connection closes).
 * Resolves once the app may answer.
 */
export function readBody(
  incoming: IncomingMessage & RefusedBody,
  outgoing: ServerResponse,
  limit: number,
  budget: BodyBudget,
  pace: BodyPace,
): Promise<void> {
  if (incoming.method === "GET" || incoming.method === "HEAD") return Promise.resolve();
  const drainLimit = DRAIN_FACTOR * limit;
  const declared = Number(incoming.headers["content-length"] ?? Number.NaN);
  if (declared > drainLimit) {
    outgoing.shouldKeepAlive = false;
    return Promise.resolve();
  }
  const client = clientOf(incoming.socket.remoteAddress);
  let taken = 0;
  outgoing.once("close", () => budget.give(taken, client));
  const refuse = (why: NonNullable<RefusedBody["bodyRefused"]>) => {
    incoming.bodyRefused = why;
    outgoing.shouldKeepAlive = false;
    budget.give(taken, client);
    taken = 0;
  };
  return new Promise<void>((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let received = 0;
    let answered = false;
    let sinceCheck = 0;
    const body: ReadingBody = {
      client,
      get taken() {
        return taken;
      },
      cut: () => {
        refuse("fair-share");
        chunks.length = 0;
        answer();
      },
    };
    budget.reads(body);
    const answer = () => {
      if (answered) return;
      answered = true;
      budget.done(body);
      clearInterval(pacer);
      if (incoming.bodyRefused === undefined) {
        (incoming as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks, kept);
      }
      resolve();
    };
    const pacer = setInterval(() => {
      if (belowPace(sinceCheck, pace)) {
        refuse("too-slow");
        chunks.length = 0;
        answer();
      }
      sinceCheck = 0;
    }, pace.windowMs);
    incoming.on("data", (chunk: Buffer) => {
      received += chunk.length;
      sinceCheck += chunk.length;
      if (incoming.bodyRefused === undefined && kept <= limit) {
        const take = Math.min(chunk.length, limit + 1 - kept);
        const took = budget.take(take, body);
        if (took === "taken") {
          taken += take;
          chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
          kept += take;
          // Over the limit: the app can answer 413 now; the rest is only drained.
          if (kept > limit) answer();
        } else {
          refuse(took === "full" ? "budget" : "client-share");
          chunks.length = 0;
          answer();
        }
      }
      if (received > drainLimit) {
        outgoing.shouldKeepAlive = false;
        incoming.socket.destroySoon();
      }
    });
    incoming.once("end", answer);
    // A client that goes away mid-body: the app answers into a closed socket, which is harmless,
    // and never with the part that came (`complete` is Node's: the message's framing was whole).
    const cut = () => {
      if (!incoming.complete && incoming.bodyRefused === undefined) {
        refuse("cut-short");
        incoming.bodyReceived = received;
        chunks.length = 0;
      }
      answer();
    };
    incoming.once("error", cut);
    incoming.once("close", cut);
  });
}
