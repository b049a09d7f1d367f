import { articleText, type InputRoot, resolveInputs } from "@caixun/inputs";
import type { StoredArticle, StoredState } from "@caixun/store";
import type { PreparedArticle } from "@caixun/store/prepare";
import type { Command } from "commander";
import { checkDatabaseFile, databaseError, isSqliteError, newDatabaseUndo } from "../database-file.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED } from "../exit-codes.js";
import { InputRun } from "../input-run.js";
import { watchInterrupts } from "../interrupt.js";
import { extOption, jobsOption, mappingOption, parseTimeoutOption, positiveInteger } from "../options.js";
import { OutputWriteError } from "../output.js";
import { checkOutputSafety } from "../output-target.js";
import { summaryLine } from "../summary.js";

const EXAMPLES = `
Inputs are files, folders (walked recursively for .md .markdown .txt .text .html .htm; see --ext),
quoted globs or - for stdin. Articles are upserted by id: ingesting a file again replaces its record.
Each article joins its story as it is stored (a copy of news already stored joins that story);
articles of a database from before stories existed are given theirs first.

Examples:
  $ caixun ingest corpus --db caixun.db
  $ caixun ingest "more/**/*.md" --db caixun.db --batch 500
  $ caixun serve --db caixun.db                  then query http://127.0.0.1:8787/v1/articles?q=太保`;

interface IngestOptions {
  db: string;
  batch: number;
  jobs?: number;
  parseTimeout?: number;
  ext?: string[];
  quiet?: boolean;
}

/**
 * The inputs, checked not to hold the database (it would be parsed as news, and SQLite would write
 * into an input or beside one, in the tree being read), through any link; and the database
 * checked to be one.
 */
async function resolveInputsBesideDb(specs: string[], db: string): Promise<InputRoot[]> {
  const roots = await resolveInputs(specs);
  await checkOutputSafety("--db", { kind: "file", path: db }, roots);
  await checkDatabaseFile("--db", db);
  return roots;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("parse news files and store the Articles in a SQLite database for `caixun serve`")
    .argument("<inputs...>", "files, folders, globs, or - for stdin")
    .requiredOption("--db <file>", "SQLite database (created and migrated when needed)")
    .option("--batch <n>", "articles written per transaction", positiveInteger, 200)
    .addOption(jobsOption(true))
    .addOption(parseTimeoutOption())
    .addOption(extOption())
    .addOption(mappingOption())
    .option("-q, --quiet", "no progress line and no summary")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: IngestOptions) => {
      const roots = await resolveInputsBesideDb(specs, options.db);
      // Loaded here, not at the top: other commands need no SQLite.
      const { openSqlite, sqliteArticleStore } = await import("@caixun/store/sqlite");
      // A new database that the run fails on (a full disk) is removed, not left begun and empty.
      const undoNewDatabase = newDatabaseUndo(options.db);
      let db: ReturnType<typeof openSqlite>;
      try {
        db = openSqlite(options.db);
      } catch (error) {
        undoNewDatabase?.();
        throw databaseError("--db", options.db, error);
      }
      const store = sqliteArticleStore(db);
      const started = Date.now();
      const stored: StoreCounts = { added: 0, updated: 0, unchanged: 0 };
      let batch: ParsedEntry[] = [];
      const flush = async () => {
        const changed = await sortOut(batch, (entries) => store.storedStates(entries), stored);
        // One transaction a batch: an interrupted run keeps every batch written before it.
        await store.upsert(changed);
        batch = [];
      };
      const interrupts = watchInterrupts();
      const run = new InputRun(roots, interrupts, {
        jobs: options.jobs,
        // This thread stores every Article, as much work as a parse: it is one of the --jobs threads.
        callerWorks: true,
        parseTimeoutMs: options.parseTimeout,
        extensions: options.ext,
        quiet: options.quiet,
        // Writing a batch blocks this thread: the workers parse the next one meanwhile (held to
        // 1,000 articles: a --batch of 100,000 need not hold a second 100,000 in memory).
        readAhead: Math.min(options.batch, 1000),
        // The story key and search text of each article are made beside its parse, off this thread.
        extras: import.meta.resolve("@caixun/store/prepare"),
        // Every Article is read here: as text, it crosses without UTF-8 to encode and decode.
        articleAsText: true,
      });
      try {
        // Articles stored before stories existed get theirs first, so new copies can join them.
        while ((await store.assignMissingStories(options.batch)) > 0);
        for await (const { input, parsed } of run.articles()) {
          const prepared = parsed.extras as PreparedArticle | undefined;
          // The Article's JSON, made once: the text it crossed from a worker as (or, parsed on this
          // thread, serialised here); its row's JSON and the comparison with a stored row are made from it.
          const json = articleText(parsed) ?? JSON.stringify(parsed.article);
          batch.push({
            article: parsed.article,
            filename: input.path,
            json,
            ...(prepared ? { prepared } : {}),
          });
          if (batch.length >= options.batch) await flush();
        }
        // Interrupted or not, what was parsed is whole: store it.
        await flush();
      } catch (error) {
        if (!isSqliteError(error)) throw error;
        db.close();
        undoNewDatabase?.();
        throw new OutputWriteError(options.db, `${error.message} (${error.code})`);
      } finally {
        interrupts.dispose();
        if (db.open) db.close();
      }
      const summary =
        `${summaryLine(run.counts, Date.now() - started)}; in ${options.db}: ${stored.added} new, ` +
        `${stored.updated} updated, ${stored.unchanged} unchanged`;
      if (run.interrupted) {
        process.stderr.write(`caixun: interrupted; ${summary}\n`);
        process.exitCode = EXIT_INTERRUPTED;
        return;
      }
      if (!options.quiet) process.stderr.write(`caixun: ${summary}\n`);
      if (run.counts.failed > 0) process.exitCode = EXIT_FAILURES;
    });
}

/** What an ingest did to the database: rows added, rows replaced, rows already as parsed. */
export interface StoreCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** A parsed Article to store, with its JSON as the parse gave it (`storyId` null). */
type ParsedEntry = StoredArticle & { json: string };

/**
 * Counts each parsed article as new, updated or unchanged against what the database (or an
 * earlier article of the same batch) holds under its id, and returns the ones to write: an
 * unchanged article is not written again. Two files with one id are one row: the second updates it.
 * What the database holds is asked once for the batch, of each id's first article (`storedStates`).
 */
export async function sortOut(
  batch: readonly ParsedEntry[],
  storedStates: (entries: readonly ParsedEntry[]) => Promise<StoredState[]>,
  counts: StoreCounts,
): Promise<ParsedEntry[]> {
  const firsts = new Map<string, ParsedEntry>();
  for (const entry of batch) if (!firsts.has(entry.article.id)) firsts.set(entry.article.id, entry);
  const states = await storedStates([...firsts.values()]);
  const storedStateOf = new Map([...firsts.values()].map((entry, i) => [entry, states[i]!]));
  const inBatch = new Map<string, ParsedEntry>();
  const changed: ParsedEntry[] = [];
  for (const entry of batch) {
    const { id } = entry.article;
    const earlier = inBatch.get(id);
    inBatch.set(id, entry);
    const state =
      earlier === undefined ? storedStateOf.get(entry)! : earlier.json === entry.json ? "same" : "changed";
    if (state === "absent") {
      counts.added++;
      changed.push(entry);
    } else if (state === "same") {
      counts.unchanged++;
    } else {
      counts.updated++;
      changed.push(entry);
    }
  }
  return changed;
}
