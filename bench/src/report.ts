import { JUDGED_FIELDS, type JudgedField } from "./accuracy.js";
import { CORE_BUNDLE_BUDGETS } from "./bundle-budgets.js";
import type { CliRun } from "./cli-figures.js";
import { CAIXUN, HTMLPARSER2, READABILITY } from "./contenders/index.js";
import type { BenchResults } from "./results.js";
import { disagreement } from "./speed/instruction-count.js";
import { median } from "./speed/settle.js";
import { checkStageBudgets, renderStageBudgets } from "./speed/stage-budget.js";
import type { Timing } from "./speed/steady-state.js";
import {
  cliPerFileMs,
  inProcessGeneratedMs,
  onePassMs,
  showExactRatio,
  showRatio,
  type TargetCheck,
} from "./targets.js";

const FIELD_LABELS: Record<JudgedField, string> = {
  title: "title",
  date: "date",
  textStart: "text start",
  textEnd: "text end",
  kept: "kept (mustContain)",
  noLeaks: "no boilerplate leak",
};

const fixed = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fixed(bytes / 1000, 1)} KB`;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The Markdown of one run: what was measured, how, on what, and against which targets. */
export function renderReport(results: BenchResults, targets: TargetCheck[], notes: string): string {
  const { machine, inputs } = results;
  const cores = Object.entries(results.cores)
    .map(([key, label]) => `${key === CAIXUN ? "caixun parse" : "the baseline"}: core at ${label}`)
    .join("; ");
  const sections = [
    "## Speed, memory and accuracy against other extractors (`pnpm bench`)",
    `Run on ${results.date.slice(0, 16).replace("T", " ")} UTC with \`${results.command}\`: ${machine.cpuModel}, ` +
      `${machine.cpus} CPUs (nproc), ${fixed(machine.memoryGb, 1)} GiB RAM, Node ${machine.node}, ${machine.os}; ` +
      `1-minute load average ${fixed(machine.loadAverage, 2)} at the start (the machine is shared with other ` +
      "engineers' builds and tests, so absolute figures move between runs; the ratios of one run are the figures " +
      `to compare). Builds (esbuild bundles of \`packages/core/src\`, made the same way): ${cores}.`,
    `Inputs: ${fixed(inputs.files)} files, ${fixed(inputs.bytes / 1e6, 2)} MB: the seeds and \`../shared/corpus\` ` +
      `(${inputs.realFiles} files) and the first ${fixed(inputs.generatedFiles)} files of the generated corpus ` +
      `(seed ${inputs.seed}). caixun gets each file's bytes, which is its job. The HTML contenders and the ` +
      "htmlparser2 floor get the same file as the HTML page its site generator would publish: front matter removed, " +
      "its title in `<title>` and its date in `article:published_time`, the body rendered from Markdown or kept as " +
      "HTML, plain text as one `<p>` per line (built once, before timing, with caixun's own exported stages, so " +
      "they see the same title, date and body and none of that work is charged to them). MB/s is of the files' " +
      "bytes for every contender.",
    "### Steady state: each contender alone in its own process",
    speedMethod(results),
    speedSection(results),
    instructionSection(results),
    "### Linear in size: 32 KB files against one 1 MB file",
    linearitySection(results),
    "### Each stage of a parse against its budget",
    stagesSection(results),
    "### Cold start and memory: the first pass of a fresh process",
    coldSection(results),
    "### The CLI end to end",
    cliSection(results),
    "### Bundles",
    bundleSection(results),
    "### Targets",
    table(
      ["target", "this run", "status"],
      targets.map((t) => [t.target, t.figure, t.status === "missed" ? "**missed**" : t.status]),
    ),
    scaleNote(results),
    "### Accuracy on the gold labels",
    accuracySection(results),
    notes.trim(),
  ];
  return sections.filter((section) => section !== "").join("\n\n");
}

