import { type ApiSettings, positiveWholeNumber } from "./deps.js";
import { ProblemError } from "./problem.js";

/**
 * The pace a request body must keep while it is read: at least `minRate` bytes a second over every
 * window of `windowMs` (`BODY_MIN_RATE`, `BODY_RATE_WINDOW_MS`). A client that sent all but the
 * last byte of its body and stalled, or went on a byte a second, held what it had sent until the
 * request timed out (30 s): a few such clients held the Node server's whole body budget.
 */
export interface BodyPace {
  minRate: number;
  windowMs: number;
}

/** 1 KB a second over 5 s: what a stalled or trickling client fails and any upload link passes. */
export const DEFAULT_BODY_PACE: BodyPace = { minRate: 1024, windowMs: 5000 };

/** BODY_MIN_RATE and BODY_RATE_WINDOW_MS, or the defaults where unset. */
export function bodyPaceFrom(settings: ApiSettings): BodyPace {
  return {
    minRate: positiveWholeNumber(
      { ...settings },
      "BODY_MIN_RATE",
      DEFAULT_BODY_PACE.minRate,
      "bytes a second",
    ),
    windowMs: positiveWholeNumber(
      { ...settings },
      "BODY_RATE_WINDOW_MS",
      DEFAULT_BODY_PACE.windowMs,
      "milliseconds",
    ),
  };
}

/**
 * A body stream the runtime failed mid-read (the connection reset): the request's fault, a 400,
 * never logged as the server's `internal-error`.
 */
function unreadable(error: unknown): never {
  throw new ProblemError("bad-request", `the body could not be read: ${(error as Error).message}`);
}

/** The 408 of a body slower than `pace`. */
export function tooSlow(pace: BodyPace): ProblemError {
  return new ProblemError(
    "request-timeout",
    `the body came slower than BODY_MIN_RATE (${pace.minRate} bytes a second over ${pace.windowMs} ms)`,
  );
}

/**
 * The 400 of a body that ended before the `Content-Length` its request declared, or (`declared`
 * unknown) before its chunked framing was whole: an upload cut short (the client gone, a proxy's
 * reset) is not the file, and was parsed, and stored, as if it were.
 */
export function cutShort(received: number, declared?: number): ProblemError {
  return new ProblemError(
    "bad-request",
    declared === undefined
      ? `the body's connection ended after ${received} bytes, before its framing was whole; send it whole`
      : `the body ended after ${received} of the ${declared} bytes its Content-Length declares; send it whole`,
  );
}

/** Whether `bytes` arrived within one window are too few for `pace`. */
export function belowPace(bytes: number, pace: BodyPace): boolean {
  return bytes * 1000 < pace.minRate * pace.windowMs;
}

/**
 * A body read whole at `pace` (the Worker's: workerd hands the body over as the client sends it),
 * up to `limit + 1` bytes, enough to tell it is over the limit (the rest is not read). Rejects with
 * `tooSlow` when a window brings too few bytes.
 */
export async function readAtPace(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  pace: BodyPace,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  let inWindow = 0;
  // Set at once: a promise runs its executor before the constructor returns.
  let timer!: ReturnType<typeof setInterval>;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (belowPace(inWindow, pace)) reject(tooSlow(pace));
      inWindow = 0;
    }, pace.windowMs);
  });
  try {
    while (size <= limit) {
      const { done, value } = await Promise.race([reader.read().catch(unreadable), stalled]);
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      inWindow += value.byteLength;
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearInterval(timer);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}
