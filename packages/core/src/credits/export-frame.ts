import { CREDITS_EXPORT_FRAME_PATTERNS } from "@caixun/core/text/rule-patterns";
import { blockText, type RawBlock } from "../stages/raw-block.js";
import { collapsedFirstCode, collapsedLongerThan, collapseWhitespace } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`CREDITS_EXPORT_FRAME_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let creditsExportFramePatternsCompiled = false;
/**
 * An app's own link: `Read on Omnivore`, `Read in Cubox`, `Open in Readwise`, `View on Instapaper`, and as a
 * Chinese interface words it: `跳转到 Cubox 查看`, `在 Readwise 中打开`, `前往简悦阅读`.
 */
let APP_LINK: RegExp;
/** The link to the page the app saved: `Read Original`, `View original`, `Original URL`, `Open original article`. */
let ORIGINAL_LINK: RegExp;
/** Nothing but separators between an app's links on one line. */
let BETWEEN_LINKS: RegExp;
/** An app's tag on a line of its own: `#Omnivore`, `[[Omnivore]]`, `#read-later #tech`. */
let TAG_LINE: RegExp;
/** A label over the page: `Full Content:`, `📖 正文全文`, `Content`, a heading's marks maybe left escaped (`\##`). */
let CONTENT_LABEL: RegExp;
/** A label over the reader's highlights: `Annotations`, `Highlights`, `标注`. */
let HIGHLIGHTS_LABEL: RegExp;
/** A field of the card restated as a line: `date_saved: 2024-02-18 19:54:59`. */
let FIELD_LINE: RegExp;
/** A heading whose marks an exporter escaped, read as a line (`\## 一、Sparse Embedding`). */
let ESCAPED_HEADING: RegExp;
/** A host name as a link's text: `mp.weixin.qq.com`, `sspai.com`. */
let HOST: RegExp;
/** What may follow the host on its line: one to three names, no sentence. */
let HOST_NAMES: RegExp;
/** Characters that set a site's name off a headline in a page's `<title>` (`标题 - 少数派`). */
let SITE_SEPARATOR: RegExp;

/** Compiles `CREDITS_EXPORT_FRAME_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsExportFramePatterns(): void {
  [
    APP_LINK,
    ORIGINAL_LINK,
    BETWEEN_LINKS,
    TAG_LINE,
    CONTENT_LABEL,
    HIGHLIGHTS_LABEL,
    FIELD_LINE,
    ESCAPED_HEADING,
    HOST,
    HOST_NAMES,
    SITE_SEPARATOR,
  ] = CREDITS_EXPORT_FRAME_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  creditsExportFramePatternsCompiled = true;
}

/**
 * A read-it-later app's Markdown export of a page it saved. Omnivore and Cubox write it so, and Readwise
 * Reader, Instapaper, Pocket and Matter exports have the same parts: over the page, the app's card — the
 * page's title as a heading, the app's tag (`#Omnivore`, `[[Omnivore]]`), maybe the page's description —
 * closed by the app's link line (`[Read on Omnivore](…)`, `[Read in Cubox](…)`, `[Open in Readwise](…)`
 * beside `[Read Original](…)` or `[View original](…)`); under it a recap of the card's fields (`date_saved:
 * …`, keys the front matter states), the reader's highlights under their label (`## Annotations`,
 * `## Highlights`) and a label over the page (`# Full Content:`, `## 📖 正文全文`); then the page, which
 * may open with its headline again and the host's line (`[mp.weixin.qq.com](…)writer account`). A
 * template may put the link line at the end instead. None of it is the story: the original link is the
 * story's address, the host line names its writer and the account that published it.
 */
export interface ExportFrame {
  /** The page's blocks, without the app's. */
  blocks: RawBlock[];
  /** The address the original link states. */
  originalUrl: string | null;
  /** The names the host line gives after the host (`哎呀AIYA 哎呀AIYA`: writer, then account), or null. */
  hostNames: string[] | null;
}
/** What a tag line (`TAG_LINE`) opens with: `#` or `[`. */
const [HASH, OPEN_BRACKET] = [0x23, 0x5b];
/** How many blocks the card may hold above its link line, and how far the page's opening repeats may reach. */
const CARD_BLOCKS = 4;
/** Longest description a card may show above its link line. */
const DESCRIPTION_MAX = 300;
/** How many blocks of highlights a label over them may cover before the page's label. */
const HIGHLIGHT_BLOCKS = 60;

