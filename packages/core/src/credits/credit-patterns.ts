/**
 * The credits' patterns as data: the credit grammar's (`credits/grammar.ts`, `GRAMMAR_PATTERNS`) and the credits
 * stage's (`stages/credits.ts`, `CREDITS_STAGE_PATTERNS`), each its regular expression's literal as a string, composed
 * here from the grammar's words (`credits/grammar-words.ts`) as the modules composed them. A Worker reads this entry
 * (`@caixun/core/credits/credit-patterns`, which core imports by the package's name) from its static assets
 * (`credit-patterns.json`) instead of carrying about 8 KB of gzip of patterns in its script (issue 11); each module
 * compiles its own table into bindings of its own, by position, when a reader is first called, once for the process.
 */
import { literalOf } from "../text/regex-literal.js";
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
  LATIN_NAME,
  NAME,
  NAMES,
  NEWSROOM_EDITOR_WORD,
  OPEN,
  ORIGINAL_ADDRESS_LABELS,
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
  TRANSCODED_LABEL,
  TRANSCODED_OPENING,
  TRANSCODED_VERB,
  TRANSLATOR_NOTE_OPENINGS,
  TRANSLATOR_ROLES,
  WECHAT_OPENING,
} from "./grammar-words.js";

/**
 * `String.raw` under a one-word name, the tag of every pattern here written as its literal's raw text: a bundler keeps
 * a global's property as written and renames a module's binding, so each pattern's tag costs a browser's bundle one
 * character, not ten.
 */
const raw = String.raw;

/**
 * A staff code after an editor's name (`SF014`, `N6183`; 网易 sets it off with an underscore: `马婧雯_NN2479`), an
 * e-mail address, or the desk's telephone number (`资讯编辑：刘思琪 021-26096532`, as a news API's staff field writes it).
 */
const STAFF_CODE = "(?:\\s*_?[A-Za-z]{1,4}\\d{2,6}|\\s*[\\w.+-]+@[\\w.-]+|\\s+(?:\\d{3,4}-)?\\d{7,8})?";
/** An editor named only by a staff code (`（责任编辑：DF358）`): the code identifies the editor. */
const CODE_ONLY = "[A-Za-z]{1,4}\\d{2,6}";
/** A number where the editor's name belongs (`责任编辑：123`): a template's placeholder, which names no one. */
const NUMBER_ONLY = "\\d{1,8}";
/** Nothing after a label's colon (`责任编辑：`, a template left unfilled): it names no one either. */
const NOTHING_AFTER_COLON = "(?<=[:：｜|/／]\\s*)";
/** A review-chain role (`SIGN_OFF_ROLES`), a credit's label only before its separator: `二审 | A`, never `二审判决`. */
const SIGNED_OFF = `(?:${oneOf(SIGN_OFF_ROLES)})(?=\\s*[:：｜|/／])`;
/**
 * A link's text after the label, where the address is the link's (`原始連結：點此查看`, `原文链接：点击这里`): a
 * "click here" button's words, never a story's.
 */
const CLICK_HERE =
  "(?:点此|點此|点击|點擊|点这里|點這裡|点击这里|點擊這裡)(?:查看|阅读|閱讀|浏览|瀏覽|前往)?";
/**
 * `《 人民日报 》（ 2020年08月25日 03 版）`, `《人民日报海外版》（2020年08月25日 第03版）`: the print edition's stamp a
 * paper's copy on its portal or e-paper closes with — the paper that printed the story, and no word of it.
 * The name is what stands between the blanks inside the brackets when that is 2 to 20 characters; when it is one
 * character, that and one blank beside it (the one after it, else the one before); when there is none, the last two
 * blanks. Written as those four branches, each opening or closing on a character the blanks around it cannot take,
 * rather than as `\s*([^《》]{2,20}?)\s*`, whose three runs share a run of blanks in every way: quadratic in the
 * blanks after `《` (docs/reliability.md, thirty-third round).
 */
const PRINT_STAMP = raw`《\s*([^《》\s][^《》]{0,18}[^《》\s]|[^《》\s]\s|\s[^《》\s](?=》)|\s\s(?=》))\s*》\s*[（(][\d\s年月日第]{8,24}版\s*[)）]$`;
const STAFF_ROLES = oneOf(STAFF_ROLE_WORDS);
/** Names of one role, also split by slashes (`蔡美珍/王琛`). */
const STAFF_NAMES = `${NAME}(?:[ 　、，,/／]+${NAME}){0,3}`;
/**
 * A Latin name or handle one labelled role names (`Ankush Das`, `lujun9972`, `wxy`): up to four words of
 * letters, digits and `._'-`, the first a letter.
 */
const STAFF_LATIN_NAME = "[A-Za-z][\\w.'-]{0,24}(?: [A-Za-z][\\w.'-]{0,24}){0,3}";
/** The role words between a byline's names: its writers' (`实习生` …) and the correspondent's. */
const ROLE_WORDS = "实习生|实习记者|见习记者|通讯员";
// ---------------------------------------------------------------------------------------------
// Trailing credits, end marks, image credits

/** The words a newsroom's desk ends its name with (`財經中心`, `新聞部新媒體中心`, `國際組`). */
const DESK_ENDINGS = "中心|部|组|組";

/**
 * The credit grammar's patterns, in the order `credits/grammar.ts` assigns them to its bindings
 * (`compileGrammarPatterns`): read by position, so that no pattern's name is written in a string that no minifier
 * shortens (`test/credit-patterns.test.ts` holds the two orders to one).
 */
/** Titles a columnist's byline gives between the outlet and the name (`日经中文网特约撰稿人 青树明子`). */
const COLUMNIST = "特约撰稿人|特约撰稿|撰稿人|特约评论员|评论员|编辑委员|专栏作家|专栏作者";
const BUREAU = oneOf(BUREAU_CITIES);
/**
 * A paper's name in title marks, maybe after its country's, as a translated story's byline writes it
 * (`英国《金融时报》`, `美国《华尔街日报》`): the paper is the name inside the marks (`TITLED_PAPER`).
 */
const TITLED_OUTLET = "(?:\\p{Script=Han}{2,3})?《[\\p{Script=Han}A-Za-z0-9]{2,12}》";
/** A name as a byline of its own line gives it: a Japanese one may run to five characters (`细川幸太郎`). */
const LONG_NAME = NAME.replace("{2,4}", "{2,5}");

