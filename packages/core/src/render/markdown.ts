import type { Article, Block } from "../article.js";

/**
 * The Article as a Markdown file: its metadata as front matter (values written as JSON, which YAML
 * reads as is; `date` rather than `publishedAt`, as Jekyll, Hexo and caixun itself read it), then
 * the body blocks. caixun parses the file back to the same title, date and blocks.
 */
export function articleToMarkdown(article: Article): string {
  const meta: [string, unknown][] = [
    ["id", article.id],
    ["title", article.title],
    ["date", article.publishedAt],
    ["source", article.source?.name ?? null],
    ["via", article.via],
    ["author", article.author],
    ["editor", article.editor],
    ["categories", article.categories],
    ["tags", article.tags],
    ["originalUrl", article.originalUrl],
    ["format", article.format],
    ["warnings", article.warnings.map((warning) => warning.code)],
  ];
  const frontMatter = meta.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join("\n");
  const body = article.blocks.map(blockMarkdown).join("\n\n");
  return `---\n${frontMatter}\n---\n\n${body}${body === "" ? "" : "\n"}`;
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case "heading":
      return `${"#".repeat(block.level)} ${inline(block.text)}`;
    case "paragraph":
      return escapeLines(block.text);
    case "quote":
      return escapeLines(block.text)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${inline(item)}`).join("\n");
    case "table":
      return tableMarkdown(block.rows);
    case "image": {
      const image =
        block.src === null
          ? ""
          : `![${inline(block.alt ?? "")}](<${block.src.replace(/[<>]/g, encodeURIComponent)}>)`;
      const caption = block.caption === null ? "" : `*${inline(block.caption)}*`;
      return [image, caption].filter((part) => part !== "").join("\n\n");
    }
  }
}

function tableMarkdown(rows: readonly string[][]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => inline(cells[i] ?? "").replaceAll("|", "\\|")).join(" | ")} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${" --- |".repeat(width)}`, ...rest.map(line)].join("\n");
}

/** Escapes characters Markdown would read as inline syntax or raw HTML, and hard line breaks. */
function inline(text: string): string {
  // A match starts only where a run of white space starts (`(?<!\s)`): `\s*\n\s*` alone retried
  // every position of a long run without a line end, quadratic.
  return text.replace(/[\\`*_[\]<]/g, "\\$&").replace(/(?<!\s)\s*\n\s*/g, " ");
}

/** Escapes inline syntax and any line that Markdown would read as a heading, list, quote or rule. */
function escapeLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const escaped = line.replace(/[\\`*_[\]<]/g, "\\$&");
      return /^\s*(?:[#>+=-]|\d+[.)])/.test(escaped) ? `\\${escaped.trimStart()}` : escaped;
    })
    .join("\n");
}
