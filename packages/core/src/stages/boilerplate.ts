import { allPacks, type PackSet } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import { collapseWhitespace } from "../text/chars.js";
import { blockText, isLinksOnly, type RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/** Lines that are boilerplate whatever the source: ads, reprint notices, "more" markers. */
const GENERIC_DROP: readonly RegExp[] = [
  /^公益广告$/,
  /^版权归原作者所有[，,]?\s*向原创者致敬[。！]?$/,
  /^<>$/,
  /^(?:\(|（)?(?:完|END)(?:\)|）)?$/i,
  /^[-—–_=*·•.。\s]*(?:THE\s*)?END[-—–_=*·•.。\s]*$/i,
  /^(?:转载|转发)请注明(?:出处|来源|作者).{0,40}$/,
  /^上一页.{0,80}下一页$/,
  /^[-—–_=*·•.。\s]+$/,
];
// Cut patterns open with a literal character, so the engine skips ahead to candidates instead of
// trying every position; the white space they leave is collapsed afterwards.
/** Empty credit debris left where a scraper dropped the name: `(文/)`, `（记者：）`. */
const EMPTY_CREDIT = /[（(]\s*(?:文|作者|记者|编辑|责编|图)\s*(?:[/／:：｜|]\s*)?[)）]/gu;
/**
 * A page-number bar at the end of a paragraph: `上一页 [1] [2] … 下一页`. One character class for
 * the numbers, brackets and spaces between the words: `(?:\s*\[?\d+\]?)+` nested quantifiers over
 * digits and took minutes on `上一页` and thirty digits.
 */
const PAGINATION = /上一页[\s[\]]*\d[\s[\]\d]*下一页\s*$/gu;

/**
 * Boilerplate: drop boilerplate blocks and cut spliced widgets out of text. Generic rules plus the
 * packs' `dropBlocks` and `cutFragments`; credit lines are left for the credits stage to read.
 */
export const boilerplate: Stage<BodyRead, Pick<BodyRead, "rawBlocks">> = (context) =>
  advance(context, { rawBlocks: removeBoilerplate(context.document.rawBlocks, context.packs) });

export function removeBoilerplate(blocks: readonly RawBlock[], packs: PackSet): RawBlock[] {
  const applied = allPacks(packs);
  const drops = [...GENERIC_DROP, ...applied.flatMap((p) => p.dropBlocks ?? [])];
  const cuts = [EMPTY_CREDIT, PAGINATION, ...applied.flatMap((p) => p.cutFragments ?? [])];
  const kept: RawBlock[] = [];
  for (const original of blocks) {
    const raw = cutFragments(original, cuts);
    const text = blockText(raw.block);
    if (raw.block.type !== "image" && text === "") continue;
    if (raw.block.type !== "image" && (drops.some((re) => re.test(text)) || isTagLine(raw))) continue;
    kept.push(raw);
  }
  return kept;
}

/** The block with the cut fragments taken out of its text (the same block when nothing was cut). */
function cutFragments(raw: RawBlock, cuts: readonly RegExp[]): RawBlock {
  const block = raw.block;
  if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") return raw;
  let text = block.text;
  for (const re of cuts) text = text.replace(re, "");
  return text === block.text ? raw : { ...raw, block: { ...block, text: collapseWhitespace(text) } };
}

/** A line made only of `#tag` links (a blog's tag list under the article). */
function isTagLine(raw: RawBlock): boolean {
  return isLinksOnly(raw, /^#/, /^\s*$/);
}
