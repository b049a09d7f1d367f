import type { Block } from "../article.js";
import { safeUrl } from "../text/url.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * Renders blocks as HTML. Sanitized by construction: every string is escaped and only an
 * allow-list of elements and attributes is written, so nothing from the input can inject markup.
 */
export function renderHtml(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).filter(Boolean).join("\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "quote":
      return `<blockquote>${block.text
        .split("\n")
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join("")}</blockquote>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</${tag}>`;
    }
    case "table":
      return `<table><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "image": {
      const src = block.src === null ? null : safeUrl(block.src);
      const img = src === null ? "" : `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt ?? "")}">`;
      const caption = block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : "";
      return img || caption ? `<figure>${img}${caption}</figure>` : "";
    }
  }
}
