import { STAGES_TITLE_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Block, Warning } from "../article.js";
import { aggregatorOfUrl, outletOfUrl } from "../credits/domains.js";
import { readCreditLine, readDateline } from "../credits/grammar.js";
import {
  namesDocumentSection,
  pagePartTest,
  splitSiteSuffix,
  splitWriterPrefix,
  withoutKnownSuffix,
} from "../credits/site-suffix.js";
import { foldCreditLabels } from "../credits/traditional.js";
import { allPacks, titleTakenFromBody } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { headsSectionOfNamedFile } from "../readers/file-path.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import {
  collapseWhitespace,
  endsSentence,
  halfWidthDigits,
  holdsInOrder,
  isWhitespace,
  isWordCharacter,
  SENTENCE_BREAK,
  trimWhere,
  withoutLeadingIcons,
  withoutWhitespace,
  wordCharacters,
} from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { warning } from "../warnings.js";
import { POSTED_FROM } from "./boilerplate.js";
import { type Credits, Strength } from "./credits.js";
import type { Detected } from "./detect.js";
import { authorField, linkOutsideBody } from "./fields.js";
import { blockText, plainText } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/**
 * The patterns below are compiled from their literals (`STAGES_TITLE_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesTitlePatternsCompiled = false;
let LEADING_PUNCTUATION: RegExp;
/**
 * A page's description quoted over its copy as the headline and the page's keywords
 * (`Excel 如何快速填充序号？12 个技巧任你选, 序号, 双击, 序列`): the headline, then at least two keywords,
 * each a short word without sentence punctuation, all set off by ASCII commas. @bounded: anchored, every
 * run of bounded length.
 */
let HEADLINE_AND_KEYWORDS: RegExp;
/** A block that is only a byline. */
let BYLINE_ONLY: RegExp;
/** The dots a page's heading sets between the words its `<title>` parts with a space (`财经早餐 · 2026年5月12日`). */
let HEADING_DOTS: RegExp;
/** The page's time stamp under its headline: a date, maybe a time (`2023-01-31 10:11:45`). */
let PAGE_STAMP: RegExp;
/**
 * The day a view sets after its headline in a span of its own (`<h1><span>北京4月商品住宅成交呈现"双降"</span><span>
 * [2014-05-04]</span></h1>`, as list pages write `[2017-4-6]` or `[2018.05.10]` after each headline): the page's
 * stamp, no word of the headline. @bounded: anchored at the end, fixed-length runs. Its blanks are taken from the start
 * of their run only (the lookbehind; the leftmost match starts there anyway), not tried to the run's end from each
 * place of it (10^5 tabs before a bracket that does not close the title: 6 s).
 */
let BRACKETED_DATE: RegExp;
/** An e-paper's page label with its separator: `15版 - `, `第A05版：`, `03版｜`. */
let PRINT_PAGE: RegExp;

/** A question or exclamation mark closing a headline (full width or ASCII), maybe inside closing quotes. */
let HEADLINE_END: RegExp;

/** Compiles `STAGES_TITLE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesTitlePatterns(): void {
  [
    LEADING_PUNCTUATION,
    HEADLINE_AND_KEYWORDS,
    BYLINE_ONLY,
    HEADING_DOTS,
    PAGE_STAMP,
    BRACKETED_DATE,
    PRINT_PAGE,
    HEADLINE_END,
  ] = STAGES_TITLE_PATTERNS.map(regexFromLiteral) as RegExps<8>;
  stagesTitlePatternsCompiled = true;
}

/**
 * A lead the grammar must read as well: the shape it strips, and the paragraph's dateline naming its outlet
 * (`readDateline`) — the shape alone is no dateline.
 */
interface DatelineLead {
  shape: RegExp;
}

/** How many characters from a paragraph's start a lead's Traditional labels are looked for in (`中央社記者韋樞台北…電`). */
const LEAD_LABEL_WITHIN = 40;

