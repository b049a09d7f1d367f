import { STAGES_BLOCKS_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Block } from "../article.js";
import type { ParseSettings } from "../settings.js";
import { collapseWhitespace, isClosingMarksOnly } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { safeUrl } from "../text/url.js";
import { type Link, type RawBlock, rawBlock } from "./raw-block.js";

/**
 * The patterns below are compiled from their literals (`STAGES_BLOCKS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesBlocksPatternsCompiled = false;
/** A whole line of Markdown bold left unrendered (inside an HTML block): `**双向开放待完善**`. */
let MARKDOWN_BOLD_LINE: RegExp;
/** A bold line ending in one of these is a lead-in or a sentence, not a heading. */
let NOT_HEADING_END: RegExp;
/**
 * The class names CMS themes and CSS frameworks give content no reader sees (Drupal's `element-invisible` and
 * `element-hidden`, WordPress's `screen-reader-text`, Bootstrap's `sr-only` and `visually-hidden`): a saved page's
 * hidden file-name heading over its lead image (`<h2 class="element-invisible">9679244004_53027fd2ce_z.jpg</h2>`)
 * is no text. Every name holds a hyphen, which the caller checks before the search.
 */
let HIDDEN_CLASS: RegExp;
/**
 * A GitHub task list item's box (`- [ ] 待办`, `- [x] 完成`, `- [X] 解读财报`, as note apps export checklists): Markdown
 * renders it as the item's text, but it is a checkbox, not words of the item.
 */
let TASK_BOX: RegExp;

/** Compiles `STAGES_BLOCKS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesBlocksPatterns(): void {
  [MARKDOWN_BOLD_LINE, NOT_HEADING_END, HIDDEN_CLASS, TASK_BOX] = STAGES_BLOCKS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<4>;
  stagesBlocksPatternsCompiled = true;
}

/**
 * A node as the block reader reads it: domhandler's nodes on the whole-page path, or the stream
 * reader's own for the elements whose block needs all of their content (`stages/stream-body.ts`).
 */
export interface ReadNode {
  readonly type: string;
}
export interface ReadText extends ReadNode {
  readonly data: string;
}
export interface ReadParent {
  readonly children: readonly ReadNode[];
}
export interface ReadElement extends ReadNode, ReadParent {
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
}

const isText = (node: ReadNode): node is ReadText => node.type === "text";
/** Elements: `tag`, and the raw-text `script` and `style`. */
const isElementNode = (node: ReadNode): node is ReadElement =>
  node.type === "tag" || node.type === "script" || node.type === "style";
/** Ordinary elements only (what lists, tables and figures look at). */
const isTag = (node: ReadNode): node is ReadElement => node.type === "tag";

/** Elements whose content is never article text. */
export const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "svg",
  "canvas",
  "audio",
  "video",
  "head",
  "title",
  "meta",
  "link",
  "nav",
  "aside",
  "map",
  "area",
  "source",
  "track",
  "param",
  "dialog",
]);

/** Elements that break the flow of text; everything else is read as inline. */
export const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "center",
  "blockquote",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "figure",
  "figcaption",
  "hr",
  "address",
  "details",
  "summary",
  "fieldset",
  "body",
  "html",
  "picture",
]);

const BOLD = new Set(["strong", "b"]);
const HEADING_LEVEL: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * The attribute marking a `<p>` the Markdown renderer wrote: its text went through Markdown's inline
 * rules already, so `**…**` left in it is literal, not bold.
 */
export const RENDERED_MARK = "data-caixun-markdown";

export interface ReadOptions {
  /** True for image URLs that are placeholders or widgets rather than article images. */
  isPlaceholderImage(src: string): boolean;
  settings: Readonly<ParseSettings>;
}

interface Segment {
  text: string;
  bold: boolean;
  link: Link | null;
}

interface Run {
  segments: Segment[];
  /** Text directly in a container (not in a `<p>`): its line breaks separate paragraphs. */
  loose: boolean;
  captionHint: boolean;
  /** A paragraph the Markdown renderer wrote (`RENDERED_MARK`): no unrendered bold in it. */
  rendered: boolean;
}

