import { extname } from "node:path";
import { type InputRoot, resolveInputs } from "@caixun/inputs";
import { type Command, Option } from "commander";
import { csvRecord, UTF8_BOM } from "../csv.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED, UsageError } from "../exit-codes.js";
import { InputRun } from "../input-run.js";
import { type InterruptWatch, watchInterrupts } from "../interrupt.js";
import { extOption, jobsOption, maxHeldOption, parseTimeoutOption, positiveInteger } from "../options.js";
import {
  OutputClosedError,
  type OutputSink,
  openAtomicFile,
  removeStaleTemps,
  stdoutSink,
} from "../output.js";
import { checkOutputSafety, type OutputTarget, outputTarget } from "../output-target.js";
import { type CollectedStory, STORY_ITEMS_HELD, StoryCollector } from "../story-collector.js";
import { skippedPhrase } from "../summary.js";

const FORMATS = ["jsonl", "csv"] as const;
type StoriesFormat = (typeof FORMATS)[number];

const EXAMPLES = `
A story is the same news told by several articles: another outlet's copy, a feed's relay, a
repost with a new headline or a boilerplate tail, a truncated copy. Each story is written once with
its canonical copy (the most complete text, then the original outlet, then the earliest), when it
was first seen, and every copy. Stories come in the order of their first copy, whatever --jobs is.

JSON Lines: one story a line,
  { storyId, canonical, title, firstSeenAt, copies: [{ id, source, via, publishedAt, title, url, file, ref }],
    securities, tags }
CSV: one row a copy, with its story's columns first.

Memory is bounded: at most --max-held articles (default 20,000) are held for grouping. A corpus that
never holds as many within a story's time window (36 hours) or undated is grouped exactly; past
that the oldest are forgotten as new ones come (undated ones in the order they came), so a copy
within --max-held articles of its story's first still joins it exactly, and the summary says how
many stories were closed while a later copy could still have joined (told as a story of its own).

Examples:
  $ caixun stories corpus                              every story as JSON Lines
  $ caixun stories corpus --min-copies 2 -o told-twice.jsonl
  $ caixun stories corpus -o stories.csv --bom         CSV for Excel (format from the extension)`;

interface StoriesCommandOptions {
  format?: StoriesFormat;
  out?: string;
  minCopies: number;
  jobs?: number;
  parseTimeout?: number;
  bom?: boolean;
  ext?: string[];
  quiet?: boolean;
  maxHeld: number;
}

const CSV_COLUMNS = [
  "storyId",
  "storyTitle",
  "firstSeenAt",
  "copies",
  "canonical",
  "id",
  "source",
  "via",
  "publishedAt",
  "title",
  "url",
  "file",
  "ref",
] as const;

export function registerStories(program: Command): void {
  program
    .command("stories")
    .description(
      "group a corpus into stories (the same news from several outlets) and write one story per line",
    )
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .addOption(
      new Option("-f, --format <format>", "output format (default: jsonl, or from the -o extension)").choices(
        FORMATS,
      ),
    )
    .option("-o, --out <file>", "write to this file (atomically) instead of stdout")
    .option("--min-copies <n>", "only stories told by at least this many articles", positiveInteger, 1)
    .addOption(jobsOption())
    .addOption(parseTimeoutOption())
    .option("--bom", "start CSV output with a UTF-8 byte order mark (for Excel)")
    .addOption(extOption())
    .option("-q, --quiet", "no progress line and no summary on stderr")
    .addOption(maxHeldOption(STORY_ITEMS_HELD))
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: StoriesCommandOptions) => {
      await runStories(specs, options);
    });
}

async function runStories(specs: string[], options: StoriesCommandOptions): Promise<void> {
  const target = await outputTarget(options.out);
  if (target.kind === "folder")
    throw new UsageError("stories are written to one file or stdout, not a folder");
  const format: StoriesFormat =
    options.format ??
    (target.kind === "file" && extname(target.path).toLowerCase() === ".csv" ? "csv" : "jsonl");
  const roots = await resolveInputs(specs);
  await checkOutputSafety("output", target, roots);

  if (target.kind === "file" && (await removeStaleTemps(target)) > 0 && !options.quiet) {
    process.stderr.write("caixun: removed temp file(s) left by an earlier run that was killed\n");
  }
  const interrupts = watchInterrupts();
  const collector = await StoryCollector.open({ maxHeld: options.maxHeld });
  try {
    await writeStories(collector, roots, interrupts, target, format, options);
  } finally {
    await collector.dispose();
  }
}

async function writeStories(
  collector: StoryCollector,
  roots: InputRoot[],
  interrupts: InterruptWatch,
  target: OutputTarget,
  format: StoriesFormat,
  options: StoriesCommandOptions,
): Promise<void> {
  const run = new InputRun(roots, interrupts, {
    jobs: options.jobs,
    parseTimeoutMs: options.parseTimeout,
    extensions: options.ext,
    quiet: options.quiet,
  });
  try {
    for await (const { input, parsed } of run.articles())
      await collector.add(parsed.article, input.path, parsed.article.ref);
  } catch (error) {
    interrupts.dispose();
    throw error;
  }
  if (run.interrupted) {
    interrupts.dispose();
    process.stderr.write("caixun: interrupted; no stories written\n");
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  const failed = run.counts.failed;

  const sink: OutputSink =
    target.kind === "file"
      ? await openAtomicFile(target.path).catch((error: Error) => {
          interrupts.dispose();
          throw new UsageError(`cannot write ${options.out}: ${error.message}`);
        })
      : stdoutSink();
  let written = 0;
  try {
    if (format === "csv") await sink.write((options.bom ? UTF8_BOM : "") + csvRecord(CSV_COLUMNS));
    for await (const { story } of collector.stories()) {
      if (story.copies.length < options.minCopies) continue;
      await sink.write(format === "csv" ? csvRows(story) : `${JSON.stringify(story)}\n`);
      written++;
      if (run.interrupted) break;
    }
    if (run.interrupted) {
      await sink.abort();
      process.stderr.write("caixun: interrupted; no stories written\n");
      process.exitCode = EXIT_INTERRUPTED;
      return;
    }
    await sink.commit();
  } catch (error) {
    if (!(error instanceof OutputClosedError)) {
      await sink.abort();
      throw error;
    }
  } finally {
    interrupts.dispose();
  }
  if (!options.quiet) {
    const copies = collector.size - collector.storyCount;
    const skipped = skippedPhrase(run.counts.skipped);
    process.stderr.write(
      `caixun: ${collector.size} articles, ${collector.storyCount} stories (${copies} copies of a story already told); ` +
        `${written} written${failed > 0 ? `, ${failed} failed` : ""}${skipped === "" ? "" : `; ${skipped}`}\n`,
    );
    const estimate = collector.estimateLine();
    if (estimate !== null) process.stderr.write(estimate);
  }
  if (failed > 0) process.exitCode = EXIT_FAILURES;
}

/** One CSV row per copy, its story's columns first. */
function csvRows(story: CollectedStory): string {
  return story.copies
    .map((copy) =>
      csvRecord([
        story.storyId,
        story.title,
        story.firstSeenAt ?? "",
        String(story.copies.length),
        copy.id === story.canonical ? "yes" : "",
        copy.id,
        copy.source ?? "",
        copy.via.join("; "),
        copy.publishedAt ?? "",
        copy.title,
        copy.url ?? "",
        copy.file,
        copy.ref ?? "",
      ]),
    )
    .join("");
}