/** Leads that open a first sentence without being part of it. */
const LEADS: readonly (RegExp | DatelineLead)[] = [
  /^(?:简介|摘要|导语|编者按)\s*[:：]\s*/u,
  /^本报讯\s*(?:[（(][^)）]{0,24}[)）]\s*)?/u,
  /^[\p{Script=Han}A-Za-z]{1,12}?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专电|电|讯|消息|报道)\s*(?:[（(][^)）]{0,24}[)）])?\s*/u,
  // A site's copy of a dispatch writes no 电 (`新华社北京12月16日（韩洁、王优玲）`): a name (an outlet's, maybe with its
  // place), the date, then the bracket — a lead when the grammar reads the paragraph's dateline and its outlet, which
  // only a newsroom's name gives (`namesNewsroom`: …社, …网, …报, …台, 網/報/臺/刊/新聞 — no travel agency's, no
  // co-operative's). A company's or a person's date and bracket (`上交所12月16日（周一）`) leads nothing.
  {
    shape:
      /^[\p{Script=Han}A-Za-z0-9]{2,16}?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(][^)）]{1,24}[)）]\s*/u,
  },
  /^[\p{Script=Han}A-Za-z]{2,8}讯\s+/u,
  // An outlet's own mark run onto its story, maybe with its reporter's bracket, no space (`上证报中国证券网讯（记者 韩宋辉）记者…`,
  // a flash's tag `每经AI快讯，2月4日，…`): a lead when the grammar reads the paragraph's dateline and its outlet — a
  // sentence that opens with a word ending in 讯 (`通讯…`) names none.
  {
    shape: /^[\p{Script=Han}A-Za-z0-9]{2,12}?(?:快讯|讯)\s*(?:[（(][^)）]{0,24}[)）])?\s*[，,：:]?\s*/u,
  },
  // A wire's bracketed dateline, as Taiwan's papers and the agencies' Chinese services write it, with the day only
  // (`（中央社記者潘智義台北2日電）`, `（法新社巴黎12日电）`) or the whole date (`（中央社記者韋樞台北2018年1月25日電）`, a labelling
  // tool's preview story, datasets/fresh-91).
  /^[（(][\p{Script=Han}A-Za-z、]{2,24}(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[专專]?电[)）]\s*/u,
  /^[\p{Script=Han}A-Za-z]{2,12}专稿\s*[:：，,]\s*/u,
];

export interface TitleResult {
  title: string;
  warnings: Warning[];
}

/**
 * Title: the stated one (aggregator `_` debris trimmed at the ends, a site's name after the headline
 * taken off and kept as `titleSite`, an aggregator's writer before it as `titleWriter`:
 * `credits/site-suffix.ts`), else the one the markup states
 * (a whole page's headline), else a heading opening an HTML or Markdown body without front matter
 * (it leaves the text: it is the title), else the plain text's first line (a `（原标题：…）` line
 * gives its title), else the original title a credit line states, else the first sentence of the
 * body (`title-derived`).
 */
export const title: Stage<
  SourceDocument & BodyRead & Texted & Detected & { credits: Credits },
  { title: string; blocks: Block[]; text: string; titleSite: string | null; titleWriter: string | null }
