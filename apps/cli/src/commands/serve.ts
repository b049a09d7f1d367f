import { stat } from "node:fs/promises";
import { type Command, InvalidArgumentError } from "commander";
import { checkDatabaseFile, databaseError } from "../database-file.js";
import { UsageError } from "../exit-codes.js";
import { listenError } from "../listen-error.js";

const EXAMPLES = `
Writes (POST /v1/articles) need API_TOKEN set in the environment and sent as a bearer token;
reads need none. BODY_LIMIT (bytes) raises the 2 MB request limit; CORS_ORIGINS, PARSE_TIME_LIMIT_MS,
PARSE_WORKERS, REQUEST_TIMEOUT_MS and the other settings are in docs/api.md.

Examples:
  $ caixun ingest corpus --db caixun.db && caixun serve --db caixun.db
  $ curl 'http://127.0.0.1:8787/v1/articles?q=太保&limit=5'
  $ API_TOKEN=secret caixun serve --db caixun.db --port 9000 --host 0.0.0.0`;

interface ServeOptions {
  db: string;
  port: number;
  host: string;
}

const DEFAULT_PORT = 8787;
const DEFAULT_HOST = "127.0.0.1";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port from 0 to 65535");
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the caixun HTTP API over a SQLite database made by `caixun ingest`")
    .requiredOption("--db <file>", "SQLite database written by caixun ingest")
    .option("-p, --port <n>", "port (0 picks a free one)", port, DEFAULT_PORT)
    .option("--host <host>", "address to listen on", DEFAULT_HOST)
    .addHelpText("after", EXAMPLES)
    .action(async (options: ServeOptions) => {
      // A mistyped path would otherwise start an empty API on a new file.
      if ((await stat(options.db).catch(() => null))?.isFile() !== true) {
        throw new UsageError(
          `no database at ${options.db}; create it with caixun ingest <inputs...> --db ${options.db}`,
        );
      }
      await checkDatabaseFile("--db", options.db);
      // Loaded here, not at the top: every other command would otherwise pay for the server's start-up.
      const { InvalidSettingError, startServer } = await import("@caixun/api/node");
      const server = await startServer({ db: options.db, port: options.port, host: options.host }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error instanceof InvalidSettingError) throw new UsageError(error.message);
          const refused = databaseError("--db", options.db, error);
          if (refused !== error) throw refused;
          return listenError(options.host, options.port)(error);
        },
      );
      process.stderr.write(`caixun: API at ${server.url}/ (docs at ${server.url}/docs; Ctrl-C to stop)\n`);
      const signal = await new Promise<NodeJS.Signals>((stop) => {
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      // Requests in flight are answered (for up to SHUTDOWN_GRACE_MS); a second signal stops at once.
      process.stderr.write(`caixun: ${signal}: finishing requests in flight (again to stop at once)\n`);
      const now = () => process.exit(130);
      process.once("SIGINT", now);
      process.once("SIGTERM", now);
      await server.close();
    });
}
