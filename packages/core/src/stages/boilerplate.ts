import {
  BOILERPLATE_PATTERNS,
  CLOSING_NOTES,
  GENERIC_DROP_LINES,
} from "@caixun/core/stages/boilerplate-lines";
import { isAppLinkLine } from "../credits/export-frame.js";
import { readByline, readCreditLine } from "../credits/grammar.js";
import { allPacks, type PackSet } from "../packs/index.js";
import { memoByPacks } from "../packs/memo.js";
import { advance, type Stage } from "../pipeline/context.js";
import { madeAtFirstUse } from "../stories/at-first-use.js";
import {
  collapsedFirstCode,
  collapsedLongerThan,
  collapseWhitespace,
  endsWithFolded,
  longerThan,
  WORDS_LINE,
} from "../text/chars.js";
import { openingTest } from "../text/pattern-gate.js";
import { type PatternSet, patternSet, type TextTest } from "../text/pattern-set.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { blockText, isLinksOnly, type RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/**
 * The stage's patterns, compiled from their literals (`BOILERPLATE_PATTERNS`, `stages/boilerplate-lines.ts`) into these
 * bindings when an exported step is first called (one test of the flag a call): a Worker reads the literals from its
 * static assets before any parse, so no pattern can be made when this module loads. The steps read the bindings as
 * they read constants.
 */
let boilerplatePatternsCompiled = false;
let FOLLOW_PROMPT: RegExp;
let VIEWS_DISCLAIMER: RegExp;
let MAIL_LABEL: RegExp;
let MAIL_ADDRESS: RegExp;
let PAGE_TAIL: RegExp;
let COMMENT_THREAD_HEADING: RegExp;
let RIGHTS_NOTICE: RegExp;
let FOLLOW_CARD: RegExp;
let PORTAL_TAIL: RegExp;
let SIGN_OFF_ORNAMENT: RegExp;
let SIGN_OFF_MARK: RegExp;
let LEGAL_HEADING: RegExp;
let RELATED_LABEL: RegExp;
let CLIPPER_EXCERPT: RegExp;
let SIDEBAR_LABEL_BEFORE_LINKS: RegExp;
let LABELLED_CREDIT: RegExp;
let COPYRIGHT_FOOTER: RegExp;
let ENUMERATOR: RegExp;
let SHOP_PROMO: RegExp;
let LEAD_BOX_CAPTION: RegExp;
let MACHINE_SUMMARY_HEADING: RegExp;
let METADATA_SECTION_HEADING: RegExp;
let METADATA_LINE: RegExp;
let ORIGINAL_ZONE_HEADING: RegExp;
let SUMMARY_BOX: RegExp;
let MENU_ITEM: RegExp;
let DATED_HEADLINE: RegExp;
let FOOTER_LABEL: RegExp;
let BARE_ADDRESS: RegExp;
let RELATED_INSET_LABEL: RegExp;
let CLOSING_RELATED_LABEL: RegExp;
let RELATED_ITEM_REST: RegExp;
let TAG_LABEL: RegExp;
let TAG_LABEL_START: RegExp;
let STYLE_RULE: RegExp;
let THEME_FOOTER: RegExp;
let STANDARDS_FOOTER: RegExp;
let SIGN_OFF: RegExp;
let ORNATE_SIGN_OFF: RegExp;
let QUOTE_ORNAMENT: RegExp;
let EMPTY_CREDIT: RegExp;
let PAGINATION: RegExp;
let FORUM_LINK: RegExp;
let STRAY_EMPHASIS: RegExp;
let REPORT_BUTTON: RegExp;
let READ_ALOUD_BUTTON: RegExp;
let SHARE_BUTTON: RegExp;
let EPAPER_PAGE_DATE: RegExp;
let EPAPER_PROPERTY_RECORD: RegExp;
let MORE_POSTS_LIST: RegExp;
let GLUED_RIGHTS_NOTICE: RegExp;
let READER_TOGGLE: RegExp;

/** Compiles `BOILERPLATE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileBoilerplatePatterns(): void {
  [
    FOLLOW_PROMPT,
    VIEWS_DISCLAIMER,
    MAIL_LABEL,
    MAIL_ADDRESS,
    PAGE_TAIL,
    COMMENT_THREAD_HEADING,
    RIGHTS_NOTICE,
    FOLLOW_CARD,
    PORTAL_TAIL,
    SIGN_OFF_ORNAMENT,
    SIGN_OFF_MARK,
    LEGAL_HEADING,
    RELATED_LABEL,
    CLIPPER_EXCERPT,
    SIDEBAR_LABEL_BEFORE_LINKS,
    LABELLED_CREDIT,
    COPYRIGHT_FOOTER,
    ENUMERATOR,
    SHOP_PROMO,
    LEAD_BOX_CAPTION,
    MACHINE_SUMMARY_HEADING,
    METADATA_SECTION_HEADING,
    METADATA_LINE,
    ORIGINAL_ZONE_HEADING,
    SUMMARY_BOX,
    MENU_ITEM,
    DATED_HEADLINE,
    FOOTER_LABEL,
    BARE_ADDRESS,
    RELATED_INSET_LABEL,
    CLOSING_RELATED_LABEL,
    RELATED_ITEM_REST,
    TAG_LABEL,
    TAG_LABEL_START,
    STYLE_RULE,
    THEME_FOOTER,
    STANDARDS_FOOTER,
    SIGN_OFF,
    ORNATE_SIGN_OFF,
    QUOTE_ORNAMENT,
    EMPTY_CREDIT,
    PAGINATION,
    FORUM_LINK,
    STRAY_EMPHASIS,
    REPORT_BUTTON,
    READ_ALOUD_BUTTON,
    SHARE_BUTTON,
    EPAPER_PAGE_DATE,
    EPAPER_PROPERTY_RECORD,
    MORE_POSTS_LIST,
    GLUED_RIGHTS_NOTICE,
    READER_TOGGLE,
  ] = BOILERPLATE_PATTERNS.map(regexFromLiteral) as RegExps<52>;
  boilerplatePatternsCompiled = true;
}

/**
 * The most characters, once collapsed (one space at each `\s*`), of a line `FOLLOW_PROMPT` matches: 30 of a
 * `关注` clause, 56 from `回复` on.
 */
const FOLLOW_PROMPT_MAX = 86;
/** `FOLLOW_PROMPT`, run only on lines with its word `回复` (a scan is cheaper than the pattern on every block). */
const isFollowPrompt = (text: string) => text.includes("回复") && FOLLOW_PROMPT.test(text);
/** How many blocks from the top a follow prompt is the page's head, left for the credits stage to read. */
export const FOLLOW_PROMPT_HEAD = 4;

/** How many blocks from the top a WeChat page's reader toggle is kept for the credits stage (`isReaderToggle`). */
export const READER_TOGGLE_HEAD = 12;

/** Whether a line is one of WeChat's novel-reader toggles (`在小说阅读器中沉浸阅读`, `READER_TOGGLE`). */
export function isReaderToggle(text: string): boolean {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  return READER_TOGGLE.test(text.trim());
}

/** The account a follow prompt names (`关注 前端瓶子君，回复 “交流”` → 前端瓶子君); null for any other text. */
export function followPromptAccount(text: string): string | null {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  return text.includes("回复") ? (FOLLOW_PROMPT.exec(text.trim())?.[1] ?? null) : null;
}

