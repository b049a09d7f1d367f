import type { Warning } from "../article.js";
import { platformOfUrl } from "../credits/domains.js";
import { markdownPageFrame } from "../extract/markdown-page.js";
import { NO_PAGE_LINES, openWebForms, type PageLines, readPage, WEB_FORM_STATE } from "../extract/page.js";
import { readerCopyMarkdown } from "../extract/reader-copy.js";
import type { Document, Element } from "../html/dom.js";
import { markdownDialect } from "../markdown/dialect.js";
import { withoutTemplateTags } from "../markdown/template-tags.js";
import {
  allPacks,
  type PackFields,
  type PackSet,
  placeholderTest,
  titleTakenFromBody,
} from "../packs/index.js";
import { advance, type Grown, type ParseContext, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { HEAD_ELEMENT_START } from "../readers/detect.js";
import { fileNameHeadline } from "../readers/file-path.js";
import { warning } from "../warnings.js";
import { type ReadOptions, readBlocks } from "./blocks.js";
import { bodyToHtml, capHtmlNesting, capMarkdownNesting, parseHtml, withRawTextClosed } from "./body.js";
import { cleanDom, limitDepth, type MarkupListings } from "./clean.js";
import type { Detected } from "./detect.js";
import { statedUrl } from "./fields.js";
import { readPlainText } from "./plain-text.js";
import type { RawBlock } from "./raw-block.js";
import { packMarkupOf, select } from "./select.js";
import { streamBody } from "./stream-body.js";

/** The body as blocks, plus what only the body's own reading can see. */
export interface BodyRead {
  rawBlocks: RawBlock[];
  /** A plain-text first line that reads as a title, with its 1-based line in the input. */
  firstLine: { text: string; line: number } | null;
  /** The date of a time stamp at the top of a plain-text body. */
  stampDate: string | null;
  /** Securities read from markup (quote widgets, quote-page links, coded ids) before the packs removed it. */
  markupSecurities: MarkupListings;
  /** Facts the markup states (a pack's field locations, a whole page's meta tags and headline). */
  stated: PackFields;
  /** Lines a whole page shows around the story (`2019-09-26 12:11 来源：…` under its headline). */
  pageLines: PageLines;
  /**
   * Whether the body is a Markdown copy of a whole page whose head was found (`extract/markdown-page.ts`):
   * what follows its story's last prose is the page's too.
   */
  pageCopy: boolean;
  /**
   * The headline the file's name gives (`readers/file-path.ts`), when the file states no title and has no
   * title line: the title, after a heading opening the body and a `（原标题：…）` credit.
   */
  fileHeadline: string | null;
}

/** How a body the markup readers read is written. */
export type MarkupSyntax = Exclude<Detected["syntax"], "plain-text">;

/**
 * How a body written in Markdown or HTML is read into blocks, given the headline the file's name gives: `readMarkup`
 * (a whole saved page too) in `parse`; `parse-markdown.ts`' reader reads a page as a fragment. The entries pass it to
 * the pipeline (`runPipelineWith`), so that one that reads only plain text (`@caixun/core/parse-text`) carries no
 * reader, nor the HTML tokenizer, Markdown and the page's tree, and one that reads no whole page no tree.
 */
export type MarkupReader = (
  context: ParseContext<SourceDocument & Detected>,
  syntax: MarkupSyntax,
  fileHeadline: string | null,
) => ParseContext<Grown<SourceDocument & Detected, BodyRead>>;

/**
 * What an entry reads a body in Markdown or HTML with: a `MarkupReader`, or, for an entry that carries none
 * (`parse-text.ts`), what such a body says when it is read as plain text instead (`markup-not-loaded`).
 */
export type MarkupReading = MarkupReader | Warning;

/**
 * Read the body into blocks. This stage is the seam between the body and everything else: every
 * later stage sees blocks, never markup, so a faster body reader can replace this one alone.
 * Plain text is read line by line; HTML and Markdown go to one DOM (Markdown rendered first), which
 * the packs clean before one walk reads the blocks (`readMarkup`).
 */
export const readBody: Stage<SourceDocument & Detected, BodyRead> = (context) =>
  readBodyWith(context, readMarkup);

/** The body stage with what the entry reads a body in Markdown or HTML with (`MarkupReading`). */
export function readBodyWith<D extends SourceDocument & Detected>(
  context: ParseContext<D>,
  markup: MarkupReading,
): ParseContext<Grown<D, BodyRead>> {
  const { body, bodyLine, syntax, data, filename, ref } = context.document;
  const settings = context.settings;
  const titled = typeof data.title === "string" && data.title.trim() !== "";
  // A document of a dump or a digest is not named by its input's file.
  const fileHeadline =
    titled || ref !== null ? null : fileNameHeadline(filename, settings.fileHeadlineMinHan);
  if (syntax !== "plain-text" && typeof markup === "function") {
    // The markup reader hands on the context it was given, grown as this stage grows it.
    return markup(context, syntax, fileHeadline) as ParseContext<Grown<D, BodyRead>>;
  }
  // With a stated title (a record's), the first line is the body's, not a title.
  const plain = readPlainText(body, settings, { firstLineMayBeTitle: !titled, fileHeadline });
  const firstLine =
    plain.title === null ? null : { text: plain.title, line: (plain.titleLine ?? 1) + bodyLine - 1 };
  return advance(
    context,
    {
      fileHeadline: firstLine === null ? fileHeadline : null,
      rawBlocks: plain.blocks,
      firstLine,
      stampDate: plain.stampDate,
      markupSecurities: { widget: [], markup: [] },
      stated: plain.writer === null ? plain.stated : { ...plain.stated, author: plain.writer },
      pageLines: NO_PAGE_LINES,
      pageCopy: false,
    },
    syntax === "plain-text" ? [] : [markup as Warning],
  );
}

/** `MarkupReader` with a whole saved page's reading (`readWholePage`): what `parse` reads every body with. */
export function readMarkup(
  context: ParseContext<SourceDocument & Detected>,
  syntax: MarkupSyntax,
  fileHeadline: string | null,
): ParseContext<Grown<SourceDocument & Detected, BodyRead>> {
  return readMarkupWith(context, syntax, fileHeadline, readWholePage);
}

/** A whole saved page's body read into blocks: the page's tree, its story and what the page states of it. */
export type PageReader = (
  html: string,
  context: ParseContext<SourceDocument & Detected>,
  options: ReadOptions,
  fileHeadline: string | null,
) => BodyRead;

/**
 * Markdown and HTML bodies read into blocks; a whole saved page by `page`, or, when `page` is instead what such a page
 * says without its reader (`parse-markdown.ts`), read as a fragment, whole, saying that.
 */
export function readMarkupWith(
  context: ParseContext<SourceDocument & Detected>,
  syntax: MarkupSyntax,
  fileHeadline: string | null,
  page: PageReader | Warning,
): ParseContext<Grown<SourceDocument & Detected, BodyRead>> {
  const { body, bodyLine, data } = context.document;
  const settings = context.settings;
  const warnings: Warning[] = [];
  let source = body;
  if (syntax === "markdown") {
    const capped = capMarkdownNesting(source, settings.maxMarkdownPrefixColumns);
    source = readerCopyMarkdown(withoutTemplateTags(capped.markdown));
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
  const dialect =
    syntax === "markdown"
      ? markdownDialect(
          { format: context.document.format, data, body, filename: context.document.filename },
          settings.kramdownMarkdown,
        )
      : "commonmark";
  const html = capHtmlNesting(
    withRawTextClosed(bodyToHtml(source, syntax, dialect)),
    settings.maxHtmlNesting,
  );
  if (html.cutTags > 0) {
    warnings.push(
      warning(
        "nesting-capped",
        `${html.cutTags} HTML start tag(s) nested deeper than ${settings.maxHtmlNesting} were dropped before parsing (the text is kept)`,
        bodyLine,
      ),
    );
  }
  const options = { isPlaceholderImage: placeholderTest(context.packs), settings };
  if (syntax === "html" && mayBeWholePage(html.html)) {
    if (typeof page === "function")
      return advance(context, page(html.html, context, options, fileHeadline), warnings);
    warnings.push(page);
  }
  // A fragment: one pass of the tokenizer reads its blocks and facts, no tree (`stream-body.ts`).
  const streamed = streamBody(html.html, context.packs, settings.maxDomDepth, options);
  // A Markdown copy of a whole page that states the page's address and headline: the page's head
  // leaves the blocks, its stamp and byline read as a whole page's lines under the headline are.
  // A headline the file says it took from the body's first words anchors no head. A page's HTML a mirror keeps under
  // front matter naming its address (a Jekyll mirror's `from:`) is such a copy too.
  const pageUrl =
    syntax === "markdown"
      ? (context.document.originalUrl ?? statedUrl(data))
      : syntax === "html"
        ? statedUrl(data)
        : null;
  const framed =
    pageUrl !== null && typeof data.title === "string" && !titleTakenFromBody(context.packs, data)
      ? markdownPageFrame(streamed.rawBlocks, data.title, pageUrl)
      : null;
  return advance(
    context,
    {
      rawBlocks: framed?.blocks ?? streamed.rawBlocks,
      firstLine: null,
      stampDate: null,
      markupSecurities: streamed.markupSecurities,
      stated: streamed.stated,
      pageLines:
        framed === null ? NO_PAGE_LINES : { ...NO_PAGE_LINES, above: framed.above, site: framed.site },
      pageCopy: framed !== null,
      fileHeadline,
    },
    warnings,
  );
}

/** `PageReader` as `parse` has it: the page's tree, bounded, its packs' fields, its story found and cleaned. */
function readWholePage(
  html: string,
  context: ParseContext<SourceDocument & Detected>,
  options: ReadOptions,
  fileHeadline: string | null,
): BodyRead {
  const settings = context.settings;
  const root = parseHtml(html);
  // Bounded before anything walks it: the story finder and the packs' field readers recurse.
  limitDepth(root, settings.maxDomDepth);
  // Most pages are no WebForms page: a plain search spares them the walk.
  if (html.includes(WEB_FORM_STATE)) openWebForms(root);
  // The packs' field and security locations, read in one walk before anything is removed.
  const { stated, widget } = packMarkupOf(root, context.packs);
  const story = storyOf(root, context.packs, context.document.syntax, stated);
  const markupSecurities = cleanDom(root, context.packs, settings.maxDomDepth, story.content, widget);
  const rawBlocks = readBlocks(story.content, options);
  return {
    rawBlocks,
    firstLine: null,
    stampDate: null,
    markupSecurities,
    stated: story.stated,
    pageLines: story.pageLines,
    pageCopy: false,
    fileHeadline,
  };
}

/**
 * Whether the HTML may be a whole saved page (`readPage` needs a `<head>` with a `<title>`; a page may
 * leave its `<body>` tag out, or all three of its tags when it opens with its head's elements
 * (`HEAD_ELEMENT_START`), which `readPage` then implies as HTML does): only then is a tree built.
 * Without them the body is a fragment. Each test is a plain search for a literal or an anchored prologue.
 */
function mayBeWholePage(html: string): boolean {
  if (/<head\b/i.test(html)) return /<title\b/i.test(html);
  if (/<title\b/i.test(html) && HEAD_ELEMENT_START.test(html)) return true;
  return mayBeBodyInclude(html);
}

/**
 * Whether headless HTML may be a page's body as a template includes it (`readPage`'s body include): a
 * headline element and a labelled info line (`时间：`, `来源：`) somewhere in it, or a share button's headline
 * (`data-title=`). Plain searches.
 */
function mayBeBodyInclude(html: string): boolean {
  return (
    (/<h[1-3][\s>]/i.test(html) && /(?:来源|时间|日期)\s*[:：]/u.test(html)) || html.includes("data-title=")
  );
}

/**
 * Where the story is and what the markup states about it, read before anything is removed: the
 * packs' field locations (`packFields`); on a whole saved page (a `<head>` with a `<title>` around the body), the
 * element holding the story — a pack's `content` selector, else the container where the page's
 * sentences gather — with the page's headline, meta tags and the lines under the headline.
 * Fragments (a feed item's HTML, a rendered Markdown body) are read whole.
 */
function storyOf(
  root: Document,
  packs: PackSet,
  syntax: string,
  packFields: PackFields,
): { content: Document | Element; stated: PackFields; pageLines: PageLines } {
  const stated: PackFields = { ...packFields };
  const page = syntax === "html" ? readPage(root) : null;
  if (page === null) return { content: root, stated, pageLines: NO_PAGE_LINES };
  const chosen = allPacks(packs)
    .flatMap((pack) => pack.content ?? [])
    .map((selector) => select(selector, root)[0])
    .find((el) => el !== undefined);
  stated.title ??= page.title ?? undefined;
  stated.publishedAt ??= page.meta.publishedAt ?? undefined;
  stated.source ??= page.meta.source ?? undefined;
  stated.author ??= page.meta.author ?? undefined;
  stated.originalUrl ??= page.meta.url ?? undefined;
  for (const key of Object.keys(stated) as Array<keyof PackFields>)
    if (stated[key] === undefined) delete stated[key];
  const pageLines = {
    above: page.infoLines,
    after: page.trailerLines,
    site: page.meta.siteName,
    platform: page.meta.url === null ? null : platformOfUrl(page.meta.url),
    addressDay: page.meta.addressDay,
  };
  return { content: chosen ?? page.content, stated, pageLines };
}
