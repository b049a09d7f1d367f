import { availableParallelism } from "node:os";
import { NEWS_EXTENSIONS, parseExtensionList, useRecordMapping } from "@caixun/inputs";
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

/** `--jobs`, the same on every command that parses a corpus. */
export function jobsOption(): Option {
  return new Option(
    "-j, --jobs <n>",
    `files parsed at once, each on a worker thread (default: the cores, ${availableParallelism()} here; never ` +
      "more than the cores or the inputs; with 1, on the main thread)",
  ).argParser(positiveInteger);
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
