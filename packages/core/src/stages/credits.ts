import { CREDITS_STAGE_PATTERNS } from "@caixun/core/credits/credit-patterns";
import { STAGES_CREDITS_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Block } from "../article.js";
import { outletOfStoryUrl, platformOfUrl } from "../credits/domains.js";
import { type ExportFrame, readExportFrame } from "../credits/export-frame.js";
import {
  archiveStampDay,
  type Byline,
  type CreditLine,
  EDITOR_RANK,
  type EditorCredit,
  type EditorRole,
  editorCredited,
  editorRoleOf,
  hasEndMark,
  IMAGE_CREDIT,
  outranksEditor,
  readAuthorNote,
  readByline,
  readCreditBeforeCard,
  readCreditLine,
  readDateline,
  readFiledByline,
  readGluedReporterLead,
  readNameAndCredit,
  readNewsroomCredit,
  readRunOnOriginalTitle,
  readTrailingOutlet,
  readUncollapsedByline,
  withoutArchiveStamp,
  withoutEndMark,
  withoutStamp,
} from "../credits/grammar.js";
import { ACCOUNT_SIGNATURE_WORD, REPORTER_WORD, SOCIAL_BUTTON_LABELS } from "../credits/grammar-words.js";
import {
  type FieldKind,
  fieldKind,
  isLinkField,
  type LabelledField,
  namesOwnSite,
  readLabelledFields,
} from "../credits/labelled-fields.js";
import {
  canonicalOutlet,
  looksLikeOutlet,
  platformOutlet,
  sameOutlet,
  sameOutletOrApp,
  statedFeedName,
} from "../credits/outlets.js";
import { type CreditRegions, creditRegions, inRegion } from "../credits/regions.js";
import { cutShareTrailer } from "../credits/share-trailer.js";
import type { NamedEvidence } from "../credits/tally.js";
import { dayClosingLine, readStampLine, readWriterStamp, type StampLine } from "../enrich/date-evidence.js";
import { dateFromParts } from "../enrich/dates.js";
import { NO_PAGE_LINES, type PageLines } from "../extract/page.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import {
  collapsedFirstCode,
  collapseWhitespace,
  endsSentence,
  halfWidthDigits,
  longerThan,
} from "../text/chars.js";
import { matchesIn } from "../text/matches.js";
import { openingTest } from "../text/pattern-gate.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { isPlaceholderLink } from "../text/url.js";
import {
  FOLLOW_PROMPT_HEAD,
  followPromptAccount,
  isProse,
  isReaderToggle,
  ORNATE_TAIL_SHARE,
  READER_TOGGLE_HEAD,
} from "./boilerplate.js";
import { authorField, linkOutsideBody } from "./fields.js";
import { withoutPageFoot } from "./page-foot.js";
import { blockText, isLinksOnly, type Link, type RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/**
 * The patterns below are compiled from their literals (`STAGES_CREDITS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesCreditsPatternsCompiled = false;
/**
 * WeChat's reading UI closing a page a clipper copied whole: `继续滑动看下一个`, the account's name on a line of its own,
 * `向上滑动看下一个` (in either script). The name is the account whose page it is, as WeChat sets it from the account's
 * profile. @bounded: anchored at the body's end, read in its last `READING_UI_TAIL_MAX` characters.
 */
let READING_UI_TAIL: RegExp;
/** A field's value wholly in square brackets (`[李燕华]`); @bounded: anchored, one run of 30 at most. */
let BRACKETED_WRITER: RegExp;
/**
 * A compiler's credit run on after the story's last sentence, naming the foreign original it translated in its own
 * script (金评媒's `…拒绝给予评论。JPM编译自Bloomberg, Apple Pay Seeks Growths in Asia, …, by Olga Kharif.`): who
 * compiled it from what, not the story's words. @bounded: after a sentence's end, a name of at most 12, the verb, a
 * Latin letter, then at most 200 characters to the end.
 */
let CLOSING_TRANSLATION_CREDIT: RegExp;
/**
 * An outlet's sign-off run on after the story's last sentence: its name, a space, its own web address, as Yahoo奇摩's
 * partners close the copies they syndicate (`…卖压最为沈重。三立新闻网 setn.com。`, `三立新聞網 Setn.com`). The name, when it
 * reads as an outlet, is the story's trailing credit; the sign-off leaves the text. @bounded: after a sentence's end, a
 * name of at most 12, white space, one address of at most three labels, maybe a full stop, to the end.
 */
let ADDRESSED_SIGN_OFF: RegExp;
/**
 * Words that make a name before an address a pointer to a site, not an outlet signing off (`详情请见官网 www.….com`,
 * `请访问本站 ….cn`): a call to look or visit, or a site's own `官网`.
 */
let POINTER_WORDS: RegExp;
/** An English wire's byline on a line of its own over the story (`By Chris Wack`, `By A and B`): one to three names. */
let ENGLISH_BYLINE: RegExp;
/** Dow Jones's sign-off closing its stories (`Write to Chris Wack at chris.wack@wsj.com`), one to three writers. */
let WRITE_TO: RegExp;

/**
 * A page's info line after its stamp naming the outlet, then the writer, each in an element of its own
 * (和讯网's `<span>2016-01-26 14:12:04</span><a>新华网</a> 李丽`): the outlet's name, spaces, a Han name of two to four.
 * @bounded: anchored, one run of at most 24 characters, a fixed gap class, one short name.
 */
let OUTLET_THEN_WRITER: RegExp;
/** Where a source's field opens after a page's stamp on its line (`… 10:00:39 来源：量子位`). */
let FIELD_AFTER_STAMP: RegExp;
/**
 * One line of a closing staff block, one role a line (`文：新闻部干事 428 毛志琪`, `图：…`, `审：…`, a site's own
 * `Aliver 重排版：imgradeone`): the role, then who held it. @bounded: anchored, a short word, one role, at most 60 after.
 */
let STAFF_BLOCK_LINE: RegExp;

/** Compiles `STAGES_CREDITS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesCreditsPatterns(): void {
  [
    READING_UI_TAIL,
    BRACKETED_WRITER,
    CLOSING_TRANSLATION_CREDIT,
    ADDRESSED_SIGN_OFF,
    POINTER_WORDS,
    ENGLISH_BYLINE,
    WRITE_TO,
    OUTLET_THEN_WRITER,
    FIELD_AFTER_STAMP,
    STAFF_BLOCK_LINE,
  ] = STAGES_CREDITS_PATTERNS.map(regexFromLiteral) as RegExps<10>;
  stagesCreditsPatternsCompiled = true;
}

/**
 * The stage's patterns, compiled from their literals (`CREDITS_STAGE_PATTERNS`, `credits/credit-patterns.ts`) into these
 * bindings when the stage first reads a body (`readCredits`, one test of the flag a call): a Worker reads the literals
 * from its static assets before any parse instead of carrying them in its script (issue 11), so no pattern can be made
 * when this module loads. The steps read the bindings as they read constants.
 */
let creditsStagePatternsCompiled = false;
let ACCOUNT_NAME: RegExp;
let METADATA_ITEM: RegExp;
let BARE_URL: RegExp;
let ACCOUNT_PLATFORM: RegExp;
let BRACKETED_OUTLET: RegExp;
let SIDEBAR_HEADING: RegExp;
let WRITER_NAME: RegExp;
let ORIGINAL_BADGE: RegExp;
let CREDIT_BOX_CAPTION: RegExp;
let CREDIT_BOX_FIELD: RegExp;
let LABELLED_LINK: RegExp;
let LINK_BOX_OPENING: RegExp;
let STORY_LINK_LABEL: RegExp;
let ADDRESS_LINE: RegExp;
let PROMPT_SLOGAN: RegExp;
let OUTLET_SLOGAN: RegExp;
let TRANSLATION_CAPTION: RegExp;
let TRANSLATED_FROM: RegExp;
let TRANSLATION_BOX_OPENING: RegExp;
let BOX_FIELD: RegExp;
let LONE_OUTLET: RegExp;
let SECTION_WORD: RegExp;
let ACCOUNT_TAGLINE: RegExp;
let CARD_OPENING: RegExp;
let CARD_CLOSING: RegExp;
let CREDIT_LABEL: RegExp;
let ORIGIN_LINE: RegExp;
let ORIGIN_NAMES_OUTLET: RegExp;
let AUTHOR_LINE: RegExp;
let ROLE_WITH_NOTE: RegExp;
let PERSON_NAME: RegExp;
let REPORTER_IN_NOTE: RegExp;
let SELF_INTRODUCED_SIGN_OFF: RegExp;
let SIGN_OFF_DATE: RegExp;
let PEN_NAME: RegExp;
let ORGANISATION_ENDING: RegExp;
let GLUED_EDITOR_CREDIT: RegExp;
let PROSE_END: RegExp;
let CLOSING_BRACKET: RegExp;
let RELATED_TOPIC: RegExp;
let RELATED_HEADING: RegExp;
let RELATED_BOX_HEADING: RegExp;
let OUTLET_NOTE: RegExp;
let RELATIVE_TIME_FIRST: RegExp;
let SOURCE_BEFORE_STAMP: RegExp;
let NAME_BEFORE_STAMP: RegExp;
let OUTLET_FIELD: RegExp;
let TRAILING_COLLECTOR: RegExp;
let LEADING_DASHES: RegExp;
let SITE_PAGE: RegExp;
let PAPER_STAFF: RegExp;
let ICON_LINE_START: RegExp;
let CHINA_TIME_NOTE: RegExp;
let DAY_LINE: RegExp;
let REPOST_LINK_TEXT: RegExp;
let ACCOUNT_LINE: RegExp;
let GLUED_ACCOUNT_LINE: RegExp;
let GLUED_PAGE_SOURCE: RegExp;
let ORIGINAL_MARK: RegExp;
let POSTED_FROM: RegExp;
let LATIN_WORDS: RegExp;
let LATIN_WORDS_ONLY: RegExp;
let NOT_A_NAME: RegExp;
let WRITTEN_LINK: RegExp;
let NAME_WITH_WORK_MARK: RegExp;
let CARD_SLOGAN: RegExp;
let CARD_HANDLE: RegExp;
let STRAY_MARKS: RegExp;
let BRACKETED_LINE: RegExp;
let CLOSING_TAIL: RegExp;
let SUMMARY_HEADING: RegExp;
let FEED_LABEL: RegExp;
let HAS_WORDS: RegExp;
let DAY_AND_CREDIT: RegExp;
let BYLINE_NAME: RegExp;
let WECHAT_PAGE_ADDRESS: RegExp;
let ONE_LINE_BYLINE: RegExp;

/** Compiles `CREDITS_STAGE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsStagePatterns(): void {
  [
    ACCOUNT_NAME,
    METADATA_ITEM,
    BARE_URL,
    ACCOUNT_PLATFORM,
    BRACKETED_OUTLET,
    SIDEBAR_HEADING,
    WRITER_NAME,
    ORIGINAL_BADGE,
    CREDIT_BOX_CAPTION,
    CREDIT_BOX_FIELD,
    LABELLED_LINK,
    LINK_BOX_OPENING,
    STORY_LINK_LABEL,
    ADDRESS_LINE,
    PROMPT_SLOGAN,
    OUTLET_SLOGAN,
    TRANSLATION_CAPTION,
    TRANSLATED_FROM,
    TRANSLATION_BOX_OPENING,
    BOX_FIELD,
    LONE_OUTLET,
    SECTION_WORD,
    ACCOUNT_TAGLINE,
    CARD_OPENING,
    CARD_CLOSING,
    CREDIT_LABEL,
    ORIGIN_LINE,
    ORIGIN_NAMES_OUTLET,
    AUTHOR_LINE,
    ROLE_WITH_NOTE,
    PERSON_NAME,
    REPORTER_IN_NOTE,
    SELF_INTRODUCED_SIGN_OFF,
    SIGN_OFF_DATE,
    PEN_NAME,
    ORGANISATION_ENDING,
    GLUED_EDITOR_CREDIT,
    PROSE_END,
    CLOSING_BRACKET,
    RELATED_TOPIC,
    RELATED_HEADING,
    RELATED_BOX_HEADING,
    OUTLET_NOTE,
    RELATIVE_TIME_FIRST,
    SOURCE_BEFORE_STAMP,
    NAME_BEFORE_STAMP,
    OUTLET_FIELD,
    TRAILING_COLLECTOR,
    LEADING_DASHES,
    SITE_PAGE,
    PAPER_STAFF,
    ICON_LINE_START,
    CHINA_TIME_NOTE,
    DAY_LINE,
    REPOST_LINK_TEXT,
    ACCOUNT_LINE,
    GLUED_ACCOUNT_LINE,
    GLUED_PAGE_SOURCE,
    ORIGINAL_MARK,
    POSTED_FROM,
    LATIN_WORDS,
    LATIN_WORDS_ONLY,
    NOT_A_NAME,
    WRITTEN_LINK,
    NAME_WITH_WORK_MARK,
    CARD_SLOGAN,
    CARD_HANDLE,
    STRAY_MARKS,
    BRACKETED_LINE,
    CLOSING_TAIL,
    SUMMARY_HEADING,
    FEED_LABEL,
    HAS_WORDS,
    DAY_AND_CREDIT,
    BYLINE_NAME,
    WECHAT_PAGE_ADDRESS,
    ONE_LINE_BYLINE,
  ] = CREDITS_STAGE_PATTERNS.map(regexFromLiteral) as RegExps<77>;
  creditsStagePatternsCompiled = true;
}

/** How much a piece of source evidence weighs; the strongest wins, the first among equals. */
export const Strength = {
  domain: 0,
  footer: 1,
  channel: 2,
  /** A credit that names the page's own site: where the story was published, not who wrote it. */
  ownSite: 2,
  dateline: 3,
  trailing: 3,
  creditLine: 4,
} as const;

/**
 * What each strength of source evidence weighs when the names are tallied (`resolveProvenance`): the
 * name with the most weight is the source. What the story says (credit lines, datelines and trailing
 * credits) adds up, each strength once for a name, so a credit line and a dateline naming one outlet (12)
 * outweigh a credit line naming another (7); one piece never outweighs a stronger one (each weight is
 * more than the one below it). The carrier's marks (channel, footer link, the address's site) add to
 * nothing: a name only they name weighs as the strongest of them. A tie goes to the strongest piece.
 */
export const SOURCE_WEIGHT: Readonly<Record<number, number>> = {
  [Strength.domain]: 1,
  [Strength.footer]: 2,
  [Strength.channel]: 3,
  [Strength.dateline]: 5,
  [Strength.creditLine]: 7,
};

export type SourceEvidence = NamedEvidence;

/**
 * Whether a byline closes the story (`…便利化。（记者吴雨）`): a writer of the publisher's own, so on a news agency's
 * site the agency's reporter (a closing byline naming another outlet credits that outlet, which outweighs the site).
 */
export const byReporter = (credits: Credits) => credits.closingAuthor != null;

/** What the body's credit lines, datelines and bylines say about who wrote and moved the story. */
export interface Credits {
  sources: SourceEvidence[];
  /** Outlets the story was reposted from, innermost first (`转自：…`). */
  via: string[];
  author: string | null;
  editor: string | null;
  originalUrl: string | null;
  /** A dateline's date: year may be missing (then it gives no publish date). */
  datelineDate: { year: number | null; month: number; day: number } | null;
  /** The day a dateline writes alone (`（中央社記者戴雅真台北29日電）`): no date, unless a stamp names it in full. */
  datelineDay?: number;
  /** The day a wire's archive stamp closing the story names (`…潛力獎。1021029`): the year and month a dateline's day lacks. */
  archiveDay?: { year: number; month: number; day: number } | null;
  /** Whether a dated dateline opens the story (`新华社巴黎12月9日电`): a dispatch, its outlet the writer. */
  dispatched?: boolean;
  /**
   * Whether `originalUrl` is only an address alone on a line of the body (a share link, or a
   * reference under `参考链接：`): an address the document states outside its body is stronger.
   */
  bareUrl?: boolean;
  /** The story's original title, when a `原标题：…` line states it. */
  originalTitle?: string | null;
  /** A time-stamp line at the top of the body (`2019-09-26 12:11来源：…`, `08-31 06:30 Wind`). */
  stamp?: StampLine | null;
  /** A date a labelled metadata list states (`- 日期: 2025.06.03`), as written. */
  metadataDate?: string | null;
  /** How strong the editor credit read so far is (责任编辑 2 > 编辑 1 > 校对 0). */
  editorRank?: number;
  /** The author a relay note names (`本文来自微信公众号“X”，作者：Y`): the story's own byline comes first. */
  relayAuthor?: string | null;
  /**
   * A relay note that names the account the story came from but not the site carrying it (`本文来自微信公众号：X，作者：Y`
   * closing a page of another site): the page's own site is a hop (`provenance`).
   */
  relayedUnnamed?: boolean;
  /** Who translated the story (`编译：A、B`): its author only when no writer is named. */
  translator?: string | null;
  /** A byline closing the last paragraph after its last sentence (`…1.5亿元。 本报记者 刘芫信`). */
  closingAuthor?: string | null;
  /** The outlet a trailing credit closing the story names (`…扶持。 (环球网)`). */
  closingOutlet?: string | null;
  /**
   * The account that published the page, as its line under the headline names it (`学总笔记 2026年4月19日
   * 08:00` on WeChat): the source of its own articles, the hop of one it reposts.
   */
  account?: string | null;
  /** The account line as the page's info bar gave it, name and time on two lines joined (`readSplitAccountLine`). */
  accountLine?: string;
  /**
   * Whether the file is a read-it-later app's export of a page (`credits/export-frame.ts`): the title it
   * states is the page's `<title>`, copied, not written by hand.
   */
  exported?: boolean;
}

/**
 * Takes an editor credit unless a stronger one was read (`outranksEditor`: `责编` over `编辑` over `校对`); an editor
 * set by a byline, with no rank of its own, holds a plain editor's.
 */
function readEditor(credits: Credits, names: readonly string[], role: EditorRole): void {
  if (names.length === 0) return;
  if (credits.editor !== null && !outranksEditor(role, credits.editorRank ?? EDITOR_RANK.editor)) return;
  credits.editor = names.join("、");
  credits.editorRank = EDITOR_RANK[role];
}

/** Reads the editor a credit line names (`editorCredited`), if any. */
function readCreditedEditor(credits: Credits, credit: CreditLine | null): void {
  const editor = editorCredited(credit);
  if (editor !== null) readEditor(credits, editor.names, editor.role);
}

/**
 * Credits. Lines that are credits (source, repost chain, editor, original link and title, copyright
 * owner, a bare share link, a navigation footer, a time stamp) are read into fields and removed; a
 * line leaves the text only when what it says was read. A trailing `（outlet）` and an end mark
 * `（完）` are cut from the story's last paragraph; datelines and bylines are read and stay.
 *
 * A `来源：` line is the story's source only when it is the only outlet the body credits that way:
 * a digest whose items each end in their own `来源：` line keeps them all, and a `来源：` line under an
 * image credits the image (it became its caption in the captions stage).
 */
export const credits: Stage<
  Pick<SourceDocument, "body" | "originalUrl" | "data" | "summary" | "hasFrontMatter"> & BodyRead,
  Pick<BodyRead, "rawBlocks"> & { credits: Credits }
> = (context) => {
  const { pageLines, body, data } = context.document;
  const wire = wireCredits(context.document.rawBlocks, data);
  const rawBlocks = wire.blocks;
  const feed = context.document.hasFrontMatter ? statedFeedName(data.source ?? data.account) : null;
  const header = feed === null ? null : accountHeader(rawBlocks, feed);
  const byline = wechatByline(header?.blocks ?? rawBlocks);
  const read = readCredits(
    byline?.blocks ?? header?.blocks ?? rawBlocks,
    context.settings,
    pageLines,
    creditRegions(body),
    linkOutsideBody(context.document),
    readExportFrame(
      rawBlocks,
      new Set(Object.keys(data)),
      typeof data.title === "string" ? data.title : null,
    ),
    authorField(data.author),
    byline?.account ?? null,
  );
  if (header?.writer) read.credits.author ??= header.writer;
  // A WeChat page's byline block names the account that published the article, for certain, and its writer; the
  // clipper's line over it, the article's own address (a 原文链接 in the story may name the paper it reports on).
  if (byline?.writer) read.credits.author ??= byline.writer;
  if (byline?.account) read.credits.sources.push({ name: byline.account, strength: Strength.trailing });
  if (byline?.address) read.credits.originalUrl = byline.address;
  if (wire.writers.length > 0) read.credits.author ??= wire.writers.join("、");
  if (wire.credit !== null) {
    read.credits.sources.push({ name: wire.credit.text, strength: Strength.creditLine });
    read.credits.originalUrl ??= wire.credit.href;
  }
  // The reading UI names the page's account for certain; the line over the story may name its writer alone
  // (`尹路 *2026年4月20日 15:26*`), which the account line reads as the account.
  const account = readingUiAccount(body);
  if (account !== null) {
    read.credits.account = account;
    read.credits.sources.push({ name: account, strength: Strength.trailing });
  }
  const summarised = summaryOutlet([context.document.summary, ...SUMMARY_KEYS.map((key) => data[key])]);
  if (summarised !== null) read.credits.sources.push({ name: summarised, strength: Strength.trailing });
  return advance(context, { rawBlocks: read.blocks, credits: read.credits });
};

/**
 * An English wire story's own credits as a site reposting it keeps them, each a block of its own: the byline over it
 * (`By Chris Wack`), Dow Jones's sign-off under it (`Write to Chris Wack at chris.wack@wsj.com`), and the closing link
 * to the story's page named for the wire (`[Dow Jones Newswires](https://www.tradingview.com/news/DJN_…)`) when the
 * front matter files the post under that name (its `categories` or `tags`): the writers, the wire and its page, none of
 * them text. A prefix test gates each pattern; a link named otherwise (`[Read more](…)`) stays for the other rules.
 */
function wireCredits(
  blocks: readonly RawBlock[],
  data: Readonly<Record<string, unknown>>,
): { blocks: readonly RawBlock[]; writers: string[]; credit: Link | null } {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  let start = 0;
  let end = blocks.length;
  let credit: Link | null = null;
  const last = blocks[end - 1];
  const link = last?.links.length === 1 ? last.links[0]! : null;
  if (
    link !== null &&
    last!.block.type === "paragraph" &&
    last!.block.text.trim() === link.text.trim() &&
    link.href.startsWith("http") &&
    filedUnder(data, link.text.trim())
  ) {
    credit = { text: link.text.trim(), href: link.href };
    end--;
  }
  let writers: string[] = [];
  const signOff = blocks[end - 1]?.block;
  if (end > 1 && signOff?.type === "paragraph" && signOff.text.startsWith("Write to ")) {
    const line = signOff.text.trim();
    if (WRITE_TO.test(line)) {
      writers = line
        .slice(9)
        .split(/,| and /)
        .map((part) => part.trim().split(" at ")[0]!);
      end--;
    }
  }
  const first = blocks[0]?.block;
  if (end > 1 && first?.type === "paragraph" && first.text.startsWith("By ")) {
    const byline = ENGLISH_BYLINE.exec(first.text.trim());
    if (byline !== null) {
      writers = byline[1]!.split(/, | and /);
      start = 1;
    }
  }
  return start === 0 && end === blocks.length
    ? { blocks, writers, credit }
    : { blocks: blocks.slice(start, end), writers, credit };
}

/** Whether the front matter files the post under `name` (a `categories` or `tags` entry, or the one string it holds). */
function filedUnder(data: Readonly<Record<string, unknown>>, name: string): boolean {
  const lower = name.toLowerCase();
  return [data.categories, data.tags].some((value) =>
    (Array.isArray(value) ? value : [value]).some(
      (entry) => typeof entry === "string" && entry.trim().toLowerCase() === lower,
    ),
  );
}

/** How many blocks into the body a WeChat page's header (`原创`, the writer, the account) may reach. */
const ACCOUNT_HEADER_BLOCKS = 5;

/**
 * A WeChat page's header as a feed archive copies it under the headline: `原创`, the writer's name, the account's
 * name (the feed the front matter names: `source: 极客公园`), each alone on its line, pictures between. The
 * header leaves the blocks; the name over the account's is the writer. Null when the account's line is not
 * among the first blocks or no writer's name stands over it.
 */
function accountHeader(
  blocks: readonly RawBlock[],
  account: string,
): { blocks: RawBlock[]; writer: string | null } | null {
  const lineAt = (i: number) => {
    const block = blocks[i]?.block;
    return block?.type === "paragraph" ? block.text.trim() : null;
  };
  for (let i = 0; i < Math.min(blocks.length, ACCOUNT_HEADER_BLOCKS); i++) {
    const text = lineAt(i);
    if (text === null) continue;
    if (!sameOutlet(text, account)) continue;
    // The account's line alone (no writer over it) is left to the credits: it may carry another's story.
    const over = lineAt(i - 1);
    if (over === null || !WRITER_NAME.test(over) || sameOutlet(over, account)) return null;
    const drop = new Set([i, i - 1]);
    if (ORIGINAL_BADGE.test(lineAt(i - 2) ?? "")) drop.add(i - 2);
    return { blocks: blocks.filter((_, j) => !drop.has(j)), writer: over };
  }
  return null;
}
/** How many name lines a WeChat page's byline block holds at most (the writer twice, the account once or thrice). */
const BYLINE_NAMES_MAX = 6;

/** What a WeChat page's byline block gives (`wechatByline`). */
interface WechatByline {
  /** The blocks without the byline block and without the reader toggles over the story. */
  blocks: RawBlock[];
  /** The writer's name, when the block names one besides the account. */
  writer: string | null;
  /** The account that published the article: the story's source. */
  account: string | null;
  /** The article's own WeChat address, as a clipper's `Source:` line over the block states it. */
  address: string | null;
}

/**
 * A WeChat article page's byline block (the page's `#meta_content`) as reader-mode converters and clippers render it
 * over the story, closed by the novel-reader toggles the boilerplate stage keeps there (`isReaderToggle`): the 原创
 * badge, the writer's name (often twice: the byline's and its profile card's), the account's name last (once or thrice),
 * empty images between — each a line of its own (a feed collector's converter: `无影寺` / `无影寺` / `AI帝国`), or one line
 * whose account is the page's `javascript:void(0)` link (`ONE_LINE_BYLINE`).
 * A clipper may set the article's address over it (`Source: https://mp.weixin.qq.com/s/…`). The block and the toggles
 * leave the text; the account is the source, the other name the writer. Null when no toggle stands over the story.
 */
function wechatByline(blocks: readonly RawBlock[]): WechatByline | null {
  if (!creditsStagePatternsCompiled) compileCreditsStagePatterns();
  const head = Math.min(blocks.length, READER_TOGGLE_HEAD);
  const toggles = new Set<number>();
  for (let i = 0; i < head; i++) {
    const block = blocks[i]!.block;
    if (block.type === "paragraph" && isReaderToggle(block.text)) toggles.add(i);
  }
  if (toggles.size === 0) return null;
  const drop = new Set(toggles);
  const names: string[] = [];
  let account: string | null = null;
  let address: string | null = null;
  // Up from the first toggle, the block's lines: names, the badge, empty images, the clipper's address line.
  for (let i = Math.min(...toggles) - 1; i >= 0; i--) {
    const raw = blocks[i]!;
    if (raw.block.type === "image") {
      if (raw.block.src === "") drop.add(i);
      continue;
    }
    if (raw.block.type !== "paragraph") break;
    const lines = raw.block.text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const found: string[] = [];
    let read = true;
    for (const line of lines) {
      const page = WECHAT_PAGE_ADDRESS.exec(line);
      const oneLine = page === null ? ONE_LINE_BYLINE.exec(line) : null;
      if (page !== null) address = page[1]!;
      else if (oneLine !== null) {
        account = oneLine[2]!;
        found.push(oneLine[1]!.trim());
      } else if (ORIGINAL_BADGE.test(line)) continue;
      else if (BYLINE_NAME.test(line)) found.push(line);
      else read = false;
    }
    if (!read || names.length + found.length > BYLINE_NAMES_MAX) break;
    names.unshift(...found);
    drop.add(i);
  }
  const distinct = names.map(onceNamed).filter((name, at, all) => at === 0 || name !== all[at - 1]);
  account ??= distinct.pop() ?? null;
  const writer = distinct.find((name) => account === null || !sameOutlet(name, account)) ?? null;
  return { blocks: blocks.filter((_, i) => !drop.has(i)), writer, account, address };
}

/**
 * A name a converter ran together with its repeat (`看雪学苑看雪学苑`, `YGnight YGnight`): the name once.
 * @bounded: a byline name (`BYLINE_NAME`), at most 58 characters.
 */
const onceNamed = (name: string): string => /^(.+) ?\1$/u.exec(name)?.[1] ?? name;

/** The most characters of the reading UI's three lines and the blank lines between them. */
const READING_UI_TAIL_MAX = 80;

/** The account WeChat's reading UI names at the body's end (`READING_UI_TAIL`); null when the body ends otherwise. */
function readingUiAccount(body: string): string | null {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  return READING_UI_TAIL.exec(body.trimEnd().slice(-READING_UI_TAIL_MAX))?.[1] ?? null;
}

/** The front-matter keys a post states its summary under. */
const SUMMARY_KEYS = ["summary", "description"] as const;

/**
 * The outlet a summary closes with in brackets after its last sentence (a record's summary beside its content,
 * an eastmoney page's 摘要 as a spider kept it: `【headline】lede…。（北京商报）`; a post's `summary:` or
 * `description:`): the story's, as a trailing credit of the body is.
 */
function summaryOutlet(summaries: readonly unknown[]): string | null {
  for (const value of summaries) {
    if (typeof value !== "string") continue;
    const trailing = readTrailingOutlet(value.trim());
    if (trailing !== null) return trailing.outlet;
  }
  return null;
}

export function readCredits(
  allBlocks: readonly RawBlock[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
  pageLines: PageLines = NO_PAGE_LINES,
  regions: CreditRegions = { head: null, foot: null },
  statedLink: string | null = null,
  exported: ExportFrame | null = null,
  statedAuthor: string | null = null,
  pageAccount: string | null = null,
): { blocks: RawBlock[]; credits: Credits } {
  if (!creditsStagePatternsCompiled) compileCreditsStagePatterns();
  const credits: Credits = {
    sources: [],
    via: [],
    author: null,
    editor: null,
    originalUrl: exported?.originalUrl ?? null,
    datelineDate: null,
    originalTitle: null,
    stamp: null,
    // Set up front, so that every story's credits have one shape whether a closing credit is read or not.
    closingOutlet: null,
    exported: exported !== null,
  };
  if (exported?.hostNames) readHostNames(exported.hostNames, credits);
  // The account a WeChat page's byline block names (`wechatByline`): the page's, which carried the story when a credit
  // names another outlet (`以下文章来源于安全无界` under `迪哥讲事`).
  if (pageAccount !== null) credits.account = pageAccount;
  readInfoLines(pageLines, credits, settings);
  const regioned = readRegions(
    joinSplitCredits(splitAccountBoxes(splitCreditPairs(exported?.blocks ?? allBlocks)), credits.accountLine),
    regions,
    credits,
    settings,
    statedLink,
  );
  const blocks = withoutStaffBlock(
    withoutCreditBlock(withoutFieldHeader(regioned, credits, settings), credits),
    credits,
  );
  // Each block read as a credit line once; the source lines are judged together.
  // Both lists filled by one loop: `reads.map` read the method off a list whose elements' kind varies between stories,
  // which threw readCredits' optimized code away ("wrong map") each time it was compiled in a parse pass.
  const reads: Array<CreditRead | null> = [];
  const lines: Array<CreditLine | null> = [];
  for (const raw of blocks) {
    const credit = creditRead(raw, settings);
    reads.push(credit);
    lines.push(credit?.credit ?? null);
  }
  const sourceLines = sourceLineIndexes(lines);
  const itemLinks = digestItemLinks(blocks, lines);
  const kept: RawBlock[] = [];
  const accounts: string[] = [];
  const read = new Set<number>();
  // The end of a box of credits under its caption that a block opened (`readCreditBox`).
  let boxEnd = 0;
  for (const index of readHeadFieldRun(blocks, credits, settings, statedLink)) read.add(index);
  for (const [index, raw] of blocks.entries()) {
    if (read.has(index)) continue;
    if (index < 3 && readMetadataList(raw, credits, settings, statedLink)) {
      read.add(index);
      continue;
    }
    if (index < HEAD_ADDRESS_BLOCKS && readHeadAddress(raw, credits, statedLink)) {
      read.add(index);
      continue;
    }
    const line = lines[index] ?? null;
    if (itemLinks && line?.kind === "original-link" && !line.translated) {
      read.add(index);
      continue;
    }
    if (index > 0 && index < ACCOUNT_HEAD / 2 && readOutletUnderByline(raw, blocks[index - 1]!, credits)) {
      read.add(index);
      continue;
    }
    if (boxEnd > index) {
      read.add(index);
      continue;
    }
    boxEnd = readFollowPrompt(blocks, index, credits);
    if (boxEnd > index) {
      read.add(index);
      continue;
    }
    boxEnd = readCreditBox(blocks, index, credits, statedLink);
    if (boxEnd === index) boxEnd = readLinkBox(blocks, index, credits, statedLink);
    if (boxEnd === index && index < TRANSLATION_BOX_HEAD)
      boxEnd = readTranslationBox(blocks, index, credits, statedLink);
    if (boxEnd > index) {
      read.add(index);
      continue;
    }
    const block = reads[index] ?? null;
    if (
      block === null ||
      !readCreditBlock(raw, index, block, credits, settings, sourceLines, statedLink, statedAuthor)
    ) {
      kept.push(raw);
      continue;
    }
    read.add(index);
    if (index === 0 && line?.kind === "source" && isOutletSlogan(blocks, 1)) read.add(1);
    // `原标题：<headline><dateline>…` run into one line: the headline was read, the story's paragraph stays.
    if (line?.kind === "original-title" && line.restAt !== undefined && raw.block.type === "paragraph")
      kept.push({ ...raw, block: { ...raw.block, text: raw.block.text.slice(line.restAt) } });
    if (line?.kind === "wechat" && line.carried) {
      accounts.push(line.name);
      takeCarryingAccount(kept, line.name, credits);
    }
  }
  takeHeadBylines(blocks, lines, read, kept, credits);
  takeFieldBoxes(blocks, read, kept);
  if (credits.originalUrl === null && statedLink === null && !itemLinks)
    credits.originalUrl = listedOriginal(blocks, settings);
  if (credits.account) {
    accounts.push(credits.account);
    // A credit line naming another outlet (`来源丨每日智能` on 极市平台's page): the account carried its story.
    const account = credits.account;
    const credited = credits.sources.some(
      (found) => found.strength === Strength.creditLine && !sameOutlet(found.name, account),
    );
    if (credited && !credits.via.some((hop) => sameOutlet(hop, account))) credits.via.push(account);
  }
  // A portal template's foot under the story (its back link, a teaser, `,outlet`): the outlet as a closing credit.
  const foot = withoutPageFoot(kept);
  if (foot.outlet !== null) {
    credits.sources.push({ name: foot.outlet, strength: Strength.trailing });
    credits.closingOutlet ??= foot.outlet;
  }
  const cut = readSummaryCredit(
    readStoryEnd(
      cutRelatedLines(
        cutRelatedRun(
          cutRelatedSection(
            cutAfterEndMark(
              cutRelatedBoxes(
                withoutTaglines(
                  withoutAccountCards(
                    readClosingEditor(
                      withoutClosingTranslationCredit(readClosingTrailer(foot.blocks, credits)),
                      credits,
                    ),
                    accounts,
                  ),
                ),
              ),
            ),
            credits,
          ),
          settings,
        ),
        settings,
      ),
      credits,
    ),
    credits,
  );
  const signed = withoutSignOff(cut, [statedAuthor, credits.author], credits);
  const led = readLeads(signed, credits, settings);
  // After the leads: a card names the outlet a dateline or a byline line over the story named.
  const uncarded = withoutClosingCard(led, credits);
  credits.author ??= credits.closingAuthor ?? credits.relayAuthor ?? credits.translator ?? null;
  readTrailerLines(pageLines, credits, settings);
  // `本站讯`, `来源：本站`: the page's own site, when its name is known. Where a dated dateline opens
  // the story (`新华社巴黎12月9日电` on 新华网's page), a credit naming the site says only where the
  // dispatch was published: the dateline's outlet wrote it.
  // So does a closing credit to another outlet (`…趋稳趋优。（德清县发改局）` on 浙江省发改委's page, whose 信息来源 names
  // the site): the story's own words name who wrote it, the template's field where it was published.
  const site = pageLines.site;
  const closing = credits.closingOutlet ?? null;
  const credited =
    credits.dispatched === true || (site !== null && closing !== null && !namesSite(closing, site));
  const sources: SourceEvidence[] = [];
  for (const found of credits.sources) {
    if (namesOwnSite(found.name)) {
      if (site !== null) sources.push({ name: site, strength: Strength.ownSite });
    } else if (credited && site !== null && found.strength > Strength.ownSite && namesSite(found.name, site))
      sources.push({ ...found, strength: Strength.ownSite });
    else sources.push(found);
  }
  credits.sources = sources;
  // With nothing else naming the source, the original link's site does (its agency, for a reporter's story).
  const linked =
    credits.originalUrl === null ? null : outletOfStoryUrl(credits.originalUrl, byReporter(credits));
  if (linked !== null) credits.sources.push({ name: linked, strength: Strength.domain });
  // A copy of a page on a portal's account platform (`baijiahao.baidu.com` → 百家号, a `…号`): the platform
  // carried the account's story, a hop (provenance reads a platform's name as one, never as the source).
  // A writing community's (知乎专栏, 简书) page is its writer's, and names no hop.
  const platform = credits.originalUrl === null ? null : platformOfUrl(credits.originalUrl);
  if (platform !== null && ACCOUNT_PLATFORM.test(platform))
    credits.sources.push({ name: platform, strength: Strength.domain });
  return { blocks: uncarded, credits };
}

/**
 * The names a read-it-later export's host line gives (`credits/export-frame.ts`): as on WeChat's line under a
 * headline, the writer, then the account that published the page (`每日智能 极市平台`); one name is the
 * account's.
 */
function readHostNames(names: readonly string[], credits: Credits): void {
  if (names.length === 0) return;
  const writer = names.length >= 2 ? names[0]! : null;
  const account = names.slice(writer === null ? 0 : 1).join(" ");
  if (writer !== null) credits.relayAuthor ??= writer;
  credits.account = account;
  credits.sources.push({ name: account, strength: Strength.channel });
}

/** How many lines a box of credits may hold under its caption. */
const CREDIT_BOX_LINES = 4;

/**
 * A box of credits under its caption, one field a line (`关于本文` / `作者：@Gloria` / `原文：http://blog…`), in
 * one block or a block a line: its fields are read (the original's address only where the file states none)
 * and it leaves the text. Returns the index after the box's last block, or `at` when no box opens there.
 */
function readCreditBox(
  blocks: readonly RawBlock[],
  at: number,
  credits: Credits,
  statedLink: string | null,
): number {
  // Only a caption opens a box: any other block is passed on its first line, not split and trimmed whole.
  const opening = blocks[at]!.block;
  if (opening.type !== "paragraph" || !CREDIT_BOX_CAPTION.test(firstNonBlankLine(opening.text))) return at;
  const lines: Array<{ text: string; raw: RawBlock }> = [];
  let end = at;
  for (; end < Math.min(blocks.length, at + CREDIT_BOX_LINES + 1); end++) {
    const raw = blocks[end]!;
    if (raw.block.type !== "paragraph") break;
    const texts = raw.block.text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    // The opening block's first line is its caption (tested above); every other line is a field.
    const isCaption = end === at;
    if (!texts.every((text, i) => (isCaption && i === 0) || CREDIT_BOX_FIELD.test(text))) break;
    lines.push(...texts.slice(isCaption ? 1 : 0).map((text) => ({ text, raw })));
  }
  if (lines.length === 0 || lines.length > CREDIT_BOX_LINES) return at;
  for (const { text, raw } of lines) {
    const [, label, value] = CREDIT_BOX_FIELD.exec(text)!;
    if (label === "作者") credits.author ??= value!.replace(/^@/u, "").trim();
    else if (label === "编辑") readEditor(credits, [value!.replace(/^@/u, "").trim()], "editor");
    else {
      const url = BARE_URL.exec(value!)?.[1] ?? raw.links.find((link) => /^https?:/iu.test(link.href))?.href;
      if (url !== undefined && statedLink === null) credits.originalUrl ??= url;
    }
  }
  return end;
}

/**
 * A box of labelled links, one a line, with no caption (`原文来自：https://…` / `本文地址：https://…` / `Linux
 * 命令大全：https://…` in a closing quote): where the story's original and this copy are, and the copying site's
 * promos beside them. At least one label says where the story is — a box of links alone is a list the
 * story may give. The original's address is read (only where the file states none) and the box leaves the
 * text. Returns the index after the box's last block, or `at` when no box opens there.
 */
function readLinkBox(
  blocks: readonly RawBlock[],
  at: number,
  credits: Credits,
  statedLink: string | null,
): number {
  const links: Array<{ label: string; url: string }> = [];
  let end = at;
  for (; end < blocks.length; end++) {
    const block = blocks[end]!.block;
    // The block's opening tested first: nearly every block fails there, before its lines are split.
    if ((block.type !== "paragraph" && block.type !== "quote") || !LINK_BOX_OPENING.test(block.text)) break;
    // A loop, not `.map(…).some(…)`: a list `map` made had another map once TurboFan inlined `map`, and readLinkBox's
    // optimized code met it and was thrown away in a parse pass.
    const lines = block.text.split("\n");
    const labelled: Array<{ label: string; url: string }> = [];
    for (const line of lines) {
      const match = LABELLED_LINK.exec(line.trim());
      if (match === null) break;
      labelled.push({ label: match[1]!, url: match[2]! });
    }
    if (links.length + lines.length > CREDIT_BOX_LINES || labelled.length < lines.length) break;
    links.push(...labelled);
  }
  if (links.length < 2 || !links.some((link) => STORY_LINK_LABEL.test(link.label))) return at;
  const original = links.find((link) => ORIGIN_LINE.test(link.label));
  if (original !== undefined && statedLink === null) credits.originalUrl ??= original.url;
  return end;
}

/**
 * A block's text without an address on its last line, and that address (a credit with its story's address under it).
 * The line starts where the block does, as one without an address: what the grammar reads at an offset in it (an
 * original title's run-on story) is at that offset in the block.
 */
function withoutAddressLine(text: string): { line: string; address: string | null } {
  const match = text.includes("\n") ? ADDRESS_LINE.exec(text) : null;
  return match === null
    ? { line: text, address: null }
    : { line: text.slice(0, match.index).trimEnd(), address: match[1]! };
}

/**
 * An account's follow prompt over the story (`关注 前端瓶子君，回复 “交流”`, as a repost opens on the account's
 * page): the account whose page it is, read as an account line's is (a hop when the story credits another
 * outlet); the prompt and a slogan under it leave. Returns the index after them, or `at`.
 */
function readFollowPrompt(blocks: readonly RawBlock[], at: number, credits: Credits): number {
  const block = blocks[at]!.block;
  if (at >= FOLLOW_PROMPT_HEAD || block.type !== "paragraph") return at;
  const account = followPromptAccount(block.text);
  if (account === null) return at;
  credits.account ??= account;
  credits.sources.push({ name: account, strength: Strength.channel });
  const next = blocks[at + 1]?.block;
  return next?.type === "paragraph" && PROMPT_SLOGAN.test(next.text.trim()) ? at + 2 : at + 1;
}

/**
 * Whether the block at `at` is an outlet's slogan (`OUTLET_SLOGAN`; a short line of plain text reads as a heading) with
 * the story's paragraph after it.
 */
function isOutletSlogan(blocks: readonly RawBlock[], at: number): boolean {
  const block = blocks[at]?.block;
  return (
    (block?.type === "paragraph" || block?.type === "heading") &&
    OUTLET_SLOGAN.test(block.text.trim()) &&
    blocks[at + 1]?.block.type === "paragraph"
  );
}
/** How many blocks a translation's box may take, its caption included. */
const TRANSLATION_BOX_LINES = 5;
/** How far into the body a translation's box may open: over the story, under a copy's notice and original title. */
const TRANSLATION_BOX_HEAD = 4;

/**
 * A translation's box of credits over the story, a field a block, maybe under its team's caption (`OSC 协作翻译`
 * / `编译自：<the original's title>` / `链接：<its address>` / `译者：Viyi, 边城, spache, Tony`): its translators are
 * read (the author when no writer is named, as a lone translator line's are), and the original's address where
 * the file states no page of its own (as `via:` under a translation); the box leaves the text whole. It needs
 * both what it translates and who did. Returns the index after the box, or `at` when none opens there.
 */
function readTranslationBox(
  blocks: readonly RawBlock[],
  at: number,
  credits: Credits,
  statedLink: string | null,
): number {
  // Asked first of the opening block as it stands: most blocks hold none of the words, and then neither
  // collapsing nor the credit grammar need to run on them.
  const opening = blocks[at]!.block;
  if (opening.type !== "paragraph" || !TRANSLATION_BOX_OPENING.test(opening.text)) return at;
  const textOf = (i: number) => {
    const block = blocks[i]?.block;
    return block?.type === "paragraph" ? collapseWhitespace(block.text) : null;
  };
  let end = TRANSLATION_CAPTION.test(textOf(at) ?? "") ? at + 1 : at;
  let translators: string[] | null = null;
  let translated = false;
  let url: string | null = null;
  for (; end < Math.min(blocks.length, at + TRANSLATION_BOX_LINES); end++) {
    const text = textOf(end);
    if (text === null) break;
    const from = TRANSLATED_FROM.exec(text);
    if (from !== null) {
      translated = true;
      url ??=
        BARE_URL.exec(from[1]!)?.[1] ??
        blocks[end]!.links.find((link) => /^https?:/iu.test(link.href))?.href ??
        null;
      continue;
    }
    const credit: CreditLine | null = translators === null ? readCreditLine(text) : null;
    if (credit?.kind !== "translator") break;
    translators = credit.names;
  }
  if (!translated || translators === null) return at;
  if (translators.length > 0) credits.translator ??= translators.join("、");
  if (url !== null && statedLink === null) credits.originalUrl ??= url;
  return end;
}

/** The first line of `text` that is not blank, trimmed (`""` when every line is). */
function firstNonBlankLine(text: string): string {
  for (let start = 0; ; ) {
    const end = text.indexOf("\n", start);
    const line = (end === -1 ? text.slice(start) : text.slice(start, end)).trim();
    if (line !== "" || end === -1) return line;
    start = end + 1;
  }
}

/** Credits only a box of credits over a story has: a translator's line, an account's signature or relay note. */
const BOX_CREDIT_KINDS = new Set<CreditLine["kind"]>(["translator", "wechat"]);

/**
 * A byline on a line of its own next to a credit that only a box of credits over a story has (`作者：A`
 * over `编译：B`; `A B 发自 X` over an account's signature `量子位 | 公众号 QbitAI`): the box leaves the
 * text whole, its names the author. A byline beside any other credit (`文 | A` over `编辑 | B`) stays,
 * as bylines do.
 */
function takeHeadBylines(
  blocks: readonly RawBlock[],
  lines: ReadonlyArray<CreditLine | null>,
  read: ReadonlySet<number>,
  kept: RawBlock[],
  credits: Credits,
): void {
  const isImage = (i: number) => blocks[i]?.block.type === "image";
  const neighbourRead = (i: number, step: 1 | -1) => {
    let j = i + step;
    while (isImage(j)) j += step;
    const kind = lines[j]?.kind;
    return read.has(j) && kind !== undefined && BOX_CREDIT_KINDS.has(kind);
  };
  for (let i = 0; i < Math.min(blocks.length, ACCOUNT_HEAD); i++) {
    const block = blocks[i]!.block;
    if (read.has(i) || isImage(i)) continue;
    if (block.type !== "paragraph" && block.type !== "heading") return;
    const text = block.text.trim();
    if (endsSentence(text)) return;
    const byline = text.length <= 60 ? readByline(text) : null;
    if (byline === null || byline.authors.length === 0 || !(neighbourRead(i, -1) || neighbourRead(i, 1)))
      continue;
    credits.author ??= byline.authors.join("、");
    kept.splice(kept.indexOf(blocks[i]!), 1);
  }
}

/**
 * A box of fields over the story that a credit line read there opens (`作者 | 致九`, then `发布 | 微信公众号：…`,
 * `日期 | 2024.02.28`, `提示 | 全文约 2000 字`): the box's other fields, each a short label, a bar or colon and a
 * value on a line of its own, leave the text with it. A block with any other line ends the box.
 */
function takeFieldBoxes(blocks: readonly RawBlock[], read: ReadonlySet<number>, kept: RawBlock[]): void {
  const isField = (raw: RawBlock) =>
    raw.block.type === "paragraph" && raw.block.text.split("\n").every((line) => BOX_FIELD.test(line.trim()));
  for (let i = 0; i < Math.min(blocks.length, ACCOUNT_HEAD); i++) {
    if (!read.has(i) || !isField(blocks[i]!)) continue;
    for (let j = i + 1; j < blocks.length && !read.has(j) && isField(blocks[j]!); j++) {
      const at = kept.indexOf(blocks[j]!);
      if (at >= 0) kept.splice(at, 1);
    }
  }
}

/** How many blocks into the body an account's repost credit and its cards may stand. */
const ACCOUNT_HEAD = 14;

/**
 * Above an account's repost credit (`以下文章来源于X`), a page that names no account in a dated line
 * names it alone (a WeChat archive's `迪哥讲事`): that account carried the story, a hop in `via`.
 */
function takeCarryingAccount(kept: RawBlock[], source: string, credits: Credits): void {
  if (credits.account || kept.length > ACCOUNT_HEAD) return;
  let at = kept.length - 1;
  while (at >= 0 && kept[at]!.block.type === "image") at--;
  const block = kept[at]?.block;
  if (block?.type !== "paragraph" || !ACCOUNT_NAME.test(block.text.trim())) return;
  const name = block.text.trim();
  if (sameOutlet(name, source)) return;
  kept.splice(at, 1);
  credits.account = name;
  credits.via.push(name);
}

/**
 * A name alone on the line under the story's byline (`作者 卖油翁` then `市值风云`), as a scraper copies a
 * page's header: the outlet or account the writer wrote for, the story's source. The byline stays.
 */
function readOutletUnderByline(raw: RawBlock, above: RawBlock, credits: Credits): boolean {
  const block = raw.block;
  const over = above.block;
  if (
    (block.type !== "paragraph" && block.type !== "heading") ||
    (over.type !== "paragraph" && over.type !== "heading")
  )
    return false;
  const name = block.text.trim();
  if (!LONE_OUTLET.test(name) || SECTION_WORD.test(name) || !(readByline(over.text)?.authors.length ?? 0))
    return false;
  credits.sources.push({ name, strength: Strength.dateline });
  return true;
}

/** The blocks without an account's taglines among the first `ACCOUNT_HEAD`. */
function withoutTaglines(blocks: RawBlock[]): RawBlock[] {
  const head = Math.min(blocks.length, ACCOUNT_HEAD);
  const isTagline = (raw: RawBlock) =>
    (raw.block.type === "paragraph" || raw.block.type === "quote") &&
    ACCOUNT_TAGLINE.test(raw.block.text.trim());
  let found = false;
  for (let i = 0; i < head && !found; i++) found = isTagline(blocks[i]!);
  return found ? blocks.filter((raw, i) => i >= head || !isTagline(raw)) : blocks;
}
/** A card's blurb under the account's name: one short paragraph. */
const CARD_BLURB_MAX = 200;

/**
 * An account's card near the top — its avatar, its name on a line of its own (`**安全无界** .`,
 * `macrozheng.`), one line of blurb — as WeChat sets it under a repost credit (the origin account's)
 * or under the account line (the carrying account's), and its name alone closing the page: not the story.
 * Only names the credits read as accounts make a card.
 */
function withoutAccountCards(blocks: RawBlock[], accounts: readonly string[]): RawBlock[] {
  if (accounts.length === 0) return blocks;
  const drop = new Set<number>();
  const text = (i: number) => collapseWhitespace(blockText(blocks[i]!.block));
  const isOpening = (i: number) =>
    blocks[i]!.block.type === "image" ||
    (blocks[i]!.block.type === "paragraph" && CARD_OPENING.test(text(i)));
  const isAccountName = (i: number) => {
    const type = blocks[i]!.block.type;
    if (type !== "paragraph" && type !== "heading") return false;
    const name = text(i)
      .replace(/\*\*/gu, "")
      .replace(/(?<!\s)\s*[.。]$/u, "")
      .trim();
    return accounts.some((account) => sameOutlet(account, name));
  };
  // The account's avatar and name closing the page (an exporter's copy of its foot): no more the story's.
  const last = blocks.length - 1;
  if (last > ACCOUNT_HEAD && isAccountName(last)) drop.add(last);
  for (let i = 0; i < Math.min(ACCOUNT_HEAD, blocks.length); i++) {
    if (!isAccountName(i)) continue;
    let start = i;
    while (start > 0 && !drop.has(start - 1) && isOpening(start - 1)) start--;
    let end = i + 1;
    const blurb = blocks[end]?.block;
    if ((blurb?.type === "paragraph" || blurb?.type === "quote") && text(end).length <= CARD_BLURB_MAX) end++;
    while (end < blocks.length && blocks[end]!.block.type === "paragraph" && CARD_CLOSING.test(text(end)))
      end++;
    for (let j = start; j < end; j++) drop.add(j);
    i = end - 1;
  }
  return drop.size === 0 ? blocks : blocks.filter((_, i) => !drop.has(i));
}

/**
 * Two credits a page set side by side and a copy ran into one line: an editor's credit, then the story's source in
 * brackets (网易财经's `<span>责任编辑：NF018</span>(本文来源：网易财经  作者：耿俊)`, the span floated right of the line).
 * Neither reads with the other glued on; split, each is a credit line of its own, read as such.
 */
function splitCreditPairs(blocks: readonly RawBlock[]): readonly RawBlock[] {
  let split: RawBlock[] | null = null;
  for (const [index, raw] of blocks.entries()) {
    const pair = raw.block.type === "paragraph" ? creditPair(raw.block.text.trim()) : null;
    if (pair !== null) {
      split ??= blocks.slice(0, index);
      split.push(
        { ...raw, block: { type: "paragraph", text: pair[0] } },
        { ...raw, block: { type: "paragraph", text: pair[1] }, links: [] },
      );
    } else split?.push(raw);
  }
  return split ?? blocks;
}

/**
 * An account's head box kept as one block, its lines broken inside it: 量子位's `<blockquote><p>克雷西 发自 凹非寺</p>
 * <p>量子位 | 公众号 QbitAI</p></blockquote>` on its own site, `<p>十三 发自 凹非寺<br/>量子位 报道 | 公众号 QbitAI</p>`
 * in a copy, `> 萧箫 发自 凹非寺` / `> 量子位 | 公众号 QbitAI` in a Markdown clip. Each line is a credit, the byline and
 * the account's signature; split, each is read as the box's lines are when they stand apart (`takeHeadBylines`).
 * A block any of whose lines is no such credit (prose, a quote that names a writer) stays whole.
 */
function splitAccountBoxes(blocks: readonly RawBlock[]): readonly RawBlock[] {
  let split: RawBlock[] | null = null;
  for (const [index, raw] of blocks.entries()) {
    const lines = index < ACCOUNT_HEAD ? accountBoxLines(raw.block) : null;
    if (lines !== null) {
      split ??= blocks.slice(0, index);
      for (const [at, text] of lines.entries())
        split.push({ ...raw, block: { type: "paragraph", text }, links: at === 0 ? raw.links : [] });
    } else split?.push(raw);
  }
  return split ?? blocks;
}

/** The lines of an account's head box held in one block (`splitAccountBoxes`); null for any other block. */
function accountBoxLines(block: Block): string[] | null {
  if ((block.type !== "paragraph" && block.type !== "quote") || !block.text.includes(ACCOUNT_SIGNATURE_WORD))
    return null;
  const lines = block.text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length < 2) return null;
  let signed = false;
  for (const line of lines) {
    const credit = readCreditLine(line);
    if (credit?.kind === "wechat" && !credit.carried) signed = true;
    else if (!(readByline(line)?.authors.length ?? 0)) return null;
  }
  return signed ? lines : null;
}

/** The editor's credit and the bracketed source credit a line runs together (`splitCreditPairs`); null for any other. */
function creditPair(text: string): [string, string] | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x29 && last !== 0xff09) return null;
  const bracket = CLOSING_BRACKET.exec(text);
  if (bracket === null || bracket.index === 0) return null;
  const head = text.slice(0, bracket.index).trim();
  if (readCreditLine(head)?.kind !== "editor" || readCreditLine(bracket[0])?.kind !== "source") return null;
  return readCreditLine(text) === null ? [head, bracket[0]] : null;
}