export const GRAMMAR_PATTERNS: readonly string[] = [
  /** Strips one pair of brackets around a whole line and the punctuation a line may end with. */
  /* WRAPPED */ literalOf(`^${OPEN}\\s*([\\s\\S]*?)\\s*${CLOSE}[。；;，,.]?$`, "u"),
  /* PORTAL_BACK_LINK */ literalOf(`返回[\\p{Script=Han}A-Za-z]{1,8}[，,]\\s*${PORTAL_BACK_LINK_END}$`, "u"),
  /** The punctuation a line may end with, and that `unwrap` drops (a run of one kind or mixed). */
  /* END_PUNCTUATION */ "/(?<![。；;，,.])[。；;，,.]+$/u",
  /**
   * A source line: the word, then a colon, a bar, white space, or the name glued on (`来源新华社`). Glued, a conjunction
   * after the word makes it a heading's noun (`## 数据来源与专家观点`, `来源及方法`), no credit.
   */
  /* SOURCE_LINE */ literalOf(
    `^(?:${oneOf(SOURCE_PREFIXES)})?(?:${oneOf(SOURCE_WORDS)})(?:于)?(?:\\s*[:：｜|]\\s*|\\s+|(?![与及]))(.+)$`,
    "u",
  ),
  /* OWN_LABEL_LINE */ literalOf(`^(?:${oneOf(OWN_STORY_LABELS)})\\s*[:：]\\s*(\\S{2,20})$`, "u"),
  /**
   * A time stamp after a credit's name (`新华网 2024-04-23 12:27:25`, `人民网 2024年04月23日 12:27`): when the outlet
   * published the story, no part of its name (a page may join them: `39健康网2024-04-23`). @bounded: anchored at
   * the end, every run bounded.
   */
  /* CREDIT_STAMP */ raw`/(?<=[\s\p{Script=Han}])\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s{0,4}\d{1,2}:\d{2}(?::\d{2})?)?$/u`,
  /* PRODUCER_LINE */ literalOf(
    `^${PRODUCER_WORD}\\s*[:：｜|]\\s*([^\\s:：｜|]{2,20})(?:\\s+${NAMES})?$`,
    "u",
  ),
  /**
   * `本资料为格隆汇经天风证券股份有限公司授权发布，未经…`: the relay, then the owner who gave leave.
   * @bounded: both names are of bounded length and the line is anchored.
   */
  /* AUTHORISED_LINE */ literalOf(
    `^(?:${oneOf(AUTHORISED_OPENINGS)})(?:为|系)?(\\S{2,12}?)经(\\S{2,20}?)(?:正式|独家)?授权(?:发布|转载|刊发|刊登)`,
    "u",
  ),
  /**
   * `本文为冀勇庆授权网易财经《亦观察》专栏发布，转载请注明出处。`: a writer gave an outlet (its column) leave to
   * publish: the writer is the author, the outlet the source. The writer is a person's name (not `作者`), the
   * outlet one by name (not `本站`); an owner that gave leave to a relay is `AUTHORISED_LINE`'s (`…经X授权发布`). @bounded: anchored, every part of bounded length.
   */
  /* WRITER_LEAVE_LINE */ literalOf(
    `^(?:${oneOf(AUTHORISED_OPENINGS)})(?:为|系|由)(?!作者|笔者|本人|原作)(\\p{Script=Han}{2,4})(?:独家)?授权(?!本站|本网|本号|本平台)(\\S{2,12}?)(?:《[^》]{1,12}》)?(?:专栏)?(?:独家)?(?:发布|首发|刊发|刊登)`,
    "u",
  ),
  /* REPOST_LINE */ literalOf(
    `^(?:${oneOf(REPOST_PREFIXES)})?(?:${oneOf(REPOST_WORDS)})\\s*[:：]?\\s*(.+)$`,
    "u",
  ),
  /* WECHAT_LINE */ literalOf(
    raw`^${WECHAT_OPENING}(?:来自|转载自|转自|来源于?|首发于)\s*(?:微信)?\s*公众号\s*[:：]?\s*[“"「『]?([^”"」』（(，,。]{1,30})[”"」』]?(?:\s*[（(]\s*ID\s*[:：][^)）]*[)）])?(?:[，,]\s*作者\s*[:：]\s*([^，,。]{1,20}))?(?:[，,]\s*([^，,。]{1,12}?)经授权发布)?`,
    "u",
  ),
  /* ACCOUNT_REPOST_LINE */ literalOf(
    raw`^${ACCOUNT_REPOST_OPENING}(?:文章|内容|內容)(?:来源于|來源於)\s*(\S.{0,29}?)\s*(?:[，,]\s*作者\s*[:：]?\s*(\S.{0,29}))?$`,
    "u",
  ),
  /** Read in any case, so not selected by a line's leads (which compare exactly): tried on a line opening with a T. */
  /* ENGLISH_ACCOUNT_REPOST_LINE */ raw`/^The following article is from\s+(\S.{0,39}?)(?:\s+Author\s+(\S.{0,29}))?$/iu`,
  /**
   * A writer named alone behind a bar under the label 作者 (`作者 | 阳哥`, `撰文｜A`), as an editor is
   * (`编辑 | A`): a credit, not a byline. `文 | A` is the story's byline and stays in it.
   */
  /* BARRED_AUTHOR_LINE */ literalOf(
    `^(?:${oneOf(BARRED_AUTHOR_ROLES)})\\s*[｜|]\\s*(${NAMES}|${LATIN_NAME})$`,
    "u",
  ),
  /* EDITOR_LINE */ literalOf(
    `^(${oneOf(EDITOR_ROLES)}|${SIGNED_OFF})\\s*[:：｜|/／]?\\s*(?:(${NAMES}|${LATIN_NAME})${STAFF_CODE}|(${CODE_ONLY})|${NUMBER_ONLY}|${NOTHING_AFTER_COLON})$`,
    "u",
  ),
  /* NEWSROOM_EDITOR_LINE */ literalOf(
    `^(\\p{Script=Han}{2,6}?)${NEWSROOM_EDITOR_WORD}\\s*[:：]?\\s*(${NAMES})${STAFF_CODE}$`,
    "u",
  ),
  /** What a source credit under a table or chart ends with: who compiled (整理), tabulated or drew it, no outlet. */
  /* COMPILER_ENDING */ "/(?:整理|制表|制图|绘制|绘图)$/u",
  /** `来源/中国经济网综合中国政府网、人民日报`: its label set off by a colon, a bar or a slash (环球网's cards), as an editor's is. */
  /* COMPILED_LINE */ literalOf(
    `^(?:(?:${oneOf(SOURCE_PREFIXES)})?来源\\s*[:：｜|/／]\\s*)?([\\p{Script=Han}A-Za-z0-9]{2,12}?)${COMPILED_WORD}(?:自|整理自)?[^。！？!?]{2,40}$`,
    "u",
  ),
  /* TRANSLATOR_NOTE_LINE */ literalOf(
    `^(?:${oneOf(TRANSLATOR_NOTE_OPENINGS)})(?:系|为|是)\\s*(\\S.{1,29})$`,
    "u",
  ),
  /**
   * `编译：陈陈、泽南`, `译者｜A`, `译者/何黎`, `译者：Viyi, 边城, spache, Tony`: the role, a colon, bar or
   * slash, then Han names, or up to six Latin and Han names set off by commas (a translation team's).
   */
  /* TRANSLATOR_LINE */ literalOf(
    `^(?:${oneOf(TRANSLATOR_ROLES)})\\s*[:：｜|/／]\\s*(${NAMES}|(?:${LATIN_NAME}|${NAME})(?:[、,，/／]\\s*(?:${LATIN_NAME}|${NAME})){0,5})$`,
    "u",
  ),
  /* ACCOUNT_SIGNATURE_LINE */ literalOf(
    raw`^([\p{Script=Han}A-Za-z0-9·]{2,20}?)(?:\s*报道)?\s*[|｜]\s*(?:微信)?${ACCOUNT_SIGNATURE_WORD}\s*[:：]?\s*[A-Za-z][A-Za-z0-9_-]{1,29}$`,
    "u",
  ),
  /* PLATFORM_NOTICE_LINE */ literalOf(
    raw`^(?:\p{Script=Han}{0,4}声明\s*[:：]\s*)?(?:以上|本文|该文|此文)内容.{0,40}?为\s*(?:自媒体平台|平台)?\s*[“"「『]?\s*([\p{Script=Han}A-Za-z0-9]{2,12}?)\s*[”"」』]?\s*(?:用户|作者|创作者)${PLATFORM_NOTICE_WORD}`,
    "u",
  ),
  /**
   * An outlet's statement that the story is its own (`本文为阿里云原创内容，未经允许不得转载`): the outlet wrote
   * it. Not a writer's (`本文系作者原创`). A WeChat article's head writes the outlet in corner brackets, the
   * statement in bold whose marks a Markdown copy may leave (`*本文为「三联生活周刊」原创内容`), and the writer's
   * byline after it on the same line (`… 文｜谢九`: the author). @bounded: anchored, the name at most 20
   * characters, the marks at most 3.
   */
  /**
   * `📻 節目：財報狗`, `节目：财经早班车`: the programme a podcast's or a broadcast's page is of, under its label (an icon may
   * open the line), as a source line credits an outlet. @bounded: anchored, the name one run of at most 20 characters.
   */
  /* PROGRAMME_LINE */ raw`/^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:节目|節目)\s*[:：]\s*([^\s:：，,。]{2,20})$/u`,
  /* OWN_STORY_LINE */ literalOf(
    raw`^[*＊_]{0,3}\s*(?:本文|此文|该文)(?:为|系|是)\s*(?!作者|本人|笔者|博主|原作者)[「“『"]?([^\s，,。：:「」“”『』"]{2,20}?)[」”』"]?\s*(?:独家)?${OWN_STORY_WORD}(?:内容|文章|稿件|作品)?[*＊_]{0,3}(?:[，,]\s*未经.{0,16}?(?:不得|禁止|严禁|请勿)\s*转载.{0,12})?(?:\s+(?:文|作者|撰文)\s*[|｜/／:：]\s*(${NAMES}))?$`,
    "u",
  ),
  /* SITE_OWN_STORY_LINE */ literalOf(
    raw`^([\p{Script=Han}\w·]{2,20}?)\s*(?:[(（][\w./:-]{4,60}[)）])?(?:独家)?(?:${oneOf(SITE_OWN_STORY_WORDS)})(?:内容|稿件|文章)?[，,。]\s*[未转严禁请如欢].{0,80}$`,
    "u",
  ),
  /* PRESENTED_LINE */ literalOf(
    raw`^${PRESENTED_OPENING}\s*\S.{0,30}?\s*(?:原创)?(?:编译|翻译)\s*[，,]\s*(\S.{0,30}?)\s*(?:荣誉|隆重)?(?:推出|出品|发布)$`,
    "u",
  ),
  /**
   * `via: https://…` under a translation: the address of the story it translates, its original.
   * Read in any case, so not selected by a line's leads: tried on a line opening with a V.
   */
  /* VIA_LINE */ raw`/^via\s*[:：]\s*(https?:\/\/\S+)$/iu`,
  /* ORIGINAL_LINK_LINE */ literalOf(
    `^(?:(?:${oneOf(ORIGINAL_LINK_WORDS)})\\s*[:：]?\\s*(?:(https?:\\/\\/\\S+)|${CLICK_HERE})?|${ORIGINAL_WORD}\\s*[:：]\\s*(https?:\\/\\/\\S+))$`,
    "u",
  ),
  /* TRANSCODED_LINE */ literalOf(
    raw`^${TRANSCODED_OPENING}\s*\S.{0,40}?\s*${TRANSCODED_VERB}\s*[，,]?\s*${TRANSCODED_LABEL}\s*[:：]?\s*(\S{1,200})$`,
    "u",
  ),
  /**
   * A link's whole text that labels it as the story's original (`原文`, `阅读原文`, `原文链接`): a page
   * that carries a story from elsewhere (a mirror) links to it so.
   */
  /* ORIGINAL_LINK_LABEL */ literalOf(`^(?:原文|${oneOf(ORIGINAL_LINK_WORDS)})$`, "u"),
  /* ORIGINAL_TITLE_LINE */ literalOf(
    `^(?:${ORIGINAL_TITLE_PREFIX})?(?:${oneOf(ORIGINAL_TITLE_WORDS)})\\s*[:：]\\s*(.+)$`,
    "u",
  ),
  /**
   * What `unwrap` strips before an original title line's words (spaces, the one bracket of a wrapped line): the words
   * open with a letter, so where they begin in the text read is past this. @bounded: anchored, one optional mark.
   */
  /* BEFORE_UNWRAPPED */ literalOf(`^\\s*${OPEN}?\\s*`, "u"),
  /** A dispatch's date and 电/讯 (`3月26日电`), as a dateline run on after an original title has it. */
  /* DISPATCH_DATE */ raw`/\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专电|电|讯|消息)/gu`,
  /** `（本文刊发于《三联生活周刊》2018年第16期，…）`, `原载《财经》杂志`: the publication that printed the story. */
  /* PUBLISHED_IN_LINE */ literalOf(
    `^(?:(?:${oneOf(PUBLISHED_IN_PREFIXES)})原?(?:刊发|刊载|刊登|发表|首发|载)|${PUBLISHED_IN_OPENING})(?:于|在)?\\s*《([^《》]{2,20})》`,
    "u",
  ),
  /* PRINT_STAMP_LINE */ literalOf(`^${PRINT_STAMP}`, "u"),
  /**
   * The same stamp run after the story's byline, as an e-paper's reading copy sets it under the headline (`本报记者  刘志强
   * 《人民日报》（2025年07月16日第 04 版）`, `罗珊珊《人民日报》（…第 19 版）`): the paper, and the name its writer's.
   * @bounded: anchored, the label's blanks at most 4, the names 24 characters, the blanks after them 4.
   */
  /* BYLINED_PRINT_STAMP_LINE */ literalOf(
    raw`^(本报记者|记者|作者)?[\s:：]{0,4}([\p{Script=Han}、 \t\u3000]{2,24}?)\s{0,4}${PRINT_STAMP}`,
    "u",
  ),
  /**
   * What opens a sentence's subject and no writer's name (a pronoun or a pointing word), and what a verb of saying
   * ends with: with no label before it, `他说《人民日报》（…版）` is a sentence quoting the paper, not a byline.
   */
  /* NOT_NAME_OPENING */ "/^[他她它我你您其这那该此据]|[说称]$/u",
  /* COPYRIGHT_LINE */ literalOf(
    raw`^(?:\*\*)?${COPYRIGHT_WORD}声明[:：]?(?:\*\*)?[^未]{0,20}未经(\S{2,12}?)(?:书面|事先)?(?:授权|许可|同意)`,
    "u",
  ),
  /** `© 2020年德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。` */
  /* OWNER_COPYRIGHT_LINE */ literalOf(
    raw`^(?:©|（c）|\(c\))?\s*(?:\d{4}\s*年?)?\s*(\p{Script=Han}{2,12}?)\s*${COPYRIGHT_WORD}(?:声明|所有)[:：][^如]{0,40}如无\1(?:特别|书面|事先)?(?:授权|许可)`,
    "u",
  ),
  /**
   * `中新经纬版权所有，未经书面授权，任何单位及个人不得转载、摘编或以其它方式使用。`: the owner, then its reprint terms,
   * as an outlet closes every story. @bounded: anchored, the owner at most 12 characters, the terms at most 60 each.
   */
  /* OWNER_RIGHTS_NOTICE */ literalOf(
    raw`^(?:\*\*)?(\p{Script=Han}{2,12}?)\s*${COPYRIGHT_WORD}所有[，,]\s*未经(?:书面|事先)?(?:授权|许可|同意)[，,]?[^。！]{0,60}?(?:不得|禁止|严禁|请勿)[^。！]{0,60}[。！]?(?:\*\*)?$`,
    "u",
  ),
  /**
   * A WeChat account's closing statement that the article is its own and its rights the outlet's, with the
   * share call and reprint notice after it (`本文为原创内容，版权归「三联生活周刊」所有。欢迎文末分享、点赞、在看三连！
   * 转载请联系后台。`). @bounded: anchored, the owner at most 20 characters, the rest at most 80.
   */
  /* OWN_RIGHTS_LINE */ literalOf(
    raw`^(?:本文|此文|该文)(?:为|系)原创(?:内容|文章)?[，,]\s*${COPYRIGHT_WORD}归\s*[「“『"]?([^\s，,。「」“”『』"]{2,20}?)[」”』"]?\s*所有(?:[。！，,].{0,80})?$`,
    "u",
  ),
  /**
   * `版权声明：本文版权为网易汽车所有，转载请注明出处。`: a notice opening the story that its rights are X's, with the
   * reprint terms after it. @bounded: anchored, the owner at most 12 characters, the terms at most 40.
   */
  /* STORY_RIGHTS_LINE */ literalOf(
    raw`^(?:\*\*)?${COPYRIGHT_WORD}声明[:：]?(?:\*\*)?\s*(?:本文|本稿|此文|该文)的?${COPYRIGHT_WORD}(?:为|归|属于?)\s*([^\s，,。]{2,12}?)\s*所有[，,。]\s*(?:转载|未经)[^。！]{0,40}[。！]?$`,
    "u",
  ),
  /**
   * `© 2020 AFP`, `Copyright © 2021 Reuters. All rights reserved.`, `©2019 财新传媒 版权所有`: a line
   * that only says who owns the story.
   */
  /* MARK_COPYRIGHT_LINE */ raw`/^(?:copyright(?:\s*©)?|©|（c）|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?(?:\s+|年\s*)?)?([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9 .&-]{0,30}?)[\s.。,，]*(?:all rights reserved\.?|版权所有)?$/iu`,
  /** A copyright mark over a site's host alone (`© rthk.hk`). @bounded: anchored, labels of at most 30 characters. */
  /* MARKED_SITE */ raw`/^(?:©|（c）|\(c\))\s*((?:[a-z0-9-]{1,30}\.){1,4}[a-z]{2,6})$/iu`,
  /* URL */ raw`/^<?(https?:\/\/[^\s<>]+)>?$/u`,
  /** An address without its scheme: a host with a dot, then a path (`example.blogspot.com/2021/06/post.html`). */
  /* BARE_ADDRESS */ raw`/^(?:[a-z\d-]+\.)+[a-z]{2,}\/[^\s<>]*$/iu`,
  /** A writer's or account's name as a line under the title gives it before a credit (`吃瓜`, `喜马拉雅-华盛顿DC农场`). */
  /* LINE_NAME */ raw`/^[\p{Script=Han}A-Za-z0-9·・-]{2,20}$/u`,
  /** A byline and a source credit on one line. */
  /* BYLINE_THEN_SOURCE */ literalOf(
    raw`^(\S.{1,30}?)\s+(?:文章)?${BYLINE_SOURCE_WORD}\s*[:：]\s*(\S{2,20})$`,
    "u",
  ),
  /**
   * One role–name pair of a staff line: `发稿 张晓翀`, `审校：张喜良`, `编译 于春红/李婷仪`; a role with a colon
   * may name a Latin name (`作者：Ankush Das`, `校对：wxy`).
   */
  /* STAFF_PART */ literalOf(
    `^(${STAFF_ROLES})\\s*(?:[:：/／|｜]?\\s*(${STAFF_NAMES})|[:：]\\s*(${STAFF_LATIN_NAME}))$`,
    "u",
  ),
  /**
   * Where a staff line without semicolons starts its next pair: a space before a role word and a Han
   * name, or before a role with a colon and any name (`作者：Ankush Das 选题：lujun9972`).
   */
  /* STAFF_BREAK */ literalOf(
    `\\s(?=(?:${STAFF_ROLES})\\s*(?:[:：/／|｜]?\\s*\\p{Script=Han}|[:：]\\s*[A-Za-z]))`,
    "u",
  ),
  /* AUTHOR_ROLE */ "/^(?:记者|作者|撰文|撰稿|采写|文|发稿|编译|翻译)$/u",
  /**
   * Roles of a staff line that credit pictures, the page's layout (`排版：A / 审核：B` closing a WeChat article),
   * who chose the story to translate (`选题：A`, a translation project's credit), or the desk's chief over the story's
   * editor (`责任编辑：于建平 主编：赵云` closing a 华夏时报 story on sina): read, and neither the author nor the editor.
   */
  /* UNFIELDED_ROLE */ "/^(?:摄影|摄像|制图|图片|图|选题|排版|主编)$/u",
  /** A staff line's part that names who supplied the story (`医技药剂党支部、药剂科供稿`): no role to read. */
  /* SUPPLIED_BY */ literalOf(raw`^\S{2,30}(?:${oneOf(SUPPLIED_WORDS)})$`, "u"),
  /** Roles of a byline, which a staff line split at spaces may not hold. */
  /* BYLINE_ROLE */ raw`/记者|作者|撰文|采写|文\s*[:：/／|｜]/u`,
  /**
   * Where a staff line's pairs are split: `；`, or a slash or bar before a labelled role (`记者：A/责编：B`,
   * `责编：A | 审核：B`).
   */
  /* STAFF_SEPARATOR */ literalOf(`[；;]|[/／|｜](?=\\s*(?:${STAFF_ROLES})\\s*[:：])`, "u"),
  /** A role with a colon after it: a pair of a labelled staff line. */
  /* LABELLED_ROLE */ literalOf(`^\\s*(?:${STAFF_ROLES})\\s*[:：]`, "u"),
  /** Roles one person held, named together before one colon (`编写/责编：横路`, `撰稿/编辑：A`). */
  /* SHARED_ROLES */ literalOf(
    `^((?:${STAFF_ROLES}|${SHARED_ROLE_ONLY})(?:[/／、](?:${STAFF_ROLES}|${SHARED_ROLE_ONLY})){1,2})\\s*[:：]\\s*(${STAFF_NAMES})$`,
    "u",
  ),
  /** One person's name (or a few, as a byline writes them). */
  /* PERSON */ literalOf(`^(?:${NAMES}|${LATIN_NAME})$`, "u"),
  /** One `label：value` pair of a credit line that names several things (`作者：张三 来源：界面新闻`). */
  /* LABELLED_PAIR */ literalOf(`^(${oneOf(PAIR_LABELS)})\\s*(?:[:：｜|]\\s*|(?=《))(\\S{2,80})$`, "u"),
  /** An outlet name as a credit writes it, without brackets, quotes, ID notes or trailing punctuation. */
  /**
   * `（ID：…）`, `（微信ID：…）`, `（微信号：…）` to the end of an account's or an outlet's name (`本文来自华尔街见闻（微信ID：wallstreetcn）`),
   * or the account's handle alone in brackets after its Han name (`来源：澎湃新闻（thepapernews）`). @bounded: names come from credit lines, which
   * `readCreditLine` reads only up to 200 characters (`.*$` fails at every `（ID：` of a line that is
   * followed by another, so an unbounded text would be quadratic).
   */
  /* ACCOUNT_ID */ raw`/[（(]\s*(?:微信\s*(?:ID|号)|ID)\s*[:：].*$|(?<=\p{Script=Han})[（(]\s*[A-Za-z][A-Za-z0-9_]{2,29}\s*[)）]$/iu`,
  /** A writer's work closing a byline's names (`整合`, `综合`, `整理`, `编译`): the story was compiled. */
  /* COMPILING_WORD */ "/^(?:整合|综合|整理|编译)$/u",
  /* BYLINE_SPLIT */ literalOf(`[ 　、，,]*(${ROLE_WORDS})[ 　]*|[ 　、，,]+`, "u"),
  /* ROLE_WORD */ literalOf(`^(?:${ROLE_WORDS})$`, "u"),
  /** A city in brackets closing a credited outlet's name (`观察者网(上海)`, `某某报（杭州市）`): where it is, not who. */
  /* OUTLET_CITY */ literalOf(
    `(?<=\\S)[(（](?:${oneOf(BUREAU_CITIES)}|\\p{Script=Han}{2,3}[市省])[)）]$`,
    "u",
  ),
  /**
   * A paper's name in title marks opening a paragraph, before its dateline's date or 讯 (`《科创板日报》12月28日讯`), maybe
   * after the flash's bracket headline (`【…】《科创板日报》3日讯`, the lead-in every dateline form allows). @bounded: anchored,
   * runs of at most 80 and 12.
   */
  /* QUOTED_OUTLET */ raw`/^((?:【[^】]{0,80}】)?\s{0,4})《([\p{Script=Han}A-Za-z0-9]{2,12})》(?=\s*(?:\d|讯|电|消息))/u`,
  /**
   * Words a dateline's name may not open with: 本报北京５月９日讯 names no outlet, nor does a preposition's object
   * (`从中国汽车标准化研究院获悉，`: the reporter learned it from an institute).
   */
  /* NOT_NAME */ "/^(?:本报|本台|本刊|本网|我报|记者|据|从|向|今日|昨日|近日|今天|昨天|公司|集团|截至|截止|目前|当地时间|北京时间)/u",
  /**
   * What a feed may put before a paragraph's dateline: the headline it joined to its description with a colon
   * (`孙心然：我有跟顶尖选手对抗的能力，这让我更有动力：中新网北京10月6日电…`, a news roll's `title：description`) — a run
   * with no sentence end — and a photo credit run in (`中新网记者 徐峻杰 摄 `). @bounded: fixed-length runs.
   */
  /* HEADLINE_JOIN */ raw`/^[^。！？!?\n]{2,60}?[：:]/u`,
  /* RUN_IN_PHOTO_CREDIT */ raw`/^\s*(?:[\p{Script=Han}A-Za-z]{0,10}记者)?\s*\p{Script=Han}{2,4}\s*摄\s+/u`,
  /** A dispatch's day and its 电 or 讯 (`6日电`, `6日讯`, `6日专电`): what a dateline after a lead-in must hold. */
  /* DISPATCH_DAY */ raw`/[\d０-９]\s*日\s*(?:专?电|讯)/u`,
  /** A dateline's mark that is the lede's verb, who reported or learned the news (`Dateline.reported`), not a dispatch's. */
  /* REPORTING_MARK */ "/^(?:综合报道|报道|获悉|发现|了解到|注意到|调查发现|从)$/u",
  /**
   * A wire's dispatch, dated and filed (`8月9日电`, `12日专电`, `30日新媒体专电`), which with a reporter's bracket after it
   * is an agency's (a site's flash writes `讯`, or `电` with no reporter: `南财智讯7月30日电，`).
   */
  /* WIRE */ raw`/日\s*(?:新媒体)?专?电/u`,
  /** The one-character endings of outlets' names (`网`, `社`, `报`, `台`, `刊`). */
  /* OUTLET_ENDING_CHARACTER */ "/^[网社报台刊]$/u",
  /** A two-character name whose second is such an ending: a person's as likely as an outlet's. */
  /* ONE_CHARACTER_ENDING */ raw`/^\p{Script=Han}[网社报台刊]$/u`,
  /**
   * A paper's name in title marks, maybe after its country's and maybe before its edition (`英国《金融时报》`,
   * `《人民日报》海外版`, a reprint database's 原文出处): the name, and the edition that is part of the outlet's.
   */
  /* TITLED_PAPER */ raw`/^(?:\p{Script=Han}{2,3})?《([\p{Script=Han}A-Za-z0-9]{2,12})》(\p{Script=Han}{1,3}版)?$/u`,
  /* EDITION_NOTE */ literalOf(
    raw`^[\p{Script=Han}A-Za-z0-9]{2,12}[（(](?:${oneOf(EDITION_WORDS)})\s*[:：]\s*([^（()）\s]{2,12})[)）]\s*`,
    "u",
  ),
  /**
   * What introduces a byline without being one: `本文作者为…`, a closing line that names the writer; a print page's
   * credit for all its stories, as Beijing's papers set it over the reporter's byline (新京报's
   * `本版采写/新京报记者 王晓枫`, 北京青年报's `本版文/本报记者 周宇 邹春霞`).
   */
  /* WRITER_INTRO */ raw`/^(?:本文作者(?:为|是|系)|本版(?:采写|撰文|文字?)[ 　]*[/／:：])\s*/u`,
  /**
   * A byline whose names cannot be read (`每经记者 张 斯 宗 旭 每经编辑 曾健辉`, one character per
   * space) still names its editor.
   */
  /* BYLINE_EDITOR */ literalOf(
    `^(?<outlet>\\p{Script=Han}{0,8}?)记者\\s*[:：]?\\s*[\\p{Script=Han} 　]{2,16}?\\s+\\p{Script=Han}{0,8}?编辑\\s*[:：]?\\s*(?<editors>${NAMES})$`,
    "u",
  ),
  /** A byline closing a paragraph: `…保供稳价。（记者安蓓）`. */
  /* TRAILING_BYLINE */ literalOf(
    `${OPEN}\\s*(?<outlet>[\\p{Script=Han}A-Za-z0-9]{0,12}?)(?:首席|特约|见习|实习|驻\\p{Script=Han}{1,3})?记者\\s*(?<names>${NAMES})\\s*${CLOSE}$`,
    "u",
  ),
  /** The shape of the outlet-and-name form, which has no byline word. */
  /* OUTLET_NAME_LINE */ raw`/^[\p{Script=Han}A-Za-z0-9《》]{2,17}[ 　]+\p{Script=Han}{2,5}(?:[ 　]+\p{Script=Han}{2,6})?$/u`,
  /**
   * A word every other byline form has, anywhere (`记者`, a columnist's title, `编译`), or at the start, maybe in a
   * bracket (`文`, which only the labelled forms read, there: anywhere else nearly every paragraph has it).
   */
  /* BYLINE_WORD */ "/记者|記者|作者|撰文|撰写|采写|综合报道|编译|編譯|撰稿|评论员|编辑委员|专栏作家|发自|^[【（(]?文/u",
  /**
   * `…的可能性存在。　　(作者邓海清，系“海清FICC频道”全球首席经济学家)`: a note on the writer closing a
   * story's last paragraph: the name, and the paragraph without the note.
   */
  /* AUTHOR_NOTE */ raw`/(?<![（(][^）)]{0,80})[（(]\s*作者\s*[:：]?\s*(\p{Script=Han}{2,4})\s*[，,]\s*(?:系|为|是|现任|现为)[^（）()]{1,80}[)）]$/u`,
  /* DESK_NAME */ literalOf(`(?:${DESK_ENDINGS})$`, "u"),
  /**
   * A Taiwanese paper's byline on a line of its own: the writer, a slash, where the story was filed and how
   * (`劉屏／華盛頓4日電`, `楊舒媚／台北報導`), labels in either script. The writer's name is the author.
   * @bounded: anchored, fixed-length runs.
   */
  /* FILED_BYLINE */ raw`/^(\p{Script=Han}{2,4})\s*[／/]\s*\p{Script=Han}{2,6}?\s*(?:\d{1,2}日(?:专?电|電)|(?:即时|即時)?(?:报导|報導|报道|報道))$/u`,
  /**
   * A newsroom's credit block on a line of its own over the story, as Taiwan's portals set it (money.udn.com's
   * `中央社 記者吳家豪台北24日電`, `經濟日報 記者王小明／台北即時報導`, `經濟日報 新聞部新媒體中心`): the outlet, a space, then its
   * reporter with where and when the story was filed, or the desk that wrote it. Matched on the line with its labels
   * folded to Simplified forms (`foldCreditLabels`). A reporter's name runs to three characters before the place (a
   * two-character one, `王明台北`, is read when the place would otherwise be one character).
   * @bounded: anchored, fixed-length runs.
   */
  /* NEWSROOM_CREDIT */ literalOf(
    raw`^(?<outlet>[\p{Script=Han}A-Za-z0-9]{2,12}?)[ \u3000]+(?:记者\s*(?<author>\p{Script=Han}{2,3})\s*[／/]?\s*\p{Script=Han}{2,4}?\s*(?:\d{1,2}日)?\s*(?:即时|即時)?(?:专?电|报导|报道)|\p{Script=Han}{2,10}(?:${DESK_ENDINGS}))$`,
    "u",
  ),
  /**
   * `…制冷剂。（上海证券报）`: a story closing with its outlet in brackets after its last sentence, maybe
   * after the reporter's name in brackets too (`…资金。(刘敬元)（文章来源：证券时报）`: the name stays), or a relay
   * note's words before it (`…创历史新高。(本文来自第一财经)`).
   */
  /* TRAILING_OUTLET */ raw`/^([\s\S]*[。！？!?”」』…](?:\s*[（(][^（）()\n]{2,12}[)）])?)\s*[（(]([^（）()\n]{2,14})[)）]$/u`,
  /**
   * Words that make a bracketed tail something other than an outlet; a source word left inside the name
   * (`简历摘自北京市政协网`, `数据来源于…`) says where a part of the story was drawn from, not who wrote it. A role
   * word cut after its first character (`（第一财经记）`, the feed's credit cut mid-word) names no outlet, nor does a
   * flash's status mark (`（更新）`, `（持续更新）`, `（更正）`).
   */
  /* NOT_TRAILING_OUTLET */ raw`/记者|摄|编辑|编译|翻译|译|完|图|注|转载|供稿|整理|通讯员|实习|作者|据|摘自|选自|出自|来自|来源|\/|／|、|，|,|\d{4}|^\d+$|(?:记|编|通讯|撰|责)$|^(?:持续|滚动)?(?:更新|更正|修正)中?$/u`,
  /**
   * `…下跌空间。　记者　申鹏　（来源：新华网）`: the same credit after a byline the story's last sentence runs into —
   * the byline and the credit were lines of their own until a scraper or a corpus joined the story's lines. The
   * piece between the sentence mark and the bracket must read as a byline (`readByline`); it stays in the text.
   * @bounded: the byline runs at most 24 characters before the bracket.
   */
  /* BYLINE_THEN_OUTLET */ raw`/^([\s\S]*[。！？!?”」』…])([^。！？!?”」』…（）()\n]{2,24}?)\s*[（(]([^（）()\n]{2,14})[)）]$/u`,
  /** A card's title: a headline's words, no sentence mark, colon, bracket, list mark (`张三、李四`) or line break; 40 at most. */
  /* CARD_TITLE */ raw`/^[^\n。！？!?:：（）()【】]{4,40}$/u`,
  /**
   * A picture's caption opening the last sentence (`圖為昨日東芝股東會場外。`, `图为…`, `上图：…`), as a scraper glues the
   * caption to the story's end: the bracket after it (`（美聯社）`) credits the picture, not the story.
   */
  /* CAPTION_OPENING */ "/^(?:[图圖](?:片)?[为為]|[上下左右][图圖][:：为為]?)/u",
  /** A closing credit to an outlet's reporter (`…最多的地区#。（人民日报记者张朋辉）`): the outlet, then its reporter's name. */
  /* REPORTER_CREDIT */ raw`/^(\p{Script=Han}{2,10}?)记者\s?(\p{Script=Han}{2,4})$/u`,
  /** A name, white space, and two to four Han characters: an outlet and its writer, maybe. */
  /* SIGNED_OUTLET */ raw`/^\S{2,10}\s+\p{Script=Han}{2,4}$/u`,
  /* END_MARK */ raw`/(?<!\s)\s*(?:[（(]\s*完\s*[)）]|[-—]{1,2}\s*END\s*[-—]{1,2}|(?<=[。！？!?”」』…])[#＃■])$/iu`,
  /**
   * `(完)`, `（完）`, `-END-` closing a paragraph, and the one-character marks some papers end a story
   * with after its last sentence (大纪元's `#`, 财新's `■`).
   */
  /**
   * What a relay credit's line says after its outlet and a comma (`本文来自全天候科技，悦读更多请登录www.awtmt.com 或关注微信号…`,
   * `本文来自新浪财经，原文标题《知情人士：…》。`, `本文来自华尔街见闻，欢迎下载APP查看更多`): the carrier's prompt to read on or
   * follow it, or the original's title — the credit names the outlet before it. @bounded: one run to the line's end.
   */
  /* CREDIT_PROMPT_TAIL */ raw`/[，,]\s*(?:原文标题|原标题|(?:悦读|阅读|查看|了解)更多|更多精彩|欢迎(?:下载|关注|访问|登录)|(?:请|敬请)?关注(?:微信|公众号)|请登录)[\s\S]*$/u`,
  /**
   * What a portal's info bar sets after the source's link, run onto a `来源:` line when the bar is read as one (网易's
   * `2011-08-22 16:34:23　来源: 网易财经　有0人参与 手机看新闻`): the comment count and the app's link, no part of the outlet's
   * name. @bounded: after white space, one run to the line's end.
   */
  /* INFO_BAR_TAIL */ raw`/\s+(?:有\s?\d{1,7}\s?人参与|手机看新闻)[\s\S]*$/u`,
  /** A wire's archive stamp closing its story (`…獲得潛力獎。1021029`): see `credits/grammar.ts`. */
  /* ARCHIVE_STAMP */ raw`/^[。！？!?」』”）)](?:0[89]\d|1[0-4]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u`,
  /** An English source line (`Source: Ta Kung Pao`): see `credits/grammar.ts`. */
  /* ENGLISH_SOURCE_LINE */ raw`/^\s{0,8}[Ss][Oo][Uu][Rr][Cc][Ee][ \t]{0,4}[:：][ \t]{0,4}([^\s:：][^:：]{1,39}?)[\s.。]{0,4}$/u`,
  /**
   * `（本文由「工商時報」授權轉載）`, `本文經MoneyDJ新聞授權轉載`: the owner gave the page that carries the story leave to
   * reprint it — the owner wrote it (a Taiwanese magazine's closing credit). No relay is named: the carrier is the
   * page's (`AUTHORISED_LINE` names one: `本文为X经Y授权转载`). @bounded: anchored at both ends, the name of bounded length.
   */
  /* OWNER_LEAVE_LINE */ literalOf(
    raw`^(?:${oneOf(AUTHORISED_OPENINGS)})(?:由|经|經)\s*[「“"『《]?\s*(?!作者|笔者|本人|原作|本站|本网)([^「」“”"『』《》\s]{2,20}?)\s*[」”"』》]?\s*(?:正式|独家|獨家)?授[权權](?:转载|轉載|刊登|刊出)[。.]?$`,
    "u",
  ),
  // The byline forms, last and in the order `readByline` tries them: the credit grammar reads them as the rest of its
  // destructuring, the line forms (`REPORTER_BYLINE` to `COMPILERS_BYLINE`) before the lead forms (`…_LEAD_BYLINE`).
  /**
   * （总台央视记者 徐宁宁 杨毅） / 每经记者 王海慜 陈晨  每经编辑 何剑岭 / 本报记者 张三 / （记者安蓓） /
   * 经济观察网 记者 张昊 / 界面新闻记者 | 杜萌 / 成都商报-红星新闻记者 张肇婷 摄影报道 / 作者：《中国企业家》记者 林涛
   * (a magazine's reporter, labelled as the writer) / 采编：记者 陈曦 覃洁 (财新's closing line: who reported and wrote it)
   * / 鉅亨網編譯劉祥航 (an outlet's translator writing its story from a foreign wire's: its writer, `编译自…` none)
   * / 新京报贝壳财经记者 潘亦纯 编辑 岳彩周 校对 张彦君 (新京报's closing line: the proofreader after the editor, a review role, gives way to the editor)
   */
  /* REPORTER_BYLINE */ literalOf(
    `^${OPEN}?\\s*(?:(?:作者|文|采编)\\s*[:：｜|/／]\\s*)?(?<outlet>(?:${OWNER_PART}[-·・])?[\\p{Script=Han}A-Za-z0-9]{0,12}?|${TITLED_OUTLET})[ 　]?(?:(?:首席|特约|见习|实习|驻京|驻沪|驻\\p{Script=Han}{1,3})?记者|编译(?!自))\\s*[:：|｜]?\\s*(?<names>${NAMES})(?:\\s+(?:(?:发自|报道)\\S{0,8}|\\S{1,8}?报道))?(?:\\s+\\S{0,12}?编辑\\s*[:：]?\\s*(?<editors>${NAMES})(?:\\s+${REVIEW_LABELS}\\s*[:：]?\\s*${NAMES})?)?\\s*${CLOSE}?$`,
    "u",
  ),
  /**
   * 作者：郭晋晖 / 作者 陈婧 / 文 | 刘建中 陈汐 / 文/张三 / 撰文：李四 / 作者：Greg Schoeninger (a Latin name after a colon or bar)
   * / 撰写：Scott Horsley (a translated page's byline)
   */
  /* WRITER_BYLINE */ literalOf(
    `^(?:作者|文|撰文|撰写|文字|采写)\\s*(?:[:：｜|/／]?\\s*(?<names>${NAMES})|[:：｜|]\\s*(?<latin>${LATIN_NAME}))(?:\\s+编辑\\s*[:：｜|]?\\s*(?<editors>${NAMES}))?$`,
    "u",
  ),
  /**
   * 衡宇 梦晨 发自 凹非寺: the writers, then where they filed from (a WeChat account's byline).
   */
  /* FILED_FROM_BYLINE */ literalOf(`^(?<names>${NAMES})\\s*发自\\s*\\p{Script=Han}{2,8}$`, "u"),
  /**
   * 中国基金报 泰勒 / 日经中文网 松田直树 上海 / 日经中文网评论员 中山淳史 / 英国《金融时报》 白杰明 香港报道: an
   * outlet and a name on a line of their own (the outlet must read as one; a paper's name in title marks, maybe
   * after its country's), maybe a columnist's title between them and the city filed from, or `(place)报道`, after them;
   * maybe labelled `文/` in brackets, as a column opens its piece (`【文/观察者网专栏作者 王文】`).
   */
  /* OUTLET_AND_NAME_BYLINE */ literalOf(
    `^(?:${OPEN}\\s*)?(?:文\\s*[/／]\\s*)?(?<outlet>[\\p{Script=Han}A-Za-z0-9]{2,12}?|${TITLED_OUTLET})(?:[ 　]*(?:${COLUMNIST})[ 　]*|[ 　]+)(?<names>${LONG_NAME})(?:[ 　]+(?:${BUREAU}|\\p{Script=Han}{0,4}报道))?(?:\\s*${CLOSE})?$`,
    "u",
  ),
  /**
   * `达扬（综合报道）`, `任琛/凝炼（综合报道）`: a newsroom's compilers, named over or under the story.
   */
  /* COMPILERS_BYLINE */ literalOf(
    `^(?<names>${NAME}(?:\\s*[/／、]\\s*${NAME}){0,3})\\s*${OPEN}(?:综合报道|编译|综合编译)${CLOSE}$`,
    "u",
  ),
  /**
   * 本报讯 （记者李英辉）已经退出… / 本报讯（特约记者 张三 通讯员 李四）
   */
  /* PAPER_LEAD_BYLINE */ literalOf(
    `^本报讯\\s*${OPEN}\\s*(?:特约|首席|见习|实习)?记者\\s*(?<names>${NAME})(?=\\s|、|${CLOSE}|通讯员)`,
    "u",
  ),
  /**
   * 本报记者陈雪频实习记者唐翔发自上海
   */
  /* PAPER_FILED_LEAD_BYLINE */ raw`/^本报(?:首席|特约)?记者\s*(?<names>\p{Script=Han}{2,3}?)\s*(?:(?:实习(?:生|记者)|见习记者)\s*(?<more>\p{Script=Han}{2,3}?)\s*)?发自/u`,
  /**
   * 中新网北京12月1日电（记者 张三）… / …消息（记者王逸群）据…
   */
  /* BRACKETED_LEAD_BYLINE */ literalOf(
    `^.{0,40}?${OPEN}\\s*(?:首席|特约|见习|实习)?记者\\s*(?<names>${NAMES})\\s*${CLOSE}`,
    "u",
  ),
  /**
   * 日经中文网特约撰稿人 青树明子：如果是中国人… (the outlet must read as one)
   */
  /* COLUMNIST_LEAD_BYLINE */ literalOf(
    `^(?<outlet>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:${COLUMNIST})[ 　]*(?<names>${LONG_NAME})\\s*[:：]`,
    "u",
  ),
  /**
   * 华夏时报（公众号：chinatimes）记者王大勇上海报道4月19日，…: an outlet (its account's note in brackets) and its
   * reporter filing from a bureau, run into the story's first sentence — the bureau's city ends the name.
   */
  /* BUREAU_LEAD_BYLINE */ literalOf(
    `^(?<reporterOf>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:[（(](?:微信)?公众号[:：][^（）()]{1,30}[)）])?(?:首席|特约|见习|实习)?记者\\s*(?<names>\\p{Script=Han}{2,3}?)\\s*(?:${BUREAU})报道`,
    "u",
  ),
  /**
   * 经济观察网 记者 冯庆艳 实习记者 赵喆 成立19年…: an outlet's reporters opening the story's first paragraph, a space
   * before its first sentence, as a re-poster pastes a story (the outlet must read as one: it is the story's).
   */
  /* SPACED_LEAD_BYLINE */ literalOf(
    `^(?<reporterOf>[\\p{Script=Han}A-Za-z0-9]{2,12}?)[ 　]?(?:首席|特约|见习|实习)?记者[ 　]+(?<names>${NAMES})[ 　\\u00a0]+(?=[^ 　\\u00a0])`,
    "u",
  ),
  /**
   * 〔記者黃捷／台北報導〕中華統一… / 〔自由時報記者林俊宏、王憶紅／台北報導〕台北地檢署… / 記者呂炯昌／台北報導 /
   * 聯合報 / 記者潘乃欣／台北即時報導 / [FTNN新聞網]記者林欣愉／綜合報導…: a Taiwanese paper's byline opening the story,
   * maybe in its brackets — maybe the paper's name (in brackets, or before a slash), 記者, the writers, a slash, where
   * it was filed and 報導 (folded to Simplified labels); the paper, when named, must read as an outlet.
   */
  /* TAIWAN_LEAD_BYLINE */ literalOf(
    `^[〔【[]?(?<reporterOf>[\\p{Script=Han}A-Za-z0-9]{2,8}?)?[〕】\\]]?\\s*(?:[／/]\\s*)?记者\\s*(?<names>${NAME}(?:、${NAME}){0,3})\\s*[／/]\\s*\\p{Script=Han}{2,6}?\\s*(?:即[时時])?报[导道]`,
    "u",
  ),
  /**
   * 【時報記者林資傑台北報導】金管會… / 【時報記者沈培華台北報導】: the same byline with no slash between the writer and the
   * place (時報資訊's stories as Yahoo and the portals carry them), in its brackets: the place is one the Taiwanese wires
   * file from (`TAIWAN_DATELINE_PLACES`), so the writer is what lies between 記者 and it.
   */
  /* TAIWAN_GLUED_LEAD_BYLINE */ literalOf(
    `^[〔【[](?<reporterOf>[\\p{Script=Han}A-Za-z0-9]{2,8}?)?记者\\s*(?<names>\\p{Script=Han}{2,3}?)(?:${oneOf(TAIWAN_DATELINE_PLACES)})(?:即[时時]|综合)?报[导道][〕】\\]]`,
    "u",
  ),
  /**
   * 【文/观察者网 王世纯】自6月末以来… / 【文/观察者网专栏作者 王文】… / 【文/观察者网徐乾昂】…: a site's byline in brackets
   * opening the story's first paragraph (the outlet must read as one); a name glued to it follows a site's 网.
   */
  /* SITE_COLUMN_LEAD_BYLINE */ literalOf(
    `^【\\s*文\\s*[/／]\\s*(?<outlet>[\\p{Script=Han}A-Za-z0-9]{2,12}?)(?:[ 　]*(?:${COLUMNIST})[ 　]*|[ 　]+|(?<=[网網]))(?<names>${LONG_NAME})\\s*】`,
    "u",
  ),
];

