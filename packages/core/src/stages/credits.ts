import type { Block } from "../article.js";
import { advance, type Stage } from "../pipeline/context.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { collapseWhitespace, halfWidthDigits, isWhitespace, trimWhere } from "../text/chars.js";
import { blockText, isLinksOnly, type RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/** How much a piece of source evidence weighs; the strongest wins, the first among equals. */
export const Strength = { footer: 1, channel: 2, dateline: 3, trailing: 3, creditLine: 4 } as const;

export interface SourceEvidence {
  name: string;
  strength: number;
}

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
}

// Credit lines capture the rest of the line (`(\S.*)?$`) and `creditValue` trims its end: a lazy
// `(.+?)\s*[)）】\]]?$` retried every split of trailing white space and was cubic in it.
/** A whole block that credits a source: `（文章来源：北方网）`, `来源：X`, `【来源：雅安日报】`. */
const SOURCE_LINE = /^[（(【[]?\s*(?:文章|本文|稿件|信息)?(?:来源|出自|摘自|选自)\s*[:：]\s*(\S.*)?$/u;
/** `本文来自微信公众号“CSDN”（ID:CSDNnews），…经授权发布` */
const WECHAT_LINE =
  /^本文(?:来自|转载自|来源于?)\s*(?:微信\s*)?公众号\s*(?:[:：]\s*)?[“"「]?([^”"」（(，,]{1,30})[”"」]?/u;
const REPOST_LINE = /^[（(【[]?\s*(?:转自|转载自|转载于|转引自)\s*(?:[:：]\s*)?(\S.*)?$/u;
const EDITOR_LINE = /^[（(【[]?\s*(?:责任编辑|责编|编辑)\s*[:：｜|/／]\s*(\S.*)?$/u;
/** What an editor's name looks like, once the line's closing bracket is trimmed. */
const EDITOR_NAME = /^(?:\p{Script=Han}{2,4}|[A-Za-z][\w .-]{1,30})$/u;
const CLOSING = new Set([...")）】]"].map((ch) => ch.charCodeAt(0)));
const ORIGINAL_LINK_TEXT = /^(?:原文链接|阅读原文|原文地址|查看原文)[:：]?$/;
const BARE_URL = /^<?(https?:\/\/[^\s<>]+)>?$/;

/** `…。（上海证券报）` — a flash ending with its outlet in parentheses. */
const TRAILING_OUTLET = /^([\s\S]*[。！？!?”」』…])\s*[（(]([^（）()\n]{2,14})[)）]$/u;
/** Words that make a parenthesised tail something other than an outlet. */
const NOT_OUTLET =
  /记者|摄|编辑|编译|翻译|译|完|图|注|转载|供稿|整理|通讯员|实习|作者|据|\/|／|、|，|,|\d{4}|^\d+$/u;

/** Names that end like an outlet: 新华网, 新华社, 证券时报, IT之家, 新浪体育 … */
const OUTLET =
  "[\\p{Script=Han}A-Za-z]{1,12}?(?:网|社|报|台|之家|财经|新闻|体育|科技|证券|客户端|日报|晚报|时报|周刊|在线)";
const DATE = "(?:(?<year>\\d{4})\\s*年\\s*)?(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日";
const LEADING_TITLE = "^(?:【[^】]{0,80}】)?\\s*";
/**
 * @bounded run on the first `settings.datelineSearchLength` characters of a paragraph only.
 *
 * Datelines, strongest form first: an outlet-like name with an optional place and a date
 * (`中新网北京12月1日电`, `新华网东京3月15日专电`, `IT之家 3 月 15 日消息`); any short name with a date
 * and 电/讯 (`虎扑5月22日讯`, `财联社8月22日电`); an outlet-like name with a bare 讯 or 消息 (`新浪体育讯`,
 * `金色财经报道，`). Dates may use full-width digits.
 */
const DATELINES: readonly RegExp[] = [
  new RegExp(
    `${LEADING_TITLE}(?<outlet>${OUTLET})(?:\\p{Script=Han}{2,4})?\\s*${DATE}\\s*(?:专电|电|讯|消息|报道)`,
    "u",
  ),
  new RegExp(`${LEADING_TITLE}(?<outlet>[\\p{Script=Han}A-Za-z]{2,8}?)\\s*${DATE}\\s*(?:专电|电|讯)`, "u"),
  new RegExp(`${LEADING_TITLE}(?<outlet>${OUTLET})\\s*(?:讯|(?:消息|报道)\\s*[，,：:])`, "u"),
];
/** Attribution (`据…消息`), this-paper leads (`本报讯`) and bare nouns are not outlets. */
const NOT_DATELINE_OUTLET =
  /^(?:据|本报|本台|本刊|本网|记者|今日|昨日|近日|今天|昨天|公司|集团|截至|截止|目前)/u;
/** Words after a story's end that open a sidebar: the story's trailing credit sits just before them. */
const SIDEBAR_HEADING = /^(?:新闻链接|相关链接|相关阅读|相关新闻|相关报道|背景资料|延伸阅读|链接)[:：]?$/u;

const BYLINES: readonly RegExp[] = [
  /本报记者\s*(\p{Script=Han}{2,3}?)\s*(?:实习(?:生|记者)\s*(\p{Script=Han}{2,3}?)\s*)?发自/u,
  /^本报讯\s*[（(]\s*(?:特约)?记者\s*(\p{Script=Han}{2,3}?)(?:\s+|、|\s*[)）]|\s*通讯员)/u,
  /^.{0,40}?[（(]\s*记者\s*(\p{Script=Han}{2,3}?)\s*[)）]/u,
  /^(?:文\s*[/／|｜]|作者\s*[:：｜|])\s*(\p{Script=Han}{2,4})\s*$/u,
  /^记者\s+(\p{Script=Han}{2,3})(?:\s+(\p{Script=Han}{2,3}))?\s*$/u,
];

/**
 * Credits. Credit lines (source, repost chain, editor, original link, a bare share link, a
 * navigation footer) are read and removed; a trailing `（outlet）` after a flash is read and cut;
 * datelines and bylines are read and stay in the text.
 */
export const credits: Stage<BodyRead, Pick<BodyRead, "rawBlocks"> & { credits: Credits }> = (context) => {
  const read = readCredits(context.document.rawBlocks, context.settings);
  return advance(context, { rawBlocks: read.blocks, credits: read.credits });
};

export function readCredits(
  blocks: readonly RawBlock[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): { blocks: RawBlock[]; credits: Credits } {
  const credits: Credits = {
    sources: [],
    via: [],
    author: null,
    editor: null,
    originalUrl: null,
    datelineDate: null,
  };
  const kept: RawBlock[] = [];
  for (const raw of blocks) {
    if (!readCreditLine(raw, credits, settings)) kept.push(raw);
  }
  const cut = readTrailingOutlets(kept, credits);
  readLeads(cut, credits, settings);
  return { blocks: cut, credits };
}

/** Reads a block that is a credit line; true when the block is consumed. */
function readCreditLine(raw: RawBlock, credits: Credits, settings: Readonly<ParseSettings>): boolean {
  const block = raw.block;
  if (block.type !== "paragraph" && block.type !== "quote" && block.type !== "heading") return false;
  const text = block.text;
  if (text.length > settings.creditLineMaxLength) return false;

  if (isNavigation(raw)) {
    for (const link of raw.links) {
      const outlet = /^返回(.+?)(?:新闻|首页|列表|频道)?$/.exec(link.text)?.[1];
      if (outlet && !/^首页$/.test(outlet)) credits.sources.push({ name: outlet, strength: Strength.footer });
    }
    return true;
  }
  const link = raw.links.length === 1 ? raw.links[0]! : null;
  if (link && ORIGINAL_LINK_TEXT.test(text)) {
    if (/^https?:/i.test(link.href)) credits.originalUrl ??= link.href;
    return true;
  }
  const bare = BARE_URL.exec(text);
  if (bare) {
    credits.originalUrl ??= bare[1]!;
    return true;
  }
  const editor = EDITOR_LINE.exec(text);
  const editorName = editor ? creditValue(editor[1]) : "";
  if (EDITOR_NAME.test(editorName)) {
    credits.editor ??= editorName;
    return true;
  }
  const repost = REPOST_LINE.exec(text);
  if (repost) {
    const name = cleanOutletName(creditValue(repost[1]));
    if (name) credits.via.push(name);
    return true;
  }
  const wechat = WECHAT_LINE.exec(text);
  if (wechat) {
    const name = cleanOutletName(wechat[1]!);
    if (name) credits.sources.push({ name, strength: Strength.creditLine });
    return true;
  }
  const source = SOURCE_LINE.exec(text);
  if (source) {
    // A list of several sources ("CNBC, Bloomberg") names no single outlet.
    const name = cleanOutletName(creditValue(source[1]));
    if (name && !/[,，、;；]/.test(name) && name.length <= settings.creditSourceMaxLength) {
      credits.sources.push({ name, strength: Strength.creditLine });
    }
    return true;
  }
  return false;
}

/** `（上海证券报）` at the end of a quoted digest or of the last paragraph: read, and cut from the text. */
function readTrailingOutlets(blocks: readonly RawBlock[], credits: Credits): RawBlock[] {
  const lastText = findLastIndex(
    blocks,
    (raw) => raw.block.type === "paragraph" || raw.block.type === "quote",
  );
  return blocks.flatMap((raw, index) => {
    const block = raw.block;
    const next = blocks[index + 1]?.block;
    const endsStory = index === lastText || (next?.type === "heading" && SIDEBAR_HEADING.test(next.text));
    if (block.type !== "quote" && !(block.type === "paragraph" && endsStory)) return [raw];
    const match = TRAILING_OUTLET.exec(block.text);
    if (!match) return [raw];
    const name = match[2]!.replace(/^(?:文章|本文)?(?:来源|出自|摘自|选自)\s*[:：]\s*/u, "").trim();
    if (name === "" || NOT_OUTLET.test(name)) return [raw];
    credits.sources.push({ name, strength: Strength.trailing });
    const rest = match[1]!.trim();
    // Punctuation alone (`。（文章来源：北方网）`) is what a scraper left of the line: the credit was
    // the whole block, so nothing of it stays, as a line of rule characters never does.
    return HAS_WORDS.test(rest) ? [{ ...raw, block: { ...block, text: rest } }] : [];
  });
}

/** Letters or digits: text a reader reads, not only punctuation. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Datelines and bylines in the first blocks (and bylines in the last ones). */
function readLeads(blocks: readonly RawBlock[], credits: Credits, settings: Readonly<ParseSettings>): void {
  const texts = blocks.filter((raw) => raw.block.type === "paragraph" || raw.block.type === "quote");
  for (const raw of texts.slice(0, settings.datelineParagraphs)) {
    const dateline = readDateline(
      (raw.block as Extract<Block, { text: string }>).text,
      settings.datelineSearchLength,
    );
    if (dateline) {
      credits.sources.push({ name: dateline.outlet, strength: Strength.dateline });
      credits.datelineDate = dateline.date;
      break;
    }
  }
  const tail = settings.bylineTailParagraphs === 0 ? [] : texts.slice(-settings.bylineTailParagraphs);
  for (const raw of [...texts.slice(0, settings.bylineHeadParagraphs), ...tail]) {
    if (credits.author !== null) break;
    const text = blockText(raw.block);
    for (const re of BYLINES) {
      const byline = re.exec(text);
      if (byline) {
        credits.author = byline.slice(1).filter(Boolean).join("、");
        break;
      }
    }
  }
}

/** The outlet (and date, when it has one) of a dateline at the start of a text. */
function readDateline(
  text: string,
  searchLength: number,
): { outlet: string; date: Credits["datelineDate"] } | null {
  const normalised = halfWidthDigits(text.slice(0, searchLength));
  for (const pattern of DATELINES) {
    const groups = pattern.exec(normalised)?.groups;
    if (!groups || NOT_DATELINE_OUTLET.test(groups.outlet!)) continue;
    const date = groups.month
      ? {
          year: groups.year ? Number(groups.year) : null,
          month: Number(groups.month),
          day: Number(groups.day),
        }
      : null;
    return { outlet: groups.outlet!, date };
  }
  return null;
}

/** A line made only of 返回… links (a mirror's "back to list | back home" footer). */
function isNavigation(raw: RawBlock): boolean {
  return isLinksOnly(raw, /^(?:返回|回到|点击返回)/, /^[\s|｜/、,，·-]*$/);
}

/** The value of a credit line without the white space and the one closing bracket at its end. */
function creditValue(captured: string | undefined): string {
  const value = trimWhere(captured ?? "", isWhitespace, "end");
  return CLOSING.has(value.charCodeAt(value.length - 1))
    ? trimWhere(value.slice(0, -1), isWhitespace, "end")
    : value;
}

const OUTLET_END_PUNCTUATION = new Set([..."。．.，,；;：:"].map((ch) => ch.charCodeAt(0)));

function cleanOutletName(name: string): string {
  const withoutId = name.replace(/[（(]\s*ID\s*[:：][\s\S]*$/iu, "");
  return collapseWhitespace(trimWhere(withoutId, (code) => OUTLET_END_PUNCTUATION.has(code), "end"))
    .replace(/^[“"「《]|[”"」》]$/gu, "")
    .trim();
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