/**
 * A credit split over two blocks (`责任编辑：` then `尹世杰`) joined into one line, as it was written; so is the account
 * line the page's info lines gave (`accountLine`, `readInfoLines`) where the body repeats it as two blocks.
 */
function joinSplitCredits(blocks: readonly RawBlock[], accountLine: string | undefined): readonly RawBlock[] {
  const joined: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const label = blocks[i]!;
    const value = blocks[i + 1];
    const line =
      label.block.type === "paragraph" && value?.block.type === "paragraph"
        ? splitCreditLine(
            label.block.text.trim(),
            value.block.text.trim(),
            i < ACCOUNT_LINE_HEAD ? accountLine : undefined,
          )
        : null;
    if (line === null) joined.push(label);
    else {
      joined.push({
        ...label,
        block: { type: "paragraph", text: line },
        links: [...label.links, ...value!.links],
      });
      i++;
    }
  }
  return joined;
}

/**
 * The line two blocks make (`joinSplitCredits`), or null: a credit's label alone and a short value run together
 * (`责任编辑：` and `尹世杰` → `责任编辑：尹世杰`); the account's name and its time set off by a space, when that is the
 * account line the info bar gave (`accountLine`, which no label is: an account's name holds no colon).
 */
function splitCreditLine(label: string, value: string, accountLine: string | undefined): string | null {
  if (CREDIT_LABEL.test(label)) return value.length <= 40 ? label + value : null;
  const line = `${label} ${value}`;
  return line === accountLine ? line : null;
}

