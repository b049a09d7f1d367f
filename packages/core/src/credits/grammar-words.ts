/**
 * The credit grammar's words and the parts its patterns are composed of (an opening bracket, a personal name, the
 * labels of a source or an editor…): read by the grammar's line leads (`credits/grammar.ts`) as they load and by its
 * patterns (`credits/credit-patterns.ts`), so kept in the script of a Worker, which reads the patterns themselves from
 * its static assets.
 */
export const OPEN = "[（(【\\[〔「『《]";
export const CLOSE = "[)）】\\]〕」』》]";
/** A personal name: two to four Han characters, not a role word (`每经编辑`, `见习记者`). */
export const NAME =
  "(?!\\p{Script=Han}{0,2}(?:编辑|记者|报道|报导|发自|审核|审校|校对|责编|监制)|实习生|通讯员)\\p{Script=Han}{2,4}";
/** Words naming a role between two names of a byline (`记者 张三 实习生 李四`): never names themselves. */
const BETWEEN_NAMES = "(?:[ 　、，,]+|[ 　、，,]*(?:实习生|实习记者|见习记者|通讯员)[ 　]*)";
export const NAMES = `${NAME}(?:${BETWEEN_NAMES}${NAME}){0,3}`;
export const LATIN_NAME = "[A-Za-z][A-Za-z .'-]{1,30}";
/**
 * A portal's back link glued to the end of the line it closes (`…未经允许不得转载。返回搜狐，查看更多`):
 * the page's button, not the credit's words.
 */
export const PORTAL_BACK_LINK_END = "查看更多";
/** Alternatives of a pattern: `oneOf(["来源", "出处"])` is `来源|出处`. */
export const oneOf = (words: readonly string[]) => words.join("|");
export const SOURCE_PREFIXES = [
  "文章",
  "本文",
  "稿件",
  "信息",
  "新闻",
  "内容",
  "资料",
  "消息",
  "数据",
  "报告",
  // A CMS template's credit under the story (EmpireCMS's `<h3 class="source">此文章来源于上海证券报</h3>`, a blog's
  // `此文来源于 [掘金](…)`): the demonstrative opening the source word.
  "此文章",
  "此文",
];
export const SOURCE_WORDS = ["来源", "出自", "出处", "摘自", "选自", "来自"];
/**
 * The labels an outlet credits a story of its own under (`原创：39健康网 2024-04-23 12:27:25`, a portal's line under
 * its headline), as a source label credits another's: the outlet, and maybe when it published it.
 */
export const OWN_STORY_LABELS = ["原创", "独家", "首发"];
/**
 * `出品｜腾讯科技`, `出品︱网易科学人栏目组 胖胖` (a bar stand-in read as a bar): the desk that produced the story,
 * its source, maybe with its producer's names after it. A bar or a colon must follow the word: `出品的…` is
 * prose. @bounded: anchored, the desk's name at most 20 characters.
 */
export const PRODUCER_WORD = "出品";
export const AUTHORISED_OPENINGS = ["本资料", "本文", "本报告", "本篇", "此文"];
export const REPOST_PREFIXES = ["本文", "本稿", "此文"];
export const REPOST_WORDS = [
  "转自",
  "转载自",
  "转载于",
  "转引自",
  "转发自",
  "转载来源",
  "轉自",
  "轉載自",
  "轉載於",
];
export const WECHAT_OPENING = "本文";
/**
 * The newsroom's review chain a WeChat account's closing credits name after the editor (`二审 | A`, `三审 | B`,
 * `签发 | C`: the 三审制 a publisher's readers and who signs the issue off): reviewers, read as 审核 and 校对 are, but
 * only before a colon, bar or slash (`二审判决` is a court's word).
 */
export const SIGN_OFF_ROLES = ["初审", "一审", "二审", "三审", "终审", "签发"];
/** The labels of an editor's `review` role (`EDITOR_RANK`): a proofreader's or reviewer's, or a sign-off's. */
export const REVIEW_LABELS = `(?:审核|校对|${oneOf(SIGN_OFF_ROLES)})`;
export const EDITOR_ROLES = [
  "责任编辑",
  "责编",
  "编辑",
  "值班编辑",
  "本文编辑",
  "网络编辑",
  "资讯编辑",
  "审校",
  "审核",
  "校对",
];
/**
 * The line a WeChat account sets over an article it reposts: `以下文章来源于安全无界，作者pippybear`
 * (`以下文章來源於…` in the traditional-script UI),
 * `The following article is from Python爱好者集中营 Author 欣一`. @bounded: the account's name is at
 * most 30 (40) characters and the line is anchored at both ends.
 */
