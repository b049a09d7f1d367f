import { STAGES_PLAIN_TEXT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { readCreditLine } from "../credits/grammar.js";
import { namesPublication } from "../credits/outlets.js";
import { normalizeDate } from "../enrich/dates.js";
import type { PackFields } from "../packs/types.js";
import { restatesFileHeadline } from "../readers/file-path.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import {
  collapseWhitespace,
  doubleByteWidth,
  endsSentence,
  halfWidthDigits,
  piecesEndSentence,
} from "../text/chars.js";
import { decodeHtml } from "../text/entities.js";
import { framedLabel, mayFrameLabels } from "../text/framed-label.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { isPlaceholderLink, WEB_ADDRESS } from "../text/url.js";
import {
  CRAWLER_SLOT,
  clippingStory,
  clippingStoryEnd,
  HEADLINE_LABEL,
  headlineUnderMenu,
  headUnderRestatedHeadline,
  printedLists,
  runInHead,
} from "./plain-head.js";
import { type RawBlock, rawBlock } from "./raw-block.js";

/**
 * The patterns below are compiled from their literals (`STAGES_PLAIN_TEXT_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesPlainTextPatternsCompiled = false;
/** Lines that open an article body rather than title it: bylines, datelines, summaries. */
let LEAD: RegExp;
/** A paragraph indent: an ideographic space, two spaces or a tab at the start of a line. */
let PARAGRAPH_INDENT: RegExp;
/** Two or more ideographic spaces inside a line: a paragraph break of text that lost its newlines. */
let INLINE_BREAK: RegExp;
/**
 * @bounded tried on lines of at most `settings.plainStampMaxLength` characters only.
 *
 * A line that is only a date and time, maybe after the page's URL or site name, maybe before a credit's slot the
 * page left empty (`2018年08月09日 21:50　来源：`).
 */
let STAMP: RegExp;
/**
 * @bounded tried on the first line only, when it is at most `settings.plainStampMaxLength` characters.
 *
 * A post's header: who wrote it and the minute it was posted, split by a bar (`信息速递君｜2026-05-15 09:32`,
 * `herry | 2026-05-14 22:38`), as exports of a circle's or a feed's posts write it over each post.
 */
let POST_HEADER: RegExp;
/**
 * A WeChat post's head as its page's text runs it together on the first line (`张小龙首次全面阐述小程序…（内附演讲全文）
 * 2016-12-28 微信公开课`): the headline (`rich_media_title`), the day it was posted (`post-date`), the account (`post-user`).
 * The page's spans run together: the day right after the headline's last character, a space, one word of a name to the
 * line's end (a sentence's date has a space before it, or words after the name: `公司公告称将于 2017-10-09 复牌` stays).
 * @bounded: tried on the first line only; one lazy run, then a fixed date and a name of at most 20.
 */
let POSTED_HEAD: RegExp;
/** One sentence at most, its mark (if any) at the end: a headline under a post's header may close with one. */
let ONE_SENTENCE: RegExp;
/** A bracketed dispatch label (`【北京日报讯】`): a dateline, never a headline. */
let DISPATCH_LABEL: RegExp;
/** A Han character: a text that holds one was wrapped by its columns, not at the spaces between words. */
let HAN: RegExp;

/**
 * A link's call closing a line (`…，点此查看详情`, `点击阅读全文`): the label of a link the page set at the line's end, which
 * ends the line as a sentence end would — a saved page's promo line is not wrapped into the line after it (华尔街见闻's
 * `付费文章正在进行“双12”大促，…点此查看详情` over `以下是峰会首日的文字直播：`, datasets/fresh-70). @bounded: read on the
 * line's last eight characters.
 */
let LINK_CALL_END: RegExp;

