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
    warnings: [...warnings, parseFailed(error, "lines")],
    format: "plain-text",
    fingerprint: textFingerprint("", body),
    ref,
    storyId: null,
    extra: {},
  };
}

/**
 * What a failed parse kept of the document: `lines` when a stage (or a one-document reader) failed and `salvage`
 * made each line a paragraph; `whole` when the reader of an input of many documents failed and the input went on
 * as one plain-text document, read by the pipeline as any plain text is (`readers/whole-file.ts`).
 */
export type KeptOnFailure = "lines" | "whole";

const KEPT_WORDING: Readonly<Record<KeptOnFailure, string>> = {
  lines: "the text was kept line by line",
  whole: "the text was kept whole and read as plain text",
};

/** What a document says when its parse failed on input nobody foresaw, and what was kept instead. */
export function parseFailed(error: unknown, kept: KeptOnFailure): Warning {
  return warning(
    "parse-failed",
    `the parser failed (${error instanceof Error ? error.message : String(error)}); ${KEPT_WORDING[kept]}`,
  );
}