function speedMethod(results: BenchResults): string {
  const { processes, rounds, passesPerRound, settle } = results.speed;
  return (
    "Each contender runs in a process of its own (`src/speed/contender-process.ts`), so no contender's heap, " +
    "garbage or compiled code touches another's, and nothing forces a garbage collection (in V8 a forced " +
    "collection discards optimised code, and the pass after it re-optimises and runs slower). A pass is one " +
    "call per input over every input. After the first pass (the cold figure below) a contender warms up until " +
    `its pass time settles: the median CPU time of its last ${settle.window} passes within ` +
    `${fixed(settle.tolerance * 100)}% of the ${settle.window} before (at most ${settle.maxPasses} passes). ` +
    `Then ${rounds} rounds of ${passesPerRound} timed passes each; every round visits every contender's process ` +
    "in turn, in a rotating order, so that load from other work on the machine falls on all of them alike. " +
    (processes === 1
      ? `The median of the ${fixed(rounds * passesPerRound)} timed passes counts (one process per contender: ` +
        "a build's median pass moves by up to 20% between fresh processes, so `--processes N` measures N). "
      : `All of that ${processes} times (\`--processes ${processes}\`): each draw starts a fresh process of every ` +
        "contender, in an order rotated by one from the draw before, and ends them before the next. A " +
        `process's figure is the median of its ${fixed(rounds * passesPerRound)} timed passes; a contender's is ` +
        "the median of its processes' figures, their range beside it, and the ratio's range is of the pairs " +
        "that ran side by side in one draw. ") +
    "Speeds are per second of process CPU " +
    "time (user + system, which waits for a CPU held by other work do not inflate) and per second of wall time " +
    "(which V8's helper threads, concurrent garbage collection on the second core, shorten); the targets are " +
    "judged on both. The spread is the interquartile range of the timed passes' CPU time over their median."
  );
}

/** The instructions part, when `--parts` asked for it: its heading, method and table. */
function instructionSection(results: BenchResults): string {
  if (results.instructions === undefined) return "";
  const heading = "### Instructions: a steady-state pass counted by valgrind";
  if (!results.instructions.ok) return `${heading}\n\nNot measured: ${results.instructions.reason}.`;
  const { warmUpPasses, countedPasses, runs } = results.instructionOptions;
  const figures = results.instructions.value;
  const ours = figures.find((f) => f.key === CAIXUN);
  const method =
    "Each contender runs the inputs above in processes of its own (`src/speed/counted-passes.ts`, bundled to " +
    "plain JavaScript) under `valgrind --tool=cachegrind --cache-sim=no`, node with `--predictable` (no " +
    "background compiler or collector threads, so the JIT does the same work every run), " +
    "`--predictable-gc-schedule` and `--no-incremental-marking` (the collector paced by allocation, not by the " +
    "clock, which valgrind slows), and one full collection after the warm-up. A pass's " +
    `instructions are those of ${warmUpPasses} warm-up + ${2 * countedPasses} passes less those of ` +
    `${warmUpPasses} + ${countedPasses}, over ${countedPasses}: start-up, loading and warm-up cancel. What V8's ` +
    "JavaScript compilers (TurboFan, the parser, the bytecode generator; by function, from cachegrind's file) " +
    "executed in those passes is left out: V8 is still optimising after the warm-up, and in which pass follows " +
    `from a function's length. ${runs} runs ` +
    "of each; the load of the machine does not move the count, so the runs must agree. Instructions leave out " +
    "what a cache miss or a branch mispredicted costs, which CPU time includes.";
  const rows = figures.map((f) => {
    const perPass = median(f.perPass);
    return [
      f.key,
      f.perPass.map((n) => fixed(n / 1e6, 1)).join(" / "),
      fixed(perPass / results.inputs.files),
      `${fixed(disagreement(f.perPass) * 100, 3)}%`,
      ours === undefined || f === ours ? "—" : showExactRatio(perPass / median(ours.perPass)),
      String(f.failures),
    ];
  });
  return [
    heading,
    method,
    table(
      [
        "contender",
        "M instructions a pass (each run)",
        "a file",
        "runs disagree by",
        "against caixun parse",
        "failures",
      ],
      rows,
    ),
  ].join("\n\n");
}

