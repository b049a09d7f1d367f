import type { Article, Block, Format, Image, Security, Warning } from "./article.js";
import { fingerprint } from "./assemble/fingerprint.js";
import { articleId } from "./assemble/id.js";
import { renderHtml } from "./assemble/render-html.js";
import { measure } from "./assemble/stats.js";
import { dateFromParts, normalizeDate } from "./enrich/dates.js";
import { figuresInText } from "./enrich/figures.js";
import { futureYearWarnings } from "./enrich/future-year.js";
import { mergeSecurities, securitiesInText } from "./enrich/securities.js";
import { packsFor, type RulePack } from "./rules/index.js";
import { readBlocks } from "./stages/blocks.js";
import { bodyToHtml, parseHtml } from "./stages/body.js";
import { removeBoilerplate } from "./stages/boilerplate.js";
import { attachCaptions } from "./stages/captions.js";
import { cleanDom } from "./stages/clean.js";
import { readCredits } from "./stages/credits.js";
import { type Decoded, decode } from "./stages/decode.js";
import { type FrontMatter, splitFrontMatter } from "./stages/front-matter.js";
import { readPlainText } from "./stages/plain-text.js";
import { resolveProvenance } from "./stages/provenance.js";
import { blockText, type RawBlock } from "./stages/raw-block.js";
import { chooseTitle } from "./stages/title.js";
import { warning } from "./warnings.js";

export interface ParseOptions {
  /** The file's name or path: a long number in it is the article id when the content has none. */
  filename?: string;
}

/** Front-matter keys the model has fields for; every other key goes to `extra`. */
const MODELLED_KEYS = new Set(["title", "date", "categories", "category", "tags", "tag", "author", "editor"]);
const ORIGINAL_URL_KEYS = ["originalUrl", "original_url", "source_url", "sourceUrl", "original", "link"];
const HTML_START =
  /^\s*<(?:!doctype|html|head|body|div|p|article|section|table|h[1-6]|span|center|pre|ul|ol|blockquote)\b/i;

/**
 * Parses one news file into an Article. Never throws for any string or bytes; the only error is a
 * `CaixunError` for a documented limit (input over `MAX_INPUT_SIZE`).
 *
 * The stages, each a module of its own: decode → split front matter → detect (rule packs) →
 * body to DOM (or plain-text lines) → clean → read blocks → boilerplate → captions → credits →
 * title → provenance → dates → enrich (securities, figures, future years) → assemble.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  const decoded = decode(input);
  try {
    return parseDecoded(decoded, options);
  } catch (error) {
    return salvage(decoded, options, error);
  }
}

function parseDecoded(decoded: Decoded, options: ParseOptions): Article {
  const warnings: Warning[] = [...decoded.warnings];
  const frontMatter = splitFrontMatter(decoded.text);
  warnings.push(...frontMatter.warnings);
  const data = frontMatter.data;
  const packs = packsFor({ data, hasFrontMatter: frontMatter.present, body: frontMatter.body });
  const generator = packs.find((pack) => pack.format !== undefined);
  const format: Format =
    generator?.format ??
    (frontMatter.present ? "front-matter" : HTML_START.test(frontMatter.body) ? "html" : "plain-text");

  const placeholders = packs.flatMap((pack) => pack.placeholderImages ?? []);
  const isPlaceholderImage = (src: string) => placeholders.some((re) => re.test(src));
  const body = readBody(frontMatter, format, packs, isPlaceholderImage);
  const cleaned = attachCaptions(removeBoilerplate(body.blocks, packs));
  const { blocks: rawBlocks, credits } = readCredits(cleaned);
  const blocks = rawBlocks.map((raw) => raw.block);
  const text = blocks
    .map(blockText)
    .filter((t) => t !== "")
    .join("\n\n");

  const titled = chooseTitle(data.title, body.firstLine, blocks);
  warnings.push(...titled.warnings);

  const channel = generator?.channel?.(data) ?? null;
  const { source, via } = resolveProvenance(credits, channel);

  let publishedAt: string | null = null;
  if (data.date !== undefined && data.date !== null && String(data.date).trim() !== "") {
    publishedAt = normalizeDate(data.date);
    if (publishedAt === null) {
      warnings.push(
        warning(
          "no-date",
          `date “${String(data.date).trim()}” is not a date`,
          lineOf(decoded.text, /^date\s*:/m),
        ),
      );
    }
  } else if (body.stampDate !== null) {
    publishedAt = body.stampDate;
  } else if (credits.datelineDate?.year) {
    const { year, month, day } = credits.datelineDate;
    publishedAt = dateFromParts(year, month, day);
  }
  if (publishedAt === null && !warnings.some((w) => w.code === "no-date")) {
    warnings.push(warning("no-date", "the file has no publish date"));
  }
  warnings.push(...futureYearWarnings(text, publishedAt));
  if (text === "") warnings.push(warning("empty-body", "the body has no text", frontMatter.bodyLine));

  const originalUrl = credits.originalUrl ?? statedUrl(data);
  const authorField = generator?.authorFieldIsChannel ? null : stringField(data.author);
  const links = rawBlocks.flatMap((raw) => raw.links.map((link) => link.href));

  return {
    id: articleId(originalUrl ? [originalUrl, ...links] : links, options.filename, decoded.text),
    title: titled.title,
    publishedAt,
    source,
    via,
    originalUrl,
    author: credits.author ?? authorField,
    editor: credits.editor ?? stringField(data.editor),
    categories: stringList(data.categories ?? data.category),
    tags: stringList(data.tags ?? data.tag),
    blocks,
    text,
    html: renderHtml(blocks),
    images: collectImages(blocks, data, packs, isPlaceholderImage),
    securities: mergeSecurities([body.securities, securitiesInText(`${titled.title}\n${text}`)]),
    figures: figuresInText(text),
    stats: measure(text, blocks),
    warnings,
    format,
    fingerprint: fingerprint(text || titled.title),
    extra: extraFields(data),
  };
}

interface Body {
  blocks: RawBlock[];
  firstLine: { text: string; line: number } | null;
  /** A time stamp read off the top of a plain-text file. */
  stampDate: string | null;
  securities: Security[];
}