export const ACCOUNT_REPOST_OPENING = "以下";
export const BARRED_AUTHOR_ROLES = ["作者", "撰文"];
/**
 * An editor-only byline line under a newsroom's short name (`每经编辑 杜宇`, as 每日经济新闻 sets it over a flash that
 * names no reporter): the editor, read as an editor line is. The prefix must be an outlet's name or abbreviation.
 */
export const NEWSROOM_EDITOR_WORD = "编辑";
/**
 * A compilation credit closing a story: an outlet, 综合 (`综合自`), then what it drew on (`上市公司公告、公开消息`), maybe
 * under a source label; no sentence mark, so a sentence of the story that speaks of 综合 never reads as one.
 */
export const COMPILED_WORD = "综合";
export const TRANSLATOR_ROLES = ["编译", "译者", "翻译"];
/**
 * A translator's note among a translation's credits (`本人翻译者系奇舞团前端工程师`, `本文译者为张三`): who
 * translated the story — a name when the note gives one, else no one named. @bounded: anchored, at most 30
 * characters after the verb.
 */
export const TRANSLATOR_NOTE_OPENINGS = [
  "本人翻译者",
  "本人译者",
  "本文译者",
  "本文翻译者",
  "翻译者",
  "译者",
];
/**
 * The signature a WeChat account sets under the byline: its name (maybe with 报道, as older copies write it), a bar,
 * then `公众号` and its ID (`量子位 | 公众号 QbitAI`, `量子位 报道 | 公众号 QbitAI`). @bounded: anchored, the name at most
 * 20 characters.
 */
export const ACCOUNT_SIGNATURE_WORD = "公众号";
/**
 * A self-publishing platform's notice under a post (`特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台
 * “网易号”用户上传并发布，本平台仅提供信息存储服务。`): the platform carried the story. @bounded: the
 * opening is anchored and each gap is of bounded length.
 */
export const PLATFORM_NOTICE_WORD = "上传并发布";
/**
 * A social platform's name as a page's button or card link labels it (新浪科技's info line `新浪科技 微博`: the channel,
 * then the link to its 微博 account; a share bar's `微博`, `微信`): a platform's, never a writer's name.
 */
export const SOCIAL_BUTTON_LABELS: ReadonlySet<string> = new Set([
  "微博",
  "微信",
  "抖音",
  "快手",
  "头条",
  "QQ空间",
]);
export const OWN_STORY_WORD = "原创";
/**
 * A site's notice closing a story of its own (`39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。`,
 * `39健康网(www.39.net)专稿，未经书面授权请勿转载。`, `家庭医生在线专稿，未经授权不得转载`): the outlet, maybe its
 * address in brackets, what the story is to it (原创内容, 独家专稿, 独家稿件), then the reprint terms (未经…,
 * 欢迎分享…). The outlet wrote the story; a name that reads as no outlet's (`作者原创，…`) gives none. @bounded:
 * anchored, the name at most 20 characters, the address 60, the terms 80 (opening 未经, 转载, 严禁, 禁止, 请勿, 如需 or 欢迎).
 */
export const SITE_OWN_STORY_WORDS = ["原创", "专稿", "独家稿件"];
/**
 * A translation's closing credit (`本文由 LCTT 原创编译，Linux中国 荣誉推出`): who translated it, then the
 * outlet that publishes it, which is the story's source. @bounded: anchored, each name at most 31 characters.
 */
export const PRESENTED_OPENING = "本文由";
/**
 * The labels a story's original address is set under (`原文链接：https://…`, `原文出处：…`), by the credit
 * lines here and by the credits stage's boxes and origin lines: one list for all of them.
 */
export const ORIGINAL_ADDRESS_LABELS = [
  ...["原文链接", "原文地址", "原文网址", "原文出处"],
  // The same in traditional characters, and the original address as a feed's archive or a site's generated rewrite
  // of it names it (`原始網址：`, `原始連結：點此查看`).
  ...["原文連結", "原文網址", "原始網址", "原始网址", "原始連結", "原始链接"],
] as const;
/**
 * The words that label a story's original link: its address's labels, and a button's (a link reading
 * `阅读原文`, or `阅读全文` where a repost keeps only the original's lead). A page's link and a field of a labelled line (`来源：X | 原文链接`) whose whole text is one of them
 * link to the original.
 */
