// pnpm --filter @caixun/bench ceiling [--cli-files N] [--sample N]
// What a one-pass parse could cost at the least, in bare htmlparser2 DOM parses of the page (the
// speed target's unit: 0.2× that parse is 5 of them a file). Over the speed part's inputs, in one
// process, each loop warmed up until its pass time settles (as the speed part settles) and then
// timed over 9 passes (median CPU time): caixun's parse, the floor itself, and the inner loops a
// one-pass design cannot do without — decoding the bytes, one tokenizer pass over the page, one
// pass over the text's characters (a class per character: what stats, figures and a fused text
// pass need), one scan of each line for rule words (what line rules gated by their words need), and
// the fingerprint's hash of every shingle. Each loop's figure is its pass over the floor's pass.
// Then each group of stages: its share of the parse (V8's sampling profiler over passes after a
// warm-up it also ran through, as `profile` does), that share in bare parses, and the inner loop a
// one-pass design still pays for it (docs/benchmarks.md, "What 10× needs").
import { Session } from "node:inspector/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDocument } from "htmlparser2";
import { fingerprint } from "../../packages/core/src/assemble/fingerprint.js";
import { LineLeads } from "../../packages/core/src/credits/line-leads.js";
import { Tokenizer } from "../../packages/core/src/html/tokenizer.js";
import { decode } from "../../packages/core/src/stages/decode.js";
import { classOf, HAN, WORD } from "../../packages/core/src/text/char-class.js";
import type { BenchInput } from "./contenders/index.js";
import { buildCore } from "./core-build.js";
import { ensureCorpus } from "./corpus/ensure.js";
import { harvestPieces } from "./corpus/pieces.js";
import { readRealFiles } from "./corpus/real-files.js";
import { generatedInputs, realInputs } from "./inputs.js";
import { DEFAULT_CORPUS_DIR } from "./paths.js";
import { callTreeOf } from "./speed/call-tree.js";
import { hasSettled, median } from "./speed/settle.js";
import { type Stage, stageShares } from "./speed/stages.js";

const SEED = 1;
const SETTLE = { window: 3, tolerance: 0.03, maxPasses: 30 };
const TIMED_PASSES = 9;
const PROFILED_PASSES = 6;
/** V8 samples the stack every this many microseconds, as `profile` does. */
const SAMPLING_MICROSECONDS = 250;
/** Words of the credit, boilerplate and title rules that lines open with or hold: a realistic lead table. */
const RULE_WORDS = [
  ...[
    "来源",
    "来自",
    "出处",
    "转自",
    "转载",
    "编辑",
    "责编",
    "作者",
    "记者",
    "原文",
    "原标题",
    "版权",
    "声明",
  ],
  ...[
    "免责",
    "扫码",
    "关注",
    "点击",
    "阅读",
    "相关",
    "推荐",
    "延伸",
    "返回",
    "分享",
    "公众号",
    "本文",
    "电",
    "讯",
  ],
];

type Loop = "parse" | "floor" | "decoder" | "tokenizer" | "characters" | "lines" | "fingerprint";
const LOOP_NAMES: Record<Loop, string> = {
  parse: "caixun parse",
  floor: "htmlparser2 DOM parse of the page (the unit)",
  decoder: "TextDecoder of the bytes",
  tokenizer: "core's tokenizer over the page, no tree",
  characters: "a class per character of the text",
  lines: "each line scanned for rule words",
  fingerprint: "the fingerprint of the text",
};
/**
 * The stages by what a one-pass design would do for them: decoding stays; the body is one tokenizer
 * pass; the line rules (credits, title, boilerplate, dates, provenance…) run only on the lines one
 * scan finds their words on; figures and securities come from one pass over the characters; the
 * Article needs its fingerprint. Front matter, detection, the scrub and the glue are left at none:
 * they would ride along in those passes.
 */
const GROUPS: ReadonlyArray<{ stages: Stage[]; least: Loop[] }> = [
  { stages: ["decode"], least: ["decoder"] },
  { stages: ["readBody"], least: ["tokenizer"] },
  {
    stages: [
      "boilerplate",
      "captions",
      "credits",
      "text",
      "title",
      "provenance",
      "publishDate",
      "checks",
      "fields",
    ],
    least: ["lines"],
  },
  { stages: ["enrich", "securities"], least: ["characters"] },
  { stages: ["assemble"], least: ["fingerprint"] },
  { stages: ["read", "detect", "scrub", "other"], least: [] },
];

const { values } = parseArgs({
  options: {
    "cli-files": { type: "string", default: "100000" },
    sample: { type: "string", default: "1000" },
  },
});
const [cliFiles, sample] = [values["cli-files"], values.sample].map(Number) as [number, number];
if (![cliFiles, sample].every((n) => Number.isInteger(n) && n >= 1) || sample > cliFiles) {
  console.error("usage: pnpm --filter @caixun/bench ceiling [--cli-files N] [--sample N ≤ cli-files]");
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`ceiling: ${message}\n`);

const realFiles = readRealFiles();
const corpus = `${DEFAULT_CORPUS_DIR}-${cliFiles}`;
ensureCorpus(harvestPieces(realFiles), { count: cliFiles, seed: SEED, out: corpus });
const inputs: BenchInput[] = [...realInputs(realFiles), ...generatedInputs(corpus, sample)];
const texts = inputs.map((input) => decode(input.raw).text);

