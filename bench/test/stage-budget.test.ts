import { readFileSync } from "node:fs";
import type { Profiler } from "node:inspector";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCore } from "../src/core-build.js";
import { repositoryFiles } from "../src/inputs.js";
import { REPO } from "../src/paths.js";
import { callTreeOf } from "../src/speed/call-tree.js";
import { countPatternRuns, stageOfFrames, steadyPatternWork } from "../src/speed/pattern-runs.js";
import { checkStageBudgets, renderStageBudgets, STAGE_BUDGETS } from "../src/speed/stage-budget.js";
import { PIPELINE_STAGES, STAGES, sourceName, stageOfFunction, stageShares } from "../src/speed/stages.js";

const CORE = "file:///tmp/build/core.mjs";

function node(id: number, functionName: string, children: number[] = []) {
  return {
    id,
    callFrame: { functionName, scriptId: "1", url: CORE, lineNumber: id, columnNumber: 0 },
    children,
  };
}

/**
 * A parse as esbuild's bundle names it (`decode3`, `text2`): decoding, the reader's closure, three
 * pipeline stages, the scrub, and samples in `parse`, `articleOf` and `runPipeline` themselves.
 */
const PROFILE: Profiler.Profile = {
  nodes: [
    node(1, "(root)", [2]),
    node(2, "parse", [3, 5]),
    node(3, "decode3", [4]),
    node(4, "normalise"),
    node(5, "articleOf", [6, 8, 13]),
    node(6, "", [7]),
    node(7, "readWholeFile"),
    node(8, "runPipeline", [9, 11, 12]),
    node(9, "readBody", [10]),
    node(10, "parse"),
    node(11, "credits"),
    node(12, "text2"),
    node(13, "scrubArticle"),
  ],
  startTime: 0,
  endTime: 20,
  // parse ×1, decode ×1 + normalise ×2, articleOf ×1, the reader ×2, runPipeline ×1, readBody ×1
  // with the Markdown parser's `parse` ×3, credits ×4, text ×1, the scrub ×3: 20 samples.
  samples: [2, 3, 4, 4, 5, 7, 7, 8, 9, 10, 10, 10, 11, 11, 11, 11, 12, 13, 13, 13],
};

describe("each stage's share of a parse", () => {
  it("charges every sample under parse to the stage that called it, whatever esbuild renamed", () => {
    const shares = stageShares(callTreeOf(PROFILE, "parse", CORE));
    expect(shares.map((s) => s.stage)).toEqual([...STAGES]);
    expect(Object.fromEntries(shares.filter((s) => s.samples > 0).map((s) => [s.stage, s.percent]))).toEqual({
      decode: 15,
      read: 10,
      readBody: 20,
      credits: 20,
      text: 5,
      scrub: 15,
      // parse, articleOf and runPipeline themselves.
      other: 15,
    });
    expect(shares.reduce((sum, s) => sum + s.samples, 0)).toBe(20);
  });

  it("reads the stages under parseDocument, parse's body as a bundle names it (`parseDocument2`)", () => {
    const nodes = PROFILE.nodes.map((n) => ({ ...n, id: n.id + 1, children: n.children?.map((c) => c + 1) }));
    const wrapped: Profiler.Profile = {
      ...PROFILE,
      nodes: [
        node(1, "(root)", [2]),
        { ...nodes[1]!, children: [100] },
        { ...node(100, "parseDocument2"), children: nodes[1]!.children },
        ...nodes.slice(2),
      ],
      samples: PROFILE.samples!.map((id) => id + 1),
    };
    const shares = stageShares(callTreeOf(wrapped, "parse", CORE));
    expect(Object.fromEntries(shares.filter((s) => s.samples > 0).map((s) => [s.stage, s.percent]))).toEqual({
      decode: 15,
      read: 10,
      readBody: 20,
      credits: 20,
      text: 5,
      scrub: 15,
      other: 15,
    });
  });

  it("reads a function's source name from a profile or a stack frame", () => {
    expect(
      ["decode3", "text2", "Object.readBody", "StreamReader.open", "", "utf16WithoutBom"].map(sourceName),
    ).toEqual(["decode", "text", "readBody", "open", "(anonymous)", "utf16WithoutBom"]);
  });

  it("knows every stage the pipeline runs (a new stage needs a budget)", () => {
    const source = readFileSync(join(REPO, "packages/core/src/pipeline/pipeline.ts"), "utf8");
    const imported = [
      ...source.matchAll(/^import \{ ([\w, ]+) \} from "\.\.\/stages\/[\w-]+\.js";$/gm),
    ].flatMap((m) => m[1]!.split(", ").filter((name) => !name.startsWith("type ")));
    const body = source.slice(source.indexOf("export function runPipeline"));
    const called = imported.filter((name) => new RegExp(`\\b${name}\\(`).test(body));
    expect(called.map(stageOfFunction).sort()).toEqual([...PIPELINE_STAGES].sort());
    for (const stage of STAGES) expect(STAGE_BUDGETS[stage]).toBeDefined();
  });
});