/** How many blocks into the body the info bar's account line, set there as two blocks, may start (`joinSplitCredits`). */
const ACCOUNT_LINE_HEAD = 3;

/**
 * An account line a self-media page sets as two lines of its info bar under the headline: the account's name, then its
 * time alone (凤凰新闻's 大风号 share page: `<p class="n-i-source">心理咨询师熊玲</p><p class="n-i-time">2018/03/05
 * 09:53</p>`). Joined, the line is read as the account line it is (`readAccountLine`: a dated time, a name held to an
 * account's); true when it was. A first line that is no account's name alone (`ACCOUNT_NAME`: the buttons `评论 电邮`
 * over FT中文网's stamp) or a second with anything beside the time is not one. Only the info bar is read so: in a body,
 * a writer's name over a date line is a byline (`KEITH BRADSHER` over a 纽约时报 mirror's date).
 */
function readSplitAccountLine(above: readonly string[], credits: Credits): boolean {
  // The bar opens with the account, as an account platform's page sets it (`readInfoLines`).
  const [name, time] = above;
  if (name === undefined || time === undefined || !ACCOUNT_NAME.test(name.trim())) return false;
  const stamp = readStampLine(time);
  if (stamp === null || stamp.rest !== "" || !/\d:\d/u.test(time)) return false;
  const line = `${name.trim()} ${time.trim()}`;
  if (!readAccountLine(line, credits, null)) return false;
  credits.accountLine = line;
  return true;
}