> = (context) => {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  const { data, firstLine, blocks, text, stated, syntax, credits, ref, fileHeadline } = context.document;
  // A record's title is its feed's, kept as stated; a file's may carry the site's name after it, and
  // an aggregator's the writer's before it.
  // A title in front matter was written by hand: only a tail that names a site leaves it. A heading
  // opening the body of a file that states none is the page's `<title>` as a clipper wrote it, and so is
  // the title a read-it-later app's export states: both are read by their shape, as a file without front
  // matter is, and an export's is known to be a page's (its tail is the site's).
  const withoutSite = (
    title: string,
    byShape = !context.document.hasFrontMatter || credits.exported === true,
  ) => {
    if (ref !== null) return { headline: title, site: null, writer: null };
    const link = credits.originalUrl ?? linkOutsideBody(context.document);
    const linked = link ? outletOfUrl(link) : null;
    const suffixes = allPacks(context.packs).flatMap((pack) => pack.titleSuffixes ?? []);
    const writers = [credits.author, authorField(data.author)].filter((name) => name !== null);
    // An outlet a credit line names is known as the link's site is: a page's `<title>` carried to another
    // site keeps its own site's name (`标题 | Linux 中国` on 知乎, credited `Linux中国 荣誉推出`).
    const creditedSites = credits.sources
      .filter((source) => source.strength === Strength.creditLine)
      .map((source) => source.name);
    const { headline, site } = splitSiteSuffix(
      withoutKnownSuffix(title, suffixes, context.settings),
      linked === null ? creditedSites : [linked, ...creditedSites],
      context.settings,
      byShape,
      pagePartTest(link, writers),
      credits.exported === true,
    );
    // A data site's page of a document it files (a broker's note under `研究报告`): the site is its carrier, no source.
    const carried = site !== null && namesDocumentSection(title, headline);
    const onAggregator = link ? aggregatorOfUrl(link) !== null : false;
    const credited = credits.sources.map((source) => source.name);
    const prefixed = splitWriterPrefix(headline, onAggregator, credited);
    const outlet = carried ? null : site;
    return prefixed === null
      ? { headline, site: outlet, writer: null }
      : { headline: prefixed.headline, site: outlet, writer: prefixed.writer };
  };
  // A title is text: a mapping or a list stated as one (`title: {a: 1}`) states none.
  const scalarTitle = scalarText(data.title);
  const dataTitle =
    syntax === "markdown" && scalarTitle?.includes("**") ? withoutStrongMarks(scalarTitle) : scalarTitle;
  const statedTitle = cleanTitle(dataTitle ?? "") || cleanTitle(stated.title ?? "");
  // Only a file that states no title at all gives its leading heading up as one (a stated `_` is
  // still a stated title, though nothing of it is left once its debris is trimmed).
  const statesTitle = (dataTitle ?? stated.title ?? "").trim() !== "";
  if (!statesTitle && syntax !== "plain-text") {
    const first = blocks[0];
    // The page's description quoted over the story (its headline is the title, the whole quote the
    // page's), or a leading heading: the title, and the first block leaves the text.
    const described = first?.type === "quote" ? HEADLINE_AND_KEYWORDS.exec(first.text) : null;
    const heading =
      first?.type === "heading" &&
      first.level <= TITLE_HEADING_LEVEL_MAX &&
      cleanTitle(first.text) !== "" &&
      !headsSectionOfNamedFile(first.level, first.text, fileHeadline)
        ? first.text
        : null;
    const leading = described?.[1] ?? heading ?? null;
    if (leading !== null) {
      const rest = blocks.slice(1);
      const { headline, site, writer } = withoutSite(cleanTitle(leading), true);
      return advance(context, {
        title: cutTitle(
          withoutGluedOpening(headline, rest, context.settings.titleHeadlineMinLength),
          context.settings.titleMaxLength,
        ),
        titleSite: site,
        titleWriter: writer,
        blocks: rest,
        text: plainText(rest),
      });
    }
  }
  const line = firstLine === null ? null : { ...firstLine, text: unwrapOriginalTitle(firstLine.text) };
  const fallback = line === null ? (credits.originalTitle ?? fileHeadline ?? "") : "";
  // A record of a dump is a flash: its first sentence is its headline, kept whole up to any title's length.
  const maxLength = ref === null ? context.settings.derivedTitleMaxLength : context.settings.titleMaxLength;
  const chosen = chooseTitle(statedTitle || fallback, line, blocks, {
    ...context.settings,
    derivedTitleMaxLength: maxLength,
  });
  // A title derived from the first sentence is the story's own words, with no site after them; so is
  // one the file states and says it took from its body (caixun's Markdown of such a file).
  const derived =
    chosen.warnings.some((w) => w.code === "title-derived") ||
    titleTakenFromBody(context.packs, context.document.data);
  const { headline, site, writer } = derived
    ? { headline: chosen.title, site: null, writer: null }
    : withoutSite(chosen.title);
  // A web page that carries a story from elsewhere may open its body with the headline again, once as
  // its own link line (`标题 ——`) and once as the original's heading: the title, not the text; so may a
  // record a scraper cut out of such a page (a CSV row's text opening with the headline). (A Markdown
  // post that opens with its title as a heading keeps it: the writer put it there.)
  const repeated = derived
    ? NO_REPEAT
    : syntax === "html" || context.document.format === "dump-record"
      ? titleRepeats(blocks, [headline, chosen.title])
      : pageTitleRepeats(blocks, [headline, chosen.title]);
  const repeats = repeated.count;
  // A headline the page wrote twice is taken as the story writes it when the title differs from it
  // only by stray white space (`调整2007　年末` in the `<title>`).
  const spelled = repeated.spelled;
  const finalHeadline =
    spelled !== null && whitespaceCount(spelled) < whitespaceCount(headline) ? spelled : headline;
  // A note titled by its file's name may open with that name as a plain line (an MkDocs note's first line): the title.
  const named = repeats === 0 && !statedTitle && line === null && restatesName(blocks, fileHeadline) ? 1 : 0;
  const kept = repeats + named === 0 ? blocks : blocks.slice(repeats + named);
  const keptText = repeats + named === 0 ? text : plainText(kept);
  return advance(
    context,
    {
      title: cutTitle(finalHeadline, context.settings.titleMaxLength),
      titleSite: site,
      titleWriter: writer,
      blocks: kept,
      text: keptText,
    },
    chosen.warnings,
  );
};

