import type { Article, Block } from "../article.js";
import { escapeHtml } from "../assemble/render-html.js";

/**
 * The Article as a Markdown file: its facts as front matter (values written as JSON, which YAML
 * reads as is; `date` rather than `publishedAt`, as Jekyll, Hexo and caixun itself read it), then
 * the body blocks. caixun reads the file back to the same Article (the `caixun` generator pack):
 * the front matter states what the body alone cannot say again — the id, source and via, the
 * securities, the input family, the warnings — and the body gives the same blocks, so the same
 * text, figures and fingerprint.
 */
export function articleToMarkdown(article: Article): string {
  const meta: [string, unknown][] = [
    ["id", article.id],
    ["title", article.title],
    ["date", article.publishedAt],
    ["source", article.source?.name ?? null],
    ...(article.source?.slug === undefined ? [] : [["sourceSlug", article.source.slug] as [string, unknown]]),
    ["via", article.via],
    ["author", article.author],
    ["editor", article.editor],
    ["categories", article.categories],
    ["tags", article.tags],
    ["originalUrl", article.originalUrl],
    ["images", article.images],
    ["securities", article.securities],
    ["sectors", article.sectors],
    ["indices", article.indices],
    ["format", article.format],
    ...(article.ref === null ? [] : [["ref", article.ref] as [string, unknown]]),
    ["warnings", article.warnings],
    ...(Object.keys(article.extra).length === 0 ? [] : [["extra", article.extra] as [string, unknown]]),
  ];
  const frontMatter = meta.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join("\n");
  // Lists that follow each other alternate their markers, or Markdown would read them as one.
  let listRun = 0;
  const body = article.blocks
    .map((block, i) => {
      listRun = block.type === "list" && article.blocks[i - 1]?.type === "list" ? listRun + 1 : 0;
      return blockMarkdown(block, listRun % 2 === 1);
    })
    .join("\n\n");
  return `---\n${frontMatter}\n---\n\n${body}${body === "" ? "" : "\n"}`;
}

function blockMarkdown(block: Block, otherListMarker: boolean): string {
  switch (block.type) {
    case "heading":
      return `${"#".repeat(block.level)} ${inline(block.text)}`;
    case "paragraph":
      return escapeLines(block.text);
    case "quote":
      // Each line of a quote's text is a paragraph of it.
      return escapeLines(block.text)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n>\n");
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered
            ? `${i + 1}${otherListMarker ? ")" : "."}`
            : otherListMarker
              ? "*"
              : "-";
          return `${marker} ${inline(item)}`;
        })
        .join("\n");
    case "table":
      return tableMarkdown(block.rows);
    case "image": {
      // An alt text is read as plain text, escapes and all (markdown-it), so only one that needs
      // none is written as Markdown.
      const alt = block.alt ?? "";
      if (block.caption === null && block.src !== null && inline(alt) === alt) {
        return `![${alt}](<${block.src.replace(/[<>]/g, encodeURIComponent)}>)`;
      }
      return figureHtml(block);
    }
  }
}

/**
 * An image with its caption (or a caption whose image is gone, or an alt text with Markdown
 * syntax) as an HTML `<figure>`, which Markdown keeps as it is and caixun reads back to the same
 * image block.
 */
function figureHtml(block: Extract<Block, { type: "image" }>): string {
  const img =
    block.src === null
      ? ""
      : `<img src="${escapeHtml(block.src)}"${block.alt === null ? "" : ` alt="${escapeHtml(block.alt)}"`}>`;
  const caption = block.caption === null ? "" : `<figcaption>${escapeHtml(block.caption)}</figcaption>`;
  return `<figure>${img}${caption}</figure>`;
}

function tableMarkdown(rows: readonly string[][]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => inline(cells[i] ?? "")).join(" | ")} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${" --- |".repeat(width)}`, ...rest.map(line)].join("\n");
}

/** Escapes characters Markdown would read as inline syntax or raw HTML, and hard line breaks. */
function inline(text: string): string {
  // A match starts only where a run of white space starts (`(?<!\s)`): `\s*\n\s*` alone retried
  // every position of a long run without a line end, quadratic.
  return escapeInline(text).replace(/(?<!\s)\s*\n\s*/g, " ");
}

/** Escapes inline syntax and any line that Markdown would read as a heading, list, quote or rule. */
function escapeLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const escaped = escapeInline(line);
      const start = escaped.trimStart();
      // A digit cannot be escaped: an ordered-list marker is broken by escaping its `.` or `)`.
      const marker = /^(\d+)([.)])/.exec(start);
      if (marker) return `${marker[1]}\\${marker[2]}${start.slice(marker[0].length)}`;
      return /^[#>+=-]/.test(start) ? `\\${start}` : escaped;
    })
    .join("\n");
}

/**
 * Text as Markdown that renders to the same text: backslashes before the characters of inline
 * syntax (emphasis, code, links, raw HTML, GFM strikethrough and table cells), `&` of what would
 * read as an entity, and the `://` and `www.` that GFM renderers (GitHub's) turn into a link,
 * inside which an escape would be kept as written.
 */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<~|]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.");
}
