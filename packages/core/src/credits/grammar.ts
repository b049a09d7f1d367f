import { GRAMMAR_PATTERNS } from "@caixun/core/credits/credit-patterns";
import { COLLAPSIBLE, classOf } from "../text/char-class.js";
import { collapsedLongerThan, collapseWhitespace, halfWidthDigits, trimWhere } from "../text/chars.js";
import { matchesIn } from "../text/matches.js";
import { openingSplitTest } from "../text/pattern-set.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { outletOfUrl } from "./domains.js";
import {
  ACCOUNT_REPOST_OPENING,
  ACCOUNT_SIGNATURE_WORD,
  AUTHORISED_OPENINGS,
  BARRED_AUTHOR_ROLES,
  BUREAU_CITIES,
  BYLINE_SOURCE_WORD,
  CLOSE,
  COMPILED_WORD,
  COPYRIGHT_WORD,
  EDITION_WORDS,
  EDITOR_ROLES,
  NAME,
  NAMES,
  NEWSROOM_EDITOR_WORD,
  OPEN,
  ORIGINAL_LINK_WORDS,
  ORIGINAL_TITLE_PREFIX,
  ORIGINAL_TITLE_WORDS,
  ORIGINAL_WORD,
  OWN_STORY_LABELS,
  OWN_STORY_WORD,
  OWNER_PART,
  oneOf,
  PAIR_LABELS,
  PLATFORM_NOTICE_WORD,
  PORTAL_BACK_LINK_END,
  PRESENTED_OPENING,
  PRODUCER_WORD,
  PUBLISHED_IN_OPENING,
  PUBLISHED_IN_PREFIXES,
  REPORTER_WORD,
  REPOST_PREFIXES,
  REPOST_WORDS,
  REVIEW_LABELS,
  SHARED_ROLE_ONLY,
  SIGN_OFF_ROLES,
  SITE_OWN_STORY_WORDS,
  SOURCE_PREFIXES,
  SOURCE_WORDS,
  STAFF_ROLE_WORDS,
  SUPPLIED_WORDS,
  TAIWAN_DATELINE_PLACES,
  TRANSCODED_OPENING,
  TRANSLATOR_NOTE_OPENINGS,
  TRANSLATOR_ROLES,
  WECHAT_OPENING,
  WRITER_INTRO_START,
} from "./grammar-words.js";
import { LineLeads } from "./line-leads.js";
import {
  canonicalOutlet,
  isKnownOutlet,
  isPersonNames,
  looksLikeOutlet,
  NEWS_KIND,
  namesNewsroom,
  withoutNamePadding,
} from "./outlets.js";
import { readShareTrailer } from "./share-trailer.js";
import { foldCreditLabels } from "./traditional.js";

/**
 * The credit grammar: reads the lines and phrases with which Chinese news copy says who wrote a
 * story, who carried it, who edited it and where it first appeared. Each reader takes text and
 * returns what it says, or null when the text is not of its kind; none of them decides what to do
 * with the line (that is the credits stage's job: a line leaves the text only when what it says was
 * read into a field).
 *
 * The forms are read by their structure — a keyword (来源, 转自, 责任编辑, 原文链接…) with any bracket
 * around it and any colon or bar after it, an outlet name with an optional place and a date before
 * 电/讯/消息/报道 or a dash — not matched against a list of outlets.
 */

/**
 * The grammar's patterns, compiled from their literals (`GRAMMAR_PATTERNS`, `credits/credit-patterns.ts`) into these
 * bindings when a reader is first called: a Worker reads the literals from its static assets before any parse instead of
 * carrying them in its script (issue 11), so no pattern can be made when this module loads. Each exported reader that
 * reads one tests the flag once per call; the readers read the bindings as they read constants.
 */
let grammarPatternsCompiled = false;
let WRAPPED: RegExp;
let PORTAL_BACK_LINK: RegExp;
let END_PUNCTUATION: RegExp;
let SOURCE_LINE: RegExp;
let OWN_LABEL_LINE: RegExp;
let CREDIT_STAMP: RegExp;
let PRODUCER_LINE: RegExp;
let AUTHORISED_LINE: RegExp;
let WRITER_LEAVE_LINE: RegExp;
let OWNER_LEAVE_LINE: RegExp;
let REPOST_LINE: RegExp;
let WECHAT_LINE: RegExp;
let ACCOUNT_REPOST_LINE: RegExp;
let ENGLISH_ACCOUNT_REPOST_LINE: RegExp;
let BARRED_AUTHOR_LINE: RegExp;
let EDITOR_LINE: RegExp;
let NEWSROOM_EDITOR_LINE: RegExp;
let COMPILER_ENDING: RegExp;
let COMPILED_LINE: RegExp;
let TRANSLATOR_NOTE_LINE: RegExp;
let TRANSLATOR_LINE: RegExp;
let ACCOUNT_SIGNATURE_LINE: RegExp;
let PLATFORM_NOTICE_LINE: RegExp;
let PROGRAMME_LINE: RegExp;
let OWN_STORY_LINE: RegExp;
let SITE_OWN_STORY_LINE: RegExp;
let PRESENTED_LINE: RegExp;
let VIA_LINE: RegExp;
let ORIGINAL_LINK_LINE: RegExp;
let TRANSCODED_LINE: RegExp;
let ORIGINAL_LINK_LABEL: RegExp;
let ORIGINAL_TITLE_LINE: RegExp;
let BEFORE_UNWRAPPED: RegExp;
let DISPATCH_DATE: RegExp;
let PUBLISHED_IN_LINE: RegExp;
let PRINT_STAMP_LINE: RegExp;
let BYLINED_PRINT_STAMP_LINE: RegExp;
let NOT_NAME_OPENING: RegExp;
let COPYRIGHT_LINE: RegExp;
let OWNER_COPYRIGHT_LINE: RegExp;
let OWNER_RIGHTS_NOTICE: RegExp;
let OWN_RIGHTS_LINE: RegExp;
let STORY_RIGHTS_LINE: RegExp;
let MARK_COPYRIGHT_LINE: RegExp;
let MARKED_SITE: RegExp;
let URL: RegExp;
let BARE_ADDRESS: RegExp;
let LINE_NAME: RegExp;
let BYLINE_THEN_SOURCE: RegExp;
let STAFF_PART: RegExp;
let STAFF_BREAK: RegExp;
let AUTHOR_ROLE: RegExp;
let UNFIELDED_ROLE: RegExp;
let SUPPLIED_BY: RegExp;
let BYLINE_ROLE: RegExp;
let STAFF_SEPARATOR: RegExp;
let LABELLED_ROLE: RegExp;
let SHARED_ROLES: RegExp;
let PERSON: RegExp;
let LABELLED_PAIR: RegExp;
let ACCOUNT_ID: RegExp;
let COMPILING_WORD: RegExp;
let BYLINE_SPLIT: RegExp;
let ROLE_WORD: RegExp;
let OUTLET_CITY: RegExp;
let QUOTED_OUTLET: RegExp;
let NOT_NAME: RegExp;
let HEADLINE_JOIN: RegExp;
let RUN_IN_PHOTO_CREDIT: RegExp;
let DISPATCH_DAY: RegExp;
let REPORTING_MARK: RegExp;
let WIRE: RegExp;
let OUTLET_ENDING_CHARACTER: RegExp;
let ONE_CHARACTER_ENDING: RegExp;
let TITLED_PAPER: RegExp;
let EDITION_NOTE: RegExp;
let WRITER_INTRO: RegExp;
let BYLINE_EDITOR: RegExp;
let TRAILING_BYLINE: RegExp;
let OUTLET_NAME_LINE: RegExp;
let BYLINE_WORD: RegExp;
let AUTHOR_NOTE: RegExp;
let DESK_NAME: RegExp;
let FILED_BYLINE: RegExp;
let NEWSROOM_CREDIT: RegExp;
let TRAILING_OUTLET: RegExp;
let NOT_TRAILING_OUTLET: RegExp;
let BYLINE_THEN_OUTLET: RegExp;
let CARD_TITLE: RegExp;
let CAPTION_OPENING: RegExp;
let REPORTER_CREDIT: RegExp;
let SIGNED_OUTLET: RegExp;
let END_MARK: RegExp;
let CREDIT_PROMPT_TAIL: RegExp;
let INFO_BAR_TAIL: RegExp;

/**
 * A wire's archive stamp closing its story: the 民國 (ROC) year, month and day run together right after the last
 * sentence or credit (`…則是獲得潛力獎。1021029`, `（編輯：張銘坤）1100731`), as 中央社 stamps every story. Years 80 to 149
 * (1991 to 2060). Tested on the text's last characters only, and only when it ends with a digit.
 */
let ARCHIVE_STAMP: RegExp;
/** Compiles `GRAMMAR_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileGrammarPatterns(): void {
  let bylineForms: RegExp[];
  [
    WRAPPED,
    PORTAL_BACK_LINK,
    END_PUNCTUATION,
    SOURCE_LINE,
    OWN_LABEL_LINE,
    CREDIT_STAMP,
    PRODUCER_LINE,
    AUTHORISED_LINE,
    WRITER_LEAVE_LINE,
    REPOST_LINE,
    WECHAT_LINE,
    ACCOUNT_REPOST_LINE,
    ENGLISH_ACCOUNT_REPOST_LINE,
    BARRED_AUTHOR_LINE,
    EDITOR_LINE,
    NEWSROOM_EDITOR_LINE,
    COMPILER_ENDING,
    COMPILED_LINE,
    TRANSLATOR_NOTE_LINE,
    TRANSLATOR_LINE,
    ACCOUNT_SIGNATURE_LINE,
    PLATFORM_NOTICE_LINE,
    PROGRAMME_LINE,
    OWN_STORY_LINE,
    SITE_OWN_STORY_LINE,
    PRESENTED_LINE,
    VIA_LINE,
    ORIGINAL_LINK_LINE,
    TRANSCODED_LINE,
    ORIGINAL_LINK_LABEL,
    ORIGINAL_TITLE_LINE,
    BEFORE_UNWRAPPED,
    DISPATCH_DATE,
    PUBLISHED_IN_LINE,
    PRINT_STAMP_LINE,
    BYLINED_PRINT_STAMP_LINE,
    NOT_NAME_OPENING,
    COPYRIGHT_LINE,
    OWNER_COPYRIGHT_LINE,
    OWNER_RIGHTS_NOTICE,
    OWN_RIGHTS_LINE,
    STORY_RIGHTS_LINE,
    MARK_COPYRIGHT_LINE,
    MARKED_SITE,
    URL,
    BARE_ADDRESS,
    LINE_NAME,
    BYLINE_THEN_SOURCE,
    STAFF_PART,
    STAFF_BREAK,
    AUTHOR_ROLE,
    UNFIELDED_ROLE,
    SUPPLIED_BY,
    BYLINE_ROLE,
    STAFF_SEPARATOR,
    LABELLED_ROLE,
    SHARED_ROLES,
    PERSON,
    LABELLED_PAIR,
    ACCOUNT_ID,
    COMPILING_WORD,
    BYLINE_SPLIT,
    ROLE_WORD,
    OUTLET_CITY,
    QUOTED_OUTLET,
    NOT_NAME,
    HEADLINE_JOIN,
    RUN_IN_PHOTO_CREDIT,
    DISPATCH_DAY,
    REPORTING_MARK,
    WIRE,
    OUTLET_ENDING_CHARACTER,
    ONE_CHARACTER_ENDING,
    TITLED_PAPER,
    EDITION_NOTE,
    WRITER_INTRO,
    BYLINE_EDITOR,
    TRAILING_BYLINE,
    OUTLET_NAME_LINE,
    BYLINE_WORD,
    AUTHOR_NOTE,
    DESK_NAME,
    FILED_BYLINE,
    NEWSROOM_CREDIT,
    TRAILING_OUTLET,
    NOT_TRAILING_OUTLET,
    BYLINE_THEN_OUTLET,
    CARD_TITLE,
    CAPTION_OPENING,
    REPORTER_CREDIT,
    SIGNED_OUTLET,
    END_MARK,
    CREDIT_PROMPT_TAIL,
    INFO_BAR_TAIL,
    ARCHIVE_STAMP,
    ENGLISH_SOURCE_LINE,
    OWNER_LEAVE_LINE,
    ...bylineForms
  ] = GRAMMAR_PATTERNS.map(regexFromLiteral) as RegExps<111>;
  BYLINE_FORMS = bylineForms.slice(0, LEAD_FORMS_START);
  LEAD_BYLINE_FORMS = bylineForms.slice(LEAD_FORMS_START);
  grammarPatternsCompiled = true;
}

/** How an editor credit ranks its editor: the editor in charge, a plain editor, a proofreader or reviewer. */
export type EditorRole = "responsible" | "editor" | "review";