function caixunTiming(results: BenchResults): Timing | undefined {
  return results.timings.ok ? results.timings.value.find((t) => t.key === CAIXUN) : undefined;
}

function speedSection(results: BenchResults): string {
  if (!results.timings.ok) return `Not measured: ${results.timings.reason}.`;
  const ours = caixunTiming(results);
  const draws = results.speed.processes;
  const ratio = (t: Timing, pick: (t: Timing) => number) =>
    ours === undefined || t === ours ? "—" : showRatio(pick(ours) / pick(t));
  /** With several draws: the range of the ratios of the processes that ran side by side. */
  const pairs = (t: Timing) => {
    if (draws === 1 || ours === undefined || t === ours) return "";
    const ratios = t.processes.map((p, i) => p.medianCpuMs / ours.processes[i]!.medianCpuMs);
    return ` (${showRatio(Math.min(...ratios))}–${showRatio(Math.max(...ratios))})`;
  };
  const processRange = (t: Timing) => {
    if (draws === 1) return "";
    const cpu = t.processes.map((p) => p.medianCpuMs);
    return ` (${fixed(Math.min(...cpu))}–${fixed(Math.max(...cpu))})`;
  };
  return table(
    [
      "contender",
      "reads",
      "articles/s (CPU)",
      "MB/s (CPU)",
      "caixun is (CPU)",
      "articles/s (wall)",
      "caixun is (wall)",
      "median pass (CPU)",
      "spread",
      "warm-up passes",
      "failures",
    ],
    results.timings.value.map((t) => [
      t.contender,
      t.reads === "raw" ? "file bytes" : "HTML page",
      fixed(t.articlesPerSecond),
      fixed(t.megabytesPerSecond, 2),
      ratio(t, (x) => x.articlesPerSecond) + pairs(t),
      fixed(t.wallArticlesPerSecond),
      ratio(t, (x) => x.wallArticlesPerSecond),
      `${fixed(t.medianCpuMs)} ms${processRange(t)}`,
      `${fixed(t.spread * 100, 1)}%`,
      `${t.warmUp.passes.join(" / ")}${t.warmUp.settled ? "" : " (not settled)"}`,
      String(t.failures),
    ]),
  );
}

function linearitySection(results: BenchResults): string {
  if (!results.linearity.ok) return `Not measured: ${results.linearity.reason}.`;
  const figures = results.linearity.value;
  return [
    `For each family, ${figures[0]?.smallFiles ?? 0} generated files of about 32 KB and one of about 1 MB ` +
      "(real paragraphs drawn until the body is that long, `src/linearity.ts`), parsed by caixun in the same " +
      "passes of one process, in steady state as above (the small files, then the large one, so both halves " +
      "of a pass run under the same load). The ratio is the 1 MB file's CPU per KB over the small files', the " +
      "median of the per-pass ratios; 1.00× is perfectly linear.",
    table(
      ["body", "small files (mean)", "large file", "µs per KB, small", "µs per KB, large", "ratio"],
      figures.map((f) => [
        f.label,
        kb(f.smallBytes),
        kb(f.largeBytes),
        fixed(f.smallMicrosPerKb, 1),
        fixed(f.largeMicrosPerKb, 1),
        showRatio(f.ratio),
      ]),
    ),
  ].join("\n\n");
}

