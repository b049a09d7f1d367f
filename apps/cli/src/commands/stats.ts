import { type InputRoot, resolveInputs } from "@caixun/inputs";
import type { Command } from "commander";
import { CorpusStats } from "../corpus-stats.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED } from "../exit-codes.js";
import { InputRun } from "../input-run.js";
import { watchInterrupts } from "../interrupt.js";
import { extOption, jobsOption, mappingOption, parseTimeoutOption, positiveInteger } from "../options.js";
import { renderStatsReport } from "../stats-report.js";
import { styleFor } from "../style.js";
import { skippedPhrase } from "../summary.js";

const EXAMPLES = `
Stories are the same news told by several articles (other outlets, feeds, reposts), grouped as
\`caixun stories\` groups them; duplicates are the articles beyond the first of each story.

Examples:
  $ caixun stats seeds
  $ caixun stats corpus --top 30
  $ caixun stats "corpus/**/*.md" --json > report.json`;

interface StatsCommandOptions {
  json?: boolean;
  top: number;
  jobs?: number;
  parseTimeout?: number;
  ext?: string[];
  quiet?: boolean;
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description(
      "report on a corpus: articles per source, format and month, warnings, missing dates, stories and duplicates, top securities",
    )
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .option("--json", "print the report as JSON")
    .option(
      "--top <n>",
      "lines per list in the report; securities and stories listed (also with --json)",
      positiveInteger,
      15,
    )
    .addOption(jobsOption())
    .addOption(parseTimeoutOption())
    .addOption(extOption())
    .addOption(mappingOption())
    .option("-q, --quiet", "no progress line and no note of skipped entries on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: StatsCommandOptions) => {
      const roots = await resolveInputs(specs);
      const stats = await CorpusStats.open();
      try {
        await reportStats(stats, roots, options);
      } finally {
        await stats.dispose();
      }
    });
}

async function reportStats(
  stats: CorpusStats,
  roots: InputRoot[],
  options: StatsCommandOptions,
): Promise<void> {
  const interrupts = watchInterrupts();
  const run = new InputRun(roots, interrupts, {
    jobs: options.jobs,
    parseTimeoutMs: options.parseTimeout,
    extensions: options.ext,
    quiet: options.quiet,
  });
  try {
    for await (const { input, parsed } of run.articles()) await stats.add(parsed.article, input.path);
  } finally {
    interrupts.dispose();
  }
  if (run.interrupted) {
    process.stderr.write("caixun: interrupted; no report\n");
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  stats.addFailures(run.counts.failed);
  const skipped = skippedPhrase(run.counts.skipped);
  if (skipped !== "" && !options.quiet) process.stderr.write(`caixun: ${skipped}\n`);
  const report = await stats.report(options.top);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderStatsReport(report, options.top, styleFor(process.stdout)),
  );
  if (report.failed > 0) process.exitCode = EXIT_FAILURES;
}
