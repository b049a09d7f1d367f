import { EXTRACT_MARKDOWN_PAGE_PATTERNS } from "@caixun/core/text/rule-patterns";
import { sameSite } from "../credits/domains.js";
import { IMAGE_CREDIT } from "../credits/grammar.js";
import { canonicalOutlet, looksLikeOutlet } from "../credits/outlets.js";
import { dayClosingLine, readStampLine, readWriterStamp } from "../enrich/date-evidence.js";
import { isProse, isReaderToggle, READER_TOGGLE_HEAD } from "../stages/boilerplate.js";
import { blockText, isLinksOnly, type RawBlock } from "../stages/raw-block.js";
import { collapseWhitespace } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { WEB_ADDRESS } from "../text/url.js";

/**
 * A Markdown copy of a whole web page (a reader service's, a clipper's) keeps the page around the
 * story: the site's navigation and the headline above it, the lines the page shows under the
 * headline (its time stamp, maybe with the writer's name before it, `来源：…`, the byline, `收藏` and
 * `评论` buttons). No rule per site finds
 * where the story starts, the page's headline does: when the headline the document states opens the
 * copy again before any prose — as a heading or a line of its own, maybe with the site's name after it
 * — everything above its last repeat is the page's. Under it, the site's own links (a topic's, its
 * app's) and buttons' words leave too; a time stamp and an outlet-and-name byline are read as a whole
 * page's lines under its headline are, and any other line stays for the credits stage, which reads
 * what opens a body (a `来源：` line, an account's name).
 */

/** How many blocks a page's head may take before the story: a portal's navigation is a few lists. */
const HEAD_MAX_BLOCKS = 24;
/**
 * The patterns below are compiled from their literals (`EXTRACT_MARKDOWN_PAGE_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let extractMarkdownPagePatternsCompiled = false;
/** A button's or a badge's word under a headline (`原创`, `收藏`, `评论`, `登录 / 注册`). */
let UI_WORD: RegExp;
/** An outlet and a writer's name under a headline (`财联社 黄君芝`): two or more words, no sentence. */
let BYLINE_PAIR: RegExp;
/** Characters after the headline that set off the site's name in a page's `<title>` (`标题_新浪财经`). */
let SITE_SEPARATOR: RegExp;
/**
 * The separators between the parts of a `<title>`'s tail (`_新浪财经_新浪网`, ` - 财经频道 - 新浪网`); the white
 * space around them is trimmed off each part, as a `\s*` on either side would be tried again at every space.
 */
let SITE_PARTS: RegExp;

/** Compiles `EXTRACT_MARKDOWN_PAGE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileExtractMarkdownPagePatterns(): void {
  [UI_WORD, BYLINE_PAIR, SITE_SEPARATOR, SITE_PARTS] = EXTRACT_MARKDOWN_PAGE_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<4>;
  extractMarkdownPagePatternsCompiled = true;
}

/**
 * The story's blocks of a Markdown copy of a page without the page's head, and the lines under its
 * headline that are the page's (a time stamp, an outlet with a writer's name: `2026-05-08 09:27 星期五`,
 * `财联社 黄君芝`), read as a whole page's are; null when no headline anchors the head. Any other line
 * under the headline stays a block, for the credits stage (a `来源：` line, an account's name). `site` is
 * the outlet a repeated headline names after it, as the page's `<title>` does (`标题_新浪财经_新浪网`): the
 * part nearest the headline that reads as an outlet, the portal's channel before the portal.
 */
