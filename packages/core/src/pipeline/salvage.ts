import type { Article, Block, Warning } from "../article.js";
import { textFingerprint } from "../assemble/fingerprint.js";
import { articleId } from "../assemble/id.js";
import { renderHtml } from "../assemble/render-html.js";
import { measure } from "../assemble/stats.js";
import type { ParseSettings } from "../settings.js";
import { plainText } from "../stages/raw-block.js";
import { cutTitle } from "../stages/title.js";
import { warning } from "../warnings.js";

/**
 * The last resort when a stage fails on input nobody foresaw: keep every line of the text as a
 * paragraph and say so (`parse-failed`), rather than throw or lose the document.
 */
export function salvage(
  input: { text: string; filename: string | undefined; ref: string | null; id: string | null },
  warnings: readonly Warning[],
  settings: Readonly<ParseSettings>,
  error: unknown,
): Article {
  const { text, filename, ref, id } = input;
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const blocks: Block[] = lines.map((line) => ({ type: "paragraph", text: line }));
  // The renderings of the blocks, as `assemble`'s are (`scrubArticle` relies on it).
  const body = plainText(blocks);
  return {
    id: id ?? articleId([], filename, text),
    title: cutTitle(lines[0] ?? "", settings.titleMaxLength),
    publishedAt: null,
    source: null,
    via: [],
    originalUrl: null,
    author: null,
    editor: null,
    categories: [],
    tags: [],
    blocks,
    text: body,
    html: renderHtml(blocks),
    images: [],
    securities: [],
    sectors: [],
    indices: [],
    figures: [],
    stats: measure(body, blocks, settings),
    warnings: [...warnings, parseFailed(error)],
    format: "plain-text",
    fingerprint: textFingerprint("", body),
    ref,
    storyId: null,
    extra: {},
  };
}

/** What a document says when its parse failed on input nobody foresaw and its text was kept instead. */
export function parseFailed(error: unknown): Warning {
  return warning(
    "parse-failed",
    `the parser failed (${error instanceof Error ? error.message : String(error)}); the text was kept line by line`,
  );
}
