import { availableParallelism } from "node:os";
import {
  DEFAULT_PARSE_TIMEOUT_MS,
  NEWS_EXTENSIONS,
  parseExtensionList,
  useRecordMapping,
} from "@caixun/inputs";
import { InvalidArgumentError, Option } from "commander";

/** Shared option parsers; commander reports their errors as usage errors (exit code 2). */

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return n;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

/** `md,.TXT` → `[".md", ".txt"]`. */
export function extensionList(value: string): string[] {
  const extensions = parseExtensionList(value);
  if (extensions.length === 0) throw new InvalidArgumentError("expected extensions such as md,txt");
  return extensions;
}

/**
 * `--jobs`, the same on every command that parses a corpus. `callerWorks`: the command's own thread
 * works on every Article too (`ingest` stores them) and is one of the threads (`ParseInputsOptions.callerWorks`).
 */
export function jobsOption(callerWorks = false): Option {
  const threads = callerWorks
    ? "threads at work: the one that stores and N - 1 parsing beside it"
    : "files parsed at once, each on a worker thread";
  return new Option(
    "-j, --jobs <n>",
    `${threads} (default: the cores, ${availableParallelism()} here; never ` +
      "more than the cores or the inputs; with 1, on the main thread)",
  ).argParser(positiveInteger);
}

/**
 * `--max-held`, on every command that tells stories (`stories`, `parse --stories`/`--dedupe`):
 * articles grouped at once at most (`STORY_ITEMS_HELD` by default; see `StoryCollector`).
 */
export function maxHeldOption(byDefault: number): Option {
  return new Option(
    "--max-held <n>",
    "articles held for story grouping at most (about 10 KB of memory each): a copy within as many of its story's first joins it; past it the oldest are forgotten",
  )
    .argParser(positiveInteger)
    .default(byDefault);
}

/** Seconds (a positive number; 0 for none) → milliseconds. */
function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError("expected a number of seconds (0 for no limit)");
  return Math.round(n * 1000);
}

/** `--parse-timeout`, beside `--jobs` on every command that parses a corpus; the value is in milliseconds. */
export function parseTimeoutOption(): Option {
  return new Option(
    "--parse-timeout <seconds>",
    `longest a worker may parse without a result; past it the worker is stopped and the input fails ` +
      `(parse-budget-exceeded) while the rest go on (default: ${DEFAULT_PARSE_TIMEOUT_MS / 1000}; 0: none; ` +
      "with --jobs 1 only core's own budget applies)",
  ).argParser(seconds);
}

/** `--ext`, the same on every command that walks folders. */
export function extOption(): Option {
  const list = NEWS_EXTENSIONS.map((ext) => ext.slice(1)).join(",");
  return new Option("--ext <list>", `extensions to read when walking folders (default: ${list})`).argParser(
    extensionList,
  );
}

/**
 * `--mapping`, the same on every command that parses: a record mapping (JSON) for dumps of the
 * user's own feeds. Read and checked as the option is parsed, so a bad mapping is a usage error.
 */
export function mappingOption(): Option {
  return new Option(
    "--mapping <file.json>",
    "read the records of dumps with your own record mapping (JSON; see docs/cli.md) instead of the feed packs",
  ).argParser((path: string) => {
    try {
      useRecordMapping(path);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
    return path;
  });
}