export function markdownPageFrame(
  blocks: readonly RawBlock[],
  title: string,
  pageUrl: string,
): { blocks: RawBlock[]; above: string[]; site: string | null } | null {
  if (!extractMarkdownPagePatternsCompiled) compileExtractMarkdownPagePatterns();
  const wanted = collapseWhitespace(title);
  if ([...wanted].length < 4) return null;
  const text = (raw: RawBlock) => collapseWhitespace(blockText(raw.block));
  const repeats = (raw: RawBlock) => {
    if (raw.block.type !== "heading" && raw.block.type !== "paragraph") return false;
    const written = text(raw);
    if (written === wanted) return true;
    // A feed job's page heading the item with its title linked to the item, Markdown an HTML body leaves as written
    // (`[给我前任主人的一封信](https://medium.com/…)` over a `------` underline).
    if (
      written.startsWith(`[${wanted}](`) &&
      written.endsWith(")") &&
      WEB_ADDRESS.test(written.slice(wanted.length + 3, -1))
    )
      return true;
    return (
      raw.block.type === "heading" &&
      written.startsWith(wanted) &&
      SITE_SEPARATOR.test(written.slice(wanted.length))
    );
  };
  let last = -1;
  let site: string | null = null;
  for (let i = 0; i < Math.min(blocks.length, HEAD_MAX_BLOCKS); i++) {
    const raw = blocks[i]!;
    if (repeats(raw)) {
      last = i;
      site ??= siteAfterHeadline(text(raw).slice(wanted.length));
      // A picture's credit over the page's headline (`图片来源：DW/M. Magunia`) is no sentence of the story, its dot aside.
    } else if (raw.block.type === "paragraph" && isProse(text(raw)) && !IMAGE_CREDIT.test(text(raw))) break;
  }
  if (last < 0) return null;
  const kept: RawBlock[] = [];
  const above: string[] = [];
  // A WeChat page's byline block under its headline, closed by the reader toggles (`在小说阅读器中沉浸阅读`): its names
  // stay whole for the credits stage, which reads the account and the writer there (`奇安信 CERT` is no outlet-and-name
  // byline pair).
  const toggle = blocks.findIndex(
    (raw, i) =>
      i > last &&
      i <= last + READER_TOGGLE_HEAD &&
      raw.block.type === "paragraph" &&
      isReaderToggle(raw.block.text),
  );
  let start = last + 1;
  for (; start < blocks.length; start++) {
    const raw = blocks[start]!;
    if (repeats(raw) || isSiteLinkLine(raw, pageUrl) || isUnderline(raw)) continue;
    if (start <= toggle) {
      kept.push(raw);
      continue;
    }
    if (raw.block.type === "paragraph" && isProse(text(raw))) break;
    if ((raw.block.type === "paragraph" || raw.block.type === "list") && isButtons(raw)) continue;
    // A theme's post meta is a list of one item (`<ul class="post-entry-meta"><li>By: … . 2009-5-4. 5,599</li></ul>`).
    const item = raw.block.type === "list" && raw.block.items.length === 1 ? raw.block.items[0]! : null;
    const line = item !== null ? collapseWhitespace(item) : text(raw);
    if (item !== null && dayClosingLine(line) !== null) above.push(line);
    else if (
      raw.block.type === "paragraph" &&
      (readStampLine(line) !== null ||
        readWriterStamp(line) !== null ||
        BYLINE_PAIR.test(line) ||
        dayClosingLine(line) !== null)
    )
      above.push(line);
    else kept.push(raw);
  }
  // A copy that is all head has no story to find: it is read as it was.
  if (start >= blocks.length) return null;
  return { blocks: [...kept, ...blocks.slice(start)], above, site };
}

/** The outlet a headline's tail names (`_新浪财经_新浪网` → 新浪财经), or null (an empty tail, no outlet in it). */
function siteAfterHeadline(tail: string): string | null {
  if (!extractMarkdownPagePatternsCompiled) compileExtractMarkdownPagePatterns();
  if (tail === "") return null;
  const part = tail
    .split(SITE_PARTS)
    .map((name) => name.trim())
    .find((name) => looksLikeOutlet(name));
  return part === undefined ? null : canonicalOutlet(part);
}

/** A block of the site's own links only: its navigation, a topic's or its app's link (never an account's elsewhere). */
function isSiteLinkLine(raw: RawBlock, pageUrl: string): boolean {
  return (
    (raw.block.type === "paragraph" || raw.block.type === "list") &&
    raw.links.every((link) => !/^https?:/iu.test(link.href) || sameSite(link.href, pageUrl)) &&
    isLinksOnly(raw, /^/u, /^[\s|｜/、,，·•.>＞»-]*(?:正文\s*)?$/u)
  );
}

/** A Setext underline left as a line of its own (`------` under a heading Markdown in an HTML body did not render). */
function isUnderline(raw: RawBlock): boolean {
  if (raw.block.type !== "paragraph") return false;
  const line = raw.block.text.trim();
  return line.length >= 3 && line.length <= 80 && /^(?:-+|=+)$/u.test(line);
}

/** A line, or a list, of buttons' words only. */
function isButtons(raw: RawBlock): boolean {
  if (!extractMarkdownPagePatternsCompiled) compileExtractMarkdownPagePatterns();
  const items = raw.block.type === "list" ? raw.block.items : [blockText(raw.block)];
  return items.every((item) => UI_WORD.test(collapseWhitespace(item)));
}