/** Whether a block is an app's link line: links only, each the app's or the original's. */
export function isAppLinkLine(raw: RawBlock): boolean {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  if (raw.block.type !== "paragraph" || raw.links.length === 0) return false;
  let rest = raw.block.text;
  for (const link of raw.links) {
    const text = link.text.trim();
    if (!APP_LINK.test(text) && !ORIGINAL_LINK.test(text)) return false;
    rest = rest.replace(link.text, "");
  }
  return BETWEEN_LINKS.test(rest);
}

function text(raw: RawBlock): string {
  return collapseWhitespace(blockText(raw.block));
}

/** The original's address among an app's link lines. */
function originalOf(lines: readonly RawBlock[]): string | null {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  for (const raw of lines) {
    const link = raw.links.find((l) => ORIGINAL_LINK.test(l.text.trim()) && /^https?:/iu.test(l.href));
    if (link !== undefined) return link.href;
  }
  return null;
}

/** Whether a block may stand in an app's card above its link line. */
function isCardBlock(raw: RawBlock): boolean {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  const { block } = raw;
  if (block.type === "heading" || block.type === "image") return true;
  if (block.type !== "paragraph") return false;
  // Collapsing never lengthens a line: a paragraph this short is a description, collapsed or not.
  if (block.text.length <= DESCRIPTION_MAX) return true;
  // One too long for a description once collapsed (`collapsedLongerThan` counts characters, never more than code
  // units, and stops one past the limit) is a card's only as a tag line, which opens with `#` or `[`: a story's
  // paragraph opening the body is answered without collapsing it.
  const first = collapsedFirstCode(block.text);
  if (first !== HASH && first !== OPEN_BRACKET && collapsedLongerThan(block.text, DESCRIPTION_MAX))
    return false;
  const line = text(raw);
  return line.length <= DESCRIPTION_MAX || TAG_LINE.test(line);
}

/**
 * The page's blocks of a read-it-later export (see `ExportFrame`), or null when the blocks are no such
 * export: no app link line closes a card at the top or stands at the end. `statedKeys` are the front
 * matter's keys (a line restating one of them is the card's); `title` is the title the file states, or
 * the card's heading.
 */
export function readExportFrame(
  blocks: readonly RawBlock[],
  statedKeys: ReadonlySet<string>,
  title: string | null,
): ExportFrame | null {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  let at = -1;
  for (let i = 0; i <= Math.min(CARD_BLOCKS, blocks.length - 1); i++) {
    const raw = blocks[i]!;
    if (isAppLinkLine(raw)) {
      at = i;
      break;
    }
    if (!isCardBlock(raw)) break;
  }
  let end = blocks.length;
  const tail: RawBlock[] = [];
  while (end > Math.max(at, 0) + 1 && isAppLinkLine(blocks[end - 1]!)) tail.unshift(blocks[--end]!);
  if (at < 0 && tail.length === 0) return null;
  let start = 0;
  const links: RawBlock[] = [];
  if (at >= 0) {
    start = at;
    while (start < end && isAppLinkLine(blocks[start]!)) links.push(blocks[start++]!);
    start = skipRecap(blocks, start, end, statedKeys);
  }
  // The images above a repeated headline are the page's lead: they stay, the headline goes.
  const repeat = headlineRepeat(blocks, start, end, title ?? headingOf(blocks.slice(0, Math.max(at, 0))));
  const page =
    repeat < 0
      ? blocks.slice(start, end)
      : [...blocks.slice(start, repeat), ...blocks.slice(repeat + 1, end)];
  const hostAt = repeat < 0 ? 0 : repeat - start;
  const host = hostLine(page[hostAt], [...links, ...tail]);
  if (host !== null) page.splice(hostAt, 1);
  // A card with nothing under it: the export holds no page, and what the card shows is all there is.
  if (page.length === 0) return null;
  // The page's headings whose marks the exporter escaped (Cubox's `\## 一、…`) are headings.
  for (const [i, raw] of page.entries()) {
    const escaped =
      raw.block.type === "paragraph" && raw.links.length === 0 ? ESCAPED_HEADING.exec(raw.block.text) : null;
    if (escaped !== null)
      page[i] = {
        ...raw,
        block: {
          type: "heading",
          level: escaped[1]!.length as 1 | 2 | 3 | 4 | 5 | 6,
          text: escaped[2]!.trim(),
        },
      };
  }
  // A file that states no title keeps the card's heading over the page: the title stage takes it.
  const heading =
    at < 0 || title !== null ? undefined : blocks.slice(0, at).find((raw) => raw.block.type === "heading");
  if (heading !== undefined) page.unshift(heading);
  // The host's link is the saved page's address: the original's, when no original link states one.
  const originalUrl = originalOf([...links, ...tail]) ?? host?.href ?? null;
  return { blocks: page, originalUrl, hostNames: host?.names ?? null };
}

