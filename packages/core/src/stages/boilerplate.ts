import { isAppLinkLine } from "../credits/export-frame.js";
import { readByline } from "../credits/grammar.js";
import { allPacks, type PackSet } from "../packs/index.js";
import { memoByPacks } from "../packs/memo.js";
import { advance, type Stage } from "../pipeline/context.js";
import {
  collapsedFirstCode,
  collapsedLongerThan,
  collapseWhitespace,
  longerThan,
  WORDS_LINE,
} from "../text/chars.js";
import { openingTest } from "../text/pattern-gate.js";
import { type PatternSet, patternSet, type TextTest } from "../text/pattern-set.js";
import { blockText, isLinksOnly, type RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

/**
 * An account's follow prompt with a keyword to reply (`关注 前端瓶子君，回复 “交流”`, `欢迎关注「X」，回复「算法」自动加入…`,
 * `公众号后台回复“数据集”获取100+深度学习各方向资源整理`): never text; near the end of a story it opens the
 * account's promos (`withoutPageTail`).
 */
const FOLLOW_PROMPT =
  /^(?:(?:欢迎)?关注\s*[「“"]?([\p{Script=Han}A-Za-z0-9_]{2,20})[」”"]?\s*[，,]\s*|在?本?公众号(?:后台)?)回复\s*[「“"][^」”"]{1,10}[」”"][^。！？]{0,40}[。！]?$/u;
/**
 * The most characters, once collapsed (one space at each `\s*`), of a line `FOLLOW_PROMPT` matches: 30 of a
 * `关注` clause, 56 from `回复` on.
 */
const FOLLOW_PROMPT_MAX = 86;
/** `FOLLOW_PROMPT`, run only on lines with its word `回复` (a scan is cheaper than the pattern on every block). */
const isFollowPrompt = (text: string) => text.includes("回复") && FOLLOW_PROMPT.test(text);
/** How many blocks from the top a follow prompt is the page's head, left for the credits stage to read. */
export const FOLLOW_PROMPT_HEAD = 4;

/** The account a follow prompt names (`关注 前端瓶子君，回复 “交流”` → 前端瓶子君); null for any other text. */
export function followPromptAccount(text: string): string | null {
  return text.includes("回复") ? (FOLLOW_PROMPT.exec(text.trim())?.[1] ?? null) : null;
}

/**
 * A views disclaimer without a label, and one clause after it: `本文仅代表个人观点，不代表日本经济新闻（中文版：日经中文网）`,
 * `文章代表作者个人观点，少数派仅对标题和排版略作修改。`.
 */
const VIEWS_DISCLAIMER =
  /^(?:本文|文章|此文|以上内容)(?:内容)?(?:仅|只)?代表(?:作者)?(?:个人|本人)?(?:观点|看法|立场)[，,][^。！？]{1,40}[。]?$/u;

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
 * template under `注意` (`注意：本文僅提供分析和資訊，不構成投資建議。`); a blog's marker emoji may open it (`💡 免责声明：本文仅供教育和
 * 信息分享，不构成投资建议。`, `💭 学习分享声明：…不构成投资建议`).
 */
const LABELLED_DISCLAIMER_SOURCE = String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\p{Script=Han}{0,4}?(?:免责声明|风险提示|特别提示|特别声明|郑重声明|声明|注意)[:：].{0,300}?(?:仅(?:供.{0,6}|作)参考|不构成.{0,12}(?:建议|依据)|风险自(?:担|负)|投资需谨慎|据此操作|不代表.{0,12}(?:赞同|观点|立场)|仅代表.{0,12}观点|不承担.{0,12}(?:责任|风险)|后果.{0,20}无关)`;
export const LABELLED_DISCLAIMERS: readonly RegExp[] = [
  new RegExp(LABELLED_DISCLAIMER_SOURCE, "u"),
  new RegExp(inTraditional(LABELLED_DISCLAIMER_SOURCE), "u"),
];

/**
 * One clause of a note a writer or a bot closes with, in either script: views are the writer's own (`本文观点仅代表作者
 * 个人`, `以上分析仅为个人见解`), not advice (`不构成任何投资建议`, `不构成投资建议和入市依据`), the risk motto
 * (`投资有风险`, `入市需谨慎`, `决策需独立`), for reference only (`仅供参考`, `本文仅作公告信息整理`), and a call to
 * the reader (`若您觉得内容有帮助`, `建议收藏备用`, `您的收藏也是对我…最大鼓励和支持`, `谢谢`), a tip jar's among them
 * (`可以请我喝咖啡`).
 */
const CLOSING_NOTE_CLAUSE = String.raw`(?:(?:本文|文章|以上|上述)[^，。！？,\n]{0,8}?[仅僅只]?(?:代表|[为為系])(?:作者)?(?:[个個]人|本人)?(?:[观觀][点點]|[见見]解|看法|立[场場])?|(?:本文|以上|上述)?(?:[内內]容|信息)?[均并並]?不(?:[构構]成|作[为為])(?:任何)?(?:投[资資]|理[财財]|交易)?(?:[建議议]{2}|依[据據])(?:[和或及与與](?:入市|操作|投[资資]|交易)?(?:[建議议]{2}|依[据據]))?|(?:投[资資]|股市|市[场場]|入市)(?:有[风風][险險]|[需须須][谨謹]慎)|[决決]策[需须須](?:[独獨]立|[谨謹]慎)|[风風][险險]自[担擔负負]|(?:本文|本[报報]告|以上)?[仅僅](?:供|作|[为為])[^，。！？,\n]{0,10}?(?:[参參]考|整理|交流|研究)|(?:如果|若|如)[您你]?[觉覺]得[^，。！？,\n]{0,10}?(?:有[帮幫]助|有用|不[错錯]|有收[获穫])|(?:[建議议]{2}|[欢歡]迎|[请請]|[记記]得)?(?:收藏|[点點][赞讚]|[转轉][发發]|[关關]注)(?:[备備]用|一下)?|(?:可以|[欢歡]迎)?(?:[请請]我喝(?:一?杯)?咖啡|[给給]我[买買](?:一?杯)?咖啡|打[赏賞](?:一下)?)|[您你]的(?:收藏|[点點][赞讚]|[转轉][发發]|支持)[^，。！？,\n]{0,20}?(?:鼓[励勵]|支持|[动動]力)|[谢謝感][谢謝](?:[阅閱][读讀]|支持)?)`;
/**
 * A closing note made of two or more such clauses and nothing else (`本文观点仅代表作者个人，不构成任何投资建议。投资有风险，
 * 决策需独立。`, `若您觉得内容有帮助，建议收藏备用。您的收藏也是对我做内容的最大鼓励和支持，谢谢！`): every clause the
 * reader is told about the story, none of the story. One clause alone may be a sentence of the story, and stays. Read in
 * the body's closing blocks only (`withoutClosingNotes`), where such notes stand.
 */
const CLOSING_NOTE = new RegExp(
  String.raw`^${CLOSING_NOTE_CLAUSE}(?:[，,。；;！!～~、\s]{1,3}${CLOSING_NOTE_CLAUSE}){1,6}[，,。；;！!～~]?$`,
  "u",
);
/**
 * A note that a language model or a bot wrote the text (`本文由 OpenAI GPT-5 mini 語言模型產生`, `本文由AI生成，仅供参考`,
 * `本日报由 OpenClaw News Daily Skill 自动生成`), maybe under a `注：` label (`注：本摘要由 CNinfo2NotebookLM 自动生成，用于 AI
 * 辅助分析。` closing a filings digest): the generator's, not the story's; a clause may follow it, never a sentence going on
 * about it. Read as `CLOSING_NOTE` is.
 */
const MODEL_NOTE =
  /^(?:[注註][:：]\s*)?(?:本文|本篇|本[报報]告|本[日周月]?[报報]|本期|本[简簡][报報]|本摘要|以上[内內]容|[内內]容|全文)(?:由|使用|借助)[^。！？\n]{0,40}?(?:AI|GPT|LLM|Claude|DeepSeek|Gemini|人工智能|模型|Skill|Bot|机器人|機器人|脚本|腳本|自动|自動)[^。！？，,\n]{0,12}?(?:生成|[产產]生|撰[写寫]|[编編][写寫])(?:[，,][^。！？\n]{0,24})?[。.！]?$/iu;

/**
 * Whether a block whose collapsed text opens with a character may be a closing note: one a clause of `CLOSING_NOTE` or
 * a `MODEL_NOTE` can start with, read from the patterns. Nearly every story's last paragraph opens with another, and
 * is neither collapsed nor matched (`withoutClosingNotes`).
 */
const mayOpenClosingNote = openingTest([CLOSING_NOTE, MODEL_NOTE]);

/** How many blocks from the body's end a closing note (`CLOSING_NOTE`, `MODEL_NOTE`) may stand: a disclaimer, a prompt, a model's note. */
const CLOSING_NOTE_BLOCKS = 3;
/** The most characters of a closing note: a few clauses (a longer block is the story's, and is not read as one). */
const CLOSING_NOTE_MAX = 160;

/**
 * The blocks without the closing notes at the body's end (`CLOSING_NOTE`, `MODEL_NOTE`): paragraphs and quotes, read
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
    if ((block.type !== "paragraph" && block.type !== "quote") || block.text.length > CLOSING_NOTE_MAX) break;
    if (!mayOpenClosingNote(collapsedFirstCode(block.text))) break;
    const text = collapseWhitespace(block.text).trim();
    if (!CLOSING_NOTE.test(text) && !MODEL_NOTE.test(text)) break;
    notes++;
    cut = end;
  }
  return cut === blocks.length ? blocks : blocks.slice(0, cut);
}

/** A mail contact's label on a line of its own (`電子郵件:`), over the address (`MAIL_ADDRESS`). */
const MAIL_LABEL = /^(?:電子郵件|电子邮件|電郵|电邮|郵箱|邮箱|e-?mail)\s*[:：]?$/iu;
/**
 * A mail address alone on a line: dropped under its label only (`MAIL_LABEL`). Alone it may be what is left of a
 * story's own line once its credit is read (`a_b@example.com(责任编辑:马欣)`), and caixun reads its own Markdown
 * of that story back to the same text.
 */
const MAIL_ADDRESS = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u;

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

/** Lines that are boilerplate whatever the source: ads, reprint notices, "more" markers. */
export const GENERIC_DROP: readonly TextTest[] = [
  POSTED_FROM,
  // A blog's comment box asking for a sign-in (giscus, utterances: `💬 发表评论: 您需要有一个 GitHub 账号来发表评论。`).
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:发表评论|评论|留言)\s*[:：]\s*(?:您|你)?需要(?:有)?(?:一个)?\s*GitHub\s*(?:账号|帐号|账户)[^。！？\n]{0,20}[。！]?$/u,
  // A page's stamp line copied with its story, a yearless time and the site's words about itself after it (`发布时间：
  // 12-31 14:36 中国新闻社旗下财经媒体`, its spans run together when pasted): it dates nothing, and says nothing of the story.
  /^发布时间[:：]\s*\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*\p{Script=Han}{2,24}$/u,
  /^公益广告$/,
  /^版权归原作者所有[，,]?\s*向原创者致敬[。！]?$/,
  /^<>$/,
  // An end mark on a line of its own: `（完）`, `END`, a briefing's `<全文完>`.
  /^(?:[(（<＜]\s*)?(?:全文)?(?:完|END)(?:\s*[)）>＞])?$/i,
  /^[-—–_=*·•.。\s]*(?:THE\s*)?END[-—–_=*·•.。\s]*$/i,
  /^(?:转载|转发)请注明(?:出处|来源|作者).{0,40}$/,
  /^上一页.{0,80}下一页$/,
  /^[-—–_=*·•.。\s]+$/,
  PAGE_CONTROLS,
  // A copy's note where it left a picture out (`【本处已删首图】`, `【此处有删掉的图片】`): no picture, no text.
  /^[【[](?:本处|此处)[已有]?删(?:除|掉)?的?(?:首图|图片|配图|图)[】\]]$/u,
  /^(?:[【[]\d{1,3}[】\]]\s*){2,}$/,
  // A translated page's dateline line under its byline, weekday first (`星期日，2024年3月3日 • 上午6:00 EST`): the
  // page's stamp, not the story's words (the file's date is its front matter's).
  /^星期[一二三四五六日天][，,]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[•·|｜]\s*(?:上午|下午|凌晨|晚上)?\s*\d{1,2}[:：]\d{2}(?:\s*[A-Z]{2,5})?$/u,
  // A weekly's standing promo of its jobs thread (`周刊讨论区的帖子[《谁在招人？》](…)，提供大量程序员就业信息，欢迎访问或
  // 发布工作/实习岗位。`, a question mark in its title): an invitation to view or post jobs closing the line, both — a
  // story's sentence names who posts (`欢迎用人单位发布岗位`) and stays.
  /^[^。\n]{0,80}[，,]\s*欢迎(?:访问|查看|浏览)(?:或|和|、|及)(?:发布|投递)[^。！？\n]{0,8}(?:岗位|职位|招聘信息)[。！]?$/u,
  // A portal's app promo closing every story (`本文来自华尔街见闻，欢迎下载APP查看更多`).
  /^(?:本文来自\S{2,12}[，,]\s*)?欢迎(?:下载|打开|使用)\S{0,12}(?:APP|App|app|客户端)\S{0,10}$/u,
  // A download-the-app prompt (`下载新浪财经APP，查看更多资讯`, `更多精彩内容，请下载澎湃新闻客户端`,
  // `打开APP阅读全文`, `点击下载“界面新闻”APP 不抓瞎，不装傻`): after the app, a call to read or a slogan set
  // off by a comma or space, never a clause that goes on (`下载APP后即可领取。` stays).
  /^(?:更多精彩(?:内容|资讯)?[，,]\s*)?(?:请|欢迎)?(?:点击|立即|免费)?(?:下载|打开)\s*[“"「]?[\p{Script=Han}A-Za-z0-9]{0,12}[”"」]?\s*(?:APP|App|app|客户端)(?:[，,\s]?\s*(?:查看|阅读|获取|了解|收看|观看|体验)[^。！？]{0,14}|[，,\s]\s*[^。！？]{1,16})?[。！]?$/u,
  // `想了解更多精彩内容，快来关注财经网`: a follow-us prompt.
  /^(?:想了解|了解|获取|查看|阅读)?更多(?:精彩(?:内容|资讯|新闻)?|资讯)[，,]\s*(?:请|快来|欢迎)?(?:关注|下载|访问|订阅)[^。！？]{1,20}[。！]?$/u,
  // A pointer to the site's topic page closing the story (`相关资讯请关注:逆水寒专区`, `更多报道请访问：两会专题`).
  /^(?:相关|更多)(?:资讯|新闻|内容|报道|信息)[，,]?(?:请|敬请)?(?:关注|访问|进入)[:：]?[^。！？]{1,24}$/u,
  // A link to the story in another language (`点击查看本文英文版。`, `阅读英文原文`).
  /^(?:点击)?(?:查看|阅读)(?:本文)?(?:英文|中文|英語|日文)(?:版|原文)[。.]?$/u,
  // A brief's sign-off: thanks for reading, subscribe, follow us (`感谢阅读今天的简报，新读者请点击此处订阅…`), and a
  // newsletter's (`感谢您阅读我们的作品！如果您尚未订阅，请在下方订阅：`), with its plea to share and like the post for
  // its goal (`如果您希望通过分享和点赞本文支持我们达到年底的1,000订阅目标，请考虑这样做！`).
  /^感谢(?:您的?)?(?:阅读|收看).{0,60}?(?:订阅|关注).{0,200}$/u,
  /^如果您?(?:希望|想|愿意)通过(?:分享|转发|点赞|订阅)(?:[和、或](?:分享|转发|点赞|订阅))?(?:本文|这篇文章)?支持我们[^。]{0,40}$/u,
  // A reading-time note a site sets over its stories (`（本文字数：3396，阅读时长大约：5 分钟）`, `全文约2000字，阅读约需6分钟`).
  /^[（(]?(?:本文|全文)(?:字数|共|约)[:：]?\s*\d{1,6}\s*字?[，,]\s*(?:预计|大约|约)?阅读(?:时长|时间)?(?:大约|约|需|约需)?[:：]?\s*\d{1,3}\s*分钟[）)]?[。.]?$/u,
  // A relative time stamp a page showed (`45 分钟前`, `1 小时前`): not the story's date, not text.
  /^\d{1,3}\s*(?:秒|分钟|小时|天)前$/u,
  // A like counter (`+1`) and the badge a page puts over a story's media (`图集`, `视频`).
  /^[+＋]\d{1,4}$/u,
  /^(?:图集|组图|视频|音频|直播)$/u,
  // Calls to action: a short line ending in a "click here" arrow (`股民福利来了！…点击查看>>`).
  /^.{0,80}?(?:点击(?:查看|进入|阅读|下载|了解)|立即(?:下载|查看|参与))[^。！？]{0,24}(?:>>|》》|＞＞|→)$/u,
  // … and a link's label alone under a table or a picture (`点击查看车型完整配置`, `点击查看大图`): a call to click, no sentence.
  /^点击(?:查看|进入|阅读|了解)[^。！？，,：:\s]{1,16}$/u,
  // A generator's machine time stamp on a line of its own: `(更新时间戳: 1770990198770)`.
  /^[(（]?\s*(?:更新时间戳|时间戳|更新于|timestamp|updated)\s*[:：]?\s*\d{10,13}\s*[)）]?$/iu,
  // Characters lost to a bad decode (U+FFFD) and nothing else.
  /^[\uFFFD\s]+$/u,
  // Quotation marks alone, left of a closing call whose words went (`“` over `点赞”“在看”，让更多人看到`).
  /^[“”"‘’「」『』]{1,3}$/u,
  // An archive's or a bot's note that its copy is for reference only (`小懒自动备份，仅供查阅学习`, `仅供学习交流`).
  /^[^。！？\n]{0,16}?[，,]?\s*仅供(?:查阅|学习|参考|交流|研究)(?:学习|交流|参考|研究|使用|之用)?[。！]?$/u,
  // An outlet's recruiting notice after its story (`招聘｜实习生、撰稿人`, `招聘【新媒体运营】啦！`) and its
  // click-through (`详细岗位要求点击跳转：…`).
  /^(?:\*\*)?招聘\s*[|｜:：【「[][^。\n]{1,20}?[】」\]]?\s*(?:啦|了)?[！!]?(?:\*\*)?$/u,
  /^[^。！？\n]{0,20}点击跳转\s*[:：][^。！？\n]{0,60}$/u,
  // A WeChat account's furniture: QR prompts, reply-keyword menus, "tap 在看".
  /^(?:扫描|扫码|长按|识别)(?:下方|上方|图中|下图|左侧|右侧)?的?二维码.{0,24}$/u,
  // `扫码订阅精选邮件，看到真实的世界`: a scan-to-subscribe (follow, download) prompt with no QR word.
  /^(?:扫描|扫码|长按识别)[^。！？]{0,6}(?:订阅|关注|下载|加入|添加|收听|观看)[^。！？]{0,30}[。！]?$/u,
  /^\d{1,2}\s*[、.．]\s*回复\s*[【[「“].{1,12}[】\]」”].{0,24}$/u,
  /^点击(?:菜单栏|底部菜单|下方菜单).{0,30}$/u,
  // An account's call to engage under the story: `一键三连`, a row of its buttons' words (`「点赞」「转发」「小心心」`),
  // the comment prompt (`欢迎在评论区留下你的想法！`).
  /^(?:一键三连|(?:[「【“"]?(?:点赞|转发|分享|在看|收藏|评论|关注|小心心|三连)[」】”"]?[、，,\s]*){2,6})[!！~。]*$/u,
  /^欢迎(?:在|到)?评论区(?:留下|说说|聊聊|分享|留言)[^。！？\n]{0,16}[!！。~]?$/u,
  /^.{0,16}点\s*[【「“]?(?:在看|赞)[】」”]?.{0,12}$/u,
  // A channel's promo for its quote service: `美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情`.
  /^\S{2,12}[:：]\s*(?:独家|免费)?提供[^。！？]{0,40}实时行情$/u,
  // Disclaimers, in either script: not advice, views are the authors', risks are the reader's (`LABELLED_DISCLAIMERS`).
  ...LABELLED_DISCLAIMERS,
  // A copier's note that the pictures could not be carried over (`⚠️ 图片2-4（…）因服务器访问限制暂无法直接获取，见下方说明。`,
  // `注：文中图表（…）因小红圈服务器访问限制暂无法直接嵌入，完整图文版请访问小红圈原帖。`): the mirroring tool's, not the story's.
  // Each opens with its sign or label, listed, not any pictograph: a pattern that opens with a few listed characters is
  // tried only on the lines that open with one of them.
  /^(?:⚠\uFE0F?\s*|注\s*[:：]\s*)(?:文中|本文)?(?:图片|图表|配图)[^。！？\n]{0,60}?无法直接(?:获取|嵌入|显示|加载|查看)[^。！？\n]{0,40}[。！]?$/u,
  // A generated board's note for a feed with nothing new or that failed (`🔄 今日无新更新（所有头条与前日重复）`,
  // `⏳今日该时段暂未获取到数据`): the board's state, no headline.
  /^[⏳⌛🔄]\uFE0F?\s*(?:今日|本次|本时段|今日该时段|该时段)?(?:无新更新|暂无更新|暂未获取到数据)(?:[（(][^）)\n]{0,24}[）)])?[。！]?$/u,
  // The same disclaimer without a label, as a newsroom closes every market story (`（每经App登载此文出于传递更多信息之
  // 目的，…不构成投资建议。投资者据此操作，风险自担。）`, `以上内容为每经APP出于传递信息的目的进行刊载，不构成任何投资建议。…`):
  // not advice, then the risk is the reader's, and nothing after it.
  /^[（(]?[^（(]{0,240}?不构成[^。]{0,12}建议[^（(]{0,40}?风险自担[。！]?[）)]?$/u,
  // The credit of a story's cover picture (`封面图片来源：摄图网`, `题图来自：视觉中国`, `头图：…`): the picture sits
  // over the story on the page, not in the body, so the line is no caption of the text's pictures.
  /^[（(]?(?:封面图片|封面图|头图|题图|首图)(?:来源|来自|提供)?\s*[:：|｜]\s*[^。！？\n]{1,40}[）)]?$/u,
  // The maker of a chart drawn as text (`图表：张海彤`, `制图：李四 王五`): a name under a label, no caption of a picture;
  // and a print page's layout credit closing its story (`版式设计：蔡华伟`), the page's designer, no writer of it.
  /^(?:图表|制图|图表制作|图表设计|版式设计|版面设计)\s*[:：/／]\s*\p{Script=Han}{2,4}(?:[ 、，,]\p{Script=Han}{2,4}){0,2}$/u,
  // A disclaimer that opens with the risk motto (`市场有风险，投资需谨慎。本文不构成个人投资建议…`), and
  // the heading over one (`风险提示及免责条款`).
  /^(?:市场|投资|股市)有风险[，,]\s*投资(?:需|须)谨慎[。！]?.{0,300}$/u,
  /^(?:风险提示|风险揭示|免责声明|免责条款)(?:(?:及|与|和)(?:风险提示|风险揭示|免责声明|免责条款))?$/u,
  // A reprint prohibition (`版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。`): a legal
  // notice every story of an outlet closes with. A notice naming the owner inside 未经…授权 is a
  // copyright credit instead, which the credits stage reads.
  /^(?:\*\*)?(?:版权声明|版权说明|版权所有)[:：]?(?:\*\*)?[^。：:]{0,24}?未经(?:许可|授权|同意|允许)[，,]?\s*(?:不得|禁止|严禁|请勿)[^。]{0,40}[。！]?$/u,
  VIEWS_DISCLAIMER,
  // A page's poll on the story under it (`您认为这篇文章与"新一网（08008.HK）"相关度高吗？`, 腾讯's relevance vote).
  /^(?:您|你)(?:认为|觉得)(?:这篇|本篇|该篇?|本)文章[^。！？\n]{0,40}[吗么][？?]$/u,
  // A comment form's prompt copied with the text (`网友如有评论，请用下表：`, `我要评论`).
  /^(?:(?:网友|读者)(?:如有|若有)?(?:评论|意见|留言)[，,]?\s*(?:请|欢迎)[^。]{0,12}|我要评论|发表评论|参与评论|查看评论)[：:。！]?$/u,
  // A portal's comment bar, its prompts and counter on one line (`欢迎发表评论  我要评论`), the counter maybe a
  // template's slot left unfilled (`已有_COUNT_条评论  我要评论`).
  /^(?:(?:已有|共有?)?(?:\d{1,7}|_[A-Z]{1,12}_)\s*条评论|(?:欢迎|我要)?(?:发表|参与|查看)?评论)(?:\s+(?:(?:已有|共有?)?(?:\d{1,7}|_[A-Z]{1,12}_)\s*条评论|(?:欢迎|我要)?(?:发表|参与|查看)?评论))+$/u,
  // A search-to-subscribe prompt (`微信搜索“阮一峰的网络日志”或者扫描二维码，即可订阅。`).
  /^(?:微信)?搜索[“"「]?[^”"」，,]{1,24}[”"」]?(?:或(?:者)?(?:扫描|扫)(?:下方|上方)?二维码)?[，,]?\s*即可(?:订阅|关注)[。！]?$/u,
  // A page template's placeholders left unfilled: `@@title@@`, `@@teacher_name@@：@@title@@`.
  /^(?:[\s:：]*@@[A-Za-z_]{1,30}@@)+[\s:：]*$/u,
  // WeChat's page around an article, as clippers and archives copy it: the reader-mode buttons, an
  // account card's counts and label, the topic tag and its neighbours, the follow prompt over the story.
  /^(?:在小说阅读器(?:中沉浸阅读|读本章)|去阅读|Official Account|Read more|Original|\d{1,5}篇原创内容)$/u,
  /^收录于(?:话题|合集)\s*#[^#\s]{1,30}(?:\s*\d{1,4}个)?$/u,
  /^上一篇\s.{1,80}?\s下一篇\s.{1,80}$/u,
  /^[↑⬆👆☝]?\s*点击(?:上方)?\s*[“"「]?蓝字[^。！？]{0,24}$/u,
  /^获取更多[^。！？\s]{1,16}资讯$/u,
  // A QR code's follow prompt (`“掌”握科技鲜闻 （微信搜索techsina或扫描左侧二维码关注）`) and its caption (`新浪科技公众号`).
  /^[^。！？]{0,40}(?:扫描|扫码|识别)[^。！？]{0,12}二维码[^。！？]{0,8}(?:关注|订阅)[^。！？]{0,10}$/u,
  /^[“"「]?[\p{Script=Han}A-Za-z0-9]{2,12}[”"」]?(?:微信)?公众号$/u,
  // A scan-to-follow label over an account's QR code (`扫描关注`), and a like-and-share closing
  // (`喜欢本文的话，不妨点个“在看”、分享给你的朋友，也欢迎大家关注我的公众号…`).
  /^(?:扫描|扫码|长按)关注$/u,
  /^喜欢(?:本文|这篇文章|的话)[^。！？]{0,10}[，,][^。！？]{0,12}点(?:个|一下)?\s*[“「"]?(?:在看|赞)[”」"]?[^\n]{0,120}$/u,
  // The like, share and bookmark buttons under an article, each a line of its own.
  /^(?:分享|点分享|点收藏|点点赞|点在看|点赞|在看)$/u,
  // A link's brackets left alone on a line when a clipper broke a linked card over blank lines (`[`, then the
  // avatar, then `](https://medium.com/@writer?source=…)[`): no words of the page, only the link's syntax.
  /^(?:\]\(\S{1,500}\))?\[?$/u,
  // A placeholder image whose address is inline data, broken into text by the spaces in it.
  // An image proxy may wrap the data address (`](https://proxy-prod.omnivore-image-cache.app/0x0,s…/data:image/svg…`).
  /^!\[[^\]]{0,40}\]\((?:https?:\/\/[^\s()]{1,300}\/)?data:image\//u,
  // A self-publishing platform's notice in English under a post (`Notice: The content above (including the
  // pictures and videos if any) is uploaded and posted by a user of NetEase Hao, … only provides information
  // storage services.`); the Chinese one names the platform and is read as a credit.
  /^Notice:\s*The content above\b.{0,300}\bstorage services\.?$/iu,
  // A portal's back link on a line of its own (`返回搜狐，查看更多`), and a prompt to read the original
  // (`点击“阅读原文”查看更多精彩内容`), with the back link glued to it.
  /^(?:(?:点击\s*)?[“"「]?(?:阅读原文|查看原文)[”"」]?\s*(?:查看|阅读|了解|获取)(?:更多)?[^。！？]{0,12}?(?:返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多)?|返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多)$/u,
  FOLLOW_PROMPT,
  // A paid community's promo (`欢迎加入我的知识星球，…付费即可加入…`).
  /^[^。！？]{0,40}加入(?:我的|我们的)?知识星球[^\n]{0,160}$/u,
  // A read-it-later export's page furniture (issue 12, fresh-12), whatever the site: a reading box
  // (`阅读信息`, `全文字数 5931字`, `阅读本文共需 10分钟`, `字号选择` and its lone sizes), a bookmark counter
  // (`2 个人收藏`), a note that points to the original for the latest version (`本文首发于X网站，…点击文末左下角
  // 阅读原文 获取最新信息`).
  /^(?:阅读信息|字号选择|全文字数\s*\d{1,6}\s*字|阅读本文(?:共|大约|约)?需\s*\d{1,3}\s*分钟|[小中大])$/u,
  /^\d{1,6}\s*个?人(?:收藏|点赞|喜欢)$/u,
  /^本文(?:首发|最早发布|原发|同步发布)(?:于|在)[^。！？\n]{2,30}[，,][^。！？\n]{0,40}(?:阅读原文|查看原文|原文链接)[^。！？\n]{0,20}[。！]?$/u,
  // A closing call to like, share, star or follow, maybe after a one-clause sign-off (`每天一篇大模型Paper来锻炼我们的
  // 思维~已经读到这了，不妨点个👍、❤️、↗️三连`, `好了，这就是我今天想分享的内容。如果你对大模型应用感兴趣，别忘了点赞、关注噢~`,
  // `期待你的分享、点赞、在看`), and an invitation into the writer's group (`…也可以添加我加入大模型交流群，…`).
  // Both read up to a hundred characters of any line before their words: the set runs them only on lines that hold
  // the words (`patternNeeds`), as every drop line that opens wide.
  /^(?:[^\n。！？]{0,60}[。！？~～]\s*)?[^\n。！？]{0,40}(?:不妨|别忘了|记得|期待你的)[^\n。！？]{0,16}?(?:赞|三连|在看|星标|关注|分享)[^\n。！？]{0,60}[。！~～]?$/u,
  /^[^\n。！？]{0,60}(?:添加我|加我|扫码)[^\n。！？]{0,10}(?:加入|进)[^\n。！？]{0,12}(?:交流群|读者群|社群|微信群|技术群)[^\n]{0,80}$/u,
  // A plea to star the account (`⭐如果你希望下次也能接受到此等质量的好文 请务必将我们星标，防止迷路！`, `记得设为星标`).
  /^[^\n]{0,60}?(?:(?:请|务必|记得)[^\n。！？]{0,12}|设为|加个?)星标[^\n]{0,80}$/u,
  // A picture's placeholder where a feed left it out (`*[图片]*`, `[图片：图片]`, `[image]`): no picture, no text.
  /^[[【](?:图片|图像|配图|[Ii]mage)(?:[:：][^\]】\n]{0,40})?[\]】]$/u,
  // A reprint notice that names who holds the rights and who may use the story (`© 本文著作权归作者所有，并授权少数派独家
  // 使用，未经少数派许可，不得转载使用。`).
  /^(?:©|（c）|\(c\))?\s*(?:本文|文章)?(?:著作权|版权)归(?:原?作者|[^，,。\s]{2,12})所有[，,][^。！？\n]{0,40}(?:未经|不得)[^。！？\n]{0,30}(?:转载|使用|复制)[^。！？\n]{0,10}[。！]?$/u,
  // The same notice in brackets over a partner's story (`【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得
  // 转载、摘编等。】`, as 腾讯科技 closes one): whose work, whose rights, then the uses it forbids. Opens with its bracket.
  /^【[^。！？\n【】]{0,24}?(?:著作权|版权|权益)归[^，,。\s【】]{2,12}?(?:独家)?所有[，,。][^。！？\n】]{0,20}(?:未经|不得)[^。！？\n】]{0,30}(?:转载|使用|复制|摘编)[^。！？\n】]{0,10}[。！]?】$/u,
  // A paid group's promo: send a keyword in a private message to be let in (`想一群人搭建个人知识库的私信“1”联系你加入
  // obsidian共创云股东。`).
  /^\**[^\n。！？]{0,40}私信\s*[“"「]?[\p{L}\d]{1,8}[”"」]?[^\n。！？]{0,20}(?:加入|进群|入群)[^\n]{0,40}$/u,
  // A contact line after the story: a group's or a site's label and a bare number or address (`QQ群｜825255377`,
  // `PKMer官网｜https://pkmer.cn/`).
  /^\**[\p{L}\d]{0,12}(?:QQ群|微信群|交流群|官网|邮箱|微信号)\s*[|｜:：]\s*\**\s*[\w@.:/?=&%#-]{3,120}$/u,
  // A clipper's filing stamp under its note (`📌 由墨白于 2026-02-15 20:44 整理`): who filed the story when, not the
  // story's, nor its writer's.
  /^(?:[📌📝📎🗂✍]\uFE0F?\s*)?由\s*[\p{L}\d_-]{1,16}?\s*于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:整理|收集|收藏|归档|记录|摘录|编辑)$/u,
  // A newsroom's mail contact under a feed's item, its label and its address each on a line of their own
  // (`電子郵件:` over `cnews@rthk.hk`): the address goes with its label (`MAIL_ADDRESS`).
  MAIL_LABEL,
  // A paywall's notice where an archived story's text was (`您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。`),
  // in either script: the site's, never the story's. Two literal sources, so the pattern gate reads each one's words.
  /^您所?(?:浏览|阅读|查看|查询)的(?:新闻|文章|内容|报道)已过(?:查询|阅读|免费)?(?:时效|期限)[^\n]{0,80}$/u,
  /^您所?(?:瀏覽|閱讀|查看|查詢)的(?:新聞|文章|內容|報導)已過(?:查詢|閱讀|免費)?(?:時效|期限)[^\n]{0,80}$/u,
];

/**
 * Lines after which nothing is the story: a page's furniture that only ever follows an article — WeChat's
 * preview note, swipe prompts, tip jar and "also liked" list (an account's own `大家都在看` heading over its
 * picture links, too), an outlet's recruiting notice (`招聘【新媒体运营】啦！` over its job's terms), the
 * follow card, in its simplified,
 * traditional and English UI — and a writer's sign-off
 * (`- EOF -`, `end`) or a scan-to-follow card's label when nothing after it reads as prose.
 */
const PAGE_TAIL =
  /^(?:大家都在看|招聘\s*【[^】]{1,16}】\s*啦[！!]|预览时标签不可点|預覽時標籤不可點|继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|向上滑動看下一個|微信扫一扫赞赏作者|微信掃一掃贊賞作者|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|People who liked this content also liked|Scan to Follow|微信扫一扫\s*关注该公众号|微信掃一掃\s*關注該公眾號)$/u;
const SIGN_OFF = /^[-—–_=*·•©\s]*(?:THE\s+)?(?:EOF|END|End|end)[-—–_=*·•\s]*$/u;
/**
 * A heading that only labels a post's comment thread (`### 回复` over a rebuilt blog's `blog-comment` blocks, `网友评论`,
 * `精选留言`, `Comments`): what follows is readers' comments and the writer's replies to them, never the story, however
 * long the thread runs. A heading, not a line: `回复：…` opening a paragraph is the story's; a bare `评论` heads a
 * writer's own commentary (`事件` / `评论`) and stays.
 */
const COMMENT_THREAD_HEADING =
  /^(?:(?:网友|读者|热门|最新|全部|精选)(?:回复|评论|留言)(?:区|列表)?|(?:回复|评论|留言)(?:区|列表)|回复|留言|评论与回复|Comments|Replies)[:：]?$/iu;
/**
 * A site's rights notice closing its story (`本文为 独立观点，未经授权禁止转载。如需授权、对文章有疑问或需删除稿件，请联系
 * FreeBuf 客服小蜜蜂（微信：freebee1024）`; a relaying site's views note before it, `本内容为作者独立观点，不代表虎嗅立场。
 * 未经允许不得转载，授权事宜请联系 …`): what opens the page's footer, when no prose follows it.
 */
const RIGHTS_NOTICE =
  /^(?:本文|本篇|文章|本内容)[^。！？\n]{0,24}?[，,。]?\s*未经(?:授权|许可|允许|同意)[，,]?\s*(?:禁止|不得|严禁|请勿)(?:任何形式的?)?转载/u;
/** The most characters a rights notice (`RIGHTS_NOTICE`) runs to, its contact line included. */
const RIGHTS_NOTICE_MAX = 120;
/**
 * The most characters, once collapsed, of a line `PAGE_TAIL` or `FOLLOW_CARD` matches
 * (`People who liked this content also liked`): a longer block is neither (`mayEndStory`).
 */
const TAIL_LINE_MAX = 40;
/**
 * A scan-to-follow label over an account's QR card (`扫描关注`, `长按识别二维码关注`): the card's lines follow it
 * (the account's name, its tagline `Linux 内核黑科技 | 技术文章 | 精选教程`), so when nothing after it is prose it
 * ends the story, as a sign-off does.
 */
const FOLLOW_CARD = /^(?:扫描|扫码|长按|识别)(?:识别)?(?:二维码)?\s*(?:关注|订阅)[^。！？]{0,24}$/u;
/**
 * What a portal's article page sets under the story, as a browser copies it along with the text: the keywords
 * (`文章关键词：期货铜`), the feedback button (`我要反馈`), the comment box's count and label (`0条评论|0人参与网友评论`,
 * `网友评论`), the topic box (`相关专题 新闻`). Each opens the page's tail when nothing after it is prose (the related
 * headlines, their dates and marks, the login links): a keyword line over a paper's abstract stays. A framed page's
 * comment prompt (`我要评论` among its counters) is left to `withoutSidebars`, which takes the counters above it too.
 * @bounded: anchored, at most 30 characters after a label.
 */
const PORTAL_TAIL =
  /^(?:(?:文章)?关键[词字][:：][^。！？]{1,30}|我要反馈|网友评论|\d{1,6}\s*条评论[^。！？]{0,30}|相关专题(?:\s+\p{Script=Han}{1,8})?)$/u;
/** The characters a `PORTAL_TAIL` line opens with: nearly every short line opens otherwise, and is not matched. */
const PORTAL_TAIL_OPENINGS = new Set([..."文关我网相0123456789"].map((ch) => ch.charCodeAt(0)));
const isPortalTail = (text: string) => PORTAL_TAIL_OPENINGS.has(text.charCodeAt(0)) && PORTAL_TAIL.test(text);
/**
 * An end mark set between ornaments (`— 完 —`, `-END-`, `© THE END`): an account's or a magazine's sign-off,
 * after which its promo blocks follow (a poll, a follow prompt), prose among them.
 */
const ORNATE_SIGN_OFF = /^(?:[-—–=·•]+\s*(?:完|EOF|END|End|end)\s*[-—–=·•]+|©\s*THE\s+END)\s*$/u;
/**
 * An ornate sign-off's parts, each on a line of its own (`—` / `完` / `—`, as a converter that breaks a paragraph at
 * every inline span leaves `— 完 —`): the ornament and the end mark.
 */
const SIGN_OFF_ORNAMENT = /^[-—–=·•]{1,6}$/u;
const SIGN_OFF_MARK = /^(?:完|EOF|END|End|end)$/u;
/**
 * A legal notice's heading (`法律声明`, `免责声明`, `重要声明`): a research house's or an account's notice set under
 * every post, its paragraphs after it. Ends the story when less than half a story follows it (`ORNATE_TAIL_SHARE`).
 * A label (`免责声明：`) heads one paragraph, which the drops read: the editor's credit after it stays the credits stage's.
 */
const LEGAL_HEADING = /^(?:法律声明|免责声明|免责条款|重要声明|法律条款|Legal\s+Notice|Disclaimer)$/iu;
/**
 * After an ornate sign-off or an account's closing follow prompt, how much text (a share of the text before
 * it) may still be the page's promos: less than half a story.
 */
export const ORNATE_TAIL_SHARE = 0.5;
/**
 * Whether a line opening with a character may be a sign-off (`SIGN_OFF`, `ORNATE_SIGN_OFF`), read from the patterns:
 * its ornaments, `©`, and the first letters of `THE`, `EOF`, `END`, `end`.
 */
const mayOpenSignOff = openingTest([SIGN_OFF, ORNATE_SIGN_OFF]);
/**
 * A paragraph that reads as prose: some words and a sentence end — a Chinese ellipsis closing it
 * (`更多消息，持续更新中……`) included, a run of dots (`......`) not.
 */
export const isProse = (text: string) =>
  text.length >= 10 && /[。！？]|(?<![.!?])[.!?](?:\s|$)|……$/u.test(text);
// Cut patterns open with a literal character, so the engine skips ahead to candidates instead of
// trying every position; the white space they leave is collapsed afterwards.
const QUOTE_ORNAMENT = /^[❝❞]\s*/u;
/** Empty credit debris left where a scraper dropped the name: `(文/)`, `（记者：）`. */
const EMPTY_CREDIT = /[（(]\s*(?:文|作者|记者|编辑|责编|图)\s*(?:[/／:：｜|]\s*)?[)）]/gu;
/**
 * A page-number bar at the end of a paragraph: `上一页 [1] [2] … 下一页`. One character class for
 * the numbers, brackets and spaces between the words: `(?:\s*\[?\d+\]?)+` nested quantifiers over
 * digits and took minutes on `上一页` and thirty digits.
 */
const PAGINATION = /上一页[\s[\]]*\d[\s[\]\d]*下一页\s*$/gu;
/**
 * The forum link a portal sets after a written stock code (`首旅酒店(600258,股吧)`): page UI inside
 * the sentence. Cut, the code reads as written (`首旅酒店(600258)`).
 */
const FORUM_LINK = /[,，]\s*股吧(?<=[（(]\d{6}[,，]\s*股吧)(?=[)）])/gu;

/**
 * Emphasis markers left after a paragraph's last sentence (`…一举借势翻盘。**`): Markdown renders a
 * matched pair, so a run still in the text after a sentence's end opens nothing. Entered only right
 * after sentence punctuation.
 */
const STRAY_EMPHASIS = /(?<=[。！？!?”」』…])[ \t]*(?:\*\*|__)+$/gu;

/**
 * 百家号's report button (`举报 / 反馈`), glued to the end of the story's last paragraph or the start of the
 * page's search suggestions after it.
 */
const REPORT_BUTTON = /^举报\s*\/\s*反馈|举报\s*\/\s*反馈$/gu;
/** 百家号's read-aloud button (`播报文章`), glued to the end of the headline a reader copied with it. */
const READ_ALOUD_BUTTON = /播报文章$/gu;
/**
 * A share button's English label a crawler took with a page's text (`…取消217架次。 Save`, Pinterest's save button over
 * a news.sina.com.cn page's picture, ling007/sina_news): after the last sentence's end mark, the paragraph's end.
 */
const SHARE_BUTTON = /(?<=[。！？”」』])[ \t\u00a0]+(?:Save|Pin it|Tweet|Share)$/gu;

/**
 * An e-paper page's template around its story, when a feed flattens the page to one run of text (feedx's
 * 人民日报 items): the print date the page stamps over the story, before its dateline (`2026年01月27日  本报湖北赤壁
 * 1月26日电`), and, after the story's last sentence, the Founder (方正) e-paper system's property record
 * (`<!--enpproperty …-->`, its tags gone: the date `2026-01-27 00:00:00:0`, keywords, ids, the pc and pad
 * addresses, the headline again, `/enpproperty-->`), which the page's copyright line (spaced out, `人 民 网 版 权
 * 所 有`) and its scripts follow: from the record's date to the end, nothing is the story's.
 */
const EPAPER_PAGE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日\s+(?=本报|\S{0,16}?\d{1,2}月\d{1,2}日\s*电)/u;
const EPAPER_PROPERTY_RECORD =
  /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[:.]\d{1,3}\s.{0,1000}?\/?enpproperty-->.*$/su;

/** Fragments cut out of text whatever the source, in this order. */
export const GENERIC_CUTS: readonly RegExp[] = [
  EMPTY_CREDIT,
  // A quotation ornament opening a block (`❝ 还在为…`): a WeChat editor's decoration, not a character of the text.
  QUOTE_ORNAMENT,
  PAGINATION,
  FORUM_LINK,
  REPORT_BUTTON,
  READ_ALOUD_BUTTON,
  SHARE_BUTTON,
  STRAY_EMPHASIS,
  EPAPER_PAGE_DATE,
  EPAPER_PROPERTY_RECORD,
];

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
      excerpt = collapseWhitespace(text.replace(CLIPPER_EXCERPT, "")).trim();
      continue;
    }
    if (excerpt !== null && raw.block.type === "quote" && collapseWhitespace(text).trim() === excerpt)
      continue;
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

/** A post's label over its list of related links (`相关阅读：`, `延伸阅读`, `推荐阅读`). */
const RELATED_LABEL = /^(?:相关阅读|延伸阅读|推荐阅读)[:：]?$/u;

/**
 * A heading or a line in words only (`WORDS_LINE`: not a date, a signature's or a list's line) that no byline reads
 * (`记者张三` before a dropped disclaimer is the credits stage's).
 */
function isEmptiedHeading({ block }: RawBlock): boolean {
  const text = "text" in block && block.type !== "quote" ? block.text.trim() : "";
  return WORDS_LINE.test(text) && readByline(text) === null;
}

/**
 * The box a web clipper sets over its copy (`> ## Excerpt` and the page's description, as MarkDownload
 * writes it): a quote opening with that label on a line of its own is the clipper's, not the story's.
 */
const CLIPPER_EXCERPT = /^Excerpt\s*\n/u;

/** A sidebar's heading: a few words (`创事记`, `众测`, `专题`, `科学探索`). */
const SIDEBAR_TITLE_MAX = 12;
/** A caption or label among a sidebar's links: a short line that is no sentence. */
const SIDEBAR_LINE_MAX = 20;
/**
 * A box's label before its links on one line (`大家都在搜`, `本系列前文回顾：`), then only spaces and
 * separators between them; never a credit's label (`来源：[新华网](…)`), which the credits stage reads.
 */
const SIDEBAR_LABEL_BEFORE_LINKS =
  /^(?!来源|出处|原文|转自|转载|作者|记者|编辑|责编|责任编辑)[\p{Script=Han}A-Za-z]{2,12}[:：]?[\s|｜/、,，·•]*$/u;

/** A labelled credit line (`责任编辑：郑灶金`, `来源：…`). */
const LABELLED_CREDIT = /^(?:责任编辑|责编|编辑|来源|作者|记者)\s*[:：]/u;
/** A site's copyright footer (`财联社 ©2018-2026 上海界面财联社科技股份有限公司 版权所有`). */
const COPYRIGHT_FOOTER =
  /^[^。！？]{0,40}(?:©|Copyright)[^。！？]{0,60}(?:版权所有|All Rights Reserved\.?)$/iu;
/** A section's number opening its title (`03. `, `1．`). */
const ENUMERATOR = /^\d{1,3}[.．]\s+/u;
/** How many blocks after a framed page's story make its tail; one short line may be the story's own. */
const FRAMED_TAIL_MIN = 2;

/**
 * A page's sidebars copied after the story (a portal's column boxes, each a short heading over links and
 * thumbnails, as a clipper keeps the whole page): after the story's last paragraph of prose, a run of
 * images, short headings, lines of links (or headings that are links) and short labels, with at least
 * one heading over links, is not the story. On a page whose head was found (`framed`), a run of at
 * least `FRAMED_TAIL_MIN` such blocks is the page's without a heading over links: its counters, comment
 * box and footer (`阅 6.96W`, `我要评论`, `热门评论`, `加载更多`).
 */
function withoutSidebars(blocks: RawBlock[], framed: boolean): RawBlock[] {
  const text = (raw: RawBlock) => collapseWhitespace(blockText(raw.block)).trim();
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
  if (boxed) return blocks.slice(0, last + 1);
  if (!framed || tail.length < FRAMED_TAIL_MIN) return blocks;
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
    (texts[i] ??=
      blocks[i]!.block.type === "image" ? "" : collapseWhitespace(blockText(blocks[i]!.block)).trim());
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
    if (RIGHTS_NOTICE.test(text) && !text.includes("原创") && onlyFooterAfter(blocks, i, textAt))
      return blocks.slice(0, footerStart(blocks, i, first, textAt));
    // Only an ornate mark (or a legal notice's heading) ends a story that prose follows, and only promos that
    // short: a digest's items each closing with `（完）` keep the items after.
    const ornate =
      ORNATE_SIGN_OFF.test(text) ||
      LEGAL_HEADING.test(text) ||
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

/**
 * A site's shopping promo (`IT之家小伙伴记得用 最会买购买电影票 ，享受折扣价的同时还可以获得返利…`): a short paragraph
 * offering a rebate or a coupon, read only right over an ad-link disclaimer (`广告声明：文内含有的对外跳转链接…`), which
 * says the page carries such links. A story's sale (`可在京东下单购买`) names no rebate and stays.
 */
const SHOP_PROMO = /返利|领券|优惠券|券后/u;
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
  return mayOpenSignOff(collapsedFirstCode(text));
}

/**
 * An account's lead box over the story (`极市导读`, `新智元导读` on a line of its own, one paragraph under it: the
 * account's summary and its promo links): the account's, not the writer's. A bare `导读` may be the writer's
 * own section, and stays.
 */
const LEAD_BOX_CAPTION = /^[【[]?[\p{Script=Han}A-Za-z]{2,8}导读[】\]]?[:：]?$/u;
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
    const text = collapseWhitespace(caption.text).trim();
    if (isProse(text)) continue;
    if (LEAD_BOX_CAPTION.test(text) && isParagraph(i + 1))
      return [...blocks.slice(0, i), ...blocks.slice(i + 2)];
    // A labelled line (`作者：张三`) is a credit, no box's caption.
    if (/[:：]/u.test(text)) continue;
    for (let end = i + 1; end <= i + NOTE_BOX_PARAGRAPHS && isParagraph(end); end++) {
      // Only a paragraph with the disclaimer's `代表` is collapsed to be tested: most are none.
      const paragraph = blockText(blocks[end]!.block);
      if (paragraph.includes("代") && VIEWS_DISCLAIMER.test(collapseWhitespace(paragraph).trim()))
        return [...blocks.slice(0, i), ...blocks.slice(end + 1)];
      // The blurb between caption and disclaimer names the platform with a link to it; the story's
      // first paragraph stays.
      if (blocks[end]!.links.length === 0) break;
    }
  }
  return blocks;
}

/**
 * The heading of a machine summary a collector or a generator writes about the story it keeps (`## AI 摘要`,
 * `AI Summary`, `智能摘要`, `摘要（AI生成）`). Alternatives of literals, one optional class: linear.
 */
const MACHINE_SUMMARY_HEADING =
  /^(?:(?:AI|GPT|LLM|ChatGPT|DeepSeek|智能|机器|自动)\s*(?:生成的?\s*)?(?:摘要|总结|概要|速览|summary|tl;?dr)|(?:摘要|总结|summary)\s*[(（]\s*(?:AI|GPT|机器|自动)\s*生成\s*[)）])\s*[:：]?$/iu;
/** The heading of a copy's own metadata (`## 元数据`: the collector's labels, the time it saved the item, its archive's day). */
const METADATA_SECTION_HEADING = /^(?:元数据|元信息|metadata)\s*[:：]?$/iu;
/** What a metadata section holds: `key: value` lines (`来源: ArXiv`, `保存时间: 2025-05-16T02:32:13Z`), no prose. */
const METADATA_LINE = /^[^\s:：]{1,16}\s*[:：]\s*\S/u;
/**
 * The heading a collector sets over the item it copied, when its own sections follow (`## 原始摘要` — the feed
 * item's description, the post itself —, `## 原文`, `## 正文`): the zone of the story, not a heading the writer wrote.
 */
const ORIGINAL_ZONE_HEADING =
  /^(?:原始(?:摘要|内容|正文|文本)|原文(?:内容|摘要)?|正文|original(?: (?:content|text|post))?)\s*[:：]?$/iu;
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

/**
 * A page's summary box as a text extractor keeps it over the story: a whole paragraph in brackets, maybe
 * labelled (`[摘要：前不久，…为什么是华为率先抵挡住了进攻？]`, `[上市公司借停牌避免进一步下跌，…]`), clauses in
 * it. A bracketed headline (`【重磅】…`) is short and has no clause in it.
 */
const SUMMARY_BOX = /^(?:\[[^[\]]*\]|【[^【】]*】)$/u;
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

/** A heading, or a line that could only be one (a few words, no sentence): what may head a closing section. */
function isClosingHeading(raw: RawBlock, text: string): boolean {
  return (
    raw.block.type === "heading" ||
    (raw.block.type === "paragraph" && !longerThan(text, SIDEBAR_TITLE_MAX) && !isProse(text))
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
  const cuts = [...GENERIC_CUTS, ...packCuts];
  return {
    drops: patternSet([...GENERIC_DROP, ...packs.flatMap((p) => p.dropBlocks ?? [])]),
    cuts: { any: patternSet(cuts), each: cuts },
    itemCuts: packCuts.length === 0 ? null : { any: patternSet(packCuts), each: packCuts },
  };
});

/** A menu item copied with the text: a few characters, no punctuation (`资金流向`, `千股千评`, `客户端`). */
const MENU_ITEM = /^[\p{Script=Han}A-Za-z0-9]{2,8}$/u;
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

/** A headline a related-stories list sets with its day after it, run together or spaced (`收费公路缘何屡陷巨亏漩涡2015/07/01`). */
const DATED_HEADLINE = /(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}$/u;
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

/** A short label ending in a colon that is no credit's (`获取更多RSS：`, `友情链接：`). */
const FOOTER_LABEL = /^(?!.*(?:原文|来源|出处|链接地址|转自))[^\s:：]{1,16}[:：]$/u;
const BARE_ADDRESS = /^<?https?:\/\/\S+>?$/u;

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
 * A related-stories label on a line of its own (`相关报道：`, `相关故事：`, a blog's heading `相关日志`): a page's
 * inset, not the story's words.
 */
const RELATED_INSET_LABEL = /^(?:相关|延伸|推荐)(?:报道|故事|阅读|新闻|文章)\s*[:：]$/u;
/**
 * The label of a related list closing the story, where its words alone say what it is (a blog's heading
 * `相关日志`, `相关文章`, no colon).
 */
const CLOSING_RELATED_LABEL = /^(?:相关|延伸|推荐)(?:报道|故事|阅读|新闻|文章|日志|博文)\s*[:：]?$/u;
/** What a related list sets beside its links: white space and each story's count of comments (`(4)`). */
const RELATED_ITEM_REST = /^(?:\s*[(（]\d{1,6}[)）])*\s*$/u;

/**
 * A page's related-story inset inside the story (NPR's `相关报道：` over a link to another story, as a
 * translation keeps it): the label and the lines of one link each under it go; a label over words stays.
 * A related list closing the body (a blog's `相关日志` over a list of posts, each one link and its count of
 * comments) goes too; one with more after it is the credits stage's mark of where the story ends.
 */
function withoutRelatedInsets(blocks: RawBlock[]): RawBlock[] {
  const isLinkLine = (raw: RawBlock | undefined) =>
    raw?.block.type === "paragraph" && raw.links.length === 1 && isLinksOnly(raw, /\S/u, /^\s*$/u);
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
    if (end > i + 1 && end === blocks.length) for (let j = i; j < end; j++) dropped.add(j);
  }
  return dropped.size === 0 ? blocks : blocks.filter((_, i) => !dropped.has(i));
}

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

/** A tag list's label, what a CMS sets before its tag links (`Tag:`, `Tags：`, `标签：`). */
const TAG_LABEL = /^\s*(?:tags?|标签|关键词|关键字)\s*[:：]\s*$/iu;
/** How a line opening with a tag label starts. */
const TAG_LABEL_START = /^\s*(?:tags?|标签|关键词|关键字)\s*[:：]/iu;

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

/** A CSS rule's declarations (`{ margin: 0; padding: 0; }`). @bounded: a name of 40 letters, 400 characters in the braces. */
const STYLE_RULE = /\{\s?[a-z-]{2,40}\s?:[^{}]{1,400}\}/gu;
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
