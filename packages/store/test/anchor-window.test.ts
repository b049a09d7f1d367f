import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AnchorWindow, type WrittenKey } from "../src/anchor-window.js";
import { migrate, sqliteDatabase } from "../src/sqlite.js";

const HOUR = 3_600_000;
const REACH = 36 * HOUR;
const START = Date.UTC(2026, 7, 1);

/** Keys over ten days, sharing anchors from a small set so that postings get long. */
const keyArb = fc.record({
  at: fc.integer({ min: 0, max: 240 }).map((hours) => START + hours * HOUR),
  window: fc.constantFrom(12, 36),
  anchors: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }),
});

describe("AnchorWindow", () => {
  test("answers as a scan of every key written, whatever order the batches come in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(keyArb, { maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.integer({ min: -40, max: 280 }), fc.integer({ min: 0, max: 12 })), {
          minLength: 1,
          maxLength: 10,
        }),
        async (batches, queries) => {
          const sqlite = new Database(":memory:");
          migrate(sqlite);
          const db = sqliteDatabase(sqlite);
          const window = new AnchorWindow(REACH, 12_000_000);
          window.sync(0);
          const all: WrittenKey[] = [];
          let generation = 0;
          for (const [b, batch] of batches.entries()) {
            const written = batch.map((key, k) => ({
              id: `k${b}-${k}`,
              at: key.at,
              reach: key.at + key.window * HOUR,
              size: 100,
              anchors: Int32Array.from(key.anchors),
            }));
            // Every span a key can land in is loaded (empty: the table holds nothing).
            for (const key of written) await window.cover(db, key.at);
            window.committed(written, generation++);
            all.push(...written);
          }
          for (const [hours, anchor] of queries) {
            const at = START + hours * HOUR;
            await window.cover(db, at);
            const within = all.filter((key) => Math.abs(key.at! - at) <= REACH && key.reach! >= at);
            expect(window.carrying(anchor, at, Number.POSITIVE_INFINITY)).toBe(
              within.filter((key) => key.anchors.includes(anchor)).length,
            );
            const shared = window.sharing([anchor, (anchor + 1) % 13], at, "");
            const expected = within
              .map(
                (key) =>
                  [
                    key.id,
                    Number(key.anchors.includes(anchor)) + Number(key.anchors.includes((anchor + 1) % 13)),
                  ] as const,
              )
              .filter(([, n]) => n > 0)
              .sort();
            expect([...shared].map(([key, n]) => [key.id, n] as const).sort()).toEqual(expected);
          }
          sqlite.close();
        },
      ),
      { numRuns: 200 },
    );
  });
});