/**
 * Which staff roles credit a story's editor, and in what order: the one policy every reader of credits applies (the
 * credits stage's lines and the credit a story closes with, a record's credit keys and credit-block fields).
 * - `responsible`, rank 2: 责任编辑, 责编, 值班编辑 — the editor in charge, the story's editor before anyone else;
 * - `editor`, rank 1: 编辑 and every other editing role (本文编辑, 网络编辑, 网编, 资讯编辑, 审校), and the editor a
 *   source line names beside its outlet (`来源：X 编辑：B`, whichever editor's label: the pair reader keeps no role);
 * - `review`, rank 0: 审核, 校对 and the review chain's 二审, 三审, 签发… (`SIGN_OFF_ROLES`) — a proofreader or reviewer,
 *   the editor only when no one else is named.
 * A staff line's 摄影, 摄像, 制图, 图片, 图, 选题, 排版 and 主编 (the desk's chief over the story's editor) are read and
 * credit no editor (`UNFIELDED_ROLE`). Of several credits the strongest holds, the first of equals (`outranksEditor`).
 */
export const EDITOR_RANK: Readonly<Record<EditorRole, number>> = { responsible: 2, editor: 1, review: 0 };

/** The rank an editor read so far holds before any credit: below every role's. */
export const NO_EDITOR_RANK = -1;

const REVIEW_LABEL = new RegExp(`^${REVIEW_LABELS}$`, "u");

/** The role a staff word gives its names (`EDITOR_RANK`): `责编` the editor in charge, `校对` a reviewer. */
export function editorRoleOf(label: string): EditorRole {
  if (/^(?:责任编辑|责编|值班编辑)$/u.test(label)) return "responsible";
  return REVIEW_LABEL.test(label) ? "review" : "editor";
}

/** Whether an editor credit of `role` takes the place of the one read so far, of rank `heldRank`: only a stronger one. */
export function outranksEditor(role: EditorRole, heldRank: number): boolean {
  return EDITOR_RANK[role] > heldRank;
}

/** The names a credit line gives as the story's editor, and in what role. */
export interface EditorCredit {
  names: readonly string[];
  role: EditorRole;
}

/**
 * The editor a credit line names, or null when it names none: an editor line's (`责任编辑：A`), a staff line's
 * strongest (`记者：A 责编：B`), a source line's (`来源：X 编辑：B`).
 */
export function editorCredited(credit: CreditLine | null): EditorCredit | null {
  const editor =
    credit?.kind === "editor"
      ? credit
      : credit?.kind === "staff"
        ? { names: credit.editors, role: credit.editorRole }
        : credit?.kind === "source" && credit.editors
          ? { names: credit.editors, role: "editor" as const }
          : null;
  return editor !== null && editor.names.length > 0 ? editor : null;
}

/** The strongest of a line's editor credits, the first of equals; null for none. */
function strongestEditor<T extends { role: EditorRole }>(credits: readonly T[]): T | null {
  let top: T | null = null;
  for (const credit of credits)
    if (outranksEditor(credit.role, top ? EDITOR_RANK[top.role] : NO_EDITOR_RANK)) top = credit;
  return top;
}

/** What a whole line that is a credit says. */
export type CreditLine =
  /** `来源：X`, `（文章来源：X）`, `【来源：X】`, `资料来源：X`, `出处：X`, `摘自X`, `（本文刊发于《X》…）`. */
  | {
      kind: "source";
      name: string;
      /** `作者：A 来源：X`, `来源：X 作者：A`: the author the same line names. */
      author?: string;
      /** `来源：X 编辑：B`: the editor the same line names. */
      editors?: string[];
      /** `来源：X 2024-04-23 12:27:25`, `原创：X 2024-04-23`: the time the line stamps the story with, as written. */
      stamp?: string;
    }
  /**
   * `转自：X`, `本文转自【X】；`, `转载自X`, a platform's notice that a user of X posted it: a hop the story
   * travelled through.
   */
  | { kind: "repost"; name: string }
  /**
   * `本文来自微信公众号“X”（ID：…），作者：Y，Z经授权发布`; an account's repost of another's article
   * (`以下文章来源于X ，作者Y`, in WeChat's English UI `The following article is from X Author Y`):
   * X wrote it, Y is its author, and the account carrying it (not named here) is a hop.
   */
  | {
      kind: "wechat";
      name: string;
      author: string | null;
      relay: string | null;
      /** The line an account sets over an article it reposts (`以下文章来源于…`): the page's account carried it. */
      carried?: boolean;
    }
  /**
   * `本资料为格隆汇经天风证券股份有限公司授权发布`: the owner wrote the story (a broker's report), the
   * relay published it by the owner's leave.
   */
  | { kind: "authorised"; owner: string; relay: string }
  /**
   * `责任编辑：A SF014`, `（责编：A、B）`, `编辑 | A`, `校对|A`. `role` ranks the credit: the editor in
   * charge (`responsible`) is the story's editor before a plain `editor`, a proofreader or reviewer
   * (`review`) only when no one else is named.
   */
  | { kind: "editor"; names: string[]; role: EditorRole }
  /**
   * `发稿 A；审校 B`, `记者 A；审校 B`, `编译 A；审校 B`: a staff line of role–name pairs, the writers
   * (记者, 作者, 发稿, 编译…) and the editors (审校, 编辑, 责任编辑…) of the story.
   */
  | {
      kind: "staff";
      authors: string[];
      editors: string[];
      editorRole: EditorRole;
      /** `作者：A 选题：B 译者：C 校对：D`: who translated the story (the author only when no writer is named). */
      translators?: string[];
    }
  /**
   * `编译：陈陈、泽南`, `译者：Xiaobin.Liu`: who translated the story, on a line of its own. The author only
   * when no writer is named (a staff line's `编译 A；审校 B` names its writer so). A translator's note that
   * names no one (`本人翻译者系奇舞团前端工程师`) has no names.
   */
  | { kind: "translator"; names: string[] }
  /** `原文链接：https://…`, `阅读原文` (the URL then sits in the line's link). */
  | {
      kind: "original-link";
      url: string | null;
      /** The text of the line's link that is the original (`原文地址 [www.sohu.com](…)`), when the line has others. */
      linkText?: string;
      /** `via: https://…` under a translation: the story it translates, the original only of a file stating none. */
      translated?: true;
      /** The site a copy script's trailer names by its page's title (`… | 全球觀察 | 聯合新聞網 http://…#ixzz…`). */
      site?: string;
    }
  /**
   * `原标题：…`, `（原标题：…）`. `restAt`: where the story's first paragraph begins in the line read, when a feed ran
   * it on after the headline (`原标题：<headline>新华财经北京3月26日电…`): it stays in the text, kept from there (its
   * end mark too, which a credit line is read without) with no second search.
   */
  | { kind: "original-title"; title: string; restAt?: number }
  /** `版权声明：未经X书面授权…`: X owns the story. */
  | { kind: "copyright"; owner: string };

/** What the start of a paragraph says about where the story comes from. */
export interface Dateline {
  /** Null when the dateline names a place only (`阿斯塔纳8月9日电`): the outlet is elsewhere, or unknown. */
  outlet: string | null;
  /** The dateline's date; the year may be missing (then it gives no publish date). */
  date: { year: number | null; month: number; day: number } | null;
  /** The day a dateline writes alone (`台北29日電`), which gives no date but may agree with one stated elsewhere. */
  dayOnly?: number;
  /** A byline inside the dateline (`中新网北京12月1日电（记者张三）`). */
  author: string | null;
  /** The editor the dateline's bracket names in place of a reporter (`财联社12月29日讯（编辑 杨斌）`); absent for none. */
  editor?: string;
  /**
   * The outlet's label opening the paragraph when it is no sentence of the story (`【手机中国新闻】`):
   * read into `source`, it leaves the text. Absent for a dateline the story's first sentence runs on from.
   */
  label?: string;
  /**
   * The dateline is the lede's own clause of who reported or learned the news (`伊朗伊斯兰共和国通讯社8月1日报道，`,
   * `总台记者8月3日获悉，`), not a dispatch's mark (`电`, `讯`, `消息`): its outlet wrote the story or is the one it
   * cites, never one that relayed it. Absent for a dispatch.
   */
  reported?: true;
}

/** A byline: who wrote the story, and for which outlet when it says so. */
export interface Byline {
  authors: string[];
  outlet: string | null;
  /** An editor named in the same line (`每经记者 A 每经编辑 B`). */
  editors: string[];
}
/** The characters of `CLOSE`, for a test of a line's last character before a pattern ending in one. */
const CLOSING_BRACKETS = new Set([...")）】]〕」』》"].map((ch) => ch.charCodeAt(0)));

/**
 * The vertical em dash ︱ (U+FE31), a form for vertical text only, which a page sets as a bar in horizontal text
 * (`出品︱网易科学人栏目组 胖胖`, `作者︱春春` closing 光明网's copy of a 网易 column): `unwrap` reads it as the bar.
 */
const VERTICAL_DASH = "\ufe31";
const END_PUNCTUATION_CODES = codesOf("。；;，,.");
/** The brackets `WRAPPED` may open with (`OPEN`). */
const OPEN_CODES = codesOf("（(【[〔「『《");

/**
 * The line without the brackets around it and its closing punctuation. Each pattern runs only on a
 * line whose last or first character lets it match: nearly every line a credit word lets through ends
 * and opens otherwise.
 */
function unwrap(text: string): string {
  let line = text.trim();
  if (line.includes(VERTICAL_DASH)) line = line.replaceAll(VERTICAL_DASH, "｜");
  if (line.endsWith(PORTAL_BACK_LINK_END)) line = line.replace(PORTAL_BACK_LINK, "").trimEnd();
  if (END_PUNCTUATION_CODES.has(line.charCodeAt(line.length - 1))) line = line.replace(END_PUNCTUATION, "");
  const match = OPEN_CODES.has(line.charCodeAt(0)) ? WRAPPED.exec(line) : null;
  if (match) line = match[1]!;
  return line.trim();
}

/** The UTF-16 codes of the characters of `text`. */
function codesOf(text: string): Set<number> {
  return new Set(Array.from(text, (ch) => ch.charCodeAt(0)));
}

/** A credit's value without the time stamp closing it (`CREDIT_STAMP`), and that stamp; a value closing otherwise as it is. */
export function withoutStamp(value: string): { name: string; stamp?: string } {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const stamp = CREDIT_STAMP.exec(value);
  if (!stamp) return { name: value };
  // The dot or bar that set the stamp off (`小红圈 · 红运Dang投 · 2026年5月12日`) goes with it.
  const name = value.slice(0, stamp.index).trimEnd();
  return { name: STAMP_SEPARATORS.has(name.at(-1)!) ? name.slice(0, -1).trimEnd() : name, stamp: stamp[0] };
}

/** The marks a credit sets between a name and its stamp. */
const STAMP_SEPARATORS: ReadonlySet<string> = new Set(["·", "・", "|", "｜", "/", "，", ","]);
/** What `ENGLISH_ACCOUNT_REPOST_LINE` can open with (no other character folds to a T under `iu`). */
const ENGLISH_ACCOUNT_REPOST_FIRST = codesOf("Tt");
const VIA_FIRST = codesOf("Vv");

/** Whether a link's text labels it as the link to the story's original. */
export function isOriginalLinkLabel(text: string): boolean {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  return ORIGINAL_LINK_LABEL.test(text.replace(/\s+/g, ""));
}
/** Where the headline of an original title note matched in a line starting at `lineAt` begins. */
const titleValueAt = (title: RegExpExecArray, lineAt: number) => lineAt + title[0].length - title[1]!.length;
/** How far before its date a run-on dateline may begin: an outlet's name and a place. */
const RUN_ON_DATELINE_NAME = 24;
/** The shortest headline an original title line holds before a run-on dateline. */
const RUN_ON_HEADLINE_MIN = 4;

/**
 * An original title line's headline, and the story's first paragraph when a feed ran it on after the headline
 * (天行数据's descriptions: `原标题：【金融街发布】央行数研所发布开放课题…研究体系新华财经北京3月26日电为稳妥推进…`).
 * Where a dated dateline begins is read by structure, but its outlet must be one caixun knows by name: the
 * characters before an outlet's name could be read as the start of another one (`体系新华财经`). A run-on
 * dateline of an outlet not known leaves the line unread — it stays in the text whole, never losing the story.
 */
function readOriginalTitle(value: string, valueAt: number): CreditLine | null {
  const headline = (text: string) => text.trim().replace(/^《(.+)》$/u, "$1");
  const runOn = (start: number): CreditLine => ({
    kind: "original-title",
    title: headline(value.slice(0, start)),
    restAt: valueAt + start,
  });
  const spaced = spacedDateline(value);
  if (spaced !== null) return runOn(spaced);
  const digits = halfWidthDigits(value);
  let dispatched = false;
  for (const date of matchesIn(DISPATCH_DATE, digits)) {
    dispatched = true;
    for (
      let start = Math.max(RUN_ON_HEADLINE_MIN, date.index - RUN_ON_DATELINE_NAME);
      start < date.index - 1;
      start++
    ) {
      const dateline = readDateline(value.slice(start));
      if (dateline?.date == null || dateline.outlet === null || !isKnownOutlet(dateline.outlet)) continue;
      return runOn(start);
    }
  }
  return dispatched ? null : { kind: "original-title", title: headline(value) };
}

