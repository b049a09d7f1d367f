/**
 * The boilerplate stage's (`stages/boilerplate.ts`) largest rules as data: the lines that are boilerplate whatever
 * the source and the closing notes' patterns, each written as its regular expression's literal or source. A Worker
 * reads this entry (`@caixun/core/stages/boilerplate-lines`, which core imports by the package's name) from its
 * static assets (`boilerplate-lines.json`) instead of carrying about 4.5 KB of gzip of patterns in its script
 * (issue 11); the stage compiles them when it first puts its rules together (`regexFromLiteral`).
 */

/**
 * `String.raw` under a one-word name, the tag of every pattern here written as its literal's raw text: a bundler keeps
 * a global's property as written and renames a module's binding, so each pattern's tag costs a browser's bundle one
 * character, not ten.
 */
const raw = String.raw;

/**
 * Lines that are boilerplate whatever the source — ads, reprint notices, "more" markers, a page's furniture — each a
 * rule of `genericDrop`; a rule the stage also reads by name stays in `stages/boilerplate.ts`.
 */
export const GENERIC_DROP_LINES: readonly string[] = [
  // A blog's comment box asking for a sign-in (giscus, utterances: `💬 发表评论: 您需要有一个 GitHub 账号来发表评论。`).
  raw`/^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:发表评论|评论|留言)\s*[:：]\s*(?:您|你)?需要(?:有)?(?:一个)?\s*GitHub\s*(?:账号|帐号|账户)[^。！？\n]{0,20}[。！]?$/u`,
  // A page's stamp line copied with its story, a yearless time and the site's words about itself after it (`发布时间：
  // 12-31 14:36 中国新闻社旗下财经媒体`, its spans run together when pasted): it dates nothing, and says nothing of the story.
  raw`/^发布时间[:：]\s*\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?\s*\p{Script=Han}{2,24}$/u`,
  "/^公益广告$/",
  // A paid outlet's appeal for subscribers, at a story's head or foot (眾新聞's `請支持《眾新聞》，成為訂戶` and `請加入成為
  // 眾新聞的月費訂戶，長期支持我們的工作。…`, its `月費訂戶 網址：…` link, a newsletter's `感謝閱讀！免費訂閱以接收新文章並支持我們
  // 的工作。`): a request to the reader, never the story's.
  raw`/^[請请](?:支持|加入)[^。！？\n]{0,24}(?:訂戶|订户)[^\n]{0,80}$/u`,
  raw`/^(?:月[費费]|年[費费])?(?:訂戶|订户)\s*[網网]址\s*[:：]\s*\S{1,80}$/u`,
  raw`/^(?:感[謝谢][閱阅][讀读][！!]\s*)?免[費费][訂订][閱阅]以[^。！？\n]{1,30}[。！!]?$/u`,
  // A page's prompts left alone on a line by the links they were: an app page's `查看原文 >` under the story (its arrow tells it from a link the credits read), a portal's
  // `查看最新行情` under a stock chart.
  raw`/^(?:点击)?(?:查看|阅读)(?:原文|全文)\s*[>＞›»]{1,2}$/u`,
  raw`/^(?:点击)?查看(?:最新|实时)行情$/u`,
  raw`/^版权归原作者所有[，,]?\s*向原创者致敬[。！]?$/`,
  "/^<>$/",
  // An end mark on a line of its own: `（完）`, `END`, a briefing's `<全文完>`.
  raw`/^(?:[(（<＜]\s*)?(?:全文)?(?:完|END)(?:\s*[)）>＞])?$/i`,
  raw`/^[-—–_=*·•.。\s]*(?:THE\s*)?END[-—–_=*·•.。\s]*$/i`,
  "/^(?:转载|转发)请注明(?:出处|来源|作者).{0,40}$/",
  "/^上一页.{0,80}下一页$/",
  // A rule of marks on a line of its own; a clipping export (Wisers) sets `####` before a story's captions.
  raw`/^[-—–_=*·•.。#\s]+$/`,
  // A copy's note where it left a picture out (`【本处已删首图】`, `【此处有删掉的图片】`): no picture, no text.
  raw`/^[【[](?:本处|此处)[已有]?删(?:除|掉)?的?(?:首图|图片|配图|图)[】\]]$/u`,
  raw`/^(?:[【[]\d{1,3}[】\]]\s*){2,}$/`,
  // A translated page's dateline line under its byline, weekday first (`星期日，2024年3月3日 • 上午6:00 EST`): the
  // page's stamp, not the story's words (the file's date is its front matter's).
  raw`/^星期[一二三四五六日天][，,]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[•·|｜]\s*(?:上午|下午|凌晨|晚上)?\s*\d{1,2}[:：]\d{2}(?:\s*[A-Z]{2,5})?$/u`,
  // A weekly's standing promo of its jobs thread (`周刊讨论区的帖子[《谁在招人？》](…)，提供大量程序员就业信息，欢迎访问或
  // 发布工作/实习岗位。`, a question mark in its title): an invitation to view or post jobs closing the line, both — a
  // story's sentence names who posts (`欢迎用人单位发布岗位`) and stays.
  raw`/^[^。\n]{0,80}[，,]\s*欢迎(?:访问|查看|浏览)(?:或|和|、|及)(?:发布|投递)[^。！？\n]{0,8}(?:岗位|职位|招聘信息)[。！]?$/u`,
  // A portal's app promo closing every story (`本文来自华尔街见闻，欢迎下载APP查看更多`).
  raw`/^(?:本文来自\S{2,12}[，,]\s*)?欢迎(?:下载|打开|使用)\S{0,12}(?:APP|App|app|客户端)\S{0,10}$/u`,
  // A download-the-app prompt (`下载新浪财经APP，查看更多资讯`, `更多精彩内容，请下载澎湃新闻客户端`,
  // `打开APP阅读全文`, `点击下载“界面新闻”APP 不抓瞎，不装傻`): after the app, a call to read or a slogan set
  // off by a comma or space, never a clause that goes on (`下载APP后即可领取。` stays).
  raw`/^(?:更多精彩(?:内容|资讯)?[，,]\s*)?(?:请|欢迎)?(?:点击|立即|免费)?(?:下载|打开)\s*[“"「]?[\p{Script=Han}A-Za-z0-9]{0,12}[”"」]?\s*(?:APP|App|app|客户端)(?:[，,\s]?\s*(?:查看|阅读|获取|了解|收看|观看|体验)[^。！？]{0,14}|[，,\s]\s*[^。！？]{1,16})?[。！]?$/u`,
  // A news app's prompt to update in place of a story's lead (网易新闻's specials: `点击继续查看使用安卓和iPhone最新版本客户端
  // 可获得更流畅体验，下载地址：安卓用户点这里iPhone用户点这里`): the app's newest client gives a better experience, maybe
  // where to get it after; a sentence on an app's update that goes on (`…体验，用户数因此增长。`) stays.
  raw`/^(?:点击)?(?:继续)?(?:查看|阅读)?(?:请)?(?:使用|下载|升级)[^。！？\n]{0,20}?(?:最新版本?|新版本?)的?(?:客户端|APP|App|app)[^。！？\n]{0,6}?获得更(?:流畅|好|佳|完整)的?(?:阅读|浏览|使用)?体验(?:[，,。]\s*下载地址[:：][^。！？\n]{0,40})?[。！]?$/u`,
  // `想了解更多精彩内容，快来关注财经网`: a follow-us prompt.
  raw`/^(?:想了解|了解|获取|查看|阅读)?更多(?:精彩(?:内容|资讯|新闻)?|资讯)[，,]\s*(?:请|快来|欢迎)?(?:关注|下载|访问|订阅)[^。！？]{1,20}[。！]?$/u`,
  // A page's prompt to read on past an ad slot, left in the story's text by a copy of the page (自由時報's `請繼續往下閱讀...`).
  raw`/^[請请]?[繼继][續续](?:往下)?[閱阅][讀读](?:\.{2,6}|…{1,2}|[>＞]{1,2})?$/u`,
  // An outlet's plug of its account on a social platform (德国之声's `DW中文有Instagram！欢迎搜寻dw.chinese，看更多深入浅出的
  // 图文与影音报道。`, a channel's `歡迎訂閱我們的Youtube頻道…`): the account, then an invitation to find, follow or subscribe
  // to it — or the invitation naming the platform. A story's sentence on what someone posted there names no invitation.
  raw`/^[^。！？\n]{0,24}(?:Instagram|Facebook|YouTube|Youtube|Telegram|Threads|Twitter)(?:頻道|频道|專頁|专页|帳號|账号)?\s*[！!，,]\s*(?:欢迎|歡迎)(?:搜寻|搜尋|搜索|关注|關注|追踪|追蹤|订阅|訂閱)[^。！？\n]{1,60}[。！!]?$/u`,
  raw`/^(?:欢迎|歡迎)(?:订阅|訂閱|关注|關注|追踪|追蹤)[^。！？\n]{0,24}(?:Instagram|Facebook|YouTube|Youtube|Telegram|Threads|Twitter)(?:頻道|频道|專頁|专页|帳號|账号)?[^。！？\n]{0,60}[。！!]?$/u`,
  // A pointer to the site's topic page closing the story (`相关资讯请关注:逆水寒专区`, `更多报道请访问：两会专题`).
  "/^(?:相关|更多)(?:资讯|新闻|内容|报道|信息)[，,]?(?:请|敬请)?(?:关注|访问|进入)[:：]?[^。！？]{1,24}$/u",
  // A link to the story in another language (`点击查看本文英文版。`, `阅读英文原文`).
  "/^(?:点击)?(?:查看|阅读)(?:本文)?(?:英文|中文|英語|日文)(?:版|原文)[。.]?$/u",
  // A brief's sign-off: thanks for reading, subscribe, follow us (`感谢阅读今天的简报，新读者请点击此处订阅…`), and a
  // newsletter's (`感谢您阅读我们的作品！如果您尚未订阅，请在下方订阅：`), with its plea to share and like the post for
  // its goal (`如果您希望通过分享和点赞本文支持我们达到年底的1,000订阅目标，请考虑这样做！`).
  "/^感谢(?:您的?)?(?:阅读|收看).{0,60}?(?:订阅|关注).{0,200}$/u",
  "/^如果您?(?:希望|想|愿意)通过(?:分享|转发|点赞|订阅)(?:[和、或](?:分享|转发|点赞|订阅))?(?:本文|这篇文章)?支持我们[^。]{0,40}$/u",
  // A reading-time note a site sets over its stories (`（本文字数：3396，阅读时长大约：5 分钟）`, `全文约2000字，阅读约需6分钟`).
  raw`/^[（(]?(?:本文|全文)(?:字数|共|约)[:：]?\s*\d{1,6}\s*字?[，,]\s*(?:预计|大约|约)?阅读(?:时长|时间)?(?:大约|约|需|约需)?[:：]?\s*\d{1,3}\s*分钟[）)]?[。.]?$/u`,
  // A relative time stamp a page showed (`45 分钟前`, `1 小时前`): not the story's date, not text.
  raw`/^\d{1,3}\s*(?:秒|分钟|小时|天)前$/u`,
  // A like counter (`+1`) and the badge a page puts over a story's media (`图集`, `视频`).
  raw`/^[+＋]\d{1,4}$/u`,
  "/^(?:图集|组图|视频|音频|直播)$/u",
  // Calls to action: a short line ending in a "click here" arrow (`股民福利来了！…点击查看>>`).
  "/^.{0,80}?(?:点击(?:查看|进入|阅读|下载|了解)|立即(?:下载|查看|参与))[^。！？]{0,24}(?:>>|》》|＞＞|→)$/u",
  // A product's ad as a line of its own, one clause and a call to try it (东方财富's `全新妙想投研助理，立即体验` link over every
  // story, an app's `新版本已经准备好，立即体验`, `无需注册，立即体验`): the call closes the line; a story's sentence that
  // says users may try it (`用户可立即体验。`, `该功能上线后，用户可以立即体验新版`) has a subject or goes on.
  raw`/^[^。！？，,\n]{2,24}[，,\s]\s*(?:立即|马上|免费)(?:体验|试用)[！!]?(?:>>|》》|＞＞|→)?$/u`,
  // … and a link's label alone under a table or a picture (`点击查看车型完整配置`, `点击查看大图`): a call to click, no sentence.
  raw`/^点击(?:查看|进入|阅读|了解)[^。！？，,：:\s]{1,16}$/u`,
  // A generator's machine time stamp on a line of its own: `(更新时间戳: 1770990198770)`.
  raw`/^[(（]?\s*(?:更新时间戳|时间戳|更新于|timestamp|updated)\s*[:：]?\s*\d{10,13}\s*[)）]?$/iu`,
  // Characters lost to a bad decode (U+FFFD) and nothing else.
  raw`/^[\uFFFD\s]+$/u`,
  // Quotation marks alone, left of a closing call whose words went (`“` over `点赞”“在看”，让更多人看到`).
  '/^[“”"‘’「」『』]{1,3}$/u',
  // An archive's or a bot's note that its copy is for reference only (`小懒自动备份，仅供查阅学习`, `仅供学习交流`).
  raw`/^[^。！？\n]{0,16}?[，,]?\s*仅供(?:查阅|学习|参考|交流|研究)(?:学习|交流|参考|研究|使用|之用)?[。！]?$/u`,
  // An outlet's recruiting notice after its story (`招聘｜实习生、撰稿人`, `招聘【新媒体运营】啦！`) and its
  // click-through (`详细岗位要求点击跳转：…`).
  raw`/^(?:\*\*)?招聘\s*[|｜:：【「[][^。\n]{1,20}?[】」\]]?\s*(?:啦|了)?[！!]?(?:\*\*)?$/u`,
  raw`/^[^。！？\n]{0,20}点击跳转\s*[:：][^。！？\n]{0,60}$/u`,
  // A WeChat account's furniture: QR prompts, reply-keyword menus, "tap 在看".
  "/^(?:扫描|扫码|长按|识别)(?:下方|上方|图中|下图|左侧|右侧)?的?二维码.{0,24}$/u",
  // `扫码订阅精选邮件，看到真实的世界`: a scan-to-subscribe (follow, download) prompt with no QR word.
  "/^(?:扫描|扫码|长按识别)[^。！？]{0,6}(?:订阅|关注|下载|加入|添加|收听|观看)[^。！？]{0,30}[。！]?$/u",
  raw`/^\d{1,2}\s*[、.．]\s*回复\s*[【[「“].{1,12}[】\]」”].{0,24}$/u`,
  "/^点击(?:菜单栏|底部菜单|下方菜单).{0,30}$/u",
  // An account's call to engage under the story: `一键三连`, a row of its buttons' words (`「点赞」「转发」「小心心」`),
  // the comment prompt (`欢迎在评论区留下你的想法！`).
  raw`/^(?:一键三连|(?:[「【“"]?(?:点赞|转发|分享|在看|收藏|评论|关注|小心心|三连)[」】”"]?[、，,\s]*){2,6})[!！~。]*$/u`,
  raw`/^欢迎(?:在|到)?评论区(?:留下|说说|聊聊|分享|留言)[^。！？\n]{0,16}[!！。~]?$/u`,
  raw`/^.{0,16}点\s*[【「“]?(?:在看|赞)[】」”]?.{0,12}$/u`,
  // A channel's promo for its quote service: `美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情`.
  raw`/^\S{2,12}[:：]\s*(?:独家|免费)?提供[^。！？]{0,40}实时行情$/u`,
  // A copier's note that the pictures could not be carried over (`⚠️ 图片2-4（…）因服务器访问限制暂无法直接获取，见下方说明。`,
  // `注：文中图表（…）因小红圈服务器访问限制暂无法直接嵌入，完整图文版请访问小红圈原帖。`): the mirroring tool's, not the story's.
  // Each opens with its sign or label, listed, not any pictograph: a pattern that opens with a few listed characters is
  // tried only on the lines that open with one of them.
  raw`/^(?:⚠\uFE0F?\s*|注\s*[:：]\s*)(?:文中|本文)?(?:图片|图表|配图)[^。！？\n]{0,60}?无法直接(?:获取|嵌入|显示|加载|查看)[^。！？\n]{0,40}[。！]?$/u`,
  // A generated board's note for a feed with nothing new or that failed (`🔄 今日无新更新（所有头条与前日重复）`,
  // `⏳今日该时段暂未获取到数据`): the board's state, no headline.
  raw`/^[⏳⌛🔄]\uFE0F?\s*(?:今日|本次|本时段|今日该时段|该时段)?(?:无新更新|暂无更新|暂未获取到数据)(?:[（(][^）)\n]{0,24}[）)])?[。！]?$/u`,
  // The same disclaimer without a label, as a newsroom closes every market story (`（每经App登载此文出于传递更多信息之
  // 目的，…不构成投资建议。投资者据此操作，风险自担。）`, `以上内容为每经APP出于传递信息的目的进行刊载，不构成任何投资建议。…`):
  // not advice, then the risk is the reader's, and nothing after it.
  "/^[（(]?[^（(]{0,240}?不构成[^。]{0,12}建议[^（(]{0,40}?风险自担[。！]?[）)]?$/u",
  // The credit of a story's cover picture (`封面图片来源：摄图网`, `题图来自：视觉中国`, `头图：…`): the picture sits
  // over the story on the page, not in the body, so the line is no caption of the text's pictures. Its verb may stand
  // for the colon (好奇心日报's `题图来自 Today Online`, 人人都是产品经理's `题图来自 Unsplash，基于CC0协议。`).
  raw`/^[（(]?(?:封面图片|封面图|头图|题图|首图)(?:(?:来源|来自|提供)?\s*[:：|｜]|(?:来源|来自|提供)[ \u3000])\s*[^。！？\n]{1,40}[）)。]?$/u`,
  // The maker of a chart drawn as text (`图表：张海彤`, `制图：李四 王五`): a name under a label, no caption of a picture;
  // and a print page's layout credit closing its story (`版式设计：蔡华伟`), the page's designer, no writer of it.
  raw`/^(?:图表|制图|图表制作|图表设计|版式设计|版面设计)\s*[:：/／]\s*\p{Script=Han}{2,4}(?:[ 、，,]\p{Script=Han}{2,4}){0,2}$/u`,
  // A disclaimer that opens with the risk motto (`市场有风险，投资需谨慎。本文不构成个人投资建议…`), and
  // the heading over one (`风险提示及免责条款`).
  raw`/^(?:市场|投资|股市)有风险[，,]\s*投资(?:需|须)谨慎[。！]?.{0,300}$/u`,
  "/^(?:风险提示|风险揭示|免责声明|免责条款)(?:(?:及|与|和)(?:风险提示|风险揭示|免责声明|免责条款))?$/u",
  // A reprint prohibition (`版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。`): a legal
  // notice every story of an outlet closes with. A notice naming the owner inside 未经…授权 is a
  // copyright credit instead, which the credits stage reads.
  raw`/^(?:\*\*)?(?:版权声明|版权说明|版权所有)[:：]?(?:\*\*)?[^。：:]{0,24}?未经(?:许可|授权|同意|允许)[，,]?\s*(?:不得|禁止|严禁|请勿)[^。]{0,40}[。！]?$/u`,
  // A page's poll on the story under it (`您认为这篇文章与"新一网（08008.HK）"相关度高吗？`, 腾讯's relevance vote).
  raw`/^(?:您|你)(?:认为|觉得)(?:这篇|本篇|该篇?|本)文章[^。！？\n]{0,40}[吗么][？?]$/u`,
  // A comment form's prompt copied with the text (`网友如有评论，请用下表：`, `我要评论`).
  raw`/^(?:(?:网友|读者)(?:如有|若有)?(?:评论|意见|留言)[，,]?\s*(?:请|欢迎)[^。]{0,12}|我要评论|发表评论|参与评论|查看评论)[：:。！]?$/u`,
  // A portal's comment bar, its prompts and counter on one line (`欢迎发表评论  我要评论`), the counter maybe a
  // template's slot left unfilled (`已有_COUNT_条评论  我要评论`).
  raw`/^(?:(?:已有|共有?)?(?:\d{1,7}|_[A-Z]{1,12}_)\s*条评论|(?:欢迎|我要)?(?:发表|参与|查看)?评论)(?:\s+(?:(?:已有|共有?)?(?:\d{1,7}|_[A-Z]{1,12}_)\s*条评论|(?:欢迎|我要)?(?:发表|参与|查看)?评论))+$/u`,
  // A search-to-subscribe prompt (`微信搜索“阮一峰的网络日志”或者扫描二维码，即可订阅。`).
  raw`/^(?:微信)?搜索[“"「]?[^”"」，,]{1,24}[”"」]?(?:或(?:者)?(?:扫描|扫)(?:下方|上方)?二维码)?[，,]?\s*即可(?:订阅|关注)[。！]?$/u`,
  // A page template's placeholders left unfilled: `@@title@@`, `@@teacher_name@@：@@title@@`.
  raw`/^(?:[\s:：]*@@[A-Za-z_]{1,30}@@)+[\s:：]*$/u`,
  // WeChat's page around an article, as clippers and archives copy it: the reader-mode buttons, an
  // account card's counts and label, the topic tag and its neighbours, the follow prompt over the story.
  // Its novel-reader toggles (`在小说阅读器中沉浸阅读`) are the stage's `READER_TOGGLE`: over the story they close the
  // byline block the credits stage reads.
  raw`/^(?:Official Account|Read more|Original|\d{1,5}篇原创内容)$/u`,
  // The attribution lines a copy script sets under its trailer (`Power By udn.com`, `Follow us: @ETtodaynet on Twitter |
  // ETtoday on Facebook`, see `credits/share-trailer.ts`): the site's, never the story's.
  raw`/^Power(?:ed)? [Bb]y [a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,4}$/u`,
  raw`/^Follow us: @\w{1,30} on Twitter(?: \| [^|]{1,40} on Facebook)?$/u`,
  raw`/^收录于(?:话题|合集)\s*#[^#\s]{1,30}(?:\s*\d{1,4}个)?$/u`,
  raw`/^上一篇\s.{1,80}?\s下一篇\s.{1,80}$/u`,
  // … maybe bulleted, the arrow after the call (奇安信 CERT's `● 点击↑蓝字关注我们，获取更多安全风险通告`).
  raw`/^(?:[●•◆■]\s*)?[↑⬆👆☝]?\s*点击(?:上方|[↑⬆👆☝])?\s*[“"「]?蓝字[^。！？]{0,24}$/u`,
  raw`/^获取更多[^。！？\s]{1,16}资讯$/u`,
  // A QR code's follow prompt (`“掌”握科技鲜闻 （微信搜索techsina或扫描左侧二维码关注）`) and its caption (`新浪科技公众号`).
  "/^[^。！？]{0,40}(?:扫描|扫码|识别)[^。！？]{0,12}二维码[^。！？]{0,8}(?:关注|订阅)[^。！？]{0,10}$/u",
  raw`/^[“"「]?[\p{Script=Han}A-Za-z0-9]{2,12}[”"」]?(?:微信)?公众号$/u`,
  // A scan-to-follow label over an account's QR code (`扫描关注`), and a like-and-share closing
  // (`喜欢本文的话，不妨点个“在看”、分享给你的朋友，也欢迎大家关注我的公众号…`).
  "/^(?:扫描|扫码|长按)关注$/u",
  raw`/^喜欢(?:本文|这篇文章|的话)[^。！？]{0,10}[，,][^。！？]{0,12}点(?:个|一下)?\s*[“「"]?(?:在看|赞)[”」"]?[^\n]{0,120}$/u`,
  // The like, share and bookmark buttons under an article, each a line of its own, and their labels under the
  // buttons' GIFs in 看雪学苑's template, their icon's glyph read as 球 (`**球分享**`, `**球点赞**`, `**球在看**`).
  "/^(?:分享|点分享|点收藏|点点赞|点在看|点赞|在看|球分享|球点赞|球在看)$/u",
  // A link's brackets left alone on a line when a clipper broke a linked card over blank lines (`[`, then the
  // avatar, then `](https://medium.com/@writer?source=…)[`): no words of the page, only the link's syntax.
  raw`/^(?:\]\(\S{1,500}\))?\[?$/u`,
  // A placeholder image whose address is inline data, broken into text by the spaces in it.
  // An image proxy may wrap the data address (`](https://proxy-prod.omnivore-image-cache.app/0x0,s…/data:image/svg…`).
  raw`/^!\[[^\]]{0,40}\]\((?:https?:\/\/[^\s()]{1,300}\/)?data:image\//u`,
  // A self-publishing platform's notice in English under a post (`Notice: The content above (including the
  // pictures and videos if any) is uploaded and posted by a user of NetEase Hao, … only provides information
  // storage services.`); the Chinese one names the platform and is read as a credit.
  raw`/^Notice:\s*The content above\b.{0,300}\bstorage services\.?$/iu`,
  // A portal's back link on a line of its own (`返回搜狐，查看更多`), and a prompt to read the original
  // (`点击“阅读原文”查看更多精彩内容`), with the back link glued to it.
  raw`/^(?:(?:点击\s*)?[“"「]?(?:阅读原文|查看原文)[”"」]?\s*(?:查看|阅读|了解|获取)(?:更多)?[^。！？]{0,12}?(?:返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多)?|返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多)$/u`,
  // A paid community's promo (`欢迎加入我的知识星球，…付费即可加入…`).
  raw`/^[^。！？]{0,40}加入(?:我的|我们的)?知识星球[^\n]{0,160}$/u`,
  // A read-it-later export's page furniture (issue 12, fresh-12), whatever the site: a reading box
  // (`阅读信息`, `全文字数 5931字`, `阅读本文共需 10分钟`, `字号选择` and its lone sizes), a bookmark counter
  // (`2 个人收藏`), a note that points to the original for the latest version (`本文首发于X网站，…点击文末左下角
  // 阅读原文 获取最新信息`).
  raw`/^(?:阅读信息|字号选择|全文字数\s*\d{1,6}\s*字|阅读本文(?:共|大约|约)?需\s*\d{1,3}\s*分钟|[小中大])$/u`,
  raw`/^\d{1,6}\s*个?人(?:收藏|点赞|喜欢)$/u`,
  raw`/^本文(?:首发|最早发布|原发|同步发布)(?:于|在)[^。！？\n]{2,30}[，,][^。！？\n]{0,40}(?:阅读原文|查看原文|原文链接)[^。！？\n]{0,20}[。！]?$/u`,
  // A closing call to like, share, star or follow, maybe after a one-clause sign-off (`每天一篇大模型Paper来锻炼我们的
  // 思维~已经读到这了，不妨点个👍、❤️、↗️三连`, `好了，这就是我今天想分享的内容。如果你对大模型应用感兴趣，别忘了点赞、关注噢~`,
  // `期待你的分享、点赞、在看`), and an invitation into the writer's group (`…也可以添加我加入大模型交流群，…`).
  // Both read up to a hundred characters of any line before their words: the set runs them only on lines that hold
  // the words (`patternNeeds`), as every drop line that opens wide.
  raw`/^(?:[^\n。！？]{0,60}[。！？~～]\s*)?[^\n。！？]{0,40}(?:不妨|别忘了|记得|期待你的)[^\n。！？]{0,16}?(?:赞|三连|在看|星标|关注|分享)[^\n。！？]{0,60}[。！~～]?$/u`,
  raw`/^[^\n。！？]{0,60}(?:添加我|加我|扫码)[^\n。！？]{0,10}(?:加入|进)[^\n。！？]{0,12}(?:交流群|读者群|社群|微信群|技术群)[^\n]{0,80}$/u`,
  // A plea to star the account (`⭐如果你希望下次也能接受到此等质量的好文 请务必将我们星标，防止迷路！`, `记得设为星标`).
  raw`/^[^\n]{0,60}?(?:(?:请|务必|记得)[^\n。！？]{0,12}|设为|加个?)星标[^\n]{0,80}$/u`,
  // A picture's placeholder where a feed left it out (`*[图片]*`, `[图片：图片]`, `[image]`): no picture, no text.
  raw`/^[[【](?:图片|图像|配图|[Ii]mage)(?:[:：][^\]】\n]{0,40})?[\]】]$/u`,
  // A reprint notice that names who holds the rights and who may use the story (`© 本文著作权归作者所有，并授权少数派独家
  // 使用，未经少数派许可，不得转载使用。`).
  raw`/^(?:©|（c）|\(c\))?\s*(?:本文|文章)?(?:著作权|版权)归(?:原?作者|[^，,。\s]{2,12})所有[，,][^。！？\n]{0,40}(?:未经|不得)[^。！？\n]{0,30}(?:转载|使用|复制)[^。！？\n]{0,10}[。！]?$/u`,
  // The same notice in brackets over a partner's story (`【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得
  // 转载、摘编等。】`, as 腾讯科技 closes one): whose work, whose rights, then the uses it forbids. Opens with its bracket.
  raw`/^【[^。！？\n【】]{0,24}?(?:著作权|版权|权益)归[^，,。\s【】]{2,12}?(?:独家)?所有[，,。][^。！？\n】]{0,20}(?:未经|不得)[^。！？\n】]{0,30}(?:转载|使用|复制|摘编)[^。！？\n】]{0,10}[。！]?】$/u`,
  // A paid group's promo: send a keyword in a private message to be let in (`想一群人搭建个人知识库的私信“1”联系你加入
  // obsidian共创云股东。`).
  raw`/^\**[^\n。！？]{0,40}私信\s*[“"「]?[\p{L}\d]{1,8}[”"」]?[^\n。！？]{0,20}(?:加入|进群|入群)[^\n]{0,40}$/u`,
  // A contact line after the story: a group's or a site's label and a bare number or address (`QQ群｜825255377`,
  // `PKMer官网｜https://pkmer.cn/`).
  raw`/^\**[\p{L}\d]{0,12}(?:QQ群|微信群|交流群|官网|邮箱|微信号)\s*[|｜:：]\s*\**\s*[\w@.:/?=&%#-]{3,120}$/u`,
  // A clipper's filing stamp under its note (`📌 由墨白于 2026-02-15 20:44 整理`): who filed the story when, not the
  // story's, nor its writer's.
  raw`/^(?:[📌📝📎🗂✍]\uFE0F?\s*)?由\s*[\p{L}\d_-]{1,16}?\s*于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:整理|收集|收藏|归档|记录|摘录|编辑)$/u`,
  // A paywall's notice where an archived story's text was (`您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。`),
  // in either script: the site's, never the story's. Two literal sources, so the pattern gate reads each one's words.
  raw`/^您所?(?:浏览|阅读|查看|查询)的(?:新闻|文章|内容|报道)已过(?:查询|阅读|免费)?(?:时效|期限)[^\n]{0,80}$/u`,
  raw`/^您所?(?:瀏覽|閱讀|查看|查詢)的(?:新聞|文章|內容|報導)已過(?:查詢|閱讀|免費)?(?:時效|期限)[^\n]{0,80}$/u`,
  // A page's attachment box after the story (`【附件】` over the link `★★★广发证券-12月23日广发金管家基金投资策略-李燕华.pdf`):
  // the heading alone, and a line that is a document's file name and nothing else — links to files, not text. A heading
  // that names its attachment (`附件：供应链金融业务实施方案`, a notice's) stays.
  raw`/^[【[]?附件(?:下载)?[】\]]?[:：]?$/u`,
  // Each extension spelled in both cases, not under `i`: the pattern gate then reads `.pdf`, `.PDF`… as its words.
  raw`/^[^\n。！？，,]{1,80}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|WPS)$/u`,
  // A CMS's link to the neighbouring story on a line of its own (DedeCMS's `{dede:prenext}`, a JSP view's `<p>上一篇：<a>…
  // </a></p>`, `下一篇：没有了`): the label, a colon, a headline — navigation, not text.
  raw`/^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]\s*\S.{0,100}$/u`,
  // A site's call for submissions after the story (华尔街见闻's `如果您有优质的、符合见闻调性的原创文章，欢迎以个人的名义投稿入驻
  // 华尔街见闻名家专栏。`, a weekly's `欢迎大家踊跃投稿`) and its `投稿方式：` line (`发送邮件至…`): the site's, not the story's.
  raw`/^(?:如果?您?有[^。！？\n]{1,30}[，,]\s*)?(?:欢迎|诚邀)[^。！？\n]{0,16}?(?:投稿|赐稿|来稿)[^。！？\n]{0,30}[。！]?$/u`,
  raw`/^投稿方式\s*[:：][^\n]{1,200}$/u`,
  // A site's sale promo set among the story's lines (华尔街见闻's `付费文章正在进行“双12”大促，…点此查看详情`, `【A股系列重磅
  // 秒杀】…现已开启超低特价，速抢！`): a sale's word, then a call to click, grab or follow closing the line.
  raw`/^[^。！？\n]{0,40}(?:大促|秒杀|特价|限时优惠|限时折扣)[^\n]{0,60}?(?:点此查看详情|点击查看详情|速抢|抢购|欢迎关注)[！!。]?$/u`,
  // An account's issue number closing its staff credits (紫金矿业's `刊期 | 696期`, under `签发 | …`): the label, a
  // colon or bar and a number of issues, nothing else — the account's serial, never a sentence of the story. The blanks
  // after a `第` in its optional group: blanks with no `第` are not split between two runs (10^5 spaces: 12 s).
  raw`/^(?:刊期|期数)[\s:：｜|]*(?:第\s*)?\d{1,5}\s*期$/u`,
  // A click-here-to-subscribe call closing a channel's story (财新数据's `欲获得上图中数据，以及更多中国/全球经济数据，点此订阅
  // 财新数据通。`; a blog's `[点此订阅博客](…)`, a portal's `点此订阅相关资源>>`): what the reader would get, then the call —
  // the one word 订阅 every match holds, so that the set runs it behind one word of its scan (`text/pattern-set.ts`).
  raw`/^(?:[^。！？\n]{0,40}[，,]\s*)?请?点[击此处这里]{1,3}订阅[^。！？，,\n]{1,16}[。！]?$/u`,
  // An advertisement's mark on a line of its own, as a page sets it beside its ad picture (ME News' `![](…) AD` over
  // the brief, clipped): the ad's label, never the story's word.
  "/^(?:AD|广告)$/",
  // An outlet's app-store prompt closing its stories (好奇心日报's `喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。`,
  // its wallpaper app's `去 App 商店搜 好奇怪 下载吧。`): a question to the reader, then the store, the app's name and a
  // short call — the reader is sent away, nothing of the story is said.
  raw`/^(?:[^。？?\n]{1,20}[？?]\s*)?[去到在]\s*app\s*(?:商店|store)\s*搜\s*[“"「]?[\p{Script=Han}\w]{1,12}[”"」]?(?:\s*[^。！？\s][^。！？\n]{0,16})?[。！]?$/iu`,
  // A link's label alone on its line that plays the item's video elsewhere (`[查看视频 ↗](https://tv.cctv.com/…)` under
  // every item of a broadcast's page, `▶ 观看视频`): a button, never the story's words.
  raw`/^(?:▶\uFE0F?\s*)?(?:点击)?(?:查看|观看|播放)(?:完整)?视频\s*(?:↗|→|>>|》》)?$/u`,
  // A call to subscribe with its link and nothing more, maybe in lenticular brackets with a slogan before it: Channel C
  // HK's `【新聞有價 記者有格 立即訂閱：http://bit.ly/3wGQh7c】` in the middle of each feed item (datasets/fresh-95), a
  // README's `立即订阅：https://platform.minimaxi.com/subscribe/…` under its plan's blurb (the search index's file
  // 56806690379). A request to the reader; the story never ends on an address. The slogan only inside the brackets, so
  // that the pattern opens on a few characters, not on any run of prose (the boilerplate stage's wide openings).
  raw`/^(?:【(?:[^【】\n。！？]{1,20}\s)?)?(?:立即|馬上|马上|歡迎|欢迎)?(?:訂閱|订阅)[^【】\n。！？:：]{0,12}[:：]\s*https?:\/\/\S+\s*】?$/u`,
  // A line of hashtags alone, two or more, as a post for social media closes (Channel C HK's feed items: `#五一黃金周
  // #議員 #加強打擊黑的 …`, datasets/fresh-95; a knowledge note's tag line `#Anthropic #Stainless #SDK …` under its
  // 标签 heading, the search index's file 56670092534): labels for a platform's search, never a sentence. A topic in
  // Weibo's paired marks (`#A股#`) is no such tag.
  raw`/^(?:[#＃][^\s#＃]{1,24}\s+)+[#＃][^\s#＃]{1,24}\s*$/u`,
  // A bracketed note alone on its line that sends the reader to a clip elsewhere, in either script: the Hong Kong
  // government's `（可按這裏收看整個會見傳媒的手語翻譯短片。）` opening a press-conference story (news.gov.hk's feed, its
  // link's address lost: datasets/fresh-95), a README's `（點擊觀看概念介紹）` under its video's thumbnail (the search
  // index's file 53282909614). Where the clip is, never the story's words.
  raw`/^[（(]\s*(?:可|請|请)?(?:按|點擊|点击|點|点)(?:這裏|這裡|这里|此處|此处|此)?(?:收看|觀看|观看|播放)[^（）()。！？\n]{1,30}[。]?\s*[）)]$/u`,
];

