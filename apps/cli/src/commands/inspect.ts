import { stat } from "node:fs/promises";
import type { Article, Block } from "@caixun/core";
import { inputTooLarge, type ParseOutcome, readStreamBounded, runParseJob } from "@caixun/inputs";
import type { Command } from "commander";
import { EXIT_FAILURES, UsageError } from "../exit-codes.js";
import { wholeNumber } from "../options.js";
import { type Style, styleFor } from "../style.js";
import { inputLine, terminalSafe } from "../terminal-text.js";

const EXAMPLES = `
Examples:
  $ caixun inspect seeds/000_ed6ab7b49aac3011.txt
  $ caixun inspect --paragraphs 5 post.md
  $ NO_COLOR=1 caixun inspect post.md | less
  $ curl -s https://example.com/post.md | caixun inspect -`;

export function registerInspect(program: Command): void {
  program
    .command("inspect")
    .description("show one article for a human: metadata, warnings, outline of blocks, first paragraphs")
    .argument("<file>", "the news file to inspect, or - for stdin")
    .option("-p, --paragraphs <n>", "how many paragraphs of the body to show", wholeNumber, 3)
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: { paragraphs: number }) => {
      const outcome = file === "-" ? await parseStdin() : await parseExistingFile(file);
      if (outcome.status === "failed") {
        process.stderr.write(inputLine(file, outcome.failure.message));
        process.exitCode = EXIT_FAILURES;
        return;
      }
      process.stdout.write(describeArticle(outcome.article, options.paragraphs, styleFor(process.stdout)));
    });
}

/** The first outcome of an input: the one article of a one-article file, or why it has none. */
function first(outcomes: Iterable<ParseOutcome>): ParseOutcome {
  for (const outcome of outcomes) return outcome;
  throw new Error("an input gave no outcome");
}

async function parseExistingFile(file: string): Promise<ParseOutcome> {
  const info = await stat(file).catch(() => null);
  if (info === null) throw new UsageError(`no such file: ${file}`);
  if (!info.isFile()) throw new UsageError(`not a file: ${file}`);
  return first(runParseJob({ kind: "file", path: file }));
}

async function parseStdin(): Promise<ParseOutcome> {
  const read = await readStreamBounded(process.stdin);
  if (read.tooLarge) return inputTooLarge(null, "stdin");
  return first(runParseJob({ kind: "bytes", bytes: read.bytes, filename: "stdin" }));
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