/** Compiles `STAGES_PLAIN_TEXT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesPlainTextPatterns(): void {
  [
    LEAD,
    PARAGRAPH_INDENT,
    INLINE_BREAK,
    STAMP,
    POST_HEADER,
    POSTED_HEAD,
    ONE_SENTENCE,
    DISPATCH_LABEL,
    HAN,
    LINK_CALL_END,
    PAGE_BUTTONS,
  ] = STAGES_PLAIN_TEXT_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  stagesPlainTextPatternsCompiled = true;
}

export interface PlainText {
  /** What the text's frame states: a crawler's address line, a run-in byline's outlet and writer. */
  stated: PackFields;
  /** The first line, when it reads as a title. */
  title: string | null;
  /** The date of a time-stamp line at the top (`http://www.sina.com.cn 2006年01月28日10:31`), removed from the text. */
  stampDate: string | null;
  /** The writer a post's header names beside its time (`信息速递君｜2026-05-15 09:32`, `POST_HEADER`). */
  writer: string | null;
  /** 1-based line of the title. */
  titleLine: number | null;
  blocks: RawBlock[];
}
/** One line of the text, and whether its layout opens a paragraph (a blank line before it, an indent). */
interface PlainLine {
  text: string;
  line: number;
  opens: boolean;
  /** A section's label framed by rules (`text/framed-label.ts`): a heading, never the title. */
  section?: true;
  /** The whole line as written, indent included, when it is one piece: its columns are counted only if a wrap is read. */
  raw?: string;
}
/** What every `INLINE_BREAK` holds. */
const INLINE_BREAK_WORD = "\u3000\u3000";

export interface PlainTextOptions {
  firstLineMayBeTitle: boolean;
  /**
   * The headline the file's name gives (`readers/file-path.ts`): the first line is then the title only when it
   * restates it; any other first line is the story's lede, the file having no title line.
   */
  fileHeadline?: string | null;
}

/**
 * Plain text to blocks: each line is a paragraph; a first line without end punctuation is the
 * title; short unpunctuated lines are section headings.
 */