/** The closing notes' patterns (`closingNotes` in `stages/boilerplate.ts`). */
export const CLOSING_NOTES: { readonly clause: string; readonly model: string } = {
  /**
   * One clause of a note a writer or a bot closes with, in either script: views are the writer's own (`本文观点仅代表作者
   * 个人`, `以上分析仅为个人见解`), not advice (`不构成任何投资建议`, `不构成投资建议和入市依据`), the risk motto
   * (`投资有风险`, `入市需谨慎`, `决策需独立`), for reference only (`仅供参考`, `本文仅作公告信息整理`), and a call to
   * the reader (`若您觉得内容有帮助`, `建议收藏备用`, `您的收藏也是对我…最大鼓励和支持`, `谢谢`), a tip jar's among them
   * (`可以请我喝咖啡`).
   */
  clause: raw`(?:(?:本文|文章|以上|上述)[^，。！？,\n]{0,8}?[仅僅只]?(?:代表|[为為系])(?:作者)?(?:[个個]人|本人)?(?:[观觀][点點]|[见見]解|看法|立[场場])?|(?:本文|以上|上述)?(?:[内內]容|信息)?[均并並]?不(?:[构構]成|作[为為])(?:任何|[个個]人)?(?:投[资資]|理[财財]|交易)?(?:[建議议]{2}|依[据據])(?:[和或及与與](?:入市|操作|投[资資]|交易)?(?:[建議议]{2}|依[据據]))?|(?:本文|文章)?不代表[^，。！？,\n]{0,12}?(?:[观觀][点點]|立[场場])|(?:投[资資]|股市|市[场場]|入市)(?:有[风風][险險]|[需须須][谨謹]慎)|[决決]策[需须須](?:[独獨]立|[谨謹]慎)|[请請]?[独獨]立判[断斷](?:[和与與][决決]策)?|⭐?星[标標][^，。！？\n]{0,12}|好[内內]容不[错錯][过過]\s*⭐?|[风風][险險]自[担擔负負]|(?:本文|本[报報]告|以上)?[仅僅](?:供|作|[为為])[^，。！？,\n]{0,10}?(?:[参參]考|整理|交流|研究)|(?:如果|若|如)[您你]?[觉覺]得[^，。！？,\n]{0,10}?(?:有[帮幫]助|有用|不[错錯]|有收[获穫])|(?:[建議议]{2}|[欢歡]迎|[请請]|[记記]得)?(?:收藏|[点點][赞讚]|[转轉][发發]|[关關]注)(?:[备備]用|一下)?|(?:可以|[欢歡]迎)?(?:[请請]我喝(?:一?杯)?咖啡|[给給]我[买買](?:一?杯)?咖啡|打[赏賞](?:一下)?)|[您你]的(?:收藏|[点點][赞讚]|[转轉][发發]|支持)[^，。！？,\n]{0,20}?(?:鼓[励勵]|支持|[动動]力)|[谢謝感][谢謝](?:[阅閱][读讀]|支持)?)`,
  /**
   * A note that a language model or a bot wrote the text (`本文由 OpenAI GPT-5 mini 語言模型產生`, `本文由AI生成，仅供参考`,
   * `本日报由 OpenClaw News Daily Skill 自动生成`), maybe under a `注：` label (`注：本摘要由 CNinfo2NotebookLM 自动生成，用于 AI
   * 辅助分析。` closing a filings digest): the generator's, not the story's; a clause may follow it, never a sentence going on about it. Read as the closing notes are (`closingNotes`).
   */
  model: raw`/^(?:[注註][:：]\s*)?(?:本文|本篇|本[报報]告|本[日周月]?[报報]|本期|本[简簡][报報]|本摘要|以上[内內]容|[内內]容|全文)(?:由|使用|借助)[^。！？\n]{0,40}?(?:AI|GPT|LLM|Claude|DeepSeek|Gemini|人工智能|模型|Skill|Bot|机器人|機器人|脚本|腳本|自动|自動)[^。！？，,\n]{0,12}?(?:生成|[产產]生|撰[写寫]|[编編][写寫])(?:[，,][^。！？\n]{0,24})?[。.！]?$/iu`,
};