/**
 * Whether the body opens with a short paragraph that is the file's name again (`2025年4月闪崩笔记` atop
 * `2025年4月闪崩笔记.md`): its letters and digits those of the name, no sentence's end.
 */
function restatesName(blocks: readonly Block[], fileHeadline: string | null): boolean {
  const first = blocks[0];
  if (fileHeadline === null || blocks.length < 2 || first?.type !== "paragraph") return false;
  const text = first.text.trim();
  return !endsSentence(text) && wordCharacters(text) === wordCharacters(fileHeadline);
}

/**
 * A page's `<title>` with the page's description glued after the headline, as an app saves it (Cubox's
 * title of a 掘金 post: `基于AI的前端全链路开发工作流一、前言 1.开发需求背景 现在aiCoding…`): a description
 * opens as the story does, so where the story's first two blocks start again inside the title, after a
 * headline of at least `minLength`, the headline ends. White space is not compared.
 */
function withoutGluedOpening(title: string, blocks: readonly Block[], minLength: number): string {
  const opening = blocks.filter((block) => block.type !== "image").slice(0, 2);
  if (opening.length < 2 || opening.some((block) => block.type !== "heading" && block.type !== "paragraph"))
    return title;
  const first = collapseWhitespace(blockText(opening[0]!));
  const at = first.length >= 2 ? title.indexOf(first) : -1;
  if (at < 0 || [...title.slice(0, at).trim()].length < minLength) return title;
  const glued = withoutWhitespace(title.slice(at));
  const story = withoutWhitespace(opening.map(blockText).join(""));
  // The description runs past the first block into the second, or the title ends inside it.
  const runsOn = glued.length > withoutWhitespace(first).length;
  return runsOn && (glued.startsWith(story) || story.startsWith(glued)) ? title.slice(0, at).trim() : title;
}

/** Dashes, colons and bars a repeated headline may trail (`标题 ——`), with white space. */
const TITLE_TRAIL = new Set([..."—–-:：|｜"].map((c) => c.charCodeAt(0)));
const isTitleTrail = (code: number) => TITLE_TRAIL.has(code) || isWhitespace(code);

/**
 * How many blocks open the body by repeating the title (a heading or a paragraph whose whole text is
 * the title, maybe trailed by a dash run): at most two, and only while the next block repeats it too.
 * A headline the page broke over lines (`<strong>A<br>B<br>C</strong>`) opens the body as up to
 * `TITLE_LINES` short blocks whose text, joined, is the title but for white space: they repeat it
 * too, and `spelled` is their text joined.
 */
function titleRepeats(blocks: readonly Block[], titles: readonly string[]): TitleRepeat {
  const wanted = new Set(titles.map((t) => collapseWhitespace(t)).filter((t) => t.length >= 4));
  let count = 0;
  while (count < 2) {
    const block = blocks[count];
    if (block === undefined || (block.type !== "heading" && block.type !== "paragraph")) break;
    if (!wanted.has(trimWhere(collapseWhitespace(block.text), isTitleTrail, "end").trim())) break;
    count++;
  }
  // A page's headline over the story that a feed shortened into the title leaves it too, and so does one the
  // page reworded over the story's dateline.
  if (count === 0 && blocks.length > 1) {
    const first = blocks[0]!;
    if (
      isFullerHeadline(first, wanted) ||
      isExtendedHeadline(first, wanted) ||
      isDressedHeadline(first, wanted) ||
      isHeadlineOverDateline(first, blocks[1]!, wanted)
    )
      count = 1;
  }
  // The whole body a repeat of the title leaves the text as it was.
  if (count > 0) return { count: count === blocks.length ? 0 : count, spelled: null };
  const squeezed = new Set([...wanted].map(withoutWhitespace));
  const longest = Math.max(0, ...[...squeezed].map((t) => t.length));
  let joined = "";
  for (let i = 0; i < Math.min(TITLE_LINES, blocks.length - 1); i++) {
    const block = blocks[i]!;
    if (block.type !== "heading" && block.type !== "paragraph") break;
    joined += block.text.trim();
    const squeezedJoined = withoutWhitespace(joined);
    if (i > 0 && squeezed.has(squeezedJoined)) return { count: i + 1, spelled: joined };
    if (squeezedJoined.length >= longest) break;
  }
  return NO_REPEAT;
}