export function readPlainText(
  text: string,
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
  options: PlainTextOptions = { firstLineMayBeTitle: true },
): PlainText {
  if (!stagesPlainTextPatternsCompiled) compileStagesPlainTextPatterns();
  const source = text.includes("&") ? decodeHtml(text) : text;
  let lines: PlainLine[] = [];
  let gap = false;
  const framing = mayFrameLabels(source);
  source.split("\n").forEach((raw, index) => {
    // A spider's printed lists open the line (only a line opening with `[` is read for them): each string a line.
    // `startsWith`, not `charCodeAt(0)`: an empty line's code is out of bounds, which threw this loop's optimized code away.
    const printed = raw.startsWith("[") ? printedLists(raw) : null;
    const text = printed === null ? raw : printed.rest;
    // Most lines hold no two ideographic spaces, so nothing to split at (the split's pattern is not run on them).
    const pieces = text.includes(INLINE_BREAK_WORD) ? text.split(INLINE_BREAK) : [text];
    if (printed !== null) pieces.unshift(...printed.lines);
    for (const [n, piece] of pieces.entries()) {
      const clean = collapseWhitespace(piece);
      if (clean === "" || CRAWLER_SLOT.test(clean)) {
        gap = true;
        continue;
      }
      // A line after a blank line, or indented, opens a paragraph: it never continues the one before.
      const opens = gap || n > 0 || PARAGRAPH_INDENT.test(piece);
      // A section's label between rules (`━━ 今日头条 ━━`) is the section's heading, without its rules.
      const label = framing ? framedLabel(clean) : null;
      if (label !== null) lines.push({ text: label, line: index + 1, opens: true, section: true });
      else if (pieces.length === 1) lines.push({ text: clean, line: index + 1, opens, raw: piece });
      else lines.push({ text: clean, line: index + 1, opens });
      gap = false;
    }
  });
  const stated: PackFields = {};
  // A line that is only the page's address, as a crawler writes it over what it read.
  // A template's placeholder address (`isPlaceholderLink`) is no page's: it is not read, so it stays.
  if (lines[0] && WEB_ADDRESS.test(lines[0].text) && !isPlaceholderLink(lines[0].text))
    stated.originalUrl = lines.shift()!.text;
  let title: string | null = null;
  let titleLine: number | null = null;
  let stampDate: string | null = null;
  // A clipping service's story: its header names the outlet, the headline and the day, and its id line closes it
  // (the service's notice, the next story or the export's footer follow).
  const clipping = clippingStory(lines.slice(0, 2).map((line) => line.text));
  if (clipping !== null) {
    title = clipping.headline;
    titleLine = lines[clipping.header]!.line;
    stampDate = normalizeDate(clipping.day);
    stated.source = clipping.outlet;
    lines.splice(0, clipping.header + 1);
    const end = clippingStoryEnd(
      lines.map((line) => line.text),
      clipping,
    );
    if (end >= 0) lines.length = end;
  }
  // A page copied whole: the site's menu over the headline leaves, and the page's own lists under the
  // editor's credit that closes the story (`(责编：唐心怡、王浩)`).
  const headline =
    clipping === null
      ? headlineUnderMenu(
          lines.slice(0, settings.plainPageHeadLines).map((line) => line.text),
          settings.plainMenuLabelMaxLength,
          settings.plainHeadingMaxLength,
        )
      : -1;
  if (headline > 0) {
    lines.splice(0, headline);
    const stamp = lines.findIndex((line) => readCreditLine(line.text)?.kind === "editor");
    if (stamp > 0) lines.length = stamp + 1;
    else lines.length = pageFootStart(lines, settings.plainTitleMaxLength, settings.plainPageFootMinLines);
  } else if (clipping === null) {
    // A page flattened under its `<title>`: the menu, the headline restated and its byline slot leave, the
    // `<title>` stays for the title stage; the slot's research house (a note's broker) is the page's credit.
    const restated = headUnderRestatedHeadline(
      lines.slice(0, settings.plainRestatedHeadlineLines).map((line) => line.text),
      settings.plainRestatedHeadlineLines,
      settings.titleHeadlineMinLength,
      settings.plainMenuLabelMaxLength,
      settings.plainPageHeadLines,
    );
    if (restated !== null) {
      lines.splice(1, restated.story - 1);
      if (restated.house !== null) stated.source = restated.house;
      lines.length = pageFootStart(lines, settings.plainTitleMaxLength, settings.plainPageFootMinLines);
    }
  }
  let writer: string | null = null;
  const header =
    title === null && lines[0] && lines[0].text.length <= settings.plainStampMaxLength
      ? POST_HEADER.exec(lines[0].text)
      : null;
  if (header) {
    writer = header[1]!;
    stampDate = normalizeDate(stampText(header[2]!));
    lines.shift();
  }
  const stampIndex = lines
    .slice(0, header || clipping !== null ? 0 : settings.plainStampLines)
    .findIndex((line) => line.text.length <= settings.plainStampMaxLength && STAMP.test(line.text));
  if (stampIndex >= 0) {
    const stamp = STAMP.exec(lines[stampIndex]!.text)!;
    stampDate = normalizeDate(stampText(stamp.groups!.at!));
    // The site a page's or an aggregator's stamp names before its time (`苏北网  2016年03月15日 09:00`) when it reads as a
    // publication: who ran the story, as a byline's outlet is.
    const site = stamp.groups?.site;
    if (site !== undefined && namesPublication(site)) stated.source ??= site;
    lines.splice(stampIndex, 1);
  }
  const isHeading = (line: string) => isHeadingLine(line, settings.plainHeadingMaxLength);
  lines = joinHardWraps(
    lines,
    settings.plainHeadingMaxLength,
    isHeading,
    options.firstLineMayBeTitle && title === null,
    settings.plainWrapColumnMinLines,
  );
  // A WeChat post's head as its page's text runs it together: the headline, the day and the account.
  const posted =
    title === null && options.firstLineMayBeTitle && !header && stampIndex < 0 && lines.length > 1
      ? POSTED_HEAD.exec(lines[0]!.text)
      : null;
  // The day and the account say the line is a head: its headline may hold a sentence's mark (`重磅！…`) and end with one.
  if (posted !== null && posted[1]!.length <= settings.plainTitleMaxLength && !isLead(posted[1]!)) {
    title = posted[1]!;
    titleLine = lines.shift()!.line;
    stampDate = normalizeDate(stampText(posted[2]!));
    stated.source ??= posted[3]!;
  }
  // A headline behind its field label: the label goes when what it labels reads as a title.
  const label =
    title === null && options.firstLineMayBeTitle && lines[0] ? HEADLINE_LABEL.exec(lines[0].text) : null;
  if (label !== null && isTitleLine(lines[0]!.text.slice(label[0].length), settings.plainTitleMaxLength))
    lines[0] = { ...lines[0]!, text: lines[0]!.text.slice(label[0].length) };
  const first = lines[0];
  if (
    title === null &&
    options.firstLineMayBeTitle &&
    first &&
    lines.length > 1 &&
    first.section !== true &&
    isTitleLine(first.text, settings.plainTitleMaxLength) &&
    (options.fileHeadline == null || restatesFileHeadline(first.text, options.fileHeadline))
  ) {
    title = first.text;
    titleLine = first.line;
    lines.shift();
  } else if (
    header &&
    first &&
    lines.length > 1 &&
    isPostHeadline(first.text, settings.plainTitleMaxLength)
  ) {
    // Under a post's header, its headline: one short sentence, which the export may close with 。.
    title = first.text.replace(/[。.]$/u, "");
    titleLine = first.line;
    lines.shift();
  }
  // A head run into the first line: the title, what its byline credits, and the story after it.
  const head =
    title === null && options.firstLineMayBeTitle && first && !header
      ? runInHead(first.text, settings.plainTitleMaxLength)
      : null;
  if (head !== null) {
    title = head.title;
    titleLine = first!.line;
    if (head.stamp !== undefined) stampDate ??= normalizeDate(stampText(head.stamp));
    Object.assign(stated, head.credits);
    lines[0] = { ...first!, text: head.rest };
  }
  // A page's text run together keeps its buttons' words after the last sentence (`…成長動能。TOP關閉`): not the story's.
  const last = lines.at(-1);
  if (last !== undefined && BUTTON_END.has(last.text.charCodeAt(last.text.length - 1))) {
    const buttons = PAGE_BUTTONS.exec(last.text);
    if (buttons !== null && buttons.index > 0)
      lines[lines.length - 1] = { ...last, text: last.text.slice(0, buttons.index) };
  }
  // A section's framed label heads its section at the fourth level, as the Markdown reader sets it (`stages/body.ts`).
  const blocks = lines.map(({ text: line, section }, index) =>
    section === true
      ? rawBlock({ type: "heading", level: 4, text: line })
      : index < lines.length - 1 && isHeading(line)
        ? rawBlock({ type: "heading", level: 3, text: line })
        : rawBlock({ type: "paragraph", text: line }),
  );
  return { title, titleLine, stampDate, writer, stated, blocks };
}