describe("pattern runs by stage", () => {
  // Functions named as core's are: the stage is read from the names on the stack.
  function parse(text: string): string {
    return articleOf(text);
  }
  function articleOf(text: string): string {
    return runPipeline(text);
  }
  function runPipeline(text: string): string {
    return credits(text);
  }
  function credits(text: string): string {
    // One run each: a test, a global replace (which calls exec for every match), a split (which
    // calls exec at every position), and a sticky exec (no characters searched); one test of a
    // pattern that opens wide (it reads a run of any characters before its word).
    /来源/.test(text);
    /^[^。]{0,40}来源/.test(text);
    const sticky = /北方/y;
    sticky.exec(text);
    return text.replace(/网/g, "").split(/：/).join("");
  }

  it("counts each call once, in the stage on the stack, per file", () => {
    const prototype = { ...Object.getOwnPropertyDescriptors(RegExp.prototype) };
    const work = countPatternRuns(
      (raw) => parse(new TextDecoder().decode(raw)),
      ["北方网来源：北方网", "无"].map((text) => ({ filename: text, raw: new TextEncoder().encode(text) })),
    );
    const credited = work.find((w) => w.stage === "credits")!;
    // 5 runs a file; characters: 9 + 9 + 9 + 7 (the replace's result, split) + 0 (sticky) and 1 + 1 + 1 + 1;
    // one wide opening tried a file.
    expect(credited).toEqual({ stage: "credits", runs: 5, characters: (34 + 4) / 2, wide: 1 });
    expect(work.filter((w) => w.stage !== "credits").every((w) => w.runs === 0)).toBe(true);
    // The prototype is as it was.
    expect(Object.getOwnPropertyDescriptors(RegExp.prototype)).toEqual(prototype);
  });

  it("takes the outermost parse as the root, so a parser called inside a stage stays in it", () => {
    const frames = [
      "exec",
      "parse",
      "readInline",
      "readBody",
      "runPipeline",
      "articleOf",
      "parse",
      "main",
    ].map((name) => ({ getFunctionName: () => name }));
    expect(stageOfFrames(frames)).toBe("readBody");
    // A wrapper around the work of `articleOf` (`withEntities` and its closure) changes no stage.
    const named = (...names: (string | null)[]) => names.map((name) => ({ getFunctionName: () => name }));
    expect(
      stageOfFrames(named("test", "readWholeFile", null, null, "withEntities", "articleOf", "parse")),
    ).toBe("read");
    expect(
      stageOfFrames(named("test", "credits", "runPipeline", null, "withEntities", "articleOf", "parse")),
    ).toBe("credits");
    // The stages before `assemble` run inside `grow`, which `runPipeline` calls; `grow`'s own work is no stage's.
    expect(
      stageOfFrames(
        named("test", "credits", "grow", "runPipeline", null, "withEntities", "articleOf", "parse"),
      ),
    ).toBe("credits");
    expect(stageOfFrames(named("test", "grow", "runPipeline", "withEntities", "articleOf", "parse"))).toBe(
      "other",
    );
    expect(stageOfFrames(named("test", "scrubArticle", null, "withEntities", "articleOf", "parse"))).toBe(
      "scrub",
    );
    expect(stageOfFrames(named("test", "salvage", null, "withEntities", "articleOf", "parse"))).toBe("other");
    expect(stageOfFrames([{ getFunctionName: () => "decode3" }, { getFunctionName: () => "parse" }])).toBe(
      "decode",
    );
    expect(stageOfFrames([{ getFunctionName: () => "main" }])).toBe("other");
  });

  it("marks what goes over its budget in the report", () => {
    const reports = checkStageBudgets(
      [{ stage: "credits", samples: 30, percent: 30 }],
      [{ stage: "credits", runs: 100, characters: 99_999, wide: 70 }],
    );
    const credits = reports.find((r) => r.stage === "credits")!;
    expect(credits.over).toEqual(["share", "characters", "wide"]);
    expect(renderStageBudgets([credits])).toBe(
      [
        "| stage | % of a parse's CPU (budget) | pattern runs a file (budget) | characters they search, a file (budget) | wide openings they try, a file (budget) |",
        "|---|---|---|---|---|",
        "| `credits` | **30.0** over (≤ 23) | 100.0 (≤ 318) | **99,999** over (≤ 19,500) | **70.0** over (≤ 66) |",
      ].join("\n"),
    );
  });
});

describe("the parse of the repository's inputs, counted", () => {
  it("keeps every stage's pattern work within its budget (a rule that doubles a stage goes over)", {
    timeout: 600_000,
  }, async () => {
    const build = await buildCore(".");
    try {
      const { parse } = (await import(pathToFileURL(build.file).href)) as {
        parse: (input: Uint8Array, options: { filename: string }) => unknown;
      };
      const work = steadyPatternWork((raw, filename) => parse(raw, { filename }), repositoryFiles());
      const reports = checkStageBudgets(null, work);
      const over = reports.filter((r) => r.over.length > 0);
      expect(over, renderStageBudgets(over)).toEqual([]);
      // The stages whose rules are patterns are found on the stack: a rename that broke the
      // attribution would leave them empty.
      for (const stage of ["read", "readBody", "boilerplate", "credits", "assemble", "scrub"]) {
        expect(work.find((w) => w.stage === stage)!.runs).toBeGreaterThan(0);
      }
    } finally {
      build.remove();
    }
  });
});
