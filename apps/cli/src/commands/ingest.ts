import { resolve } from "node:path";
import type { StoredArticle } from "@caixun/store";
import type { Command } from "commander";
import { EXIT_FAILURES, UsageError } from "../exit-codes.js";
import { type InputRoot, resolveInputs, rootPath } from "../inputs.js";
import { extensionList, positiveInteger } from "../options.js";
import { defaultJobs, parseInputs } from "../pipeline.js";
import { Progress } from "../progress.js";
import { summaryLine } from "../summary.js";

const EXAMPLES = `
Inputs are files, folders (walked recursively for .md .markdown .txt .text .html .htm; see --ext),
quoted globs or - for stdin. Articles are upserted by id: ingesting a file again replaces its record.

Examples:
  $ caixun ingest corpus --db caixun.db
  $ caixun ingest "more/**/*.md" --db caixun.db --batch 500
  $ caixun serve --db caixun.db                  then query http://127.0.0.1:8787/v1/articles?q=太保`;

interface IngestOptions {
  db: string;
  batch: number;
  jobs: number;
  ext?: string[];
  quiet?: boolean;
}

/** The inputs, checked not to name the database itself: it would be parsed as news. */
async function resolveInputsBesideDb(specs: string[], db: string): Promise<InputRoot[]> {
  const roots = await resolveInputs(specs);
  for (const root of roots) {
    if (root.kind === "file" && rootPath(root) === resolve(db)) {
      throw new UsageError(`--db ${db} is also an input`);
    }
  }
  return roots;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("parse news files and store the Articles in a SQLite database for `caixun serve`")
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .requiredOption("--db <file>", "SQLite database (created and migrated when needed)")
    .option("--batch <n>", "articles written per transaction", positiveInteger, 200)
    .option("-j, --jobs <n>", "parser worker threads (default: number of cores)", positiveInteger)
    .option("--ext <list>", "extensions to pick up when walking folders", extensionList)
    .option("-q, --quiet", "no progress line and no summary")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: IngestOptions) => {
      const roots = await resolveInputsBesideDb(specs, options.db);
      // Loaded here, not at the top: other commands need no SQLite.
      const { openSqlite, sqliteArticleStore } = await import("@caixun/store/sqlite");
      const db = openSqlite(options.db);
      const store = sqliteArticleStore(db);
      const progress = new Progress(process.stderr, !options.quiet && Boolean(process.stderr.isTTY));
      const started = Date.now();
      const counts = { parsed: 0, withWarnings: 0, failed: 0 };
      let batch: StoredArticle[] = [];
      const flush = async () => {
        // One transaction a batch: an interrupted run keeps every batch written before it.
        await store.upsert(batch);
        batch = [];
      };
      try {
        const pipeline = parseInputs(roots, {
          jobs: options.jobs ?? defaultJobs(),
          ...(options.ext ? { extensions: options.ext } : {}),
        });
        for await (const { input, outcome } of pipeline) {
          progress.tick(!outcome.ok);
          if (!outcome.ok) {
            counts.failed++;
            progress.clear();
            process.stderr.write(`caixun: ${input.path}: ${outcome.failure.message}\n`);
            continue;
          }
          counts.parsed++;
          if (outcome.article.warnings.length > 0) counts.withWarnings++;
          batch.push({ article: outcome.article, filename: input.path });
          if (batch.length >= options.batch) await flush();
        }
        await flush();
      } finally {
        progress.clear();
        db.close();
      }
      if (!options.quiet) {
        process.stderr.write(
          `caixun: ${summaryLine(counts, Date.now() - started)}; stored in ${options.db}\n`,
        );
      }
      if (counts.failed > 0) process.exitCode = EXIT_FAILURES;
    });
}