/** The last characters of a page's button words (`關閉`, `回到頂部`, `回頂端`): a test before `PAGE_BUTTONS`. */
const BUTTON_END = new Set([..."閉闭部端"].map((char) => char.charCodeAt(0)));
/**
 * A page's button words run on after a sentence's end (`。TOP關閉`, `。回到顶部`): a go-to-top or close button's label,
 * maybe after its `TOP`. @bounded: a look-behind of one mark, then fixed words and blanks of at most two.
 */
let PAGE_BUTTONS: RegExp;

/**
 * Where a page copied whole ends its story: before the run of its foot's lines to the end — plugs, headline lists,
 * menus and the copyright line one per line (自由財經's `一手掌握經濟脈動`, `點我下載APP`, `相關新聞`, its headlines, `© 2025
 * The Liberty Times. All Rights Reserved.`), each short and ending no sentence — when the run holds `minLines` lines at
 * least. A credit line among them (`責任編輯：…`) is the story's: the foot starts after it. `lines.length` for no foot.
 */
function pageFootStart(lines: readonly PlainLine[], maxLength: number, minLines: number): number {
  let start = lines.length;
  while (start > 1) {
    const text = lines[start - 1]!.text;
    if (text.length > maxLength || endsSentence(text) || readCreditLine(text) !== null) break;
    start--;
  }
  return lines.length - start >= minLines ? start : lines.length;
}

/**
 * The column a Chinese text was wrapped at: the width (`doubleByteWidth`) the most lines too long for a heading fill —
 * take it, or one less where a double-byte character did not fit — when at least `minLines` fill it; 0 when no width is
 * filled so (a text of one line a paragraph, or wrapped at words).
 */
function wrapColumn(lines: readonly PlainLine[], headingMaxLength: number, minLines: number): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.raw === undefined || line.text.length <= headingMaxLength) continue;
    const width = widthOf(line);
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let column = 0;
  let most = 0;
  for (const [width, count] of counts) {
    const filled = count + (counts.get(width - 1) ?? 0);
    if (filled > most || (filled === most && width > column)) [column, most] = [width, filled];
  }
  return most >= minLines ? column : 0;
}