/**
 * Each Simplified character of `LABELLED_DISCLAIMERS` that Traditional script writes otherwise, then its Traditional
 * form: the rule is written once, in Simplified, and compiled for both (`inTraditional`).
 */
const DISCLAIMER_TRADITIONAL =
  "责責声聲风風险險别別郑鄭仅僅参參构構议議据據担擔负負资資谨謹赞贊观觀点點场場后後无無关關";

/**
 * A pattern's source written in Traditional script: each character `DISCLAIMER_TRADITIONAL` lists as its Traditional
 * form. Two literal sources rather than one of two-form classes (`[声聲]明`): the pattern gate (`text/pattern-gate.ts`)
 * reads a rule's literal words to skip the lines that cannot match, and a class gives it none.
 */
function inTraditional(source: string): string {
  const forms = new Map<string, string>();
  for (let i = 0; i < DISCLAIMER_TRADITIONAL.length; i += 2)
    forms.set(DISCLAIMER_TRADITIONAL[i]!, DISCLAIMER_TRADITIONAL[i + 1]!);
  return source.replace(/\p{Script=Han}/gu, (char) => forms.get(char) ?? char);
}

/**
 * A labelled disclaimer: not advice, views are the authors', risks are the reader's (`新浪声明：…风险自担`,
 * `免责声明：本文内容仅代表作者个人观点，平台不承担任何法律风险。`), and the same in Traditional characters, as a
 * Taiwanese report closes (`免責聲明：本報告內容僅供資訊參考，不構成任何投資建議或勸誘。`), or a generated article's
 * template under `注意` (`注意：本文僅提供分析和資訊，不構成投資建議。`), or a compiled analysis's under `注` (`注：以上分析基于公开信息，
 * 投资决策需结合个人风险偏好及专业建议。`); a blog's marker emoji may open it (`💡 免责声明：本文仅供教育和
 * 信息分享，不构成投资建议。`, `💭 学习分享声明：…不构成投资建议`); a firm's site names itself before the label (`赛岳恒官网声明：资讯仅代表作者个人观点。…
 * 风险自担。`, an advisory firm's page a CMS row pasted); the label may stand in lenticular brackets instead of
 * before a colon, as 和讯网 closes a story it carries (`【免责声明】本文仅代表作者本人观点，与和讯网无关。…请读者仅作参考`).
 */
