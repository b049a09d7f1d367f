import type { CallNode, CallTree } from "./call-tree.js";

/**
 * The stages of a parse as the bench reports them, in the order a parse runs them: decoding, reading
 * the file into its document (front matter, the input's kind), the pipeline's stages (one function
 * each, called by `runPipeline` in `packages/core/src/pipeline/pipeline.ts`), then the scrub of
 * control characters over the finished Article. `other` is what none of them holds (`parse`'s own
 * settings and budget, the pipeline's glue).
 */
export const PIPELINE_STAGES = [
  "detect",
  "readBody",
  "boilerplate",
  "captions",
  "credits",
  "text",
  "title",
  "provenance",
  "publishDate",
  "checks",
  "fields",
  "enrich",
  "securities",
  "assemble",
] as const;
export const STAGES = ["decode", "read", ...PIPELINE_STAGES, "scrub", "other"] as const;
export type Stage = (typeof STAGES)[number];

const PIPELINE = new Set<string>(PIPELINE_STAGES);

/**
 * The stage a function `grow` calls is: its own name, but the body stage's, which `grow` calls with the markup reader
 * its entry carries (`readBodyWith`; `readBody` is that stage with every reader).
 */
export function stageOfFunction(name: string | undefined): string | undefined {
  return name === "readBodyWith" ? "readBody" : name;
}

/**
 * A function's name as written in core's source: esbuild's bundle renames a function whose name
 * another module also uses by adding a number (`decode3`, `text2`), and a method's frame in a stack
 * trace is qualified by its receiver (`Object.readBody`).
 */
export function sourceName(name: string): string {
  const unqualified = name.slice(name.lastIndexOf(".") + 1);
  return unqualified === "" ? "(anonymous)" : unqualified.replace(/(?<=[A-Za-z])\d+$/, "");
}

/**
 * The stage that a call path below `parse` belongs to: `path` is the functions' source names from
 * `parse`'s callee inwards. Read by landmarks, not by depth, so that a wrapper added around them
 * (`articleOf` running its work inside `withEntities`) keeps the stages: the function
 * `runPipeline` calls (through `grow`, which runs the stages before `assemble`) is the stage; the scrub is `scrubArticle`; the reader is
 * `detectInput` and `readWholeFile` (called by the closure `parse` hands `articleOf`); decoding is
 * `parse`'s own call of `decode` — made in `parseDocument`, the body both builds' `parse` share, which is
 * `parse` here. The rest (`runPipeline` and the wrappers themselves) is `other`.
 */
export function stageOf(calls: readonly string[]): Stage {
  const path = calls[0] === "parseDocument" ? calls.slice(1) : calls;
  const pipeline = stageFrame(path);
  if (pipeline !== -1) {
    const stage = stageOfFunction(path[pipeline]);
    return stage !== undefined && PIPELINE.has(stage) ? (stage as Stage) : "other";
  }
  if (path[0] === "decode") return "decode";
  if (path.includes("scrubArticle")) return "scrub";
  if (path.includes("readWholeFile") || path.includes("detectInput")) return "read";
  return "other";
}

/** A stage's share of a parse in a profile: inclusive samples of its functions over `parse`'s. */
export interface StageShare {
  stage: Stage;
  samples: number;
  /** Percent of `parse`'s samples. */
  percent: number;
}

/** Every stage's share of `parse` in a call tree (`callTreeOf(profile, "parse", …)`), in `STAGES` order. */
export function stageShares(tree: CallTree): StageShare[] {
  const samples = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  const charge = (path: readonly string[], n: number) => {
    const stage = stageOf(path);
    samples.set(stage, samples.get(stage)! + n);
  };
  // Samples are inclusive: a node whose path decides its stage is charged whole; above that point
  // (`articleOf`, `runPipeline`) a node's own samples, those none of its callees hold, go to `other`.
  const visit = (node: CallNode, path: string[]) => {
    if (decidesStage(path)) return charge(path, node.samples);
    let below = 0;
    for (const child of node.children) {
      below += child.samples;
      visit(child, [...path, sourceName(nameOf(child.label))]);
    }
    if (node.samples > below) charge(path, node.samples - below);
  };
  visit(tree.root, []);
  return STAGES.map((stage) => {
    const n = samples.get(stage)!;
    return { stage, samples: n, percent: tree.samples === 0 ? 0 : (100 * n) / tree.samples };
  });
}

/**
 * Whether `stageOf` gives the same stage for this path and every path that continues it. `parse`'s
 * body, `parseDocument`, is passed over as `stageOf` passes it: read as a path of its own, it decided
 * "other" for the whole parse (every stage 0% in `pnpm run profile`'s table, `other` 100%).
 */
function decidesStage(calls: readonly string[]): boolean {
  const path = calls[0] === "parseDocument" ? calls.slice(1) : calls;
  if (path.length === 0) return false;
  const pipeline = stageFrame(path);
  if (pipeline !== -1) return path.length > pipeline;
  return stageOf(path) !== "other" || path[0] !== "articleOf";
}

/**
 * Where a stage's frame is on a path through `runPipeline`, or -1 off it: the frame after
 * `runPipeline`, or after `grow` when `runPipeline` calls it (`assemble(grow(context))`: `grow` runs
 * every stage before `assemble`, so a path through it takes one frame more to reach its stage).
 */
function stageFrame(path: readonly string[]): number {
  // `runPipelineWith` (the pipeline with the markup reader an entry carries) runs the stages; `runPipeline` calls it.
  const withReader = path.indexOf("runPipelineWith");
  const pipeline = withReader === -1 ? path.indexOf("runPipeline") : withReader;
  if (pipeline === -1) return -1;
  return path[pipeline + 1] === "grow" ? pipeline + 2 : pipeline + 1;
}

/** The function name of a call-tree label (`readBody (core.mjs:10)`, `parse`). */
function nameOf(label: string): string {
  const at = label.indexOf(" (");
  return at === -1 ? label : label.slice(0, at);
}