/**
 * The original title note that opens the head of a paragraph longer than any credit line, and where the story run on
 * after it begins, or null: the note and the story's first paragraph joined on one line (`spacedDateline`), the story
 * run on for pages. Only a note whose dateline is found reads: a paragraph is never taken whole for a headline.
 */
export function readRunOnOriginalTitle(head: string): CreditLine | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const title = ORIGINAL_TITLE_LINE.exec(head);
  const line = title && readOriginalTitle(title[1]!, titleValueAt(title, 0));
  return line?.kind === "original-title" && line.restAt !== undefined ? line : null;
}

/** How far into an original title line a space may end its headline: past any headline's length. */
const SPACED_HEADLINE_MAX = 64;

/**
 * Where the story's dateline begins after a space in an original title line, or null: a crawler that joins a page's
 * paragraphs with single spaces runs the note into the story (`原标题：…被立案侦查 中国经济网北京12月20日综合报道 据…`,
 * `原标题：…230余架次 大厅内乘客躺倒等待 法制晚报讯（记者 李东）…`). The space bounds the outlet's name, so a dateline of
 * any outlet, dated or not, is read there; a headline's own spaces are passed over, as no dateline follows them.
 */
function spacedDateline(value: string): number | null {
  const limit = Math.min(value.length, SPACED_HEADLINE_MAX);
  for (
    let space = value.indexOf(" ", RUN_ON_HEADLINE_MIN);
    space >= 0 && space < limit;
    space = value.indexOf(" ", space + 1)
  ) {
    if (readDateline(value.slice(space + 1))?.outlet != null) return space + 1;
  }
  return null;
}
/** An English source line (`Source: Ta Kung Pao`). @bounded: anchored at both ends, the name capped at 40. */
let ENGLISH_SOURCE_LINE: RegExp;
/** `《`: what a print stamp opens with (after any indent), one test of a character before its pattern. */
const PRINT_STAMP_FIRST = 0x300a;
/** `版`, `）` and `)`: the characters a print stamp closes with. */
const EDITION_CHAR = 0x7248;
const STAMP_CLOSING_BRACKETS = codesOf("）)");

/**
 * Whether a line closes as a print stamp does (`…版）`, `…版 )`): a few character tests before the bylined stamp's
 * pattern, which nearly every line (closing with `。`) fails at its last character.
 */
function closesPrintStamp(line: string): boolean {
  let at = line.length - 1;
  if (!STAMP_CLOSING_BRACKETS.has(line.charCodeAt(at))) return false;
  at--;
  while (at > 0 && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x3000)) at--;
  return line.charCodeAt(at) === EDITION_CHAR;
}
/** What `MARK_COPYRIGHT_LINE` can open with (no other character folds to a C under `iu`). */
const MARK_COPYRIGHT_FIRST = codesOf("Cc©（(");

/**
 * How many characters from a line's start hold the labels a credit line or a byline opens with, in either script
 * (`（本文來源：`, `作者：王小明 來源：`, `記者王小明／`): where a Traditional label is looked for (`foldCreditLabels`).
 */
const CREDIT_LABEL_WITHIN = 12;

/** `word` in either letter case, spelt out for a pattern without the `i` flag (`cc` → `[Cc][Cc]`). */
const eitherCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);

/**
 * Words one of which every credit line has: a line without any is not read further. The English words' cases are
 * spelt out and the pattern has no flags: the `iu` flags they would need make V8 scan every line a sixth slower, and
 * none of these letters has a case fold beyond ASCII (`ſ` and the Kelvin sign fold to `s` and `k`, which none holds).
 */
const CREDIT_WORD = new RegExp(
  String.raw`来源|综合|來源|出处|出處|編輯|責編|編譯|譯者|翻譯|審核|審校|校對|原標題|出自|出品|摘自|选自|来自|授权|转|轉|编译|译者|翻译|编辑|责编|审校|审核|校对|${oneOf(SIGN_OFF_ROLES)}|原文|阅读全文|原始網址|原始网址|原始連結|原始链接|节目|節目|原标题|原题|版权|公众号|作者|撰文|刊|载|發表|发表|首发|上传并发布|原创|专稿|${eitherCase("following article")}|©|${eitherCase("copyright")}|\(${eitherCase("c")}\)|（${eitherCase("c")}）|^\s*${eitherCase("via")}\s*[:：]|^\s*${eitherCase("source")}\s*[:：]`,
);
/**
 * `CREDIT_WORD` as a few patterns by the characters its words open with (`openingSplitTest`): as one pattern V8
 * tried every word at every position of a line (6.4 → 4.6 M instructions a pass of the check's inputs).
 */
const CREDIT_WORD_TEST = openingSplitTest(CREDIT_WORD);

/** The rules of a credit line (after its brackets are unwrapped) that its opening words select. */
const Rule = {
  originalTitle: 1 << 0,
  originalLink: 1 << 1,
  publishedIn: 1 << 2,
  editor: 1 << 3,
  staff: 1 << 4,
  sharedRoles: 1 << 5,
  wechat: 1 << 6,
  authorised: 1 << 7,
  repost: 1 << 8,
  labelledPairs: 1 << 9,
  source: 1 << 10,
  accountRepost: 1 << 11,
  barredAuthor: 1 << 12,
  translator: 1 << 13,
  transcoded: 1 << 14,
  presented: 1 << 15,
  producer: 1 << 16,
  ownLabel: 1 << 17,
} as const;

/** Each rule's leads, in the order of its bit: the words its pattern opens with, from the same lists. */
const CREDIT_LEADS = new LineLeads([
  [ORIGINAL_TITLE_PREFIX, ...ORIGINAL_TITLE_WORDS],
  [...ORIGINAL_LINK_WORDS, ORIGINAL_WORD],
  [...PUBLISHED_IN_PREFIXES, PUBLISHED_IN_OPENING],
  [...EDITOR_ROLES, ...SIGN_OFF_ROLES],
  STAFF_ROLE_WORDS,
  [...STAFF_ROLE_WORDS, SHARED_ROLE_ONLY],
  [WECHAT_OPENING],
  AUTHORISED_OPENINGS,
  [...REPOST_PREFIXES, ...REPOST_WORDS],
  PAIR_LABELS,
  [...SOURCE_PREFIXES, ...SOURCE_WORDS],
  [ACCOUNT_REPOST_OPENING],
  BARRED_AUTHOR_ROLES,
  [...TRANSLATOR_ROLES, ...TRANSLATOR_NOTE_OPENINGS],
  [TRANSCODED_OPENING],
  [PRESENTED_OPENING],
  [PRODUCER_WORD],
  OWN_STORY_LABELS,
]);

/**
 * Reads a whole line as a credit line; null when the line is anything else (a sentence that only
 * mentions 来源, a list of several sources, a name that is not an outlet's). The rules are tried in
 * order, each only on a line that opens with one of its leads (`CREDIT_LEADS`) or, for the few that
 * may open with anything, holds its word.
 */
export function readCreditLine(written: string, maxNameLength = 20): CreditLine | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  if (written.length > 200) return null;
  const first = written.charCodeAt(0);
  const stamp =
    first === PRINT_STAMP_FIRST ||
    (first === 0x3000 && written.trimStart().charCodeAt(0) === PRINT_STAMP_FIRST)
      ? PRINT_STAMP_LINE.exec(written.trim())
      : null;
  if (stamp) return { kind: "source", name: canonicalOutlet(stamp[1]!) };
  const bylined = closesPrintStamp(written) ? BYLINED_PRINT_STAMP_LINE.exec(written.trim()) : null;
  const names = bylined ? bylined[2]!.trim() : "";
  if (bylined && (bylined[1] || !NOT_NAME_OPENING.test(names)))
    return {
      kind: "source",
      name: canonicalOutlet(bylined[3]!),
      author: splitNames(withoutNamePadding(names)).join("、"),
    };
  const trailer = readShareTrailer(written);
  if (trailer !== null)
    return trailer.site === null
      ? { kind: "original-link", url: trailer.url }
      : { kind: "original-link", url: trailer.url, site: trailer.site };
  // 独家 is no credit word (prose says it often, and one more word slows the test of every line): a line opening with
  // it may be an own story's label (`独家：界面新闻`).
  if (!CREDIT_WORD_TEST.test(written) && !written.startsWith(OWN_STORY_LABELS[1]!)) return null;
  // `Source: Hong Kong Economic Journal`, as wire and clipping exports credit a story in English: the outlet, only when
  // the tables know the name (`KNOWN_OUTLETS`' English names), since a chart's `Source: company filings` credits data.
  const english = ENGLISH_SOURCE_LINE.exec(written);
  if (english)
    return isKnownOutlet(english[1]!) ? { kind: "source", name: canonicalOutlet(english[1]!) } : null;
  // Only a line with a credit word, in either script, is folded to the Simplified labels. A note's mark before the
  // credit (`*本文来自华尔街见闻…`, `※来源：…`), as a post sets its closing notes apart, is no part of it: it is read
  // as a space, one character for one, so the grammar's offsets stay the line's; two (`**版权声明：**`) are bold's marks.
  const noted =
    (written.charCodeAt(0) === 0x2a && written.charCodeAt(1) !== 0x2a) || written.charCodeAt(0) === 0x203b;
  const text = foldCreditLabels(noted ? ` ${written.slice(1)}` : written, CREDIT_LABEL_WITHIN);
  // The labels fold one character for one: what the grammar reads at an offset (`restAt`) is there in `written`.
  return readLabelledLine(text, maxNameLength);
}