function stagesSection(results: BenchResults): string {
  if (!results.stages.ok) return `Not measured: ${results.stages.reason}.`;
  const f = results.stages.value;
  return [
    "Where a parse of caixun's build goes, stage by stage (`src/speed/stages.ts`: decoding, reading the file into " +
      "its document, each stage `runPipeline` calls, the scrub of the finished Article), each against its budget " +
      "(`src/speed/stage-budget.ts`; over budget in bold). The share is of the parse's CPU under V8's sampling " +
      `profiler (\`pnpm --filter @caixun/bench profile\`, ${fixed(f.profiledInputs)} speed inputs, warm-up until ` +
      `settled; a pass took ${fixed(f.parseMs)} ms there, ${fixed(f.parseMs / f.floorMs, 1)} bare htmlparser2 parses ` +
      "of the same pages): it moves a point or two between runs. The pattern runs, the characters they search and " +
      "the wide openings they try (a rule that opens with a run of any characters, which reads it on every text " +
      "it is given) are counted, not timed (`pnpm --filter @caixun/bench patterns`: every call of a regular expression over the " +
      `${fixed(f.countedFiles)} input files of \`seeds/\` and \`datasets/\`, after one uncounted pass), so they are ` +
      "the same at any load, and `test/stage-budget.test.ts` fails when a stage goes over: a rule that doubles a " +
      "stage's work shows at review.",
    renderStageBudgets(checkStageBudgets(f.shares, f.work)),
  ].join("\n\n");
}

function coldSection(results: BenchResults): string {
  if (!results.timings.ok) return `Not measured: ${results.timings.reason}.`;
  const ours = caixunTiming(results);
  return [
    "What a short-lived process pays: the first pass over the same inputs in a fresh process, right after " +
      "loading the contender's modules and the inputs (no warm-up), with its lazy compilation and " +
      "optimisation. Peak RSS from `process.resourceUsage().maxRSS` of the contender's process: as loaded " +
      "(its modules and the inputs), and by the end of that first pass (MB = 10^6 bytes).",
    table(
      [
        "contender",
        "first pass (CPU)",
        "articles/s (CPU)",
        "caixun is",
        "steady state is × faster",
        "loaded",
        "peak RSS",
        "added by the pass",
      ],
      results.timings.value.map((t) => [
        t.contender,
        `${fixed(t.cold.cpuMs)} ms`,
        fixed(t.coldArticlesPerSecond),
        ours === undefined || t === ours
          ? "—"
          : showRatio(ours.coldArticlesPerSecond / t.coldArticlesPerSecond),
        showRatio(t.articlesPerSecond / t.coldArticlesPerSecond),
        `${fixed(t.loadedMb)} MB`,
        `${fixed(t.peakMb)} MB`,
        `${fixed(t.peakMb - t.loadedMb)} MB`,
      ]),
    ),
  ].join("\n\n");
}

/** What the Readability target means in units of the parse every HTML-based extractor must do. */
function scaleNote(results: BenchResults): string {
  if (!results.timings.ok) return "";
  const speed = (key: string) =>
    results.timings.ok && results.timings.value.find((t) => t.key === key)?.articlesPerSecond;
  const floor = speed(HTMLPARSER2);
  const readabilitySpeed = speed(READABILITY);
  const caixunSpeed = speed(CAIXUN);
  if (!floor || !readabilitySpeed || !caixunSpeed) return "";
  const parses = (articlesPerSecond: number) => fixed(floor / articlesPerSecond, 1);
  return (
    `For scale, in steady-state CPU time per file: Readability + linkedom costs ${parses(readabilitySpeed)} bare ` +
    `htmlparser2 parses of the page, so 10× faster means ${fixed(floor / readabilitySpeed / 10, 2)} parses; ` +
    `caixun costs ${parses(caixunSpeed)}.`
  );
}

/** The CPU per file of the two in-process references a CLI run is set against, in ms. */
interface CliReferences {
  steadyMs: number | undefined;
  /** The same files each once in a fresh process; only for runs over those files. */
  onePassMs: number | undefined;
}

