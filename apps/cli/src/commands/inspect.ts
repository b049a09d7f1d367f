import { stat } from "node:fs/promises";
import type { Article, Block } from "@caixun/core";
import { type ParseOutcome, processParseOptions, runParseJob, streamOutcomes } from "@caixun/inputs";
import type { Command } from "commander";
import { EXIT_FAILURES, UsageError } from "../exit-codes.js";
import { mappingOption, wholeNumber } from "../options.js";
import { type Style, styleFor } from "../style.js";
import { inputLine, terminalSafe } from "../terminal-text.js";

const EXAMPLES = `
Examples:
  $ caixun inspect seeds/000_ed6ab7b49aac3011.txt
  $ caixun inspect --paragraphs 5 post.md
  $ caixun inspect cls/2026-07-29.jsonl.gz --ref 812      # line 812 of a dump
  $ caixun inspect cls/2026-07-29.md.gz --ref "section 14"
  $ NO_COLOR=1 caixun inspect post.md | less
  $ curl -s https://example.com/post.md | caixun inspect -`;

export function registerInspect(program: Command): void {
  program
    .command("inspect")
    .description("show one article for a human: metadata, warnings, outline of blocks, first paragraphs")
    .argument("<file>", "the news file to inspect, or - for stdin")
    .option("-p, --paragraphs <n>", "how many paragraphs of the body to show", wholeNumber, 3)
    .option(
      "--ref <ref>",
      "in an input of many documents, the one to show: a line (812), `section 14`, `item 3`",
    )
    .addOption(mappingOption())
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: { paragraphs: number; ref?: string }) => {
      const outcomes =
        file === "-"
          ? streamOutcomes(process.stdin, "stdin", processParseOptions())
          : await parseExistingFile(file);
      const outcome = await pick(outcomes, options.ref);
      if (outcome === null) {
        process.stderr.write(inputLine(file, `no document at ${options.ref}`));
        process.exitCode = EXIT_FAILURES;
        return;
      }
      if (outcome.status === "failed") {
        const where = outcome.ref === undefined ? "" : ` (${outcome.ref})`;
        process.stderr.write(inputLine(`${file}${where}`, outcome.failure.message));
        process.exitCode = EXIT_FAILURES;
        return;
      }
      process.stdout.write(describeArticle(outcome.article, options.paragraphs, styleFor(process.stdout)));
    });
}

/**
 * The outcome at `ref` (`812` is line, section or item 812, whichever the input has), or the first
 * one when no ref is asked for; null when the input has no document there.
 */
async function pick(
  outcomes: Iterable<ParseOutcome> | AsyncIterable<ParseOutcome>,
  ref: string | undefined,
): Promise<ParseOutcome | null> {
  const wanted = ref?.trim().toLowerCase();
  for await (const outcome of outcomes) {
    if (wanted === undefined) return outcome;
    const at = (outcome.status === "parsed" ? outcome.article.ref : outcome.ref)?.toLowerCase();
    if (at !== undefined && at !== null && (at === wanted || at.split(" ")[1] === wanted)) return outcome;
  }
  if (wanted === undefined) throw new Error("an input gave no outcome");
  return null;
}

async function parseExistingFile(
  file: string,
): Promise<Iterable<ParseOutcome> | AsyncIterable<ParseOutcome>> {
  const info = await stat(file).catch(() => null);
  if (info === null) throw new UsageError(`no such file: ${file}`);
  if (!info.isFile()) throw new UsageError(`not a file: ${file}`);
  return runParseJob({ kind: "file", path: file });
}

/**
 * The human view of one article, ending with a newline. Every value from the file goes through
 * `terminalSafe` before it is styled, so nothing in it can drive the terminal.
 */
function describeArticle(article: Article, paragraphs: number, style: Style): string {
  const lines: string[] = [style.bold(terminalSafe(article.title)), ""];
  const field = (name: string, value: string | null) => {
    lines.push(
      `${style.dim(name.padEnd(12))}${value === null || value === "" ? style.dim("—") : terminalSafe(value)}`,
    );
  };
  field("id", article.id);
  field("published", article.publishedAt);
  field(
    "source",
    article.source ? article.source.name + (article.source.slug ? ` (${article.source.slug})` : "") : null,
  );
  field("via", article.via.join(" → "));
  field("author", article.author);
  field("editor", article.editor);
  field("categories", article.categories.join(", "));
  field("tags", article.tags.join(", "));
  field("url", article.originalUrl);
  field("format", article.format);
  field("ref", article.ref);
  field("fingerprint", article.fingerprint);
  const { characters, paragraphs: paragraphCount, readingMinutes } = article.stats;
  field("size", `${characters} characters, ${paragraphCount} paragraphs, ${readingMinutes} min read`);
  field(
    "securities",
    article.securities.map((s) => `${s.code}.${s.market}${s.name ? ` ${s.name}` : ""}`).join(", "),
  );
  field("images", article.images.length === 0 ? null : String(article.images.length));

  lines.push("", style.bold(`Warnings (${article.warnings.length})`));
  for (const warning of article.warnings) {
    const where = warning.line === undefined ? "" : style.dim(` (line ${warning.line})`);
    lines.push(`  ${style.yellow(warning.code)}  ${terminalSafe(warning.message)}${where}`);
  }

  lines.push("", style.bold(`Outline (${article.blocks.length} blocks)`));
  lines.push(...outline(article.blocks, style));

  const shown = article.blocks.filter((block) => block.type === "paragraph").slice(0, paragraphs);
  lines.push("", style.bold(`First paragraphs (${shown.length})`));
  for (const block of shown) lines.push(`  ${terminalSafe(block.text)}`, "");
  if (shown.length === 0) lines.push("");
  return `${lines.join("\n")}`;
}

/**
 * One line per heading (indented by level, the top level used at the left) and one summary line
 * per run of other blocks, so a long article fits on a screen.
 */
function outline(blocks: readonly Block[], style: Style): string[] {
  const levels = blocks.flatMap((block) => (block.type === "heading" ? [block.level] : []));
  const topLevel = Math.min(...levels);
  const lines: string[] = [];
  let run = new Map<string, number>();
  const flush = (indent: string) => {
    if (run.size === 0) return;
    const parts = [...run].map(([type, count]) => `${count} ${type}${count === 1 ? "" : "s"}`);
    lines.push(`${indent}${style.dim(parts.join(", "))}`);
    run = new Map();
  };
  let indent = "  ";
  for (const block of blocks) {
    if (block.type === "heading") {
      flush(indent);
      const depth = block.level - topLevel + 1;
      lines.push(
        `${"  ".repeat(depth)}${style.cyan(`${"#".repeat(block.level)} ${terminalSafe(block.text)}`)}`,
      );
      indent = "  ".repeat(depth + 1);
    } else {
      run.set(block.type, (run.get(block.type) ?? 0) + 1);
    }
  }
  flush(indent);
  return lines;
}