/** `readCreditLine` of a line that holds a credit word, its labels in Simplified forms. */
function readLabelledLine(text: string, maxNameLength: number): CreditLine | null {
  const trimmed = text.trim();
  const copyright = trimmed.includes(COPYRIGHT_WORD)
    ? (COPYRIGHT_LINE.exec(trimmed) ??
      OWNER_COPYRIGHT_LINE.exec(trimmed) ??
      OWNER_RIGHTS_NOTICE.exec(trimmed) ??
      OWN_RIGHTS_LINE.exec(trimmed) ??
      STORY_RIGHTS_LINE.exec(trimmed))
    : null;
  if (copyright) return { kind: "copyright", owner: canonicalOutlet(copyright[1]!) };
  const marked = MARK_COPYRIGHT_FIRST.has(trimmed.charCodeAt(0)) ? MARK_COPYRIGHT_LINE.exec(trimmed) : null;
  // `© rthk.hk`: the owner named by its site, the outlet the site is.
  const site = marked ? MARKED_SITE.exec(trimmed) : null;
  const siteOutlet = site ? outletOfUrl(`https://${site[1]!}/`) : null;
  if (siteOutlet !== null) return { kind: "copyright", owner: siteOutlet };
  const owner = marked?.[1]?.trim();
  // `© 版权所有` names no owner, and `© 1996-2020 SINA Corporation` a company, not an outlet.
  if (owner && looksLikeOutlet(canonicalOutlet(owner)))
    return { kind: "copyright", owner: canonicalOutlet(owner) };
  const line = unwrap(text);

  // `(作者邓海清，系“海清FICC频道”全球首席经济学家)` on a line of its own.
  const note = readAuthorNote(trimmed);
  if (note && note.rest === "")
    return { kind: "staff", authors: [note.author], editors: [], editorRole: "editor" };
  const rules = CREDIT_LEADS.rulesOpening(line);
  const title = rules & Rule.originalTitle ? ORIGINAL_TITLE_LINE.exec(line) : null;
  if (title) return readOriginalTitle(title[1]!, titleValueAt(title, BEFORE_UNWRAPPED.exec(text)![0].length));
  const original = rules & Rule.originalLink ? ORIGINAL_LINK_LINE.exec(line) : null;
  if (original) return { kind: "original-link", url: original[1] ?? original[2] ?? null };
  const transcoded = rules & Rule.transcoded ? TRANSCODED_LINE.exec(line) : null;
  if (transcoded) return { kind: "original-link", url: null, linkText: transcoded[1]! };
  const via = VIA_FIRST.has(line.charCodeAt(0)) ? VIA_LINE.exec(line) : null;
  if (via) return { kind: "original-link", url: via[1]!, translated: true };
  const presented = rules & Rule.presented ? PRESENTED_LINE.exec(line) : null;
  if (presented) return { kind: "source", name: canonicalOutlet(presented[1]!) };
  const published = rules & Rule.publishedIn ? PUBLISHED_IN_LINE.exec(line) : null;
  if (published) return { kind: "source", name: canonicalOutlet(published[1]!.trim()) };
  const editor = rules & Rule.editor ? EDITOR_LINE.exec(line) : null;
  if (editor)
    return {
      kind: "editor",
      // A placeholder number names no editor: the line is the page's, read as naming none.
      names: editor[2] === undefined && editor[3] === undefined ? [] : splitAnyNames(editor[2] ?? editor[3]!),
      role: editorRoleOf(editor[1]!),
    };
  const newsroom = line.includes(NEWSROOM_EDITOR_WORD) ? NEWSROOM_EDITOR_LINE.exec(line) : null;
  if (newsroom && isKnownOutlet(newsroom[1]!))
    return { kind: "editor", names: splitNames(newsroom[2]!), role: editorRoleOf(NEWSROOM_EDITOR_WORD) };
  // A staff line may open with who supplied the story (`医技药剂党支部供稿；审核 B`), not a role.
  const staff =
    (rules & Rule.staff || SUPPLIED_WORDS.some((word) => line.includes(word)) ? readStaffLine(line) : null) ??
    (rules & Rule.sharedRoles ? readSharedRoles(line) : null);
  if (staff) return staff;
  const translated = rules & Rule.translator ? TRANSLATOR_LINE.exec(line) : null;
  if (translated) return { kind: "translator", names: splitAnyNames(translated[1]!) };
  const translatorNote = rules & Rule.translator ? TRANSLATOR_NOTE_LINE.exec(line) : null;
  if (translatorNote)
    return {
      kind: "translator",
      names: PERSON.test(translatorNote[1]!) ? [translatorNote[1]!] : [],
    };
  const signature = line.includes(ACCOUNT_SIGNATURE_WORD) ? ACCOUNT_SIGNATURE_LINE.exec(line) : null;
  if (signature) return { kind: "wechat", name: signature[1]!, author: null, relay: null };
  const notice = line.includes(PLATFORM_NOTICE_WORD) ? PLATFORM_NOTICE_LINE.exec(line) : null;
  if (notice) return { kind: "repost", name: notice[1]! };
  const programme = line.includes("目") ? PROGRAMME_LINE.exec(line) : null;
  if (programme) return { kind: "source", name: canonicalOutlet(programme[1]!) };
  const own = line.includes(OWN_STORY_WORD) ? OWN_STORY_LINE.exec(line) : null;
  if (own) {
    const name = canonicalOutlet(own[1]!);
    return own[2] === undefined
      ? { kind: "source", name }
      : { kind: "source", name, author: splitNames(own[2]).join("、") };
  }
  const siteOwn = SITE_OWN_STORY_WORDS.some((word) => line.includes(word))
    ? SITE_OWN_STORY_LINE.exec(line)
    : null;
  if (siteOwn && looksLikeOutlet(canonicalOutlet(siteOwn[1]!)))
    return { kind: "source", name: canonicalOutlet(siteOwn[1]!) };
  const reposted =
    (rules & Rule.accountRepost ? ACCOUNT_REPOST_LINE.exec(line) : null) ??
    (ENGLISH_ACCOUNT_REPOST_FIRST.has(line.charCodeAt(0)) ? ENGLISH_ACCOUNT_REPOST_LINE.exec(line) : null);
  if (reposted) {
    const name = cleanName(reposted[1]!);
    if (name !== "")
      return { kind: "wechat", name, author: reposted[2]?.trim() || null, relay: null, carried: true };
  }
  // A writer's name set letter by letter to a longer one's width (`作者 | 饶 恒`) is read joined.
  const barred =
    rules & Rule.barredAuthor
      ? (BARRED_AUTHOR_LINE.exec(line) ?? BARRED_AUTHOR_LINE.exec(withoutNamePadding(line)))
      : null;
  if (barred) return { kind: "staff", authors: [barred[1]!.trim()], editors: [], editorRole: "editor" };
  const wechat = rules & Rule.wechat ? WECHAT_LINE.exec(line) : null;
  if (wechat) {
    return {
      kind: "wechat",
      name: cleanName(wechat[1]!),
      author: wechat[2]?.trim() || null,
      relay: wechat[3] ? canonicalOutlet(wechat[3].trim()) : null,
    };
  }
  const authorised = rules & Rule.authorised ? AUTHORISED_LINE.exec(line) : null;
  if (authorised)
    return {
      kind: "authorised",
      owner: canonicalOutlet(authorised[2]!),
      relay: canonicalOutlet(authorised[1]!),
    };
  const leave = rules & Rule.authorised ? WRITER_LEAVE_LINE.exec(line) : null;
  if (leave) return { kind: "source", name: canonicalOutlet(leave[2]!), author: leave[1]! };
  const leaveGiven = rules & Rule.authorised ? OWNER_LEAVE_LINE.exec(line) : null;
  if (leaveGiven) return { kind: "source", name: canonicalOutlet(leaveGiven[1]!) };
  const repost = rules & Rule.repost ? REPOST_LINE.exec(line) : null;
  if (repost) {
    const name = cleanName(repost[1]!);
    return name ? { kind: "repost", name } : null;
  }
  // `每日经济新闻综合上市公司公告、公开消息`, `来源：每日经济新闻综合自上市公司公告…`: the newsroom that compiled the story.
  const compiled = line.includes(COMPILED_WORD) ? COMPILED_LINE.exec(line) : null;
  if (compiled && looksLikeOutlet(canonicalOutlet(compiled[1]!)))
    return { kind: "source", name: canonicalOutlet(compiled[1]!) };
  const pairs = rules & Rule.labelledPairs ? readLabelledPairs(line, maxNameLength) : null;
  if (pairs) return pairs;
  const producer = rules & Rule.producer ? PRODUCER_LINE.exec(line) : null;
  if (producer) return { kind: "source", name: canonicalOutlet(cleanName(producer[1]!)) };
  // `原创：39健康网 2024-04-23 12:27:25`: an outlet's own story, credited as a source line credits another's.
  const stamped = rules & Rule.ownLabel ? withoutStamp(line) : null;
  const ownName = stamped ? canonicalOutlet(OWN_LABEL_LINE.exec(stamped.name)?.[1] ?? "") : "";
  if (looksLikeOutlet(ownName)) return { kind: "source", name: ownName, stamp: stamped!.stamp };
  const source = rules & Rule.source ? SOURCE_LINE.exec(line) : null;
  if (source) {
    // `本文来自新浪财经，原文标题《…》`: the carrier's prompt or the original's title after the outlet is no part of its name.
    const credited = source[1]!.trim().replace(INFO_BAR_TAIL, "");
    const { name: value, stamp } = withoutStamp(
      /[，,]/u.test(credited) ? credited.replace(CREDIT_PROMPT_TAIL, "") : credited,
    );
    const url = URL.exec(value);
    if (url) return { kind: "original-link", url: url[1]! };
    // `来源：[`host/path`](https://host/path)`: an address written without its scheme names the link it is.
    if (BARE_ADDRESS.test(value)) return { kind: "original-link", url: null, linkText: value };
    // `来源：牛牛金融   文/刘迪寰`, or a writer's label glued to the outlet (`本文来源：第一财经日报作者：惠正一`, as a CMS's
    // collector closes a page it took) — never a glued 编辑 or 文, which end staff roles (`证券时报）(责任编辑：…`) and words.
    // After a comma the writer may be named unlabelled to the line's end (`本文来自华尔街见闻（微信ID：wallstreetcn），作者唐晗。`).
    const [namePart, byline] = value.split(
      /(?<!\s)(?:\s+(?=(?:作者|编辑|记者|文)\s*[:：/／])|(?=(?:作者|记者)\s*[:：])|[，,]\s*(?=作者\s*\p{Script=Han}{2,4}[。.]?$))/u,
    );
    // `来源：澎湃新闻记者 吕新文`: the outlet's reporter byline as the credit names the outlet and the writer.
    const reporter = byline === undefined && value.includes(REPORTER_WORD) ? readByline(value) : null;
    if (reporter?.outlet && reporter.authors.length > 0)
      return { kind: "source", name: reporter.outlet, author: reporter.authors.join("、") };
    const name = cleanName(namePart!);
    // A list of several sources ("CNBC, Bloomberg") names no single outlet; a colon inside
    // (`出自 NGOCN ：上海清道工：只是想讨个说法`) puts a title after the outlet: an origin line's reading.
    if (!name || /[,，、;；：:]/u.test(name) || (name.length > maxNameLength && !isKnownOutlet(name)))
      return null;
    // `（来源：企业预警通 财联社整理）` under a table: who compiled its figures, not who wrote the story — a caption.
    if (COMPILER_ENDING.test(name)) return null;
    // `来源：皮海洲`: a columnist's name where an outlet would stand credits the writer.
    if (/^\p{Script=Han}{2,3}$/u.test(name) && !looksLikeOutlet(name) && byline === undefined) {
      return { kind: "staff", authors: [name], editors: [], editorRole: "editor" };
    }
    // `来源：牛牛金融   文/刘迪寰`: the same line names the writer.
    const author = byline === undefined ? undefined : readByline(byline)?.authors.join("、");
    return { kind: "source", name, ...(author ? { author } : {}), stamp };
  }
  // `澎湃新闻记者 胡初晖 来源：澎湃新闻`: a byline, then the credit.
  const credited = line.includes(BYLINE_SOURCE_WORD) ? BYLINE_THEN_SOURCE.exec(line) : null;
  if (credited) {
    const byline = readByline(credited[1]!);
    const name = cleanName(credited[2]!);
    if (byline && name && name.length <= maxNameLength)
      return { kind: "source", name, author: byline.authors.join("、") };
  }
  return null;
}

/**
 * `吃瓜 轉載自GNews`, `喜马拉雅-华盛顿DC农场 轉載自GNews`: a name, then a source or repost credit, on one
 * line: the name (the writer or the posting account) and what the credit says; null for anything else.
 */
export function readNameAndCredit(
  text: string,
): { name: string; credit: Extract<CreditLine, { kind: "repost" | "source" }> } | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return null;
  for (let split = 1; split < words.length; split++) {
    const name = words.slice(0, split).join(" ");
    if (!LINE_NAME.test(name)) return null;
    const credit = readCreditLine(words.slice(split).join(" "));
    if (credit?.kind === "repost" || credit?.kind === "source") return { name, credit };
  }
  return null;
}
/** A translator's role on a staff line of labelled roles: the author only when no writer is named. */
const TRANSLATOR_ROLE = "译者";

/**
 * A staff line: two or more role–name pairs split by `；`, by a slash before a labelled role, or by
 * spaces (`记者：乔龙 责编：胡力汉 许书婷 网编：瑞哲`), every one of them read.
 */
function readStaffLine(line: string): CreditLine | null {
  const parts = staffParts(line);
  if (parts.length < 2 || parts.length > 4) return null;
  const authors: string[] = [];
  const translators: string[] = [];
  const editors: Array<{ names: string[]; role: EditorRole }> = [];
  for (const part of parts) {
    if (SUPPLIED_BY.test(part.trim())) continue;
    const match = STAFF_PART.exec(part.trim());
    if (!match) return null;
    // A Latin name is one name, spaces and all (`Ankush Das`).
    const names =
      match[3] !== undefined ? [match[3]] : match[2]!.split(/[ 　、，,/／]+/u).filter((n) => n !== "");
    if (AUTHOR_ROLE.test(match[1]!)) authors.push(...names);
    else if (match[1] === TRANSLATOR_ROLE) translators.push(...names);
    else if (!UNFIELDED_ROLE.test(match[1]!)) editors.push({ names, role: editorRoleOf(match[1]!) });
  }
  if (authors.length === 0) authors.push(...translators);
  if (editors.length === 0 && authors.length === 0) return null;
  const best = strongestEditor(editors);
  return {
    kind: "staff",
    authors,
    editors: best?.names ?? [],
    editorRole: best?.role ?? "editor",
    ...(translators.length > 0 ? { translators } : {}),
  };
}

/**
 * A staff line naming several roles before one colon: the names wrote the story when one role is a
 * writer's (编写, 撰稿…), and edited it when one is an editor's.
 */
function readSharedRoles(line: string): CreditLine | null {
  const match = SHARED_ROLES.exec(line);
  if (!match) return null;
  const names = match[2]!.split(/[ 　、，,/／]+/u).filter((n) => n !== "");
  const roles = match[1]!.split(/[/／、]/u);
  const editing = roles.filter((role) => role !== SHARED_ROLE_ONLY && !AUTHOR_ROLE.test(role));
  const writes = roles.length > editing.length;
  const role = strongestEditor(editing.map((word) => ({ role: editorRoleOf(word) })))?.role;
  return {
    kind: "staff",
    authors: writes ? names : [],
    editors: role ? names : [],
    editorRole: role ?? "editor",
  };
}

/**
 * The role–name pairs of a staff line. Pairs are split at spaces when every one of them is labelled
 * with a colon, or when no part is a byline (`作者 A 编辑 B` is a byline, and stays).
 */
function staffParts(line: string): string[] {
  const spaced = (text: string) => {
    const parts = text.trim().split(STAFF_BREAK);
    return parts.length > 1 && parts.every((part) => LABELLED_ROLE.test(part)) ? parts : null;
  };
  const pieces = line.split(STAFF_SEPARATOR);
  if (pieces.length > 1) return pieces.flatMap((piece) => spaced(piece) ?? [piece]);
  return spaced(line) ?? (BYLINE_ROLE.test(line) ? [] : line.split(STAFF_BREAK));
}

