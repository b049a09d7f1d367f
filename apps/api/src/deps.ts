import type { SecurityDictionary } from "@caixun/core";
import type { ParseOutcome } from "@caixun/inputs/policy";
import type { ArticleStore } from "@caixun/store";
import type { Context } from "hono";
import type { BodyPace } from "./body-pace.js";
import type { ProblemError } from "./problem.js";

/** Request bodies larger than this are refused with 413 unless configured otherwise. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Records one request may give unless configured otherwise: the Articles and record problems of all
 * its inputs. A body within the limit can still be tens of thousands of tiny records (2 MB of
 * `{"title":"a","content":"b"}` lines gave 75,000 Articles, a 40 MB answer and 800 MB of memory, and
 * storing 55,000 held the Node server's thread for over five minutes); real dumps within the body
 * limit hold hundreds.
 */
export const DEFAULT_RECORD_LIMIT = 1000;

/** One input file as a client sent it. */
export interface RawInput {
  content: string | Uint8Array;
  filename: string | undefined;
}

/** The records a request may still give (`RECORD_LIMIT`), shared by the parses of its inputs. */
export interface RecordBudget {
  left: number;
}

/**
 * Parses one input under the shared input policy (`parseOutcomes` of `@caixun/inputs/policy`).
 * Each runtime brings its own: on Node the parse runs in a worker thread with a time limit, on
 * Workers in the request's isolate. It rejects with a `ProblemError` when the server will not
 * finish the parse (time or memory limit, busy). It reads no more than `records.left + 1` records
 * (none once the budget is below 0: the request is over its limit already; the one over tells that
 * it is) and takes what it gives from `records`.
 */
export type Parser = (input: RawInput, records: RecordBudget) => Promise<ParseOutcome[]>;

/**
 * The first outcomes of an input that `records` allows (`Parser`), taken from it. Reading stops
 * there: core's records are parsed as they are asked for, so what is past the limit costs nothing.
 */
export function takeRecords(outcomes: Iterable<ParseOutcome>, records: RecordBudget): ParseOutcome[] {
  const taken: ParseOutcome[] = [];
  if (records.left < 0) return taken;
  for (const outcome of outcomes) {
    taken.push(outcome);
    if (taken.length > records.left) break;
  }
  records.left -= taken.length;
  return taken;
}

/** What the app needs from its runtime; each adapter (Workers, Node) builds one. */
export interface ApiDeps {
  store: ArticleStore;
  /** Bearer token that authorises writes; writes are refused while it is unset. */
  token: string | undefined;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /**
   * The pace the app reads a body at before any route (the Worker's: workerd hands the body over as
   * it arrives). Unset where the runtime has read the body already at that pace (the Node server).
   */
  bodyPace?: BodyPace;
  /** Most records (Articles and record problems) one request may give; past it 413 `body-too-large`. */
  recordLimit: number;
  parse: Parser;
  /** The securities dictionary, loaded on the first call (parses without one when it resolves to null). */
  securities: () => Promise<SecurityDictionary | null>;
  /** Origins allowed to read the API from a browser: `*`, a list, or none (no CORS headers). */
  corsOrigins: CorsOrigins;
  /**
   * A runtime's reason to refuse a request before any route runs, answered as a problem (the Node
   * server: a body that did not fit its memory budget).
   */
  refusal?: (c: Context) => ProblemError | undefined;
}

export type CorsOrigins = "*" | readonly string[];

/** Loads once, on first use; a failed load is tried again on the next call. */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export type AppEnv = { Variables: { deps: ApiDeps } };

/** Settings that both runtimes read from their environment (Worker vars/secrets, process env). */
export interface ApiSettings {
  API_TOKEN?: string;
  /** Body limit in bytes. */
  BODY_LIMIT?: string;
  /** Most records one request may give (the Articles and record problems of all its inputs). */
  RECORD_LIMIT?: string;
  /** `*`, or origins separated by commas (`https://a.example,https://b.example`); unset: no CORS. */
  CORS_ORIGINS?: string;
  /**
   * Bytes a second a request body must arrive at, over every window of BODY_RATE_WINDOW_MS; a body
   * slower than that is answered 408 `request-timeout` (on Node its connection is closed).
   */
  BODY_MIN_RATE?: string;
  /** The window over which BODY_MIN_RATE is measured, in milliseconds. */
  BODY_RATE_WINDOW_MS?: string;
}

/** A setting with a value the API cannot use: a deployment mistake, reported rather than guessed around. */
export class InvalidSettingError extends Error {
  override readonly name = "InvalidSettingError";
}

/** A whole, positive number setting, or `fallback` when it is unset or empty. */
export function positiveWholeNumber(
  settings: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  unit = "",
): number {
  const raw = settings[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidSettingError(
      `${name} must be a whole number${unit ? ` of ${unit}` : ""} above 0, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** BODY_LIMIT in bytes, or the default when it is unset. */
export function bodyLimitFrom(settings: ApiSettings): number {
  return positiveWholeNumber({ ...settings }, "BODY_LIMIT", DEFAULT_BODY_LIMIT, "bytes");
}

/** RECORD_LIMIT, or the default when it is unset. */
export function recordLimitFrom(settings: ApiSettings): number {
  return positiveWholeNumber({ ...settings }, "RECORD_LIMIT", DEFAULT_RECORD_LIMIT, "records");
}

/** CORS_ORIGINS as `*` or a list of origins (`scheme://host[:port]`, no path). */
export function corsOriginsFrom(settings: ApiSettings): CorsOrigins {
  const raw = (settings.CORS_ORIGINS ?? "").trim();
  if (raw === "") return [];
  if (raw === "*") return "*";
  return raw.split(",").map((entry) => {
    const origin = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // Reported below.
    }
    if (parsed === null || parsed.origin !== origin) {
      throw new InvalidSettingError(
        `CORS_ORIGINS must be * or origins such as https://news.example (scheme, host, port; no path), not ${JSON.stringify(origin)}`,
      );
    }
    return origin;
  });
}
