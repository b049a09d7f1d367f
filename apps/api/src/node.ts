import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { getRequestListener } from "@hono/node-server";
import { API_DOCUMENT } from "./api-document.generated.js";
import { createApp } from "./app.js";
import { bodyPaceFrom, cutShort, tooSlow } from "./body-pace.js";
import { answerClientErrors, unreadableRequest } from "./client-error.js";
import {
  type ApiDeps,
  type ApiSettings,
  bodyLimitFrom,
  corsOriginsFrom,
  InvalidSettingError,
  lazily,
  positiveWholeNumber,
  recordLimitFrom,
} from "./deps.js";
import { BodyBudget, type RefusedBody, readBody } from "./node-body.js";
import { busy, ParsePool } from "./node-parse-pool.js";
import { documentFiles, registerDocs } from "./routes/docs.js";

export { InvalidSettingError } from "./deps.js";

/** The shipped securities dictionary, imported and built on the first use (the parse workers build their own). */
export const shippedSecurities = lazily(() =>
  import("@caixun/core/securities").then((m) => m.loadSecurities()),
);

/** Settings of the Node server, from the environment like the shared ones (see docs/api.md). */
export interface NodeSettings extends ApiSettings {
  /** Longest a parse may run, in milliseconds of CPU time; past it the request gets 422 `parse-budget-exceeded`. */
  PARSE_TIME_LIMIT_MS?: string;
  /** Parse worker threads. */
  PARSE_WORKERS?: string;
  /** Inputs that may wait for a parse worker; past it, 503 `server-busy` with `Retry-After`. */
  PARSE_QUEUE?: string;
  /** Longest an input waits for a parse worker, in milliseconds; then 503 `server-busy`. */
  PARSE_QUEUE_WAIT_MS?: string;
  /** Heap of each parse worker, in MB. */
  PARSE_MEMORY_MB?: string;
  /** Longest a parse worker may take to start, in milliseconds; one not ready by then is replaced. */
  PARSE_WORKER_START_MS?: string;
  /** Longest a client may take to send a whole request (headers and body), in milliseconds. */
  REQUEST_TIMEOUT_MS?: string;
  /** How long a stopping server lets requests in flight finish, in milliseconds. */
  SHUTDOWN_GRACE_MS?: string;
  /** Bytes of request bodies held at once over all requests; a body past it is a 503 `server-busy`. */
  BODY_BUDGET?: string;
  /**
   * Bytes of request bodies one client (an IPv4 address, an IPv6 /64) holds at once; a body past it
   * is a 503 `server-busy`. Behind a reverse proxy every client has the proxy's address: set it to
   * BODY_BUDGET there, and limit clients at the proxy.
   */
  BODY_BUDGET_PER_CLIENT?: string;
  /**
   * A connection with nothing sent or received for this long is closed, in milliseconds: an idle
   * keep-alive connection, or a client that stops reading its answer.
   */
  IDLE_TIMEOUT_MS?: string;
}

export const NODE_DEFAULTS = {
  PARSE_TIME_LIMIT_MS: 10_000,
  PARSE_WORKERS: Math.max(1, Math.min(4, availableParallelism())),
  PARSE_QUEUE: 256,
  PARSE_QUEUE_WAIT_MS: 10_000,
  PARSE_MEMORY_MB: 1024,
  // A worker loads core and parses a warm-up input: about a second on an idle core, this many times over on a busy one.
  PARSE_WORKER_START_MS: 30_000,
  REQUEST_TIMEOUT_MS: 30_000,
  SHUTDOWN_GRACE_MS: 10_000,
  IDLE_TIMEOUT_MS: 60_000,
} as const;

/**
 * BODY_BUDGET by default: this many bodies of the largest size at once (16 MB with the default limit).
 * A 2 MB body costs the server ~40 MB while it is parsed (its text, the Article, the worker's copies),
 * so 8 of them keep the server near 500 MB.
 */
const BODY_BUDGET_FACTOR = 8;

/**
 * BODY_BUDGET_PER_CLIENT by default: this many bodies of the largest size from one client at once
 * (4 MB with the default limit): four clients at least to fill the default budget.
 */
const BODY_CLIENT_SHARE_FACTOR = 2;

/** Headers must arrive within this (or the request timeout, when shorter). */
const HEADERS_TIMEOUT_MS = 10_000;

export interface NodeServerOptions {
  /** SQLite file; created and migrated when needed. */
  db: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Defaults to the process environment (API_TOKEN, BODY_LIMIT, CORS_ORIGINS, PARSE_… ). */
  settings?: NodeSettings;
}

export interface RunningServer {
  url: string;
  /**
   * Stops gracefully: no new connections, idle ones closed, requests in flight answered (with
   * `Connection: close`) for up to SHUTDOWN_GRACE_MS, then every connection closed, the parse
   * workers stopped and the database closed.
   */
  close(): Promise<void>;
}

/**
 * The API on Node: the Hono app over a better-sqlite3 file, parsing in worker threads with a time
 * and memory limit, so that no request can stall the server's own thread.
 */
