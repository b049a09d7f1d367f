import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SequenceSpill } from "../src/build/sequence-spill.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "caixun-listings-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A push to listing `listing`, or a replacement of the entry `at` (a share of its length) by `value`. */
type Step = { listing: number; value: number; replaceAt: number | null };

const steps = fc.array(
  fc.record({
    listing: fc.nat({ max: 5 }),
    value: fc.nat({ max: 1_000_000 }),
    replaceAt: fc.option(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { freq: 3 }),
  }),
  { maxLength: 400 },
);

describe("SequenceSpill", () => {
  it("reads back every listing as arrays would hold it, whatever the block and held bounds", () => {
    let run = 0;
    fc.assert(
      fc.property(
        steps,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (script: Step[], blockEntries, heldEntries) => {
          const spill = new SequenceSpill(join(dir, `run-${run++}`), { blockEntries, heldEntries });
          try {
            const arrays: number[][] = Array.from({ length: 6 }, () => []);
            const spilled = arrays.map(() => spill.create());
            for (const { listing, value, replaceAt } of script) {
              const array = arrays[listing]!;
              if (replaceAt !== null && array.length > 0) {
                const at = Math.floor(replaceAt * array.length);
                array[at] = value;
                spilled[listing]!.set(at, value);
              } else {
                array.push(value);
                spilled[listing]!.push(value);
              }
            }
            spilled.forEach((sequence, listing) => {
              expect(sequence.length).toBe(arrays[listing]!.length);
              expect([...sequence]).toEqual(arrays[listing]);
              expect(sequence.first(3)).toEqual(arrays[listing]!.slice(0, 3));
            });
          } finally {
            spill.dispose();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("appends every tail once all of them hold the held bound, and removes its file", () => {
    const file = join(dir, "held");
    const spill = new SequenceSpill(file, { blockEntries: 1000, heldEntries: 10 });
    const small = Array.from({ length: 4 }, () => spill.create());
    for (let value = 0; value < 9; value++) small[value % 4]!.push(value);
    // Nine entries held: nothing written yet; the tenth appends all four tails.
    small[0]!.push(9);
    small[1]!.set(0, 100);
    expect(small.map((sequence) => [...sequence])).toEqual([
      [0, 4, 8, 9],
      [100, 5],
      [2, 6],
      [3, 7],
    ]);
    spill.dispose();
    expect(existsSync(file)).toBe(false);
  });
});
