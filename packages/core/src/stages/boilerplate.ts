import type { RulePack } from "../rules/index.js";
import { collapseWhitespace } from "../text/chars.js";
import { blockText, type RawBlock } from "./raw-block.js";

/** Lines that are boilerplate whatever the source: ads, reprint notices, "more" markers. */
const GENERIC_DROP: readonly RegExp[] = [
  /^公益广告$/,
  /^版权归原作者所有[，,]?\s*向原创者致敬[。！]?$/,
  /^<>$/,
  /^(?:\(|（)?(?:完|END)(?:\)|）)?$/i,
  /^[-—–_=*·•.。\s]+$/,
];

/**
 * Stage 7 — drop boilerplate blocks and cut spliced widgets out of text. Generic rules plus the
 * packs' `dropBlocks` and `cutFragments`; credit lines are left for the credits stage to read.
 */
export function removeBoilerplate(blocks: RawBlock[], packs: readonly RulePack[]): RawBlock[] {
  const drops = [...GENERIC_DROP, ...packs.flatMap((p) => p.dropBlocks ?? [])];
  const cuts = packs.flatMap((p) => p.cutFragments ?? []);
  const kept: RawBlock[] = [];
  for (const raw of blocks) {
    if (cuts.length > 0) cutFragments(raw, cuts);
    const text = blockText(raw.block);
    if (raw.block.type !== "image" && text === "") continue;
    if (raw.block.type !== "image" && drops.some((re) => re.test(text))) continue;
    kept.push(raw);
  }
  return kept;
}

function cutFragments(raw: RawBlock, cuts: readonly RegExp[]): void {
  const block = raw.block;
  if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") return;
  let text = block.text;
  for (const re of cuts) text = text.replace(re, "");
  if (text !== block.text) block.text = collapseWhitespace(text);
}