export async function startServer(options: NodeServerOptions): Promise<RunningServer> {
  const settings: Record<string, string | undefined> = { ...(options.settings ?? process.env) };
  const setting = (name: keyof typeof NODE_DEFAULTS, unit: string) =>
    positiveWholeNumber(settings, name, NODE_DEFAULTS[name], unit);
  const bodyLimit = bodyLimitFrom(settings);
  const bodyBudget = new BodyBudget(
    positiveWholeNumber(settings, "BODY_BUDGET", BODY_BUDGET_FACTOR * bodyLimit, "bytes"),
    positiveWholeNumber(settings, "BODY_BUDGET_PER_CLIENT", BODY_CLIENT_SHARE_FACTOR * bodyLimit, "bytes"),
  );
  for (const [name, bytes] of [
    ["BODY_BUDGET", bodyBudget.capacity],
    ["BODY_BUDGET_PER_CLIENT", bodyBudget.perClient],
  ] as const) {
    if (bytes < bodyLimit) {
      throw new InvalidSettingError(
        `${name} (${bytes} bytes) must be at least BODY_LIMIT (${bodyLimit} bytes), or no body of the largest size could be read`,
      );
    }
  }
  const pace = bodyPaceFrom(settings);
  const corsOrigins = corsOriginsFrom(settings);
  const requestTimeout = setting("REQUEST_TIMEOUT_MS", "milliseconds");
  const grace = setting("SHUTDOWN_GRACE_MS", "milliseconds");
  const idleTimeout = setting("IDLE_TIMEOUT_MS", "milliseconds");
  const poolOptions = {
    workers: setting("PARSE_WORKERS", "threads"),
    timeLimitMs: setting("PARSE_TIME_LIMIT_MS", "milliseconds"),
    queueLimit: setting("PARSE_QUEUE", "inputs"),
    queueWaitMs: setting("PARSE_QUEUE_WAIT_MS", "milliseconds"),
    memoryLimitMb: setting("PARSE_MEMORY_MB", "MB"),
    startLimitMs: setting("PARSE_WORKER_START_MS", "milliseconds"),
  };

  const db = openSqlite(options.db);
  const pool = new ParsePool(poolOptions);
  const deps: ApiDeps = {
    store: sqliteArticleStore(db),
    token: settings.API_TOKEN,
    bodyLimit,
    recordLimit: recordLimitFrom(settings),
    parse: pool.parse,
    securities: shippedSecurities,
    corsOrigins,
    refusal: (c) => {
      const incoming = (c.env as { incoming?: RefusedBody } | undefined)?.incoming;
      switch (incoming?.bodyRefused) {
        case "budget":
          return busy(
            `the request bodies in flight fill the server's BODY_BUDGET (${bodyBudget.capacity} bytes)`,
          );
        case "client-share":
          return busy(
            `the request bodies this client has in flight fill its BODY_BUDGET_PER_CLIENT (${bodyBudget.perClient} bytes)`,
          );
        case "fair-share":
          return busy(
            `this body was cut to make room for other clients: this client held more than its fair share of the server's BODY_BUDGET (${bodyBudget.capacity} bytes, shared by the clients sending bodies)`,
          );
        case "too-slow":
          return tooSlow(pace);
        case "cut-short":
          return cutShort(incoming?.bodyReceived ?? 0);
        default:
          return undefined;
      }
    },
  };
  const app = createApp(() => deps);
  registerDocs(app, documentFiles(API_DOCUMENT));
  const listener = getRequestListener(app.fetch, {
    autoCleanupIncoming: false,
    errorHandler: unreadableRequest,
  });
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeout),
      // How often Node checks those two timeouts (30 s by default, which would double a 30 s limit).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, requestTimeout / 4)),
      // Node's own 400 for an HTTP/1.1 request without Host has no body; the adapter refuses such a
      // request too, and `unreadableRequest` answers it with a problem.
      requireHostHeader: false,
    },
    (incoming: IncomingMessage, outgoing: ServerResponse) => {
      // While stopping, answer what arrives but let the client know the connection will not be kept.
      if (stopping) outgoing.shouldKeepAlive = false;
      inFlight.add(outgoing);
      outgoing.once("close", () => inFlight.delete(outgoing));
      // A response that began before the server was stopping may have promised keep-alive: once it
      // is handed to the OS, end its connection (FIN after the pending bytes, never a cut).
      const socket = incoming.socket;
      // A request being answered is not idle: the idle-socket timer cut requests that waited for a
      // parse worker (a network error for the client). What it waits for is bounded by the parse
      // limits; the timer runs again once the answer is handed to Node.
      socket.setTimeout(0);
      outgoing.once("finish", () => {
        if (stopping) socket.end();
        else socket.setTimeout(idleTimeout);
      });
      void readBody(incoming, outgoing, bodyLimit, bodyBudget, pace)
        .then(() => listener(incoming, outgoing))
        .then(() => {
          // The answer is handed to Node: a client that does not read it is idle like any other.
          // Without this, one that never read a 40 MB answer held it, and its connection, for good.
          if (!outgoing.writableFinished) socket.setTimeout(idleTimeout);
        });
    },
  );
  server.setTimeout(idleTimeout);
  answerClientErrors(server);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await pool.close();
    db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () => {
      closing ??= (async () => {
        stopping = true;
        for (const outgoing of inFlight) if (!outgoing.headersSent) outgoing.shouldKeepAlive = false;
        // Requests in flight (parsing or waiting for a worker) have the grace to finish.
        await stopListening(server, grace, () => pool.close());
        await pool.close();
        db.close();
      })();
      return closing;
    },
  };
}

/** How long the answers given at the end of the grace (503 for parses stopped) have to be written. */
const LAST_ANSWERS_MS = 1000;

/**
 * Stops accepting and closes the idle connections; busy ones end after their response (see the
 * request handler). After `grace`, `atGrace` stops what still runs (the parses in flight, answered
 * 503), and a moment later the connections still busy are cut: a client whose parse outlived the
 * grace gets an answer, not a reset.
 */
function stopListening(server: Server, grace: number, atGrace: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    let cut: NodeJS.Timeout | undefined;
    const graceOver = setTimeout(() => {
      void atGrace();
      cut = setTimeout(() => server.closeAllConnections(), LAST_ANSWERS_MS);
    }, grace);
    server.close(() => {
      clearTimeout(graceOver);
      clearTimeout(cut);
      resolve();
    });
  });
}
