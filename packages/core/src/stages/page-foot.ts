import { looksLikeOutlet } from "../credits/outlets.js";
import type { RawBlock } from "./raw-block.js";

/** A portal's back link glued to the end of a line (`作者：余毅菁 向雪妮返回搜狐，查看更多`, a farm's `返回富达，查看更多`). */
const BACK_LINK = /返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多$/u;
/** The outlet's name alone after a comma, closing the page's story box (`,南方都市报`). */
const COMMA_OUTLET = /^[,，]\s*(\S{2,16})$/u;
/** A teaser of another story: its headline (no sentence end) on a line, then its opening cut off with `…`. */
const TEASER = /^[^\n。！？!?]{1,40}\n[\s\S]*(?:…|\.{3})$/u;
/** How many of the story's last blocks a back link is cut from. */
const FOOT_BLOCKS = 4;

/**
 * What a portal's article template, and the content farms that copy it, set under the story's last lines: its back
 * link glued to them, a teaser of another story in a quote, and the outlet's name alone after a comma. The blocks
 * without them, and the outlet (a closing credit; else null).
 */
export function withoutPageFoot(blocks: readonly RawBlock[]): { blocks: RawBlock[]; outlet: string | null } {
  const kept = [...blocks];
  const text = (raw: RawBlock | undefined, type: string) =>
    raw?.block.type === type ? (raw.block as { text: string }).text.trim() : "";
  // Each pattern runs only where its literal can stand: a comma first, an ellipsis or a back link's words last.
  const last = text(kept.at(-1), "paragraph");
  const named = last.startsWith(",") || last.startsWith("，") ? COMMA_OUTLET.exec(last) : null;
  const outlet = named !== null && looksLikeOutlet(named[1]!) ? named[1]! : null;
  if (outlet !== null) kept.pop();
  const quote = text(kept.at(-1), "quote");
  if (kept.length > 1 && (quote.endsWith("…") || quote.endsWith("...")) && TEASER.test(quote)) kept.pop();
  return {
    blocks: kept.map((raw, i) => {
      const line = i < kept.length - FOOT_BLOCKS ? "" : text(raw, "paragraph");
      const cut =
        line.endsWith("查看更多") && BACK_LINK.test(line) ? line.replace(BACK_LINK, "").trimEnd() : "";
      // A back link on a line of its own is the boilerplate's to drop.
      return cut === "" ? raw : { ...raw, block: { type: "paragraph", text: cut } };
    }),
    outlet,
  };
}