/**
 * The blocks rendered from a Markdown body's credit regions (`credits/regions.ts`): the head's run
 * from the first block, the foot's run up to the last. What their lines say is read (a stamp, credit
 * lines, where the story first appeared, its author and editor); then they go, with the archivist's
 * notes among them, which are not the story.
 */
function readRegions(
  blocks: readonly RawBlock[],
  regions: CreditRegions,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): readonly RawBlock[] {
  if (regions.head === null && regions.foot === null) return blocks;
  const isRegionText = (raw: RawBlock, region: string | null) =>
    (raw.block.type === "paragraph" || raw.block.type === "quote" || raw.block.type === "heading") &&
    inRegion(region, blockText(raw.block));
  let start = 0;
  while (start < blocks.length && isRegionText(blocks[start]!, regions.head)) start++;
  let end = blocks.length;
  while (end > start && isRegionText(blocks[end - 1]!, regions.foot)) end--;
  if (start === 0 && end === blocks.length) return blocks;
  for (const raw of [...blocks.slice(0, start), ...blocks.slice(end)])
    readRegionLine(raw, credits, settings, statedLink);
  return blocks.slice(start, end);
}

function readRegionLine(
  raw: RawBlock,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): void {
  // A closing quote of fields a line each (`> 作者: Mavelsate` / `> URL: https://…`, as a Hugo theme writes them under
  // a page's Markdown copy): read as a metadata list is.
  const lines = blockText(raw.block);
  if (lines.includes("\n") && readFieldItems(lines.split("\n"), credits, settings, statedLink)) return;
  const text = collapseWhitespace(lines);
  if (credits.stamp === null && readStamp(text, credits, settings, true)) return;
  const credit = readCreditLine(text, settings.creditSourceMaxLength);
  const written = credit === null ? null : creditText(raw, settings);
  if (written !== null) {
    const block = { text: written, credit, address: withoutAddressLine(written).address };
    if (readCreditBlock(raw, 0, block, credits, settings, new Set([0]), null)) return;
  }
  if (readOrigin(raw, text, credits)) return;
  if (readAuthorLine(raw, text, credits)) return;
  const noted = ROLE_WITH_NOTE.exec(text);
  if (noted) {
    if (/作者|文/u.test(noted[1]!)) credits.author ??= noted[2]!;
    else readEditor(credits, [noted[2]!], "editor");
    return;
  }
  const byline = readByline(text);
  if (byline) {
    if (byline.authors.length > 0) credits.author ??= byline.authors.join("、");
    if (byline.editors.length > 0) readEditor(credits, byline.editors, "editor");
    if (byline.outlet) credits.sources.push({ name: byline.outlet, strength: Strength.channel });
    return;
  }
  // `每日人物卫诗婕、张毓婧报道`: an outlet already read, the writers' names, 报道.
  for (const { name } of credits.sources) {
    if (!text.startsWith(name) || !text.endsWith("报道")) continue;
    const names = text.slice(name.length, -2).split(/[、，,\s]+/u);
    if (names.length > 0 && names.every((n) => PERSON_NAME.test(n) && !looksLikeOutlet(n))) {
      credits.author ??= names.join("、");
      return;
    }
  }
  // An archivist's note naming the story's reporter in passing: the region is about the story, not in it.
  const reporter = text.includes(REPORTER_WORD) ? REPORTER_IN_NOTE.exec(text) : null;
  if (reporter) credits.author ??= reporter[1]!;
}

/** A line saying where the story first appeared: its link, and the outlet when the line names one. */
function readOrigin(raw: RawBlock, text: string, credits: Credits): boolean {
  const match = ORIGIN_LINE.exec(text);
  if (!match) return false;
  const url = raw.links.find((link) => /^https?:/i.test(link.href))?.href;
  if (url) credits.originalUrl ??= url;
  const outlet = originOutlet(
    match[1]!,
    match[2]!,
    raw.links.map((link) => link.text.trim()),
  );
  if (outlet !== null) credits.sources.push({ name: canonicalOutlet(outlet), strength: Strength.channel });
  return url !== undefined || outlet !== null;
}

/**
 * The outlet an origin line names: in brackets (`出自「三联生活周刊」`), before a colon
 * (`好奇心日报：<title>`), before the linked title (`财新网 「title」`), or — after 出自, 来自 — the
 * first word. An account's kind (`微信订阅号`) and a newsroom's (`编辑组`) are not part of the name.
 */
function originOutlet(keyword: string, value: string, linkTexts: string[]): string | null {
  const v = value.replace(/^(?:微信)?(?:订阅号|公众号)\s*/u, "");
  const clean = (name: string) => {
    const outlet = name.replace(/(?<!\s)\s*(?:编辑组|编辑部)\s*[:：]?$/u, "").trim();
    return outlet.length >= 2 && outlet.length <= 16 ? outlet : null;
  };
  const bracketed = /^[「『“"]([^」』”"]{2,16})[」』”"]/u.exec(v);
  if (bracketed) return clean(bracketed[1]!);
  const title = linkTexts.find((t) => t !== "");
  const at = title === undefined ? -1 : v.indexOf(title);
  const colon = /^([^：:，,\s「]{2,16})\s*[：:]/u.exec(v);
  // Before a colon inside the linked title, only a name that reads as an outlet is one
  // (`[财新网:一女生实名指控…]`); a headline's own colon is not (`[北京驱逐：民间自救实录]`).
  if (colon && (at !== 0 || looksLikeOutlet(colon[1]!))) return clean(colon[1]!);
  if (at > 0) return clean(v.slice(0, at).replace(/[「『“"]$/u, ""));
  if (ORIGIN_NAMES_OUTLET.test(keyword)) {
    const word = /^([^，,。\s]{2,16})/u.exec(v);
    return word ? clean(word[1]!) : null;
  }
  return null;
}

/** An author line of a credit region; its names, and an outlet or account it names. */
function readAuthorLine(raw: RawBlock, text: string, credits: Credits): boolean {
  const match = AUTHOR_LINE.exec(text);
  if (!match) return false;
  const rest = match[1]!.trim();
  const byline = readByline(rest);
  if (byline && byline.authors.length > 0) {
    credits.author ??= byline.authors.join("、");
    if (byline.outlet) credits.sources.push({ name: byline.outlet, strength: Strength.dateline });
    return true;
  }
  const account = /发自(?:微信)?公众号\s*[“「『]?([^”」』\s]{2,16})/u.exec(rest);
  if (account) {
    credits.sources.push({ name: account[1]!, strength: Strength.channel });
    const url = raw.links.find((link) => /^https?:/i.test(link.href))?.href;
    if (url) credits.originalUrl ??= url;
  }
  const tokens = rest
    .split(/[，,。]/u)[0]!
    .trim()
    .split(/\s+/u);
  const names = tokens.filter((t) => PERSON_NAME.test(t) && !looksLikeOutlet(t));
  const outlets = tokens.filter((t) => !names.includes(t));
  if (names.length === 0 || !outlets.every((t) => looksLikeOutlet(t))) return account !== null;
  credits.author ??= names.join("、");
  for (const outlet of outlets)
    credits.sources.push({ name: canonicalOutlet(outlet), strength: Strength.channel });
  return true;
}

/**
 * The writer's sign-off closing the story: their name alone on a line (the name the file or a byline gives,
 * `KASATA` under `Happy Developing!`), maybe with their profile's links under it. Not the story.
 */
function withoutSignOff(
  blocks: RawBlock[],
  writers: ReadonlyArray<string | null>,
  credits: Credits,
): RawBlock[] {
  const introduced = selfIntroducedSignOff(blocks);
  if (introduced !== null) return blocks.slice(0, introduced);
  const names = new Set(writers.filter((name): name is string => name !== null).map((name) => name.trim()));
  const dated = datedSignOff(blocks, names);
  if (dated !== null) {
    credits.closingAuthor ??= dated.name;
    return blocks.slice(0, dated.start);
  }
  if (names.size === 0) return blocks;
  let end = blocks.length;
  while (end > 1 && isLinkLine(blocks[end - 1]!)) end--;
  const last = blocks[end - 1]?.block;
  if (end < 2 || (last?.type !== "paragraph" && last?.type !== "heading") || !names.has(last.text.trim()))
    return blocks;
  return blocks.slice(0, end - 1);
}

/**
 * Where a self-introduced sign-off (`SELF_INTRODUCED_SIGN_OFF`) closing the blocks starts, with the pictures under it (the
 * column's QR code); null when the blocks close otherwise.
 */
function selfIntroducedSignOff(blocks: readonly RawBlock[]): number | null {
  let end = blocks.length;
  while (end > 1 && blocks[end - 1]!.block.type === "image") end--;
  const last = blocks[end - 1]?.block;
  if (end < 2 || last?.type !== "paragraph" || !last.text.startsWith("一")) return null;
  return SELF_INTRODUCED_SIGN_OFF.test(last.text.trim()) ? end - 1 : null;
}

/**
 * A writer's dated sign-off closing a post, the name over the date (`刺猬偷腥` / `2018年10月18日`, as bloggers close
 * their notes): not the story; its name is the writer's. The name must be one the file gives, or, with none given,
 * read as a pen name and not as an organisation or an outlet (a notice's closing signature and date stay).
 */
function datedSignOff(
  blocks: readonly RawBlock[],
  writers: ReadonlySet<string>,
): { name: string; start: number } | null {
  const last = blocks.at(-1)?.block;
  const above = blocks.at(-2)?.block;
  if (blocks.length < 3 || last?.type !== "paragraph" || above?.type !== "paragraph") return null;
  if (!SIGN_OFF_DATE.test(last.text.trim())) return null;
  const name = above.text.trim();
  const known = writers.has(name);
  if (
    !known &&
    (writers.size > 0 || !PEN_NAME.test(name) || ORGANISATION_ENDING.test(name) || looksLikeOutlet(name))
  )
    return null;
  return { name, start: blocks.length - 2 };
}

/**
 * A staff credit run on after the last sentence without a bracket (`GLUED_EDITOR_CREDIT`), or after the source's credit
 * glued the same way, after the last sentence or the bracketed source credit that closes it (eastmoney's foot as a
 * spider joins it: `…突破。(文章来源:每日经济新闻)文章来源:每日经济新闻责任编辑:91`): the editor's credit, the source's (or
 * null), and where the mark before them stands. Most paragraphs hold no 责任编辑 or 责编: the second pattern is not tried.
 */
function gluedEditorCredit(text: string): { at: number; editor: string; source: string | null } | null {
  const alone = GLUED_EDITOR_CREDIT.exec(text);
  if (alone !== null) return { at: alone.index, editor: alone[1]!, source: null };
  const both = text.includes("责任编辑") || text.includes("责编") ? GLUED_SOURCE_AND_EDITOR.exec(text) : null;
  return both === null ? null : { at: both.index, editor: both[2]!, source: both[1]! };
}
/** @bounded: anchored at the end; the outlet at most 20 characters, the editor's credit at most 40. */
const GLUED_SOURCE_AND_EDITOR =
  /[。！？”)）]\s{0,2}((?:文章)?来源\s{0,2}[:：]\s{0,2}[^\s。！？()（）:：]{2,20}?)\s{0,2}((?:责任编辑|责编)\s{0,2}[:：][^。！？”\n]{1,40})$/u;

/**
 * The blocks, the last without an editor's credit in brackets run onto its prose (`…解决方案。(责任编辑：DF154)`: the
 * line eastmoney sets under a story, joined on by a spider that kept the body as one line): the credit is read as
 * the editor and leaves the text, as it does on a line of its own. Read once the credit lines and bare links are
 * (what closes the blocks then is the story), before anything at the story's end is cut: what it closes may be a
 * related-stories run (`cutRelatedRun`). A credit after no prose (`_(责任编辑:马欣)`, a link) is left as it stands;
 * one after the story's bracketed source credit is read, the source left to the story's end when it is run onto
 * the prose, read with it when the two make a line of their own.
 */
function readClosingEditor(blocks: RawBlock[], credits: Credits): RawBlock[] {
  const last = blocks[blocks.length - 1];
  if (last === undefined || last.block.type !== "paragraph") return blocks;
  // A wire's archive stamp may close the paragraph after the editor's credit (`（編輯：張銘坤）1100731`).
  let rest = withoutArchiveStamp(last.block.text);
  const names: EditorCredit[] = [];
  // A wire's translator closes a story it wrote from foreign reports the way its editor closes others, its archive stamp
  // after the credit (中央社's `…的股票。（編譯：張曉雯）1141101`): a staff line too, read and cut the same way. Without the
  // stamp a translator's closing note is the story's own (`…收3534.22点。（译者：张佑之）`, RFI's), and stays.
  const stamped = rest.length < last.block.text.length;
  const translators: string[] = [];
  // The same credit may close it twice (a page's line and the spider's copy): each is read and leaves. Only an editor's
  // or a translator's line: a bracketed staff line may name the story's writer too, which the story's end keeps.
  while (rest.endsWith(")") || rest.endsWith("）")) {
    const closing = CLOSING_BRACKET.exec(rest);
    const credit = closing === null || closing.index === 0 ? null : readCreditLine(closing[0]);
    if (credit?.kind === "translator" && stamped && credit.names.length > 0)
      translators.push(...credit.names);
    else if (credit?.kind === "editor") names.push(credit);
    else break;
    rest = rest.slice(0, closing!.index).trimEnd();
  }
  // A staff credit run on after the last sentence without a bracket (`…拭目以待。责任编辑：于建平 主编：赵云`, a roll
  // spider's text with the page's lines joined): read as the bracketed one is.
  const glued = names.length === 0 && translators.length === 0 ? gluedEditorCredit(rest) : null;
  const gluedCredit = glued && readCreditLine(glued.editor);
  const editor = editorCredited(gluedCredit);
  // Glued after the source's credit, an editor's credit naming no one a reader keeps (`责任编辑:91`, a number) is the
  // page's foot all the same, and leaves.
  const footOnly = editor === null && glued?.source != null && gluedCredit?.kind === "editor";
  if (editor || footOnly) {
    if (editor) names.push(editor);
    rest = rest.slice(0, glued!.at + 1);
    // The source's credit glued before it (eastmoney's `…(文章来源:每日经济新闻)文章来源:每日经济新闻责任编辑:91`) credits the
    // outlet as a trailing credit does.
    const glueSource = glued!.source === null ? null : readCreditLine(glued!.source);
    if (glueSource?.kind === "source")
      credits.sources.push({ name: glueSource.name, strength: Strength.trailing });
  }
  // The story's source may close it before the editor's credit (`…利好。（来源：中国证券报）(责任编辑：DF154)`): its
  // bracket stays where the story's end is read (`readStoryEnd`), and the prose is what comes before it.
  const read = names.length + translators.length > 0 || footOnly;
  const source = read ? CLOSING_BRACKET.exec(rest) : null;
  const sourceCredit = source === null ? null : readCreditLine(source[0]);
  const outlet = sourceCredit?.kind === "source" ? sourceCredit.name : null;
  // A line of the two credits alone, under the story: both are read and the line leaves.
  if (outlet !== null && source!.index === 0) {
    readClosingStaff(credits, names, translators);
    credits.sources.push({ name: outlet, strength: Strength.trailing });
    return blocks.slice(0, -1);
  }
  const prose = outlet !== null ? rest.slice(0, source!.index).trimEnd() : rest;
  // A copy of the credit with a full stop after it may be all that is left (`(责任编辑:马欣)。(责任编辑:马欣)`): the line is
  // the credit's alone, and leaves, as that copy would on its own line when the text is parsed again.
  const copy = read && outlet === null ? readCreditLine(withoutEndMark(prose).trim()) : null;
  if (copy?.kind === "editor") {
    readClosingStaff(credits, [...names, copy], translators);
    return blocks.slice(0, -1);
  }
  // A character or two of words left is no paragraph a story closes with (and alone, one the blocks drop).
  if (!read || prose.length < 2 || !PROSE_END.test(prose) || !HAS_WORDS.test(prose)) return blocks;
  readClosingStaff(credits, names, translators);
  // The stamp left with the editor's credit: the day it names is read here, as the story's end reads it otherwise.
  credits.archiveDay = archiveStampDay(last.block.text);
  return [...blocks.slice(0, -1), { ...last, block: { ...last.block, text: rest } }];
}
/**
 * The staff credits closing a story, read once `readClosingEditor` knows the line is theirs: each editor's credit in
 * the order read, the translators as one credit.
 */
function readClosingStaff(
  credits: Credits,
  names: readonly EditorCredit[],
  translators: readonly string[],
): void {
  for (const credit of names) readEditor(credits, credit.names, credit.role);
  if (translators.length > 0) credits.translator ??= translators.join("、");
}
/**
 * The blocks, the last without a copy script's trailer run on after its prose (`cutShareTrailer`: an HTML copy's
 * paragraph whose line breaks became spaces): its address is the original and the site its title names a closing
 * credit, as the trailer on a line of its own gives (`readCreditLine`). A paragraph that is the trailer alone leaves.
 */
function readClosingTrailer(blocks: RawBlock[], credits: Credits): RawBlock[] {
  const last = blocks[blocks.length - 1];
  if (last === undefined || last.block.type !== "paragraph") return blocks;
  const cut = cutShareTrailer(last.block.text);
  if (cut === null) return blocks;
  credits.originalUrl ??= cut.trailer.url;
  const site = cut.trailer.site === null ? "" : canonicalOutlet(cut.trailer.site);
  if (looksLikeOutlet(site)) credits.sources.push({ name: site, strength: Strength.trailing });
  if (cut.rest === "") return blocks.slice(0, -1);
  return [...blocks.slice(0, -1), { ...last, block: { ...last.block, text: cut.rest } }];
}

/** The marks a topic line ends with: a test before the pattern, which nearly every line fails. */
const TOPIC_MARKS = new Set([..."＞>》"].map((mark) => mark.charCodeAt(0)));

/**
 * A related-stories run closing the story: a topic line (`RELATED_TOPIC`), the headlines under it (short lines
 * that end no sentence), maybe more topics and their headlines, to the end. Not the story; a run that does not
 * reach the end, or a topic with no headline under it, is left.
 */
function cutRelatedRun(blocks: RawBlock[], settings: Readonly<ParseSettings>): RawBlock[] {
  const maxLength = settings.plainTitleMaxLength;
  // What each block at the end is to the run; a long paragraph (nearly every story's last) is neither, unread.
  const kind = (raw: RawBlock): "topic" | "headline" | null => {
    const block = raw.block;
    if ((block.type !== "paragraph" && block.type !== "heading") || block.text.length > 2 * maxLength)
      return null;
    const text = block.text.trim();
    if (TOPIC_MARKS.has(text.charCodeAt(text.length - 1)) && RELATED_TOPIC.test(text)) return "topic";
    return text.length <= maxLength && !endsSentence(text) ? "headline" : null;
  };
  const kinds: ("topic" | "headline")[] = [];
  for (let i = blocks.length - 1; i >= 0 && kinds.length < RELATED_SEARCH; i--) {
    const found = kind(blocks[i]!);
    if (found === null) break;
    kinds.unshift(found);
  }
  const first = kinds.indexOf("topic");
  return first >= 0 && kinds.length - first >= 2 && kinds[kinds.length - 1] === "headline"
    ? blocks.slice(0, blocks.length - kinds.length + first)
    : blocks;
}
/** How far from the end a related-stories heading may stand. */
const RELATED_SEARCH = 12;

/**
 * A related-stories section closing the story: its heading and the link lines under it go; a credit
 * line among them (`（编辑 A B）`) is read first.
 */
function cutRelatedSection(blocks: RawBlock[], credits: Credits): RawBlock[] {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - RELATED_SEARCH); i--) {
    const block = blocks[i]!.block;
    if ((block.type !== "paragraph" && block.type !== "heading") || !RELATED_HEADING.test(block.text))
      continue;
    const after = blocks.slice(i + 1);
    const lines = after.map((raw) => ({ raw, credit: creditOf(raw) }));
    if (
      !lines.every(({ raw, credit }) => credit !== null || raw.block.type === "image" || isLinkLine(raw)) &&
      !isPromoTail(blocks, i) &&
      !isHeadlineList(after)
    ) {
      // A heading over no list at all (`Related posts:` over a picture credit, a blog's empty widget) is the
      // page's, and goes alone; over words of a sentence it is the writer's label, and stays.
      const next = after[0];
      const empty =
        next !== undefined &&
        next.links.length === 0 &&
        (next.block.type === "paragraph" || next.block.type === "heading") &&
        !isProse(next.block.text);
      return empty ? [...blocks.slice(0, i), ...after] : blocks;
    }
    for (const { credit } of lines) {
      if (credit?.kind === "editor") readCreditedEditor(credits, credit);
    }
    return blocks.slice(0, i);
  }
  return blocks;
}

