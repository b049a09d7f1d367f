import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disagreement, instructionTotal, steadyPass } from "../src/speed/instruction-count.js";

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