/**
 * A page's heading that dresses the title with icons and dots (`<h1>📰 财经早餐 · 2026年5月12日</h1>` under the `<title>`
 * `财经早餐 2026年5月12日`): the headline again, not the story's first words.
 */
function isDressedHeadline(block: Block, titles: ReadonlySet<string>): boolean {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  if (block.type !== "heading") return false;
  const undressed = withoutLeadingIcons(block.text);
  if (undressed === block.text) return false;
  const key = (text: string) => withoutWhitespace(text.replace(HEADING_DOTS, ""));
  const heading = key(undressed);
  return [...titles].some((title) => key(title) === heading);
}

/** How much of a title's opening and end a page's fuller headline must repeat, in characters. */
const FULLER_HEADLINE_ENDS = 4;
/** How many times as long as the title a fuller headline may be. */
const FULLER_HEADLINE_MAX_RATIO = 2;

/**
 * A heading that is the page's full headline, which the title shortens (the feed's title `天津首个A级车展开幕！
 * C位竟然是它们` over the page's `<h1>` `天津首个A级车展开幕！豪车、老爷车、概念车齐聚津门，C位竟然是它们`): it opens
 * and ends as the title does, holds every character of the title in order, and is longer, at most
 * twice as long. White space is not compared.
 */
function isFullerHeadline(block: Block, titles: ReadonlySet<string>): boolean {
  if (block.type !== "heading") return false;
  const headline = withoutWhitespace(block.text);
  for (const title of titles) {
    const short = withoutWhitespace(title);
    if (!isLongerWording(headline, short)) continue;
    if (!headline.startsWith(short.slice(0, FULLER_HEADLINE_ENDS))) continue;
    if (headline.endsWith(short.slice(-FULLER_HEADLINE_ENDS)) && holdsInOrder(headline, short)) return true;
  }
  return false;
}

/**
 * The page's headline over a story whose title a scraper or a feed kept shorter and punctuated its own way:
 * the title's words, then a clause more, and no sentence's end (a Sina row titled `疫情形势突变：债中“茅台”飙到674元
 * 刷新27年最高价` whose text opens with the WeChat headline `疫情形势突变！债中“茅台”飙到674元，刷新27年最高价，更有正股暴涨566%`).
 * Letters and digits are compared, not punctuation or white space; the title's words end where the block's
 * clause does (a break follows them), and the block is at most `FULLER_HEADLINE_MAX_RATIO` times as long.
 */
function isExtendedHeadline(block: Block, titles: ReadonlySet<string>): boolean {
  if (block.type !== "heading" && block.type !== "paragraph") return false;
  const text = block.text.trim();
  if (endsSentence(text)) return false;
  const words = wordCharacters(text);
  return [...titles].some((title) => {
    const short = wordCharacters(title);
    return isLongerWording(words, short) && words.startsWith(short) && breaksAfterWords(text, short.length);
  });
}

/** Whether the character after the first `count` letters and digits of `text` is none (a clause's break). */
function breaksAfterWords(text: string, count: number): boolean {
  let seen = 0;
  for (const char of text) {
    if (seen === count) return !isWordCharacter(char);
    if (isWordCharacter(char)) seen += char.length;
  }
  return false;
}

