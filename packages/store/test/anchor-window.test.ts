import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AnchorWindow, type WindowKey, type WrittenKey } from "../src/anchor-window.js";
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
        fc.integer({ min: 0, max: 4 }),
        async (batches, queries, cap) => {
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
            const carrying = within.filter((key) => key.anchors.includes(anchor)).map((key) => key.id);
            // Written from index 2 on, over what the scratch held.
            const reached: WindowKey[] = [];
            const stale = { id: "stale" } as WindowKey;
            reached.push(stale, stale, stale, stale);
            const n = window.reachable(anchor, at, Number.POSITIVE_INFINITY, reached, 2);
            expect(n).toBe(carrying.length);
            const written = reached.slice(2, 2 + n);
            expect(written.map((key) => key.id).sort()).toEqual([...carrying].sort());
            const times = written.map((key) => key.at);
            expect(times).toEqual([...times].sort((a, b) => a - b));
            // Past a cap, the scan stops at one more than it.
            const capped: WindowKey[] = [];
            const m = window.reachable(anchor, at, cap, capped, 0);
            expect(m).toBe(Math.min(carrying.length, cap + 1));
            expect(capped.slice(0, m).every((key) => carrying.includes(key.id))).toBe(true);
          }
          sqlite.close();
        },
      ),
      { numRuns: 200 },
    );
  });

  test("answers, key for key and in order, as the scan of one time-ordered list from the longest window back", async () => {
    // The old scan: every key in the order added (one written again goes last), stably by instant, read from
    // `at − REACH` and counting those whose reach covers the item, until more than the cap. Windows of 12 and 36
    // hours as the store writes them (flashes, articles), and one past the longest, which only its reach bounds.
    const writeArb = fc.record({
      id: fc.integer({ min: 0, max: 30 }),
      at: fc.integer({ min: 0, max: 120 }).map((hours) => START + hours * HOUR),
      window: fc.constantFrom(12, 36, 48, -1),
      anchors: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(writeArb, { maxLength: 20 }), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: -40, max: 160 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 30 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (batches, queries) => {
          const sqlite = new Database(":memory:");
          migrate(sqlite);
          const db = sqliteDatabase(sqlite);
          const window = new AnchorWindow(REACH, 12_000_000);
          window.sync(0);
          let added: WrittenKey[] = [];
          let generation = 0;
          for (const batch of batches) {
            const written = batch.map((key) => ({
              id: `k${key.id}`,
              at: key.at,
              reach: key.at + key.window * HOUR,
              size: 100,
              anchors: Int32Array.from(key.anchors),
            }));
            for (const key of written) await window.cover(db, key.at);
            window.committed(written, generation++);
            for (const key of written) added = [...added.filter((one) => one.id !== key.id), key];
          }
          const ordered = [...added].sort((a, b) => a.at! - b.at!);
          for (const [hours, anchor, cap] of queries) {
            const at = START + hours * HOUR;
            await window.cover(db, at);
            const old: string[] = [];
            for (const key of ordered) {
              if (old.length > cap) break;
              if (key.at! < at - REACH || key.at! > at + REACH || !key.anchors.includes(anchor)) continue;
              if (key.reach! >= at) old.push(key.id);
            }
            const reached: WindowKey[] = [];
            const n = window.reachable(anchor, at, cap, reached, 0);
            expect(reached.slice(0, n).map((key) => key.id)).toEqual(old);
          }
          sqlite.close();
        },
      ),
      { numRuns: 300 },
    );
  });
});
