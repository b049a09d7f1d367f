import type { Listing, Warning } from "../article.js";
import { placeholderTest } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { warning } from "../warnings.js";
import { readBlocks } from "./blocks.js";
import { bodyToHtml, capHtmlNesting, capMarkdownNesting, parseHtml } from "./body.js";
import { cleanDom } from "./clean.js";
import type { Detected } from "./detect.js";
import { readPlainText } from "./plain-text.js";
import type { RawBlock } from "./raw-block.js";

/** The body as blocks, plus what only the body's own reading can see. */
export interface BodyRead {
  rawBlocks: RawBlock[];
  /** A plain-text first line that reads as a title, with its 1-based line in the input. */
  firstLine: { text: string; line: number } | null;
  /** The date of a time stamp at the top of a plain-text body. */
  stampDate: string | null;
  /** Securities read from markup (quote widgets) before the packs removed it. */
  markupSecurities: Listing[];
}

/**
 * Read the body into blocks. This stage is the seam between the body and everything else: every
 * later stage sees blocks, never markup, so a faster body reader can replace this one alone.
 * Plain text is read line by line; HTML and Markdown go to one DOM (Markdown rendered first), which
 * the packs clean before one walk reads the blocks.
 */
export const readBody: Stage<SourceDocument & Detected, BodyRead> = (context) => {
  const { body, bodyLine, syntax, data } = context.document;
  const settings = context.settings;
  if (syntax === "plain-text") {
    // With a stated title (a record's), the first line is the body's, not a title.
    const stated = typeof data.title === "string" && data.title.trim() !== "";
    const plain = readPlainText(body, settings, { firstLineMayBeTitle: !stated });
    const firstLine =
      plain.title === null ? null : { text: plain.title, line: (plain.titleLine ?? 1) + bodyLine - 1 };
    return advance(context, {
      rawBlocks: plain.blocks,
      firstLine,
      stampDate: plain.stampDate,
      markupSecurities: [],
    });
  }
  const warnings: Warning[] = [];
  let source = body;
  if (syntax === "markdown") {
    const capped = capMarkdownNesting(source, settings.maxMarkdownPrefixColumns);
    source = capped.markdown;
    if (capped.cutLines > 0) {
      warnings.push(
        warning(
          "nesting-capped",
          `${capped.cutLines} line(s) nested deeper than any real article were flattened before reading the Markdown`,
          bodyLine,
        ),
      );
    }
  }
  const html = capHtmlNesting(bodyToHtml(source, syntax), settings.maxHtmlNesting);
  if (html.cutTags > 0) {
    warnings.push(
      warning(
        "nesting-capped",
        `${html.cutTags} HTML start tag(s) nested deeper than ${settings.maxHtmlNesting} were dropped before parsing (the text is kept)`,
        bodyLine,
      ),
    );
  }
  const root = parseHtml(html.html);
  const markupSecurities = cleanDom(root, context.packs, settings.maxDomDepth);
  const rawBlocks = readBlocks(root, { isPlaceholderImage: placeholderTest(context.packs), settings });
  return advance(context, { rawBlocks, firstLine: null, stampDate: null, markupSecurities }, warnings);
};