/**
 * A line of two or three `label：value` pairs split by spaces, one of them a source: the source, and
 * the author and editor the same line names (so that what the line says is read whole before it goes).
 */
function readLabelledPairs(line: string, maxNameLength: number): CreditLine | null {
  // Pairs split by spaces, or by commas (`本文作者：李金磊，来源：中国新闻网，原文标题《…》`).
  const parts = line.split(/\s+|(?<=\S)[，,](?=\S{1,6}?(?:[:：]|《))/u);
  if (parts.length < 2 || parts.length > 4) return null;
  let name: string | null = null;
  let author: string | undefined;
  let editors: string[] | undefined;
  for (const part of parts) {
    const match = LABELLED_PAIR.exec(part);
    if (!match) return null;
    const [, label, value] = match as unknown as [string, string, string];
    if (/来源|出处/u.test(label)) {
      if (name !== null) return null;
      name = cleanName(value);
    } else if (/标题/u.test(label)) {
      // The original title the line names is read where the title is (`原标题：` lines); here it only
      // belongs to the credit.
    } else if (/^(?:本文作者|作者|记者)$/u.test(label)) {
      if (!PERSON.test(value)) return null;
      author = value;
    } else {
      if (!PERSON.test(value)) return null;
      editors = [value];
    }
  }
  if (name === null || name === "" || name.length > maxNameLength || /[,，、;；]/u.test(name)) return null;
  return { kind: "source", name, ...(author ? { author } : {}), ...(editors ? { editors } : {}) };
}

/**
 * What `cleanName` trims from a name's end besides white space: closing brackets and quotes, sentence and list marks.
 */
const NAME_END_MARKS = '】]”"」》〕。．.，,；;：:';

/**
 * White space as `\s` (and `trim`) sees it, or one of `NAME_END_MARKS`. Not `isWhitespace`: its class table would then be
 * carried by `@caixun/core/records`' bundle (+863 B gzip).
 */
function isNameEndDebris(code: number): boolean {
  const mark = String.fromCharCode(code);
  return mark.trim() === "" || NAME_END_MARKS.includes(mark);
}