/**
 * Read blocks: one walk over the cleaned DOM turns it into typed blocks. Hidden elements,
 * scripts and styles are skipped on the way; standalone bold lines become headings, a bold run-in
 * at the head of a paragraph is split off as a heading, `<br>` separates paragraphs.
 */
export function readBlocks(root: ReadParent, options: ReadOptions): RawBlock[] {
  const reader = new BlockReader(options);
  reader.container(root, false);
  return reader.out;
}

/**
 * The block reader's state: the blocks so far and the inline run being gathered. The tree walk
 * (`container`) drives it here; the stream reader drives the same methods as elements open and
 * close, so both read the same blocks.
 */
export class BlockReader {
  readonly out: RawBlock[] = [];
  private run: Run | null = null;

  constructor(readonly options: ReadOptions) {}

  container(node: ReadParent, captionHint: boolean): void {
    for (const child of node.children) this.node(child, false, null, captionHint);
    this.flush();
  }

  private node(node: ReadNode, bold: boolean, link: Link | null, captionHint: boolean): void {
    if (isText(node)) {
      this.append(node.data, bold, link, captionHint);
    } else if (isElementNode(node)) {
      this.element(node, bold, link, captionHint);
    }
  }

  element(el: ReadElement, bold: boolean, link: Link | null, captionHint: boolean): void {
    const name = el.name;
    if (SKIP.has(name) || isHidden(el) || (name === "a" && isButtonLink(el))) return;
    if (name === "br") {
      this.lineBreak();
      return;
    }
    if (name === "img") {
      this.flush();
      this.image(el, captionHint);
      return;
    }
    if (!BLOCK.has(name)) {
      const isBold = inlineBold(el, bold);
      const ownLink = inlineLink(el, link);
      for (const child of el.children) this.node(child, isBold, ownLink, captionHint);
      return;
    }
    this.flush();
    const isCaptionHinted = captionHinted(el, captionHint);
    const level = HEADING_LEVEL[name];
    if (level) {
      const text = textOf(el);
      const long = text.length > this.options.settings.wrappingHeadingMinLength;
      if (long && wrapsBlocks(el)) this.wrappingHeading(el, level, isCaptionHinted);
      // A long heading that wraps nothing is a paragraph: Markdown's Setext underline (`-----` under a line) makes a
      // heading of a whole paragraph a rule closes, which no writer set as one.
      else if (long) this.push({ type: "paragraph", text }, linksOf(el), isCaptionHinted);
      else this.push({ type: "heading", level, text }, linksOf(el), isCaptionHinted);
    } else if (name === "p") {
      this.startParagraph(isCaptionHinted, RENDERED_MARK in el.attribs);
      for (const child of el.children) this.node(child, false, null, isCaptionHinted);
      this.flush();
    } else if (name === "blockquote") {
      const inner = new BlockReader(this.options);
      inner.container(el, isCaptionHinted);
      this.quote(inner, isCaptionHinted);
    } else if (name === "ul" || name === "ol") {
      this.list(el, name === "ol");
    } else if (name === "table") {
      this.table(el, isCaptionHinted);
    } else if (name === "figure") {
      this.figure(el);
    } else if (name === "pre" && !hasBlockChild(el)) {
      // Preformatted text (code, tables drawn in text) keeps its lines: one paragraph each.
      for (const line of rawTextOf(el).split("\n")) {
        this.push({ type: "paragraph", text: collapseWhitespace(line) }, [], isCaptionHinted);
      }
    } else if (name !== "hr") {
      this.container(el, isCaptionHinted);
    }
  }

