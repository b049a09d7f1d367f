import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { answerClientErrors } from "./client-error.js";
import { type ApiDeps, type ApiSettings, bodyLimitFrom, lazily } from "./deps.js";

export { InvalidSettingError } from "./deps.js";

/** The shipped securities dictionary, imported and built on the first parse. */
export const shippedSecurities = lazily(() =>
  import("@caixun/core/securities").then((m) => m.loadSecurities()),
);

export interface NodeServerOptions {
  /** SQLite file; created and migrated when needed. */
  db: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Defaults to API_TOKEN and BODY_LIMIT from the environment. */
  settings?: ApiSettings;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The API on Node: @hono/node-server over a better-sqlite3 file. */
export async function startServer(options: NodeServerOptions): Promise<RunningServer> {
  const settings = options.settings ?? (process.env as ApiSettings);
  const bodyLimit = bodyLimitFrom(settings);
  const db = openSqlite(options.db);
  const deps: ApiDeps = {
    store: sqliteArticleStore(db),
    token: settings.API_TOKEN,
    bodyLimit,
    securities: shippedSecurities,
  };
  const app = createApp(() => deps);
  const { host } = options;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(started));
    started.once("error", reject);
    answerClientErrors(started as Server);
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          db.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
