import type { Profiler } from "node:inspector";
import { describe, expect, it } from "vitest";
import { callTreeOf, renderCallTree } from "../src/speed/call-tree.js";

const CORE = "file:///tmp/build/core.mjs";
const RUNNER = "file:///work/bench/src/profile.ts";

function node(id: number, functionName: string, url: string, lineNumber: number, children: number[] = []) {
  return { id, callFrame: { functionName, scriptId: "1", url, lineNumber, columnNumber: 0 }, children };
}

/**
 * Two calls of `parse` from the runner (nodes 3 and 8) whose callees share names, a `parse` called
 * again inside `parse` (node 11), an anonymous function, garbage collection and idle time.
 */
const PROFILE: Profiler.Profile = {
  nodes: [
    node(1, "(root)", "", -1, [2, 7, 12]),
    node(2, "pass", RUNNER, 40, [3, 8]),
    node(3, "parse", CORE, 99, [4, 6]),
    node(4, "readBody", CORE, 9, [5]),
    node(5, "", CORE, 19),
    node(6, "credits", CORE, 29, [11]),
    node(7, "(garbage collector)", "", -1),
    node(8, "parse", CORE, 99, [9]),
    node(9, "readBody", CORE, 9, [10]),
    node(10, "", CORE, 19),
    node(11, "parse", CORE, 99),
    node(12, "(idle)", "", -1),
  ],
  startTime: 0,
  endTime: 10,
  // parse self ×1, readBody → anonymous ×3 (nodes 5 and 10), readBody self ×1, credits self ×1,
  // the nested parse ×2: 8 samples under parse; with collection, idle and the runner's own, 11.
  samples: [3, 5, 5, 10, 9, 6, 11, 11, 7, 12, 2],
};

describe("call tree of parse from a V8 profile", () => {
  const tree = callTreeOf(PROFILE, "parse", CORE);

  it("merges calls of the root by path and counts each sample once, inclusive", () => {
    expect(tree.samples).toBe(8);
    expect(tree.allSamples).toBe(11);
    expect(tree.gcSamples).toBe(1);
    expect(tree.root).toEqual({
      label: "parse",
      samples: 8,
      children: [
        {
          label: "readBody (core.mjs:10)",
          samples: 4,
          children: [{ label: "(anonymous) (core.mjs:20)", samples: 3, children: [] }],
        },
        {
          label: "credits (core.mjs:30)",
          samples: 3,
          children: [{ label: "parse (core.mjs:100)", samples: 2, children: [] }],
        },
      ],
    });
  });

  it("renders shares of the root, largest first, within depth and threshold", () => {
    expect(renderCallTree(tree, { depth: 1, minPercent: 40 })).toBe(
      [
        " 100.0%  parse",
        "  50.0%    readBody (core.mjs:10)",
        "Garbage collection (outside the tree): 9.1% of the profile.",
      ].join("\n"),
    );
    expect(renderCallTree(tree, { depth: 2, minPercent: 0 }).split("\n")).toEqual([
      " 100.0%  parse",
      "  50.0%    readBody (core.mjs:10)",
      "  37.5%      (anonymous) (core.mjs:20)",
      "  37.5%    credits (core.mjs:30)",
      "  25.0%      parse (core.mjs:100)",
      "Garbage collection (outside the tree): 9.1% of the profile.",
    ]);
  });

  it("is empty when the root never ran", () => {
    const none = callTreeOf(PROFILE, "parse", "file:///elsewhere.mjs");
    expect(none.samples).toBe(0);
    expect(renderCallTree(none, { depth: 3, minPercent: 1 })).toBe(
      ["   0.0%  parse", "Garbage collection (outside the tree): 9.1% of the profile."].join("\n"),
    );
  });
});