const LABELLED_DISCLAIMER_SOURCE = String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\p{Script=Han}{0,6}?(?:免责声明|风险提示|特别提示|特别声明|郑重声明|声明|注意?)[:：]|【(?:免责声明|风险提示|特别声明|郑重声明)】[:：]?).{0,300}?(?:仅(?:供.{0,6}|作)参考|不构成.{0,12}(?:建议|依据)|风险自(?:担|负)|投资需谨慎|决策需结合.{0,16}(?:建议|判断)|据此操作|不代表.{0,12}(?:赞同|观点|立场)|仅代表.{0,12}观点|不承担.{0,12}(?:责任|风险)|后果.{0,20}无关)`;
export const LABELLED_DISCLAIMERS: readonly RegExp[] = [
  new RegExp(LABELLED_DISCLAIMER_SOURCE, "u"),
  new RegExp(inTraditional(LABELLED_DISCLAIMER_SOURCE), "u"),
];

/**
 * A closing note made of two or more clauses (`CLOSING_NOTES.clause`) and nothing else (`本文观点仅代表作者个人，不构成任何投资建议。
 * 投资有风险，决策需独立。`, `若您觉得内容有帮助，建议收藏备用。您的收藏也是对我做内容的最大鼓励和支持，谢谢！`): every clause the
 * reader is told about the story, none of the story. One clause alone may be a sentence of the story, and stays. Read in
 * the body's closing blocks only (`withoutClosingNotes`), where such notes stand, with a model's note (`CLOSING_NOTES.model`); `mayOpen` tells,
 * from a block's first character, whether it may be either: one a clause or a model's note can start with, read from
 * the patterns. Nearly every story's last paragraph opens with another, and is neither collapsed nor matched. Made at
 * first use: a Worker reads the patterns' sources from its static assets (`@caixun/core/stages/boilerplate-lines`).
 */
const closingNotes = madeAtFirstUse(() => {
  const { clause, model: modelNote } = CLOSING_NOTES;
  const note = new RegExp(
    String.raw`^${clause}(?:[，,。；;！!～~、\s]{1,3}${clause}){1,6}[，,。；;！!～~]?$`,
    "u",
  );
  const model = regexFromLiteral(modelNote);
  return { note, model, mayOpen: openingTest([note, model]) };
});

/** How many blocks from the body's end a closing note (`closingNotes`) may stand: a disclaimer, a prompt, a model's note. */
const CLOSING_NOTE_BLOCKS = 3;
/** The most characters of a closing note: a few clauses (a longer block is the story's, and is not read as one). */
const CLOSING_NOTE_MAX = 160;

/**
 * The blocks without the closing notes at the body's end (`closingNotes`): paragraphs and quotes, read
 * from the last back while they are such notes, at most `CLOSING_NOTE_BLOCKS` of them.
 */
function withoutClosingNotes(blocks: RawBlock[]): RawBlock[] {
  // A picture among or after the notes (a tip jar's badge under `可以请我喝咖啡`) is read past, and goes with them.
  let end = blocks.length;
  let cut = blocks.length;
  let notes = 0;
  while (end > 0 && notes < CLOSING_NOTE_BLOCKS) {
    const { block } = blocks[end - 1]!;
    end--;
    if (block.type === "image") continue;
    // A note set in bold alone on its line is read as a heading (`**⭐星标华尔街见闻，好内容不错过⭐**`).
    if (block.type === "list" || block.type === "table" || block.text.length > CLOSING_NOTE_MAX) break;
    const { note, model, mayOpen } = closingNotes();
    if (!mayOpen(collapsedFirstCode(block.text))) break;
    const text = collapseWhitespace(block.text);
    if (!note.test(text) && !model.test(text)) break;
    notes++;
    cut = end;
  }
  return cut === blocks.length ? blocks : blocks.slice(0, cut);
}

/**
 * Page UI copied with the text: font-size and bookmark buttons, share and print links, page numbers, and a
 * video's credit note beside them — one of them a line, or a row of them (`EnRA+A- 收藏到 AliceBox （本期视频由
 * Wind AI 提供技术支持）`, an app's header pasted into a post); a share button names where it shares to
 * (`转播到腾讯微博`, as a reader mode keeps 腾讯's under each picture); a font-size control lists its sizes
 * (`字号：大 中 小`, `字号：A- A A+`). Each item opens with its own literal and a bookmark or share target stops at
 * white space or a bracket, so a row is split one way only. A whole page's info line sets them among its fields.
 */
export const PAGE_CONTROLS =
  /^(?:(?:EnRA\+A-|A\+\s*A-|A-\s*A\+|收藏到\s*[^\s（(]{1,16}|字号[:：]?\s*(?:[大中小TＴ\s]|A[+-]?){2,8}|(?:分享|转播)到[:：]?(?:[^\s（(:：]{2,16})?|返回顶部|【?(?:打印|关闭窗口|纠错|收藏)】?|[（(]本期视频由[^）)\n]{1,30}提供技术支持[）)])\s*){1,4}$/i;

/**
 * Where a platform says its writer posted from, a line of its own under the headline or closing the story (`所属地 上海`,
 * `IP属地：北京`, 新浪's `发布于：上海`): the account's place, not the story's words.
 */
export const POSTED_FROM = /^(?:(?:IP)?(?:所属地|属地)|发布于)[ \t:：]+\p{Script=Han}{2,8}$/u;

/**
 * Lines that are boilerplate whatever the source: ads, reprint notices, "more" markers (`GENERIC_DROP_LINES`, which a
 * Worker reads from its static assets after the modules load, so compiled at first use), with this module's named
 * rules that other readers share.
 */
export const genericDrop = madeAtFirstUse((): readonly TextTest[] => {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  return [
    POSTED_FROM,
    PAGE_CONTROLS,
    // Disclaimers, in either script: not advice, views are the authors', risks are the reader's (`LABELLED_DISCLAIMERS`).
    ...LABELLED_DISCLAIMERS,
    VIEWS_DISCLAIMER,
    FOLLOW_PROMPT,
    // A newsroom's mail contact under a feed's item, its label and its address each on a line of their own
    // (`電子郵件:` over `cnews@rthk.hk`): the address goes with its label (`MAIL_ADDRESS`).
    MAIL_LABEL,
    { test: isStandardsFooter },
    ...GENERIC_DROP_LINES.map(regexFromLiteral),
  ];
});

/**
 * The words Reuters' standards footer (`STANDARDS_FOOTER`) can close a line with, in lower case: the principles' name in
 * either script, or the page's link label after it. Before a full stop, but for the label's.
 */
const STANDARDS_FOOTER_LAST_WORDS = ["principles", "信托原则", "信託原則"] as const;
const STANDARDS_FOOTER_LABEL = "opens new tab";

/**
 * Whether a line is Reuters' standards footer, maybe after the wire's closing credit (`STANDARDS_FOOTER`): the footer's
 * last words are looked for at the line's end first, a few character codes, and only a line that ends with them is read
 * from its start. The pattern opens with the credit's wide run and reads its English under `i`, which no word gate of a
 * rule list spells (`patternNeeds`): in the list, it read every line of every story up to its bounds.
 */
export function isStandardsFooter(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  const end = last === 0x3002 || last === 0x2e ? line.length - 1 : line.length;
  return (
    (endsWithFolded(line, STANDARDS_FOOTER_LAST_WORDS[0], end) ||
      endsWithFolded(line, STANDARDS_FOOTER_LAST_WORDS[1], end) ||
      endsWithFolded(line, STANDARDS_FOOTER_LAST_WORDS[2], end) ||
      endsWithFolded(line, STANDARDS_FOOTER_LABEL)) &&
    STANDARDS_FOOTER.test(line)
  );
}
/** The most characters a rights notice (`RIGHTS_NOTICE`) runs to, its contact line included. */
const RIGHTS_NOTICE_MAX = 120;
/**
 * The most characters, once collapsed, of a line `PAGE_TAIL` or `FOLLOW_CARD` matches
 * (`People who liked this content also liked`): a longer block is neither (`mayEndStory`).
 */
const TAIL_LINE_MAX = 40;
/** The capitals a `THEME_FOOTER` line opens with: a line opening otherwise is not matched. */
const THEME_FOOTER_OPENINGS = new Set([..."CFPTL"].map((ch) => ch.charCodeAt(0)));
const isThemeFooter = (text: string) =>
  THEME_FOOTER_OPENINGS.has(text.charCodeAt(0)) && THEME_FOOTER.test(text);
/** The characters a `PORTAL_TAIL` line opens with: nearly every short line opens otherwise, and is not matched. */
const PORTAL_TAIL_OPENINGS = new Set([..."文关我网相0123456789"].map((ch) => ch.charCodeAt(0)));
const isPortalTail = (text: string) => PORTAL_TAIL_OPENINGS.has(text.charCodeAt(0)) && PORTAL_TAIL.test(text);
/**
 * After an ornate sign-off or an account's closing follow prompt, how much text (a share of the text before
 * it) may still be the page's promos: less than half a story.
 */
export const ORNATE_TAIL_SHARE = 0.5;
/**
 * Whether a line opening with a character may be a sign-off (`SIGN_OFF`, `ORNATE_SIGN_OFF`), read from the patterns:
 * its ornaments, `©`, and the first letters of `THE`, `EOF`, `END`, `end`.
 */
const mayOpenSignOff = madeAtFirstUse(() => {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  return openingTest([SIGN_OFF, ORNATE_SIGN_OFF]);
});
/**
 * A paragraph that reads as prose: some words and a sentence end — a Chinese ellipsis closing it
 * (`更多消息，持续更新中……`) included, a run of dots (`......`) not.
 */
export const isProse = (text: string) =>
  text.length >= 10 && /[。！？]|(?<![.!?])[.!?](?:\s|$)|……$/u.test(text);

/**
 * Fragments cut out of text whatever the source, in this order (`BOILERPLATE_PATTERNS`, which a Worker reads from its
 * static assets after the modules load, so listed at first use). Cut patterns open with a literal character, so the
 * engine skips ahead to candidates instead of trying every position; the white space they leave is collapsed afterwards.
 */
export const genericCuts = madeAtFirstUse((): readonly RegExp[] => {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  return [
    EMPTY_CREDIT,
    // A quotation ornament opening a block (`❝ 还在为…`): a WeChat editor's decoration, not a character of the text.
    QUOTE_ORNAMENT,
    PAGINATION,
    FORUM_LINK,
    REPORT_BUTTON,
    READ_ALOUD_BUTTON,
    SHARE_BUTTON,
    MORE_POSTS_LIST,
    GLUED_RIGHTS_NOTICE,
    STRAY_EMPHASIS,
    EPAPER_PAGE_DATE,
    EPAPER_PROPERTY_RECORD,
  ];
});

/**
 * Boilerplate: drop boilerplate blocks and cut spliced widgets out of text. Generic rules plus the
 * packs' `dropBlocks` and `cutFragments`; credit lines are left for the credits stage to read.
 */
export const boilerplate: Stage<BodyRead, Pick<BodyRead, "rawBlocks">> = (context) => {
  const { rawBlocks, pageCopy } = context.document;
  return advance(context, { rawBlocks: removeBoilerplate(rawBlocks, context.packs, pageCopy) });
};

/**
 * The blocks without boilerplate. `framed`: the blocks are a Markdown copy of a whole page whose head
 * was found, so what follows the story's last prose is the page's too.
 */
export function removeBoilerplate(blocks: readonly RawBlock[], packs: PackSet, framed = false): RawBlock[] {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  const rules = rulesOf(allPacks(packs));
  const { drops } = rules;
  const kept: RawBlock[] = [];
  // The page's description a clipper's excerpt box quotes: quoted again over the story (an account's tagline,
  // `「小墨是前端」致力于分享实用前端技术…`), it is the page's, not the story's.
  let excerpt: string | null = null;
  // Whether the last block read was prose the rules dropped (a disclaimer closing the story).
  let droppedLast = false;
  // Whether the last block read was a mail contact's label, whose address may follow.
  let mailLabelLast = false;
  // Whether the last block kept was a tag label alone (`关键字：`), whose links may follow.
  let tagLabelLast = false;
  // Whether a subscribe prompt was dropped over the story, and whether a block of prose was kept yet.
  let subscribeHead = false;
  let proseKept = false;
  for (const [index, original] of withoutPageTail(
    withoutHeadBox(withoutSummaryBox(withoutMachineSections(blocks))),
  ).entries()) {
    droppedLast = false;
    const raw = cutFragments(original, rules);
    const text = blockText(raw.block);
    if (raw.block.type !== "image" && text === "") continue;
    const underMailLabel = mailLabelLast;
    mailLabelLast = false;
    if (underMailLabel && raw.block.type === "paragraph" && MAIL_ADDRESS.test(text)) continue;
    const underTagLabel = tagLabelLast;
    tagLabelLast = false;
    // `关键字：` alone, its tag links on the next line (a CMS's keyword box laid out over two lines): both go.
    if (underTagLabel && raw.block.type === "paragraph" && isLinksOnly(raw, /\S/u, /^[\s|｜/、,，;；]*$/u)) {
      kept.pop();
      continue;
    }
    // A follow prompt over the story names the account whose page it is: the credits stage reads it.
    if (index < FOLLOW_PROMPT_HEAD && raw.block.type === "paragraph" && followPromptAccount(text) !== null) {
      kept.push(raw);
      continue;
    }
    // A WeChat page's reader toggles: over the story they close its byline block, which the credits stage reads.
    if (raw.block.type === "paragraph" && isReaderToggle(text)) {
      if (index < READER_TOGGLE_HEAD) kept.push(raw);
      continue;
    }
    // A newsletter's note to its readers (`随着Nominal News的发展，…如果您想为我们建议一个主题，请在评论部分留言。`) among the
    // subscribe prompts over the story: the newsletter's voice, not the story's.
    if (subscribeHead && !proseKept && isReaderNote(raw, text)) continue;
    if (
      raw.block.type !== "image" &&
      (drops.test(text) || isTagLine(raw) || isSeriesIndex(raw) || isStyleSheet(text))
    ) {
      if (isShopPromo(kept.at(-1)) && text.startsWith("广告声明")) kept.pop();
      if (!proseKept && text.includes("订阅")) subscribeHead = true;
      droppedLast = isProse(text);
      mailLabelLast = MAIL_LABEL.test(text);
      continue;
    }
    if (raw.block.type === "quote" && CLIPPER_EXCERPT.test(text)) {
      excerpt = collapseWhitespace(text.replace(CLIPPER_EXCERPT, ""));
      continue;
    }
    if (excerpt !== null && raw.block.type === "quote" && collapseWhitespace(text) === excerpt) continue;
    proseKept ||= isProse(text);
    tagLabelLast = raw.block.type === "paragraph" && TAG_LABEL.test(text);
    kept.push(raw);
  }
  // A heading whose section was only a dropped closing disclaimer (`重要经济日程` over `风险提示：…`) heads nothing.
  const last = kept.at(-1);
  if (droppedLast && kept.length > 1 && last !== undefined && isEmptiedHeading(last)) kept.pop();
  // Sidebars first: a box's heading over its list of links marks where they open, and the lists go next.
  const read = withoutClosingNotes(
    withoutDatedHeadlineRun(
      withoutLinkFooter(
        withoutMenuRuns(withoutLinkLists(withoutSidebars(withoutRelatedInsets(kept), framed))),
      ),
    ),
  );
  // A related-reading label left last once its links and the notes after them went (`**相关阅读**：`) labels nothing.
  const closing = read.at(-1);
  return closing !== undefined && read.length > 1 && RELATED_LABEL.test(blockText(closing.block).trim())
    ? read.slice(0, -1)
    : read;
}

/**
 * A heading or a line in words only (`WORDS_LINE`: not a date, a signature's or a list's line) that no byline reads
 * (`记者张三` before a dropped disclaimer is the credits stage's).
 */
function isEmptiedHeading({ block }: RawBlock): boolean {
  const text = "text" in block && block.type !== "quote" ? block.text.trim() : "";
  return WORDS_LINE.test(text) && readByline(text) === null;
}

/** A sidebar's heading: a few words (`创事记`, `众测`, `专题`, `科学探索`). */
const SIDEBAR_TITLE_MAX = 12;
/** A caption or label among a sidebar's links: a short line that is no sentence. */
const SIDEBAR_LINE_MAX = 20;
/** How many blocks (pictures aside) after a framed page's story make its tail; one short line may be the story's own. */
const FRAMED_TAIL_MIN = 2;

/** How many of the blocks are no picture. */
function textBlocks(blocks: readonly RawBlock[]): number {
  let count = 0;
  for (const raw of blocks) if (raw.block.type !== "image") count++;
  return count;
}

/**
 * A page's sidebars copied after the story (a portal's column boxes, each a short heading over links and
 * thumbnails, as a clipper keeps the whole page): after the story's last paragraph of prose, a run of
 * images, short headings, lines of links (or headings that are links) and short labels, with at least
 * one heading over links, is not the story. On a page whose head was found (`framed`), a run of at
 * least `FRAMED_TAIL_MIN` such blocks is the page's without a heading over links: its counters, comment
 * box and footer (`阅 6.96W`, `我要评论`, `热门评论`, `加载更多`).
 */
function withoutSidebars(blocks: RawBlock[], framed: boolean): RawBlock[] {
  const text = (raw: RawBlock) => collapseWhitespace(blockText(raw.block));
  const isLinks = (raw: RawBlock) =>
    (raw.block.type === "paragraph" || raw.block.type === "list" || raw.block.type === "heading") &&
    isLinksOnly(raw, /^/u, /^[\s\d|｜/、,，·•.-]*$/u);
  // A headline that is a link (a hot list's) reads as a sentence but is no prose of the story, nor does
  // a numbered title (`03. TikTok 推出 visionOS 专版`: its number's dot ends no sentence); a list of
  // sentences (a digest's items) is.
  const isStoryProse = (raw: RawBlock) =>
    (raw.block.type === "paragraph" || raw.block.type === "list") &&
    isProse(text(raw).replace(ENUMERATOR, "")) &&
    !isLinks(raw);
  let last = blocks.length - 1;
  while (last >= 0 && !isStoryProse(blocks[last]!)) last--;
  if (last < 0 || last === blocks.length - 1) return blocks;
  const tail = blocks.slice(last + 1);
  const isHeading = (raw: RawBlock) =>
    raw.block.type === "heading" && !longerThan(text(raw), SIDEBAR_TITLE_MAX);
  // A box whose label opens its line of links (百家号's `大家都在搜` and its searches): a heading over links.
  const isLabelledLinks = (raw: RawBlock) => isLabelledLinkLine(raw, /\S/u);
  // Where the first box opens, its heading right over its links (images between): from there on, a
  // block that is no prose of the story is the sidebars' too (a hot list's ranked links with their
  // badges, a card's reader count).
  // Walked from `i`, not a copy of the tail after it: a copy for every heading of a tail of thousands of short lines
  // was quadratic (512 KB of `fontSize: 12` lines under a paragraph took 373 s).
  const linksNext = (i: number) => {
    let next = i + 1;
    while (next < tail.length && tail[next]!.block.type === "image") next++;
    return next < tail.length && isLinks(tail[next]!);
  };
  const boxAt = tail.findIndex((raw, i) => isLabelledLinks(raw) || (isHeading(raw) && linksNext(i)));
  const fits = tail.every(
    (raw, i) =>
      raw.block.type === "image" ||
      isHeading(raw) ||
      isLinks(raw) ||
      (boxAt >= 0 && i >= boxAt && !isStoryProse(raw)) ||
      (raw.block.type === "paragraph" && !longerThan(text(raw), SIDEBAR_LINE_MAX) && !isProse(text(raw))) ||
      (framed && raw.block.type === "paragraph" && COPYRIGHT_FOOTER.test(text(raw))),
  );
  if (!fits) return blocks;
  // A heading with links after it (if any has, the first has), found by two walks, not a walk after each heading.
  const heading = tail.findIndex(isHeading);
  const boxed = boxAt >= 0 || (heading >= 0 && tail.findLastIndex(isLinks) > heading);
  // A credit line between the story and its first box (財訊's `（本文由「工商時報」授權轉載）` over `延伸閱讀：`, the
  // outlet's name a link) closes the story: it stays for the credits stage to read.
  if (boxed) {
    const credits = tail
      .slice(0, boxAt >= 0 ? boxAt : heading)
      .filter((raw) => readCreditLine(text(raw)) !== null);
    return [...blocks.slice(0, last + 1), ...credits];
  }
  // Pictures are no lines of the page's: a writer's closing line and a series banner after it (`2009年12月12日` over
  // the column's linked image) are one short line, the story's own.
  if (!framed || textBlocks(tail) < FRAMED_TAIL_MIN) return blocks;
  // A page's tail keeps its labelled credits (`责任编辑：…`) for the credits stage to read.
  return [...blocks.slice(0, last + 1), ...tail.filter((raw) => LABELLED_CREDIT.test(text(raw)))];
}

/**
 * The blocks before a page's tail: from the first `PAGE_TAIL` line after the story's first paragraph,
 * from a sign-off after which no paragraph is prose, or from an ornate sign-off (`— 完 —`) after which
 * little text is left, everything is page furniture. A block's collapsed text is made only when asked:
 * for the blocks `mayEnd` lets through (`mayEndStory`; a test lets every block through to check it), and,
 * after one of them matched, for those around it.
 */
export function withoutPageTail(
  blocks: readonly RawBlock[],
  mayEnd: (raw: RawBlock) => boolean = mayEndStory,
): readonly RawBlock[] {
  if (!boilerplatePatternsCompiled) compileBoilerplatePatterns();
  // A read-it-later app's link line closing its export (`[跳转到 Cubox 查看](…)`) is the export's frame, not the page's
  // tail: it stays for the credits stage, which reads the frame, whatever the page's tail takes.
  let end = blocks.length;
  while (end > 0 && isAppLinkLine(blocks[end - 1]!)) end--;
  if (end === blocks.length) return pageWithoutTail(blocks, mayEnd);
  return [...pageWithoutTail(blocks.slice(0, end), mayEnd), ...blocks.slice(end)];
}

function pageWithoutTail(
  blocks: readonly RawBlock[],
  mayEnd: (raw: RawBlock) => boolean,
): readonly RawBlock[] {
  const texts: (string | undefined)[] = [];
  const textAt = (i: number) =>
    (texts[i] ??= blocks[i]!.block.type === "image" ? "" : collapseWhitespace(blockText(blocks[i]!.block)));
  const length = (from: number, to: number) => {
    let sum = 0;
    while (from < to) sum += textAt(from++).length;
    return sum;
  };
  let first = 0;
  while (first < blocks.length && textAt(first) === "") first++;
  for (let i = first + 1; i < blocks.length; i++) {
    if (!mayEnd(blocks[i]!)) continue;
    const text = textAt(i);
    if (PAGE_TAIL.test(text)) return blocks.slice(0, i);
    if (blocks[i]!.block.type === "heading" && COMMENT_THREAD_HEADING.test(text)) return blocks.slice(0, i);
    if (FOLLOW_CARD.test(text) && onlyFooterAfter(blocks, i, textAt))
      return blocks.slice(0, relatedRunStart(blocks, i, first, textAt));
    if ((SIGN_OFF.test(text) || isPortalTail(text)) && onlyFooterAfter(blocks, i, textAt))
      return blocks.slice(0, i);
    // A rights notice with only the page's footer after it: the headings right over it, and the pictures
    // among them, are the page's (a download prompt under its QR code, a column tag), not the story's.
    // A notice naming whose own story it is (`本文为阿里云原创内容，未经允许不得转载。`) is a credit, for the credits stage.
    // Every form of the notice says 转载: a block without the word is tried no further.
    if (
      text.includes("转载") &&
      RIGHTS_NOTICE.test(text) &&
      !text.includes("原创") &&
      onlyFooterAfter(blocks, i, textAt)
    )
      return blocks.slice(0, footerStart(blocks, i, first, textAt));
    // Only an ornate mark (or a legal notice's heading) ends a story that prose follows, and only promos that
    // short: a digest's items each closing with `（完）` keep the items after.
    const ornate =
      ORNATE_SIGN_OFF.test(text) ||
      LEGAL_HEADING.test(text) ||
      isThemeFooter(text) ||
      (SIGN_OFF_ORNAMENT.test(text) &&
        i + 2 < blocks.length &&
        SIGN_OFF_MARK.test(textAt(i + 1)) &&
        SIGN_OFF_ORNAMENT.test(textAt(i + 2)));
    if (ornate && length(i + 1, blocks.length) <= ORNATE_TAIL_SHARE * length(0, i)) return blocks.slice(0, i);
    // An account's follow prompt after the story opens its promos (`另外，每周还有手写源码题…`, an "also
    // read" link, a share-and-like line), prose among them; a heading right over it (`最后`, and its
    // underline when the reader kept it as a line) heads no story of its own.
    if (isFollowPrompt(text) && length(i + 1, blocks.length) <= ORNATE_TAIL_SHARE * length(0, i)) {
      let start = i;
      while (start - 1 > first && isClosingHeading(blocks[start - 1]!, textAt(start - 1))) start--;
      return blocks.slice(0, start);
    }
  }
  return blocks;
}

/**
 * Where the site's related headlines right over its follow card at `at` start (IT之家's three story titles over
 * `长按关注 IT之家 公众号 阅读更多精彩文章`): paragraphs of a headline's length with no sentence in them, under the
 * story's last prose. A run with no prose over it (a story of such lines) is kept: the card alone goes.
 */
function relatedRunStart(
  blocks: readonly RawBlock[],
  at: number,
  first: number,
  textAt: (i: number) => string,
): number {
  const start = runOver(blocks, at, first, textAt, isRelatedHeadline);
  return start < at && isProse(textAt(start - 1)) ? start : at;
}

/** Where the run of blocks right over `at` that `belongs` lets through starts, no further up than the block after `first`. */
function runOver(
  blocks: readonly RawBlock[],
  at: number,
  first: number,
  textAt: (i: number) => string,
  belongs: (raw: RawBlock, text: string) => boolean,
): number {
  let start = at;
  while (start - 1 > first && belongs(blocks[start - 1]!, textAt(start - 1))) start--;
  return start;
}

/** The most characters of a related story's headline (`relatedRunStart`). */
const RELATED_HEADLINE_MAX = 60;

function isRelatedHeadline(raw: RawBlock, text: string): boolean {
  return (
    raw.block.type === "paragraph" &&
    text.length >= SIDEBAR_TITLE_MAX &&
    text.length <= RELATED_HEADLINE_MAX &&
    !isProse(text)
  );
}
/** The most characters of a shopping promo (`SHOP_PROMO`): a longer paragraph is the story's. */
const SHOP_PROMO_MAX = 120;

function isShopPromo(raw: RawBlock | undefined): boolean {
  if (raw?.block.type !== "paragraph") return false;
  const text = raw.block.text;
  return text.length <= SHOP_PROMO_MAX && SHOP_PROMO.test(text);
}

/** The most characters of a newsletter's note to its readers (`isReaderNote`): a longer paragraph is the story's. */
const READER_NOTE_MAX = 120;

/** A short paragraph in which the writers speak to the reader: `我们` and `您` both. */
function isReaderNote(raw: RawBlock, text: string): boolean {
  return (
    raw.block.type === "paragraph" &&
    text.length <= READER_NOTE_MAX &&
    text.includes("我们") &&
    text.includes("您")
  );
}

/** Whether no block after `at` is prose: headings, pictures and the page's short lines only. */
function onlyFooterAfter(blocks: readonly RawBlock[], at: number, textAt: (i: number) => string): boolean {
  for (let j = at + 1; j < blocks.length; j++)
    if (blocks[j]!.block.type !== "heading" && isProse(textAt(j))) return false;
  return true;
}

/**
 * Where the page's footer opening with a rights notice at `at` starts: the closing headings right over
 * it, the pictures among them, belong to it; no further up than the block after `first`.
 */
function footerStart(
  blocks: readonly RawBlock[],
  at: number,
  first: number,
  textAt: (i: number) => string,
): number {
  let start = runOver(blocks, at, first, textAt, isClosingHeading);
  for (let j = start - 1; j > first; j--) {
    if (blocks[j]!.block.type === "image") continue;
    if (!isClosingHeading(blocks[j]!, textAt(j))) break;
    start = j;
  }
  return start;
}

/**
 * Whether a block may be a line that ends the story (`PAGE_TAIL`, `SIGN_OFF`, `FOLLOW_CARD`, `PORTAL_TAIL`,
 * `ORNATE_SIGN_OFF`, `FOLLOW_PROMPT`), read off its text before it is collapsed: the first three and the
 * follow prompt match only short lines (`TAIL_LINE_MAX`, `FOLLOW_PROMPT_MAX` characters once collapsed, the
 * prompt holding `回`, which a line break collapsed away may part from its `复`), and a sign-off of any
 * length opens with a character it may open with (`mayOpenSignOff`). An image's text is none.
 */
function mayEndStory(raw: RawBlock): boolean {
  if (raw.block.type === "image") return false;
  const text = blockText(raw.block);
  if (!collapsedLongerThan(text, TAIL_LINE_MAX)) return true;
  if (text.includes("回") && !collapsedLongerThan(text, FOLLOW_PROMPT_MAX)) return true;
  if (
    text.length <= 2 * RIGHTS_NOTICE_MAX &&
    text.includes("转载") &&
    !collapsedLongerThan(text, RIGHTS_NOTICE_MAX)
  )
    return true;
  return mayOpenSignOff()(collapsedFirstCode(text));
}
/** How many blocks from the top a head box may open at: under a read-it-later card, the head's credits and the follow prompt. */
const HEAD_BOX_FROM = 16;
/** How many paragraphs a platform's note box holds under its caption, its views disclaimer the last: a blurb and the disclaimer. */
const NOTE_BOX_PARAGRAPHS = 2;

/**
 * The blocks without a box set over the story near its top: an account's lead box (`LEAD_BOX_CAPTION` over
 * one paragraph), or a platform's note (a caption — a short line, no sentence, no label — over a views
 * disclaimer, maybe a blurb linking to the platform between: 少数派's `Matrix 首页推荐`, `[Matrix](…) 是少数派的
 * 写作社区…` and `文章代表作者个人观点，…`).
 */
function withoutHeadBox(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const isParagraph = (i: number) => blocks[i]?.block.type === "paragraph";
  for (let i = 0; i < Math.min(blocks.length - 2, HEAD_BOX_FROM); i++) {
    const caption = blocks[i]!.block;
    if (caption.type !== "paragraph" && caption.type !== "heading") continue;
    if (collapsedLongerThan(caption.text, SIDEBAR_TITLE_MAX)) continue;
    const text = collapseWhitespace(caption.text);
    if (isProse(text)) continue;
    if (LEAD_BOX_CAPTION.test(text) && isParagraph(i + 1))
      return [...blocks.slice(0, i), ...blocks.slice(i + 2)];
    // A labelled line (`作者：张三`) is a credit, no box's caption.
    if (/[:：]/u.test(text)) continue;
    for (let end = i + 1; end <= i + NOTE_BOX_PARAGRAPHS && isParagraph(end); end++) {
      // Only a paragraph with the disclaimer's `代表` is collapsed to be tested: most are none.
      const paragraph = blockText(blocks[end]!.block);
      if (paragraph.includes("代") && VIEWS_DISCLAIMER.test(collapseWhitespace(paragraph)))
        return [...blocks.slice(0, i), ...blocks.slice(end + 1)];
      // The blurb between caption and disclaimer names the platform with a link to it; the story's
      // first paragraph stays.
      if (blocks[end]!.links.length === 0) break;
    }
  }
  return blocks;
}
/** How many blocks from the top the heading over the copied item may stand: under its link line. */
const ORIGINAL_ZONE_FROM = 3;

/**
 * The blocks without a collector's or a generator's own sections (`MACHINE_SUMMARY_HEADING`,
 * `METADATA_SECTION_HEADING`), each its heading
 * and what follows it up to the next heading of its level or higher: a zone of the page a tool wrote around the
 * story, so only at the body's end (then nothing follows but other such sections) or at its start. A metadata
 * section holds only lists and `key: value` lines — a writer's section on metadata is prose, and stays. With
 * such sections gone, the heading the collector set over the copied item (`ORIGINAL_ZONE_HEADING`) goes too.
 */
function withoutMachineSections(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const sections: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!.block;
    if (heading.type !== "heading") continue;
    const title = heading.text.trim();
    const metadata = METADATA_SECTION_HEADING.test(title);
    if (!metadata && !MACHINE_SUMMARY_HEADING.test(title)) continue;
    let end = i + 1;
    while (end < blocks.length) {
      const next = blocks[end]!.block;
      if (next.type === "heading" && next.level <= heading.level) break;
      end++;
    }
    if (metadata && !blocks.slice(i + 1, end).every(isMetadataBlock)) continue;
    sections.push({ start: i, end });
    i = end - 1;
  }
  if (sections.length === 0) return blocks;
  // The sections that close the body, each ending where the next begins, and those that open it.
  let tail = blocks.length;
  for (let s = sections.length - 1; s >= 0 && sections[s]!.end === tail; s--) tail = sections[s]!.start;
  let head = 0;
  for (const section of sections) {
    if (section.start !== head || head >= tail) break;
    head = section.end;
  }
  if (head === 0 && tail === blocks.length) return blocks;
  const story = blocks.slice(head, tail);
  const zone = story
    .slice(0, ORIGINAL_ZONE_FROM)
    .findIndex(({ block }) => block.type === "heading" && ORIGINAL_ZONE_HEADING.test(block.text.trim()));
  return zone < 0 ? story : [...story.slice(0, zone), ...story.slice(zone + 1)];
}

/** A block a metadata section may hold: a list, a picture, or a `key: value` line. */
function isMetadataBlock({ block }: RawBlock): boolean {
  return (
    block.type === "list" ||
    block.type === "image" ||
    (block.type === "paragraph" && METADATA_LINE.test(block.text.trim()) && !isProse(block.text))
  );
}
/** The fewest characters a summary box holds: a headline in brackets is shorter. */
const SUMMARY_BOX_MIN = 40;

/** The blocks without a summary box opening the body (`SUMMARY_BOX`) when the story follows it. */
function withoutSummaryBox(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const first = blocks[0]?.block;
  if (blocks.length < 2 || first?.type !== "paragraph" || !longerThan(first.text, SUMMARY_BOX_MIN))
    return blocks;
  const text = first.text.trim();
  return SUMMARY_BOX.test(text) && text.includes("，") ? blocks.slice(1) : blocks;
}

/**
 * A heading, or a line that could only be one (a few words, no sentence): what may head a closing section. A source
 * credit is no heading (`（文章来源：中国经营报）` over a repost notice): it closes the story, for the credits stage.
 */
function isClosingHeading(raw: RawBlock, text: string): boolean {
  return (
    raw.block.type === "heading" ||
    (raw.block.type === "paragraph" &&
      !longerThan(text, SIDEBAR_TITLE_MAX) &&
      !isProse(text) &&
      readCreditLine(text)?.kind !== "source")
  );
}

/** Cuts run in order behind one test of them all. */
interface Cuts {
  any: PatternSet;
  each: readonly RegExp[];
}

/**
 * The generic rules with the packs': drops tested as one set, cuts in order behind one test of them
 * all. `itemCuts`: the packs' own cuts, which list items get too (a reader's export sets each passage
 * in a bullet with its widget after it); null when no pack has any, so that lists cost nothing then.
 */
interface BoilerplateRules {
  drops: PatternSet;
  cuts: Cuts;
  itemCuts: Cuts | null;
}

/** The rules for a pack list, put together once per list. */
const rulesOf = memoByPacks((packs): BoilerplateRules => {
  const packCuts = packs.flatMap((p) => p.cutFragments ?? []);
  const cuts = [...genericCuts(), ...packCuts];
  return {
    drops: patternSet([...genericDrop(), ...packs.flatMap((p) => p.dropBlocks ?? [])]),
    cuts: { any: patternSet(cuts), each: cuts },
    itemCuts: packCuts.length === 0 ? null : { any: patternSet(packCuts), each: packCuts },
  };
});
/** How many menu items in a row make a menu; fewer may be section headings. */
const MENU_RUN = 4;

/**
 * A site's menu copied with the text (`热点栏目 / 资金流向 / 千股千评 / 个股诊断 / 最新评级 / 模拟交易`):
 * four or more very short lines in a row with no text between them, above the story's first
 * paragraph or below its last. Section headings always have text under them, so a run of them there
 * is page UI; inside the story such a run may be a list someone wrote (names, places), and stays.
 */
function withoutMenuRuns(blocks: RawBlock[]): RawBlock[] {
  const isItem = (raw: RawBlock) =>
    (raw.block.type === "heading" || raw.block.type === "paragraph") && MENU_ITEM.test(raw.block.text);
  const isText = (raw: RawBlock) => raw.block.type === "paragraph" && !isItem(raw);
  const first = blocks.findIndex(isText);
  if (first < 0) return blocks;
  let last = blocks.length - 1;
  while (!isText(blocks[last]!)) last--;
  const drop = new Set<number>();
  for (const [from, to] of [
    [0, first],
    [last + 1, blocks.length],
  ] as const) {
    for (let start = from; start < to; ) {
      let end = start;
      while (end < to && isItem(blocks[end]!)) end++;
      if (end - start >= MENU_RUN) for (let i = start; i < end; i++) drop.add(i);
      start = Math.max(end, start + 1);
    }
  }
  return drop.size === 0 ? blocks : blocks.filter((_, i) => !drop.has(i));
}
/** The longest such line: a headline and its day. */
const DATED_HEADLINE_MAX = 64;
/** How many such lines in a row make a list; one or two may be the story's own dated lines. */
const DATED_HEADLINE_RUN = 3;

/**
 * A page's related-stories list that a text extractor kept after the story, its links gone: three or more
 * short lines closing the body, each a headline with no full stop and its day after it (`…2015/07/01`).
 * Neither text, nor its days the story's.
 */
function withoutDatedHeadlineRun(blocks: RawBlock[]): RawBlock[] {
  const isDatedHeadline = ({ block }: RawBlock) => {
    // Plain text's reader may take a short line for a heading.
    if (
      (block.type !== "paragraph" && block.type !== "heading") ||
      longerThan(block.text, DATED_HEADLINE_MAX)
    )
      return false;
    const text = block.text.trim();
    const day = DATED_HEADLINE.exec(text);
    // A headline may ask or exclaim (`…还是补仓抄底？2015/06/25`); a sentence's stop is prose's.
    return day !== null && day.index >= 4 && !/[。；;]/u.test(text);
  };
  let start = blocks.length;
  while (start > 0 && isDatedHeadline(blocks[start - 1]!)) start--;
  return blocks.length - start >= DATED_HEADLINE_RUN && start > 0 ? blocks.slice(0, start) : blocks;
}

/**
 * A mirror's footer of links closing the body (`#### [禁闻聚合首页](…) | [一键翻墙软件](…)`): trailing
 * blocks made only of two or more links and separators. Read at the end only, where the story is over;
 * a `返回…` navigation footer is left to the credits stage, which reads the outlet it names.
 */