export const BOILERPLATE_PATTERNS: readonly string[] = [
  /**
   * An account's follow prompt with a keyword to reply (`关注 前端瓶子君，回复 “交流”`, `欢迎关注「X」，回复「算法」自动加入…`,
   * `公众号后台回复“数据集”获取100+深度学习各方向资源整理`): never text; near the end of a story it opens the
   * account's promos (`withoutPageTail`).
   */
  /* FOLLOW_PROMPT */ raw`/^(?:(?:欢迎)?关注\s*[「“"]?([\p{Script=Han}A-Za-z0-9_]{2,20})[」”"]?\s*[，,]\s*|在?本?公众号(?:后台)?)回复\s*[「“"][^」”"]{1,10}[」”"][^。！？]{0,40}[。！]?$/u`,
  /**
   * A views disclaimer without a label, and one clause after it: `本文仅代表个人观点，不代表日本经济新闻（中文版：日经中文网）`,
   * `文章代表作者个人观点，少数派仅对标题和排版略作修改。`.
   */
  /* VIEWS_DISCLAIMER */ "/^(?:本文|文章|此文|以上内容)(?:内容)?(?:仅|只)?代表(?:作者)?(?:个人|本人)?(?:观点|看法|立场)[，,][^。！？]{1,40}[。]?$/u",
  /** A mail contact's label on a line of its own (`電子郵件:`), over the address (`MAIL_ADDRESS`). */
  /* MAIL_LABEL */ raw`/^(?:電子郵件|电子邮件|電郵|电邮|郵箱|邮箱|e-?mail)\s*[:：]?$/iu`,
  /**
   * A mail address alone on a line: dropped under its label only (`MAIL_LABEL`). Alone it may be what is left of a
   * story's own line once its credit is read (`a_b@example.com(责任编辑:马欣)`), and caixun reads its own Markdown
   * of that story back to the same text.
   */
  /* MAIL_ADDRESS */ raw`/^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u`,
  /**
   * Lines after which nothing is the story: a page's furniture that only ever follows an article — WeChat's
   * preview note, swipe prompts, tip jar and "also liked" list (an account's own `大家都在看` heading over its
   * picture links, too), an outlet's recruiting notice (`招聘【新媒体运营】啦！` over its job's terms), the
   * follow card, in its simplified,
   * traditional and English UI; a data site's research-report page's heading over its list of the day's other reports
   * (东方财富's `今日最新研究报告`, the PDF link's label before it when a scraper reads them as one line: `[点击查看PDF原文]
   * 今日最新研究报告`, which crawlers of those pages cut at) — and a writer's sign-off
   * (`- EOF -`, `end`) or a scan-to-follow card's label when nothing after it reads as prose.
   */
  /* PAGE_TAIL */ raw`/^(?:大家都在看|招聘\s*【[^】]{1,16}】\s*啦[！!]|预览时标签不可点|預覽時標籤不可點|继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|向上滑動看下一個|微信扫一扫赞赏作者|微信掃一掃贊賞作者|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|People who liked this content also liked|Scan to Follow|微信扫一扫\s*关注该公众号|微信掃一掃\s*關注該公眾號|(?:\[点击查看PDF原文\]\s*)?今日最新研究报告)$/u`,
  /**
   * A heading that only labels a post's comment thread (`### 回复` over a rebuilt blog's `blog-comment` blocks, `网友评论`,
   * `精选留言`, `Comments`): what follows is readers' comments and the writer's replies to them, never the story, however
   * long the thread runs. A heading, not a line: `回复：…` opening a paragraph is the story's; a bare `评论` heads a
   * writer's own commentary (`事件` / `评论`) and stays.
   */
  /* COMMENT_THREAD_HEADING */ "/^(?:(?:网友|读者|热门|最新|全部|精选)(?:回复|评论|留言)(?:区|列表)?|(?:回复|评论|留言)(?:区|列表)|回复|留言|评论与回复|Comments|Replies)[:：]?$/iu",
  /**
   * A site's rights notice closing its story (`本文为 独立观点，未经授权禁止转载。如需授权、对文章有疑问或需删除稿件，请联系
   * FreeBuf 客服小蜜蜂（微信：freebee1024）`; a relaying site's views note before it, `本内容为作者独立观点，不代表虎嗅立场。
   * 未经允许不得转载，授权事宜请联系 …`), or a platform's takedown note on what it reposts after its disclaimer (ME News' `本文内容仅为
   * 市场资讯、作者个人或相关方观点，不代表平台的立场或观点，…转载内容已注明作者和出处，如涉及侵权请联系 news@me.news 删除。`), or
   * a content site's note on what its users repost, in brackets (an EmpireCMS page's `【本文为网友上传或转载其它网站，文章版权归原作者及
   * 原出处所有。…】`), or a reposting site's note to those whose stories it reposts (a school-news mirror's `新闻部若认为本站的转载
   * 侵犯了权益，请按照 侵权申诉 的指引联系本站管理员。`, a site's statement `本站部分资源来自互联网，…如果您认为我们的转载侵犯了您的
   * 权益，请与我们联系…`): what opens the page's footer, when no prose follows it.
   */
  /* RIGHTS_NOTICE */ raw`/^【?(?:(?:本文|本篇|文章|本内容)(?:[^。！？\n]{0,24}?[，,。]?\s*未经(?:授权|许可|允许|同意)[，,]?\s*(?:禁止|不得|严禁|请勿)(?:任何形式的?)?转载|[^\n]{0,100}?转载[^。！？\n]{0,24}?[，,]?\s*(?:如|若)(?:有|涉及|涉嫌)?侵权[^。！？\n]{0,40}?删除|[^。！？\n]{0,40}?转载[^。！？\n]{0,24}?版权归原作者)|[^。！？\n]{0,60}?(?:如果?|若)(?:您)?(?:认为|发现)?(?:本站|我们)(?:的)?转载[^。！？\n]{0,24}?侵犯)/u`,
  /**
   * A scan-to-follow label over an account's QR card (`扫描关注`, `长按识别二维码关注`): the card's lines follow it
   * (the account's name, its tagline `Linux 内核黑科技 | 技术文章 | 精选教程`), so when nothing after it is prose it
   * ends the story, as a sign-off does.
   */
  /* FOLLOW_CARD */ raw`/^(?:扫描|扫码|长按|识别)(?:识别)?(?:二维码)?\s*(?:关注|订阅)[^。！？]{0,24}$/u`,
  /**
   * What a portal's article page sets under the story, as a browser copies it along with the text: the keywords
   * (`文章关键词：期货铜`), the feedback button (`我要反馈`), the comment box's count and label (`0条评论|0人参与网友评论`,
   * `网友评论`), the topic box (`相关专题 新闻`). Each opens the page's tail when nothing after it is prose (the related
   * headlines, their dates and marks, the login links): a keyword line over a paper's abstract stays. A framed page's
   * comment prompt (`我要评论` among its counters) is left to `withoutSidebars`, which takes the counters above it too.
   * @bounded: anchored, at most 30 characters after a label.
   */
  /* PORTAL_TAIL */ raw`/^(?:(?:文章)?关键[词字][:：][^。！？]{1,30}|我要反馈|网友评论|\d{1,6}\s*条评论[^。！？]{0,30}|相关专题(?:\s+\p{Script=Han}{1,8})?)$/u`,
  /**
   * An ornate sign-off's parts, each on a line of its own (`—` / `完` / `—`, as a converter that breaks a paragraph at
   * every inline span leaves `— 完 —`): the ornament and the end mark.
   */
  /* SIGN_OFF_ORNAMENT */ "/^[-—–=·•]{1,6}$/u",
  /* SIGN_OFF_MARK */ "/^(?:完|EOF|END|End|end)$/u",
  /**
   * A legal notice's heading (`法律声明`, `免责声明`, `重要声明`): a research house's or an account's notice set under
   * every post, its paragraphs after it. Ends the story when less than half a story follows it (`ORNATE_TAIL_SHARE`).
   * A label (`免责声明：`) heads one paragraph, which the drops read: the editor's credit after it stays the credits stage's.
   */
  /* LEGAL_HEADING */ raw`/^(?:法律声明|免责声明|免责条款|重要声明|法律条款|Legal\s+Notice|Disclaimer)$/iu`,
  /** A post's label over its list of related links (`相关阅读：`, `延伸阅读`, `推荐阅读`). */
  /* RELATED_LABEL */ "/^(?:相关阅读|延伸阅读|推荐阅读)[:：]?$/u",
  /**
   * The box a web clipper sets over its copy (`> ## Excerpt` and the page's description, as MarkDownload
   * writes it): a quote opening with that label on a line of its own is the clipper's, not the story's.
   */
  /* CLIPPER_EXCERPT */ raw`/^Excerpt\s*\n/u`,
  /**
   * A box's label before its links on one line (`大家都在搜`, `本系列前文回顾：`), then only spaces and
   * separators between them; never a credit's label (`来源：[新华网](…)`), which the credits stage reads.
   */
  /* SIDEBAR_LABEL_BEFORE_LINKS */ raw`/^(?!来源|出处|原文|转自|转载|作者|记者|编辑|责编|责任编辑)[\p{Script=Han}A-Za-z]{2,12}[:：]?[\s|｜/、,，·•]*$/u`,
  /** A labelled credit line (`责任编辑：郑灶金`, `来源：…`). */
  /* LABELLED_CREDIT */ raw`/^(?:责任编辑|责编|编辑|来源|作者|记者)\s*[:：]/u`,
  /** A site's copyright footer (`财联社 ©2018-2026 上海界面财联社科技股份有限公司 版权所有`). */
  /* COPYRIGHT_FOOTER */ raw`/^[^。！？]{0,40}(?:©|Copyright)[^。！？]{0,60}(?:版权所有|All Rights Reserved\.?)$/iu`,
  /** A section's number opening its title (`03. `, `1．`). */
  /* ENUMERATOR */ raw`/^\d{1,3}[.．]\s+/u`,
  /**
   * A site's shopping promo (`IT之家小伙伴记得用 最会买购买电影票 ，享受折扣价的同时还可以获得返利…`): a short paragraph
   * offering a rebate or a coupon, read only right over an ad-link disclaimer (`广告声明：文内含有的对外跳转链接…`), which
   * says the page carries such links. A story's sale (`可在京东下单购买`) names no rebate and stays.
   */
  /* SHOP_PROMO */ "/返利|领券|优惠券|券后/u",
  /**
   * An account's lead box over the story (`极市导读`, `新智元导读` on a line of its own, one paragraph under it: the
   * account's summary and its promo links): the account's, not the writer's. A bare `导读` may be the writer's
   * own section, and stays.
   */
  /* LEAD_BOX_CAPTION */ raw`/^[【[]?[\p{Script=Han}A-Za-z]{2,8}导读[】\]]?[:：]?$/u`,
  /**
   * The heading of a machine summary a collector or a generator writes about the story it keeps (`## AI 摘要`,
   * `AI Summary`, `智能摘要`, `摘要（AI生成）`). Alternatives of literals, one optional class: linear.
   */
  /* MACHINE_SUMMARY_HEADING */ raw`/^(?:(?:AI|GPT|LLM|ChatGPT|DeepSeek|智能|机器|自动)\s*(?:生成的?\s*)?(?:摘要|总结|概要|速览|summary|tl;?dr)|(?:摘要|总结|summary)\s*[(（]\s*(?:AI|GPT|机器|自动)\s*生成\s*[)）])\s*[:：]?$/iu`,
  /** The heading of a copy's own metadata (`## 元数据`: the collector's labels, the time it saved the item, its archive's day). */
  /* METADATA_SECTION_HEADING */ raw`/^(?:元数据|元信息|metadata)\s*[:：]?$/iu`,
  /** What a metadata section holds: `key: value` lines (`来源: ArXiv`, `保存时间: 2025-05-16T02:32:13Z`), no prose. */
  /* METADATA_LINE */ raw`/^[^\s:：]{1,16}\s*[:：]\s*\S/u`,
  /**
   * The heading a collector sets over the item it copied, when its own sections follow (`## 原始摘要` — the feed
   * item's description, the post itself —, `## 原文`, `## 正文`): the zone of the story, not a heading the writer wrote.
   */
  /* ORIGINAL_ZONE_HEADING */ raw`/^(?:原始(?:摘要|内容|正文|文本)|原文(?:内容|摘要)?|正文|original(?: (?:content|text|post))?)\s*[:：]?$/iu`,
  /**
   * A page's summary box as a text extractor keeps it over the story: a whole paragraph in brackets, maybe
   * labelled (`[摘要：前不久，…为什么是华为率先抵挡住了进攻？]`, `[上市公司借停牌避免进一步下跌，…]`), clauses in
   * it. A bracketed headline (`【重磅】…`) is short and has no clause in it.
   */
  /* SUMMARY_BOX */ raw`/^(?:\[[^[\]]*\]|【[^【】]*】)$/u`,
  /** A menu item copied with the text: a few characters, no punctuation (`资金流向`, `千股千评`, `客户端`). */
  /* MENU_ITEM */ raw`/^[\p{Script=Han}A-Za-z0-9]{2,8}$/u`,
  /** A headline a related-stories list sets with its day after it, run together or spaced (`收费公路缘何屡陷巨亏漩涡2015/07/01`). */
  /* DATED_HEADLINE */ raw`/(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}$/u`,
  /** A short label ending in a colon that is no credit's (`获取更多RSS：`, `友情链接：`). */
  /* FOOTER_LABEL */ raw`/^(?!.*(?:原文|来源|出处|链接地址|转自))[^\s:：]{1,16}[:：]$/u`,
  /* BARE_ADDRESS */ raw`/^<?https?:\/\/\S+>?$/u`,
  /**
   * A related-stories label on a line of its own (`相关报道：`, `相关故事：`, a blog's heading `相关日志`): a page's
   * inset, not the story's words.
   */
  /* RELATED_INSET_LABEL */ raw`/^(?:相关|延伸|推荐)(?:报道|故事|阅读|新闻|文章)\s*[:：]$/u`,
  /**
   * The label of a related list closing the story, where its words alone say what it is (a blog's heading
   * `相关日志`, `相关文章`, no colon).
   */
  /* CLOSING_RELATED_LABEL */ raw`/^(?:相关|延伸|推荐)(?:报道|故事|阅读|新闻|文章|日志|博文)\s*[:：]?$/u`,
  /** What a related list sets beside its links: white space and each story's count of comments (`(4)`). */
  /* RELATED_ITEM_REST */ raw`/^(?:\s*[(（]\d{1,6}[)）])*\s*$/u`,
  /** A tag list's label, what a CMS sets before its tag links (`Tag:`, `Tags：`, `标签：`). */
  /* TAG_LABEL */ raw`/^\s*(?:tags?|标签|关键词|关键字)\s*[:：]\s*$/iu`,
  /** How a line opening with a tag label starts. */
  /* TAG_LABEL_START */ raw`/^\s*(?:tags?|标签|关键词|关键字)\s*[:：]/iu`,
  /** A CSS rule's declarations (`{ margin: 0; padding: 0; }`). @bounded: a name of 40 letters, 400 characters in the braces. */
  /* STYLE_RULE */ raw`/\{\s?[a-z-]{2,40}\s?:[^{}]{1,400}\}/gu`,
  /**
   * An English blog theme's post footer as a mirror of a Chinese page keeps its words (WordPress's `Categorized:`,
   * `Filed under:`, `Posted in:`, `Tagged:` over their links, the comment form's `Leave a Reply`): the footer opens
   * there, with the site's subscription plea and affiliate links after it. Ends the story when less than half a story
   * follows it (`ORNATE_TAIL_SHARE`), as a legal notice's heading does. @bounded: anchored, a label then a colon or the
   * line's end.
   */
  /* THEME_FOOTER */ raw`/^(?:(?:Categorized|Categories|Filed under|Filed in|Posted in|Tagged|Tags)\s?:|Leave a (?:Reply|Comment)$)/u`,
  /**
   * The stage's other patterns, in the order `stages/boilerplate.ts` assigns them to its bindings
   * (`compileBoilerplatePatterns`), read by position as the credits' are (`credits/credit-patterns.ts`).
   */
  /**
   * Reuters' standards footer under every story, and its Chinese service's (and a translation's) rendering of it (`Our
   * Standards: The Thomson Reuters Trust Principles.`, a page's `, opens new tab` link label kept; `我们的标准：汤森路透信托原则。`),
   * maybe run on after the wire's closing credit when a feed lost the line break between them (a translation's
   * `北京的Cheng Leng、上海的Looyan Liu和Andrew Galbraith报道；Rashmi Aich编辑我们的标准：…`, datasets/fresh-75; `Reporting by
   * David Shepardson; editing by Miral Fahmy Our Standards: …`, search-index file 57860398533): who reported and who
   * edited, then the footer — neither the story's words. It opens wide (the credit) and its English words are read under
   * the `i` flag, which no word gate spells: a rule of `genericDrop` behind a look at the line's last word
   * (`isStandardsFooter`), never run on the lines that do not end as the footer does. @bounded: anchored, each run capped.
   */
  /* STANDARDS_FOOTER */ raw`/^(?:(?:[^。！？\n]{1,80}?报道\s*[；;]\s*[^。！？\n]{1,40}?编辑|Reporting by [^;\n]{1,80}?;\s*editing by [^\n]{1,60}?)[。.]?\s*)?(?:Our Standards|我们的标准|我們的標準)\s*[:：]\s*(?:The\s+)?(?:Thomson Reuters\s+Trust Principles|汤森路透信托原则|湯森路透信託原則)[。.]?(?:,\s*opens new tab)?$/iu`,
  /** A plain sign-off line (`END`, `-- EOF --`, `THE END`): after it, a page's footer only (`stages/boilerplate.ts`). */
  /* SIGN_OFF */ raw`/^[-—–_=*·•©\s]*(?:THE\s+)?(?:EOF|END|End|end)[-—–_=*·•\s]*$/u`,
  /**
   * An end mark set between ornaments (`— 完 —`, `-END-`, `© THE END`): an account's or a magazine's sign-off,
   * after which its promo blocks follow (a poll, a follow prompt), prose among them.
   */
  /* ORNATE_SIGN_OFF */ raw`/^(?:[-—–=·•]+\s*(?:完|EOF|END|End|end)\s*[-—–=·•]+|©\s*THE\s+END)\s*$/u`,
  /** A quotation ornament opening a block (`❝ 还在为…`): a WeChat editor's decoration, cut. */
  /* QUOTE_ORNAMENT */ raw`/^[❝❞]\s*/u`,
  /** Empty credit debris left where a scraper dropped the name: `(文/)`, `（记者：）`. */
  /* EMPTY_CREDIT */ raw`/[（(]\s*(?:文|作者|记者|编辑|责编|图)\s*(?:[/／:：｜|]\s*)?[)）]/gu`,
  /**
   * A page-number bar at the end of a paragraph: `上一页 [1] [2] … 下一页`. One character class for
   * the numbers, brackets and spaces between the words: `(?:\s*\[?\d+\]?)+` nested quantifiers over
   * digits and took minutes on `上一页` and thirty digits.
   */
  /* PAGINATION */ raw`/上一页[\s[\]]*\d[\s[\]\d]*下一页\s*$/gu`,
  /**
   * The forum link a portal sets after a written stock code (`首旅酒店(600258,股吧)`): page UI inside
   * the sentence. Cut, the code reads as written (`首旅酒店(600258)`).
   */
  /* FORUM_LINK */ raw`/[,，]\s*股吧(?<=[（(]\d{6}[,，]\s*股吧)(?=[)）])/gu`,
  /**
   * Emphasis markers left after a paragraph's last sentence (`…一举借势翻盘。**`): Markdown renders a
   * matched pair, so a run still in the text after a sentence's end opens nothing. Entered only right
   * after sentence punctuation.
   */
  /* STRAY_EMPHASIS */ raw`/(?<=[。！？!?”」』…])[ \t]*(?:\*\*|__)+$/gu`,
  /**
   * 百家号's report button (`举报 / 反馈`), glued to the end of the story's last paragraph or the start of the
   * page's search suggestions after it.
   */
  /* REPORT_BUTTON */ raw`/^举报\s*\/\s*反馈|举报\s*\/\s*反馈$/gu`,
  /** 百家号's read-aloud button (`播报文章`), glued to the end of the headline a reader copied with it. */
  /* READ_ALOUD_BUTTON */ raw`/播报文章$/gu`,
  /**
   * A share button's English label a crawler took with a page's text (`…取消217架次。 Save`, Pinterest's save button over
   * a news.sina.com.cn page's picture, ling007/sina_news): after the last sentence's end mark, the paragraph's end.
   */
  /* SHARE_BUTTON */ raw`/(?<=[。！？”」』])[ \t\u00a0]+(?:Save|Pin it|Tweet|Share)$/gu`,
  /**
   * An e-paper page's template around its story, when a feed flattens the page to one run of text (feedx's
   * 人民日报 items): the print date the page stamps over the story, before its dateline (`2026年01月27日  本报湖北赤壁
   * 1月26日电`), and, after the story's last sentence, the Founder (方正) e-paper system's property record
   * (`<!--enpproperty …-->`, its tags gone: the date `2026-01-27 00:00:00:0`, keywords, ids, the pc and pad
   * addresses, the headline again, `/enpproperty-->`), which the page's copyright line (spaced out, `人 民 网 版 权
   * 所 有`) and its scripts follow: from the record's date to the end, nothing is the story's.
   */
  /* EPAPER_PAGE_DATE */ raw`/^\d{4}年\d{1,2}月\d{1,2}日\s+(?=本报|\S{0,16}?\d{1,2}月\d{1,2}日\s*电)/u`,
  /* EPAPER_PROPERTY_RECORD */ raw`/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[:.]\d{1,3}\s.{0,1000}?\/?enpproperty-->.*$/su`,
  /**
   * A WeChat column's list of earlier posts glued after the story's last sentence when its lines were joined (`…永远不缺题材
   * 和机会。▽ 更多精彩☞ 通货膨胀形势的再推演☞ 不要低估中美贸易战…`): a label, then headlines each marked `☞` — links, not
   * text. @bounded: each headline stops at the next mark, at most 60 characters and 20 of them.
   */
  /* MORE_POSTS_LIST */ raw`/(?<=[。！？!?”」』…])\s*(?:[▽▼↓]\s*)?(?:更多精彩|往期推荐|往期回顾|往期精选|推荐阅读)\s*[:：]?\s*(?:☞[^☞\n]{1,60}){1,20}$/gu`,
  /**
   * A paper's rights notice glued after the story's last sentence when a crawler joined its paragraphs (`…倒也可增添不少趣味。
   * 本文版权归CM华夏理财所有，未经许可不得翻译或转载。查看更多华夏时报文章，参与华夏时报微信互动…`): the notice and the
   * promotion after it to the paragraph's end are the paper's, not the story's. @bounded: the owner at most 30
   * characters, what follows at most 200.
   */
  /* GLUED_RIGHTS_NOTICE */ raw`/(?<=[。！？”」』])本文版权归[^。！？\n]{1,30}?所有[^\n]{0,200}$/gu`,
  /**
   * WeChat's novel-reader toggles under an article's byline block, as reader-mode converters and clippers keep them
   * (`在小说阅读器读本章`, `去阅读`, `在小说阅读器中沉浸阅读`, `在公众号小说中沉浸阅读`): the page's buttons. Over the story
   * the stage keeps them (`READER_TOGGLE_HEAD`) for the credits stage, which reads the block above them and drops them.
   */
  /* READER_TOGGLE */ raw`/^(?:在(?:小说阅读器|公众号小说)(?:中沉浸阅读|读本章)|去阅读)$/u`,
];
