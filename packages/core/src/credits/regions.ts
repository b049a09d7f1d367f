/**
 * Credit regions of a Markdown body: where a mirror or an archive writes the original's credits
 * apart from the story, fenced off by a thematic break (`---`).
 *
 * - The head: the few short lines a body opens with above its first break (`原文链接：~~[title](url)~~`,
 *   `出自「outlet」：…`, `作者：…`, `> 来源：…`, an archivist's note), when one of them reads as a credit.
 * - The foot: the few short lines below the body's last break (`作者：X，bio`, `相关作品：…`,
 *   `编辑：Y`), when one of them is a credit or a related-articles heading.
 *
 * Each region is returned as its plain text with white space removed, so that the blocks rendered
 * from it can be found (a block belongs to a region when its text is part of the region's text).
 * A story whose first paragraph happens to sit above a rule has no credit word in it and keeps it.
 */

import { CREDITS_REGIONS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

export interface CreditRegions {
  head: string | null;
  foot: string | null;
}

/**
 * The patterns below are compiled from their literals (`CREDITS_REGIONS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let creditsRegionsPatternsCompiled = false;
/** A thematic break: three or more `-`, `*` or `_` alone on a line. */
let RULE: RegExp;
/** A line that opens a Markdown heading or list: a region holding one is a page's own structure. */
let STRUCTURE: RegExp;
/** A credit's word anywhere in a line above the body's first rule: an archivist's note there names its source in passing (`稿件被毙后，南方周末记者…`). */
let HEAD_CREDIT: RegExp;
/**
 * Below the last rule a writer may have set the story's closing section, so a foot is a credit region
 * only when a line opens with a credit's word — after quote, emphasis and link markup and at most
 * four characters (`本文作者：`, `（文章来源：…`, `相关作品：`), or a columnist's box, the role (after markup alone) and the name set apart by
 * a bar under the avatar (`![主筆 | 楊健興](…)`, `**博客 | 劉進圖**`, then the bio). The same word deep in a sentence
 * (`…你需要加入双向链接一样可以实现链接。`) is the story's.
 */
let FOOT_CREDIT: RegExp;

/** Compiles `CREDITS_REGIONS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsRegionsPatterns(): void {
  [RULE, STRUCTURE, HEAD_CREDIT, FOOT_CREDIT] = CREDITS_REGIONS_PATTERNS.map(regexFromLiteral) as RegExps<4>;
  creditsRegionsPatternsCompiled = true;
}
/** How far from the top the head's break may be, and how many lines each region may hold. */
const HEAD_SEARCH = 16;
const HEAD_LINES = 8;
const FOOT_SEARCH = 30;
const FOOT_LINES = 14;
const LINE_MAX = 300;

export function creditRegions(body: string): CreditRegions {
  // Only the first and last lines matter; a long body is not split whole.
  const headLines = body.slice(0, 8000).split("\n");
  const footLines = body.length > 8000 ? body.slice(-8000).split("\n").slice(1) : headLines;
  const head = headRegion(headLines);
  // With one array for both, the foot's break must come after the head's.
  const footFrom = footLines === headLines && head !== null ? head.end + 1 : 0;
  const foot = footRegion(footLines, footFrom);
  return { head: head?.text ?? null, foot };
}

function headRegion(lines: string[]): { text: string; end: number } | null {
  if (!creditsRegionsPatternsCompiled) compileCreditsRegionsPatterns();
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === "") start++;
  for (let i = start; i < Math.min(lines.length, start + HEAD_SEARCH); i++) {
    if (!RULE.test(lines[i]!)) continue;
    const region = lines.slice(start, i).filter((line) => line.trim() !== "");
    if (!isCreditRegion(region, HEAD_LINES, HEAD_CREDIT)) return null;
    // The story must follow the break. When only credit lines follow it (`**内容来源：** “X”微信公众号`), the
    // break closes the story and fences off its foot: the lines above it are the story, even when a
    // credit's word sits in one of its sentences (`来自全国各地的选手…`).
    const after = lines.slice(i + 1).filter((line) => line.trim() !== "" && !RULE.test(line));
    if (after.length === 0 || after.every((line) => FOOT_CREDIT.test(line))) return null;
    return { text: plain(region), end: i };
  }
  return null;
}

function footRegion(lines: string[], from: number): string | null {
  if (!creditsRegionsPatternsCompiled) compileCreditsRegionsPatterns();
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - FOOT_SEARCH); i--) {
    if (!RULE.test(lines[i]!)) continue;
    const region = lines.slice(i + 1).filter((line) => line.trim() !== "");
    const before = lines.slice(0, i).some((line) => line.trim() !== "" && !RULE.test(line));
    if (!before || !isCreditRegion(region, FOOT_LINES, FOOT_CREDIT)) return null;
    // The story's last lines may stand between the rule and its credits (`…您的支持是作者最大的动力~`
    // over `作者：…`): the region starts at its first credit.
    return plain(region.slice(region.findIndex((line) => FOOT_CREDIT.test(line))));
  }
  return null;
}

function isCreditRegion(lines: string[], maxLines: number, credit: RegExp): boolean {
  if (!creditsRegionsPatternsCompiled) compileCreditsRegionsPatterns();
  if (lines.length === 0 || lines.length > maxLines) return false;
  if (lines.some((line) => line.length > LINE_MAX || STRUCTURE.test(line))) return false;
  return lines.some((line) => credit.test(line));
}

/**
 * The region's text as the blocks render it, white space removed: images dropped, links and
 * emphasis reduced to their text, quote markers and tags removed. @bounded: regions are at most
 * 14 lines of 300 characters (`LINE_MAX`).
 */
function plain(lines: string[]): string {
  return lines
    .join("")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/~~|\*\*|__|^>|(?<=\s)>/gm, "")
    .replace(/\s+/g, "");
}

/** Whether a block's text belongs to a region's text. */
export function inRegion(region: string | null, text: string): boolean {
  if (region === null) return false;
  const squeezed = text.replace(/\s+/g, "");
  return squeezed !== "" && region.includes(squeezed);
}