/**
 * Whether the lines under a related-stories heading are its headlines and nothing else (two or more), as a
 * portal's text copy keeps them once their links are gone (`相关报道：` over `武汉首发千万元购房消费券`…).
 */
function isHeadlineList(after: readonly RawBlock[]): boolean {
  return after.length >= 2 && after.every(isBareHeadline);
}

/**
 * Whether what follows the related-stories heading at `at` is an account's closing promos: its list of
 * links right under the heading, then less text than `ORNATE_TAIL_SHARE` of the story's (a group to join,
 * a paid service, a tutorial list; as after a closing follow prompt).
 */
function isPromoTail(blocks: readonly RawBlock[], at: number): boolean {
  const first = blocks.slice(at + 1).find((raw) => raw.block.type !== "image");
  if (first === undefined || !(isLinkLine(first) || isBareHeadline(first))) return false;
  const length = (from: number, to: number) =>
    blocks.slice(from, to).reduce((sum, raw) => sum + blockText(raw.block).length, 0);
  return length(at + 1, blocks.length) <= ORNATE_TAIL_SHARE * length(0, at);
}

/**
 * A box of related stories set inside the story (a floated table): one block of a heading and two or
 * more links, nothing else. Not the story.
 */
function cutRelatedBoxes(blocks: RawBlock[]): RawBlock[] {
  const box = (raw: RawBlock) => {
    const type = raw.block.type;
    if ((type !== "paragraph" && type !== "quote" && type !== "table") || raw.links.length < 2) return false;
    const text = collapseWhitespace(blockText(raw.block));
    const heading = RELATED_BOX_HEADING.exec(text);
    if (heading === null) return false;
    // A table nested in a table repeats its text: every copy of the heading and the links goes.
    let rest = text;
    for (const words of [heading[0], ...raw.links.map((link) => link.text)]) {
      const trimmed = words.trim();
      if (trimmed !== "") rest = rest.split(trimmed).join("");
    }
    return !/[\p{L}\p{N}]/u.test(rest);
  };
  return blocks.some(box) ? blocks.filter((raw) => !box(raw)) : blocks;
}

/** A related story on one line: `相关报道：[title](url)`, `相关新闻：社科院原副院长李扬：股市不是用来炒的`. */
const RELATED_LINE =
  /^(?:相关(?:报道|文章|阅读|新闻|链接)|延伸阅读|推荐阅读|往期回顾)\s*[:：]\s*(\S[^。！？!?]{1,80})$/u;
/** Whether a line opening with a character may be a `RELATED_LINE`: one its keywords open with, read from the pattern. */
const mayOpenRelatedLine = openingTest([RELATED_LINE]);
/**
 * Related-story lines above the story's first paragraph or below its last (images may stand among
 * them): a keyword, a colon and one title, linked or not, never a sentence. Below the story, a
 * paragraph that is one linked title and nothing else (`[新华网｜习近平：坚持依法治疆…](url)`) is one
 * too. Not the story.
 */
function cutRelatedLines(blocks: RawBlock[], settings: Readonly<ParseSettings>): RawBlock[] {
  const linkedTitle = (raw: RawBlock) => isLinkedTitle(raw, settings.relatedTitleMinLength);
  const related = (raw: RawBlock) =>
    // A short line of its own may have been typed a heading. Only a line opening with a keyword's character is
    // collapsed to be read.
    (raw.block.type === "paragraph" || raw.block.type === "heading") &&
    mayOpenRelatedLine(collapsedFirstCode(raw.block.text)) &&
    RELATED_LINE.test(collapseWhitespace(raw.block.text));
  const aside = (raw: RawBlock) => raw.block.type === "image" || related(raw);
  let start = 0;
  while (start < blocks.length && aside(blocks[start]!)) start++;
  let end = blocks.length;
  while (end > start && (aside(blocks[end - 1]!) || linkedTitle(blocks[end - 1]!))) end--;
  if (start === 0 && end === blocks.length) return blocks;
  return blocks.filter(
    (raw, i) => (i >= start && i < end) || !(related(raw) || (i >= end && linkedTitle(raw))),
  );
}

/** A paragraph that is one link to a web page, its text a title (no sentence end), and nothing else. */
function isLinkedTitle(raw: RawBlock, minLength: number): boolean {
  const block = raw.block;
  if (block.type !== "paragraph" || raw.links.length !== 1) return false;
  const link = raw.links[0]!;
  const text = block.text.trim();
  return (
    /^https?:/i.test(link.href) &&
    text === link.text.trim() &&
    // An address as its own text is a reference the story lists (under `参考链接`), no related story's headline.
    !/^https?:/i.test(text) &&
    [...text].length >= minLength &&
    !endsSentence(text)
  );
}

function creditOf(raw: RawBlock): CreditLine | null {
  const block = raw.block;
  return block.type === "paragraph" ? readCreditLine(block.text) : null;
}

/** A short line that is a link and punctuation around it (`[title](url)`, `《[title](url)》`, a linked heading). */
/**
 * A related story's headline a clipper kept without its link (`今日好文推荐` over `编程 Agent 可能是软件开发史上最昂贵的错误之一`):
 * one short line, no sentence end.
 */
function isBareHeadline(raw: RawBlock): boolean {
  const block = raw.block;
  return (
    (block.type === "paragraph" || block.type === "heading") &&
    block.text.length <= 60 &&
    !endsSentence(block.text)
  );
}

function isLinkLine(raw: RawBlock): boolean {
  const block = raw.block;
  // A related story embedded as a quote of its linked title counts as a link line too, and so does a
  // list of linked titles only (`• [title](url)` items).
  const text =
    block.type === "list"
      ? block.items.every((item) => item.length <= 120)
        ? block.items.join("\n")
        : null
      : block.type === "paragraph" || block.type === "quote" || block.type === "heading"
        ? block.text
        : null;
  if (text === null || raw.links.length === 0 || (block.type !== "list" && text.length > 120)) return false;
  let rest = text;
  for (const link of raw.links) rest = rest.replace(link.text, "");
  return !/[\p{L}\p{N}]/u.test(rest.replace(/\p{Script=Han}{0,4}\d{4}年\d{1,2}月\d{1,2}日/u, ""));
}

/**
 * Link lines after a paragraph that ends the story with an end mark (`…（完）` then `参看详情，请点选：
 * here`): not the story. The mark itself is cut with the story's end.
 */
function cutAfterEndMark(blocks: RawBlock[]): RawBlock[] {
  for (let i = blocks.length - 2; i >= Math.max(0, blocks.length - END_MARK_LINKS_MAX - 2); i--) {
    const block = blocks[i]!.block;
    if (block.type !== "paragraph" || !hasEndMark(block.text)) continue;
    // The wire may set its links under a line of their own that introduces them (路透's `浏览公告，点选链接：` over three
    // `here` links, each a paragraph): a short line ending with a colon, right under the mark, before links only.
    const first = blocks[i + 1]!.block;
    const leadIn =
      first.type === "paragraph" && first.text.length <= 30 && /[:：]$/u.test(first.text) ? 1 : 0;
    const after = blocks.slice(i + 1 + leadIn);
    const trailing =
      after.length > 0 &&
      after.every(
        (raw) => raw.block.type === "paragraph" && raw.links.length > 0 && raw.block.text.length <= 60,
      );
    return trailing ? blocks.slice(0, i + 1) : blocks;
  }
  return blocks;
}

/** How many link lines, besides a line introducing them, may follow a story's end mark and leave with it. */
const END_MARK_LINKS_MAX = 3;

/** How many blocks at either end of the body a note's list of its source's fields (`listedOriginal`) may stand in. */
const FIELD_LIST_EDGE = 3;

/**
 * The story's original address a note lists among its fields, in a list at the body's head or foot (a reading note's
 * `- 原文链接：https://…` over `- 作者/平台：IT之家` under its `## 来源` heading, or under its title beside `- 推荐理由：…`):
 * an item that is an original-link credit (`readCreditLine`). Only where the body's lists name one such address: a
 * digest whose items each list their own original has none of its own. The list stays in the text; null for none.
 */
function listedOriginal(blocks: readonly RawBlock[], settings: Readonly<ParseSettings>): string | null {
  let found: string | null = null;
  for (const [index, raw] of blocks.entries()) {
    if (raw.block.type !== "list") continue;
    for (const item of raw.block.items) {
      // Cheap first: a credit of an address holds one.
      if (item.length > settings.creditLineMaxLength || !item.includes("http")) continue;
      const credit = readCreditLine(item.replace(LIST_MARK, ""), settings.creditSourceMaxLength);
      const url = credit?.kind === "original-link" ? credit.url : null;
      if (url === null || !/^https?:/i.test(url) || url === found) continue;
      if (found !== null) return null;
      if (index >= FIELD_LIST_EDGE && index < blocks.length - FIELD_LIST_EDGE) return null;
      found = url;
    }
  }
  return found;
}

/** A Markdown list item's marker, where an item keeps it. */
const LIST_MARK = /^[-*+][ \t]+/;

/**
 * A list near the top whose every item is a known label and a value (a scraper's metadata, as a
 * docsify site writes it): read into fields and removed. Two known labels at least, or it is prose.
 */
function readMetadataList(
  raw: RawBlock,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): boolean {
  const block = raw.block;
  return block.type === "list" && readFieldItems(block.items, credits, settings, statedLink);
}

/**
 * Items that are each a known label and a value (`- 分类: 行业分析`, `作者: Mavelsate`, `URL: https://…`), two at
 * least, read into fields; false, and nothing read, when one of them is not.
 */
function readFieldItems(
  items: readonly string[],
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): boolean {
  if (items.length < 2) return false;
  const read: Array<[string, string]> = [];
  for (const item of items) {
    const match = METADATA_ITEM.exec(item);
    const kind = match ? fieldKind(match[1]!) : undefined;
    if (!match || kind === undefined) return false;
    read.push([kind, match[2]!]);
  }
  readFields(read, credits, settings, statedLink);
  return true;
}

/** How many blocks from the top a run of field lines may open at: under the headline, maybe under one line more. */
const FIELD_RUN_FROM = 3;

/**
 * A run of field lines opening the body, a block or a line each — nothing but known labels and their values
 * (`readLabelledFields`), no byline among them, two fields at least in all: a WeChat archiver's quote under the headline (`> 原文链接：https://…`
 * over `> 公众号：机器之心`, which the quote joins into one line), a bot's stamp lines over its digest
 * (`**生成时间**: 2026-02-06 00:21:48` over `**总新闻数**: 193 条`). Read into fields as a metadata list is; the
 * indexes of the blocks read, none when there is no such run.
 */
function readHeadFieldRun(
  blocks: readonly RawBlock[],
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): number[] {
  const fieldsOf = (raw: RawBlock | undefined) => {
    const block = raw?.block;
    if (block === undefined || (block.type !== "paragraph" && block.type !== "quote")) return null;
    const text = block.text.trim();
    const fields = readLabelledFields(text);
    if (fields === null || !text.startsWith(fields[0]!.label)) return null;
    // A byline's line (`撰写：Scott Horsley`) is the story's, and stays: the credits read its writer.
    return fields.some((field) => field.kind === "author" || field.kind === "editor") ? null : fields;
  };
  let start = 0;
  while (start < FIELD_RUN_FROM && fieldsOf(blocks[start]) === null) start++;
  const read: Array<[string, string]> = [];
  const indexes: number[] = [];
  for (let at = start; at < blocks.length; at++) {
    const fields = fieldsOf(blocks[at]);
    if (fields === null) break;
    for (const field of fields) read.push([field.kind, field.value]);
    indexes.push(at);
  }
  if (read.length < 2) return [];
  readFields(read, credits, settings, statedLink);
  return indexes;
}

/** Fields read from a metadata list or a run of field lines into the credits. */
function readFields(
  read: ReadonlyArray<readonly [string, string]>,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  statedLink: string | null,
): void {
  for (const [kind, value] of read) {
    const url = BARE_URL.exec(value)?.[1];
    if (kind === "date") credits.metadataDate ??= value;
    // A copy's list naming where the story came from (`来源：https://linux.cn/…` in a 知乎 post): the page the
    // file states it copies, when it states one, is the original of this copy.
    else if ((kind === "url" || kind === "source") && url) {
      if (statedLink === null) credits.originalUrl ??= url;
    } else if (kind === "source" && value.length <= settings.creditSourceMaxLength) {
      // As in a page's fields: a dash a CMS sets before the value is no part of it, and a dash alone
      // (`发布人：-`, an empty slot) names no one.
      const name = value.replace(LEADING_DASHES, "");
      if (name !== "")
        credits.sources.push({
          name: canonicalOutlet(withoutOutletNote(name)),
          strength: Strength.creditLine,
        });
    } else if (kind === "author") credits.author ??= value;
    else if (kind === "editor") credits.editor ??= value;
  }
}

/** A source field's value without the note after the outlet's name, when what is before the note reads as an outlet. */
function withoutOutletNote(value: string): string {
  const noted = value.endsWith("）") || value.endsWith(")") ? OUTLET_NOTE.exec(value) : null;
  return noted !== null && looksLikeOutlet(noted[1]!.trim()) ? noted[1]!.trim() : value;
}

/**
 * How many blocks from the top a lone labelled address is the link of the item an archive copied: right under
 * the headline (`**URL**: https://weibo.com/…`, `**原始链接**: [查看原文](…)` as an RSS-to-Markdown archive writes
 * its item's link), maybe after one line of its header.
 */
const HEAD_ADDRESS_BLOCKS = 2;
/** How far into such a paragraph its colon may stand: a label (`原文链接`, `URL`) and the blanks around it. */
const ADDRESS_LABEL_MAX = 12;

/**
 * A paragraph that is one address field and nothing else — a link label (`URL`, `链接`, `原文链接`, `原始链接`) and
 * an address, bare or as a link whose text is the whole value — at the top of the body: the copied item's link,
 * read as a metadata list's is (the original, unless the file states its own page), and removed. Deeper in a
 * story such a line may point anywhere (a tool's address in a how-to), and stays.
 */
function readHeadAddress(raw: RawBlock, credits: Credits, statedLink: string | null): boolean {
  const block = raw.block;
  if (block.type !== "paragraph") return false;
  // The label is read first, from the few characters before a colon: an opening paragraph seldom has one there, and
  // one that does (a lead's `编者按：…`) is read no further than its label.
  const text = block.text;
  let colon = -1;
  for (let i = 0; i < Math.min(text.length, ADDRESS_LABEL_MAX); i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) {
      colon = i;
      break;
    }
  }
  if (colon < 0 || fieldKind(text.slice(0, colon).trim()) !== "url") return false;
  const value = text.slice(colon + 1).trim();
  const linked = raw.links.length === 1 && raw.links[0]!.text.trim() === value ? raw.links[0]!.href : null;
  const url = BARE_URL.exec(value)?.[1] ?? linked;
  if (url === null || !/^https?:/i.test(url)) return false;
  if (statedLink === null) credits.originalUrl ??= url;
  return true;
}

