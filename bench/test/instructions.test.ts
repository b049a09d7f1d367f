import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  disagreement,
  instructionTotal,
  instructionVerdict,
  steadyPass,
} from "../src/speed/instruction-count.js";

/** Real stderr of valgrind 3.19: `valgrind --tool=cachegrind --cache-sim=no … node --predictable -e "console.log(1)"`. */
const NODE_RUN = readFileSync(join(import.meta.dirname, "fixtures/cachegrind-node.txt"), "utf8");
/** Real stderr of valgrind 3.19 asked to run a program that is not there. */
const MISSING_PROGRAM = readFileSync(
  join(import.meta.dirname, "fixtures/cachegrind-missing-program.txt"),
  "utf8",
);

describe("the instruction count in valgrind's output", () => {
  it("is read from cachegrind's last line, commas dropped", () => {
    expect(instructionTotal(NODE_RUN)).toBe(529_003_312);
  });

  it("is an error, with valgrind's words, when the process never ran", () => {
    expect(() => instructionTotal(MISSING_PROGRAM)).toThrow(
      /no instruction count.*\n.*No such file or directory/,
    );
  });

  it("is not taken from the program's own output or valgrind's cache warnings", () => {
    const printed = `I   refs:      12\n${NODE_RUN}`;
    expect(instructionTotal(printed)).toBe(529_003_312);
  });
});

describe("a steady-state pass", () => {
  it("is what the longer process adds, over the passes it adds", () => {
    // Start-up and warm-up (1,000,000) are in both and cancel; each further pass costs 250,000.
    const shorter = { passes: 4, instructions: 1_000_000 + 2 * 250_000 };
    const longer = { passes: 6, instructions: 1_000_000 + 4 * 250_000 };
    expect(steadyPass(shorter, longer)).toBe(250_000);
  });

  it("needs the longer process to make more passes", () => {
    const run = { passes: 4, instructions: 10 };
    expect(() => steadyPass(run, run)).toThrow(RangeError);
    expect(() => steadyPass({ passes: 6, instructions: 20 }, run)).toThrow(
      /longer run must make more passes/,
    );
  });
});

describe("how far repeated counts disagree", () => {
  it("is the range over the smallest", () => {
    expect(disagreement([200, 201, 202])).toBeCloseTo(0.01, 12);
    expect(disagreement([5, 5, 5])).toBe(0);
    expect(disagreement([])).toBe(0);
  });
});

describe("a train's count against its base (instructions:check)", () => {
  it("passes at the ratio and fails past it", () => {
    // Session 18's counts: main 51c9869 1,575.9 M a pass, 54787e7 before session 17's rules.
    expect(instructionVerdict([1_575_900_000], [1_575_900_000], 1.005)).toEqual({
      head: 1_575_900_000,
      base: 1_575_900_000,
      ratio: 1,
      within: true,
    });
    expect(instructionVerdict([1_583_000_000], [1_575_900_000], 1.005).within).toBe(true);
    expect(instructionVerdict([1_584_000_000], [1_575_900_000], 1.005).within).toBe(false);
  });

  it("takes the median of several runs", () => {
    const verdict = instructionVerdict([103, 100, 101], [100, 100, 250], 1.005);
    expect([verdict.head, verdict.base, verdict.within]).toEqual([101, 100, false]);
    expect(() => instructionVerdict([], [100], 1.005)).toThrow(RangeError);
  });
});