  /**
   * A heading element that wraps a story's blocks (sina's `<h1 id="artibodyTitle">` around every `<p>` of a body a CMS
   * stored): read as a container, its own text before its first block or line break the heading when it is short.
   */
  private wrappingHeading(el: ReadElement, level: 1 | 2 | 3 | 4 | 5 | 6, captionHint: boolean): void {
    const { children } = el;
    let first = 0;
    while (first < children.length && !breaksLine(children[first]!)) first++;
    const lead: ReadParent = { children: children.slice(0, first) };
    const text = textOf(lead);
    const isHeading = text !== "" && text.length <= this.options.settings.boldHeadingMaxLength;
    if (isHeading) this.push({ type: "heading", level, text }, [], captionHint);
    for (let i = isHeading ? first : 0; i < children.length; i++)
      this.node(children[i]!, false, null, captionHint);
    this.flush();
  }

  /** A `<p>` opens: its inline content is one paragraph (not a line each). */
  startParagraph(captionHint: boolean, rendered: boolean): void {
    this.run = { segments: [], loose: false, captionHint, rendered };
  }

  /**
   * A `<br>`: the run so far ends. Inside a `<p>` what follows is the `<p>`'s next paragraph, its source line breaks
   * white space as the `<p>`'s own are: a page prettified one tag a line (a `<a>` or `<strong>` on lines of their own
   * between `<br/><br/>` runs) keeps each sentence whole, not a paragraph per source line.
   */
  lineBreak(): void {
    const run = this.run;
    this.flush();
    if (run !== null && !run.loose) this.startParagraph(run.captionHint, run.rendered);
  }

  append(text: string, bold: boolean, link: Link | null, captionHint: boolean): void {
    if (this.run === null) this.run = { segments: [], loose: true, captionHint, rendered: false };
    this.run.segments.push({ text, bold, link });
  }

