import { describe, expect, test } from "vitest";
import { backoffSeconds, DEFAULT_SETTINGS, settingsFrom } from "../../src/settings.js";
import { objectKind, readMessage, taskName } from "../../src/tasks.js";

describe("settings", () => {
  test("vars override defaults by their SCREAMING_SNAKE_CASE names; a bad number is refused", () => {
    expect(settingsFrom({ RANGE_BYTES: "65536", PARSED_PREFIX: "out/" })).toEqual({
      ...DEFAULT_SETTINGS,
      rangeBytes: 65536,
      parsedPrefix: "out/",
    });
    expect(() => settingsFrom({ RETRY_BASE_SECONDS: "soon" })).toThrow(
      /RETRY_BASE_SECONDS must be a whole number/,
    );
  });

  test("retries back off exponentially up to the cap", () => {
    const settings = { ...DEFAULT_SETTINGS, retryBaseSeconds: 30, retryMaxSeconds: 3600 };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((attempt) => backoffSeconds(attempt, settings))).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });
});

describe("messages", () => {
  const own = DEFAULT_SETTINGS;
  const notification = (action: string, key: string) => ({
    account: "a",
    action,
    bucket: "b",
    object: { key, size: 1, eTag: "e" },
    eventTime: "2026-08-01T23:59:59.000Z",
  });

  test("R2 notifications of created objects become tasks of that day's batch", () => {
    for (const action of ["PutObject", "CopyObject", "CompleteMultipartUpload"]) {
      expect(readMessage(notification(action, "raw/a.md"), own)).toEqual({
        type: "work",
        message: { kind: "object", batch: "r2-events-2026-08-01", key: "raw/a.md" },
      });
    }
    expect(readMessage(notification("DeleteObject", "raw/a.md"), own).type).toBe("ignore");
    expect(readMessage(notification("PutObject", "parsed/2026/08/01/x.jsonl"), own).type).toBe("ignore");
    expect(readMessage({ hello: 1 }, own).type).toBe("malformed");
  });

  test("a task of the wrong shape is malformed, named by its field: dead-lettered at once, never read", () => {
    const task = { kind: "object", batch: "b", key: "raw/a.jsonl" };
    for (const [body, field] of [
      [{ ...task, line: "x" }, "line"],
      [{ ...task, line: 0 }, "line"],
      [{ ...task, line: 1.5 }, "line"],
      [{ ...task, origin: 5 }, "origin"],
      [{ ...task, origin: "" }, "origin"],
      [{ ...task, range: { offset: -1, length: 10 } }, "range"],
      [{ ...task, range: { offset: "0", length: 10 } }, "range"],
      [{ ...task, range: { offset: 0, length: 0 } }, "range"],
      [{ ...task, range: { offset: 0, length: 2 ** 60 } }, "range"],
      [{ ...task, range: null }, "range"],
      [{ ...task, range: [0, 10] }, "range"],
      [{ ...task, key: "" }, "key"],
      [{ ...task, key: ["raw/a.md"] }, "key"],
      [{ ...task, batch: "" }, "batch"],
      [{ kind: "list", batch: "b", prefix: 7 }, "prefix"],
      [{ kind: "list", batch: "b", prefix: "raw/", cursor: {} }, "cursor"],
      [{ kind: "delete", batch: "b", key: "raw/a.md" }, "kind"],
      [{ ...task, key: "\ud800x.md" }, "key"],
      [{ ...task, key: `raw/${"长".repeat(340)}.md` }, "key"],
      [{ ...task, origin: "raw/\udfff.jsonl.gz", key: "staging/x/7.jsonl" }, "origin"],
      [{ kind: "list", batch: "b", prefix: "长".repeat(342) }, "prefix"],
      [{ ...task, key: "parsed/2026/08/01/x.jsonl" }, "key: an output of the pipeline"],
      [{ ...task, key: "failed/b/x.jsonl" }, "key: an output of the pipeline"],
      [{ ...task, key: "staging/x/7.jsonl" }, "key: an output of the pipeline"],
      [{ ...task, key: "staging/x/7.jsonl", origin: "parsed/x.jsonl" }, "origin: an output of the pipeline"],
      [{ ...task, key: "raw/b.jsonl", origin: "raw/a.jsonl.gz" }, "key: a part is staged under its prefix"],
      [{ kind: "list", batch: "b", prefix: "parsed/" }, "prefix: an output of the pipeline"],
      [null, "not an object"],
      ["raw/a.md", "not an object"],
    ] as const) {
      const read = readMessage(body, own);
      expect(read.type, JSON.stringify(body)).toBe("malformed");
      expect(read.type === "malformed" && read.why, JSON.stringify(body)).toMatch(
        new RegExp(`^not a task or an R2 notification \\(${field}\\): `),
      );
    }
    expect(readMessage(undefined, own)).toEqual({
      type: "malformed",
      why: "not a task or an R2 notification (not an object): undefined",
    });
    for (const body of [
      task,
      { ...task, range: { offset: 0, length: 65536 }, line: 1 },
      { ...task, key: "staging/raw/a.jsonl.gz/7.jsonl", line: 7, origin: "raw/a.jsonl.gz" },
      { kind: "list", batch: "b", prefix: "" },
      { kind: "list", batch: "b", prefix: "raw/", cursor: "c1" },
    ]) {
      expect(readMessage(body, own), JSON.stringify(body)).toEqual({ type: "work", message: body });
    }
  });

  test("task names and object kinds", () => {
    expect(
      taskName({ kind: "object", batch: "b", key: "k.jsonl", range: { offset: 65536, length: 10 }, line: 7 }),
    ).toBe("k.jsonl@65536");
    expect(
      taskName({
        kind: "object",
        batch: "b",
        key: "staging/k.jsonl.gz/7.jsonl",
        line: 7,
        origin: "k.jsonl.gz",
      }),
    ).toBe("k.jsonl.gz#7");
    expect(objectKind("d/2026-07-29.jsonl.gz")).toEqual({
      gzip: true,
      jsonLines: true,
      filename: "d/2026-07-29.jsonl",
    });
    expect(objectKind("a.NDJSON")).toEqual({ gzip: false, jsonLines: true, filename: "a.NDJSON" });
    expect(objectKind("a.md.gz")).toEqual({ gzip: true, jsonLines: false, filename: "a.md" });
  });
});