/** A credited name without the account kind, channel, city and framing around it (exported for its test). */
export function cleanName(raw: string): string {
  const framed = raw
    .replace(ACCOUNT_ID, "")
    // `人民网-文化频道 原创稿`: the outlet, without its channel and the kind of copy.
    .replace(/(?<!\s)\s+(?:原创稿|原创|综合|整理)$/u, "")
    .replace(/(?<!\s)\s*[-—－]\s*\p{Script=Han}{1,8}(?:频道|栏目|专栏|板块)$/u, "")
    // `来源：微信公众号「探索的 AI」`: the account, without the kind of account before its name.
    // The colon's blanks before it in its optional group: `\s*[:：]?\s*` split a run of blanks between two runs in
    // every way (quadratic: recheck's attack, `订阅号` and 10^5 tabs, 11 s).
    .replace(/^(?:微信)?(?:公众号|订阅号)(?:\s*[:：])?\s*(?=[「“"『])/u, "")
    // `内容来源：“桂林中学”微信公众号`: the same kind written after the quoted name.
    .replace(/(?<=^[「“"『][^」”"』]{1,30}[」”"』])\s*(?:微信)?(?:公众号|订阅号)$/u, "")
    // `来源: 观察者网(上海)`: the city a portal writes after the outlet it credits, no part of its name.
    .replace(OUTLET_CITY, "")
    .replace(/^[\s【[“"「《〔]+/u, "");
  // The end's marks by a loop (`trimWhere`): `[…]+$` was tried from every place of a run that does not reach the end
  // (recheck's attack, 10^5 commas and a NUL: 5.7 s).
  return trimWhere(framed, isNameEndDebris, "end").replace(/\s+/g, " ").trim();
}

/**
 * The names of a byline, without the role words between them (`记者 张三 实习生 李四`: both write the story).
 * A correspondent's names (`记者 楼志文 通讯员 陈佩云`) are not: a 通讯员 is the press officer of the body the
 * story is about, who supplied material, not a writer of the paper's — up to the next role word.
 */
function splitNames(names: string): string[] {
  const read: string[] = [];
  let correspondent = false;
  // The split keeps each role word (its group) among the names; a separator alone leaves undefined there.
  for (const piece of names.trim().split(BYLINE_SPLIT)) {
    if (piece === undefined || piece === "") continue;
    if (ROLE_WORD.test(piece)) correspondent = piece === "通讯员";
    else if (!correspondent) read.push(piece);
  }
  // `（记者陈智 整合）`: what the writers did, closing the names, is no name.
  if (read.length > 1 && COMPILING_WORD.test(read.at(-1)!)) read.pop();
  return read;
}

/** Latin names, which hold spaces, split only at commas and slashes (`Greg Schoeninger`, `A, B`). */
function splitLatinNames(names: string): string[] {
  return names
    .split(/[、，,/／]/u)
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

/** Names as a credit writes them: Han names split at spaces too, a list with Latin ones only at commas. */
const splitAnyNames = (names: string) =>
  /\p{Script=Han}/u.test(names) && !/[A-Za-z]/u.test(names) ? splitNames(names) : splitLatinNames(names);

/** The word that closes a date (`12月9日`), which every dated form needs. */
const DAY = ["日"];
/** A date ending in the day word: `(2018年)08月29日`. */
const dateEndingIn = (day: string) =>
  `(?:(?<year>\\d{4})\\s*年\\s*)?(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*(?:${day})`;
const LEAD_IN = "^(?:【[^】]{0,80}】)?\\s*";
/**
 * The byline in brackets after a dateline: the reporter (`（记者 张三）`), or the editor a newsroom's flash names
 * instead (`财联社12月29日讯（编辑 杨斌）`, `（编辑 杨斌 实习生 郑斐睿）`).
 */
const BYLINE_AFTER = `\\s*(?:${OPEN}\\s*(?:编辑\\s*[:：]?\\s*(?<editor>${NAME})|(?:[^）)】\\]]{0,12}?记者|通讯员)?\\s*[:：]?\\s*(?<author>${NAMES})?)[^）)】\\]]{0,16}${CLOSE})?`;

/**
 * The words a line's head is scanned for, once, before any dateline form is tried: each word a form
 * requires holds one of them (`专电` holds `电`), so a form whose words the head lacks is not tried.
 */
const DATELINE_KEYS = [
  "日",
  "电",
  "讯",
  "消息",
  "报道",
  "获悉",
  "专稿",
  "撰稿",
  "-",
  "–",
  "—",
  "记者",
  "新闻",
  "／",
  "报导",
];
/**
 * The dateline words in Traditional characters (`中央社台北15日電`, `記者…報導`): held by a head, it is read with its
 * labels folded to the Simplified forms (`foldCreditLabels`). One more rule of the key finder, so that finding them
 * costs no scan of its own.
 */
const TRADITIONAL_DATELINE_KEYS = ["電", "訊", "記者", "報導", "報道"];
const TRADITIONAL_DATELINE_BIT = 1 << DATELINE_KEYS.length;
const DATELINE_KEY_FINDER = new LineLeads([...DATELINE_KEYS.map((key) => [key]), TRADITIONAL_DATELINE_KEYS]);

/** The keys (bits of `DATELINE_KEYS`) the words hold: a line holding one of `words` holds one of these. */
function keysHeld(words: readonly string[]): number {
  let keys = 0;
  for (const word of words) {
    const held = DATELINE_KEYS.reduce((bits, key, bit) => (word.includes(key) ? bits | (1 << bit) : bits), 0);
    if (held === 0) throw new Error(`dateline word ${word} holds none of DATELINE_KEYS`);
    keys |= held;
  }
  return keys;
}

/**
 * A dateline form: its pattern, and for each word list it requires, the keys one of which the head must
 * hold. `structural`: the form's brackets or 讯 say the name is an outlet's, so an undated name need not
 * read as one. `label`: what the form matched is a label over the story, not its first sentence.
 */
interface DatelineForm {
  pattern: RegExp;
  needs: readonly number[];
  structural: boolean;
  label: boolean;
  /**
   * Words one of which the head must hold for the pattern to be tried (a native search, cheaper than a pattern that
   * fails): for a form whose required words are common keys (`记者`, `消息`) but whose own words are rarer.
   */
  holds?: readonly string[];
  /** The name must be a newsroom's (`namesNewsroom`): a desk or a beat before 记者 (`国际新闻`, `财经`) is none. */
  publication?: true;
  /**
   * The outlet read from the name (its place cut off, `datedOutlet`) must be a newsroom's: for a form whose words are
   * too few to say the name is an outlet's (a date and a bracket of names).
   */
  newsroomOutlet?: true;
}

/** A form built from the word lists it requires (each put into the pattern as alternatives, in order). */
function datelineForm(
  required: ReadonlyArray<readonly string[]>,
  build: (...alternatives: string[]) => string,
  kind: {
    structural?: boolean;
    label?: boolean;
    holds?: readonly string[];
    publication?: true;
    newsroomOutlet?: true;
  } = {},
): DatelineForm {
  return {
    pattern: new RegExp(build(...required.map(oneOf)), "u"),
    needs: required.map(keysHeld),
    structural: kind.structural ?? false,
    label: kind.label ?? false,
    ...(kind.holds === undefined ? {} : { holds: kind.holds }),
    ...(kind.publication === undefined ? {} : { publication: kind.publication }),
    ...(kind.newsroomOutlet === undefined ? {} : { newsroomOutlet: kind.newsroomOutlet }),
  };
}

/** What part of the day a dispatch was filed in (`新浪美股 北京时间30日凌晨讯`). */
const DAY_PART = "凌晨|早间|早上|上午|中午|午间|下午|傍晚|晚间|晚上|夜间";
/** The clock a portal's dispatch dates by, written between its name and the day. */
const CLOCK = "北京时间|当地时间|美东时间";

const DATELINE_FORMS: readonly DatelineForm[] = [
  // 【大纪元2018年08月29日讯】（大纪元记者张启明报导） / （…记者亦平美国白宫报导） / （…记者林燕编译报导）:
  // a bracketed dateline with the full date, and a byline naming the writer, maybe where from, and
  // how (综合, 编译). A place is two characters at least, so a three-character name is not cut short.
  datelineForm(
    [DAY, ["讯", "电", "消息"]],
    (day, ends) =>
      `^${OPEN}(?<name>[\\p{Script=Han}A-Za-z]{2,12}?)\\s*${dateEndingIn(day)}\\s*(?:${ends})${CLOSE}\\s*(?:${OPEN}\\s*[\\p{Script=Han}A-Za-z]{0,12}?记者\\s*(?<author>\\p{Script=Han}{2,3}?)(?:(?:(?!综合|编译)\\p{Script=Han}){2,8}?)?(?:综合|编译)?报[道导]\\s*${CLOSE})?`,
  ),
  // 【深圳商报讯】（首席记者 王海荣）. A name closing with a day is a place's dispatch, no outlet's (the Malaysian
  // Chinese papers' `（吉隆坡29日訊）`, `（彭亨‧北根29日訊）`): the dated forms read those or nothing does.
  datelineForm(
    [["讯", "消息"]],
    (ends) => `^${OPEN}(?<name>[^】\\]）)]{2,16}?)(?<!\\d日)(?:${ends})${CLOSE}${BYLINE_AFTER}`,
    { structural: true },
  ),
  // 【财新网】（记者刘彩萍）: the outlet's name alone in lenticular brackets, its reporter's bracket right after it (财新's
  // stories as a broker app's news feed carries them).
  datelineForm(
    [["记者"]],
    (reporter) =>
      `^【(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)】[（(](?:${reporter})\\s*(?<author>${NAMES})\\s*${CLOSE}`,
    { holds: ["】（记者", "】(记者"] },
  ),
  // 财联社（上海，记者 王海春）讯，: the outlet, then its bureau's city and its reporter in one bracket before 讯 or 电.
  datelineForm(
    [["讯", "电"], ["记者"]],
    (ends, reporter) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*${OPEN}\\s*\\p{Script=Han}{2,8}\\s*[，,、]\\s*(?:${reporter})\\s*(?<author>${NAMES})\\s*${CLOSE}\\s*(?:${ends})`,
  ),
  // 【环球网报道 记者 马丽】 / [环球网报道 记者 郭鹏飞] / 【环球时报-环球网报道 记者 姚丽娟】: the outlet's report and its
  // reporter in one bracket over the story.
  datelineForm(
    [["报道"], ["记者"]],
    (report, reporter) =>
      `^${OPEN}(?<name>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${report})\\s*(?:${reporter})\\s*(?<author>${NAMES})\\s*${CLOSE}`,
    { structural: true },
  ),
  // 【环球时报特约记者 韩雯】 / 【环球时报驻日本特派记者 岳林炜 环球时报记者 白云怡】: the outlet's reporters in one bracket
  // over the story, no 报道 in it (the paper's stories as a portal carries them); the name must be a newsroom's — a
  // publication's or a brand's news (`【红星新闻记者 潘俊文】`) — not the desk's or the beat's the reporter writes for
  // (`【国际新闻记者 …】`).
  datelineForm(
    [["记者"]],
    (reporter) =>
      `^【(?<name>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:首席|特约|见习|实习|驻\\p{Script=Han}{1,4})?(?:${reporter})\\s*(?<author>${NAMES})(?:\\s+[^】]{0,30})?】`,
    { holds: ["【"], publication: true },
  ),
  // 【財訊快報／陳孟朔】摩根士丹利…, 【財訊快報／編輯部】和勤(1586)…: a Taiwan paper's opener, its name and its reporter
  // (or its desk) parted by a full-width slash in lenticular brackets (search-index files 59318807578, 6636426053;
  // datasets/fresh-77). It stays in the text, as a dateline does.
  datelineForm(
    [["／"]],
    (slash) =>
      `^【(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${slash})\\s*(?:(?<author>${NAME})|编辑部|编辑中心|综合报道)\\s*】`,
  ),
  // 【手机中国新闻】在小米之家的众多产品中…: the outlet's news label opening the story, no sentence of it.
  datelineForm([["新闻"]], (news) => `^【(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${news})】(?=\\S)`, {
    structural: true,
    label: true,
  }),
  // 【獨媒報導】第一階段「走塑」實施逾一周… (獨立媒體's feed, datasets/fresh-95) / 【空島通訊社報導】空島通訊社觀測中心指出…
  // (a news generator's stories, search-index file 55270841664): the outlet's report label opening the story, its name
  // (or the short name it goes by) and 報導 or 報道 alone in lenticular brackets — no writer, no sentence of the story: a
  // label, as `【手机中国新闻】` is (Hong Kong scrapers cut `【獨媒報導】` off the same way, file 43443770929). Not
  // structural: `【特約報道】`, `【專題報導】` name a kind of report, not who wrote it, and stay.
  datelineForm(
    [["报道", "报导"]],
    (report) => `^【(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${report})】(?=\\S)`,
    { label: true },
  ),
  // 中新网广州6月22日电 / 新华社巴黎12月9日电（记者唐霁） / 央广网北京4月7日消息 / 参考消息网3月16日报道 / 新华社华盛顿3月30日新媒体专电 /
  // 中国经济网北京12月8日综合报道 / 经济日报-中国经济网北京11月27日讯, 浙江在线-杭州频道11月8日讯 (a paper and its
  // site, a site and its channel: `outlets.ts` reads the owner)
  datelineForm(
    [DAY, ["新媒体专电", "专电", "电", "讯", "消息", "综合报道", "报道", "快讯"]],
    (day, ends) =>
      `${LEAD_IN}(?<name>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*${dateEndingIn(day)}\\s*(?<mark>${ends})${BYLINE_AFTER}`,
  ),
  // 中国经济网北京1月18日（中国经济网记者 董家朋）: a site's dateline with no 电 or 讯, the reporter's bracket right
  // after the date standing for it — a bracket that names the outlet's reporter, as no sentence's date and
  // bracket do (`张三1月18日（记者 李四）说`).
  datelineForm(
    [DAY, ["记者"]],
    (day, reporter) =>
      `${LEAD_IN}(?<name>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*${dateEndingIn(day)}\\s*${OPEN}\\s*${OWNER_PART}(?:${reporter})\\s*(?<author>${NAMES})\\s*${CLOSE}`,
  ),
  // 新华社北京12月16日（韩洁、王优玲）: a dispatch's dateline as a site's copy writes it, no 电 and no 记者 — the names
  // alone in the bracket after the date. Only an outlet that names a publication (`namesNewsroom`: 新华社, …网, …报)
  // stands for the dateline so, as no company's or person's date and bracket (`张三1月18日（李四）说`,
  // `上交所12月16日（周一）`) does; a weekday in the bracket is none of its names.
  datelineForm(
    [DAY],
    (day) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*${dateEndingIn(day)}\\s*${OPEN}\\s*(?!周|星期|礼拜)(?<author>${NAMES})\\s*${CLOSE}`,
    { holds: ["（", "("], newsroomOutlet: true },
  ),
  // 路透北京5月6日 - / 彭博5月6日—
  datelineForm(
    [DAY, ["-", "–", "—"]],
    (day, dashes) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z]{2,16}?)\\s*${dateEndingIn(day)}\\s*(?:${dashes})`,
  ),
  // 《科创板日报》3日讯 / 财联社3日讯: a dispatch dated by the day of the month only, before 讯 (财联社's titles write their
  // flashes so): the day is no part of the outlet's name, as the undated 讯 form below would read it (`科创板日报3日`).
  datelineForm(
    [DAY, ["讯", "快讯"]],
    (day, ends) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z]{2,16}?)\\s*(?<dayOnly>\\d{1,2})\\s*(?:${day})\\s*(?:${ends})${BYLINE_AFTER}`,
    { structural: true },
  ),
  // 南都讯 / 上证报中国证券网讯 / 证券时报e公司讯 / 国际在线专稿： / 新浪体育讯 / 证券日报网讯5月26日，
  // 新浪财经讯“第十二届中国国际金融论坛”于…: the mark run onto a lede that opens with a quotation (a news-list app's teaser).
  // A name that ends in the word 资讯 (`CCTV证券资讯`, a programme's or a channel's name) has no dispatch's 讯.
  // A blog's flash may stamp its day before the name (`**2018-01-12 Fundebug快讯**`, a company blog's line of its own
  // over the flash): the outlet still, and no date — the stamp is the writer's, the post's date is stated.
  datelineForm(
    [["讯", "专稿", "快讯"]],
    (ends) =>
      `${LEAD_IN}(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+)?(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)(?<!资)(?:${ends})(?=[\\s:：，,（(【“「]|$|\\d{1,2}月\\d{1,2}日)${BYLINE_AFTER}`,
    { structural: true },
  ),
  // （泡泡网特约撰稿） / （泡泡特约专稿）: a site's commissioned story, its credit in brackets opening the lede, no
  // writer in it (the page names the writer).
  datelineForm(
    [["撰稿", "专稿"]],
    (ends) =>
      `${LEAD_IN}${OPEN}\\s*(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:特约|独家)?(?:${ends})\\s*${CLOSE}`,
    { structural: true },
  ),
  // （星島日報報道）運輸署本月初公布… / （大公報報道）: a Hong Kong paper's credit in brackets opening its story — the
  // paper's name and 報道 alone, no writer and no day (a forum's paste of 星島日報's story; a spaCy script's sample,
  // the search index's file 48792522428). Not structural: the name must read as an outlet (`（記者報道）` names none).
  datelineForm(
    [["报道"]],
    (report) => `^${OPEN}\\s*(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${report})\\s*${CLOSE}`,
  ),
  // 新浪美股 北京时间30日凌晨讯 / 新浪财经讯 北京时间5月6日晚间消息: a portal's dispatch dated by a clock,
  // maybe with the month, and the part of the day.
  datelineForm(
    [DAY, ["讯", "电", "消息"]],
    (day, ends) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*(?:${CLOCK})\\s*(?:(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})|(?<dayOnly>\\d{1,2}))\\s*(?:${day})\\s*(?:${DAY_PART})?\\s*(?:${ends})${BYLINE_AFTER}`,
  ),
  // 金色财经报道， / IT之家消息： / 央视网消息（新闻联播）： / 和讯银行消息 近日，… (a space for the comma) / 国际在线消息（记者
  // 翟磊）： (a reporter's bracket: the author)
  datelineForm(
    [["消息", "报道"]],
    (ends) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*(?<mark>${ends})(?:\\s*(?:${OPEN}(?:[^）)】\\]]{0,12}?记者\\s*(?<author>${NAMES})\\s*|[^）)】\\]]{1,20})${CLOSE})?\\s*[，,：:]|[ 　]+(?=\\p{Script=Han}))`,
  ),
  // 36氪获悉 / 硬氪独家获悉 / 澎湃新闻（www.thepaper.cn）记者从…获悉 / 南都记者近日独家获悉
  // / 人民财经从各省统计局网站获悉 / 12月21日消息，中国支付网从央行官方网站获悉: the outlet that learnt it, maybe from whom,
  // maybe after the day of the news.
  datelineForm(
    [["获悉"]],
    (learnt) =>
      `${LEAD_IN}(?:\\d{1,2}月\\d{1,2}日消息[，,]\\s*)?(?<name>[\\p{Script=Han}A-Za-z0-9 ]{2,16}?)\\s*(?:${OPEN}[^）)】\\]]{1,40}${CLOSE})?\\s*(?:记者[^，,。]{0,24}?|从[^，,。；;]{1,32}?)?(?:独家)?(?<mark>${learnt})`,
  ),
  // 36氪从ofo内部获得消息，…: the outlet opening its story as the one that learnt it, from whom (as 36氪获悉 does).
  datelineForm(
    [["获得消息", "得到消息"]],
    (learnt) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:记者)?从[^，,。；;]{1,24}?(?:${learnt})`,
    { holds: ["获得消息", "得到消息"] },
  ),
  // （法新社纽约12日电） / 中央社台北12日电（记者张三）: the day of the month only, as the agencies'
  // Chinese services and Taiwan's papers write it (then the dateline gives no publish date). The name may list the
  // wire's reporters (`（中央社記者郭建伸、王揚宇台北10日電）`: `reporterBeforePlace`).
  datelineForm(
    [DAY, ["专电", "电"]],
    (day, ends) =>
      `^${OPEN}?\\s*(?<name>[\\p{Script=Han}A-Za-z、]{2,16}?)\\s*(?<dayOnly>\\d{1,2})\\s*(?:${day})\\s*(?:${ends})(?:${CLOSE}|${BYLINE_AFTER})`,
  ),
  // 南方财经全媒体见习记者程浩 东莞报道 / 成都商报-红星新闻记者 张肇婷 摄影报道 (a paper and its news brand)
  datelineForm(
    [["记者"], ["报道"]],
    (reporter, report) =>
      `${LEAD_IN}(?<name>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{2,16}?)(?:首席|特约|见习|实习)?(?:${reporter})\\s*(?<author>${NAME})\\s+\\p{Script=Han}{2,6}(?:${report})`,
  ),
  // 6月15日，澎湃新闻记者发现： / 5月8日，南都记者从…了解到: a lede that opens with the day, then the outlet's
  // reporter at work — the outlet's own story (the day gives no date: the lede's, not the dateline's).
  datelineForm(
    [["记者"]],
    (reporter) =>
      `${LEAD_IN}\\d{1,2}月\\d{1,2}日[，,]\\s*(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${reporter})(?<mark>发现|了解到|注意到|获悉|调查发现|从)`,
  ),
  // 文华财经(综合编译 楼怡婷)--据纽约9月21日消息，: a wire's name, the bracket of who wrote or compiled the story, and
  // a dash before what it reports.
  datelineForm(
    [["-", "–", "—"]],
    (dashes) =>
      `${LEAD_IN}(?<name>[\\p{Script=Han}A-Za-z0-9]{2,16}?)\\s*${OPEN}\\s*(?:综合编译|综合报道|编译|记者)\\s*(?<author>${NAMES})\\s*${CLOSE}\\s*(?:${dashes})`,
    { structural: true },
  ),
  // 本报讯 据《长沙晚报》报道 记者近日…: a paper relaying another's story, its own mark naming no paper — the story is
  // the one in title marks'.
  datelineForm(
    [["讯"], ["报道", "消息"]],
    (own, report) =>
      `${LEAD_IN}本报(?:${own})\\s*据\\s*《(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12})》\\s*(?:${report})`,
    { structural: true },
  ), // P2P观察网：叶子据财新网报道，…: a column's credit — the site, a colon, its writer — run onto a first sentence that
  // relays a report (据…报道, 据…消息): the credit over the story, not its words. The writer is the two or three Han
  // letters before 据. @bounded: lazy runs of at most 12 and 3, a look-ahead of at most 20 without a stop.
  datelineForm(
    [["报道", "消息"]],
    (report) =>
      `^(?<name>[\\p{Script=Han}A-Za-z0-9]{2,12}?)[:：]\\s*(?<author>\\p{Script=Han}{2,3}?)(?=据[^，,。：:]{2,20}?(?:${report}))`,
    { label: true },
  ),
];

/**
 * The dateline at the start of a paragraph: outlet name, optional place and date, and 电, 讯, 消息,
 * 报道, 专稿, a dash, or 获悉 (the outlet's own story). The name of the date forms may be any short
 * name (`虎扑5月22日讯`); the undated forms need a name that reads as an outlet. The head is scanned
 * once for the forms' words (`DATELINE_KEYS`); only the forms whose words it holds are tried.
 */
export function readDateline(text: string, searchLength = 120): Dateline | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  let head = text.slice(0, searchLength);
  let keys = DATELINE_KEY_FINDER.rulesHeld(head);
  if (keys & TRADITIONAL_DATELINE_BIT) {
    head = foldCreditLabels(head);
    keys = DATELINE_KEY_FINDER.rulesHeld(head);
  }
  return datelineAtStart(head, keys) ?? datelineAfterLeadIn(head, keys);
}
/** How many colons of a joined headline are tried as its end (a headline may hold a colon itself: `孙心然：…`). */
const HEADLINE_JOIN_COLONS = 3;

/**
 * A dated dispatch's dateline (`中新网北京10月6日电(记者 岳川)`) after a lead-in (`HEADLINE_JOIN`, `RUN_IN_PHOTO_CREDIT`):
 * only a dispatch with its day is structure enough to be read inside a paragraph, and never a label to strip.
 */
function datelineAfterLeadIn(head: string, keys: number): Dateline | null {
  // Most paragraphs hold no dispatch's day: nothing more is tried on them (first the keys, already read: bits 1
  // and 2 of `DATELINE_KEYS` are 电 and 讯, one of which `DISPATCH_DAY` needs).
  if (!(keys & 6) || !DISPATCH_DAY.test(head)) return null;
  const starts = [0];
  let joined = HEADLINE_JOIN.exec(head)?.[0].length ?? -1;
  while (joined > 0 && starts.length <= HEADLINE_JOIN_COLONS) {
    starts.push(joined);
    const next = HEADLINE_JOIN.exec(head.slice(joined));
    joined = next === null ? -1 : joined + next[0].length;
  }
  for (const start of starts) {
    const credit = RUN_IN_PHOTO_CREDIT.exec(head.slice(start))?.[0].length ?? 0;
    if (start === 0 && credit === 0) continue;
    const rest = head.slice(start + credit).trimStart();
    if (rest === "") continue;
    // The head's keys: a filter of forms, a superset of the rest's (a form tried for nothing does not match).
    const dateline = datelineAtStart(rest, keys);
    if (dateline !== null && dateline.date !== null && dateline.label === undefined) return dateline;
  }
  return null;
}

/**
 * The dateline that opens `start` (`readDateline`), given the `DATELINE_KEYS` it holds. The words are no digits,
 * so the keys are read before the full-width digits are made half-width.
 */
function datelineAtStart(start: string, keys: number): Dateline | null {
  if (keys === 0) return null;
  let head: string | null = null;
  for (const form of DATELINE_FORMS) {
    if (!form.needs.every((need) => (keys & need) !== 0)) continue;
    if (form.holds !== undefined && !form.holds.some((word) => start.includes(word))) continue;
    // An outlet's name in title marks (`《科创板日报》12月28日讯`): the marks become spaces, so lengths stay.
    head ??= halfWidthDigits(start).replace(QUOTED_OUTLET, "$1 $2 ");
    const match = form.pattern.exec(head);
    const groups = match?.groups;
    if (!groups?.name) continue;
    const dated = groups.month !== undefined || groups.dayOnly !== undefined;
    const name = groups.name.trim();
    if ((form.label && NEWS_KIND.test(name)) || (form.publication && !namesNewsroom(name))) continue;
    const reporter = dated && groups.author === undefined ? reporterBeforePlace(name) : null;
    const outlet = dated
      ? datedOutlet(reporter?.outlet ?? name, groups.author !== undefined && WIRE.test(match![0]))
      : undatedOutlet(name, form.structural);
    if (outlet === null || (form.newsroomOutlet && (outlet === FILED_FROM || !namesNewsroom(outlet))))
      continue;
    return {
      // A dated dateline naming only where it was filed keeps its date and byline, and names no outlet.
      outlet: outlet === FILED_FROM ? null : outlet,
      date:
        groups.month !== undefined
          ? {
              year: groups.year ? Number(groups.year) : null,
              month: Number(groups.month),
              day: Number(groups.day),
            }
          : null,
      author: groups.author ? splitNames(groups.author).join("、") : (reporter?.author ?? null),
      ...(groups.dayOnly !== undefined ? { dayOnly: Number(groups.dayOnly) } : {}),
      ...(groups.editor ? { editor: groups.editor } : {}),
      // As the paragraph writes it (the head's digits were made half-width; the length is the same).
      ...(form.label ? { label: start.slice(0, match![0].length) } : {}),
      ...(groups.mark !== undefined && REPORTING_MARK.test(groups.mark) ? { reported: true as const } : {}),
    };
  }
  return null;
}
/**
 * A Taiwanese wire's dateline names its reporter between the outlet and the place it was filed from, with no mark
 * between them (`（中央社記者戴雅真台北29日電）`): the name a dated form read runs `outlet 记者 names place`. The place is
 * one the wire files from (`TAIWAN_DATELINE_PLACES`), so the reporters are what lies between; null when the name is not
 * so made. The 记者 check comes first: most names hold none.
 */
function reporterBeforePlace(name: string): { outlet: string; author: string } | null {
  const at = name.indexOf(REPORTER_WORD);
  if (at < 2) return null;
  const rest = name.slice(at + REPORTER_WORD.length);
  const place = TAIWAN_DATELINE_PLACES.find((city) => rest.endsWith(city));
  if (place === undefined) return null;
  const reporter = rest.slice(0, rest.length - place.length);
  return REPORTERS.test(reporter) ? { outlet: name.slice(0, at), author: reporter } : null;
}
/**
 * The reporters as a wire's dateline writes them: a name of two to four Han letters (`戴雅真`, `韋樞`), or up to four
 * such names parted by `、` (`郭建伸、王揚宇`, a Python script's 中央社 story, the search index's file 30262771545).
 */
const REPORTERS = /^\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4}){0,3}$/u;

/** What `datedOutlet` gives for a name that says where a story was filed and nothing of who wrote it. */
const FILED_FROM = "";

/**
 * The outlet in a dated dateline's name, which may run on into a place (`中新网广州`): the shortest
 * prefix that reads as an outlet, leaving at most eight characters of place (`路透蒙大拿州比林斯`); else, the date and
 * 电/讯 being structure enough, any short name that is not an ordinary word (`虎扑5月22日讯`) nor a place. The agencies
 * that file a reporter's dispatch (`wire`: `WIRE`) have names that read as outlets (`新华社`, `中新网`), so such a name
 * that does not is where one was filed from, its outlet left out (`阿斯塔纳8月9日电（记者 文龙杰）`): `FILED_FROM`, as
 * for a bureau's city.
 */
function datedOutlet(name: string, wire: boolean): string | null {
  if (NOT_NAME.test(name) || isPersonNames(name)) return null;
  for (let end = 2; end <= name.length; end++) {
    const prefix = name.slice(0, end).trim();
    // A place is no outlet's ending: `清华新闻网` is not 清华新闻 filing from 网.
    if (name.length - end === 1 && OUTLET_ENDING_CHARACTER.test(name.slice(end))) continue;
    if (name.length - end <= 8 && looksLikeOutlet(prefix)) return canonicalOutlet(prefix);
  }
  if (name.length > 8 || /\s/.test(name)) return null;
  return wire || BUREAU_CITIES.includes(name) ? FILED_FROM : canonicalOutlet(name);
}

/**
 * The outlet of an undated dateline: the whole name, when it reads as an outlet, or — for the
 * bracketed and 讯/专稿 forms, whose structure says it is one — when it is short and not an
 * ordinary word (`证券时报e公司讯`).
 */
function undatedOutlet(name: string, structural: boolean): string | null {
  if (NOT_NAME.test(name) || isPersonNames(name) || BUREAU_CITIES.includes(name)) return null;
  if (looksLikeOutlet(name)) return canonicalOutlet(name);
  return structural && name.length <= 8 && !/\s/.test(name) ? canonicalOutlet(name) : null;
}

// ---------------------------------------------------------------------------------------------
// Bylines

/**
 * The byline forms of a line of its own, tried in this order (`readByline`): the reporter's (`…记者 name`), the
 * writer's (`作者：name`), the writers filed from a place, the outlet and a name (`中国基金报 泰勒`), the compilers
 * (`达扬（综合报道）`). The first of the byline forms that close `GRAMMAR_PATTERNS` (whose entries say each form's examples),
 * compiled with the grammar's patterns.
 */
let BYLINE_FORMS: readonly RegExp[];
/** Which of `BYLINE_FORMS` is the reporter's (`…记者 name`). */
const REPORTER_FORM = 0;
/** Which of `BYLINE_FORMS` is the outlet-and-name one. */
const OUTLET_AND_NAME = 3;
/** How many of the byline forms closing `GRAMMAR_PATTERNS` are `BYLINE_FORMS`: the lead forms follow them. */
const LEAD_FORMS_START = 5;

/** Whether a text holds a byline's word (`本报记者 李纵 周小苑`): a byline's label, not a name alone or an outlet's. */
export function hasBylineWord(text: string): boolean {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  return BYLINE_WORD.test(text);
}

/**
 * Bylines that open a paragraph and run on into the story, tried in this order (`readByline`): a paper's own
 * (`本报讯（记者 name）`, `本报记者 name 发自`), a dateline's bracketed reporter, a columnist's, a reporter filing from a
 * bureau, an outlet's reporters set off by spaces, a Taiwanese paper's (with or without its slash) and a site's column in
 * brackets. The rest of the byline forms closing `GRAMMAR_PATTERNS` (whose entries say each form's examples), from
 * `LEAD_FORMS_START` on.
 */
let LEAD_BYLINE_FORMS: readonly RegExp[];

/**
 * An outlet's reporter byline set off by spaces (`经济观察网 记者 张锐`) run into the lead with nothing between —
 * a bold span's end was the only mark (`<span class="bjh-strong">经济观察网 记者 张锐</span>广深港高铁…`): the
 * name's end is not written, so only the outlet is read; `记者` as a word of its own bounds the outlet's name.
 * @bounded: anchored, fixed-length runs.
 */
const GLUED_REPORTER_LEAD =
  /^([\p{Script=Han}A-Za-z0-9]{2,12})[ 　]+(?:首席|特约|见习|实习)?记者[ 　]+\p{Script=Han}/u;

/**
 * An outlet's reporter glued to the lead with no space at all, the name's end marked by where or when the reporter
 * went on (`新华每日电讯记者尹平平在北京大学肿瘤医院附近…`, `…记者李明日前从…获悉`): the shortest name of two or three
 * that such a word follows. @bounded: anchored, fixed-length runs.
 */
const GLUED_NAMED_REPORTER_LEAD =
  /^([\p{Script=Han}A-Za-z0-9]{2,12}?)(?:首席|特约|见习|实习)?记者(\p{Script=Han}{2,3}?)(?=在|从|近日|日前|获悉|了解到|走访|来到)/u;

/**
 * The outlet of a reporter's byline glued to the lead (`GLUED_REPORTER_LEAD`), for a paragraph no byline form
 * reads: a byline naming no writer, or the writer when the lead marks the name's end (`GLUED_NAMED_REPORTER_LEAD`);
 * null when the name before 记者 reads as no outlet's.
 */
export function readGluedReporterLead(text: string): Byline | null {
  const lead = text.trimStart();
  // Both forms hold 记者: a lead without the word is tried no further.
  if (!lead.includes("记者")) return null;
  const named = GLUED_NAMED_REPORTER_LEAD.exec(lead);
  if (named !== null && looksLikeOutlet(named[1]!))
    return { authors: [named[2]!], outlet: canonicalOutlet(named[1]!), editors: [] };
  const outlet = GLUED_REPORTER_LEAD.exec(lead)?.[1];
  return outlet !== undefined && looksLikeOutlet(outlet)
    ? { authors: [], outlet: canonicalOutlet(outlet), editors: [] }
    : null;
}

/**
 * `readByline(collapseWhitespace(text))`, without collapsing a text proven to hold no byline: the head and tail
 * paragraphs `readLeads` reads are mostly long prose with none. Collapsing joins words only across a line break and
 * moves the start only past white space, so without either (nor an edition note, whose replacement moves the
 * start too) `BYLINE_WORD` reads the text as it reads the collapsed one; and the outlet-and-name line, the one form
 * without a byline word, is at most `OUTLET_NAME_LINE_LONGEST` characters once collapsed.
 */
export function readUncollapsedByline(text: string): Byline | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  return text.includes("\n") ||
    (classOf(text.charCodeAt(0)) & COLLAPSIBLE) !== 0 ||
    BYLINE_WORD.test(text) ||
    EDITION_WORDS.some((word) => text.includes(word)) ||
    !collapsedLongerThan(text, OUTLET_NAME_LINE_LONGEST)
    ? readByline(collapseWhitespace(text))
    : null;
}
/** `OUTLET_NAME_LINE`'s longest match: 17 + 5 + 6 characters and the two spaces between. */
const OUTLET_NAME_LINE_LONGEST = 30;

/** A line that is a byline, or a paragraph opening with one (kept in the text; the names are the author). */
export function readByline(text: string): Byline | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  // The intro and the edition note are replaced only in a line that holds their words (most lines hold neither).
  const trimmed = text.trim();
  const introduced = trimmed.startsWith(WRITER_INTRO_START) ? trimmed.replace(WRITER_INTRO, "") : trimmed;
  const plain = (
    EDITION_WORDS.some((word) => introduced.includes(word))
      ? introduced.replace(EDITION_NOTE, (_, edition: string) => `${edition} `)
      : introduced
  ).trim();
  if (!BYLINE_WORD.test(plain) && !OUTLET_NAME_LINE.test(plain)) return null;
  // Only a line with a byline's word, in either script, is folded to the Simplified labels.
  const line = foldCreditLabels(plain, CREDIT_LABEL_WITHIN);
  if (line.length <= 60) {
    for (const [index, form] of BYLINE_FORMS.entries()) {
      const groups = form.exec(line)?.groups;
      if (groups?.latin) return { authors: splitLatinNames(groups.latin), outlet: null, editors: [] };
      if (!groups?.names) continue;
      const read = byline(groups, index === REPORTER_FORM);
      // The outlet-and-name form holds only when the outlet reads as one.
      if (index === OUTLET_AND_NAME && read?.outlet == null) continue;
      return read;
    }
  }
  if (line.length <= 60) {
    const groups = BYLINE_EDITOR.exec(line)?.groups;
    if (groups?.editors) {
      const outlet = groups.outlet && looksLikeOutlet(groups.outlet) ? canonicalOutlet(groups.outlet) : null;
      return { authors: [], outlet, editors: splitNames(groups.editors) };
    }
  }
  for (const form of LEAD_BYLINE_FORMS) {
    const groups = form.exec(line)?.groups;
    if (groups?.names) {
      const outlet = groups.outlet ?? groups.reporterOf;
      if (outlet !== undefined && !looksLikeOutlet(outlet)) continue;
      const names = groups.more ? `${groups.names}、${groups.more}` : groups.names;
      return byline({ names, outlet: groups.reporterOf });
    }
  }
  return readTrailingByline(line);
}

function readTrailingByline(line: string): Byline | null {
  // The pattern is anchored at the end only: without a closing bracket there, it would be tried from every bracket of the line.
  if (!CLOSING_BRACKETS.has(line.charCodeAt(line.length - 1))) return null;
  const groups = TRAILING_BYLINE.exec(line)?.groups;
  return groups?.names ? byline(groups) : null;
}

/**
 * A name glued to `摄` closing a byline's bracket (`（記者楊雅民攝）`, `（记者陈志曲摄）`): a picture's caption naming
 * who took the photo, not who wrote the story.
 */
const PHOTO_CREDIT_END = /[摄攝]$/u;

function byline(groups: Record<string, string | undefined>, reporter = false): Byline | null {
  if (PHOTO_CREDIT_END.test(groups.names!)) return null;
  const names = splitNames(groups.names!);
  // `文|财经 赵天宇`: the magazine, then its writer — a first name that reads as an outlet names where the writer
  // writes (a two-character name ending as `网` or `报` do may be a person's: `王网` is not taken so).
  const first = names[0] ?? "";
  const outletFirst =
    groups.outlet === undefined &&
    names.length > 1 &&
    looksLikeOutlet(first) &&
    !ONE_CHARACTER_ENDING.test(first);
  const authors = outletFirst ? names.slice(1) : names;
  if (authors.length === 0) return null;
  const written = outletFirst ? first : (groups.outlet?.trim() ?? "");
  const outletText = titledPaper(written);
  // A name in title marks before `记者` is a publication's, whatever it ends with (`《中国企业家》记者`); without
  // the word it may be a book's (`《三体》 刘慈欣`).
  const titled = reporter && outletText !== written;
  const outlet =
    outletText === "" ||
    /^(?:本报|本台|本刊|本网)$/u.test(outletText) ||
    !(titled || looksLikeOutlet(outletText))
      ? null
      : canonicalOutlet(outletText);
  return { authors, outlet, editors: groups.editors ? splitNames(groups.editors) : [] };
}

/**
 * The paper a name in title marks, maybe after its country's, names (`英国《金融时报》` is 金融时报), with the edition
 * written after the marks (`《人民日报》海外版` is 人民日报海外版); any other name as given.
 */
export function titledPaper(written: string): string {
  if (!written.endsWith("》") && !written.endsWith("版")) return written;
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const paper = TITLED_PAPER.exec(written);
  return paper === null ? written : paper[1]! + (paper[2] ?? "");
}

export function readAuthorNote(text: string): { author: string; rest: string } | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  if (!endsWithClosingBracket(text)) return null;
  const match = AUTHOR_NOTE.exec(text);
  return match ? { author: match[1]!, rest: text.slice(0, match.index).trim() } : null;
}

/** The writer a filed byline names (`FILED_BYLINE`); null for any other line, and for a desk's (`財經中心／綜合報導`). */
export function readFiledByline(line: string): string | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const name = FILED_BYLINE.exec(line.trim())?.[1];
  return name === undefined || looksLikeOutlet(name) || DESK_NAME.test(name) ? null : name;
}

/** The outlet and the reporter a credit block names (`NEWSROOM_CREDIT`); null for any other line. */
export function readNewsroomCredit(line: string): { outlet: string; author: string | null } | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  if (line.length > NEWSROOM_CREDIT_MAX) return null;
  const groups = NEWSROOM_CREDIT.exec(foldCreditLabels(line.trim()))?.groups;
  if (groups === undefined || !looksLikeOutlet(groups.outlet!)) return null;
  return { outlet: canonicalOutlet(groups.outlet!), author: groups.author ?? null };
}
/** The most characters of a credit block: an outlet, a reporter, a place and a day. */
const NEWSROOM_CREDIT_MAX = 40;

/**
 * The outlet a paragraph closes with, and the paragraph without it; null when it closes otherwise. A column
 * signs off with its outlet and its writer in the brackets (`…旅游酒店调整。（港澳资讯  徐波）`): the writer is
 * the `author`.
 */
export function readTrailingOutlet(text: string): { outlet: string; rest: string; author?: string } | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  if (!endsWithClosingBracket(text)) return null;
  const match = TRAILING_OUTLET.exec(text) ?? afterClosingByline(text);
  if (!match) return null;
  // A production credit (`（投资者服务出品）`) names its outlet before 出品; an app's share mark glued to the last
  // sentence (`…更容易。(金十数据APP)`, a flash copied from 金十数据's app) names it before APP.
  const name = match[2]!
    .replace(/^(?:(?:文章|本文)?(?:来源|來源|出自|摘自|选自)|(?:文章|本文)来自)\s*[:：]?\s*/u, "")
    .replace(/(?:出品|\s?app)$/iu, "")
    .trim();
  const rest = match[1]!.trim();
  // A bracket closing a caption credits the picture, not the story (`图为…。（记者杨雅民摄）`).
  if (closesWithCaption(rest)) return null;
  // The name's labels in Simplified forms: `（記者楊雅民攝）` is a photo credit as `（记者杨雅民摄）` is.
  const labels = foldCreditLabels(name);
  const reporter = labels.includes("记者") && !labels.endsWith("摄") ? REPORTER_CREDIT.exec(labels) : null;
  if (reporter !== null && looksLikeOutlet(reporter[1]!))
    return { outlet: canonicalOutlet(reporter[1]!), rest, author: reporter[2]! };
  // An outlet known by name is one whatever words it holds (`（金十数据）`: 据 opens a report's attribution elsewhere).
  const known = isKnownOutlet(name);
  if (name === "" || (!known && NOT_TRAILING_OUTLET.test(labels)) || isLoneWriterName(name)) return null;
  // The outlet, then one writer's name after a space: what `readByline` reads as a columnist's line.
  const signed = SIGNED_OUTLET.test(name) ? readUncollapsedByline(name) : null;
  if (signed?.outlet && signed.authors.length === 1)
    return { outlet: signed.outlet, rest, author: signed.authors[0]! };
  if (!known && isPersonNames(name)) return null;
  return { outlet: canonicalOutlet(name), rest };
}

/**
 * `…更大的参评灵活性。（央视）第93届奥斯卡颁奖典礼宣布推迟`: a social post closing with its credit, then the title of the video
 * or link card it carried, as a scraper of Weibo joins the card to the post's text. The credit is read as
 * `readTrailingOutlet` reads it; the card's title is neither the story's nor its credit's, and `rest` leaves it out.
 */
export function readCreditBeforeCard(text: string): { outlet: string; rest: string; author?: string } | null {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const close = text.lastIndexOf("）") + 1;
  const card = text.slice(close);
  return close > 0 && CARD_TITLE.test(card) && !isPersonNames(card)
    ? readTrailingOutlet(text.slice(0, close))
    : null;
}
/** How far back from a text's end its last sentence is looked for: a caption is one short sentence. */
const CAPTION_MAX = 120;

/** Whether `text`'s last sentence is a picture's caption (`CAPTION_OPENING`). */
function closesWithCaption(text: string): boolean {
  const tail = text.slice(-CAPTION_MAX);
  let start = 0;
  // The last sentence starts after the sentence end before the final one.
  for (let i = tail.length - 2; i >= 0; i--) {
    if ("。！？!?".includes(tail[i]!)) {
      start = i + 1;
      break;
    }
  }
  return CAPTION_OPENING.test(tail.slice(start).trimStart());
}

/**
 * A story closing with one person's name in brackets (`…登陆纽交所。（李明）`, the editor's or the reporter's
 * sign-off): two or three Han characters that neither name a known outlet nor end as outlets do.
 */
function isLoneWriterName(name: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(name) && !looksLikeOutlet(name);
}

/** A trailing outlet after a closing byline (`BYLINE_THEN_OUTLET`) as `TRAILING_OUTLET` gives it: the text before it, the name. */
function afterClosingByline(text: string): [string, string, string] | null {
  const match = BYLINE_THEN_OUTLET.exec(text);
  if (match === null) return null;
  const byline = readUncollapsedByline(match[2]!);
  return byline !== null && byline.authors.length > 0 ? [match[0], match[1]! + match[2]!, match[3]!] : null;
}
/** The characters an end mark can close a text with: one test before the pattern, which nearly every paragraph fails. */
const END_MARK_LAST = new Set([..."）)-—#＃■"].map((ch) => ch.charCodeAt(0)));

/** The stamp's digits, and the closing character before them. */
const ARCHIVE_STAMP_DIGITS = 7;

/** Whether the paragraph closes with a wire's archive stamp (`ARCHIVE_STAMP`). */
function hasArchiveStamp(text: string): boolean {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39 && ARCHIVE_STAMP.test(text.slice(-(ARCHIVE_STAMP_DIGITS + 1)));
}

/** The day a wire's archive stamp closing the paragraph names (`1021029`: 民國 102 = 2013, October 29), or null for none. */
export function archiveStampDay(text: string): { year: number; month: number; day: number } | null {
  if (!hasArchiveStamp(text)) return null;
  const digits = text.slice(-ARCHIVE_STAMP_DIGITS);
  return {
    year: Number(digits.slice(0, 3)) + ROC_YEAR_OFFSET,
    month: Number(digits.slice(3, 5)),
    day: Number(digits.slice(5)),
  };
}
/** The Gregorian year of 民國 0. */
const ROC_YEAR_OFFSET = 1911;

/** The paragraph without the wire's archive stamp it closes with (as it is when it has none). */
export function withoutArchiveStamp(text: string): string {
  return hasArchiveStamp(text) ? text.slice(0, -ARCHIVE_STAMP_DIGITS) : text;
}

/** Whether the paragraph closes with an end mark (or a wire's archive stamp). */
export function hasEndMark(text: string): boolean {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  return (
    hasArchiveStamp(text) || (END_MARK_LAST.has(text.charCodeAt(text.length - 1)) && END_MARK.test(text))
  );
}

/** The paragraph without the end mark or archive stamp it closes with (as it is when it has none). */
export function withoutEndMark(text: string): string {
  if (!grammarPatternsCompiled) compileGrammarPatterns();
  const unstamped = withoutArchiveStamp(text);
  return END_MARK_LAST.has(unstamped.charCodeAt(unstamped.length - 1))
    ? unstamped.replace(END_MARK, "")
    : unstamped;
}

/**
 * Whether `text` ends with `)` or `）`, as a trailing outlet or an author's note must: tested before
 * their patterns, which would otherwise read back through the whole paragraph to fail.
 */
function endsWithClosingBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x29 || last === 0xff09;
}

/**
 * Text that credits a picture rather than the story: `图片来源：…`, `截图来源：…`, `…受访者供图`,
 * `记者 X 摄`, `视觉中国图`. Such a line near an image is its caption; it never names the source.
 */
export const IMAGE_CREDIT =
  /^(?:[（(]?\s*(?:图片来源|图片提供|图源|截图来源|配图来源|图表来源|视频截图|资料图片?|图为|图表|图\s*[:：]|摄影\s*[:：]))|(?:供图|摄|制图|摄影|配图|视觉中国图?|东方IC|图虫创意|IC photo|新华社发)[)）。.]?$/iu;