function readBody(
  frontMatter: FrontMatter,
  format: Format,
  packs: readonly RulePack[],
  isPlaceholderImage: (src: string) => boolean,
): Body {
  if (format === "plain-text") {
    const plain = readPlainText(frontMatter.body);
    const firstLine =
      plain.title === null
        ? null
        : { text: plain.title, line: (plain.titleLine ?? 1) + frontMatter.bodyLine - 1 };
    return { blocks: plain.blocks, firstLine, stampDate: plain.stampDate, securities: [] };
  }
  const syntax =
    packs.find((pack) => pack.bodySyntax)?.bodySyntax ?? (format === "html" ? "html" : "markdown");
  const root = parseHtml(bodyToHtml(frontMatter.body, syntax));
  const securities = cleanDom(root, packs);
  const blocks = readBlocks(root, { isPlaceholderImage });
  return { blocks, firstLine: null, stampDate: null, securities };
}

function collectImages(
  blocks: readonly Block[],
  data: Record<string, unknown>,
  packs: readonly RulePack[],
  isPlaceholderImage: (src: string) => boolean,
): Image[] {
  const images: Image[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.type === "image" && block.src !== null && !seen.has(block.src)) {
      seen.add(block.src);
      images.push({ src: block.src, alt: block.alt, caption: block.caption });
    }
  }
  for (const field of packs.flatMap((pack) => pack.imageFields ?? [])) {
    const src = stringField(data[field]);
    if (src && /^(?:https?:)?\/\//.test(src) && !isPlaceholderImage(src) && !seen.has(src)) {
      seen.add(src);
      images.push({ src, alt: null, caption: null });
    }
  }
  return images;
}

function statedUrl(data: Record<string, unknown>): string | null {
  for (const key of ORIGINAL_URL_KEYS) {
    const value = stringField(data[key]);
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}

function stringField(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** A list as stated; a string is split the way Jekyll splits it (on white space), and on commas. */
function stringList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value
    : value === undefined || value === null
      ? []
      : String(value).split(/[\s,，]+/);
  const out: string[] = [];
  for (const item of items) {
    const text = stringField(item);
    if (text !== null && !out.includes(text)) out.push(text);
  }
  return out;
}

function extraFields(data: Record<string, unknown>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!MODELLED_KEYS.has(key)) extra[key] = value;
  }
  return extra;
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The last resort when a stage fails on input nobody foresaw: keep every line of the text as a
 * paragraph and say so, rather than throw or lose the file.
 */
function salvage(decoded: Decoded, options: ParseOptions, error: unknown): Article {
  const lines = decoded.text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const blocks: Block[] = lines.map((line) => ({ type: "paragraph", text: line }));
  const text = lines.join("\n\n");
  return {
    id: articleId([], options.filename, decoded.text),
    title: lines[0]?.slice(0, 80) ?? "",
    publishedAt: null,
    source: null,
    via: [],
    originalUrl: null,
    author: null,
    editor: null,
    categories: [],
    tags: [],
    blocks,
    text,
    html: renderHtml(blocks),
    images: [],
    securities: [],
    figures: [],
    stats: measure(text, blocks),
    warnings: [
      ...decoded.warnings,
      warning(
        "parse-failed",
        `the parser failed (${error instanceof Error ? error.message : String(error)}); the text was kept line by line`,
      ),
    ],
    format: "plain-text",
    fingerprint: fingerprint(text),
    extra: {},
  };
}
