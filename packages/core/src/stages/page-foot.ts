import { STAGES_PAGE_FOOT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { looksLikeOutlet } from "../credits/outlets.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import type { RawBlock } from "./raw-block.js";

/**
 * The patterns below are compiled from their literals (`STAGES_PAGE_FOOT_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesPageFootPatternsCompiled = false;
/** A portal's back link glued to the end of a line (`作者：余毅菁 向雪妮返回搜狐，查看更多`, a farm's `返回富达，查看更多`). */
let BACK_LINK: RegExp;
/** The outlet's name alone after a comma, closing the page's story box (`,南方都市报`). */
let COMMA_OUTLET: RegExp;
/** A teaser of another story: its headline (no sentence end) on a line, then its opening cut off with `…`. */
let TEASER: RegExp;

/** Compiles `STAGES_PAGE_FOOT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesPageFootPatterns(): void {
  [BACK_LINK, COMMA_OUTLET, TEASER] = STAGES_PAGE_FOOT_PATTERNS.map(regexFromLiteral) as RegExps<3>;
  stagesPageFootPatternsCompiled = true;
}
/** How many of the story's last blocks a back link is cut from. */
const FOOT_BLOCKS = 4;

/**
 * What a portal's article template, and the content farms that copy it, set under the story's last lines: its back
 * link glued to them, a teaser of another story in a quote, and the outlet's name alone after a comma. The blocks
 * without them, and the outlet (a closing credit; else null).
 */
export function withoutPageFoot(blocks: readonly RawBlock[]): { blocks: RawBlock[]; outlet: string | null } {
  if (!stagesPageFootPatternsCompiled) compileStagesPageFootPatterns();
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