/**
 * The credits stage's patterns, composed in a function that the table's one call (marked pure) runs as the module
 * loads: a bundle that reads no credits stage (`@caixun/core/records`, whose record readers read the grammar's) drops
 * them all, where it keeps every top-level `raw` and `literalOf` call, which a bundler cannot prove pure.
 */
function creditsStagePatterns(): readonly string[] {
  /** The labels of the story's original address (`原文链接`, `原文地址`…), as alternatives of the patterns below. */
  const ORIGINAL_ADDRESS = ORIGINAL_ADDRESS_LABELS.join("|");
  return [
    /** A line that is only an account's name (`IT之家`, `加拿大必读`): letters, no sentence, no date. */
    /* ACCOUNT_NAME */ raw`/^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9·_-]{1,19}$/u`,
    /** An item of a metadata list (`- 分类: 行业分析`, `- 日期: 2025.06.03`, `- 来源: http://…`): its label and value. */
    /* METADATA_ITEM */ raw`/^\s*([^:：\s]{1,8})\s*[:：]\s*(.+?)\s*$/u`,
    /* BARE_URL */ raw`/^<?(https?:\/\/[^\s<>]+)>?$/`,
    /** A portal's account platform, named by its account type (`百家号`, `头条号`, `网易号`). */
    /* ACCOUNT_PLATFORM */ "/号$/u",
    /** A line that is only an outlet in brackets: `【环球时报】`. */
    /* BRACKETED_OUTLET */ raw`/^[【[]\s*([^】\]]{2,16}?)\s*[】\]]$/u`,
    /** Words after a story's end that open a sidebar: the story's trailing credit sits just before them. */
    /* SIDEBAR_HEADING */ "/^(?:新闻链接|相关链接|相关阅读|相关新闻|相关报道|背景资料|延伸阅读|链接)[:：]?$/u",
    /** A writer's name alone on a line: two to four Han letters, or a Latin name. */
    /* WRITER_NAME */ raw`/^(?:\p{Script=Han}{2,4}|[A-Za-z][A-Za-z .'-]{1,30})$/u`,
    /** WeChat's badge of an account's own article, on a line of its own over the writer. */
    /* ORIGINAL_BADGE */ "/^(?:原创|Original)$/u",
    /** The caption of a box of credits (`关于本文` over `作者：@Gloria` and `原文：http://…`, as a digest sets it after a story). */
    /* CREDIT_BOX_CAPTION */ raw`/^(?:关于本文|关于作者|本文信息|文章信息|作者信息)\s*[:：]?$/u`,
    /** A field of such a box: who wrote or edited the story, where its original is. */
    /* CREDIT_BOX_FIELD */ literalOf(
      `^(作者|编辑|${ORIGINAL_ADDRESS}|原文)\\s*[:：]\\s*(\\S[^\\n]{0,200})$`,
      "u",
    ),
    /** A line of a box of labelled links: a short label, a colon, an address (`Linux 命令大全：https://…`). */
    /* LABELLED_LINK */ raw`/^([^:：\n]{1,16}?)\s*[:：]\s*<?(https?:\/\/[^\s<>]+)>?$/u`,
    /** How a block of such lines opens: a label of at most 16 characters, a colon, an address. */
    /* LINK_BOX_OPENING */ raw`/^\s*[^:：\n]{1,16}[:：]\s*<?https?:\/\//u`,
    /** A label saying where the story is: where its original is (`原文来自`, `原文链接`), or this copy's own address (`本文地址`). */
    /* STORY_LINK_LABEL */ "/^(?:原文|本文)/u",
    /** A block's last line when it is only a web address. */
    /* ADDRESS_LINE */ raw`/\n[ \t]*<?(https?:\/\/[^\s<>]+)>?[ \t]*$/u`,
    /**
     * An account's slogan under its follow prompt (`加入我们一起学习，天天进步`): two short clauses, no sentence end (a
     * section's title opening the story, `前言`, is one).
     */
    /* PROMPT_SLOGAN */ "/^[^。！？!?:：，,]{2,12}[，,][^。！？!?:：，,]{2,12}$/u",
    /**
     * An outlet's slogan under the `来源：` line that opens a repost of its story (`来源：21世纪经济报道` over
     * `走进经济生活里的一切`, as its account's posts open): a run of Han characters, no punctuation, no sentence.
     */
    /* OUTLET_SLOGAN */ raw`/^\p{Script=Han}{6,16}$/u`,
    /** A translation team's caption over its box of credits (`OSC 协作翻译`). @bounded: at most 16 characters before. */
    /* TRANSLATION_CAPTION */ raw`/^[\p{Script=Han}A-Za-z0-9 ]{1,16}?(?:协作|合作)?翻译$/u`,
    /** A field of a translation's box that says what it translates: the original's title or its address. */
    /* TRANSLATED_FROM */ literalOf(
      `^(?:编译自|译自|翻译自|英文原文|原文标题|链接|${ORIGINAL_ADDRESS})\\s*[:：]\\s*(\\S[^\\n]{0,200})$`,
      "u",
    ),
    /**
     * A character every block that may open a translation's box holds: its caption's `翻译`, a field's label
     * (`TRANSLATED_FROM`), a translator's role (`编译`, `译者`, `翻译`). Single characters, as a wrapped line may
     * split a label (`原\n文链接`) that collapsing joins again.
     */
    /* TRANSLATION_BOX_OPENING */ "/[译原链]/u",
    /**
     * A field of a box over the story, set off by a bar or a colon: `发布 | 微信公众号：致九 THINKS`, `提示 | 全文约 2000 字`;
     * never a lead's label (`导语：…`, `摘要：…`), which opens the story's own words.
     */
    /* BOX_FIELD */ raw`/^(?!导语|导读|摘要|编者按|简介|提要|核心提示)\p{Script=Han}{2,4}\s*[|｜:：]\s*\S[^\n]{0,60}$/u`,
    /** An outlet's or account's name alone on a line: a few Han letters, no digit, no punctuation. */
    /* LONE_OUTLET */ raw`/^\p{Script=Han}{2,8}$/u`,
    /** The last word of a section's heading (`核心观点`, `行情回顾`), which may stand under a byline too. */
    /* SECTION_WORD */ "/(?:观点|摘要|回顾|分析|导读|导语|前言|背景|概述|要点|总结|提示|简介|点评|综述|展望|结论|速览|目录|正文)$/u",
    /**
     * An account's tagline over the story, the account speaking of itself (`本公众号主要关注NLP、CV、LLM…，免费分享业界实战
     * 案例与课程，助力您全面拥抱AIGC。`): what every post of the account opens with, not the story. @bounded: anchored,
     * at most 200 characters after the opening words.
     */
    /* ACCOUNT_TAGLINE */ raw`/^(?:本公众号|本号|本订阅号)\s*(?:主要|长期|一直|专门|专注于?|致力于|聚焦于?)?\s*(?:关注|分享|专注|致力于|聚焦|提供|推送)[^\n]{2,200}$/u`,
    /** Link debris a clipper leaves around an account card (`[`, `[![](avatar.jpg)`, `](https://…)`). */
    /* CARD_OPENING */ raw`/^\[?(?:!\[[^\]]{0,80}\]\([^)\s]{0,400}\))?$/u`,
    /* CARD_CLOSING */ raw`/^\]\([^)\s]{0,400}\)$/u`,
    /** A credit's label alone on its line (`责任编辑：`): a page set its value on the next line. */
    /* CREDIT_LABEL */ raw`/^(?:责任编辑|责编|编辑|来源|作者|记者|文章来源|原文链接)\s*[:：]$/u`,
    /** Keywords of a line saying where the story first appeared; the ones before 出自 name the outlet next. */
    /* ORIGIN_LINE */ literalOf(
      `^(${ORIGINAL_ADDRESS}|原文来自|原文出自|原文刊发于|原链接|原文|文章来自|信息源自|出自|刊发于)\\s*[:：]?\\s*(.*)$`,
      "u",
    ),
    /* ORIGIN_NAMES_OUTLET */ "/来自|源自|出自|出处|刊发于/u",
    /** `作者：A`, `作者：A B`, `作者：A outlet`, `作者：<outlet>记者 A`, `作者：A，[原文](url)发自公众号X`. */
    /* AUTHOR_LINE */ raw`/^(?:作者|文)\s*[:：｜|/／]\s*(.+)$/u`,
    /** A role, a name, and a note about the person: `编辑：房宫一柳，互联网财经记者`. */
    /* ROLE_WITH_NOTE */ raw`/^(编辑|责任编辑|责编|作者|文)\s*[:：｜|]\s*(\p{Script=Han}{2,4})[，,]/u`,
    /* PERSON_NAME */ raw`/^\p{Script=Han}{2,4}$/u`,
    /**
     * A reporter an archivist's note names in passing (`稿件被毙后，南方周末记者王瑞锋 1 月 19 日刊载在个人公众号…`):
     * the role word, a name, then a space or a digit — so that neither a word of the sentence after the name
     * is read into it nor a verb closing a clause (`据记者了解，`) is read as one. @bounded: a lazy name of two
     * to four Han characters.
     */
    /* REPORTER_IN_NOTE */ literalOf(`${REPORTER_WORD}(\\p{Script=Han}{2,4}?)(?=[\\s\\d])`, "u"),
    /**
     * A writer's sign-off that says who they are and wishes the readers well (`一个喜欢保护韭菜的博主，希望大家少少踩坑，多多赚钱！！！`),
     * as a column closes every post: no sentence of the story. @bounded: anchored, every run bounded.
     */
    /* SELF_INTRODUCED_SIGN_OFF */ raw`/^一[个位名枚只][^。！？，,\n]{1,16}的(?:博主|作者|小编|号主|UP主|up主)[，,][^。？?\n]{0,30}[。！!～~]{0,3}$/u`,
    /** A date alone on a line (`2018年10月18日`, `2018-10-18`), as a dated sign-off closes. */
    /* SIGN_OFF_DATE */ raw`/^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})$/u`,
    /** A pen name on a line of its own: a few letters, no sentence mark or space. */
    /* PEN_NAME */ raw`/^[\p{Script=Han}A-Za-z0-9·_-]{2,12}$/u`,
    /** How an organisation's name ends (`中国储备棉管理有限公司`): a notice's signature, which is the notice's text. */
    /* ORGANISATION_ENDING */ "/(?:公司|集团|银行|委员会|协会|学会|政府|办公室|办公厅|中心|大学|学院|学校|医院|研究所|研究院|[局部厅处署委会社])$/u",
    /**
     * An editor's credit run on after a sentence's end mark, closing the paragraph (`。责任编辑：于建平 主编：赵云`).
     * @bounded: anchored at the end, the credit at most 40 characters without an end mark.
     */
    /* GLUED_EDITOR_CREDIT */ raw`/[。！？”]\s*((?:责任编辑|责编|编辑)\s*[:：][^。！？”\n]{1,40})$/u`,
    /** How prose ends: a letter, a digit, or a mark that closes a sentence or a quote. */
    /* PROSE_END */ raw`/[\p{L}\p{N}。！？!?”」』…]$/u`,
    /** A bracketed piece closing a paragraph. @bounded: anchored at the end, at most 30 characters inside. */
    /* CLOSING_BRACKET */ raw`/[（(][^（）()\n]{2,30}[)）]$/u`,
    /**
     * A topic over linked headlines at a story's end (`首付贷窘境>>>`, `投资机会>>>`: eastmoney's related-stories runs,
     * the links lost when a spider kept the text). @bounded: anchored, at most 16 characters before the marks.
     */
    /* RELATED_TOPIC */ raw`/^[^。！？!?，,：:；;]{2,16}?\s*(?:>{2,}|＞{2,}|》{2,})$/u`,
    /**
     * A heading that opens a list of related stories (or videos: `精彩视频推荐`) at a story's end (`相关报道 ↓↓↓`, `延伸阅读：`),
     * or a WeChat account's label in corner brackets over its picks (`【往期推荐】`, `【精彩推荐】`), which may run on into
     * the first pick's headline (`【视频精选】俄罗斯波罗的海啤酒走向国际市场`). @bounded: anchored, the headline at most 40
     * characters.
     */
    /* RELATED_HEADING */ raw`/^(?:最后[，,]\s*)?(?:【(?:视频|往期|精彩|热门|今日)?(?:精选|推荐|回顾)】[^。！？!?]{0,40}|相[关關](?:[报報]道|文章|[阅閱][读讀]|新[闻聞]|[链鏈]接|作品|推[荐薦]|[专專][题題])|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|[为為][你您]推[荐薦]|往期(?:回[顾顧]|推[荐薦]|精[选選])|更多(?:[阅閱][读讀]|[报報]道)|精彩(?:视频|图片|内容)?推荐|(?:今日|本周|每日)?好文推荐|Related (?:posts|articles|stories|reading))\s*[:：]?\s*[↓⬇👇>》→\s]*$/iu`,
    /**
     * The heading of a box of links to a writer's other stories (`中山淳史的其他文章`), or of related
     * stories (`相关阅读`). @bounded: the name before `的` is at most 12 characters.
     */
    /* RELATED_BOX_HEADING */ raw`/^\s*(?:[\p{Script=Han}A-Za-z·]{1,12}的(?:其他|其它|更多)(?:文章|报道|专栏)|相关(?:报道|文章|阅读|新闻|链接)|延伸阅读|推荐阅读)\s*[:：]?/u`,
    /** An outlet's name, then a note on what was taken from it in brackets (`央视网（CCTV 官方文字稿）`). @bounded: anchored. */
    /* OUTLET_NOTE */ "/^([^（(]{2,20})[（(][^（）()]{1,30}[)）]$/u",
    /**
     * A time a page states relative to when it is read (`更新于2分钟前`, `3小时前`, `刚刚`) opening a line under its
     * headline, before the credit the line goes on with. @bounded: anchored, a run of at most three digits.
     */
    /* RELATIVE_TIME_FIRST */ raw`/^(?:(?:更新|发布|发表)于\s*)?(?:\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚)[ \t　]+(?=\S)/u`,
    /** A source label and name before a stamp on one line under a page's headline. @bounded: anchored, a capped name. */
    /* SOURCE_BEFORE_STAMP */ raw`/^((?:本文)?来源(?:于|[:：])[ \t　]*[^\s\d]{2,20})[ \t　]+(?=\d)/u`,
    /**
     * A name before a stamp on one line under a page's headline, no label (`鉅亨網新聞中心 2024-09-30 15:10`; a saved page may
     * split the name, `鉅 亨網新聞中心`): read as the source when it is an outlet's. @bounded: anchored, a capped name.
     */
    /* NAME_BEFORE_STAMP */ raw`/^([^\s\d][^\d]{0,18}?[^\s\d])[ \t　]+(?=\d)/u`,
    /** An info bar's field that is an outlet's name alone: two to twelve Han characters that read as an outlet. */
    /* OUTLET_FIELD */ raw`/^\p{Script=Han}{2,12}$/u`,
    /** A site that collected the story, set after the source's name (`新浪科技 酷勤网收集`). */
    /* TRAILING_COLLECTOR */ raw`/(?<=\s)(\S{2,12}?)(?:收集|收录)$/u`,
    /** Dashes and white space before a field's value. */
    /* LEADING_DASHES */ raw`/^[-–—－\s]+/u`,
    /** A page of a site a back link may lead to, which is no channel's name: `首页`, `列表页`, `顶部`, `目录`. */
    /* SITE_PAGE */ "/^(?:首页|主页|列表页?|目录|顶部|上一?页|下一?页)$/u",
    /**
     * One of a paper's staff credits, the paper named in 《》 before the role (`《中国银行保险报》记者 许予朋`), as a
     * WeChat post closes a paper's story; a block of them only, run together or spaced. The role's names are read, the
     * paper is a trailing credit of the story. Literal brackets, then bounded runs: linear.
     */
    /* PAPER_STAFF */ raw`/《([^《》\n]{2,16})》\s*(记者|责任编辑|责编|编辑)\s*(?:[:：]\s*)?(\p{Script=Han}{2,4})(?![\p{Script=Han}])/gu`,
    /** White space, then an icon: where the next line of a quote whose lines each open with an icon starts, once joined. */
    /* ICON_LINE_START */ raw`/\s\p{Extended_Pictographic}/u`,
    /** A note naming China's time after a stamp (`(北京时间)`). */
    // No leading `\s*`: the stamp is trimmed after, and a pattern opening on white space would retry at each space of a run.
    /* CHINA_TIME_NOTE */ raw`/[（(]北京时间[)）]\s*$/u`,
    /** A line that is only a day (`2014年9月24日`, `2014-09-24`), maybe with its weekday. */
    /* DAY_LINE */ raw`/^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{1,2})-(\d{1,2}))(?:\s*(?:星期|周)[一二三四五六日天])?$/u`,
    /** Words of a link whose address is where a story was reposted from (`[轉載自GNews](https://…)`). */
    /* REPOST_LINK_TEXT */ "/^(?:本文)?(?:转自|转载自|轉自|轉載自|原文)/u",
    /**
     * An account's line under the headline: its name, then the time, maybe the place it posted from —
     * `学总笔记 2026年4月19日 08:00`, `Python开发者 2022-03-14 08:30`, `简说Python 2022-05-12 14:03 Posted on
     * 浙江` (or the place alone: `广东`), `Original 尤而小屋 尤而小屋 2021-10-12 01:25` (WeChat's mark of an
     * original article, then its author and the account). @bounded: the names are at most 40 characters, before a digit.
     */
    /* ACCOUNT_LINE */ raw`/^(?:(Original|原创)\s+)?([^\d\s][^\n]{0,39}?)\s+(?=\d)/u`,
    /**
     * An outlet's source line whose name and time sit in spans of their own, run together (`TNW中文站2016年10月14日07:17`,
     * 腾讯's 机构名 and time): a Han name glued to a year in 年. Tried only on a line no longer than
     * `GLUED_ACCOUNT_LINE_MAX` (a name, a time and a place), as the spaced form fails on nearly every line at once.
     */
    /* GLUED_ACCOUNT_LINE */ raw`/^(?:(Original|原创)\s+)?([^\d\s][^\n]{0,39}?)(?=\d{4}年)(?<=\p{Script=Han})/u`,
    /**
     * A portal's source line as a browser copies it out of the page: the outlet's name run into the page's stamp, no
     * year and no space (`腾讯科技07-2617:11`, `新浪财经07-2616:45`), and nothing after. Its stamp has no year, so only
     * a line that is this and nothing else, its name an outlet's (`looksLikeOutlet`), is read: `会议定于07-2617:11` is
     * a sentence. @bounded: anchored, a name of at most 16 characters.
     */
    /* GLUED_PAGE_SOURCE */ raw`/^(\p{Script=Han}[\p{Script=Han}A-Za-z]{1,15})(?=\d{2}-\d{4}:\d{2}$)/u`,
    /** WeChat's mark of an original article and its writer's name, alone on a line (`原创 江右`). @bounded: a name of 2–4 Han characters. */
    /* ORIGINAL_MARK */ raw`/^原创[ 　]+(\p{Script=Han}{2,4})$/u`,
    /* POSTED_FROM */ raw`/^(?:(?:Posted on|发表于|发布于)\s*\S{1,12}|\p{Script=Han}{2,6})?$/u`,
    /* LATIN_WORDS */ "/[A-Za-z]+/gu",
    /** Names in Latin words only (`Shanghai AI Lab OpenDataLab`). @bounded: anchored, one class a word. */
    /* LATIN_WORDS_ONLY */ "/^[A-Za-z]+(?: [A-Za-z]+)+$/u",
    /** Words that make the text before a time a label or a clause, not a name (`发布时间 2023-05-06 08:00`). */
    /* NOT_A_NAME */ "/时间|日期|发布|更新|截至|截止|[:：，,。]/u",
    /**
     * A Markdown link left as written (a header a clipper fenced as code: `[程序员成长指北](javascript:void(0);)
     * *2022-05-09 09:01*`): its text. One level of parentheses in the address. @bounded: 40 and 300 characters.
     */
    /* WRITTEN_LINK */ raw`/\[([^\]\n]{1,40})\]\((?:[^()\s]|\([^()\s]{0,20}\)){0,300}\)/gu`,
    /** A name and the bracketed mark of its work on the story (`游民星空[整理]`). @bounded: anchored, capped runs. */
    /* NAME_WITH_WORK_MARK */ raw`/^([\p{Script=Han}A-Za-z]{2,12})[[【［(（](?:整理|编译|综合|原创)[\]】］)）]$/u`,
    /**
     * An account's card closing the story, as a scraper copies a WeChat post's foot: the name of an outlet the
     * credits read as the story's, a colon and its slogan, no sentence mark (`中国基金报：报道基金关注的一切`), maybe
     * its Latin handle on the line under it (`Chinafundnews`). Stray marks over the card (a lone `“`) go with it.
     */
    /* CARD_SLOGAN */ raw`/^([\p{Script=Han}A-Za-z0-9]{2,12})\s*[:：]\s*[^。！？!?:：\n]{2,20}$/u`,
    /* CARD_HANDLE */ "/^[A-Za-z][A-Za-z0-9_-]{2,29}$/u",
    /** A line of one to three marks and nothing else: what a scraper left of a card's quote or frame. */
    /* STRAY_MARKS */ raw`/^[\p{P}\s]{1,3}$/u`,
    /* BRACKETED_LINE */ "/^[（(]([^（()）]{4,40})[)）]$/u",
    /** After a paragraph's last sentence, a short tail: where a scraper that joined the lines left the byline. */
    // @bounded: from each sentence mark the tail runs at most 30 characters.
    /* CLOSING_TAIL */ "/[。！？!?”」』][^。！？!?”」』]{2,30}$/u",
    /** A label over a page's summary of the story (eastmoney's `摘要` line). */
    /* SUMMARY_HEADING */ "/^(?:摘要|内容摘要|内容提要|核心提示|导读)[:：]?$/u",
    /**
     * The outlet's name in square brackets opening the story's first paragraph, a space after it (`[CNBC] 中国国家统计局…`,
     * `[Bloomberg] …`, `[华尔街见闻] …`): the label a feed that merges other feeds puts on each item's text, naming the feed
     * the item came from. A name that reads as an outlet (`looksLikeOutlet`) is the source; the label leaves the text. A
     * link's text (`[标题](…)`) has no blank after its bracket; a note's number (`[1] `) names no outlet. @bounded: anchored,
     * the name at most 20 characters.
     */
    /* FEED_LABEL */ raw`/^\[([^[\]\n]{2,20})\][ \t\u3000]+(?=\S)/u`,
    /** Letters or digits: text a reader reads, not only punctuation. */
    /* HAS_WORDS */ raw`/[\p{L}\p{N}]/u`,
    /**
     * A day under a heading with the story's credit after it, set off by a bar, a dot or a space (a digest's
     * `2026 年 1 月 22 日｜来源：证券市场周刊`, italic in its Markdown): the day as `DAY_LINE` reads it, then the credit.
     * @bounded: the day is digits and its three characters, the credit at most 80 characters to the line's end.
     */
    /* DAY_AND_CREDIT */ raw`/^(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}))(?:\s*[｜|·・]\s*|\s+)(\S.{0,80})$/u` /**
     * A name alone on a line of a WeChat page's byline block (`wechatByline`): the writer's or the account's, which may
     * hold a space (`奇安信 CERT`, `Kratos Sec`) — letters and digits, no sentence's mark, at most 24 characters.
     */,
    /* BYLINE_NAME */ raw`/^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9·_@.-]{0,23}(?: [\p{Script=Han}A-Za-z0-9·_@.-]{1,16}){0,2}$/u`,
    /**
     * A clipper's line over the page naming the article's WeChat address (`Source: https://mp.weixin.qq.com/s/…`): the
     * page's own address. @bounded: anchored, one label, one address to the line's end.
     */
    /* WECHAT_PAGE_ADDRESS */ raw`/^(?:Source|URL|Link|原文链接|原文地址|链接|来源)\s*[:：]\s*<?(https?:\/\/mp\.weixin\.qq\.com\/s[^\s<>]*)>?$/iu`,
    /**
     * The byline block on one line, as html2text writes it (`原创 hunter  [ 认知独省 ](javascript:void\(0\);)`): the badge
     * and the writer, then the account as the page's link to its profile, which goes nowhere — Markdown leaves the link
     * as written, its script address unsafe. The writer's words, then the account. @bounded: anchored, runs capped.
     */
    /* ONE_LINE_BYLINE */ raw`/^(?:(?:原创|Original)\s+)?([^[\]\n]{1,40}?)\s*\[\s*([^[\]\n]{1,24}?)\s*\]\(javascript:void\\?\(0\\?\);?\)$/u`,
  ];
}

/**
 * The credits stage's patterns, in the order `stages/credits.ts` assigns them to its bindings
 * (`compileCreditsStagePatterns`), read by position as the grammar's are.
 */
export const CREDITS_STAGE_PATTERNS: readonly string[] = /* @__PURE__ */ creditsStagePatterns();
