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
  const own = ["parsed/", "failed/", "staging/"];
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