/** The lines under a whole page's headline: a time stamp with credits, labelled fields, or credit lines. Never text. */
function readInfoLines(page: PageLines, credits: Credits, settings: Readonly<ParseSettings>): void {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  if (page.platform !== null) {
    // An account platform's page: the account named alone under the headline wrote the story.
    const account = page.above[0];
    if (account !== undefined && ACCOUNT_NAME.test(account))
      credits.sources.push({ name: account, strength: Strength.creditLine });
    credits.via.push(platformOutlet(page.platform) ?? page.platform);
  }
  // Each line's filed byline, read once: whether the bar holds one decides an outlet's field below, and a line left
  // as written needs it again at its end.
  const filedBylines = page.above.map(readFiledByline);
  const filedBar = filedBylines.some((name) => name !== null);
  for (let at = readSplitAccountLine(page.above, credits) ? 2 : 0; at < page.above.length; at++) {
    const written = page.above[at]!;
    // `更新于2分钟前 英国《金融时报》 白杰明 香港报道`: a time relative to the reading says no date; the credit after it is read.
    let line = RELATIVE_TIME_FIRST.test(written) ? written.replace(RELATIVE_TIME_FIRST, "") : written;
    if (credits.stamp === null && readStamp(line, credits, settings)) continue;
    // `本文来源于北京商报　2024-05-20 09:47:48`: the source first, then the stamp; both are read.
    const sourceFirst = SOURCE_BEFORE_STAMP.exec(line);
    if (
      sourceFirst !== null &&
      credits.stamp === null &&
      readStamp(line.slice(sourceFirst[0].length), credits, settings)
    )
      line = sourceFirst[1]!;
    // `葛冬瑾 05-08 12:30`: the writer, then the stamp; `王博 中国证券报·中证网 2020-12-01 18:59`: the outlet between.
    const writer = readWriterStamp(line, true);
    const outletAlone = writer !== null && writer.outlet === null && looksLikeOutlet(writer.name);
    if (writer !== null && !outletAlone && (writer.outlet === null || looksLikeOutlet(writer.outlet))) {
      if (writer.outlet !== null)
        credits.sources.push({ name: canonicalOutlet(writer.outlet), strength: Strength.creditLine });
      credits.author ??= writer.name;
      credits.stamp ??= writer.stamp;
      continue;
    }
    // `克雷西 2023-09-13 10:00:39 来源：量子位` (a WordPress theme's author link, date and time spans and source field,
    // 量子位's; a copy of its page as text: `衡宇 2025-11-30 13:18:27 来源：量子位`): the writer and the stamp, then the
    // source's field; each is read as it is alone.
    const fieldAt = credits.stamp === null ? line.search(FIELD_AFTER_STAMP) : -1;
    const fieldWriter = fieldAt > 0 ? readWriterStamp(line.slice(0, fieldAt)) : null;
    const stampFields = fieldWriter === null ? null : readLabelledFields(line.slice(fieldAt).trim());
    if (fieldWriter !== null && stampFields !== null) {
      credits.author ??= fieldWriter.name;
      credits.stamp ??= fieldWriter.stamp;
      readPageFields(stampFields, page.site, "under-headline", credits, settings);
      continue;
    }
    // `鉅亨網新聞中心 2024-09-30 15:10`: the outlet (or its newsroom, `canonicalOutlet`) before the stamp; both are read.
    const named = credits.stamp === null ? NAME_BEFORE_STAMP.exec(line) : null;
    const outlet = named === null ? "" : canonicalOutlet(named[1]!);
    if (looksLikeOutlet(outlet) && readStamp(line.slice(named![0].length), credits, settings)) {
      credits.sources.push({ name: outlet, strength: Strength.creditLine });
      continue;
    }
    const fields = readLabelledFields(line);
    if (fields !== null) {
      readPageFields(fields, page.site, "under-headline", credits, settings);
      continue;
    }
    // A blog's category and day (`其它内容 十一月 6th, 2009`): the day the post went up.
    const day = dayClosingLine(line);
    if (day !== null) {
      // Written as the day alone: it yields to a place that states the same day with its time (the head's stamp).
      credits.metadataDate ??= dateFromParts(day.year, day.month, day.day)?.slice(0, 10) ?? null;
      continue;
    }
    const credit = readCreditLine(line, settings.creditSourceMaxLength);
    if (credit?.kind === "source")
      credits.sources.push({ name: canonicalOutlet(credit.name), strength: Strength.creditLine });
    else if (credit?.kind === "editor") readCreditedEditor(credits, credit);
    else {
      const byline = readByline(line);
      const filed =
        byline !== null ? null : line === written ? (filedBylines[at] ?? null) : readFiledByline(line);
      if (byline) {
        credits.author ??= byline.authors.join("、");
        // `大江城市生活周刊 记者 金微` under the headline: the paper whose reporter wrote the story is its source. A
        // columnist's line (`英国《金融时报》 吉迪恩•拉赫曼` over FT中文网's copy) names a writer, not who ran the story.
        if (byline.outlet !== null && line.includes("记者") && looksLikeOutlet(byline.outlet))
          credits.sources.push({ name: canonicalOutlet(byline.outlet), strength: Strength.creditLine });
      } else if (filed !== null) credits.author ??= filed;
      // A field of the info bar that is an outlet's name and nothing else, beside the writer's filed byline (`2014-04-05
      // 01:28 · 中國時報 · 劉屏／華盛頓4日電`): the paper the site carries the story from. Without a byline beside it, an
      // outlet's name over the story may be a mirror's note of where it copied from (`日本経済新聞 · 原文 #日本経済新聞…`).
      else if (filedBar && isOutletField(line))
        credits.sources.push({ name: canonicalOutlet(line), strength: Strength.creditLine });
    }
  }
}
const isOutletField = (line: string) => OUTLET_FIELD.test(line) && looksLikeOutlet(line);

/**
 * The labelled lines right after a whole page's story (`发布日期：2019-03-06 责任编辑：龙慧`, a copyright
 * box's `来源：当代商报 时间：…`): read after the story's own credits, so each only fills what the
 * story did not say, its source as weak as a trailing credit.
 */
function readTrailerLines(page: PageLines, credits: Credits, settings: Readonly<ParseSettings>): void {
  for (const line of page.after) {
    const fields = readLabelledFields(line);
    if (fields !== null) readPageFields(fields, page.site, "after-story", credits, settings);
  }
}

/** The most lines of fields a header box over the story holds (source, original link, dates, author). */
const FIELD_HEADER_LINES = 4;
/** The fields one line of a header box must hold when it is the box's only line. */
const FIELD_HEADER_ONE_LINE = 3;
/** Longest caption over a header box, in characters: a short note, no sentence (`推送自和讯保险的「行业」频道`). */
const FIELD_HEADER_CAPTION_MAX = 24;

/**
 * The blocks without a header box a feed job or a scraper writes over the story it passes on (`来源：中国网财经 |
 * 原文链接`, `发布时间：2026-06-08 09:23:01 | 推送时间：2026-06-08 13:00:35（定时）`, maybe under a short caption such as
 * `推送自和讯保险的「行业」频道`): two or more lines of labelled fields opening the body that say when and from where
 * — a date field and a source or a link field among them — read as a page's lines under its headline are, the
 * link field's address the original's. None of it is the story.
 */
function withoutFieldHeader(
  blocks: readonly RawBlock[],
  credits: Credits,
  settings: Readonly<ParseSettings>,
): readonly RawBlock[] {
  const lineOf = (raw: RawBlock | undefined) =>
    raw === undefined || (raw.block.type !== "paragraph" && raw.block.type !== "heading")
      ? null
      : raw.block.text;
  const opening = lineOf(blocks[0]);
  if (opening === null) return blocks;
  // Over the fields: a box's short caption, or the story's headline as a heading (`<h1>家具协会为达芬奇开脱：出口
  // 再进口合法就行</h1>`, a colon in it or not).
  const caption =
    blocks[0]!.block.type === "heading" ||
    (!longerThan(opening, FIELD_HEADER_CAPTION_MAX) && !/[:：]/u.test(opening) && !endsSentence(opening))
      ? 1
      : 0;
  // A block may set its fields a line each (a clipper's metadata block, soft line breaks between its lines).
  const read: Array<{ raw: RawBlock; fields: LabelledField[] }> = [];
  let end = caption;
  for (; end < Math.min(blocks.length - 1, caption + FIELD_HEADER_LINES); end++) {
    const text = lineOf(blocks[end]);
    const breakAt = text?.indexOf("\n") ?? -1;
    // The first line read first: a block that opens with no field (nearly every story's first) is not split.
    const first = text === null ? null : readLabelledFields(breakAt < 0 ? text : text.slice(0, breakAt));
    const fields =
      first === null ? [null] : breakAt < 0 ? [first] : text!.split("\n").map(readLabelledFields);
    if (fields.some((line) => line === null)) break;
    for (const line of fields) read.push({ raw: blocks[end]!, fields: line! });
  }
  // Two lines of fields at least, or one line of three (a clipper's block whose line breaks were soft).
  const fieldCount = read.reduce((sum, line) => sum + line.fields.length, 0);
  if (read.length > FIELD_HEADER_LINES || (read.length < 2 && fieldCount < FIELD_HEADER_ONE_LINE))
    return blocks;
  const kinds = new Set(read.flatMap((line) => line.fields.map((field) => field.kind)));
  // When: the story's date, or the day a clipper filed it (`收集时间`).
  const dated = kinds.has("date") || kinds.has("collected");
  if (!dated || !(kinds.has("source") || kinds.has("url"))) return blocks;
  for (const { raw, fields } of read) {
    readPageFields(fields, null, "under-headline", credits, settings);
    const link = raw.links.find((l) => isLinkField(l.text) && /^https?:/iu.test(l.href));
    if (link !== undefined) credits.originalUrl ??= link.href;
  }
  // A heading below the top level written as one over the fields is an item's headline under the document's own (a
  // digest's `### 长三角…` under its `## 时政新闻`), not the box's: it stays for the title stage, the title where the
  // document is that one item, else the item's heading in the text. A top-level heading over them is the page's
  // headline, read with the box as its header (the title stated again, or the title's place); a bold line set as a
  // heading may be the box's caption.
  const first = blocks[0]!;
  const headline =
    caption === 1 && first.block.type === "heading" && first.block.level > 1 && !first.boldLineHeading;
  return headline ? [blocks[0]!, ...blocks.slice(end)] : blocks.slice(end);
}

/**
 * The blocks without a newsroom's credit block opening them (`中央社 記者吳家豪台北24日電`, `經濟日報 新聞部新媒體中心`:
 * `readNewsroomCredit`), its outlet read as a credit line's, its reporter as the author. A line of its own, no sentence
 * of the story.
 */
function withoutCreditBlock(blocks: readonly RawBlock[], credits: Credits): readonly RawBlock[] {
  const first = blocks[0]?.block;
  if (first === undefined || (first.type !== "paragraph" && first.type !== "heading")) return blocks;
  const block = readNewsroomCredit(first.text);
  if (block === null) return blocks;
  credits.sources.push({ name: block.outlet, strength: Strength.creditLine });
  if (block.author !== null) credits.author ??= block.author;
  return blocks.slice(1);
}

/**
 * The blocks without the staff block closing them: two or more lines of one role each (`STAFF_BLOCK_LINE`), one of
 * them the writer's, as a school's or a society's news post credits its people (`文：新闻部干事 428 毛志琪` / `图：…` /
 * `审：新闻部部长 蒋乐佳 / 团委书记 陈艳老师`; `文字：A` / `摄影：B` / `审核：C` closing a university's news). The writer's
 * names are the author, each the last word of its part — a post and a class number may stand before it (`新闻部干事
 * 428`). The block is the post's credits, no text of the story.
 */
function withoutStaffBlock(blocks: readonly RawBlock[], credits: Credits): readonly RawBlock[] {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  let start = blocks.length;
  // Every line of the block has a role's colon: a block without one is tried no further.
  const staffLine = (block: Block) => {
    const line = staffLineOf(block);
    return (line.includes("：") || line.includes(":")) && STAFF_BLOCK_LINE.test(line);
  };
  while (start > 0 && staffLine(blocks[start - 1]!.block)) start--;
  if (blocks.length - start < 2) return blocks;
  let authors: string[] | null = null;
  for (const raw of blocks.slice(start)) {
    const [, role, value] = STAFF_BLOCK_LINE.exec(staffLineOf(raw.block))!;
    if (role !== "文" && role !== "文字" && role !== "撰稿") continue;
    // Each name as a byline of its own would give it: a person's, not a desk's or a word of the post.
    const names = value!.split(/[/／、，,]/u).map((part) => part.trim().split(/\s+/u).at(-1)!);
    if (!names.every((name) => readByline(`文：${name}`)?.authors.join() === name)) return blocks;
    authors = names;
  }
  if (authors === null) return blocks;
  credits.author ??= authors.join("、");
  return blocks.slice(0, start);
}

/**
 * A block's line as a staff block holds it: a paragraph's text, or the caption the captions stage made of a picture
 * credit standing alone (`图：…` after a gallery: a caption with no picture); "" for any other block.
 */
function staffLineOf(block: Block): string {
  if (block.type === "paragraph") return block.text.trim();
  return block.type === "image" && block.src === null ? (block.caption ?? "").trim() : "";
}

/**
 * A page's labelled fields into the credits: its date, source (the site itself for `本站原创`), author
 * and editor. Under the headline they weigh as the story's credit lines; after the story they only
 * fill what nothing else said.
 */
function readPageFields(
  fields: readonly LabelledField[],
  site: string | null,
  where: "under-headline" | "after-story",
  credits: Credits,
  settings: Readonly<ParseSettings>,
): void {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  const strength = where === "under-headline" ? Strength.creditLine : Strength.trailing;
  for (const { kind, value } of fields) {
    if (kind === "date") {
      if (/\d{4}/.test(value)) credits.metadataDate ??= value;
      else credits.stamp ??= readStampLine(value);
    } else if (kind === "source") {
      // The field reads as the grammar reads a `来源：` line, which knows what names no outlet; a dash a
      // CMS sets before the value (`发布人：-英大网`) is no part of it, and a dash alone names no one.
      // What a source box sets after the name unlabelled (`来源：新浪科技 酷勤网收集 2009-11-01`): the day, and the
      // site that collected the story, a hop it travelled by.
      const { name: named, collector, day } = sourceFieldParts(value.replace(LEADING_DASHES, ""));
      // An address for the source (`来源：https://…`, a translation's credit box) is the original's, as on a `来源：` line.
      const address = BARE_URL.exec(named)?.[1];
      if (address !== undefined) {
        credits.originalUrl ??= address;
        continue;
      }
      if (day !== null) credits.metadataDate ??= day;
      if (collector !== null) credits.via.push(canonicalOutlet(collector));
      if (named === "") continue;
      const credit = namesOwnSite(named)
        ? null
        : readCreditLine(`来源：${named}`, settings.creditSourceMaxLength);
      const name = namesOwnSite(named)
        ? site
        : credit?.kind === "source"
          ? reportingOutlet(credit.name)
          : null;
      if (name !== null) credits.sources.push({ name: canonicalOutlet(name), strength });
    } else if (kind === "author") {
      // Several writers as a byline sets them (`作者:董博婷 王秋韵 周晔`): the byline's names. A name the byline reads
      // is the writer at any length (a translation's `作者：Rusty Russell`); an unread value only when it is short.
      // A template that sets the writer in brackets (`作者：[李燕华]`): the name inside them.
      const writer = BRACKETED_WRITER.exec(value)?.[1]?.trim() ?? value;
      const named = readByline(`作者：${writer}`)?.authors.join("、");
      if (named || writer.length <= 12) credits.author ??= named || writer;
    } else if (kind === "editor" && (where === "under-headline" || credits.editor === null))
      readEditor(credits, [value], "editor");
  }
}

/**
 * A source field's value as its name, and the collector and the day set after it (`TRAILING_COLLECTOR`, and a time
 * stamp as the credit grammar cuts it off a source line's name: `… 2009-11-01 08:30`).
 */
function sourceFieldParts(value: string): { name: string; collector: string | null; day: string | null } {
  // The collector is found after a white space (a lookbehind: a run of spaces costs one pass), then the space trimmed.
  const { name: rest, stamp } = withoutStamp(value);
  const collector = TRAILING_COLLECTOR.exec(rest);
  return {
    name: collector === null ? rest : rest.slice(0, collector.index).trimEnd(),
    collector: collector?.[1] ?? null,
    day: stamp ?? null,
  };
}

/**
 * The outlet of a credit that says the outlet reports (`网易科技报道`: 网易科技), read as the dateline
 * grammar reads the words before a story (`环球网报道：`); a name that ends so itself (`21世纪经济报道`) stays.
 */
function reportingOutlet(name: string): string {
  return readDateline(`${name}：`)?.outlet ?? name;
}

/**
 * The outlet a feed's or a record's stated source names when it says the outlet reports (a 163.com crawl's
 * `"source": "网易科技报道"`: 网易科技), as `reportingOutlet` reads a source field; any other name as it is. The
 * grammar runs only on a name that ends with the word.
 */
export function statedReportingOutlet(name: string): string {
  return name.endsWith("报道") ? reportingOutlet(name) : name;
}

/**
 * The blocks whose `来源：` line names the story's source: all of them when they name one outlet,
 * none when they name several (each item of a digest crediting its own).
 */
function sourceLineIndexes(credits: ReadonlyArray<CreditLine | null>): Set<number> {
  const lines: Array<{ index: number; name: string }> = [];
  for (const [index, credit] of credits.entries()) {
    if (credit?.kind === "source") lines.push({ index, name: credit.name });
  }
  const distinct = lines.filter(
    (line, i) => lines.findIndex((other) => sameOutlet(other.name, line.name)) === i,
  );
  return new Set(distinct.length <= 1 ? lines.map((line) => line.index) : []);
}

/** The CJK stroke 丨 (U+4E28), no word of any text, which WeChat accounts set as a bar (`作者丨A`, `来源丨B`). */
const CJK_BAR = "\u4e28";

/** The text of a block that may be a credit line (a CJK stroke read as the bar it stands for), or null. */
function creditText(raw: RawBlock, settings: Readonly<ParseSettings>): string | null {
  const block = raw.block;
  if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") return null;
  if (block.text.length > settings.creditLineMaxLength) return null;
  return block.text.includes(CJK_BAR) ? block.text.replaceAll(CJK_BAR, "｜") : block.text;
}

/** A block that may be a credit line: its text, what the grammar reads in it, and an address on its last line. */
interface CreditRead {
  text: string;
  /** The credit the text says without the address under it (a credit with its story's address). */
  credit: CreditLine | null;
  address: string | null;
}

/** The block read as a credit line, or null when it cannot be one (`creditText`). */
function creditRead(raw: RawBlock, settings: Readonly<ParseSettings>): CreditRead | null {
  const text = creditText(raw, settings);
  if (text === null) return runOnOriginalTitle(raw, settings);
  const { line, address } = withoutAddressLine(text);
  return { text, credit: readCreditLine(line, settings.creditSourceMaxLength), address };
}

/** A paragraph too long for a credit line that opens with an original title note run into the story (`readRunOnOriginalTitle`). */
function runOnOriginalTitle(raw: RawBlock, settings: Readonly<ParseSettings>): CreditRead | null {
  if (raw.block.type !== "paragraph") return null;
  const head = raw.block.text.slice(0, settings.creditLineMaxLength);
  const note = readRunOnOriginalTitle(head);
  return note && { text: head, credit: note, address: null };
}

/**
 * Whether the body is a digest whose items each close with their original's link (`> 原文：https://…` under every
 * item of a day's transcripts): original-link lines to more than one address. None of them is the Article's
 * original, each is its item's: read as the items' links, never into `originalUrl`.
 */