const build = await buildCore(".");
try {
  const { parse } = (await import(pathToFileURL(build.file).href)) as {
    parse: (input: Uint8Array, options: { filename: string }) => unknown;
  };
  const noop = () => {};
  const callbacks = {
    onattribdata: noop,
    onattribentity: noop,
    onattribend: noop,
    onattribname: noop,
    oncdata: noop,
    onclosetag: noop,
    oncomment: noop,
    ondeclaration: noop,
    onend: noop,
    onopentagend: noop,
    onopentagname: noop,
    onprocessinginstruction: noop,
    onselfclosingtag: noop,
    ontext: noop,
    ontextentity: noop,
  };
  const leads = new LineLeads([RULE_WORDS]);
  const utf8 = new TextDecoder("utf-8");
  // Each loop returns something of what it read, summed, so that no work is optimised away.
  const loops: Array<[Loop, () => number]> = [
    ["parse", () => count(inputs, (input) => (parse(input.raw, { filename: input.filename }) ? 1 : 0))],
    ["floor", () => count(inputs, (input) => parseDocument(input.html).children.length)],
    ["decoder", () => count(inputs, (input) => utf8.decode(input.raw).length)],
    [
      "tokenizer",
      () =>
        count(inputs, (input) => {
          new Tokenizer(callbacks).run(input.html);
          return 1;
        }),
    ],
    ["characters", () => count(texts, charPass)],
    ["lines", () => count(texts, (text) => linePass(leads, text))],
    ["fingerprint", () => count(texts, (text) => fingerprint(text).length)],
  ];
  const pass = (loop: () => number) => () => {
    const start = process.cpuUsage();
    loop();
    const end = process.cpuUsage(start);
    return (end.user + end.system) / 1000;
  };
  const warmUp = (timePass: () => number) => {
    const times: number[] = [];
    while (times.length < SETTLE.maxPasses && !hasSettled(times, SETTLE)) times.push(timePass());
    return times.length;
  };
  // The parse is profiled first: the profiler runs through its warm-up too (started after it, a
  // profile charges code optimised before it started to the wrong functions; see profile.ts).
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: SAMPLING_MICROSECONDS });
  await session.post("Profiler.start");
  const parsePass = pass(loops[0]![1]);
  warmUp(parsePass);
  await session.post("Profiler.stop");
  await session.post("Profiler.start");
  for (let i = 0; i < PROFILED_PASSES; i++) parsePass();
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const shares = new Map(
    stageShares(callTreeOf(profile, "parse", pathToFileURL(build.file).href)).map((s) => [
      s.stage,
      s.percent,
    ]),
  );
  const ms = new Map<Loop, number>();
  for (const [name, loop] of loops) {
    const timePass = pass(loop);
    const warm = warmUp(timePass);
    const timed = Array.from({ length: TIMED_PASSES }, timePass);
    ms.set(name, median(timed));
    log(`${LOOP_NAMES[name]}: ${warm} warm-up passes, median ${median(timed).toFixed(1)} ms`);
  }
  const floor = ms.get("floor")!;
  const parses = (loop: Loop) => ms.get(loop)! / floor;
  console.log(
    `Core at ${build.label}; ${inputs.length} inputs; each loop warmed up until settled, then ${TIMED_PASSES} ` +
      `timed passes (median CPU time); the shares from ${PROFILED_PASSES} profiled passes of the parse.`,
  );
  console.log("\n| loop | ms a pass | bare parses a file |\n|---|---|---|");
  for (const [name] of loops)
    console.log(`| ${LOOP_NAMES[name]} | ${ms.get(name)!.toFixed(1)} | ${parses(name).toFixed(2)} |`);
  console.log(
    "\n| stages | share of the parse | bare parses a file now | a one-pass design still pays | bare parses |\n|---|---|---|---|---|",
  );
  for (const group of GROUPS) {
    const share = group.stages.reduce((sum, stage) => sum + (shares.get(stage) ?? 0), 0);
    const least = group.least.length === 0 ? 0 : group.least.reduce((sum, loop) => sum + parses(loop), 0);
    console.log(
      `| ${group.stages.join(", ")} | ${share.toFixed(1)}% | ${((share / 100) * parses("parse")).toFixed(2)} | ` +
        `${group.least.length === 0 ? "— (inside the loops above)" : group.least.map((l) => LOOP_NAMES[l]).join(" + ")} | ${least.toFixed(2)} |`,
    );
  }
} finally {
  build.remove();
}

function count<T>(items: readonly T[], each: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += each(item);
  return total;
}

/** Han characters and Latin words of the text, from one class lookup per character. */
function charPass(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) if ((classOf(text.charCodeAt(i)) & (HAN | WORD)) !== 0) found++;
  return found;
}

/** The lines of the text that hold a rule word, each line scanned once. */
function linePass(leads: LineLeads, text: string): number {
  let found = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (leads.rulesHeld(text.slice(start, end)) !== 0) found++;
    start = end + 1;
  }
  return found;
}
