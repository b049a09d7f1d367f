import { readFileDecompressed, resolveInputs, walkInputs } from "@caixun/inputs";
import type { Command } from "commander";
import { EXIT_FAILURES, EXIT_INTERRUPTED, UsageError } from "../exit-codes.js";
import { watchInterrupts } from "../interrupt.js";
import { extOption, positiveInteger } from "../options.js";
import { OutputWriteError, writeFileAtomic } from "../output.js";
import { checkOutputSafety } from "../output-target.js";
import { inputLine, lineSafe } from "../terminal-text.js";

const EXAMPLES = `
Learns the lines that repeat across many stories of one source or channel (app promotions,
footers, page UI, disclaimers), and the site or column names their titles end with
(\`… – 法国国际广播电台 - RFI\`), and writes them as a rule pack you can read, edit and pass back:

  $ caixun learn corpus -o learned.json
  $ caixun parse corpus --rules learned.json -o articles.jsonl
  $ caixun learn corpus -o learned.json --min-stories 10 --min-share 0.5

A line or a title's tail is learned only when at least --min-stories distinct stories of its
group, and at least --min-share of the group, have it; copies of one story count once; lines shorter than
--min-length are never learned (section headings every issue of a column shares). Groups are the
first of --group-field the front matter holds (default: source, author, publisher, site,
channel, media, categories, category); files without one are learned from together. A dump
(JSON Lines, gzip too) is learned from record by record, each grouped by its fields and its
feed as source and channel (cls records: source=财联社), which is what the pack then matches.`;

interface LearnCommandOptions {
  out: string;
  minStories?: number;
  minShare?: number;
  minGroupStories?: number;
  minLength?: number;
  maxLength?: number;
  groupField: string[];
  ext?: string[];
  quiet?: boolean;
}

function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`not a share between 0 and 1: ${value}`);
  return n;
}

export function registerLearn(program: Command): void {
  program
    .command("learn")
    .description(
      "learn repeated boilerplate lines per source or channel from a corpus and write them as a JSON rule pack",
    )
    .argument("<inputs...>", "files, folders or globs")
    .requiredOption("-o, --out <file>", "where to write the rule packs (JSON)")
    .option(
      "--min-stories <n>",
      "distinct stories of a group a line must appear in (default 5)",
      positiveInteger,
    )
    .option("--min-share <x>", "share of a group's stories a line must appear in, 0-1 (default 0.2)", share)
    .option("--min-group-stories <n>", "groups with fewer stories learn nothing (default 5)", positiveInteger)
    .option(
      "--min-length <n>",
      "shortest line that can be learned, in characters (default 8)",
      positiveInteger,
    )
    .option(
      "--max-length <n>",
      "longest line that can be learned, in characters (default 200)",
      positiveInteger,
    )
    .option(
      "--group-field <field>",
      "front-matter field that names the source or channel; repeatable, first present wins",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(extOption())
    .option("-q, --quiet", "no report on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (specs: string[], options: LearnCommandOptions) => {
      await runLearn(specs, options);
    });
}

