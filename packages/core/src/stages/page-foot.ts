import { looksLikeOutlet } from "../credits/outlets.js";
import { endsSentence } from "../text/chars.js";
import type { RawBlock } from "./raw-block.js";

/**
 * What a portal's article template, and the content farms that copy it, set under the story's last lines: its
 * back link glued to the last line (`作者：余毅菁 向雪妮返回搜狐，查看更多`), a teaser of another story in a quote
 * (a headline, then its opening cut off with `…`), and the outlet's name alone after a comma (`,南方都市报`). Only
 * the story's last `FOOT_BLOCKS` blocks are read.
 */
const FOOT_BLOCKS = 4;

/** A portal's back link as a link's text (`返回搜狐，查看更多`, a farm's `返回富达，查看更多`). */
const BACK_LINK = /^返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多$/u;
/** The outlet's name alone after a comma, closing the page's story box (`,南方都市报`). */
const COMMA_OUTLET = /^[,，]\s*(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,15})$/u;
/** How a teaser's cut excerpt ends: an ellipsis. */
const CUT_OFF = /(?:…|\.{3})$/u;
/** The longest headline a teaser opens with, in characters. */
const TEASER_HEADLINE_MAX = 40;

/** The template's foot, read: the blocks without it, and the outlet its comma line names (else null). */
export function withoutPageFoot(blocks: readonly RawBlock[]): { blocks: RawBlock[]; outlet: string | null } {
  const kept = [...blocks];
  let outlet: string | null = null;
  const last = kept.at(-1);
  const named = last?.block.type === "paragraph" ? COMMA_OUTLET.exec(last.block.text.trim()) : null;
  if (named && looksLikeOutlet(named[1]!)) {
    outlet = named[1]!;
    kept.pop();
  }
  if (kept.length > 1 && isTeaser(kept.at(-1)!)) kept.pop();
  for (let i = Math.max(0, kept.length - FOOT_BLOCKS); i < kept.length; i++)
    kept[i] = withoutBackLink(kept[i]!);
  return { blocks: kept, outlet };
}

/** A quote of another story's headline (a short line, no sentence end) over its opening cut off with `…`. */
function isTeaser(raw: RawBlock): boolean {
  if (raw.block.type !== "quote") return false;
  const lines = raw.block.text.trim().split("\n");
  const headline = lines[0]!.trim();
  return (
    lines.length >= 2 &&
    headline.length <= TEASER_HEADLINE_MAX &&
    !endsSentence(headline) &&
    CUT_OFF.test(lines.at(-1)!.trim())
  );
}

/** A paragraph without the back link glued to its end. */
function withoutBackLink(raw: RawBlock): RawBlock {
  const block = raw.block;
  const link = raw.links.at(-1);
  if (block.type !== "paragraph" || link === undefined || !BACK_LINK.test(link.text.trim())) return raw;
  const text = block.text.trimEnd();
  // A back link on a line of its own is the boilerplate's to drop.
  if (!text.endsWith(link.text.trim()) || text.length === link.text.trim().length) return raw;
  return {
    ...raw,
    block: { ...block, text: text.slice(0, -link.text.trim().length).trimEnd() },
    links: raw.links.slice(0, -1),
  };
}
