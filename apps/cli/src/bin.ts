#!/usr/bin/env node
// First: V8's flags are set before any other module of ours is evaluated (v8-flags.ts).
import "./v8-flags.js";
import { run } from "./program.js";

// A reader that goes away (`caixun --help | head -3`) is not an error of ours: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv);
