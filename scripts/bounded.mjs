#!/usr/bin/env node
/**
 * Runs a turbo command (`scripts/test.sh`: typecheck and test of every package, one task at a time) and stops it
 * when one task runs past its bound, naming the task and the test files it had not finished — CI red with a reason,
 * not CI timed out with none. Session 55's CI ran past its 5,400 s on one stalled property (a synchronous
 * fast-check shrink that vitest's test timeout cannot interrupt); the whole run went with it, and its log said
 * nothing of where it hung.
 *
 * `node scripts/bounded.mjs <seconds> <command> [args…]`: the output passes through unchanged. A task is known by
 * turbo's prefix (`@caixun/core:test: …`), its folder by pnpm's banner (`> @caixun/core@0.1.0 test /path`), and a
 * file as finished by vitest's line for it (`✓ test/x.test.ts (12 tests) 40ms`, `×`, `❯`, `↓`). On an overrun the
 * command's process group is stopped (TERM, then KILL) and the exit status is 124, as `timeout`'s.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const [limitArgument, command, ...args] = process.argv.slice(2);
const limitSeconds = Number(limitArgument);
if (!(limitSeconds > 0) || command === undefined) {
  process.stderr.write("usage: node scripts/bounded.mjs <seconds per task> <command> [args…]\n");
  process.exit(2);
}

// A colour code (`ESC[1;32m`), removed before a line is read.
const COLOUR = /\x1b\[[0-9;]{0,20}m/g;
// turbo's prefix of each line of a task; a package's name and a task's name are short words.
const TASK = /^(@?[\w.-]{1,80}(?:\/[\w.-]{1,80})?:[\w:-]{1,40}): ?(.{0,4000})$/;
// pnpm's banner of a script: `> @caixun/core@0.1.0 test /work/caixun/packages/core`.
const BANNER = /^> \S{1,200} \S{1,80} (\/.{1,1000})$/;
// vitest's line for a file once it has run (passed, failed, or skipped).
const FILE_DONE = /^ {0,4}[✓×❯↓] (\S{1,500}\.test\.[cm]?[jt]sx?)\b/;

/** The task running now (tasks run one at a time: `--concurrency=1`). */
let task;
let pending = "";

const child = spawn(command, args, { detached: true, stdio: ["inherit", "pipe", "pipe"] });
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString("utf8");
  const lines = pending.split("\n");
  pending = lines.pop() ?? "";
  // A line without an end (a progress bar) is kept only to a bound: it is not one this reads.
  if (pending.length > 8000) pending = "";
  for (const line of lines) observe(line.replace(COLOUR, ""));
});
child.stderr.pipe(process.stderr);

function observe(line) {
  const match = TASK.exec(line);
  if (match === null) return;
  const [, name, rest] = match;
  if (task?.name !== name) task = { name, started: Date.now(), folder: undefined, done: new Set() };
  const banner = BANNER.exec(rest);
  if (banner !== null && task.folder === undefined) task.folder = banner[1];
  const file = FILE_DONE.exec(rest);
  if (file !== null) task.done.add(file[1]);
}

/** The test files of a package's folder (not its dependencies' nor its build's), relative to it. */
function testFiles(folder, directory = folder, depth = 0) {
  if (depth > 12) return [];
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")
        ? []
        : testFiles(folder, path, depth + 1);
    return /\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [relative(folder, path)] : [];
  });
}

let stopping = false;
function stop(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has ended already.
  }
}

const watch = setInterval(() => {
  if (stopping || task === undefined) return;
  const seconds = Math.round((Date.now() - task.started) / 1000);
  if (seconds <= limitSeconds) return;
  stopping = true;
  const unfinished =
    task.folder === undefined ? [] : testFiles(task.folder).filter((file) => !task.done.has(file));
  process.stderr.write(
    `\nbounded: ${task.name} ran ${seconds} s, past its bound of ${limitSeconds} s per task; stopping the run.\n` +
      (unfinished.length > 0
        ? `bounded: test files of ${task.name} not finished (the stalled one is among them):\n${unfinished
            .map((file) => `  ${file}\n`)
            .join("")}`
        : "") +
      `bounded: ${task.done.size} test files of ${task.name} had finished.\n`,
  );
  stop("SIGTERM");
  setTimeout(() => stop("SIGKILL"), 10_000).unref();
}, 5_000);

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stop(signal);
    process.exit(130);
  });
}

child.on("close", (code, signal) => {
  clearInterval(watch);
  if (stopping) process.exit(124);
  process.exit(code ?? (signal === null ? 1 : 128));
});
