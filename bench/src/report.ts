import { JUDGED_FIELDS, type JudgedField } from "./accuracy.js";
import type { CliRun } from "./cli-figures.js";
import { htmlparser2Floor } from "./contenders/htmlparser2-floor.js";
import { readability } from "./contenders/readability.js";
import type { BenchResults } from "./results.js";
import type { TargetCheck } from "./targets.js";

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
  const caixun = results.timings[0]!;
  const sections = [
    "## Speed, memory and accuracy against other extractors (`pnpm bench`)",
    `Run on ${results.date.slice(0, 16).replace("T", " ")} UTC with \`${results.command}\`: ${machine.cpuModel}, ` +
      `${machine.cpus} CPUs (nproc), ${fixed(machine.memoryGb, 1)} GiB RAM, Node ${machine.node}, ${machine.os}. ` +
      `Other engineers were building and testing on the same machine (1-minute load average ` +
      `${fixed(machine.loadAverage, 2)} at the start), so absolute figures move between runs; the ratios come ` +
      "from interleaved rounds in one process and are the figures to compare.",
    "### Single-threaded speed, every contender in one process",
    `Inputs: ${fixed(inputs.files)} files, ${fixed(inputs.bytes / 1e6, 2)} MB: the seeds and \`../shared/corpus\` ` +
      `(${inputs.realFiles} files) and the first ${fixed(inputs.generatedFiles)} files of the generated corpus ` +
      `(seed ${inputs.seed}). caixun gets each file's bytes, which is its job. The HTML contenders and the ` +
      "htmlparser2 floor get the same file as the HTML page its site generator would publish: front matter removed, " +
      "its title in `<title>` and its date in `article:published_time`, the body rendered from Markdown or kept as " +
      "HTML, plain text as one `<p>` per line (built once, before timing, with caixun's own exported stages, so " +
      "they see the same title, date and body and none of that work is charged to them). MB/s is of the files' " +
      `bytes for every contender. ${plural(results.rounds.warmup, "warm-up round")}, then ` +
      `${plural(results.rounds.timed, "timed round")}; each round runs every contender once over all inputs, in ` +
      "rotating order, and the median round counts. Speeds are per second of process CPU time (user + system), " +
      "which waits for a CPU held by other work on this shared machine do not inflate, and per second of wall " +
      "time, which V8's helper threads (concurrent garbage collection on the second core) shorten; the speed " +
      "targets are judged on both.",
    table(
      [
        "contender",
        "reads",
        "articles/s (CPU)",
        "MB/s (CPU)",
        "caixun is (CPU)",
        "articles/s (wall)",
        "caixun is (wall)",
        "median round (CPU)",
        "failures",
      ],
      results.timings.map((t) => [
        t.contender,
        t.reads === "raw" ? "file bytes" : "HTML page",
        fixed(t.articlesPerSecond),
        fixed(t.megabytesPerSecond, 2),
        t === caixun ? "—" : `${fixed(caixun.articlesPerSecond / t.articlesPerSecond, 2)}×`,
        fixed(t.wallArticlesPerSecond),
        t === caixun ? "—" : `${fixed(caixun.wallArticlesPerSecond / t.wallArticlesPerSecond, 2)}×`,
        `${fixed(t.medianCpuMs)} ms`,
        String(t.failures),
      ]),
    ),
    "### Memory",
    memorySection(results),
    "### The CLI end to end",
    cliSection(results),
    "### Worker bundle",
    results.bundle.ok
      ? `\`wrangler deploy --dry-run --outdir <tmp>\` in \`apps/api\`: ${results.bundle.value.files.join(", ")}, ` +
        `${fixed(results.bundle.value.bytes / 1000, 1)} KB, **${fixed(results.bundle.value.gzipBytes / 1000, 1)} KB ` +
        "gzip** (zlib default level; KB = 1,000 bytes)."
      : `Not measured: ${results.bundle.reason}.`,
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

/** What the Readability target means in units of the parse every HTML-based extractor must do. */
function scaleNote(results: BenchResults): string {
  const speed = (name: string) => results.timings.find((t) => t.contender === name)?.articlesPerSecond;
  const floor = speed(htmlparser2Floor.name);
  const readabilitySpeed = speed(readability.name);
  const caixunSpeed = results.timings[0]!.articlesPerSecond;
  if (floor === undefined || readabilitySpeed === undefined) return "";
  const parses = (articlesPerSecond: number) => fixed(floor / articlesPerSecond, 1);
  return (
    `For scale, in CPU time per file: Readability + linkedom costs ${parses(readabilitySpeed)} bare ` +
    `htmlparser2 parses, so 10× faster means ${fixed(floor / readabilitySpeed / 10, 2)} parses; caixun costs ` +
    `${parses(caixunSpeed)}.`
  );
}

function memorySection(results: BenchResults): string {
  if (!results.memory.ok) return `Not measured: ${results.memory.reason}.`;
  return [
    "Each contender alone in a fresh process (`src/memory-probe.ts`): load every contender's modules and the " +
      "same inputs as above, then one pass. Peak RSS from `process.resourceUsage().maxRSS`; the last column is " +
      "what the pass added over the process as loaded (MB = 10^6 bytes).",
    table(
      ["contender", "loaded", "peak RSS", "added by the pass"],
      results.memory.value.map((m) => [
        m.contender,
        `${fixed(m.loadedMb)} MB`,
        `${fixed(m.peakMb)} MB`,
        `${fixed(m.peakMb - m.loadedMb)} MB`,
      ]),
    ),
  ].join("\n\n");
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function cliRow(label: string, run: CliRun): string[] {
  return [
    label,
    fixed(run.files),
    `${fixed(run.seconds, 1)} s`,
    fixed(run.filesPerSecond),
    fixed(run.megabytesPerSecond, 2),
    `${fixed(run.peakRssMb)} MB`,
    String(run.exitCode),
  ];
}

function cliSection(results: BenchResults): string {
  const parts = [
    "`node apps/cli/dist/bin.js parse <generated folder> --jobs N --quiet`, JSON Lines to /dev/null, under " +
      "`/usr/bin/time -v` (wall time; peak RSS is the process's, worker threads included; MB = 10^6 bytes).",
  ];
  const rows: string[][] = [];
  if (results.cliRuns.ok)
    for (const run of results.cliRuns.value) rows.push(cliRow(`--jobs ${run.jobs}`, run));
  else parts.push(`Not measured: ${results.cliRuns.reason}.`);
  if (results.millionRun.ok)
    rows.push(cliRow(`--jobs ${results.millionRun.value.jobs}`, results.millionRun.value));
  else parts.push(`1,000,000 files: not measured: ${results.millionRun.reason}.`);
  if (rows.length > 0) {
    parts.push(table(["run", "files", "wall time", "files/s", "MB/s", "peak RSS", "exit"], rows));
  }
  parts.push(
    results.startupMs.ok
      ? `Start-up: median of 20 runs of \`caixun --version\`: **${fixed(results.startupMs.value)} ms**.`
      : `Start-up: not measured: ${results.startupMs.reason}.`,
  );
  return parts.join("\n\n");
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
      "and end of the text after " +
      "collapsing white space; every `mustContain` fragment kept; no `mustNotContain` boilerplate in the text. " +
      "The HTML contenders' text is the article HTML they return, turned into text with a line break after " +
      "each block (`src/contenders/html-text.ts`); caixun's is its `text`. The parse-only floor extracts " +
      "nothing and is not judged.",
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