function digestItemLinks(blocks: readonly RawBlock[], lines: readonly (CreditLine | null)[]): boolean {
  const addresses = new Set<string | undefined>();
  lines.forEach((line, index) => {
    if (line?.kind === "original-link" && !line.translated)
      addresses.add(line.url ?? blocks[index]!.links[0]?.href);
  });
  addresses.delete(undefined);
  return addresses.size > 1;
}

/** Reads a block that is a credit line (`creditRead`); true when the block is consumed. */
function readCreditBlock(
  raw: RawBlock,
  index: number,
  { text, credit, address }: CreditRead,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  sourceLines: Set<number>,
  statedLink: string | null,
  statedAuthor: string | null = null,
): boolean {
  if (isNavigation(raw)) {
    for (const link of raw.links) {
      const outlet = /^返回(.+?)(?:新闻|首页|列表|频道)?$/.exec(link.text)?.[1];
      // A back link to a page of the site (`返回列表页`, `返回顶部`) names no channel.
      if (outlet && !SITE_PAGE.test(outlet))
        credits.sources.push({ name: outlet, strength: Strength.footer });
    }
    return true;
  }
  const bare = BARE_URL.exec(text);
  if (bare) {
    // A bare address is a share link, the story's original, only where no other is stated outside
    // the body (or it is that one): else it is the story's own (a tool's page under `插件地址:`).
    const url = bare[1]!;
    // A template's placeholder (`https://example.com/…`) is no original (`isPlaceholderLink`): not read, so it stays.
    if (isPlaceholderLink(url)) return false;
    if (credits.originalUrl === null && (statedLink === null || statedLink === url)) {
      credits.originalUrl = url;
      credits.bareUrl = true;
    }
    return credits.originalUrl === url;
  }
  const hops = credits.via.length;
  if (index < 4 && credits.stamp === null && readStamp(text, credits, settings)) {
    // The stamp line's own repost credit, if it had one, is the hop it added.
    readRepostLink(raw, credits, credits.via.length > hops ? credits.via.at(-1)! : null);
    return true;
  }
  // The account line the page's info lines gave (`readInfoLines`), set in the body too: read there already.
  if (index < 4 && credits.accountLine !== undefined && text === credits.accountLine) return true;
  if (index < 4 && credits.stamp === null && readAccountLine(text, credits, statedAuthor)) return true;
  // `原创 江右` under a WeChat article's headline, no time after it (a scraper kept the page's text): the writer.
  const original = index < 4 ? ORIGINAL_MARK.exec(text) : null;
  if (original !== null) {
    credits.relayAuthor ??= original[1]!;
    return true;
  }
  // `2014年9月24日` alone under the headline (a page's `<time>` line): its date, not the story's text.
  const day = index < 4 ? DAY_LINE.exec(halfWidthDigits(text)) : null;
  if (day) {
    credits.datelineDate ??= dayOfLine(day);
    return true;
  }
  // `2026 年 1 月 22 日｜来源：证券市场周刊` under a digest's heading: the day, then the story's credit.
  if (index < 4 && readDayAndCredit(text, credits, settings)) return true;
  // `喜马拉雅-华盛顿DC农场 轉載自GNews` under the title: the posting name, then where the story came from.
  const named = index < 4 && credit === null ? readNameAndCredit(text) : null;
  if (named !== null) {
    credits.author ??= named.name;
    const outlet = canonicalOutlet(named.credit.name);
    if (named.credit.kind === "repost") {
      credits.via.push(outlet);
      readRepostLink(raw, credits, outlet);
    } else credits.sources.push({ name: outlet, strength: Strength.creditLine });
    return true;
  }
  const bracketed = BRACKETED_OUTLET.exec(text);
  if (bracketed && looksLikeOutlet(bracketed[1]!)) {
    credits.sources.push({ name: canonicalOutlet(bracketed[1]!), strength: Strength.creditLine });
    return true;
  }
  if (credit === null && text.startsWith("《") && readPaperStaff(text, credits)) return true;
  // A generator's run header over its board (`🕒 自动巡检时间：2026-09-15 09:34:00 (北京时间)` over `🔍 已自动去重…`): the run's time.
  const run = index < 4 && raw.block.type === "quote" && credit === null ? runHeaderStamp(text) : null;
  if (run !== null) {
    credits.metadataDate ??= run;
    return true;
  }
  if (credit === null) {
    // `报告发布时间：2022年9月6日` on a paragraph of its own: a dated line of labelled fields says when and
    // from where, never the story; it is read as lines after a story are (filling only what is unsaid).
    const fields = datedFields(text);
    if (fields !== null) {
      readPageFields(fields, null, "after-story", credits, settings);
      return true;
    }
    // `公众号：尤而小屋 作者：Peter 编辑：Peter` over the story: credit fields, read as a page's info lines are.
    const credited = index < 4 ? creditFields(text) : null;
    if (credited === null) return false;
    readPageFields(credited, null, "under-headline", credits, settings);
    return true;
  }
  switch (credit.kind) {
    case "original-link": {
      const named =
        credit.linkText === undefined
          ? undefined
          : raw.links.find((link) => link.text.trim() === credit.linkText);
      const url = credit.url ?? named?.href ?? (raw.links.length === 1 ? raw.links[0]!.href : null);
      if (url === null || !/^https?:/i.test(url))
        return raw.links.length === 1 && /^(?:阅读原文|查看原文)/.test(text);
      // A translation's `via:` names the story it translates: the file's own page, when it states one, is
      // the original of this copy.
      if (credit.translated && statedLink !== null) return true;
      credits.originalUrl ??= url;
      // A copy script's trailer names the page's site after its headline: the story's outlet, as a closing credit does.
      const site = credit.site === undefined ? "" : canonicalOutlet(credit.site);
      if (looksLikeOutlet(site)) credits.sources.push({ name: site, strength: Strength.trailing });
      return true;
    }
    case "editor":
      readCreditedEditor(credits, credit);
      return true;
    case "staff":
      // `来源：[豆瓣](https://www.douban.com/group/topic/…)`: a name that links to the story's page
      // is the site it was posted on, not a columnist.
      if (/^(?:来源|出处)/u.test(text) && linksTo(raw, credit.authors[0])) {
        credits.originalUrl ??= raw.links[0]!.href;
        credits.sources.push({ name: credit.authors[0]!, strength: Strength.creditLine });
        return true;
      }
      if (credit.authors.length > 0) credits.author ??= credit.authors.join("、");
      readCreditedEditor(credits, credit);
      if (credit.translators) credits.translator ??= credit.translators.join("、");
      return true;
    case "repost":
      credits.via.push(canonicalOutlet(credit.name));
      readRepostLink(raw, credits, canonicalOutlet(credit.name));
      return true;
    case "wechat":
      credits.sources.push({ name: credit.name, strength: Strength.creditLine });
      // Several writers as a byline sets them (`作者：金磊 梦晨`): the byline's names.
      if (credit.author)
        credits.relayAuthor ??= readByline(`作者：${credit.author}`)?.authors.join("、") || credit.author;
      if (credit.relay) credits.via.push(credit.relay);
      // An account's repost (`以下文章来源于X`): the account whose page it is carried it.
      else if (credit.carried && credits.account && !sameOutlet(credits.account, credit.name))
        credits.via.push(credits.account);
      else if (!credit.carried) credits.relayedUnnamed = true;
      return true;
    case "authorised":
      credits.sources.push({ name: credit.owner, strength: Strength.creditLine });
      credits.via.push(credit.relay);
      return true;
    case "original-title":
      credits.originalTitle ??= credit.title;
      return true;
    case "translator":
      // A translator's note naming no one (`本人翻译者系…工程师`) is the translation's credit all the same.
      if (credit.names.length > 0) credits.translator ??= credit.names.join("、");
      return true;
    case "copyright":
      credits.sources.push({ name: credit.owner, strength: Strength.footer });
      return true;
    case "source":
      if (!sourceLines.has(index) || IMAGE_CREDIT.test(text)) return false;
      credits.sources.push({ name: canonicalOutlet(credit.name), strength: Strength.creditLine });
      if (credit.author) credits.author ??= credit.author;
      readCreditedEditor(credits, credit);
      if (credit.stamp) credits.metadataDate ??= credit.stamp;
      // `来源：[央视网](https://tv.cctv.com/…)`: the outlet's name links to the story's page, and so does an
      // address under the line (`来源：腾讯 IMWeb 团队` over `https://juejin.cn/post/…`, in one quote). A file
      // that states its own page (a feed item's `link`) is that page's copy: the outlet's link is its source's.
      if (statedLink === null && linksTo(raw, credit.name)) credits.originalUrl ??= raw.links[0]!.href;
      credits.originalUrl ??= address;
      return true;
  }
}

/** Reads a block made only of paper staff credits (`PAPER_STAFF`); true when it was one. */
function readPaperStaff(text: string, credits: Credits): boolean {
  const found = matchesIn(PAPER_STAFF, text);
  if (found.length === 0 || text.replace(PAPER_STAFF, "").trim() !== "") return false;
  for (const [, paper, role, name] of found) {
    if (role === "记者") credits.author ??= name!;
    else readEditor(credits, [name!], editorRoleOf(role!));
    credits.sources.push({ name: canonicalOutlet(paper!), strength: Strength.trailing });
  }
  return true;
}

/** A day with a source credit after it (`DAY_AND_CREDIT`): the day as the story's dateline's, the outlet credited. */
function readDayAndCredit(text: string, credits: Credits, settings: Readonly<ParseSettings>): boolean {
  const parts = DAY_AND_CREDIT.exec(halfWidthDigits(text));
  const day = parts === null ? null : DAY_LINE.exec(parts[1]!);
  const credit = day === null ? null : readCreditLine(parts![2]!, settings.creditSourceMaxLength);
  if (credit?.kind !== "source") return false;
  credits.datelineDate ??= dayOfLine(day!);
  credits.sources.push({ name: canonicalOutlet(credit.name), strength: Strength.creditLine });
  return true;
}

/** The day a `DAY_LINE` match names, in either of its forms (`2014年9月24日`, `2014-9-24`). */
function dayOfLine(day: RegExpExecArray): { year: number; month: number; day: number } {
  return { year: Number(day[1]), month: Number(day[2] ?? day[4]), day: Number(day[3] ?? day[5]) };
}

/** The kinds of field a dated credit line may hold besides its date. */
const CREDIT_FIELD_KINDS = new Set<FieldKind>(["date", "source", "author", "editor", "collected"]);

/**
 * A line of labelled fields with a date among them, each field a credit's and each date a day or a
 * time stamp and nothing else (`报告发布时间：2022年9月6日`, `发布时间：2019-05-18 来源：中国地理学会`);
 * null for anything else (`时间：周一下午在会议室`).
 */
function datedFields(text: string): LabelledField[] | null {
  const fields = readLabelledFields(text);
  if (fields === null || !fields.every((field) => CREDIT_FIELD_KINDS.has(field.kind))) return null;
  const dates = fields.filter((field) => field.kind === "date");
  const isDay = (value: string) => DAY_LINE.test(halfWidthDigits(value)) || readStampLine(value)?.rest === "";
  return dates.length > 0 && dates.every((field) => isDay(field.value)) ? fields : null;
}

/**
 * A generator's run header over its board, a quote whose lines each open with an icon, joined into one line: first a
 * dated field whose value is a full time stamp (`🕒 自动巡检时间：2026-09-15 09:34:00 (北京时间)`), then the run's notes
 * (`🔍 已自动去重（对比最近7天数据）+ 时效性标记`). The stamp, which dates the board; null for any other text. None of
 * the header is the board's text.
 */
function runHeaderStamp(text: string): string | null {
  const fields = readLabelledFields(text);
  if (fields === null || fields.length > 1 || fields[0]!.kind !== "date") return null;
  const value = fields[0]!.value;
  const next = ICON_LINE_START.exec(value);
  if (next === null) return null;
  // The note after the stamp names China's time (`(北京时间)`), the zone a stamp without one is read in.
  const stamp = value.slice(0, next.index).replace(CHINA_TIME_NOTE, "").trim();
  return readStampLine(stamp)?.rest === "" && /\d:\d/u.test(stamp) ? stamp : null;
}

/** A line of two or more labelled credit fields and nothing else (`公众号：A 作者：B 编辑：C`), or null. */
function creditFields(text: string): LabelledField[] | null {
  const fields = readLabelledFields(text);
  return fields !== null &&
    fields.length >= 2 &&
    fields.every((field) => CREDIT_FIELD_KINDS.has(field.kind) && field.kind !== "date")
    ? fields
    : null;
}

/**
 * The address a repost credit links to is the story's original (`[轉載自GNews](https://gnews.org/…)`),
 * and the outlet it names is then where the story was published: weak evidence of the source, as an
 * original link's site is. A repost credit without its link names a hop only (`转自：中新网四川`).
 */
function readRepostLink(raw: RawBlock, credits: Credits, outlet: string | null): void {
  const link = raw.links.find((l) => /^https?:/i.test(l.href) && REPOST_LINK_TEXT.test(l.text.trim()));
  if (link === undefined) return;
  credits.originalUrl ??= link.href;
  if (outlet !== null) credits.sources.push({ name: outlet, strength: Strength.domain });
}

/** Whether the block's one link is a web address whose text is `name`. */
function linksTo(raw: RawBlock, name: string | undefined): boolean {
  return raw.links.length === 1 && /^https?:/i.test(raw.links[0]!.href) && raw.links[0]!.text.trim() === name;
}
const GLUED_ACCOUNT_LINE_MAX = 64;

function readAccountLine(written: string, credits: Credits, statedAuthor: string | null): boolean {
  const text = written.replace(WRITTEN_LINK, "$1").replace(/\*/gu, " ").trim();
  const match =
    ACCOUNT_LINE.exec(text) ?? (text.length <= GLUED_ACCOUNT_LINE_MAX ? GLUED_ACCOUNT_LINE.exec(text) : null);
  if (match === null) return text.length <= GLUED_ACCOUNT_LINE_MAX && readGluedPageSource(text, credits);
  const stamp = readStampLine(text.slice(match[0].length));
  if (stamp === null || stamp.year === null || !POSTED_FROM.test(stamp.rest)) return false;
  const names = match[2]!.trim();
  // A Latin word counts as one letter, as a Han character does (`Shanghai AI Lab OpenDataLab`).
  // A name that ends in `于` is a sentence's subject and its "at" before the time (`深圳市气象台于2019年09月09日14时10`,
  // a cut digest's first words), not an account.
  if (NOT_A_NAME.test(names) || names.endsWith("于") || [...names.replace(LATIN_WORDS, "A")].length > 24)
    return false;
  const parts = names.split(/\s+/u);
  // `Original A B`, `原创 A B C`: the author, then the account (whose name may hold a space: `PKMer 知识社区`);
  // without the mark, so only when the file names A its writer (`大卫老师 大前端百科`). Otherwise the whole
  // is the account's name. Names all in Latin words are a writer's (`Shanghai AI Lab`), then the account's one.
  const byWriter = parts.length >= 2 && (match[1] !== undefined || parts[0] === statedAuthor);
  const writerParts = byWriter && parts.length > 2 && LATIN_WORDS_ONLY.test(names) ? parts.length - 1 : 1;
  const account = byWriter ? parts.slice(writerParts).join(" ") : names;
  if (byWriter) credits.relayAuthor ??= parts.slice(0, writerParts).join(" ");
  credits.stamp = stamp;
  credits.account = account;
  credits.sources.push({ name: account, strength: Strength.channel });
  return true;
}

/** A page's source line, its outlet run into a stamp without a year (`GLUED_PAGE_SOURCE`): the outlet, the stamp. */
function readGluedPageSource(text: string, credits: Credits): boolean {
  const match = GLUED_PAGE_SOURCE.exec(text);
  const stamp = match === null ? null : readStampLine(text.slice(match[0].length));
  if (match === null || stamp === null || stamp.rest !== "" || !looksLikeOutlet(match[1]!)) return false;
  credits.stamp = stamp;
  credits.sources.push({ name: match[1]!, strength: Strength.channel });
  return true;
}

/**
 * A time-stamp line at the top (`2019-09-26 12:11来源：证券时报网作者：李在山`, `08-31 06:30 Wind`):
 * its date, and the credits on the rest of the line. Only a line the stamp and its credits explain
 * whole is read (and removed).
 */
function readStamp(
  text: string,
  credits: Credits,
  settings: Readonly<ParseSettings>,
  anyName = false,
): boolean {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  const stamp = readStampLine(text);
  if (stamp === null) return false;
  let author: string | null = null;
  // The page's font buttons after the stamp, and its weekday (`2026-05-08 09:27 星期五`), say nothing more.
  let rest = stamp.rest
    .replace(/\b(?:EnRA\+A-|A\+\s*A-|A-\s*A\+)\s*$/u, "")
    .replace(/^(?:星期|周)[一二三四五六日天]\s*/u, "")
    .trim();
  const authorMatch = /(?:作者|记者)\s*[:：]\s*(\S{2,12})$/u.exec(rest);
  if (authorMatch) {
    author = authorMatch[1]!;
    rest = rest.slice(0, authorMatch.index).trim();
  }
  // `原创 2021-02-26 09:00· 一灯架构`: a name set off from the stamp by a dot or a bar is the posting account's.
  const separated = /^[·•|｜]\s*/u.exec(rest);
  if (separated !== null) rest = rest.slice(separated[0].length);
  // `2019-09-05 11:10 游民星空[整理]`: a name the mark of its work (compiled, translated) follows is the credited site's.
  const marked = NAME_WITH_WORK_MARK.exec(rest);
  if (marked !== null) rest = marked[1]!;
  const reading: StampRestReading | null =
    rest === ""
      ? { sources: [] }
      : readStampRest({
          rest,
          credit: readCreditLine(rest, settings.creditSourceMaxLength),
          anyName: anyName || separated !== null || marked !== null,
        });
  if (reading === null) return false;
  credits.stamp = stamp;
  if (reading.fields !== undefined) readPageFields(reading.fields, null, "under-headline", credits, settings);
  credits.sources.push(...reading.sources);
  if (reading.repost !== undefined) credits.via.push(reading.repost);
  author ??= reading.author ?? null;
  if (author !== null) credits.author ??= author;
  return true;
}

/** A stamp line's rest, with the credit line it reads as (read once for every form). */
interface StampRest {
  rest: string;
  credit: CreditLine | null;
  /** Whether any bare name is the poster's: the caller says so, or a dot, a bar or a work mark set the name off. */
  anyName: boolean;
}

/** What a stamp line's rest credits: outlets, a writer, an outlet reposted from, or labelled fields to read. */
interface StampRestReading {
  sources: SourceEvidence[];
  author?: string;
  repost?: string;
  fields?: LabelledField[];
}

/**
 * The forms a stamp line's rest takes, tried in order; the first that reads the rest whole wins, and a rest none
 * reads leaves the line unread. A new stamp form is a row.
 */
