import type { Block } from "../article.js";

/** A link as it stood in the body, kept beside a block so credit and share-link rules can read it. */
export interface Link {
  text: string;
  href: string;
}

/** A block plus what the later stages need to know about where it came from. */
export interface RawBlock {
  block: Block;
  /** Links inside the block. */
  links: Link[];
  /** The block was centred or classed as a caption (`<center>`, `text-align:center`, `img-desc`): a caption candidate. */
  captionHint: boolean;
}

export function rawBlock(block: Block, links: Link[] = [], captionHint = false): RawBlock {
  return { block, links, captionHint };
}

/**
 * Headings the block reader set from a bold line (`<p><b>推送自和讯保险的「行业」频道</b></p>`, `**亮点：**`), not written
 * as headings: a box's caption may be one, a headline written as a heading (`<h1>`, `### 长三角…`) is not.
 */
const boldLineHeadings = new WeakSet<Block>();

/** The heading, marked as set from a bold line. */
export function boldLineHeading(block: Block): Block {
  boldLineHeadings.add(block);
  return block;
}

/** Whether a heading was set from a bold line, not written as a heading. */
export function isBoldLineHeading(block: Block): boolean {
  return boldLineHeadings.has(block);
}

/** The text of a block as it goes into `Article.text`. */
export function blockText(block: Block): string {
  switch (block.type) {
    case "list":
      return block.items.join("\n");
    case "table":
      return block.rows.map((row) => row.join("\t")).join("\n");
    case "image":
      return block.caption ?? "";
    default:
      return block.text;
  }
}

/**
 * The plain text of blocks as the Article gives it (`text`): each block's text, blank lines between.
 * Nothing but the blocks' strings and white space, which the Article's scrub relies on (`scrubArticle`).
 */
export function plainText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== "")
    .join("\n\n");
}

/**
 * True for a block made only of links whose text matches `linkText`, with nothing between them but
 * what `between` allows (a "返回… | 返回首页" footer, a line of `#tag` links).
 */
export function isLinksOnly(raw: RawBlock, linkText: RegExp, between: RegExp): boolean {
  if (raw.links.length === 0 || !raw.links.every((link) => linkText.test(link.text))) return false;
  let rest = blockText(raw.block);
  for (const link of raw.links) rest = rest.replace(link.text, "");
  return between.test(rest);
}
