import { extname, resolve } from "node:path";
import { resolveInputs, useSecurityList } from "@caixun/inputs";
import { type Command, Option } from "commander";
import { addFilterOptions, articleFilter, droppedBecause, type FilterOptions } from "../article-filter.js";
import { openWriter } from "../article-writer.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED, UsageError } from "../exit-codes.js";
import { type FieldName, parseFieldList } from "../fields.js";
import {
  createFormat,
  FORMAT_EXTENSIONS,
  FORMAT_NAMES,
  type FormatName,
  formatForExtension,
} from "../formats/index.js";
import { InputRun } from "../input-run.js";
import { watchInterrupts } from "../interrupt.js";
import { extOption, jobsOption, mappingOption, maxHeldOption, parseTimeoutOption } from "../options.js";
import { OutputClosedError, openAtomicFile, removeStaleTemps } from "../output.js";
import { checkOutputSafety, outputTarget } from "../output-target.js";
import { readRules } from "../rules.js";
import { STORY_ITEMS_HELD } from "../story-collector.js";
import { StorySpool } from "../story-spool.js";
import { summaryLine } from "../summary.js";
import { inputLine } from "../terminal-text.js";

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
  $ caixun parse corpus --since 2022-01-01 --until 2022-03-31 --source 北方网,hebeiribao
  $ caixun parse corpus --format-in hexo-aggregator -v     -v: each dropped article and warning, with why
  $ cat post.md | caixun parse - --format json
  $ caixun parse corpus --dedupe -o articles.jsonl       one copy of each story (see caixun stories)
  $ caixun parse corpus --rules learned.json             add rule packs (see caixun learn)`;

interface ParseCommandOptions extends FilterOptions {
  format?: FormatName;
  out?: string;
  fields?: string;
  jobs?: number;
  parseTimeout?: number;
  errors?: string;
  failFast?: boolean;
  bom?: boolean;
  csvRaw?: boolean;
  ext?: string[];
  quiet?: boolean;
  securities?: string;
  verbose?: boolean;
  stories?: boolean;
  dedupe?: boolean;
  maxHeld: number;
  rules: string[];
}

export function registerParse(program: Command): void {
  const command = program
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
    .addOption(jobsOption())
    .addOption(parseTimeoutOption())
    .option("--errors <file>", "also write failures (and entries a walk could not read) as JSON Lines")
    .option("--fail-fast", "stop at the first input that fails")
    .option("--bom", "start CSV output with a UTF-8 byte order mark (for Excel)")
    .option(
      "--csv-raw",
      "write CSV cells as they are; by default a cell starting with = + - @ tab or CR gets a leading ' so no spreadsheet runs it as a formula",
    )
    .addOption(extOption())
    .addOption(mappingOption())
    .option(
      "--securities <file>",
      "add your own securities (TSV/CSV with code, market, name columns) to the shipped dictionary",
    )
    .option(
      "--rules <file>",
      "add rule packs from a JSON file (one pack or a list; what `caixun learn` writes); repeatable",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option("-q, --quiet", "no progress line and no summary on stderr")
    .option("-v, --verbose", "say on stderr why each article a filter dropped was dropped, and every warning")
    .option(
      "--stories",
      "group the articles into stories and set each one's storyId (output follows the last input)",
    )
    .option("--dedupe", "keep only the canonical copy of each story (implies --stories)")
    .addOption(maxHeldOption(STORY_ITEMS_HELD))
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: ParseCommandOptions) => {
      await runParse(specs, options);
    });
  addFilterOptions(command);
}

/**
 * The format an output file's extension names; null when there is no file or no extension. An
 * extension that names no format (`-o out.xml`) is a usage error, not silently JSON Lines.
 */
function formatOfTarget(target: Awaited<ReturnType<typeof outputTarget>>): FormatName | null {
  if (target.kind !== "file" || extname(target.path) === "") return null;
  const format = formatForExtension(extname(target.path));
  if (format === null) {
    throw new UsageError(
      `no output format for the extension of ${target.path}; use ${Object.keys(FORMAT_EXTENSIONS).join(" ")}, or say --format`,
    );
  }
  return format;
}

async function runParse(specs: string[], options: ParseCommandOptions): Promise<void> {
  const started = Date.now();
  if (options.securities !== undefined) {
    try {
      useSecurityList(options.securities);
    } catch (error) {
      throw new UsageError(`--securities: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let rules: unknown;
  if (options.rules.length > 0) {
    try {
      rules = readRules(options.rules);
    } catch (error) {
      throw new UsageError(`--rules: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const target = await outputTarget(options.out);
  const formatName = options.format ?? formatOfTarget(target) ?? "jsonl";
  const fields: FieldName[] | null = options.fields === undefined ? null : parseFieldList(options.fields);
  const format = createFormat(formatName, {
    fields,
    bom: options.bom ?? false,
    csvRaw: options.csvRaw ?? false,
  });
  const roots = await resolveInputs(specs);
  await checkOutputSafety("output", target, roots);
  if (options.errors !== undefined) {
    await checkOutputSafety("errors file", { kind: "file", path: options.errors }, roots);
    if (target.kind !== "stdout" && resolve(options.errors) === resolve(target.path)) {
      throw new UsageError("--errors and --out name the same file");
    }
  }

  let stale = target.kind === "stdout" ? 0 : await removeStaleTemps(target);
  if (options.errors !== undefined) stale += await removeStaleTemps({ kind: "file", path: options.errors });
  if (stale > 0 && !options.quiet) {
    process.stderr.write(`caixun: removed ${stale} temp file(s) left by an earlier run that was killed\n`);
  }

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
  const run = new InputRun(roots, interrupts, {
    jobs: options.jobs,
    parseTimeoutMs: options.parseTimeout,
    extensions: options.ext,
    quiet: options.quiet,
    failFast: options.failFast,
    errorLog,
    rules,
  });
  const filter = articleFilter(options);
  // With stories, articles wait in a spool until every input is parsed.
  const spool = options.stories || options.dedupe ? await StorySpool.open(options.maxHeld) : null;
  let left = 0;
  let estimate: string | null = null;
  try {
    for await (const { input, parsed } of run.articles()) {
      // Filters and -v read the Article; without them the worker's JSON text is written as it came.
      if (filter !== null || options.verbose) {
        const { article } = parsed;
        const dropped = filter === null ? null : droppedBecause(article, filter);
        if (dropped !== null) {
          run.counts.filtered = (run.counts.filtered ?? 0) + 1;
          if (options.verbose) run.note(`${input.path}: dropped: ${dropped}`);
          continue;
        }
        if (options.verbose) {
          for (const warning of article.warnings) {
            const where = warning.line === undefined ? input.path : `${input.path}:${warning.line}`;
            run.note(`${where}: warning ${warning.code}: ${warning.message}`);
          }
        }
      }
      if (spool !== null) {
        await spool.add(parsed.article, input);
        continue;
      }
      const failure = await writer.article(parsed, input);
      if (failure !== null) run.fail(failure);
    }
    if (spool !== null && !run.interrupted && !(options.failFast && run.counts.failed > 0)) {
      for await (const { article, input, canonical } of spool.replay()) {
        if (options.dedupe && !canonical) {
          left++;
          continue;
        }
        const failure = await writer.article({ status: "parsed", article }, input);
        if (failure !== null) {
          run.counts.failed++;
          process.stderr.write(inputLine(input.path, failure.message));
          await errorLog?.write(
            `${JSON.stringify({ file: input.path, code: failure.code, message: failure.message })}\n`,
          );
        }
        if (run.interrupted) break;
      }
    }
    if (!run.interrupted) await writer.finish();
  } catch (error) {
    if (!(error instanceof OutputClosedError)) {
      await Promise.all([writer.abort(), errorLog?.abort()]);
      throw error;
    }
  } finally {
    interrupts.dispose();
    estimate = spool?.estimateLine() ?? null;
    await spool?.dispose();
  }

  if (run.interrupted) {
    // Files are not committed (no partial output left behind); stdout gets a complete document.
    await Promise.all([writer.abort(), errorLog?.abort()]);
    process.stderr.write(`caixun: interrupted; ${summaryLine(run.counts, Date.now() - started)}\n`);
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  await errorLog?.commit();
  if (!options.quiet) {
    const note = options.dedupe ? `; ${left} copies of a story already told left out` : "";
    process.stderr.write(`caixun: ${summaryLine(run.counts, Date.now() - started)}${note}\n`);
    if (estimate !== null) process.stderr.write(estimate);
  }
  if (run.counts.failed > 0) process.exitCode = EXIT_FAILURES;
}