/**
 * A line the page set over the story's dateline that words the title more fully (fresh-17's Mezzanine row:
 * `国内油价调价窗口今日打开 汽油价格或下调0.15元/升` over `中新网8月4日电…`, titled `油价调价窗口今打开 汽油价格或下调0.15元/升`):
 * every character of the title in order, longer and at most twice as long, no sentence's end — and the next
 * block opens with a dateline, which a story's first paragraph does and a section of it does not. The
 * opening need not be the title's (`国内` before it), so a paragraph as well as a heading may be one.
 */
function isHeadlineOverDateline(block: Block, next: Block, titles: ReadonlySet<string>): boolean {
  if ((block.type !== "heading" && block.type !== "paragraph") || next.type !== "paragraph") return false;
  if (endsSentence(block.text.trim())) return false;
  const headline = withoutWhitespace(block.text);
  const restates = [...titles].some((title) => {
    const short = withoutWhitespace(title);
    return isLongerWording(headline, short) && holdsInOrder(headline, short);
  });
  return restates && readDateline(next.text) !== null;
}

/** A fuller wording's length against the title's: longer, at most `FULLER_HEADLINE_MAX_RATIO` times as long. */
function isLongerWording(headline: string, short: string): boolean {
  return (
    short.length >= 2 * FULLER_HEADLINE_ENDS &&
    headline.length > short.length &&
    headline.length <= FULLER_HEADLINE_MAX_RATIO * short.length
  );
}

/**
 * A Markdown copy of a web page may open with the page's headline twice (an archive's own heading, then
 * the page's, a cover image between them): repeated, it is the page's, not a heading the writer set, and
 * the blocks up to the last repeat leave the text (the images among them stay). One heading equal to the
 * title is the writer's and stays.
 */
function pageTitleRepeats(blocks: readonly Block[], titles: readonly string[]): TitleRepeat {
  const wanted = new Set(titles.map((t) => collapseWhitespace(t)).filter((t) => t.length >= 4));
  let last = -1;
  let repeats = 0;
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const block = blocks[i]!;
    if (block.type === "image") continue;
    if (block.type !== "heading" || !wanted.has(collapseWhitespace(block.text))) break;
    repeats++;
    last = i;
  }
  if (repeats >= 2 && last < blocks.length - 1) return { count: last + 1, spelled: null };
  return { count: chromeOverHeadline(blocks, wanted), spelled: null };
}

/** How far into a page copied whole its headline may stand under the site's menu, in blocks. */
const PAGE_HEAD_BLOCKS = 40;
/** The most characters a line of a site's menu or header holds (`FreeBuf+小程序把安全装进口袋`). */
const MENU_LINE_MAX = 40;

/**
 * A Markdown copy of a whole web page (a feed archive converts the linked page): the site's menu, its
 * header and the headline twice (the page's title and its heading), then the story. Where only short
 * lines, lists of them and pictures come before the headline's last repetition, and the headline is
 * repeated there at least twice, those blocks are the page's, and so are the time stamp under it and a
 * posted-from line: the count of blocks that leave the text, or 0.
 */
function chromeOverHeadline(blocks: readonly Block[], wanted: ReadonlySet<string>): number {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  if (wanted.size === 0) return 0;
  let longest = 0;
  for (const title of wanted) longest = Math.max(longest, title.length);
  let last = -1;
  let seen = 0;
  for (let i = 0; i < Math.min(blocks.length, PAGE_HEAD_BLOCKS); i++) {
    const block = blocks[i]!;
    if (block.type === "image") continue;
    if (block.type === "list") {
      if (block.items.every((item) => item.length <= MENU_LINE_MAX)) continue;
      break;
    }
    if (block.type !== "paragraph" && block.type !== "heading") break;
    // The story's first paragraph ends the search: a block longer than any title and any menu line by far
    // is not collapsed to be compared.
    if (block.text.length > 2 * Math.max(MENU_LINE_MAX, longest)) break;
    const text = collapseWhitespace(block.text);
    if (wanted.has(text)) {
      last = i;
      seen++;
    } else if (text.length > MENU_LINE_MAX) break;
  }
  if (seen < 2 || last + 1 >= blocks.length) return 0;
  let count = last + 1;
  const lineAt = (i: number) => {
    const block = blocks[i];
    return block?.type === "paragraph" ? block.text.trim() : "";
  };
  if (PAGE_STAMP.test(lineAt(count))) count++;
  if (POSTED_FROM.test(lineAt(count))) count++;
  return count < blocks.length ? count : 0;
}