/** The columns a line took as written (`doubleByteWidth`), its trailing white space aside; 0 for a piece of a line. */
function widthOf(line: PlainLine): number {
  return line.raw === undefined ? 0 : doubleByteWidth(line.raw.trimEnd());
}

const LINK_CALL_TAIL = 8;
const endsInLinkCall = (line: string) => LINK_CALL_END.test(line.slice(-LINK_CALL_TAIL));

/**
 * Text wrapped at a fixed width breaks sentences over lines. A line too long to be a heading that
 * does not end a sentence continues on the next line (unless that line reads as a heading or opens
 * a byline or dateline); such lines are joined back. Letters or digits on both sides of the break are a space apart,
 * unless the line filled the text's wrap column (`column`; a double-byte character that would not fit leaves it one
 * short) in a line of Chinese: the cut fell where the column did, inside a number (`57.7` / `7%`) or a word.
 */
function joinHardWraps(
  lines: PlainLine[],
  headingMaxLength: number,
  isHeading: (line: string) => boolean,
  firstMayBeTitle: boolean,
  minWrapLines: number,
): PlainLine[] {
  if (!stagesPlainTextPatternsCompiled) compileStagesPlainTextPatterns();
  // The wrap column, counted at the first break between letters or digits (most texts have none): -1 until then.
  let column = -1;
  // The last line joined into the paragraph being built, to tell whether it filled the column.
  let lastLine: PlainLine | null = null;
  // A joined paragraph is kept as its pieces and joined once at the end (see piecesEndSentence).
  const out: Array<{ pieces: string[]; length: number; line: number; opens: boolean; section?: true }> = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      // The first line may be the title, which continues into nothing; under a stated title it is the story's.
      (out.length > 1 || !firstMayBeTitle) &&
      !line.opens &&
      previous.length > headingMaxLength &&
      !piecesEndSentence(previous.pieces) &&
      !endsInLinkCall(previous.pieces[previous.pieces.length - 1]!) &&
      !isLead(line.text) &&
      !isHeading(line.text)
    ) {
      const last = previous.pieces[previous.pieces.length - 1]!;
      let glue = "";
      if (/[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(line.text)) {
        if (column < 0) column = wrapColumn(lines, headingMaxLength, minWrapLines);
        const cut = column > 0 && lastLine !== null && widthOf(lastLine) >= column - 1 && HAN.test(last);
        if (!cut) glue = " ";
      }
      previous.pieces.push(glue + line.text);
      previous.length += glue.length + line.text.length;
      lastLine = line;
      continue;
    }
    lastLine = line;
    out.push({
      pieces: [line.text],
      length: line.text.length,
      line: line.line,
      opens: line.opens,
      section: line.section,
    });
  }
  return out.map(({ pieces, line, opens, section }) =>
    section === true
      ? { text: pieces.join(""), line, opens, section }
      : { text: pieces.join(""), line, opens },
  );
}

/**
 * A time stamp as the date parser reads it: no spaces around the date's separators
 * (`2022 年 4 月 28 日` → `2022年4月28日`), one between the date and the time
 * (`2026-05-27 19:15:07`).
 */
function stampText(stamp: string): string {
  return (
    stamp
      .replace(/\s+/g, " ")
      // One space at most around each separator now: ` ?` cannot backtrack the way `\s*` did.
      .replace(/ ?([年月日/\-:：]) ?/g, "$1")
      .trim()
  );
}

function isLead(line: string): boolean {
  if (!stagesPlainTextPatternsCompiled) compileStagesPlainTextPatterns();
  return LEAD.test(halfWidthDigits(line));
}

/** The headline under a post's header (`20260515 前瞻。`): one short sentence that opens no dateline or byline. */
function isPostHeadline(line: string, maxLength: number): boolean {
  if (!stagesPlainTextPatternsCompiled) compileStagesPlainTextPatterns();
  if (line.length > maxLength || !ONE_SENTENCE.test(line) || DISPATCH_LABEL.test(line)) return false;
  return line.startsWith("【") || !isLead(line);
}

function isTitleLine(line: string, maxLength: number): boolean {
  return line.length <= maxLength && !endsSentence(line) && !isLead(line);
}

/** A short line that does not end like a sentence and does not open the story is a section heading. */
function isHeadingLine(line: string, maxLength: number): boolean {
  return line.length >= 2 && line.length <= maxLength && !endsSentence(line) && !isLead(line);
}
