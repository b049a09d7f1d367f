import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  absoluteCostTable,
  costTable,
  joinCosts,
  largestCosts,
  matchName,
  parsePerfMap,
  passCosts,
  selfCosts,
  UNMAPPED,
} from "../src/speed/function-costs.js";

/**
 * Real output of valgrind 3.19 and node 20.20.2 (2026-12-02) on a toy script, /tmp/speed-toy/toy2.mjs:
 *   function hotLoopForCallgrind(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s; }
 *   let total = 0;
 *   for (let k = 0; k < 3000; k++) total += hotLoopForCallgrind(2000);
 *   console.log(total);
 * run as
 * `valgrind --tool=callgrind --dump-instr=no --compress-strings=no node --predictable
 * --predictable-gc-schedule --no-incremental-marking --expose-gc --perf-basic-prof
 * --no-compact-code-space callgrind-toy.mjs` (the flags instructions:functions runs node with).
 * Excerpts: callgrind's header and the blocks of every function it named by address (JIT code) and of
 * `_int_free`; the perf map's entries holding those addresses and the toy function's three tiers.
 */
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const CALLGRIND = fixture("callgrind-toy.out");
const PERF_MAP = parsePerfMap(fixture("perf-toy.map"));

describe("node's perf map", () => {
  it("reads each entry's range and name, sorted by start", () => {
    expect(PERF_MAP).toHaveLength(17);
    expect(PERF_MAP[0]).toEqual({
      start: 0xd043040,
      end: 0xd043040 + 0x9e0,
      name: "JS:^defineLazyProperties node:internal/util:598:30",
    });
    expect(PERF_MAP.at(-1)!.name).toBe("JS:~hotLoopForCallgrind file:///tmp/speed-toy/toy2.mjs:1:29");
  });

  it("names a function without its location, which moves with every build", () => {
    expect(matchName("JS:*hotLoopForCallgrind file:///tmp/speed-toy/toy2.mjs:1:29")).toBe(
      "JS:*hotLoopForCallgrind",
    );
    expect(matchName("JS:^resolve node:path:1217:10")).toBe("JS:^resolve");
    expect(matchName("Builtin:ArrayPrototypePush")).toBe("Builtin:ArrayPrototypePush");
  });
});

describe("self instructions by function", () => {
  const costs = selfCosts(CALLGRIND, PERF_MAP);

  it("names the optimised code callgrind knew only by address from the map", () => {
    expect(costs.get("JS:*hotLoopForCallgrind")).toBe(161_969_992);
    expect(costs.get("JS:^requireBuiltin")).toBe(15_384);
  });

  it("keeps callgrind's own names and merges a function's recursion levels", () => {
    expect(costs.get("_int_free")).toBe(32_718_329);
    expect([...costs.keys()].some((name) => name.includes("'"))).toBe(false);
  });

  it("counts JIT code no map entry holds under one name, and no call's inclusive cost", () => {
    expect(costs.get(UNMAPPED)).toBe(16_619);
    expect([...costs.values()].reduce((sum, n) => sum + n, 0)).toBe(194_757_834);
  });
});

describe("the table of both revisions", () => {
  const head = new Map([
    ["JS:*readDate", 9_000_000],
    ["JS:*readCredit", 4_000_000],
    ["JS:*onlyAtHead", 1_500_000],
  ]);
  const base = new Map([
    ["JS:*readDate", 10_000_000],
    ["JS:*readCredit", 1_000_000],
    ["JS:*onlyAt|Base", 200_000],
  ]);

  it("joins by name, the largest differences either way first, at most top", () => {
    expect(joinCosts(head, base, 3)).toEqual([
      { name: "JS:*readCredit", head: 4_000_000, base: 1_000_000 },
      { name: "JS:*onlyAtHead", head: 1_500_000, base: 0 },
      { name: "JS:*readDate", head: 9_000_000, base: 10_000_000 },
    ]);
  });

  it("is Markdown in millions, signed, with `|` in names escaped", () => {
    expect(costTable(joinCosts(head, base, 4).slice(2), "speed19", "26c1254")).toBe(
      [
        "| function | 26c1254 (M) | speed19 (M) | difference (M) |",
        "|---|---:|---:|---:|",
        "| `JS:*readDate` | 10.00 | 9.00 | -1.00 |",
        "| `JS:*onlyAt\\|Base` | 0.20 | 0.00 | -0.20 |",
      ].join("\n"),
    );
  });
});

describe("the table of one build (--absolute)", () => {
  const costs = new Map([
    ["JS:*readCredit", 4_000_000],
    ["JS:~read|Date", 5_000_000],
    ["JS:*simHash", 20_000_000],
    ["LoadIC", 4_000_000],
  ]);

  it("lists the costliest functions first, ties by name, at most top", () => {
    expect(largestCosts(costs, 3)).toEqual([
      ["JS:*simHash", 20_000_000],
      ["JS:~read|Date", 5_000_000],
      ["JS:*readCredit", 4_000_000],
    ]);
  });

  it("is Markdown in millions with each function's share of the pass, `|` in names escaped", () => {
    expect(absoluteCostTable(largestCosts(costs, 2), "speed44", 33_000_000)).toBe(
      [
        "| function | speed44 (M) | share |",
        "|---|---:|---:|",
        "| `JS:*simHash` | 20.00 | 60.6% |",
        "| `JS:~read\\|Date` | 5.00 | 15.2% |",
      ].join("\n"),
    );
  });
});

describe("a steady-state pass by function", () => {
  it("is each function's count in the longer process less the shorter's, over the passes it adds", () => {
    // Real counts at c3d8e19 (cachegrind, 2026-12-02, the check's 408 inputs, 5 and 7 passes).
    const shorter = new Map([
      ["Builtins_CreateDataProperty", 190_093_025],
      ["Builtins_StringPrototypeTrim", 42_460_759],
      ["v8::internal::compiler::GraphReducer::ReduceTop()", 437_632_013],
    ]);
    const longer = new Map([
      ["Builtins_CreateDataProperty", 266_247_505],
      ["Builtins_StringPrototypeTrim", 59_445_785],
      ["v8::internal::compiler::GraphReducer::ReduceTop()", 507_019_544],
      ["JS:*readStamp", 1_000],
    ]);
    expect(passCosts(shorter, longer, 2)).toEqual(
      new Map([
        ["Builtins_CreateDataProperty", 38_077_240],
        ["Builtins_StringPrototypeTrim", 8_492_513],
        ["v8::internal::compiler::GraphReducer::ReduceTop()", 34_693_765.5],
        ["JS:*readStamp", 500],
      ]),
    );
  });
});
