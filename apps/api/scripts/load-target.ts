/** The server a load script (`mixed-load.ts`, `hostile-ingest.ts`) drives, started the same way for each. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../test/node/built-server.js";

export interface LoadTarget {
  /** The server's address, without a trailing slash. */
  base: string;
  /** Stops the server this started and removes its database (nothing for a server already running). */
  stop(): Promise<void>;
}

/**
 * A server already running at `url` (the Worker in workerd, say), or the built Node server over a temporary SQLite
 * file, started here with `token` as its write token; `name` names the temporary folder (`caixun-<name>-…`).
 */
export async function loadTarget(url: string | undefined, token: string, name: string): Promise<LoadTarget> {
  if (url) return { base: url.replace(/\/$/, ""), stop: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), `caixun-${name}-`));
  const server = await startServer({
    db: join(dir, "caixun.db"),
    port: 0,
    host: "127.0.0.1",
    settings: { API_TOKEN: token },
  });
  return {
    base: server.url,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
