import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBenchArgs } from "../src/bench-args.js";
import { HTMLPARSER2, READABILITY } from "../src/contenders/index.js";
import { benchInput } from "../src/inputs.js";
import { SEEDS } from "../src/paths.js";
import { readInputSet, writeInputSet } from "../src/speed/input-file.js";
import { hasSettled, median, relativeSpread } from "../src/speed/settle.js";
import { measureSpeed } from "../src/speed/steady-state.js";

const rule = { window: 3, tolerance: 0.03 };

describe("warm-up settles on medians", () => {
  it("needs two full windows", () => {
    expect(hasSettled([100, 100, 100, 100, 100], rule)).toBe(false);
    expect(hasSettled([100, 100, 100, 100, 100, 100], rule)).toBe(true);
  });

  it("does not settle while the pass time still falls", () => {
    expect(hasSettled([400, 300, 250, 200, 180, 170], rule)).toBe(false);
    expect(hasSettled([400, 300, 250, 200, 180, 170, 169, 171, 170], rule)).toBe(false);
    expect(hasSettled([400, 300, 250, 200, 180, 170, 169, 171, 170, 170, 171, 169], rule)).toBe(true);
  });

  it("is not moved by one slow pass in a window", () => {
    expect(hasSettled([100, 101, 100, 100, 250, 99], rule)).toBe(true);
  });

  it("compares against the later median", () => {
    // 100 against 103.5: 3.4% of 103.5 apart, just outside 3%.
    expect(hasSettled([100, 100, 100, 103.5, 103.5, 103.5], rule)).toBe(false);
    expect(hasSettled([100, 100, 100, 103, 103, 103], rule)).toBe(true);
  });
});

describe("median and spread", () => {
  it("take the middle, or the mean of the two middles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("gives the interquartile range over the median", () => {
    expect(relativeSpread([10, 10, 10, 10, 10])).toBe(0);
    // Quartiles 9 and 11 (linear interpolation), median 10.
    expect(relativeSpread([8, 9, 10, 11, 12])).toBeCloseTo(0.2, 10);
  });
});

describe("the input set file", () => {
  const scratch = mkdtempSync(join(tmpdir(), "caixun-bench-inputs-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("gives every contender process the same bytes and pages", () => {
    const path = join(scratch, "inputs.json");
    const raw = new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0x00, 0xff]);
    const set = { inputs: [{ filename: "a/中.md", raw, html: "<p>中</p>" }], generatedFrom: 1 };
    writeInputSet(path, set);
    expect(readInputSet(path)).toEqual(set);
  });
});

describe("--processes", () => {
  it("is read from the command line, one process by default, a whole number from 1", () => {
    expect(readBenchArgs(["--parts", "speed", "--processes", "3"])?.processes).toBe(3);
    expect(readBenchArgs(["--parts", "speed"])?.processes).toBe(1);
    for (const bad of ["0", "2.5", "two"]) expect(readBenchArgs(["--processes", bad])).toBeNull();
  });

  it("reads --instruction-runs the same way, three valgrind runs a contender by default", () => {
    expect(readBenchArgs(["--parts", "instructions", "--instruction-runs", "1"])?.instructionRuns).toBe(1);
    expect(readBenchArgs(["--parts", "instructions"])?.instructionRuns).toBe(3);
    for (const bad of ["0", "1.5"]) expect(readBenchArgs(["--instruction-runs", bad])).toBeNull();
  });

  const scratch = mkdtempSync(join(tmpdir(), "caixun-bench-processes-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("starts fresh processes for every draw and counts the median of their medians", async () => {
    const inputs = ["000_ed6ab7b49aac3011.txt", "004_8bcf3a6eb4a9a574.txt"].map((name) =>
      benchInput(name, new Uint8Array(readFileSync(join(SEEDS, name)))),
    );
    const file = join(scratch, "inputs.json");
    writeInputSet(file, { inputs, generatedFrom: inputs.length });
    const log: string[] = [];
    const keys = [HTMLPARSER2, READABILITY];
    const timings = await measureSpeed(
      keys,
      {},
      file,
      inputs,
      { processes: 3, rounds: 1, passesPerRound: 3, settle: { window: 1, tolerance: 1, maxPasses: 2 } },
      (message) => log.push(message),
    );
    // Each draw starts its own processes, in an order rotated by one.
    expect(log.filter((m) => m.endsWith("in its own process"))).toEqual(
      [0, 1, 2].flatMap((draw) =>
        keys.map((_, i) => `${keys[(i + draw) % 2]}: cold pass and warm-up in its own process`),
      ),
    );
    const pids = timings.flatMap((t) => t.processes.map((p) => p.pid));
    expect(new Set([...pids, process.pid]).size).toBe(7);
    for (const timing of timings) {
      expect(timing.timed).toHaveLength(9);
      expect(timing.warmUp.passes).toEqual([2, 2, 2]);
      const own = [0, 1, 2].map((p) =>
        median(timing.timed.slice(3 * p, 3 * p + 3).map((pass) => pass.cpuMs)),
      );
      expect(timing.processes.map((p) => p.medianCpuMs)).toEqual(own);
      expect(timing.medianCpuMs).toBe(median(own));
      expect(timing.articlesPerSecond).toBe(2 / (median(own) / 1000));
    }
  });
});