const STAMP_REST_FORMS: ReadonlyArray<(read: StampRest) => StampRestReading | null> = [
  // `2019-09-26 12:11来源：证券时报网`: a credit line.
  ({ credit }) =>
    credit?.kind === "source"
      ? { sources: [{ name: canonicalOutlet(credit.name), strength: Strength.creditLine }] }
      : null,
  // `3/15/2023 6:00 PM UTC 吃瓜 轉載自GNews`: the writer, then the credit.
  ({ rest, credit }) => {
    const named = credit === null ? readNameAndCredit(rest) : null;
    if (named === null) return null;
    const name = canonicalOutlet(named.credit.name);
    return named.credit.kind === "repost"
      ? { sources: [], author: named.name, repost: name }
      : { sources: [{ name, strength: Strength.creditLine }], author: named.name };
  },
  // 和讯网's `2016-01-26 14:12:04 新华网 李丽`: the outlet, then its writer (`OUTLET_THEN_WRITER`).
  ({ rest, credit }) => {
    const pair = credit === null ? OUTLET_THEN_WRITER.exec(rest) : null;
    if (pair === null || !looksLikeOutlet(pair[1]!) || looksLikeOutlet(pair[2]!)) return null;
    const sources = [{ name: canonicalOutlet(pair[1]!), strength: Strength.dateline }];
    // `新浪科技 微博`: the channel, then its account's card link — no writer.
    return SOCIAL_BUTTON_LABELS.has(pair[2]!) ? { sources } : { sources, author: pair[2]! };
  },
  // `08-31 06:30 Wind`: an outlet's name alone, or any short name the line sets off as the poster's.
  ({ rest, anyName }) =>
    looksLikeOutlet(rest) || (anyName && /^[\p{Script=Han}A-Za-z]{2,12}$/u.test(rest))
      ? { sources: [{ name: canonicalOutlet(rest), strength: Strength.dateline }] }
      : null,
  // `2023年02月27日 09:15 | 作者:A B C | 来源：新华社`: labelled fields after the stamp.
  ({ rest }) => {
    const fields = readLabelledFields(rest);
    return fields === null ? null : { sources: [], fields };
  },
];

/** The first of `STAMP_REST_FORMS` that reads the rest, or null when none does. */
function readStampRest(read: StampRest): StampRestReading | null {
  for (const form of STAMP_REST_FORMS) {
    const reading = form(read);
    if (reading !== null) return reading;
  }
  return null;
}

/** The blocks, the last without a compiler's credit run onto its prose (`CLOSING_TRANSLATION_CREDIT`). */
function withoutClosingTranslationCredit(blocks: RawBlock[]): RawBlock[] {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  const last = blocks.at(-1);
  if (last?.block.type !== "paragraph" || !last.block.text.includes("译自")) return blocks;
  const credit = CLOSING_TRANSLATION_CREDIT.exec(last.block.text);
  if (credit === null || credit.index === 0) return blocks;
  const text = last.block.text.slice(0, credit.index);
  return [...blocks.slice(0, -1), { ...last, block: { ...last.block, text } }];
}

/** The blocks without an account's card closing them (see `CARD_SLOGAN`). */
function withoutClosingCard(blocks: RawBlock[], credits: Credits): RawBlock[] {
  if (credits.sources.length === 0) return blocks;
  const text = (i: number) => {
    const block = blocks[i]?.block;
    return block?.type === "paragraph" || block?.type === "heading" ? block.text.trim() : "";
  };
  let card = blocks.length - 1;
  if (CARD_HANDLE.test(text(card))) card--;
  const slogan = CARD_SLOGAN.exec(text(card));
  if (slogan === null || !credits.sources.some((found) => sameOutlet(found.name, slogan[1]!))) return blocks;
  while (card > 0 && STRAY_MARKS.test(text(card - 1))) card--;
  return blocks.slice(0, card);
}

/**
 * The story's end: an end mark (`（完）`) is cut from the last paragraph, and a trailing `（outlet）`
 * after the last paragraph or a quoted digest is read and cut.
 */
function readStoryEnd(blocks: readonly RawBlock[], credits: Credits): RawBlock[] {
  const lastText = findLastIndex(
    blocks,
    (raw) => raw.block.type === "paragraph" || raw.block.type === "quote",
  );
  const read: RawBlock[] = [];
  for (const [index, raw] of blocks.entries()) {
    const block = raw.block;
    const next = blocks[index + 1]?.block;
    const endsStory = index === lastText || (next?.type === "heading" && SIDEBAR_HEADING.test(next.text));
    if (block.type !== "quote" && !(block.type === "paragraph" && endsStory)) {
      read.push(raw);
      continue;
    }
    let text = block.text;
    let trailing: ReturnType<typeof readTrailingOutlet> | undefined;
    if (block.type === "paragraph" && index === lastText) {
      credits.archiveDay ??= archiveStampDay(text);
      text = withoutEndMark(text).trim();
      const note = readAuthorNote(text);
      if (note) {
        credits.author ??= note.author;
        text = note.rest;
      }
      // The byline stays in the text; it names the author when the story has no other byline. It is read
      // before a trailing credit after it (`…空间。 记者 申鹏 （来源：新华网）`), as it was written on its own line.
      trailing = readTrailingOutlet(text) ?? readCreditBeforeCard(text) ?? readAddressedSignOff(text);
      // A round-up whose items each close with their own credit (`（来源：澎湃新闻）`, `（来源：TechWeb）` …): the
      // last item's credit is that item's, not the round-up's; it stays in the text, as the others do.
      if (trailing && isCreditedItem(blocks, index, trailing.outlet)) trailing = null;
      const closing = readClosingByline(trailing?.rest ?? text);
      if (closing !== null) credits.closingAuthor ??= closing;
    }
    // A whole closing line in brackets that names the outlet and its reporter (`（深圳商报驻京记者 宋华）`, `（总台央视记者
    // 徐宁宁 杨毅）`) credits the outlet as a trailing credit does; as a byline it stays in the text.
    const credited = index === lastText ? readBracketedByline(text) : null;
    if (credited !== null) credits.sources.push({ name: credited.outlet!, strength: Strength.trailing });
    if (trailing === undefined) trailing = readTrailingOutlet(text);
    if (trailing) {
      // The same credit twice at the end (`…（文章来源：北方网）（文章来源：北方网）`, a line a scraper doubled) is
      // one credit: read once, it would leave its copy in the text, to be read only when the text is parsed again.
      for (let again = readTrailingOutlet(trailing.rest); again?.outlet === trailing.outlet; ) {
        trailing = { ...trailing, rest: again.rest };
        again = readTrailingOutlet(trailing.rest);
      }
      credits.sources.push({ name: trailing.outlet, strength: Strength.trailing });
      credits.closingOutlet ??= trailing.outlet;
      if (trailing.author !== undefined) credits.closingAuthor ??= trailing.author;
      // Punctuation alone (`。（文章来源：北方网）`) is what a scraper left of the line: the credit was
      // the whole block, so nothing of it stays, as a line of rule characters never does.
      if (trailing.rest !== "" && !HAS_WORDS.test(trailing.rest)) continue;
      // So is a copy of the credit that is all that is left of it (`（文章来源：北方网）。（文章来源：北方网）`): a whole
      // credit line to the same outlet, which the text would lose only when it is parsed again.
      const copy = readCreditLine(trailing.rest);
      if (copy?.kind === "source" && sameOutlet(copy.name, trailing.outlet)) continue;
      text = trailing.rest;
    }
    read.push(text === block.text || text === "" ? raw : { ...raw, block: { ...block, text } });
  }
  return read;
}

/** The outlet signing off after the last sentence with its address (`ADDRESSED_SIGN_OFF`), and the prose before it. */
function readAddressedSignOff(text: string): { outlet: string; rest: string } | null {
  if (!stagesCreditsPatternsCompiled) compileStagesCreditsPatterns();
  // An address ends with a Latin letter: a test before the pattern, which nearly every story fails.
  if (!/[A-Za-z]。?$/u.test(text)) return null;
  const signOff = ADDRESSED_SIGN_OFF.exec(text);
  if (signOff === null || !looksLikeOutlet(signOff[1]!) || POINTER_WORDS.test(signOff[1]!)) return null;
  return { outlet: canonicalOutlet(signOff[1]!), rest: text.slice(0, signOff.index) };
}

/**
 * Whether a credit names the page's site: the same outlet, or the site's name shortened as Chinese names of bodies are,
 * three or more of its characters kept in order (`省发改委` for `浙江省发展和改革委员会`).
 */
function namesSite(name: string, site: string): boolean {
  if (sameOutlet(name, site)) return true;
  if (name.length < 3 || name.length >= site.length) return false;
  let at = 0;
  for (const char of name) {
    at = site.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** How many earlier paragraphs must close with a credit of their own for the last one's to be an item's. */
const CREDITED_ITEMS_MIN = 2;

/**
 * Whether the story's last paragraph, at `last`, closing with a credit to `outlet`, is one item of a round-up:
 * at least `CREDITED_ITEMS_MIN` other paragraphs close with a trailing credit too, and the credits name more
 * than one outlet. Only paragraphs that end with a closing bracket are read.
 */
function isCreditedItem(blocks: readonly RawBlock[], last: number, outlet: string): boolean {
  let items = 0;
  let other = false;
  for (let i = 0; i < last; i++) {
    const block = blocks[i]!.block;
    if (block.type !== "paragraph") continue;
    const text = block.text.trimEnd();
    const end = text.charCodeAt(text.length - 1);
    if (end !== 0xff09 && end !== 0x29) continue;
    const credit = readTrailingOutlet(text);
    if (credit === null) continue;
    items++;
    if (!sameOutlet(credit.outlet, outlet)) other = true;
  }
  return items >= CREDITED_ITEMS_MIN && other;
}

/** A line that is one bracketed byline naming an outlet (`（深圳商报驻京记者 宋华）`), or null. */
function readBracketedByline(text: string): Byline | null {
  const inner = BRACKETED_LINE.exec(text)?.[1];
  const byline = inner === undefined ? null : readUncollapsedByline(inner);
  return byline !== null && byline.outlet !== null ? byline : null;
}

/** The authors a byline closing the paragraph names (`…卖出神雾环保1.5亿元。 本报记者 刘芫信`). */
function readClosingByline(text: string): string | null {
  const tail = CLOSING_TAIL.exec(text);
  if (tail === null) return null;
  const byline = readUncollapsedByline(tail[0].slice(1));
  return byline !== null && byline.authors.length > 0 ? byline.authors.join("、") : null;
}

/**
 * A summary under a `摘要` heading closing with the outlet in brackets (`…后市的空间依然可观。（天天基金网）`,
 * as eastmoney pages put it): the outlet is the story's, read and cut as a trailing credit is.
 */
function readSummaryCredit(blocks: RawBlock[], credits: Credits): RawBlock[] {
  const at = blocks.findIndex(
    (raw, i) =>
      i < 3 &&
      (raw.block.type === "heading" || raw.block.type === "paragraph") &&
      SUMMARY_HEADING.test(raw.block.text),
  );
  const summary = blocks[at + 1];
  if (at < 0 || summary === undefined || summary.block.type !== "paragraph") return blocks;
  const trailing = readTrailingOutlet(summary.block.text);
  if (trailing === null) return blocks;
  credits.sources.push({ name: trailing.outlet, strength: Strength.trailing });
  const copy = [...blocks];
  copy[at + 1] = { ...summary, block: { ...summary.block, text: trailing.rest } };
  return copy;
}

/**
 * A flash whose dateline names one outlet and whose closing credit names another (`财联社9月25日电，…扶持。 (环球网)`):
 * the credited outlet wrote it, the dateline's relayed it — a hop, as a feed that carried it is. Only a dispatch's mark
 * relays: a lede that opens on who reported or learned the news (`Dateline.reported`: `总台记者8月3日获悉，…（央视新闻）`,
 * `伊朗伊斯兰共和国通讯社8月1日报道，…（新华社）`) names the writer's own newsroom or the outlet it cites.
 */
function relayedByDateline(credits: Credits, datelineOutlet: string): void {
  const closing = credits.closingOutlet;
  if (closing == null || sameOutletOrApp(closing, datelineOutlet)) return;
  if (!credits.via.some((hop) => sameOutlet(hop, datelineOutlet))) credits.via.push(datelineOutlet);
}

/**
 * `raw` when its head (`settings.datelineSearchLength`) holds a day's dispatch mark (`9日电`, `9日讯`, `9日消息`), which every
 * dated dispatch's dateline holds: the cheap test before a story's last paragraph is read for one (`电` alone is in
 * too many words: `电话`, `电池`).
 */
function dispatchHead(raw: RawBlock, settings: Readonly<ParseSettings>): RawBlock | undefined {
  const head = (raw.block as Extract<Block, { text: string }>).text.slice(0, settings.datelineSearchLength);
  return head.includes("日电") || head.includes("日讯") || head.includes("日消息") ? raw : undefined;
}

/**
 * Datelines and bylines in the first blocks (and bylines in the last ones). The blocks, without a
 * dateline's label (`【手机中国新闻】`) once its outlet was read.
 */
function readLeads(given: RawBlock[], credits: Credits, settings: Readonly<ParseSettings>): RawBlock[] {
  const blocks = withoutFeedLabel(given, credits);
  const texts = blocks.filter((raw) => raw.block.type === "paragraph" || raw.block.type === "quote");
  // A flash's dateline set in bold on a line of its own (`**2018-01-12 Fundebug快讯**` over a blog's flash) was typed a
  // heading by the block reader: it is looked for among the leads too, where it stands — a bold line with a dispatch's
  // 讯 only, so that no other bold line costs a dateline's reading.
  const leads = blocks.filter(
    (raw) =>
      raw.block.type === "paragraph" ||
      raw.block.type === "quote" ||
      (raw.boldLineHeading && blockText(raw.block).includes("讯")),
  );
  let found = false;
  let unlabelled = blocks;
  // A story pasted with its paragraphs out of order (a site's editor pasting the lead last) has its dispatch's dateline
  // in its last paragraph (`…的救援工作。` then `中新网1月9日电 据…报道，…`): read there only when no lead holds one, and
  // only a dispatch's — an outlet and a day (`电`, `讯`) —, not any line that opens with a place.
  const last = texts.length > settings.datelineParagraphs ? dispatchHead(texts.at(-1)!, settings) : undefined;
  for (const raw of [...leads.slice(0, settings.datelineParagraphs), ...(last === undefined ? [] : [last])]) {
    const block = raw.block as Extract<Block, { text: string }>;
    const dateline = readDateline(block.text, settings.datelineSearchLength);
    if (raw === last && (dateline?.outlet == null || dateline.date === null || dateline.reported)) break;
    if (dateline) {
      credits.datelineDate = dateline.date;
      if (dateline.dayOnly !== undefined) credits.datelineDay = dateline.dayOnly;
      if (dateline.outlet !== null) {
        credits.sources.push({ name: dateline.outlet, strength: Strength.dateline });
        if (dateline.reported === undefined) relayedByDateline(credits, dateline.outlet);
        credits.dispatched ||= dateline.date !== null;
      }
      if (dateline.author) credits.author ??= dateline.author;
      if (dateline.editor) readEditor(credits, [dateline.editor], "editor");
      if (dateline.label !== undefined) {
        const text = block.text.slice(dateline.label.length).trimStart();
        unlabelled = blocks.map((other) => (other === raw ? { ...raw, block: { ...block, text } } : other));
      }
      found = true;
      break;
    }
  }
  if (!found) {
    const outlet = sectionsOutlet(blocks, settings);
    if (outlet !== null) credits.sources.push({ name: outlet, strength: Strength.dateline });
  }
  // A byline on a short line of its own may have been typed a heading (`证券时报记者 李树超`, a bold
  // `<p><strong>日经中文网 松田直树</strong></p>` closing the story): one after the last paragraph counts.
  const closingHeading = blocks.at(-1)?.block.type === "heading" ? blocks.slice(-1) : [];
  const tail =
    settings.bylineTailParagraphs === 0
      ? []
      : [...texts.slice(-settings.bylineTailParagraphs), ...closingHeading];
  const lastHead = texts[settings.bylineHeadParagraphs - 1];
  const headEnd = lastHead === undefined ? blocks.length : blocks.indexOf(lastHead) + 1;
  // Sets, not lists, to ask in: with fewer paragraphs than `bylineHeadParagraphs` the head is the whole document, and
  // a file of 10^5 short lines (headings) asked its list of each of its blocks, 10^10 steps.
  const isText = new Set(texts);
  const head = (settings.bylineHeadParagraphs === 0 ? [] : blocks.slice(0, headEnd)).filter(
    (raw) => raw.block.type === "heading" || isText.has(raw),
  );
  const inHead = new Set(head);
  for (const raw of [...head, ...tail]) {
    if (credits.author !== null && credits.editor !== null) break;
    const written = blockText(raw.block);
    if (credits.author !== null) {
      // The writer read already (a record's field, an earlier line): a byline naming them names the story's editor too.
      const named = written.includes("编辑") ? readUncollapsedByline(written) : null;
      if (named?.authors.join("、") === credits.author && named.editors.length > 0)
        credits.editor = named.editors.join("、");
      continue;
    }
    // A lead's byline whose name runs into the story names its outlet only (`readGluedReporterLead`).
    const byline =
      readUncollapsedByline(written) ?? (inHead.has(raw) ? readGluedReporterLead(written) : null);
    if (byline) {
      if (byline.authors.length > 0) credits.author = byline.authors.join("、");
      // A newsroom's byline over the story (`每经记者 A 每经编辑 B`) names the outlet that wrote it, as a
      // dateline does, and its editor: a portal's 责任编辑 further down edited the relay, not the story.
      const lead = inHead.has(raw) && byline.outlet !== null;
      if (byline.editors.length > 0) {
        if (lead) credits.editor = byline.editors.join("、");
        else credits.editor ??= byline.editors.join("、");
      }
      if (byline.outlet)
        credits.sources.push({ name: byline.outlet, strength: lead ? Strength.dateline : Strength.footer });
    }
  }
  return unlabelled;
}

/** The blocks without the feed's label (`FEED_LABEL`) opening the first paragraph, its outlet read; the blocks as given else. */
function withoutFeedLabel(blocks: RawBlock[], credits: Credits): RawBlock[] {
  const at = blocks.findIndex((raw) => raw.block.type === "paragraph");
  const first = blocks[at]?.block;
  // Most texts open with no bracket: one character decides.
  if (first?.type !== "paragraph" || first.text.charCodeAt(0) !== 0x5b) return blocks;
  const label = FEED_LABEL.exec(first.text);
  if (label === null || !looksLikeOutlet(label[1]!)) return blocks;
  credits.sources.push({ name: canonicalOutlet(label[1]!), strength: Strength.creditLine });
  const copy = [...blocks];
  copy[at] = { ...blocks[at]!, block: { ...first, text: first.text.slice(label[0].length) } };
  return copy;
}

/**
 * A digest of sections (`### 标题` then `央视网消息（新闻联播）：…`, one per story): the outlet when
 * the paragraphs opening its sections carry datelines, at least two, and all name that one outlet.
 */
function sectionsOutlet(blocks: readonly RawBlock[], settings: Readonly<ParseSettings>): string | null {
  const outlets = new Set<string>();
  let count = 0;
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!.block;
    if (blocks[i - 1]!.block.type !== "heading" || block.type !== "paragraph") continue;
    const dateline = readDateline(block.text, settings.datelineSearchLength);
    if (dateline?.outlet == null) continue;
    outlets.add(dateline.outlet);
    count++;
  }
  return count >= 2 && outlets.size === 1 ? [...outlets][0]! : null;
}

/** A line made only of 返回… links (a mirror's "back to list | back home" footer). */
function isNavigation(raw: RawBlock): boolean {
  return isLinksOnly(raw, /^(?:返回|回到|点击返回)/, /^[\s|｜/、,，·-]*$/);
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
