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
            // Counted once each, appended after what the list held, in time order.
            const stale = { id: "stale" } as WindowKey;
            const touched: WindowKey[] = [stale, stale];
            const n = window.share(anchor, at, Number.POSITIVE_INFINITY, touched);
            expect(n).toBe(carrying.length);
            const counted = touched.slice(2);
            expect(counted.map((key) => key.id).sort()).toEqual([...carrying].sort());
            expect(counted.every((key) => key.shared === 1)).toBe(true);
            const times = counted.map((key) => key.at);
            expect(times).toEqual([...times].sort((a, b) => a - b));
            // Taken back, the keys and the list are as they were.
            window.unshare(anchor, at, n, touched, 2);
            expect(touched).toEqual([stale, stale]);
            expect(counted.every((key) => key.shared === 0)).toBe(true);
            // Past a cap, it stops at one more than it, having taken its count back.
            const capped: WindowKey[] = [];
            const m = window.share(anchor, at, cap, capped);
            expect(m).toBe(Math.min(carrying.length, cap + 1));
            if (m > cap) expect(capped).toEqual([]);
            else expect(capped.map((key) => key.id).sort()).toEqual([...carrying].sort());
            window.unshare(anchor, at, m > cap ? 0 : m, capped, 0);
            expect(counted.every((key) => key.shared === 0)).toBe(true);
          }
          sqlite.close();
        },
      ),
      { numRuns: 200 },
    );
  });

  test("counts an item's anchors as a scan would: each key once per anchor in reach, none for an anchor too common", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(keyArb, { maxLength: 30 }),
        fc.integer({ min: -40, max: 280 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        async (keys, hours, anchors, cap) => {
          const sqlite = new Database(":memory:");
          migrate(sqlite);
          const db = sqliteDatabase(sqlite);
          const window = new AnchorWindow(REACH, 12_000_000);
          window.sync(0);
          const written = keys.map((key, k) => ({
            id: `k${k}`,
            at: key.at,
            reach: key.at + key.window * HOUR,
            size: 100,
            anchors: Int32Array.from(key.anchors),
          }));
          for (const key of written) await window.cover(db, key.at);
          window.committed(written, 0);
          const at = START + hours * HOUR;
          await window.cover(db, at);
          const within = written.filter((key) => Math.abs(key.at - at) <= REACH && key.reach >= at);
          // The model: an anchor carried by more than `cap` keys in reach counts for none.
          const expected = new Map<string, number>();
          const order: string[] = [];
          const touched: WindowKey[] = [];
          for (const anchor of anchors) {
            const carrying = within.filter((key) => key.anchors.includes(anchor));
            const n = window.share(anchor, at, cap, touched);
            expect(n).toBe(Math.min(carrying.length, cap + 1));
            if (carrying.length > cap) continue;
            for (const key of [...carrying].sort((a, b) => a.at - b.at)) {
              if (!expected.has(key.id)) order.push(key.id);
              expected.set(key.id, (expected.get(key.id) ?? 0) + 1);
            }
          }
          expect(touched.map((key) => key.id).sort()).toEqual([...order].sort());
          expect(new Map(touched.map((key) => [key.id, key.shared]))).toEqual(expected);
          sqlite.close();
        },
      ),
      { numRuns: 200 },
    );
  });
});
