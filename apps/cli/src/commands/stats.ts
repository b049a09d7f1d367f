import type { Command } from "commander";
import { CorpusStats } from "../corpus-stats.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED } from "../exit-codes.js";
import { countInputs, resolveInputs } from "../inputs.js";
import { watchInterrupts } from "../interrupt.js";
import { extensionList, positiveInteger } from "../options.js";
import { defaultJobs, parseInputs } from "../pipeline.js";
import { Progress } from "../progress.js";
import { renderStatsReport } from "../stats-report.js";
import { styleFor } from "../style.js";

const EXAMPLES = `
Duplicates are articles whose fingerprints (64-bit SimHash of the text) differ in at most 3 bits:
syndicated copies of one story.

Examples:
  $ caixun stats seeds
  $ caixun stats corpus --top 30
  $ caixun stats "corpus/**/*.md" --json > report.json`;

interface StatsCommandOptions {
  json?: boolean;
  top: number;
  jobs: number;
  ext?: string[];
  quiet?: boolean;
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description(
      "report on a corpus: articles per source, format and month, warnings, missing dates, duplicates, top securities",
    )
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .option("--json", "print the report as JSON")
    .option(
      "--top <n>",
      "lines per list in the report; securities listed (also with --json)",
      positiveInteger,
      15,
    )
    .option("-j, --jobs <n>", "worker threads", positiveInteger, defaultJobs())
    .option(
      "--ext <list>",
      "extensions to pick up when walking folders (default: md,markdown,txt,text,html,htm)",
      extensionList,
    )
    .option("-q, --quiet", "no progress line on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: StatsCommandOptions) => {
      const roots = await resolveInputs(specs);
      const stats = new CorpusStats();
      const progress = new Progress(process.stderr, !options.quiet && Boolean(process.stderr.isTTY));
      const interrupts = watchInterrupts();
      const walk = options.ext === undefined ? {} : { extensions: options.ext };
      if (progress.active)
        void countInputs(roots, walk).then(
          (total) => progress.setTotal(total),
          () => undefined,
        );
      try {
        for await (const { input, outcome } of parseInputs(roots, { ...walk, jobs: options.jobs })) {
          if (outcome.ok) stats.add(outcome.article, input.path);
          else {
            stats.addFailure();
            progress.clear();
            process.stderr.write(`caixun: ${input.path}: ${outcome.failure.message}\n`);
          }
          progress.tick(!outcome.ok);
          if (interrupts.interrupted) break;
        }
      } finally {
        interrupts.dispose();
        progress.clear();
      }
      if (interrupts.interrupted) {
        process.stderr.write("caixun: interrupted; no report\n");
        process.exitCode = EXIT_INTERRUPTED;
        return;
      }
      const report = stats.report(options.top);
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : renderStatsReport(report, options.top, styleFor(process.stdout)),
      );
      if (report.failed > 0) process.exitCode = EXIT_FAILURES;
    });
}
