import { extname, resolve } from "node:path";
import { type Command, Option } from "commander";
import { openWriter } from "../article-writer.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED, UsageError } from "../exit-codes.js";
import { type FieldName, parseFieldList } from "../fields.js";
import { createFormat, FORMAT_NAMES, type FormatName, formatForExtension } from "../formats/index.js";
import { countInputs, resolveInputs } from "../inputs.js";
import { watchInterrupts } from "../interrupt.js";
import { extensionList, positiveInteger } from "../options.js";
import type { Failure } from "../outcome.js";
import { OutputClosedError, openAtomicFile } from "../output.js";
import { checkOutputSafety, outputTarget } from "../output-target.js";
import { defaultJobs, parseInputs } from "../pipeline.js";
import { Progress } from "../progress.js";
import { type RunCounts, summaryLine } from "../summary.js";

const EXAMPLES = `
Inputs are files, folders (walked recursively for .md .markdown .txt .text .html .htm; see --ext),
quoted globs ("corpus/**/*.md") or - for stdin. Output order is input order, whatever --jobs is.

Examples:
  $ caixun parse seeds                                  JSON Lines on stdout
  $ caixun parse seeds --format table                   one line per article, for a human
  $ caixun parse corpus -o articles.csv --bom           CSV for Excel (format from the extension)
  $ caixun parse corpus --format md -o out/             one Markdown file per article, mirroring corpus/
  $ caixun parse "corpus/**/*.md" --fields id,title,publishedAt --format csv
  $ caixun parse corpus --errors failures.jsonl --jobs 4
  $ cat post.md | caixun parse - --format json`;

interface ParseCommandOptions {
  format?: FormatName;
  out?: string;
  fields?: string;
  jobs: number;
  errors?: string;
  failFast?: boolean;
  bom?: boolean;
  ext?: string[];
  quiet?: boolean;
}

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description(
      "parse news files into Article records and write them as JSON Lines, JSON, CSV, Markdown, HTML or text",
    )
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .addOption(
      new Option("-f, --format <format>", "output format (default: jsonl, or from the -o extension)").choices(
        FORMAT_NAMES,
      ),
    )
    .option(
      "-o, --out <file|dir>",
      "write to a file, or to a folder (existing, or ending in /) with one file per article",
    )
    .option(
      "--fields <list>",
      "comma-separated fields to keep (jsonl, json, csv, table); 'file' is the input path",
    )
    .option("-j, --jobs <n>", "worker threads", positiveInteger, defaultJobs())
    .option("--errors <file>", "also write failures to this file as JSON Lines")
    .option("--fail-fast", "stop at the first input that fails")
    .option("--bom", "start CSV output with a UTF-8 byte order mark (for Excel)")
    .option(
      "--ext <list>",
      "extensions to pick up when walking folders (default: md,markdown,txt,text,html,htm)",
      extensionList,
    )
    .option("-q, --quiet", "no progress line and no summary on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: ParseCommandOptions) => {
      await runParse(specs, options);
    });
}

async function runParse(specs: string[], options: ParseCommandOptions): Promise<void> {
  const started = Date.now();
  const target = await outputTarget(options.out);
  const formatName =
    options.format ?? (target.kind === "file" ? formatForExtension(extname(target.path)) : null) ?? "jsonl";
  const fields: FieldName[] | null = options.fields === undefined ? null : parseFieldList(options.fields);
  const format = createFormat(formatName, { fields, bom: options.bom ?? false });
  const roots = await resolveInputs(specs);
  await checkOutputSafety("output", target, roots);
  if (options.errors !== undefined) {
    await checkOutputSafety("errors file", { kind: "file", path: options.errors }, roots);
    if (target.kind !== "stdout" && resolve(options.errors) === resolve(target.path)) {
      throw new UsageError("--errors and --out name the same file");
    }
  }

  const walk = options.ext === undefined ? {} : { extensions: options.ext };
  const progress = new Progress(process.stderr, !options.quiet && Boolean(process.stderr.isTTY));
  if (progress.active)
    void countInputs(roots, walk).then(
      (total) => progress.setTotal(total),
      () => undefined,
    );

  // Watch for Ctrl-C before any temp file exists, so that no signal can leave one behind.
  const interrupts = watchInterrupts();
  const writer = await openWriter(target, format).catch((error: Error) => {
    interrupts.dispose();
    throw new UsageError(`cannot write ${options.out}: ${error.message}`);
  });
  const errorLog =
    options.errors === undefined
      ? null
      : await openAtomicFile(options.errors).catch(async (error: Error) => {
          interrupts.dispose();
          await writer.abort();
          throw new UsageError(`cannot write ${options.errors}: ${error.message}`);
        });
  const counts: RunCounts = { parsed: 0, withWarnings: 0, failed: 0 };
  try {
    for await (const { input, outcome } of parseInputs(roots, { ...walk, jobs: options.jobs })) {
      let failure: Failure | null = outcome.ok ? null : outcome.failure;
      if (outcome.ok) {
        failure = await writer.article(outcome.article, input);
        if (failure === null) {
          counts.parsed++;
          if (outcome.article.warnings.length > 0) counts.withWarnings++;
        }
      }
      if (failure !== null) {
        counts.failed++;
        progress.clear();
        process.stderr.write(`caixun: ${input.path}: ${failure.message}\n`);
        await errorLog?.write(
          `${JSON.stringify({ file: input.path, code: failure.code, message: failure.message })}\n`,
        );
      }
      progress.tick(failure !== null);
      if ((failure !== null && options.failFast) || interrupts.interrupted) break;
    }
    if (!interrupts.interrupted) await writer.finish();
  } catch (error) {
    if (!(error instanceof OutputClosedError)) {
      await Promise.all([writer.abort(), errorLog?.abort()]);
      throw error;
    }
  } finally {
    interrupts.dispose();
    progress.clear();
  }

  if (interrupts.interrupted) {
    // Files are not committed (no partial output left behind); stdout gets a complete document.
    await Promise.all([writer.abort(), errorLog?.abort()]);
    process.stderr.write(`caixun: interrupted; ${summaryLine(counts, Date.now() - started)}\n`);
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  await errorLog?.commit();
  if (!options.quiet) process.stderr.write(`caixun: ${summaryLine(counts, Date.now() - started)}\n`);
  if (counts.failed > 0) process.exitCode = EXIT_FAILURES;
}