function cliRow(run: CliRun, references: CliReferences): string[] {
  const perFile = cliPerFileMs(run);
  const ratio = (ms: number | undefined) => (ms === undefined ? "—" : showRatio(perFile / ms));
  return [
    `${run.label.split(" ")[0]} --jobs ${run.jobs}`,
    fixed(run.files),
    `${fixed(run.seconds, 1)} s`,
    fixed(run.filesPerSecond),
    fixed(run.megabytesPerSecond, 2),
    `${fixed(perFile * 1000)} µs`,
    ratio(references.onePassMs),
    ratio(references.steadyMs),
    `${fixed(run.peakRssMb)} MB`,
    String(run.exitCode),
  ];
}

function cliSection(results: BenchResults): string {
  const inProcess = inProcessGeneratedMs(results);
  const parts = [
    "`node apps/cli/dist/bin.js parse <generated folder> --jobs N --quiet`, JSON Lines to /dev/null, and " +
      "`node apps/cli/dist/bin.js ingest <the first generated folders> --db <new file> --jobs N --quiet`, each " +
      "under `/usr/bin/time -v`: wall time, CPU time (user + system of the whole process, worker threads " +
      "included) and peak RSS (MB = 10^6 bytes). The CPU per file of a parse run is set against two " +
      "in-process parses (core's parse with the shipped securities dictionary, as the CLI parses). " +
      "**Same files, one pass**: a fresh process loads core and the dictionary and parses each of the " +
      "same files once" +
      (results.cliReference.ok
        ? ` (${fixed(onePassMs(results.cliReference.value) * 1000)} µs per file, ${fixed(results.cliReference.value.loadMs)} ms of loading spread over the files)`
        : ` (not measured: ${results.cliReference.reason})`) +
      ", so it pays what the CLI's own fresh process pays for V8's warm-up and the loading: what the CLI " +
      "costs over it is what walking, reading, core's reader of inputs that may hold many records " +
      "(`parseAll`), the worker threads and writing the output add. " +
      "**Steady state**: the generated files of the steady-state run above" +
      (inProcess === undefined
        ? " (not measured in this run)"
        : ` (${inProcess.contender}: ${fixed(inProcess.ms * 1000)} µs per file)`) +
      ", warmed up and loaded before the timing starts, which no fresh process is: this ratio also " +
      "holds the warm-up, a fixed cost that a run of more files spreads thinner.",
  ];
  const rows: string[][] = [];
  const steadyMs = inProcess?.ms;
  const onePass = results.cliReference.ok ? onePassMs(results.cliReference.value) : undefined;
  if (results.cliRuns.ok)
    for (const run of results.cliRuns.value) rows.push(cliRow(run, { steadyMs, onePassMs: onePass }));
  else parts.push(`Not measured: ${results.cliRuns.reason}.`);
  if (results.ingestRuns.ok)
    for (const run of results.ingestRuns.value) rows.push(cliRow(run, { steadyMs, onePassMs: undefined }));
  else parts.push(`Not measured: ${results.ingestRuns.reason}.`);
  if (results.ingestRuns.ok) {
    // A file may hold many Articles, and a later file may replace an earlier one's (same id).
    const lines = results.ingestRuns.value.map(
      (run) =>
        `ingest --jobs ${run.jobs}: ${fixed(run.articles)} Articles stored (${fixed(run.distinct)} distinct ids), ` +
        `**${fixed(run.articlesPerSecond)} articles/s**, ${fixed((run.cpuSeconds / run.articles) * 1e6)} µs of CPU an Article.`,
    );
    parts.push(lines.join(" "));
  }
  if (results.millionRun.ok) rows.push(cliRow(results.millionRun.value, { steadyMs, onePassMs: undefined }));
  else parts.push(`1,000,000 files: not measured: ${results.millionRun.reason}.`);
  if (rows.length > 0) {
    parts.push(
      table(
        [
          "run",
          "files",
          "wall time",
          "files/s",
          "MB/s",
          "CPU per file",
          "× same files, one pass",
          "× steady state",
          "peak RSS",
          "exit",
        ],
        rows,
      ),
    );
  }
  parts.push(
    results.startupMs.ok
      ? `Start-up: median of 20 runs of \`caixun --version\`: **${fixed(results.startupMs.value)} ms**.`
      : `Start-up: not measured: ${results.startupMs.reason}.`,
  );
  return parts.join("\n\n");
}