async function runLearn(specs: string[], options: LearnCommandOptions): Promise<void> {
  if (specs.includes("-")) throw new UsageError("learn reads a corpus of files; stdin (-) is not one");
  const { learnRules, MAX_RULE_CHARS, MAX_RULE_PATTERNS, rulesSchema } = await import("@caixun/core/rules");
  const roots = await resolveInputs(specs);
  // The rule packs are one file: never an input, nor inside an input folder (a later run would read them).
  await checkOutputSafety("output", { kind: "file", path: options.out }, roots);
  const interrupts = watchInterrupts();
  /** Each file's path as shown, and what opens it (its bytes when a name on it is not UTF-8). */
  const paths: { path: string; open: string | Buffer }[] = [];
  let unreadable = 0;
  const report = (path: string, message: string) => {
    unreadable++;
    process.stderr.write(inputLine(path, message));
  };
  try {
    for await (const input of walkInputs(
      roots,
      options.ext === undefined ? {} : { extensions: options.ext },
    )) {
      if (interrupts.interrupted) break;
      if (input.outcome !== undefined) {
        // What a filter left out (extension, hidden) is not an input; the rest could not be read.
        if (input.outcome.status === "failed") report(input.path, input.outcome.failure.message);
        continue;
      }
      if (input.via !== "file") {
        report(input.path, "not a regular file; learn reads files");
        continue;
      }
      paths.push({ path: input.path, open: input.bytesPath ?? input.path });
    }
  } finally {
    interrupts.dispose();
  }
  if (interrupts.interrupted) {
    process.stderr.write("caixun: interrupted; nothing written\n");
    process.exitCode = EXIT_INTERRUPTED;
    return;
  }
  const settings = Object.fromEntries(
    Object.entries({
      minStories: options.minStories,
      minShare: options.minShare,
      minGroupStories: options.minGroupStories,
      minLineLength: options.minLength,
      maxLineLength: options.maxLength,
    }).filter(([, value]) => value !== undefined),
  );
  // The learner reads the corpus several times, a file at a time: each is read again when reached
  // (a gzip dump decompressed, to the same limit: a gzip bomb stops there), and one that cannot be
  // read is reported the first time and left out.
  const leftOut = new Set<string>();
  const files = {
    *[Symbol.iterator](): Generator<{ name: string; bytes: Uint8Array }> {
      for (const { path, open } of paths) {
        if (leftOut.has(path)) continue;
        try {
          const read = readFileDecompressed(open);
          if (!read.tooLarge) {
            yield { name: path, bytes: read.bytes };
            continue;
          }
          report(path, "larger than MAX_INPUT_SIZE (decompressed); left out");
        } catch (error) {
          const code = String((error as NodeJS.ErrnoException).code ?? "");
          const message = error instanceof Error ? error.message : String(error);
          report(path, code.startsWith("Z_") ? `the gzip data is corrupt: ${message}; left out` : message);
        }
        leftOut.add(path);
      }
    },
  };
  const learned = learnRules(files, {
    settings,
    ...(options.groupField.length > 0 ? { groupFields: options.groupField } : {}),
  });
  const document = learned.rules.map((pack) => ({ $schema: rulesSchema.$id, ...pack }));
  await writeFileAtomic(options.out, `${JSON.stringify(document, null, 2)}\n`).catch((error: Error) => {
    // Opening it failed (no such folder, /proc): a usage error; a write that failed is told as it is.
    if (error instanceof OutputWriteError) throw error;
    throw new UsageError(`cannot write ${options.out}: ${error.message}`);
  });
  if (!options.quiet) {
    const lines = [
      `caixun: learned ${learned.report.length} rule${learned.report.length === 1 ? "" : "s"} in ${learned.rules.length} pack${learned.rules.length === 1 ? "" : "s"} from ${learned.files} files, ${learned.documents} documents (${learned.groups} group${learned.groups === 1 ? "" : "s"}); wrote ${options.out}`,
    ];
    for (const rule of learned.report) {
      const group = rule.group ? lineSafe(`${rule.group.field}=${rule.group.value}`) : "(no group)";
      lines.push(
        `  ${rule.pack}  ${group}  ${rule.stories} stories (${Math.round(rule.share * 100)}%), touched ${rule.filesTouched} documents  ${rule.kind === "title-suffix" ? "title ends with: " : ""}${lineSafe(rule.line)}`,
      );
    }
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  if (learned.rulesLeftOut > 0) {
    // Never in silence, --quiet or not: what was learned and not written.
    process.stderr.write(
      `caixun: left out ${learned.rulesLeftOut} learned rule${learned.rulesLeftOut === 1 ? "" : "s"} shared by the fewest stories: a rules document holds at most ${MAX_RULE_PATTERNS} rules of ${MAX_RULE_CHARS} characters\n`,
    );
  }
  if (unreadable > 0) process.exitCode = EXIT_FAILURES;
}
