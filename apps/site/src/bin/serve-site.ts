import { parseArgs } from "node:util";
import { serveSite } from "../serve/serve-site.js";

/** `tsx src/bin/serve-site.ts [dir] --port N`: preview a built site without the CLI. */
const { values, positionals } = parseArgs({
  options: { port: { type: "string", default: "4173" }, host: { type: "string", default: "127.0.0.1" } },
  allowPositionals: true,
});
const server = await serveSite({
  dir: positionals[0] ?? "dist-site",
  port: Number(values.port),
  host: values.host,
});
process.stdout.write(`serving ${positionals[0] ?? "dist-site"} at ${server.url}/ (Ctrl-C to stop)\n`);
