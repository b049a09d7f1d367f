// Outputs that are no regular file, or cannot be written: a device or a FIFO is written in place
// (a rename over it replaced the device: as root, `-o /dev/full` left a regular file there and the
// run said it had written), a write that fails is one line and exit 1, a folder that cannot be made
// (under /proc) one line and exit 2, never a stack trace or a spin.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, SEEDS } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "caixun-output-targets-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isCharacterDevice = (path: string) => existsSync(path) && lstatSync(path).isCharacterDevice();

describe("output targets that are no regular file", () => {
  it("writes into a FIFO in place, for a reader already waiting, and leaves it a FIFO", async () => {
    const fifo = join(work, "out.jsonl");
    const made = spawn("mkfifo", [fifo]);
    await new Promise((resolve) => made.on("close", resolve));
    // Both as child processes: the reader waits on the FIFO while the CLI writes into it.
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => {
      read += chunk.toString("utf8");
    });
    const readerClosed = new Promise((resolve) => reader.on("close", resolve));
    const cli = spawn(
      process.execPath,
      [BIN, "parse", SEEDS, "-o", fifo, "-q", "--fields", "id", "--jobs", "1"],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const code = await new Promise((resolve) => cli.on("close", resolve));
    await readerClosed;
    expect(code).toBe(0);
    expect(read.trim().split("\n")).toHaveLength(5);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.runIf(isCharacterDevice("/dev/full"))(
    "says in one line that a device refused the write, and leaves the device",
    () => {
      for (const command of [
        ["parse", SEEDS, "-o", "/dev/full", "-q"],
        ["stories", SEEDS, "-o", "/dev/full", "-q"],
        ["learn", SEEDS, "-o", "/dev/full"],
      ]) {
        const result = runCli(command);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          "caixun: cannot write /dev/full: ENOSPC: no space left on device, write\n",
        );
        expect(isCharacterDevice("/dev/full")).toBe(true);
      }
    },
  );

  it("refuses in one line a site or rule pack it cannot make a folder for", () => {
    const site = runCli(["site", "build", SEEDS, "--out", "/proc/caixun-nope/site"]);
    expect(site.code).toBe(2);
    expect(site.stderr).toMatch(/^caixun: cannot write \/proc\/caixun-nope\/site: ENOENT: [^\n]*\n$/);
    const learned = runCli(["learn", SEEDS, "-o", "/proc/caixun-learned.json"]);
    expect(learned.code).toBe(2);
    expect(learned.stderr).toMatch(/^caixun: cannot write \/proc\/caixun-learned\.json: ENOENT: [^\n]*\n$/);
  });

  // A small tmpfs is a full disk; mounting one needs root (skipped elsewhere, with this line).
  const full = join(work, "full");
  mkdirSync(full);
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", full]).status === 0;
  if (!mounted)
    console.warn(
      "output-targets: cannot mount a small tmpfs here (needs root); the full-disk case is skipped",
    );
  afterAll(() => {
    if (mounted) spawnSync("umount", [full]);
  });

  it.runIf(mounted)("builds no site on a full disk: one line, and no staging folder left", () => {
    // Room for the staging folder but not the pages: the write fails mid-build (a stack trace, exit 1).
    const midway = runCli(["site", "build", SEEDS, "--out", join(full, "site"), "-q"]);
    expect(midway.stderr).toBe(
      `caixun: cannot write ${join(full, "site")}: ENOSPC: no space left on device, write\n`,
    );
    expect(midway.code).toBe(1);
    expect(readdirSync(full)).toEqual([]);
    // No room even for the staging folder's marker: the folder it made was left behind.
    writeFileSync(join(full, "filler"), Buffer.alloc(64 * 1024));
    const none = runCli(["site", "build", SEEDS, "--out", join(full, "site"), "-q"]);
    expect(none.stderr).toBe(
      `caixun: cannot write ${join(full, "site")}: ENOSPC: no space left on device, write\n`,
    );
    expect(none.code).toBe(2);
    expect(readdirSync(full)).toEqual(["filler"]);
  });

  // SQLite began the database and its -wal/-shm before the disk refused; they were left behind (session 35).
  it.runIf(mounted)(
    "ingests into no database on a full disk: one line, nothing left that was not there",
    () => {
      rmSync(join(full, "filler"), { force: true });
      const db = join(full, "caixun.db");
      const fresh = runCli(["ingest", SEEDS, "--db", db, "-q"]);
      expect(fresh.stderr).toMatch(
        new RegExp(
          `^caixun: (--db ${db} cannot be used|cannot write ${db}): [^\\n]*\\(SQLITE_[A-Z_]+\\)\\n$`,
        ),
      );
      expect([1, 2]).toContain(fresh.code);
      expect(readdirSync(full)).toEqual([]);
      // An empty file is a new database too: it stays, empty, and nothing is made beside it.
      writeFileSync(db, "");
      const empty = runCli(["ingest", SEEDS, "--db", db, "-q"]);
      expect([1, 2]).toContain(empty.code);
      expect(readdirSync(full)).toEqual(["caixun.db"]);
      expect(statSync(db).size).toBe(0);
      rmSync(db);
    },
  );
});