interface TitleRepeat {
  /** Blocks that open the body by repeating the title. */
  count: number;
  /** The title as the body wrote it over several blocks, or null. */
  spelled: string | null;
}

const NO_REPEAT: TitleRepeat = { count: 0, spelled: null };
/** Lines a headline broken over lines may take. */
const TITLE_LINES = 4;

function whitespaceCount(text: string): number {
  return text.length - withoutWhitespace(text).length;
}

/** A stated string or number as text; undefined for anything else (absent, null, a mapping, a list). */
function scalarText(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** `（原标题：X）` as a first line: X. */
function unwrapOriginalTitle(line: string): string {
  const credit = readCreditLine(line);
  return credit?.kind === "original-title" ? credit.title : line;
}

export function chooseTitle(
  stated: unknown,
  firstLine: { text: string; line: number } | null,
  blocks: readonly Block[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): TitleResult {
  const title = typeof stated === "string" || typeof stated === "number" ? cleanTitle(String(stated)) : "";
  if (title !== "") return { title, warnings: [] };
  if (firstLine !== null) {
    return {
      title: firstLine.text,
      warnings: [
        warning(
          "title-from-first-line",
          "the file states no title; its first line is the title",
          firstLine.line,
        ),
      ],
    };
  }
  const derived = deriveTitle(
    blocks,
    settings.derivedTitleMaxLength,
    settings.plainTitleMaxLength,
    settings.titleHeadlineMinLength,
  );
  if (derived === "")
    return {
      title: "",
      warnings: [warning("no-title", "the file has no title and no text to derive one from")],
    };
  return {
    title: derived,
    warnings: [warning("title-derived", "the file states no title; it was derived from the first sentence")],
  };
}

/**
 * Trims white space and aggregator debris (`_` left where `:` or quotes were) at both ends, and the
 * print page an e-paper's feed puts before the headline (`15版 -  苏泊尔杭州队获得第八冠`, `第A05版：…`).
 */
export function cleanTitle(title: string): string {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  const trimmed = trimWhere(collapseWhitespace(title), (code) => code === 0x5f || isWhitespace(code));
  // Most titles have no 版: the pattern runs only on those that do.
  const page = trimmed.includes("版") ? PRINT_PAGE.exec(trimmed) : null;
  const headline = page && page[0].length < trimmed.length ? trimmed.slice(page[0].length) : trimmed;
  const bar = SHARE_BAR.exec(headline);
  const shared = bar ? headline.slice(bar[0].length) : headline;
  const dated = headlineStamp(shared);
  return dated === null ? shared : shared.slice(0, dated.index);
}

/**
 * The bracketed day a headline closes with (`BRACKETED_DATE`) and where it starts, or null: the title leaves it, and
 * the date stage reads the day from it.
 */
export function headlineStamp(title: string): { stamp: string; index: number } | null {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  // Most titles close with no bracket: the pattern runs only on those that do.
  const last = title.charCodeAt(title.length - 1);
  if (last !== 0x5d && last !== 0xff3d && last !== 0x3011) return null;
  const dated = BRACKETED_DATE.exec(title);
  return dated && dated.index > 0 ? { stamp: dated[0], index: dated.index } : null;
}

/**
 * A page's share bar copied with the headline after it (今日头条's `转发 微博 Qzone 微信 蚂蚁集团宣布上市…`, a site's
 * `分享到：微信 微博 QQ …`): three or more share targets' labels, each followed by white space. Page furniture, not words
 * of the headline, so a headline must follow it (a bar alone stays). @bounded: anchored; each label is a fixed word
 * followed by white space, at most eight.
 */
const SHARE_LABEL = "(?:转发|分享|微博|微信|朋友圈|QQ空间|Qzone|QQ|豆瓣)";
const SHARE_BAR = new RegExp(
  `^(?:分享到[:：]?[ \\t]*)?(?:${SHARE_LABEL}[ \\t]+){3,8}(?!${SHARE_LABEL}(?:[ \\t]|$))`,
  "iu",
);

/**
 * The one title-length policy, for a title from any source: one longer than `maxLength` code points
 * keeps that many and ends in `…` (a surrogate pair is never split). A title is matched whole against
 * the body before it is cut (a repeated headline leaves the text), so only the Article's is cut.
 */
export function cutTitle(title: string, maxLength: number): string {
  if (title.length <= maxLength) return title;
  const points = [...title];
  return points.length > maxLength ? `${points.slice(0, maxLength).join("")}…` : title;
}

/**
 * The first sentence of the first paragraph that is no byline, cut to `maxLength`. A paragraph no longer than a
 * title's line (`headlineLength`) that ends in no sentence end and holds no 。 is a headline whole, its ！ or ？ a
 * cry inside it (`盘后！存储芯片，利好来了`), not the end of a first sentence.
 */
/**
 * The deepest heading that may title a document: one further down names a part of it (a digest's `━━ 今日头条 ━━`,
 * read as a fourth-level heading), neither taken as the title nor a title derived from.
 */
const TITLE_HEADING_LEVEL_MAX = 3;

function deriveTitle(
  blocks: readonly Block[],
  maxLength: number,
  headlineLength: number,
  minLength: number,
): string {
  if (!stagesTitlePatternsCompiled) compileStagesTitlePatterns();
  for (const block of blocks) {
    if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") continue;
    if (block.type === "heading" && block.level > TITLE_HEADING_LEVEL_MAX) continue;
    if (BYLINE_ONLY.test(block.text)) continue;
    // Leads are matched on half-width digits and on the Simplified forms of Traditional labels (`中央社記者…25日電）` read
    // as `…记者…25日电）`, as the credit grammar reads it: `foldCreditLabels`); both replacements keep positions, so
    // slicing is safe.
    // The text as the leads read it is made again only when a lead was cut off.
    let text = block.text;
    let read = foldCreditLabels(halfWidthDigits(text), LEAD_LABEL_WITHIN);
    for (const lead of LEADS) {
      const match = (lead instanceof RegExp ? lead : lead.shape).exec(read);
      if (match && (lead instanceof RegExp || readDateline(text)?.outlet != null)) {
        text = text.slice(match[0].length);
        read = foldCreditLabels(halfWidthDigits(text), LEAD_LABEL_WITHIN);
      }
    }
    // A lead leaves the comma after it (`财联社7月29日电，…`): a title never starts with punctuation. A headline may ask or
    // exclaim at its end (`批量涨停！这类ETF受关注，或成"最锋利的矛"？`, a headline list's row): only a full stop or a
    // sentence's end other than ？ and ！ makes a short block a sentence rather than the headline.
    const trimmed = text.trim();
    const headline =
      text.length <= headlineLength &&
      !text.includes("。") &&
      (!endsSentence(trimmed) || HEADLINE_END.test(trimmed));
    const sentence = (headline ? text : openingSentence(text, minLength))
      .replace(LEADING_PUNCTUATION, "")
      .trim();
    if (sentence === "") continue;
    return cutTitle(sentence, maxLength);
  }
  return "";
}

/**
 * A text's first sentence; where it is shorter than `minLength` code points and closed by a full stop, the tail of a
 * sentence cut before the text began (a search snippet's or a topic-model table's `異常。吳豐盛目前還是…`), it runs on
 * through the next one: so short a piece is no headline.
 */
function openingSentence(text: string, minLength: number): string {
  const first = text.split(SENTENCE_BREAK)[0]!;
  if ([...first.replace(LEADING_PUNCTUATION, "").trim()].length >= minLength) return first;
  const end = first.length;
  // Only a full stop (or a semicolon) closes a cut clause: a cry is a word of its own (`突发！…`), a line's end a heading's.
  if (end >= text.length || !"。；;".includes(text[end]!)) return first;
  const next = text.slice(end + 1).split(SENTENCE_BREAK)[0]!;
  return next.trim() === "" ? first : text.slice(0, end + 1) + next;
}

/**
 * A Markdown post's stated title with the strong marks its writer typed in it (`以 **8272 全景軟體** 為例`, an MkDocs
 * Material post's `title:`, its h1 repeating it) taken out as the page renders them: paired `**`, no others.
 */
function withoutStrongMarks(title: string): string {
  const parts = title.split("**");
  return parts.length >= 3 && parts.length % 2 === 1 ? parts.join("") : title;
}