  /** Turns the pending inline run into paragraphs (and run-in headings). */
  flush(): void {
    const run = this.run;
    this.run = null;
    if (run === null) return;
    if (!run.loose) {
      this.paragraph(run.segments, run.captionHint, run.rendered);
      return;
    }
    // Loose text: each source line is its own paragraph, but for a line of closing marks alone (`】`), which ends
    // the line a template wrapped before it (`【责任编辑:张樵苏` over `】`).
    let line: Segment[] = [];
    for (const segment of run.segments) {
      const pieces = segment.text.split("\n");
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && !(line.length > 0 && isClosingMarksOnly(pieces[i]!))) {
          this.paragraph(line, run.captionHint, false);
          line = [];
        }
        if (pieces[i] !== "") line.push({ ...segment, text: pieces[i]! });
      }
    }
    this.paragraph(line, run.captionHint, false);
  }

  private paragraph(segments: Segment[], captionHint: boolean, rendered: boolean): void {
    if (!stagesBlocksPatternsCompiled) compileStagesBlocksPatterns();
    let joined = "";
    let anyBold = false;
    let anyLink = false;
    for (const segment of segments) {
      joined += segment.text;
      anyBold ||= segment.bold;
      anyLink ||= segment.link !== null;
    }
    const text = collapseWhitespace(joined);
    if (text === "") return;
    // Most paragraphs have neither links nor bold runs: nothing to collect for them.
    const links = anyLink ? collectLinks(segments) : [];
    // Markdown emphasis inside an HTML block is not rendered: `<p>**投资者保护**</p>` is a bold line.
    const starred = rendered ? undefined : MARKDOWN_BOLD_LINE.exec(text)?.[1]?.trim();
    if (starred && isHeadingText(starred, this.options.settings)) {
      this.push({ type: "heading", level: 2, text: starred }, links, captionHint, true);
      return;
    }
    const boldText = anyBold ? collapseWhitespace(segmentText(segments, 0, segments.length, true)) : "";
    const settings = this.options.settings;
    if (boldText === text) {
      if (isHeadingText(text, settings)) {
        this.push({ type: "heading", level: 2, text }, links, captionHint, true);
        return;
      }
    } else if (boldText !== "") {
      // A bold run at the very start, then ordinary text: a run-in heading.
      let lead = 0;
      while (lead < segments.length && (segments[lead]!.bold || segments[lead]!.text.trim() === "")) lead++;
      const heading = collapseWhitespace(segmentText(segments, 0, lead, false));
      const rest = collapseWhitespace(segmentText(segments, lead, segments.length, false));
      // `**来源**: X` is a label and its value, `**央视网消息**（新闻联播）：…` a sentence that goes on from
      // its bold start, and `**A** | **B** | …` a line of items a separator joins (no table: a GFM table
      // needs its delimiter row): none is a heading.
      if (
        heading.length >= settings.runInHeadingMinLength &&
        isHeadingText(heading, settings) &&
        rest.length >= settings.runInBodyMinLength &&
        !/^[:：，,、（(【[|｜]/u.test(rest)
      ) {
        this.push(
          { type: "heading", level: 2, text: heading },
          collectLinks(segments.slice(0, lead)),
          captionHint,
          true,
        );
        this.push({ type: "paragraph", text: rest }, collectLinks(segments.slice(lead)), captionHint);
        return;
      }
    }
    this.push({ type: "paragraph", text }, links, captionHint);
  }

  image(el: ReadElement, captionHint: boolean): void {
    const src = imageSource(el);
    if (
      src === null ||
      this.options.isPlaceholderImage(src) ||
      isTrackingPixel(el, this.options.settings.trackingPixelMaxSize)
    ) {
      return;
    }
    const alt = collapseWhitespace(el.attribs.alt ?? "") || null;
    this.push({ type: "image", src, alt, caption: null }, [], captionHint);
  }

  /** A `<blockquote>` read by `inner` (its container walk done): one quote block, its images kept beside it. */
  quote(inner: BlockReader, captionHint: boolean): void {
    const texts: string[] = [];
    const links: Link[] = [];
    for (const raw of inner.out) {
      if (raw.block.type === "image") {
        this.out.push(raw);
        continue;
      }
      const text =
        raw.block.type === "list" ? raw.block.items.join("\n") : "text" in raw.block ? raw.block.text : "";
      if (text) texts.push(text);
      links.push(...raw.links);
    }
    if (texts.length > 0) this.push({ type: "quote", text: texts.join("\n") }, links, captionHint);
  }

  private list(el: ReadElement, ordered: boolean): void {
    const items: string[] = [];
    const links: Link[] = [];
    for (const child of el.children) {
      if (!isTag(child) || isHidden(child)) continue;
      listItems(child, items);
      links.push(...linksOf(child));
    }
    if (items.length > 0) this.push({ type: "list", ordered, items }, links, false);
  }

  private table(el: ReadElement, captionHint: boolean): void {
    const rows: string[][] = [];
    for (const tr of descendants(el, "tr")) {
      const cells = tr.children
        .filter((c): c is ReadElement => isTag(c) && (c.name === "td" || c.name === "th"))
        .map((cell) => textOf(cell));
      if (cells.length > 0) rows.push(cells);
    }
    const hasText = rows.some((row) => row.some((cell) => cell !== ""));
    const isLayout = rows.length <= 1 && (rows[0]?.length ?? 0) <= 1;
    if (!hasText || isLayout) {
      // A table of images, or a one-cell layout table: read what is inside it.
      this.container(el, captionHint);
      return;
    }
    // A table's own caption (`<caption>生活成本最高的城市</caption>`) is its title: a line over its rows.
    const caption = el.children.find((c): c is ReadElement => isTag(c) && c.name === "caption");
    const captionText = caption === undefined ? "" : textOf(caption);
    if (captionText !== "") this.push({ type: "paragraph", text: captionText }, [], true);
    this.push({ type: "table", rows }, linksOf(el), false);
  }

  private figure(el: ReadElement): void {
    const img = descendants(el, "img")[0];
    const caption = descendants(el, "figcaption")[0];
    const src = img ? imageSource(img) : null;
    const captionText = caption ? textOf(caption) || null : null;
    if (src !== null && !this.options.isPlaceholderImage(src)) {
      const alt = collapseWhitespace(img?.attribs.alt ?? "") || null;
      this.push({ type: "image", src, alt, caption: captionText }, [], true);
    } else if (captionText && img === undefined) {
      // A figure of a caption alone: a caption whose image the source no longer carries.
      this.push({ type: "image", src: null, alt: null, caption: captionText }, [], true);
    } else if (captionText) {
      this.push({ type: "paragraph", text: captionText }, [], true);
    }
  }

  /** `boldLineHeading`: the block is a heading this reader set from a bold line (`RawBlock.boldLineHeading`). */
  private push(block: Block, links: Link[], captionHint: boolean, boldLineHeading = false): void {
    if ("text" in block && block.text === "") return;
    this.out.push(rawBlock(block, links, captionHint, boldLineHeading));
  }
}

/**
 * The text of `segments[from..to)` joined (only the bold ones when `boldOnly`), by concatenation: the
 * `filter`/`slice`/`map`/`join` chain this replaces made three arrays a paragraph, and read `map` and `join` off arrays
 * whose elements' kind varied, which threw `paragraph`'s optimized code away ("wrong map") in a parse pass.
 */
function segmentText(segments: readonly Segment[], from: number, to: number, boldOnly: boolean): string {
  let text = "";
  for (let at = from; at < to; at++) {
    const segment = segments[at]!;
    if (!boldOnly || segment.bold) text += segment.text;
  }
  return text;
}

/** A standalone bold line is a heading when it is short and does not end like a sentence. */
function isHeadingText(text: string, settings: Readonly<ParseSettings>): boolean {
  if (!stagesBlocksPatternsCompiled) compileStagesBlocksPatterns();
  return text.length >= 2 && text.length <= settings.boldHeadingMaxLength && !NOT_HEADING_END.test(text);
}

function collectLinks(segments: Segment[]): Link[] {
  const links: Link[] = [];
  const texts = new Map<Link, string>();
  for (const segment of segments) {
    if (segment.link === null) continue;
    if (!texts.has(segment.link)) links.push(segment.link);
    texts.set(segment.link, (texts.get(segment.link) ?? "") + segment.text);
  }
  // Pushed, not `links.map(…)`: a list `map` made had another map once collectLinks was optimized (TurboFan inlines
  // `map`), so every reader of `RawBlock.links` (`isLinksOnly`, `readLinkBox`, …) met it and threw its optimized code
  // away in a parse pass.
  const collected: Link[] = [];
  for (const link of links)
    collected.push({ href: link.href, text: collapseWhitespace(texts.get(link) ?? "") });
  return collected;
}

/** Bold inside an inline element: `<strong>`, `<b>`, or a bold font weight in its style. */
export function inlineBold(el: ReadElement, bold: boolean): boolean {
  return bold || BOLD.has(el.name) || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(el.attribs.style ?? "");
}

/** The link an inline element's text belongs to: the outermost `<a href>`. */
export function inlineLink(el: ReadElement, link: Link | null): Link | null {
  return el.name === "a" && link === null && el.attribs.href ? { text: "", href: el.attribs.href } : link;
}

/** Whether a block element's content is a caption candidate. */
export function captionHinted(el: ReadElement, captionHint: boolean): boolean {
  return captionHint || el.name === "center" || isCaptionLike(el);
}

export function isHidden(el: ReadElement): boolean {
  if (!stagesBlocksPatternsCompiled) compileStagesBlocksPatterns();
  const style = el.attribs.style;
  const names = el.attribs.class;
  return (
    el.attribs.hidden !== undefined ||
    (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) ||
    (names?.includes("-") === true && HIDDEN_CLASS.test(names))
  );
}

/**
 * A link the page styles as a button (`<a class="download-button red-bg">下载完整报告</a>`, `class="btn"`): a
 * control, as `<button>` is, not text.
 */
function isButtonLink(el: ReadElement): boolean {
  const names = el.attribs.class;
  return names !== undefined && /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i.test(names);
}

/** Centred, or classed as a caption (`img-desc`, `image-caption`, `pic-text` …): a caption candidate. */
function isCaptionLike(el: ReadElement): boolean {
  return (
    el.attribs.align === "center" ||
    /text-align\s*:\s*center/i.test(el.attribs.style ?? "") ||
    /caption|desc|img-?note|pic-?(?:text|info|note)|img-?title/i.test(el.attribs.class ?? "")
  );
}

function hasBlockChild(el: ReadElement): boolean {
  return el.children.some((c) => isTag(c) && BLOCK.has(c.name));
}

/** Whether a child ends the line it is on: a block element or a line break. */
function breaksLine(node: ReadNode): boolean {
  return isTag(node) && (node.name === "br" || BLOCK.has(node.name));
}

/** Whether an element holds a block element or a line break of its own. */
function wrapsBlocks(el: ReadElement): boolean {
  return el.children.some(breaksLine);
}

function imageSource(el: ReadElement): string | null {
  return safeUrl(el.attribs.src || el.attribs["data-src"] || el.attribs["data-original"] || "");
}

function isTrackingPixel(el: ReadElement, maxSize: number): boolean {
  const width = Number.parseInt(el.attribs.width ?? "", 10);
  const height = Number.parseInt(el.attribs.height ?? "", 10);
  return (width > 0 && width <= maxSize) || (height > 0 && height <= maxSize);
}

function descendants(el: ReadElement, name: string): ReadElement[] {
  const found: ReadElement[] = [];
  const visit = (node: ReadParent): void => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(el);
  return found;
}

/** Visible text of an element with `<br>` and block boundaries as line breaks, not collapsed. */
function rawTextOf(node: ReadParent): string {
  if (!stagesBlocksPatternsCompiled) compileStagesBlocksPatterns();
  let out = "";
  const visit = (parent: ReadParent): void => {
    for (const child of parent.children) {
      if (isText(child)) out += child.data;
      else if (isTag(child)) {
        if (SKIP.has(child.name) || isHidden(child)) continue;
        if (child.name === "br") {
          out += "\n";
          continue;
        }
        const block = BLOCK.has(child.name);
        if (block) out += "\n";
        const start = out.length;
        visit(child);
        if (child.name === "li") {
          const box = TASK_BOX.exec(out.slice(start, start + TASK_BOX_WINDOW));
          if (box) out = out.slice(0, start) + out.slice(start + box[0].length);
        }
        if (block) out += "\n";
      }
    }
  };
  visit(node);
  return out;
}
/** How far into an item its task box may start (the white space of the item's paragraph first): a bounded look. */
const TASK_BOX_WINDOW = 16;

/** An item's text without the task box it opens with. */
function withoutTaskBox(text: string): string {
  if (!stagesBlocksPatternsCompiled) compileStagesBlocksPatterns();
  return text.replace(TASK_BOX, "");
}

/**
 * A list item's text, then the items of the lists nested in it, each an item of its own. Items are lines of text: an
 * item's words and the items under it, collapsed into one, ran together where Han meets Han across their line breaks
 * (`影响因素` over `MDI价格：参考链接` and `财报预告、财报：业绩影响。` read `参考链接财报预告`).
 */
function listItems(item: ReadElement, items: string[]): void {
  const own = item.children.some(isNestedList)
    ? { children: item.children.filter((node) => !isNestedList(node)) }
    : item;
  const text = withoutTaskBox(textOf(own));
  if (text) items.push(text);
  if (own === item) return;
  for (const list of item.children)
    if (isNestedList(list))
      for (const child of list.children) if (isTag(child) && !isHidden(child)) listItems(child, items);
}

const isNestedList = (node: ReadNode): node is ReadElement =>
  isTag(node) && (node.name === "ul" || node.name === "ol") && !isHidden(node);

/** Visible text of an element, collapsed to one line. */
function textOf(node: ReadParent): string {
  return collapseWhitespace(rawTextOf(node));
}

function linksOf(node: ReadElement): Link[] {
  return descendants(node, "a")
    .filter((a) => a.attribs.href)
    .map((a) => ({ href: a.attribs.href!, text: textOf(a) }));
}