function headingOf(card: readonly RawBlock[]): string | null {
  const heading = card.find((raw) => raw.block.type === "heading");
  return heading === undefined ? null : text(heading);
}

/**
 * Past the card's recap under its link line: its fields restated (`date_saved: …`), the reader's highlights
 * under their label when a label over the page follows them, and that label.
 */
function skipRecap(
  blocks: readonly RawBlock[],
  from: number,
  end: number,
  statedKeys: ReadonlySet<string>,
): number {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  let at = from;
  while (at < end) {
    const raw = blocks[at]!;
    const line = raw.block.type === "paragraph" || raw.block.type === "heading" ? text(raw) : null;
    if (line === null) break;
    const field = FIELD_LINE.exec(line);
    if (field !== null && raw.block.type === "paragraph" && statedKeys.has(field[1]!)) {
      at++;
      continue;
    }
    if (CONTENT_LABEL.test(line)) return at + 1;
    if (!HIGHLIGHTS_LABEL.test(line)) break;
    const label = blocks
      .slice(at + 1, Math.min(end, at + 1 + HIGHLIGHT_BLOCKS))
      .findIndex(
        (next) =>
          (next.block.type === "paragraph" || next.block.type === "heading") &&
          CONTENT_LABEL.test(text(next)),
      );
    return label < 0 ? at : at + 1 + label + 1;
  }
  return at;
}

/**
 * Where the page opens with its headline again (a heading or a line, maybe under its lead image, maybe
 * without the site's name the card's title carries), or -1.
 */
function headlineRepeat(
  blocks: readonly RawBlock[],
  from: number,
  end: number,
  headline: string | null,
): number {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  if (headline === null) return -1;
  const wanted = collapseWhitespace(headline);
  for (let i = from; i < Math.min(end - 1, from + CARD_BLOCKS); i++) {
    const raw = blocks[i]!;
    if (raw.block.type === "image") continue;
    if (raw.block.type !== "heading" && raw.block.type !== "paragraph") return -1;
    const line = text(raw);
    const repeats =
      line.length >= 4 &&
      (line === wanted || (wanted.startsWith(line) && SITE_SEPARATOR.test(wanted.slice(line.length))));
    return repeats ? i : -1;
  }
  return -1;
}

/**
 * The host's line under the page's headline (`[mp.weixin.qq.com](…)哎呀AIYA 哎呀AIYA`): a link whose text is
 * a host, to the original's address or its site, then names. The names and the link's address, or null.
 */
function hostLine(
  raw: RawBlock | undefined,
  links: readonly RawBlock[],
): { names: string[]; href: string | null } | null {
  if (!creditsExportFramePatternsCompiled) compileCreditsExportFramePatterns();
  if (raw === undefined || raw.block.type !== "paragraph" || raw.links.length !== 1) return null;
  const link = raw.links[0]!;
  const line = text(raw);
  if (!HOST.test(link.text.trim()) || !line.startsWith(link.text.trim())) return null;
  const original = originalOf(links);
  if (original !== null && hostOf(original) !== link.text.trim().toLowerCase()) return null;
  const rest = line.slice(link.text.trim().length).trim();
  if (rest !== "" && !HOST_NAMES.test(rest)) return null;
  const href = hostOf(link.href) === link.text.trim().toLowerCase() ? link.href : null;
  return { names: rest === "" ? [] : rest.split(/\s+/u), href };
}

function hostOf(url: string): string | null {
  return /^https?:\/\/([^/?#:]+)/iu.exec(url)?.[1]?.toLowerCase() ?? null;
}