export const ORIGINAL_LINK_WORDS = [...ORIGINAL_ADDRESS_LABELS, "阅读原文", "查看原文", "阅读全文"] as const;
/**
 * `原文` alone labels the original's address only with its colon and the address after it (`> 原文：https://…`, as an
 * archiver closes each item it copied): the word alone, or with words after it, is the story's (`原文如下`).
 */
export const ORIGINAL_WORD = "原文";
/**
 * The line a reader-mode tool sets over its copy of a page (`本文由 [简悦 SimpRead](…) 转码， 原文地址
 * [www.sohu.com](https://www.sohu.com/a/…)`): the tool's name, then the page's address as a link whose
 * text follows the label. @bounded: anchored, the tool's name at most 40 characters, the link's text
 * one word.
 */
export const TRANSCODED_OPENING = "本文由";
/** What the notice says the tool did, then the label of the page's address, as pattern sources. */
export const TRANSCODED_VERB = "(?:转码|转换|生成)";
export const TRANSCODED_LABEL = "原文(?:地址|链接)";
export const ORIGINAL_TITLE_PREFIX = "本文";
export const ORIGINAL_TITLE_WORDS = ["原标题", "原文标题", "原题"];
export const PUBLISHED_IN_PREFIXES = ["本文", "此文"];
export const PUBLISHED_IN_OPENING = "原载";
/** The word both copyright statements have (`版权声明：未经X授权…`, `X版权所有：…如无X授权`). */
export const COPYRIGHT_WORD = "版权";
/** The roles of a staff line's role–name pairs (`发稿 A；审校 B`). */
export const STAFF_ROLE_WORDS = [
  ...["记者", "作者", "撰文", "撰稿", "采写", "文", "发稿", "编译", "翻译", "译者", "责任编辑", "责编"],
  ...["网络编辑", "网编", "编辑", "审校", "审核", "校对", "选题", "排版"],
  ...["摄影", "摄像", "制图", "图片", "图", "主编"],
];
/** A role that only a staff line naming several roles before one colon gives (`编写/责编：横路`). */
export const SHARED_ROLE_ONLY = "编写";
/** The labels of a line of `label：value` pairs (`作者：张三 来源：界面新闻`). */
export const PAIR_LABELS = [
  ...["来源", "文章来源", "稿件来源", "出处", "本文作者", "作者", "记者", "编辑", "责任编辑", "责编"],
  ...["原文标题", "原标题"],
];
/** What a staff line's part naming who supplied the story ends with (`药剂科供稿`). */
export const SUPPLIED_WORDS = ["供稿", "供图"];
export const BYLINE_SOURCE_WORD = "来源";
// ---------------------------------------------------------------------------------------------
// Datelines

/**
 * Cities a correspondent files from, named after a byline (`日经中文网 松田直树 上海`) or alone before a dateline's date
 * (`上海5月22日讯`): places, never outlets.
 */
export const BUREAU_CITIES =
  "北京 上海 广州 深圳 香港 台北 东京 首尔 新加坡 纽约 华盛顿 伦敦 巴黎 柏林 莫斯科".split(" ");
/**
 * The places a Taiwanese wire files from, as its dateline names them after the reporter with no mark between
 * (`中央社記者戴雅真台北29日電`): the bureau cities and Taiwan's cities and counties, in the Traditional and the
 * Simplified forms where they differ (the dateline is read with only its labels folded, so places keep their script).
 */
export const TAIWAN_DATELINE_PLACES = [
  ...BUREAU_CITIES,
  ..."臺北 新北 桃園 桃园 台中 臺中 台南 臺南 高雄 基隆 新竹 苗栗 彰化 南投 雲林 云林 嘉義 嘉义 屏東 屏东 宜蘭 宜兰 花蓮 花莲 台東 臺東 台东 澎湖 金門 金门 馬祖 马祖 東京 紐約 華盛頓 倫敦".split(
    " ",
  ),
];
/**
 * An outlet's Chinese edition in brackets after its name (`日本经济新闻（中文版：日经中文网）`): the
 * edition is the outlet the byline names.
 */
export const EDITION_WORDS = ["中文版", "中文网"];
/** The character every writer's intro opens with (the grammar's `WRITER_INTRO`). */
export const WRITER_INTRO_START = "本";
/** The role word of a reporter, which a note names before the reporter's name (`南方周末记者王瑞锋`). */
export const REPORTER_WORD = "记者";
/** An outlet's name before its site's or channel's in a dateline or byline (`经济日报-中国经济网`, `浙江在线-杭州频道`). */
export const OWNER_PART = "[\\p{Script=Han}A-Za-z0-9]{2,12}";