function withoutLinkFooter(blocks: RawBlock[]): RawBlock[] {
  let end = blocks.length;
  while (end > 0 && isLinkFooter(blocks[end - 1]!)) end--;
  // `获取更多RSS：` over bare addresses, one a line: a mirror's footer, not the story's link.
  let links = end;
  while (links > 0 && isBareLink(blocks[links - 1]!)) links--;
  const label = blocks[links - 1]?.block;
  if (links < end && label?.type === "paragraph" && FOOTER_LABEL.test(label.text)) end = links - 1;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

function isBareLink(raw: RawBlock): boolean {
  return raw.block.type === "paragraph" && BARE_ADDRESS.test(raw.block.text.trim());
}

function isLinkFooter(raw: RawBlock): boolean {
  const type = raw.block.type;
  return (
    (type === "paragraph" || type === "heading") &&
    raw.links.length >= 2 &&
    // `[返回北方网新闻](…)｜[返回首页](…)` names the outlet: the credits stage reads it.
    raw.links.every((link) => link.text.trim().length <= 16 && !/^(?:返回|回到|点击返回)/u.test(link.text)) &&
    isLinksOnly(raw, /\S/u, /^[\s|｜/、,，·•-]*$/u)
  );
}

/**
 * The block with the cut fragments taken out of its text, and a list's items with the packs' cuts
 * taken out of each (an item left empty goes); the same block when nothing was cut.
 */
function cutFragments(raw: RawBlock, { cuts, itemCuts }: BoilerplateRules): RawBlock {
  const block = raw.block;
  if (block.type === "list") {
    if (itemCuts === null) return raw;
    const items = block.items.map((item) => cutText(item, itemCuts)).filter((item) => item !== "");
    const cut = items.length !== block.items.length || items.some((item, i) => item !== block.items[i]);
    return cut ? { ...raw, block: { ...block, items } } : raw;
  }
  if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") return raw;
  const text = cutText(block.text, cuts);
  return text === block.text ? raw : { ...raw, block: { ...block, text } };
}

/** The text without the fragments, white space collapsed where one was cut (the same string when none was). */
function cutText(text: string, cuts: Cuts): string {
  // Most texts hold no fragment: one test of all the cuts says so before any is run.
  if (!cuts.any.test(text)) return text;
  let cut = text;
  for (const re of cuts.each) cut = cut.replace(re, "");
  return cut === text ? text : collapseWhitespace(cut);
}

/**
 * Lists whose every item is one link (a page's related stories set inside the story, a menu): what
 * the reader follows elsewhere, not the story. Two links make such a list, in one list or in lists
 * next to each other (自由亚洲电台 sets each related story in a list of its own); a single list of
 * one link stays, as do lists with any words of their own.
 */
function withoutLinkLists(blocks: RawBlock[]): RawBlock[] {
  const linkOnly = blocks.map((raw) => raw.block.type === "list" && isLinksOnly(raw, /\S/u, /^\s*$/u));
  if (!linkOnly.includes(true) || isLinkDigest(blocks, linkOnly)) return blocks;
  const drop = (i: number) =>
    linkOnly[i]! && (blocks[i]!.links.length >= 2 || linkOnly[i - 1] === true || linkOnly[i + 1] === true);
  return blocks.filter((_, i) => !drop(i));
}

/**
 * Whether the lists of links are the body itself, a digest of headlines each linked to its story (a bot's
 * `## 📰 澎湃新闻 (20 条)` over `1. [headline](url)` items): a heading stands right over one of them, and no paragraph
 * of the body is prose — its words are its headings' and its lists'. A page's footer of links under its last
 * paragraphs (`- [Terms of use](…)`) is no digest.
 */
function isLinkDigest(blocks: readonly RawBlock[], linkOnly: readonly boolean[]): boolean {
  if (!linkOnly.some((only, i) => only && blocks[i - 1]?.block.type === "heading")) return false;
  return !blocks.some((raw) => raw.block.type === "paragraph" && isProse(raw.block.text));
}

/**
 * A page's related-story inset inside the story (NPR's `相关报道：` over a link to another story, as a
 * translation keeps it): the label and the lines of one link each under it go; a label over words stays.
 * A related list closing the body (a blog's `相关日志` over a list of posts, each one link and its count of
 * comments) goes too; one with more after it is the credits stage's mark of where the story ends. A box of related
 * links a portal sets inside the story under a bare label (和讯网's `推荐阅读` over a picture's headline and a headline
 * line, its list of links after them) goes with its link lines and the pictures among them when it holds
 * `RELATED_BOX_LINES` link lines; its list is `withoutLinkLists`'.
 */
function withoutRelatedInsets(blocks: RawBlock[]): RawBlock[] {
  // A line that is one link's words: an empty link beside it (the anchor of a picture the copy dropped) says nothing.
  const isLinkLine = (raw: RawBlock | undefined) => {
    if (raw?.block.type !== "paragraph") return false;
    const named = raw.links.filter((link) => link.text.trim() !== "");
    return named.length === 1 && isLinksOnly({ ...raw, links: named }, /\S/u, /^\s*$/u);
  };
  const isLinkList = (raw: RawBlock | undefined) =>
    raw?.block.type === "list" &&
    raw.links.length === raw.block.items.length &&
    isLinksOnly(raw, /\S/u, RELATED_ITEM_REST);
  const dropped = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!.block;
    if (block.type !== "paragraph" && block.type !== "heading") continue;
    const label = blockText(block).trim();
    // Every label of the one form is one of the other's.
    if (!CLOSING_RELATED_LABEL.test(label)) continue;
    if (RELATED_INSET_LABEL.test(label) && isLinkLine(blocks[i + 1])) {
      dropped.add(i);
      for (let j = i + 1; isLinkLine(blocks[j]); j++) dropped.add(j);
      continue;
    }
    let end = i + 1;
    while (isLinkLine(blocks[end]) || isLinkList(blocks[end])) end++;
    if (end > i + 1 && end === blocks.length) {
      for (let j = i; j < end; j++) dropped.add(j);
      continue;
    }
    // The box's run: its link lines and the pictures among them (a headline's picture over it).
    let runEnd = i + 1;
    let lines = 0;
    for (; runEnd < blocks.length; runEnd++) {
      const raw = blocks[runEnd]!;
      if (isLinkLine(raw)) lines++;
      else if (raw.block.type !== "image") break;
    }
    if (lines >= RELATED_BOX_LINES) for (let j = i; j < runEnd; j++) dropped.add(j);
  }
  return dropped.size === 0 ? blocks : blocks.filter((_, i) => !dropped.has(i));
}
/** The link lines under a bare related label inside the story that make it a box of links, not a heading over prose. */
const RELATED_BOX_LINES = 2;