/** A core entry's budget and what is left of it (`bench/src/bundle-budgets.ts`). */
function budgetOf(name: string, gzipBytes: number): string {
  const budget = CORE_BUNDLE_BUDGETS[name];
  if (budget === undefined) return "none";
  const left = budget - gzipBytes;
  return `${kb(budget)} (${left >= 0 ? `${kb(left)} left` : `**${kb(-left)} over**`})`;
}

function bundleSection(results: BenchResults): string {
  const rows: string[][] = [];
  const reasons: string[] = [];
  for (const { app, size } of results.workerBundles) {
    if (size.ok)
      rows.push([
        `${app} (Worker)`,
        "`wrangler deploy --dry-run --outdir <tmp>` (esbuild, then terser)",
        kb(size.value.bytes),
        `**${kb(size.value.gzipBytes)}**`,
        "",
      ]);
    else reasons.push(`${app}: not measured: ${size.reason}.`);
  }
  if (results.coreBundles.ok) {
    for (const bundle of results.coreBundles.value) {
      rows.push([
        `\`${bundle.name}\` alone, for browsers`,
        "esbuild: bundle, minify, ES module, platform browser, UTF-8",
        kb(bundle.bytes),
        `**${kb(bundle.gzipBytes)}**`,
        budgetOf(bundle.name, bundle.gzipBytes),
      ]);
    }
  } else reasons.push(`Core entry points: not measured: ${results.coreBundles.reason}.`);
  return [
    "Sizes of what is shipped, raw and gzipped (zlib default level; KB = 1,000 bytes). Each entry point of " +
      "core is bundled alone, so a subpath (such as a dictionary) is counted apart from the default import; " +
      "`@caixun/core { parse }` is the default import with only `parse` used, as a page that parses files ships it. " +
      "Each core entry's gzip has a budget (`bench/src/bundle-budgets.ts`), which a bench test holds it to.",
    ...(rows.length > 0 ? [table(["bundle", "made with", "size", "gzip", "budget"], rows)] : []),
    ...reasons,
  ].join("\n\n");
}

function accuracySection(results: BenchResults): string {
  if (!results.accuracy.ok) return `Not measured: ${results.accuracy.reason}.`;
  const scores = results.accuracy.value;
  return [
    `Every file with a hand-written label in \`../shared/corpus/gold/\` (${scores[0]?.files ?? 0} files), the ` +
      "same inputs as above. Only the fields a generic extractor yields are judged here (caixun's other fields " +
      "are in docs/accuracy.md): title; date, compared as an instant (a date a contender cannot turn into one " +
      "counts as none, and no date is right where the label has none; the run uses TZ=UTC, so a contender reads " +
      "a zone-less `2021-12-08 10:46:18` as UTC, where the brief says such dates are Asia/Shanghai); the start " +
      "and end of the text after collapsing white space; every `mustContain` fragment kept; no `mustNotContain` " +
      "boilerplate in the text. The HTML contenders' text is the article HTML they return, turned into text with " +
      "a line break after each block (`src/contenders/html-text.ts`); caixun's is its `text`. The parse-only " +
      "floor extracts nothing and is not judged.",
    table(
      ["contender", ...JUDGED_FIELDS.map((f) => FIELD_LABELS[f]), "boilerplate fragments leaked"],
      scores.map((s) => [
        s.contender,
        ...JUDGED_FIELDS.map((f) => {
          const { correct, judged } = s.fields[f];
          return judged === 0 ? "—" : `${fixed((100 * correct) / judged, 1)}% (${correct}/${judged})`;
        }),
        String(s.leakedFragments),
      ]),
    ),
  ].join("\n\n");
}
