import { spawn } from "node:child_process";
import {
  createReadStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSpecialStream, ReadAbortedError, readFileBounded, readStreamBounded } from "../dist/index.js";
import { mkfifo } from "./helpers/tree.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "caixun-inputs-read-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("readFileBounded", () => {
  it("reads a /proc file whose stat size is 0 to its end", async () => {
    expect(statSync("/proc/version").size).toBe(0);
    const read = readFileBounded("/proc/version");
    expect(read).toEqual({ tooLarge: false, bytes: new Uint8Array(readFileSync("/proc/version")) });
    if (!read.tooLarge) expect(Buffer.from(read.bytes).toString("utf8")).toMatch(/^Linux version /);
  });

  it("reads a file of exactly the limit, and calls one byte more too large, with its real size", async () => {
    const path = join(work, "sized");
    writeFileSync(path, "x".repeat(1000));
    expect(readFileBounded(path, 1000)).toEqual({
      tooLarge: false,
      bytes: new Uint8Array(Buffer.from("x".repeat(1000))),
    });
    expect(readFileBounded(path, 999)).toEqual({ tooLarge: true, size: 1000 });
  });

  it("reads no more than the limit of a huge sparse file", async () => {
    const path = join(work, "huge");
    writeFileSync(path, "");
    truncateSync(path, 2 ** 40);
    expect(readFileBounded(path, 4096)).toEqual({ tooLarge: true, size: 2 ** 40 });
  });

  it("refuses a FIFO put where a file was, at once, instead of waiting for a writer", async () => {
    const fifo = join(work, "swapped");
    mkfifo(fifo);
    expect(() => readFileBounded(fifo)).toThrow(`${fifo} is not a regular file`);
  });
});

describe("readStreamBounded", () => {
  it("reads /dev/zero to the limit and stops there", async () => {
    expect(await readStreamBounded(createReadStream("/dev/zero"), undefined, 100_000)).toEqual({
      tooLarge: true,
      size: null,
    });
  });

  it("reads a FIFO once a writer comes, to the writer's end", async () => {
    const fifo = join(work, "fifo-with-writer");
    mkfifo(fifo);
    const reading = openSpecialStream(fifo).then((stream) => readStreamBounded(stream));
    const writer = spawn("sh", ["-c", `sleep 0.2; printf '标题\\n\\n正文。' > '${fifo}'`]);
    const read = await reading;
    expect(read.tooLarge).toBe(false);
    if (!read.tooLarge) expect(Buffer.from(read.bytes).toString("utf8")).toBe("标题\n\n正文。");
    expect(await new Promise((resolve) => writer.once("exit", resolve))).toBe(0);
  });

  it("stops waiting on a FIFO nobody writes to when the signal fires", async () => {
    const fifo = join(work, "fifo-without-writer");
    mkfifo(fifo);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    const stream = await openSpecialStream(fifo);
    await expect(readStreamBounded(stream, controller.signal)).rejects.toBeInstanceOf(ReadAbortedError);
    // A hang guard: the abort comes at 200 ms; a read that missed it would wait for a writer for good.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