/**
 * A line of two or more links under a short label that opens it (`大家都在搜` and its searches,
 * `本系列前文回顾：01 | 02 | 03`), each link's text matching `linkText`: navigation, not the story's words.
 */
function isLabelledLinkLine(raw: RawBlock, linkText: RegExp): boolean {
  return (
    raw.block.type === "paragraph" &&
    raw.links.length >= 2 &&
    isLinksOnly(raw, linkText, SIDEBAR_LABEL_BEFORE_LINKS)
  );
}

/** A series' index (`本系列前文回顾：01 | 02 | 03`): a labelled line of links that are only numbers. */
function isSeriesIndex(raw: RawBlock): boolean {
  return isLabelledLinkLine(raw, /^\s*\d{1,3}\s*$/u);
}

/**
 * A line made only of `#tag` links (a blog's tag list under the article), or of tag links after a tag
 * label (`Tag:<a>甲骨文收购Sun</a>`, a 2009 CMS's).
 */
function isTagLine(raw: RawBlock): boolean {
  if (raw.links.length === 0) return false;
  if (isLinksOnly(raw, /^#/, /^\s*$/)) return true;
  // Only a paragraph that opens with a tag label is read link by link (most blocks with links open otherwise).
  return (
    raw.block.type === "paragraph" &&
    TAG_LABEL_START.test(raw.block.text) &&
    isLinksOnly(raw, /\S/u, TAG_LABEL)
  );
}
/** How many rules make a block a style sheet: a brace or two in prose (`{x: 1}`) is no page's styling. */
const STYLE_SHEET_RULES_MIN = 3;

/**
 * A page's style sheet as text, closing with a rule (an exporter writes the text of the page's `<head>`, its
 * `<title>` and then its inline `<style>`, as the file's first line): no words of the story.
 */
function isStyleSheet(text: string): boolean {
  if (!text.endsWith("}")) return false;
  let rules = 0;
  for (const _ of text.matchAll(STYLE_RULE)) if (++rules >= STYLE_SHEET_RULES_MIN) return true;
  return false;
}
