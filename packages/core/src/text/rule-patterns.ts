/**
 * The readers' and stages' own patterns as data: for each module named below, every top-level pattern that only its
 * functions read, its regular expression's literal as a string, in the order the module assigns them to its bindings
 * (its `compile…Patterns`, by position: no pattern's name is written in a string that no minifier shortens). A Worker
 * reads this entry (`@caixun/core/text/rule-patterns`, which core imports by the package's name) from its static assets
 * (`rule-patterns.json`) instead of carrying the patterns in its script (issue 11); each module compiles its own
 * table into bindings of its own when a function that reads one is first called, once for the process. Each table is
 * made by a function whose one call is marked pure, so that a bundle that imports no reader of a table drops it.
 *
 * A table is one list, each literal labelled with the name of the binding its module assigns it to (`/* NAME *\/`):
 * the module's destructuring is the one list of the names in code, and the labels say which pattern is which here, in
 * place, instead of a second list of names to keep in step (`test/rule-patterns.test.ts` holds each table's labels to
 * its module's bindings, in order). A literal that holds a backtick, which a raw template cannot hold, is written as a
 * plain string, its backslashes doubled: the table's entry is the same text.
 */

/**
 * `String.raw` under a one-word name, the tag of every pattern here written as its literal's raw text: a bundler keeps
 * a module's binding short, where `String.raw` would be written out at each pattern.
 */
const raw = String.raw;

/** `readers/record.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersRecordPatterns(): readonly string[] {
  return [
    /* ENTITY_ID_KEY */ raw`/^([A-Za-z][A-Za-z0-9]{0,11}_)id$/i`,
    /* SCOPE_PREFIX */ raw`/^[a-z]_[a-z]/`,
    /* KEY_PREFIX */ raw`/^([A-Za-z][A-Za-z0-9]{0,11}_)[A-Za-z]/`,
    /* CODE_KEY */ raw`/^(?:(?:sh|sz|bj|hk)\d{4,6}|\d{4,6}(?:\.(?:sh|ss|sz|bj|hk|tw|two))?)$/i`,
    /* YEAR_KEY */ raw`/^(?:19|20)\d{2}$/`,
    /* INDEX_KEY */ raw`/^(?:0|[1-9]\d{0,8})$/`,
    /* CREDIT_LABEL */ raw`/[:：]/`,
    /* NAVIGATION_ENTRY */ raw`/^(?:(?:点击|查看|阅读|浏览)?更多(?:内容|资讯|新闻|文章)?\s*(?:&gt;|>|»|›|→){0,3}|[\p{Script=Han}]{0,3}ICP[备证]\s*\d{1,12}号(?:-\d{1,4})?|\$\{\s*\w{1,40}\s*\}|\{\{\s*\w{1,40}\s*\}\}|(?:&nbsp;|\s){1,20})$/u`,
    /* LIST_PAGE */ raw`/^https?:\/\/[^/?#]+\/(?:[^?#]*[/_-])?list(?:\.[a-z]{2,5}|\/)?(?:[?#]|$)/i`,
    /* FLASH_HEADLINE */ raw`/^\s*【([^【】\n]{1,200})】/`,
    /* HAN */ raw`/\p{Script=Han}/u`,
    /* HAN_RUN */ raw`/(?:\p{Script=Han}[\p{P}\s]?){10}/u`,
    /* WEIBO_TOPIC */ raw`/^#[^#\n]{1,80}#$/u`,
    /* TOPIC_MARKS */ raw`/#([^#\n]{1,80})#/gu`,
    /* PARAGRAPH_MARK */ raw`/#&#(?!x?[\da-f]{1,7};)/giu`,
    /* SPACE_JOINT */ raw`/[ \u3000]{4,}/gu`,
    /* SENTENCE_END */ raw`/[。！？!?]/u`,
    /* CUT_DISCLAIMER */ raw`/(?<=[。！？!?])\s*(?:免责声明|风险提示|特别提示|特别声明|郑重声明|声明)[:：][^。！？!?\n]{0,60}$/u`,
    /* TEASER_LINK */ raw`/(?<=[。！？!?…])\s*点击(?:查看|阅读|了解)(?:全文|原文|详情|全图|大图|更多|完整\p{Script=Han}{0,4})?(?:[，,]\s*(?:了解|查看|阅读|获取)更多\p{Script=Han}{0,4})?[。！!]?\s*$/u`,
    /* TEMPLATE_TOKEN */ raw`/\[!--begin:([\w-]{1,40})--\][^[]{0,400}\[!--end:\1--\]/gu`,
    /* LINK_PLACEHOLDER */ raw`/^(?:详情|全文|原文|更多(?:内容|详情)?)?(?:请|敬请)?(?:点击|点|戳)?(?:查看|阅读|浏览|详见|见)?(?:下方|以下|此处|这里)?(?:链接|原文链接|原文|全文|详情)(?:查看|阅读|了解)?(?:详情|全文|原文)?[。.！!…]{0,3}$/u`,
    /* POINTER_PLACEHOLDER */ raw`/^[>》]{0,3}\s{0,2}[（(]?(?:详见|详情见|全文见|见)(?:今日|今天)?(?:本报)?(?:第?[A-Z]?\d{1,2}[版面]|[\p{Script=Han}A-Za-z]{1,12}?(?:网|客户端|APP)(?:\s{0,2}(?:www\.)?[A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,6}){1,2})?)[)）]?[。.]?$/u`,
    /* HTML_TAG */ raw`/<(?:p|br|div|span|img|a|strong|b|em|table|ul|ol|li|h[1-6])\b[^<>]*>/i`,
    /* PASTED_MARKUP */ raw`/^(?:\s|<[^<>]{0,200}>)*&lt;(?:p|div|span|h[1-6]|article|section|table)\b/i`,
    /* SLUG */ raw`/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/`,
    /* FILE_PATH */ raw`/^[!-.0-~]*\/[!-~]*$/`,
    /* DATE_ONLY */ raw`/^\d{4}-\d{1,2}-\d{1,2}$/`,
    /* TIME_ONLY */ raw`/^\d{1,2}:\d{2}(?::\d{2})?$/`,
    /* SITE_ADDRESS */ raw`/^https?:\/\//i`,
    /* GLUED_SOURCE_CREDIT */ raw`/^((?:文章|本文)?来源[:：]\s?)(\p{Script=Han}{2,12})/u`,
    /* CREDIT_SET_OFF */ raw`/[\s\p{P}]/u`,
    /* PROFILE_PAGE */ raw`/^https?:\/\/[^/?#]{1,100}\/(?:c\/)?(?:users?|u|authors?|profile|people|members?)\/[^?#]{0,200}(?:[?#]\S{0,200})?$/i`,
    /* LINK_KEY */ raw`/(?:^|[_-])(?:url|link|href|URL|LINK|HREF)(?=$|[_-]|[A-Z])|[a-z](?:Url|URL|Link|Href)(?=$|[_-]|[A-Z])/`,
    /* MEDIA_LINK_KEY */ raw`/img|image|pic|photo|thumb|cover|icon|logo|avatar|audio|video|mp3|mp4|media/i`,
    /* TIME_KEY */ raw`/(?:[Tt]ime(?:[Ss]tamp)?|TIME|[Dd]ate|DATE|_at|[a-z]At)(?:_?(?:text|str|string)|Text|Str|String)?$/`,
    /* OTHER_MOMENT */ raw`/update|modif|edit|crawl|fetch|scrap|collect|push|expir|insert|sync|start|begin|end|deadline|^[mu]_?time/i`,
    /* WRITTEN_DATE */ raw`/^\d{4}(?:[-/.年]\d{1,2}|\d{4}(?:\D|$))/`,
    /* CREDIT_KEY */ raw`/author|editor|byline|writer|reporter|staff|credit/i`,
    /* CLOSED_NAME_LIST */ raw`/^(?:[^;；\d\n]{1,40}[;；])+\s*$/u`,
    /* TIME_LABEL */ raw`/^(?:刚刚|\d{1,3}\s?(?:秒|分钟|小时|天|周|个月)前|(?:今天|昨天|前天)(?:\s?\d{1,2}:\d{2})?|\d{1,2}月\d{1,2}日\s?\d{1,2}:\d{2})$/u`,
    /* PAGING_KEY */ raw`/^(?:page_?(?:size|max_?num|count)|total_?(?:num|count|pages?)|has_?(?:more|next))$/i`,
    /* LEADING_TAGS */ raw`/^(?:\s{0,8}<[^<>]{0,300}>){0,8}\s{0,8}/`,
    /* LATIN_NAME */ raw`/^[^\p{Script=Han}]*[A-Za-z][^\p{Script=Han}]*$/u`,
    /* CHANNEL_LABEL */ raw`/^(?:\s+|\s*[-–—|｜·]\s*)\S(?:[^\n]{0,10}\S)?$/u`,
  ];
}
export const READERS_RECORD_PATTERNS: readonly string[] = /* @__PURE__ */ readersRecordPatterns();

/** `credits/outlets.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsOutletsPatterns(): readonly string[] {
  return [
    /* OUTLET_ENDING */ raw`/(?:[网網]|社|[报報]|[台臺]|刊|之[声聲音家]|[财財][经經]|新[闻聞]|[资資][讯訊]|央[视視]|在[线線]|客[户戶]端|[传傳]媒|媒[体體]|[频頻]道|[电電][视視]|[广廣]播|[杂雜][志誌]|[观觀]察|研究院|APP|App|\d{4,6})$/u`,
    /* NOT_OUTLET */ raw`/^\d+$|^(?:本报|本台|本刊|本网|我报|该报|该网|记者|据|今日|昨日|近日|今天|昨天|公司|集团|截至|截止|目前|消息|新闻|报道|网友|网|社|报|台)$|^(?:更多|最新|热点|热门|相关|行业|财经|今日|每日|实时|要闻)?资讯$|^(?:据|本|该|各|多家|一家|有关|相关|官方|外媒|媒体)|(?:国|外|地|方|湾|港|澳|台|美|日|韩|英|俄)媒体?$/u`,
    /* NAME_CHARS */ raw`/^[\p{Script=Han}A-Za-z0-9·・\-. ]+$/u`,
    /* PAPER_WITH_BRAND */ raw`/^(\p{Script=Han}{2,8}报)([A-Za-z\p{Script=Han}]{2,6})$/u`,
    /* SITE_CHANNEL */ raw`/^(\p{Script=Han}{1,8}网)\p{Script=Han}{1,6}频道$/u`,
    /* OWNED_PART */ raw`/^[\p{Script=Han}A-Za-z0-9]{1,12}(?:网|频道|新闻)$/u`,
    /* SPACE */ raw`/[ \t\u3000]/`,
    /* LEGAL_FORM */ raw`/(?<=\p{Script=Han}{2})(?:股份有限公司|有限责任公司|有限公司)$/u`,
    /* SCRIPT_GAP */ raw`/(?<=[A-Za-z0-9])[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \t\u3000]+(?=[A-Za-z0-9])/gu`,
    /* OUTLET_CHANNEL_OR_UNIT */ raw`/^(.{2,16}?)(?:(?:首页|全部|市场|要闻){0,3}(?:快讯|电报|7[x×X*]24)|新[闻聞]中心|[A-Za-z]{0,12}(?:研究中心|数据中心|数据))$/u`,
    /* OUTLET_APP */ raw`/^(\p{Script=Han}[\p{Script=Han}0-9]{1,15})(?:APP|App)$/u`,
    /* ACCOUNT_CREDIT */ raw`/^(?!微信|官方)(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,15}?)(?:官方)?(?:(微信(?:公众号|公号)?|公众号|公号)|(微博)|官微)$/u`,
    /* PORTAL_CHANNEL */ raw`/^(?:新浪|和讯|网易|搜狐|腾讯|凤凰|金融界|中金在线|东方财富|中国经济网|中华网)(?:美股|港股|股票|期货|基金|银行|保险|理财|外汇|黄金|债券|证券|科技|数码|手机|汽车|房产|财经|商业|体育|娱乐|游戏|教育|健康|原创)$/u`,
    /* PORTAL_SITE */ raw`/^(?:手机)?(\p{Script=Han}{2})网$/u`,
    /* NEWS_BRAND */ raw`/^(.{1,12})新闻$/u`,
    /* PUBLICATION_ENDING */ raw`/(?:[网網]|(?<!旅行|合作|公)社|[报報]|[台臺]|刊|新聞)$/u`,
    /* FEED_TITLE_JOINT */ raw`/\s*[|｜_—–]\s*|\s+-\s+|\s+/u`,
    /* PADDED_NAME */ raw`/^\p{Script=Han}(?:[ \t\u3000]{1,4}\p{Script=Han}){1,2}$/u`,
    /* PERSON_NAMES */ raw`/^\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){1,3}$/u`,
    /* APP_OR_CLIENT */ raw`/^(\p{Script=Han}[\p{Script=Han}0-9]{1,15})(?:APP|App|客户端)$/u`,
    /* PAPER_OR_SITE_WORD */ raw`/^(.{2,}?)(?:[报報]?[网網]?|[财財][经經])$/u`,
    /* PLATFORM_ACCOUNT */ raw`/^(?:\p{Script=Han}{1,4}号|新浪看点|网易订阅|简书|知乎专栏|雪球专栏)$/u`,
  ];
}
export const CREDITS_OUTLETS_PATTERNS: readonly string[] = /* @__PURE__ */ creditsOutletsPatterns();

/** `enrich/date-evidence.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichDateEvidencePatterns(): readonly string[] {
  return [
    /* BLOG_DAY */ raw`/(?:(?<han>十[一二]?|[一二三四五六七八九])月|(?<digits>\d{1,2})月|(?<![A-Za-z])(?<latin>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)\s*(?<day>\d{1,2})(?:st|nd|rd|th)?\s*[,，]\s*(?<year>\d{4})$/u`,
    /* BYLINE_META_DAY */ raw`/^By\s?[:：]\s?[^\s.·|][^.·|]{0,30}?\s?[.·|]\s?(\d{4})-(\d{1,2})-(\d{1,2})\.?(?:\s[\d,]{1,11})?$/u`,
    /* SIGNATURE_DAY */ raw`/^(?:[^\s。！？，,；;：:]{1,40}[会局部厅委司行院所处办室团社府心])?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u`,
    /* URL_HOST */ raw`/^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#]*/iu`,
    /* LONG_DIGITS */ raw`/\d{15,}/g`,
    /* DAY_FOLDER */ raw`/^(?:\d{4}[-_.]?\d{1,2}[-_.]?\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$/u`,
    /* CHINA_TIME_NOTE */ raw`/^[（(]北京时间[)）]$/u`,
    /* STAMP_BADGE */ raw`/^(?:原创|独家|首发|置顶)\s+(?=\d)/u`,
    /* WRITER_BEFORE_STAMP */ raw`/^(\p{Script=Han}{2,4}|[A-Za-z][A-Za-z.'-]{1,20}(?: [A-Za-z][A-Za-z.'-]{1,20}){0,2})[ \t　]+(?:([^\s\d]{2,20})[ \t　]+)?(?=\d)/u`,
    /* STAMP */ raw`/^(?:(?<year>\d{4})\s*[-./年]\s*)?(?<month>\d{1,2})\s*[-./月]\s*(?<day>\d{1,2})(?:T|\s*(?:日\s*)?)(?<hour>\d{1,2})\s*[:：时]\s*(?<minute>\d{2})(?:\s*[:：分]\s*(?<second>\d{2})(?:\.\d{1,6})?)?(?:\s*(?<meridiem>[AaPp]\.?[Mm]\.?)(?![A-Za-z0-9]))?(?<zone>Z|[+-]\d{2}:?\d{2}(?!\d))?\s*(?:秒)?/u`,
    /* TIME_AFTER_DAY */ raw`/^\s{0,3}日?\s{0,3}(?:[（(]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][)）]?\s{0,3})?(?:北京时间|北京時間)?\s{0,3}(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?(?![\d:：])/u`,
  ];
}
export const ENRICH_DATE_EVIDENCE_PATTERNS: readonly string[] = /* @__PURE__ */ enrichDateEvidencePatterns();

/** `readers/detect.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersDetectPatterns(): readonly string[] {
  return [
    /* INLINE_START */ raw`/^<span\b/i`,
    /* SQL_START */ raw`/^(?:--|\/\*|(?:SET|DROP|CREATE|INSERT|REPLACE|LOCK|USE|BEGIN|START|PRAGMA|COPY)\b|#(?:[ \t]*\r?\n#)?[ \t]+(?:Host:|Generator: MySQL-Front|(?:Structure|Data) for table "))/i`,
    /* SQL_ROWS */ raw`/^[ \t]*(?:(?:INSERT|REPLACE)[ \t]+(?:IGNORE[ \t]+)?INTO\s|COPY[ \t][^\n;]{1,300}?[ \t]FROM[ \t]+stdin)/im`,
    /* SQL_DUMP_HEAD */ raw`/^(?:-- (?:MySQL dump|phpMyAdmin SQL Dump|PostgreSQL database dump)|PRAGMA[ \t]|BEGIN TRANSACTION;|CREATE[ \t]+TABLE[ \t])/im`,
    /* SQL_SESSION_LINE */ raw`/^[ \t]*(?:\r?$|--|#|\/\*[^\n]*\*\/[ \t]*\r?$|((?:\/\*[^\n]*\*\/|(?:SET|USE|DROP|LOCK|UNLOCK|START|BEGIN|COMMIT|PRAGMA)\b[^\n]*);[ \t]*\r?$))/i`,
    /* FRONT_MATTER_FENCE */ raw`/^(?:[ \t\r]*\n)*(?:---|\+\+\+)[ \t\r]*(?:\n|$)/`,
    /* DIGEST_SECTION_ANYWHERE */ raw`/^##[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[｜|]/m`,
    /* NUMBERED_SECTION */ raw`/^##[ \t]+\d{1,3}[.、．][ \t]*(\S.*)$/`,
    /* SECTION_START */ raw`/^(?=##[ \t]+\d{1,3}[.、．])/m`,
    /* LINKED_CREDIT */ raw`/^[ \t]*来源[ \t]*[：:][ \t]*(?:\[([^[\]\n]{1,40})\]\((https?:\/\/[^()\s]+)\)|<?(https?:\/\/[^\s<>]+)>?)[ \t]*$/`,
    /* JSON_START */ raw`/^(?:\{\s*"[^"\n]{0,200}"\s*:|\[\s*(?:\{\s*(?:"|\})|\[\s*"|\]\s*$))/`,
    /* JSON_LINES_NAME */ raw`/\.(?:jsonl|ndjson)(?:\.gz)?$/i`,
  ];
}
export const READERS_DETECT_PATTERNS: readonly string[] = /* @__PURE__ */ readersDetectPatterns();

/** `stages/body.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesBodyPatterns(): readonly string[] {
  return [
    /* MDX_IMPORT */ raw`/^import[ \t]+(?:[^'"\n]{1,200}[ \t]from[ \t]*)?['"][^'"\n]{1,300}['"][ \t]*;?[ \t]*$/u`,
    /* BLANK_LINE */ raw`/\n[ \t]*\n/`,
    /* CJK_EDGE */ raw`/^[（《「“：:，。！？；、）》」”]|[（《「“：:，。！？；、）》」”]$/u`,
    /* LIST_ITEM */ raw`/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/mu`,
    /* NUMERIC_MATH */ raw`/\$([+-]|[\d+-][\d .,+-]{0,46}(?:\d|\\%))\$/g`,
    /* SENTENCE_END */ raw`/[。！？!?][”」』）)]*[ \t]*$/u`,
    /* UNINDENTED_CJK */ raw`/^[\p{Script=Han}【“「《（]/u`,
    /* ATTRIBUTE_BLOCK */ raw`/^\{[#.][^{}\s]{1,100}(?:[ \t][^{}\n]{0,200})?\}[ \t]*$/`,
    /* ATX_LEVEL */ raw`/^ {0,3}(#{1,6})(?:[ \t]|$)/`,
    /* TABSET_ATTRIBUTES */ raw`/^\{[^{}]{0,200}\.tabset\b[^{}]{0,200}\}[ \t]*$/`,
    /* ATX_HEADING */ raw`/^ {0,3}#{1,6}[ \t]/`,
    /* SETEXT_UNDERLINE */ raw`/^ {0,3}(?:=+|-+)[ \t]*$/`,
    /* HTML_BLOCK_START */ raw`/^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--)/`,
    /* RAW_TEXT_OPEN */ raw`/<(pre|script|style|textarea)[\s>]/i`,
    /* PLACEHOLDER */ raw`/<!--caixun-html-block:(\d+)-->/g`,
    /* TAG */ raw`/<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^<>A-Za-z0-9-][^<>]*)?>/g`,
    /* FENCE_DEBRIS */ "/(?<=\\S)[ \\t]*`{3,}[\\w+-]{0,20}[ \\t]*$/gmu",
    /* MARKDOWN_HINT */ "/^(?:#{1,6}\\s|>|\\s{0,3}(?:[-*+•]|\\d+[.)])\\s|\\s{0,3}(?:-{3,}|\\*{3,})[^\\S\\n]*$|\\|)|\\[[^[\\]\\n]*\\]\\(|\\*\\*|(?:^|\\s)[*_][^*_\\s][^*_\\n]*[*_](?:\\s|$)|<https?:\\/\\/|\\\\[!-/:-@[-`{-~]|\\$[-+\\d][ \\d.,+\\\\%-]{0,47}\\$/m",
  ];
}
export const STAGES_BODY_PATTERNS: readonly string[] = /* @__PURE__ */ stagesBodyPatterns();

/** `credits/export-frame.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsExportFramePatterns(): readonly string[] {
  return [
    /* APP_LINK */ raw`/^(?:(?:Read|Open|View)\s+(?:it\s+)?(?:on|in)\s+[A-Z][\w.-]{1,20}(?:\s+[A-Z][\w.-]{1,12})?|(?:跳转到|跳转至|前往|在)\s?[A-Za-z\p{Script=Han}][\w.\p{Script=Han}-]{1,20}?\s?中?(?:查看|打开|阅读))$/u`,
    /* ORIGINAL_LINK */ raw`/^(?:(?:Read|View|Open|See)\s+(?:the\s+)?original(?:\s+(?:article|page|post))?|Original\s+(?:URL|link|article|page))$/iu`,
    /* BETWEEN_LINKS */ raw`/^[\s|｜·•/-]*$/u`,
    /* TAG_LINE */ raw`/^(?:#[^\s#[\]]{1,30}|\[\[[^\]\n]{1,40}\]\])(?:\s+(?:#[^\s#[\]]{1,30}|\[\[[^\]\n]{1,40}\]\]))*$/u`,
    /* CONTENT_LABEL */ raw`/^(?:#{1,6}\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:Full\s+Content|Full\s+Text|Content|Original\s+Article|Page\s+Content|正文全文|正文|全文|原文全文|网页正文)\s*[:：]?$/iu`,
    /* HIGHLIGHTS_LABEL */ raw`/^(?:#{1,6}\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:Annotations|Highlights|My\s+Notes|Notes|标注|高亮|划线|批注|笔记)\s*[:：]?$/iu`,
    /* FIELD_LINE */ raw`/^([A-Za-z][\w-]{0,30})\s*:\s+\S.{0,120}$/u`,
    /* ESCAPED_HEADING */ raw`/^(#{1,6})\s+(\S[^\n]{0,120})$/u`,
    /* HOST */ raw`/^(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,12}$/iu`,
    /* HOST_NAMES */ raw`/^[^\s。！？，,；;：:]{1,24}(?:\s+[^\s。！？，,；;：:]{1,24}){0,2}$/u`,
    /* SITE_SEPARATOR */ raw`/^\s*[-–—_|｜]/u`,
  ];
}
export const CREDITS_EXPORT_FRAME_PATTERNS: readonly string[] = /* @__PURE__ */ creditsExportFramePatterns();

/** `readers/markdown.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersMarkdownPatterns(): readonly string[] {
  return [
    /* ATX_TITLE */ raw`/^[ \t]{0,3}#{1,3}[ \t]+(.*)/`,
    /* SETEXT_UNDERLINE */ raw`/^[ \t]{0,3}(?:=+|-+)[ \t]*$/`,
    /* SENTENCE_MARK */ raw`/[。！？]/u`,
    /* COMMENT_LINE */ raw`/^[ \t]*<!--(?:[^-]|-(?!->))*-->[ \t]*$/`,
    /* LINKED_TITLE */ raw`/^\[([^[\]\n]+)\]\((https?:\/\/[^\s()]+)\)$/`,
    /* NAVIGATION_HEADING */ raw`/^\[(?::[a-z_]{1,20}:)?\s*(?:(?:返回|回到)(?:首页|首頁|主页|主頁|目录|目錄|列表)?|首页|首頁|主页|主頁|目录|目錄|home|back|index)\s*\]\([^\s()]*\)$/iu`,
    /* RULE_OR_BLANK */ raw`/^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})?$/`,
    /* DISCLOSURE_HEADER */ raw`/^(?:(?:证券|股票|债券|基金)(?:代码|简称)|公告编号)\s*[:：]/u`,
    /* DOCUMENT_KIND */ raw`/(?:公告|通知|通告|决定|决议|报告|函|意见|办法|规定|公示|声明|说明|批复|回复)$/u`,
    /* SUMMARY_HEADING */ raw`/^(?:AI\s*)?(?:摘要|总结|概要|速览)$|^(?:AI\s+)?(?:Summary|TL;?DR)$/iu`,
    /* ATX_HEADING */ raw`/^[ \t]{0,3}(#{1,6})[ \t](.*)$/`,
    /* NUMBERED_HEADING */ raw`/^(?:\d{1,3}(?:[.、．)）]|\s)|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节部])/u`,
    /* OPEN_ADDRESS */ raw`/^https?:\/\/[^\s()]*$/u`,
    /* QUOTE_OR_IMAGE */ raw`/^[ \t]{0,3}(?:>|!\[[^\]\n]*\]\([^()\s]*\)[ \t]*$)/`,
    /* BACKSLASH_ESCAPE */ "/\\\\([!\"#$%&'()*+,\\-./:;<=>?@[\\\\\\]^_`{|}~])/g",
    /* STRUCTURE */ "/^\\s*(?:#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>|\\||```|~~~|<|={3,}\\s*$|-{3,}\\s*$|\\*{3,}\\s*$)/",
  ];
}
export const READERS_MARKDOWN_PATTERNS: readonly string[] = /* @__PURE__ */ readersMarkdownPatterns();

/** `stages/plain-head.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPlainHeadPatterns(): readonly string[] {
  return [
    /* PAGE_META */ raw`/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.{0,24}来源[:：]/u`,
    /* SENTENCE_MARK */ raw`/[。！？，；!?,;]/u`,
    /* TITLE_SUFFIX_OPENING */ raw`/^\s*[-–—_|｜]/u`,
    /* HOST_LINE */ raw`/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu`,
    /* SLOT_LINE */ raw`/^[\p{Script=Han}A-Za-z]+(?:[,，、][\p{Script=Han}A-Za-z]+)*$/u`,
    /* RESEARCH_HOUSE */ raw`/^\p{Script=Han}{2,6}(?:证券|期货|研究所|研究院|研究部)$/u`,
    /* NAME_SEPARATOR */ raw`/[,，、]/u`,
    /* OWN_STORY */ raw`/^(.{6,100}?)本报讯(?![（(\s])/u`,
    /* TAGGED_HEAD */ raw`/^([^。！？；!?;【】]{6,60}?)【\p{Script=Han}{2,4}】\s?(?=本报|记者|\S{0,12}?\d{1,2}月\d{1,2}日(?:电|讯))/u`,
    /* HEAD_END */ raw`/[。！？]|记者|通讯员/u`,
    /* SPEAKER */ raw`/^(\p{Script=Han}{2,10})[:：]/u`,
    /* STAMPED_HEAD */ raw`/^([^。！？；!?;\n]{4,60}?)(\d{4}[/-]\d{1,2}[/-]\d{1,2}\s{0,2}\d{1,2}:\d{2})\s{0,2}([\p{Script=Han}A-Za-z]{2,8})\s{0,2}(?=[【〔[（(])/u`,
  ];
}
export const STAGES_PLAIN_HEAD_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPlainHeadPatterns();

/** `readers/page-properties.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersPagePropertiesPatterns(): readonly string[] {
  return [
    /* PROPERTY_LINE */ raw`/^(?:[-*][ \t]+)?([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})::(?=[^\n]*$)(?:[ \t]+([^\n]*))?$/`,
    /* METADATA_ITEM */ raw`/^[-*][ \t]+([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}):{1,2}(?=[^\n]*$)[ \t]+([^\n]*)$/`,
    /* METADATA_HEADING */ raw`/^#{2,3}[ \t]+Metadata[ \t]*$/i`,
    /* IMAGE_LINE */ raw`/^!\[[^\]\n]*\]\([^()\s]*\)[ \t]*$/`,
    /* REFERENCE */ raw`/#?\[\[([^[\]\n]+)\]\]|#([^\s#,，[\]]+)/gu`,
    /* REFERENCES_ONLY */ raw`/^(?:(?:#?\[\[[^[\]\n]+\]\]|#[^\s#,，[\]]+)[\s,，]*)+$/u`,
    /* PROPERTIES_COMMENT_OPEN */ raw`/^<!--[A-Za-z]{0,8}[ \t]*$/`,
    /* COMMENT_PROPERTY */ raw`/^([A-Za-z][\w-]{0,30}|\p{Script=Han}{1,8})[ \t]*[:：][ \t]*(\S[^\n]*)$/u`,
    /* STYLED_SPAN */ raw`/<span[ \t]+style="([^"<>]*)"[ \t]*>([^<\n]*)<\/span>/gi`,
    /* STYLED_SPAN_LINE */ raw`/^(?:[ \t]*<span[ \t]+style="[^"<>]*"[ \t]*>[^<\n]*<\/span>)+[ \t]*$/i`,
    /* STYLED_DIV_LINE */ raw`/^<div[ \t]+style="[^"<>]*"[ \t]*>([^<\n]*)<\/div>[ \t]*$/i`,
    /* SUMMARY_LABEL */ raw`/^(?:摘要|内容摘要|内容提要|提要|导读)[ \t]*[:：][ \t]*/u`,
    /* FONT_SIZE */ raw`/font-size[ \t]*:[ \t]*(\d+(?:\.\d+)?)[ \t]*(pt|px)/i`,
    /* DATE_ONLY */ raw`/^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u`,
  ];
}
export const READERS_PAGE_PROPERTIES_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersPagePropertiesPatterns();

/** `stages/title.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesTitlePatterns(): readonly string[] {
  return [
    /* LEADING_PUNCTUATION */ raw`/^[\s，,、；;：:。．.！!？?）)】」』”’]+/u`,
    /* HEADLINE_AND_KEYWORDS */ raw`/^(\S.{4,80}?[^\s,，。！？；:：]),\s+[^\s,，。！？；:：]{1,16}(?:\s*,\s*[^\s,，。！？；:：]{1,16}){1,9}$/u`,
    /* BYLINE_ONLY */ raw`/^(?:本报)?(?:特约)?记者.{2,16}(?:发自\p{Script=Han}{2,6}|报道)?$/u`,
    /* HEADING_DOTS */ raw`/[·・]/gu`,
    /* PAGE_STAMP */ raw`/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$/u`,
    /* BRACKETED_DATE */ raw`/(?<![ \t])[ \t]*[[［【]\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[\]］】]$/u`,
    /* PRINT_PAGE */ raw`/^第?[A-Z]?\d{1,3}版[ \t]?[-–—:：|｜][ \t]?/u`,
    /* HEADLINE_END */ raw`/[？！?!]["”’」』]?$/u`,
  ];
}
export const STAGES_TITLE_PATTERNS: readonly string[] = /* @__PURE__ */ stagesTitlePatterns();

/** `stages/plain-text.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPlainTextPatterns(): readonly string[] {
  return [
    /* LEAD */ raw`/^(?:本报|记者|通讯员|简介|摘要|导语|编者按|【|\d{1,2}月\d{1,2}日|\S{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息))/u`,
    /* PARAGRAPH_INDENT */ raw`/^(?:\u3000| {2}|\t)/u`,
    /* INLINE_BREAK */ raw`/(?<=\S)[\u3000]{2,}/u`,
    /* STAMP */ raw`/^(?:(?:https?:\/\/)?[\w.-]+\.(?:com|cn|net|org)[^\s]*\s*|(?<site>\p{Script=Han}{2,8})\s+)?(?<at>\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?\s*(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?)(?:\s*(?:来源|作者|编辑)[:：])?$/u`,
    /* POST_HEADER */ raw`/^([^\s｜|]{1,24}?)\s*[｜|]\s*(\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)$/u`,
    /* POSTED_HEAD */ raw`/^(\S.{3,}?[^\s\d])(\d{4}-\d{1,2}-\d{1,2})\s+([\p{Script=Han}A-Za-z0-9_]{2,20})$/u`,
    /* ONE_SENTENCE */ raw`/^[^。！？!?]+[。.！？!?]?$/u`,
    /* DISPATCH_LABEL */ raw`/^【[^】]{0,20}(?:讯|电|消息)】/u`,
    /* HAN */ raw`/\p{Script=Han}/u`,
    /* LINK_CALL_END */ raw`/(?:点此|点击|点这里)(?:查看|阅读|了解)(?:详情|全文|原文|更多)$/u`,
    /* PAGE_BUTTONS */ raw`/(?<=[。！？」”])\s{0,2}(?:(?:TOP|Top|top|[▲↑])\s{0,2})?(?:關閉|关闭|回到頂部|回到顶部|返回頂部|返回顶部|回頂端|回顶端)$/u`,
  ];
}
export const STAGES_PLAIN_TEXT_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPlainTextPatterns();

/** `enrich/securities.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichSecuritiesPatterns(): readonly string[] {
  return [
    /* SPACED_CODE_NAME */ raw`/(?:^|[^\p{Script=Han}])\p{Script=Han}{1,7}[^编編码碼号號话話址机機真\P{Script=Han}]$/u`,
    /* HK_CODE_NAME */ raw`/\p{Script=Han}(?:-[A-Z]{1,2})?$/u`,
    /* BARE_CODE */ raw`/(?<![\w.])(\d{6})\.(SH|SS|SZ|BJ)\b|(?<![\w.])(\d{4,5})\.HK\b/g`,
    /* EXCHANGE_TICKER */ raw`/(?<![A-Za-z])(NASDAQ|Nasdaq|纳斯达克|NYSE|纽交所|AMEX|HKEX|港交所)(?:GS|GM|CM)?[ \t]?[:：][ \t]?(?:([A-Z]{1,5})(?![A-Za-z.])|(\d{4,5})(?![\d.]))/g`,
    /* NAMED_CODE */ raw`/(?:股票|证券)代码[ \t]?(?:为|是)?[:：]?[ \t]?["“「]?(\d{6})(?!\d)/g`,
  ];
}
export const ENRICH_SECURITIES_PATTERNS: readonly string[] = /* @__PURE__ */ enrichSecuritiesPatterns();

/** `readers/labelled.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersLabelledPatterns(): readonly string[] {
  return [
    /* COLON_LABEL */ raw`/^([A-Za-z][A-Za-z _-]{0,23}|\p{Script=Han}{2,6})[ \t]*[:：][ \t]?(.*)$/u`,
    /* BRACKET_LABEL */ raw`/^【[ \t\u3000]{0,4}((?:\p{Script=Han}[ \t\u3000]{0,4}){2,6})】[ \t\u3000]?(.*)$/u`,
    /* QUOTED_FIRST_LINE */ raw`/^[ \t\r\n]*>/`,
    /* QUOTE_MARKS */ raw`/^[ \t]{0,3}>[ \t]?/gm`,
    /* SUBTITLE */ raw`/^[ \t\u3000]*(?:——|--)[ \t]?\S/u`,
    /* RULE */ raw`/^[ \t]*(?:-{5,}|={5,}|\*{5,}|_{5,})[ \t]*$/`,
    /* BREAK */ raw`/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/`,
    /* CUT_SHORT */ raw`/(?:\.{3}|…{1,2})\s*$/u`,
    /* PREAMBLE */ raw`/^[ \t\r\n]*#{1,6}[ \t][^\n]*\n(?:[ \t\r]*\n|[ \t]*[-*+][ \t][^\n]*\n)*[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t\r]*\n/`,
    /* PREAMBLE_ITEM */ raw`/^[ \t]*[-*+](?=.*$)[ \t]+(.+)$/u`,
    /* EMPTY_VALUE */ raw`/^(?:[-—–]+|无|暂无|n\/a|none|null|unknown)$/iu`,
  ];
}
export const READERS_LABELLED_PATTERNS: readonly string[] = /* @__PURE__ */ readersLabelledPatterns();

/** `securities/names.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function securitiesNamesPatterns(): readonly string[] {
  return [
    /* STOCK_CUE */ raw`/(?:股份|股价|股票|A股|H股|港股|美股|公司|集团|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|逆[涨跌]|盘[中初后]|午后|尾盘|早盘|开盘|低开|高开|公告|发布公告|回应|市值|总市值|董事会|股东|目标价|目标股价|评级|财报|业绩|营收|季度|财季|第?[一二三四1-4]财?季|Q[1-4]|[上下]半年|全年|日内|首席执行官|CEO|首席财务官|CFO|董事长|创始人)/iy`,
    /* ACTION_CUE */ raw`/(?:称|表示|宣布|据悉|预计|发布|推出|官宣|确认|否认|起诉|收购|计划|[涨降]价|多款|新一代|手机)/y`,
    /* OWN_SHARES_CUE */ raw`/(?:股价|股票|股份|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|市值|总市值|目标价|目标股价|评级)/y`,
    /* SHARE_CLASS */ raw`/[ABH]股/iy`,
    /* LIST_SEPARATOR */ raw`/^[、和与及]$/`,
    /* ANOTHER_COMPANY */ raw`/(?:(?![的之和与及等旗下入股成立设在为是将对向了共同参控合多家孙子全该其此各])\p{Script=Han}){0,4}?(?:新能源|能源|药业|医药|制药|生物|科技|技术|电子|电气|电力|汽车|投资|实业|置业|地产|物流|材料|化工|环保|资本|贸易|建设|工程|信息|网络|软件|通信|光电|智能|食品|农业|矿业|航空|机械|设备|装备|商贸)(?:有限)?公司/uy`,
  ];
}
export const SECURITIES_NAMES_PATTERNS: readonly string[] = /* @__PURE__ */ securitiesNamesPatterns();

/** `credits/site-suffix.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsSiteSuffixPatterns(): readonly string[] {
  return [
    /* TEMPLATE_SITE_NAME */ raw`/^(?:我的(?:网站|博客)|网站名称)$/u`,
    /* TAIL */ raw`/(?=[\s_|｜\-–—])(?<![\s_|｜\-–—])(\s+[-–—|｜_]\s+|\s*｜\s*|_|[-–—]\s+)([^\s_|｜\-–—][^_|｜\-–—]{0,39})$/u`,
    /* CHANNEL_AND_SITE */ raw`/^(.+?)--([^-\s]{1,12})--([^-\s]{2,20})$/u`,
    /* HALF_SPACED */ raw`/^[-–—]\s+$/u`,
    /* GLUED_TAIL */ raw`/(?<![A-Za-z0-9])([-–—])([^\s_|｜\-–—]{1,20})$/u`,
    /* ACRONYM */ raw`/^[A-Z]{2,6}$/u`,
    /* BARE_NAME */ raw`/^[\p{Script=Han}A-Za-z]+$/u`,
    /* KEYWORD */ raw`/^[\p{Script=Han}A-Za-z0-9]+$/u`,
    /* DOCUMENT_SECTION */ raw`/研究报告|研报|公告/u`,
    /* WRITER_PREFIX */ raw`/^(?:【[^【】]{1,12}】\s*)?([^｜|【】\s][^｜|【】]{0,15}?)\s*[｜|]\s*(\S.*)$/u`,
    /* EPISODE_TITLE */ raw`/^([^\s|｜:：\-–—][^|｜:：\-–—]{0,23}?)\s?(?<![A-Za-z])(?:EP|Ep)\.?\s?\d{1,5}(?:\s*[|｜:：\-–—]|$)/u`,
    /* COLUMN_PLATFORM_FIRST */ raw`/^(\p{Script=Han}{2,5})\s*[·・|｜]\s*([^\s·・|｜][^·・|｜]{0,29}?)\s*$/u`,
    /* PERSONAL_SITE_NAME */ raw`/^[\p{Script=Han}A-Za-z0-9_]{1,12}的[\p{Script=Han}A-Za-z]{0,8}(?:博客|笔记|日记|随笔|札记|网络日志|小站|个人网站|个人主页)$/u`,
  ];
}
export const CREDITS_SITE_SUFFIX_PATTERNS: readonly string[] = /* @__PURE__ */ creditsSiteSuffixPatterns();

/** `enrich/dates.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichDatesPatterns(): readonly string[] {
  return [
    /* ISO_LIKE */ raw`/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$/i`,
    /* RFC_2822 */ raw`/^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/`,
    /* CHINESE */ raw`/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/`,
    /* US_SHORT_DATE */ raw`/^(\d{1,2})\/(\d{1,2})\/(\d{2})$/`,
    /* SHORT_YEAR_DAY */ raw`/^(\d{2})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/`,
    /* COMPACT_DAY */ raw`/^(\d{4})(\d{2})(\d{2})$/`,
  ];
}
export const ENRICH_DATES_PATTERNS: readonly string[] = /* @__PURE__ */ enrichDatesPatterns();

/** `stages/front-matter-flat.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFrontMatterFlatPatterns(): readonly string[] {
  return [
    /* BLANK */ raw`/^[ \t]*$/`,
    /* KEY_START */ raw`/^[A-Za-z]/`,
    /* FIELD */ raw`/^([A-Za-z][A-Za-z0-9_-]*): +([^ \t].*)$/`,
    /* LIST_KEY */ raw`/^([A-Za-z][A-Za-z0-9_-]*): *$/`,
    /* ITEM */ raw`/^( +)- +([^ \t].*)$/`,
    /* IMPLICIT_KEY */ raw`/^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/`,
    /* TRUE */ raw`/^(?:true|True|TRUE)$/`,
    /* FALSE */ raw`/^(?:false|False|FALSE)$/`,
    /* FLOW_SPECIAL */ raw`/[[\]{},:"'#\t]/`,
    /* PRINTABLE */ raw`/^[^\t\0-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]*$/`,
    /* QUOTED_INSIDE */ raw`/^[^"'\\]*$/`,
    /* PLAIN_BREAK */ raw`/: |:$| #/`,
    /* DAY */ raw`/^\d{4}-\d{1,2}-\d{1,2}$/`,
    /* NOT_A_NUMBER */ raw`/^[-+]?\.?[0-9].*[g-nG-Zp-wyz]/`,
    /* IMPLICIT_VALUE */ raw`/^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.?[0-9][0-9A-Za-z_.:+-]*|\._[0-9A-Za-z_.:+-]*|[-+]?\.[A-Za-z]+)$/`,
    /* INDICATOR_START */ "/^[-?:,[\\]{}#&*!|>'\"%@`]/",
  ];
}
export const STAGES_FRONT_MATTER_FLAT_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesFrontMatterFlatPatterns();

/** `stages/markdown-direct.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesMarkdownDirectPatterns(): readonly string[] {
  return [
    /* PLACEHOLDER_LINE */ raw`/^<!--caixun-html-block:\d+-->$/`,
    /* BLANK */ raw`/^[ \t]*$/`,
    /* LEADING_SPACES */ raw`/^[ \t]+/`,
    /* WHITE_START */ raw`/^\s/`,
    /* WHITE_END */ raw`/\s$/`,
    /* EDGE_SPACE */ raw`/^\s|\s$/`,
    /* AUTOLINK */ raw`/<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\0- ]*)>/y`,
    /* BLOCK_START */ "/^(?:[#>*+\\-_=~`<|]|\\d{1,9}[.)])/",
    /* PLAIN */ "/^[^\\\\`*_~[\\]!<>&\\n\\r\\0]*$/",
    /* BOLD_LINE */ "/^(?:\\*\\*([^\\\\`*_~[\\]!<>&\\n\\r\\0]+)\\*\\*|<strong>([^\\\\`*_~[\\]!<>&\\n\\r\\0]+)<\\/strong>)$/",
    /* LINK */ "/\\[([^\\\\`*_~[\\]!<>&\\n\\r\\0]+)\\]\\(([^()<>\\\\&\\0- \\x7f]+)\\)/y",
  ];
}
export const STAGES_MARKDOWN_DIRECT_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesMarkdownDirectPatterns();

/** `assemble/control-characters.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function assembleControlCharactersPatterns(): readonly string[] {
  return [
    /* CONTROL */ raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/`,
    /* CONTROL_ALL */ raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g`,
    /* MARKS */ raw`/([^\u061c\u200e\u200f]?)([\u061c\u200e\u200f]+)(?=([^\u061c\u200e\u200f]?))/gu`,
    /* RIGHT_TO_LEFT */ raw`/[\u0590-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u`,
    /* HAS_MARK */ raw`/[\u061c\u200e\u200f]/`,
    /* SUSPECT */ raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/`,
  ];
}
export const ASSEMBLE_CONTROL_CHARACTERS_PATTERNS: readonly string[] =
  /* @__PURE__ */ assembleControlCharactersPatterns();

/** `extract/page.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function extractPagePatterns(): readonly string[] {
  return [
    /* POSITIVE */ raw`/article|content|text|txt|body|detail|main|post|entry|zw|正文/i`,
    /* NEGATIVE */ raw`/nav|menu|footer|foot|header|sidebar|side|comment|pinglun|recommend|tuijian|rank|paihang|hot|related|xiangguan|share|fenxiang|copyright|shenming|ad[-_]|adv|banner|login|search|weizhi|path|crumb|tags?\b|list/i`,
    /* PUNCTUATION */ raw`/[，。！？；、,]/g`,
    /* PUNCTUATION_ONE */ raw`/[，。！？；、,]/`,
    /* FRONT_PAGE_LABEL */ raw`/^(?:前往|返回|进入|回到)?\s*(\S.{1,15}?)\s*首页$/u`,
    /* ARTICLE_TYPE */ raw`/^(?:[A-Za-z]{0,24}Article|BlogPosting|LiveBlogPosting|Report)$/u`,
    /* TITLE_PARTS */ raw`/(?<!\s)\s*(?:_|\||｜|--|(?<!\d)-(?!\d)|—)\s*/`,
    /* TEMPLATE_SLOT */ raw`/^(?:\$\{[^{}]{1,80}\}|\{\{[^{}]{1,80}\}\}|<%=[^%]{1,80}%>)$/`,
    /* YEARLESS_STAMP */ raw`/(?<!\d)(\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2})[:：](\d{2})/gu`,
    /* SHARE_BOX */ raw`/share|fenxiang/i`,
    /* SHARE_TEXT */ raw`/["']([^"'\n]{4,200}?)\s+(https?:\/\/[^\s"'<>/]+\/[^\s"'<>]{1,300})["']/gu`,
  ];
}
export const EXTRACT_PAGE_PATTERNS: readonly string[] = /* @__PURE__ */ extractPagePatterns();

/** `stages/credits.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesCreditsPatterns(): readonly string[] {
  const ENGLISH_NAME = "[A-Z][A-Za-z'’.-]{0,20}(?: [A-Z][A-Za-z'’.-]{0,20}){1,3}";
  return [
    /* READING_UI_TAIL */ raw`/[继繼][续續]滑[动動]看下一[个個]\s*([^\n。！？]{2,30}?)\s*向上滑[动動]看下一[个個]$/u`,
    /* BRACKETED_WRITER */ raw`/^[[【［]([^[\]【】［］]{1,30})[\]】］]$/u`,
    /* CLOSING_TRANSLATION_CREDIT */ raw`/(?<=[。！？”])\s*[\p{Script=Han}A-Za-z]{2,12}?(?:编译自|摘译自|译自)\s*[A-Za-z][^\n]{0,200}$/u`,
    /* ADDRESSED_SIGN_OFF */ raw`/(?<=[。！？!?”」』])\s*([\p{Script=Han}A-Za-z]{2,12})\s+((?:www\.)?[A-Za-z0-9-]{2,30}(?:\.[A-Za-z]{2,6}){1,2})。?$/u`,
    /* POINTER_WORDS */ raw`/请|详见|详情|官网|访问|登录|关注/u`,
    /* ENGLISH_BYLINE */ `/^By (${ENGLISH_NAME}(?:(?:, | and )${ENGLISH_NAME}){0,2})$/u`,
    /* WRITE_TO */ `/^Write to (${ENGLISH_NAME}) at [^\\s@]{1,64}@[^\\s@]{1,64}(?:(?:,| and) (?:${ENGLISH_NAME}) at [^\\s@]{1,64}@[^\\s@]{1,64}){0,2}$/u`,
    /* OUTLET_THEN_WRITER */ raw`/^(\S{2,24})[ \t\u3000]+(\p{Script=Han}{2,4})$/u`,
    /* FIELD_AFTER_STAMP */ raw`/\s(?:来源|來源)\s*[:：]/u`,
    /* STAFF_BLOCK_LINE */ raw`/^(?:[A-Za-z][\w.-]{0,19}\s*)?(文字?|撰稿|图片?|摄影|审核?|校对|编辑|责编|重?排版)\s*[:：]\s*(\S.{0,59})$/u`,
  ];
}
export const STAGES_CREDITS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesCreditsPatterns();

/** `readers/sql.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersSqlPatterns(): readonly string[] {
  return [
    /* COLUMN_COMMENT */ raw`/\bCOMMENT(?:\s*=)?\s*'([^'\\]{1,40})'/i`,
    /* TIMESTAMP_TYPE */ raw`/^\s*timestamp\b/i`,
    /* SESSION_TIME_ZONE */ raw`/\bSET\s+(?:SESSION\s+)?time_zone\s*=\s*['"]([+-](?:1[0-3]|0?\d):[0-5]\d|\+14:00)['"]/i`,
    /* SQL_STAMP */ raw`/^(?!0000)\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/`,
  ];
}
export const READERS_SQL_PATTERNS: readonly string[] = /* @__PURE__ */ readersSqlPatterns();

/** `readers/typst.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersTypstPatterns(): readonly string[] {
  return [
    /* TYPST_START */ raw`/^#(?:(?:import|include)[ \t]+"|(?:set|let)[ \t]+[\w.-]+[ \t(=]|show[ \t:])/`,
    /* RULE_LINE */ raw`/^#(?:import|include|set|show|let)\b/`,
    /* TITLE_ARGUMENT */ raw`/\btitle:[ \t]*"([^"\n]+)"/`,
    /* BLOCK_OPEN */ raw`/^#[a-z][\w.-]*(?:\([^()\n]*\))?\[$/`,
    /* CALL_OPEN */ raw`/^#([a-z][\w.-]*)\(/`,
    /* HEADING */ raw`/^(=+)[ \t]+/`,
    /* CELL */ raw`/\[([^[\]\n]*)\]/g`,
    /* COLUMNS */ raw`/\bcolumns:[ \t]*(?:(\d+)|\(([^()]*)\))/`,
  ];
}
export const READERS_TYPST_PATTERNS: readonly string[] = /* @__PURE__ */ readersTypstPatterns();

/** `readers/feed.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersFeedPatterns(): readonly string[] {
  return [
    /* HREF */ raw`/\shref\s*=\s*["']([^"']*)/`,
    /* REL */ raw`/\srel\s*=\s*["']([^"']*)/`,
    /* TERM */ raw`/\sterm\s*=\s*["']([^"']*)/`,
    /* QUOTE_WIDGET */ raw`/(?:在本文中|In this article)[A-Z0-9.\s-]{1,80}?(?:关注您最喜爱的股票|Follow your favorite stocks)\s*(?:创建免费帐户|CREATE FREE ACCOUNT)/gu`,
    /* BROKEN_CLOSING_TAG */ raw`/(?<=[。！？!?”」』…])[ \t]*\/?(?:div|span|p)(?:&gt;|>)$/u`,
    /* TITLE_OPEN */ raw`/<title(?:\s[^<>]*)?>/i`,
    /* BUILT_OPEN */ raw`/<lastbuilddate(?:\s[^<>]*)?>/i`,
    /* WORD_CHARACTER */ raw`/[\p{L}\p{N}]/u`,
    /* ITEM_OPEN */ raw`/<(item|entry)[\s>]/g`,
  ];
}
export const READERS_FEED_PATTERNS: readonly string[] = /* @__PURE__ */ readersFeedPatterns();

/** `readers/code-records.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersCodeRecordsPatterns(): readonly string[] {
  return [
    /* COMMENT_FIELD */ raw`/^[ \t]*\*[ \t]+([A-Za-z_]\w{0,40})[ \t]+:[ \t]?(.*)$/gm`,
    /* LITERAL_VALUE */ raw`/^(?:\{.*\}|\[.*\])$/`,
    /* NAMED_ROW */ raw`/(?:^|[:：][ \t]*)([A-Za-z_]\w{0,30}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,30}){2,20})[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\(?(['"][^\n]*)$/gm`,
    /* COMMENTED_CODE_LINE */ raw`/^[ \t]*\/\/[ \t]*(?:((?:[^ \t\n][^\n]*)?")[ \t;]*$|[^\n]*)/gm`,
    /* RETURN_BEFORE */ raw`/(?:^|[^\w$])return$/`,
    /* SETTER_CALL */ raw`/([A-Za-z_$][\w$]{0,40})\.set[A-Z][A-Za-z0-9]{0,30}\s*\($/`,
  ];
}
export const READERS_CODE_RECORDS_PATTERNS: readonly string[] = /* @__PURE__ */ readersCodeRecordsPatterns();

/** `markdown/links.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function markdownLinksPatterns(): readonly string[] {
  return [
    /* BAD_PROTOCOL */ raw`/^(vbscript|javascript|file|data):/`,
    /* GOOD_DATA */ raw`/^data:image\/(gif|png|jpeg|webp);/`,
    /* PROTOCOL */ raw`/^[a-z0-9.+-]+:/i`,
    /* PORT */ raw`/:[0-9]*$/`,
    /* HOST_LABEL */ raw`/^[+a-zA-Z0-9_\-\u0080-\uFFFF]{0,63}$/`,
    /* HOST_LABEL_START */ raw`/^([+a-z0-9A-Z_-]{0,63})(.*)$/`,
    /* TO_ENCODE */ raw`/%[0-9A-Fa-f]{2}|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\w;/?:@&=+$,\-.!~*'()#]/g`,
    /* HOST_END */ "/[%/?;#'{}|\\\\^`<>\" \\r\\n\\t]/",
  ];
}
export const MARKDOWN_LINKS_PATTERNS: readonly string[] = /* @__PURE__ */ markdownLinksPatterns();

/** `stages/publish-date.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPublishDatePatterns(): readonly string[] {
  return [
    /* PUBLISH_KEY */ raw`/^(?:publish(?:ed)?|pub|post(?:ed)?|release(?:d)?)[_-]?(?:time|date|at|on)$/iu`,
    /* COPY_DAY_KEY */ raw`/creat|updat|modif|edit|fetch|sav|crawl|lastmod|expir|access|clip|captur|scrap|collect|import|采集|抓取|爬取|更新|修改|创建|收藏/iu`,
    /* TIME_ELEMENT */ raw`/<time\b[^>]{0,200}?\bdatetime\s*=\s*["']([^"'<>]{10,40})["']/giu`,
  ];
}
export const STAGES_PUBLISH_DATE_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPublishDatePatterns();

/** `stages/blocks.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesBlocksPatterns(): readonly string[] {
  return [
    /* MARKDOWN_BOLD_LINE */ raw`/^\*\*([^*]{1,80})\*\*$/u`,
    /* NOT_HEADING_END */ raw`/[。！？!?；;，,：:、]$/u`,
    /* HIDDEN_CLASS */ raw`/(?:^|\s)(?:element-(?:invisible|hidden)|screen-reader-text|sr-only|visually-hidden)(?:\s|$)/`,
    /* TASK_BOX */ raw`/^\s*\[[ xX]\][ \t\u00a0]+/`,
  ];
}
export const STAGES_BLOCKS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesBlocksPatterns();

/** `enrich/quote-markup.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichQuoteMarkupPatterns(): readonly string[] {
  return [
    /* QUOTE_HOSTS */ raw`/sina\.com\.cn|eastmoney\.com|10jqka\.com\.cn|xueqiu\.com|gu\.qq\.com|cls\.cn|163\.com|jrj\.com\.cn|hexun\.com|\/quotes?\//i`,
    /* NAME_TEXT */ raw`/^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9*＊\-－ ]{2,16}$/u`,
    /* NOT_NAME */ raw`/^(?:行情|股吧|资金流向|财务|个股|点击|查看|更多|详情|研报)/u`,
  ];
}
export const ENRICH_QUOTE_MARKUP_PATTERNS: readonly string[] = /* @__PURE__ */ enrichQuoteMarkupPatterns();

/** `readers/python-literal.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersPythonLiteralPatterns(): readonly string[] {
  return [
    /* NAME */ raw`/[A-Za-z_][\w.]*/y`,
    /* NUMBER */ raw`/[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[lLjJ]?/y`,
    /* STRING_PREFIX */ raw`/[uUbBrRfF]{1,2}(?=['"])/y`,
    /* SPACE */ raw`/\s*/y`,
  ];
}
export const READERS_PYTHON_LITERAL_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersPythonLiteralPatterns();

/** `packs/json.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function packsJsonPatterns(): readonly string[] {
  return [
    /* NAME */ raw`/^[a-z0-9][a-z0-9-]{0,63}$/`,
    /* ESCAPE */ raw`/\\(?:u\{[\da-f]+\}|u[\da-f]{4}|x[\da-f]{2}|[pP]\{[^}]*\}|c[a-z]|k<[^>]*>|\d+|[\s\S])/iy`,
    /* CODE_ESCAPE */ raw`/\\(?:u\{([\da-f]+)\}|u([\da-f]{4})|x([\da-f]{2}))/gi`,
    /* COUNT */ raw`/\{(\d+)(?:,(\d*))?\}/y`,
  ];
}
export const PACKS_JSON_PATTERNS: readonly string[] = /* @__PURE__ */ packsJsonPatterns();

/** `credits/author-tally.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsAuthorTallyPatterns(): readonly string[] {
  return [
    /* NO_ONE */ raw`/^(?:未知|佚名|匿名|不详|网络(?:整理)?|互联网|admin|管理员|知乎专栏|na|n\/a|nan|none|null|markdown|ckeditor|code|raw|asciidoc)$|^(?:[a-z0-9-]+\.)+(?:com|cn|net|org)$/u`,
  ];
}
export const CREDITS_AUTHOR_TALLY_PATTERNS: readonly string[] = /* @__PURE__ */ creditsAuthorTallyPatterns();

/** `credits/regions.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsRegionsPatterns(): readonly string[] {
  return [
    /* RULE */ raw`/^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/`,
    /* STRUCTURE */ raw`/^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s)/`,
    /* HEAD_CREDIT */ raw`/原文|出自|来源|作者|编辑|转自|转载|记者|链接|发自|刊发|来自|源自/u`,
    /* FOOT_CREDIT */ raw`/^(?:[\s>*_~#[「【(（]{0,8}[^\s]{0,4}?(?:作者|编辑|相关|原文|来源|链接)|[\s*_![]{0,4}(?:主[筆笔]|博客|[專专][欄栏])\s*[|｜])/u`,
  ];
}
export const CREDITS_REGIONS_PATTERNS: readonly string[] = /* @__PURE__ */ creditsRegionsPatterns();

/** `credits/traditional.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsTraditionalPatterns(): readonly string[] {
  return [
    /* LABEL_WORD */ raw`/來源於?|來自|責任編輯|責編|編輯|編譯|記者|報導|報道|轉載|轉自|出處|譯者|翻譯|攝影?|審核|審校|校對|圖片|日[電訊]|本報(?=訊)|訊(?=[】\]）)（(])/gu`,
    /* LABEL_CHAR */ raw`/[來責編記報轉處譯攝審對圖電訊]/u`,
    /* SIMPLIFIED_LABEL_CHAR */ raw`/[来责编辑记报导转载处译摄审对图电讯签发]/u`,
  ];
}
export const CREDITS_TRADITIONAL_PATTERNS: readonly string[] = /* @__PURE__ */ creditsTraditionalPatterns();

/** `enrich/future-year.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichFutureYearPatterns(): readonly string[] {
  return [
    /* PAST_BEFORE */ raw`/(?:自|从|早在|始于|于|截至)\s*$/`,
    /* FUTURE_BEFORE */ raw`/(?:将|预计|预期|计划|拟|有望|力争|争取|目标|到|至|于\s*明年|下一|未来)[\s\S]{0,5}$/`,
    /* PAST_AFTER */ raw`/^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今|推出|成立|创立|开始|上市|发布)/`,
    /* WHITE_SPACE */ raw`/\s/`,
    /* FOUR_DIGITS */ raw`/^\d{4}$/`,
  ];
}
export const ENRICH_FUTURE_YEAR_PATTERNS: readonly string[] = /* @__PURE__ */ enrichFutureYearPatterns();

/** `extract/markdown-page.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function extractMarkdownPagePatterns(): readonly string[] {
  return [
    /* UI_WORD */ raw`/^(?:原创|独家|收藏|评论|分享|转发|举报|点赞|关注|订阅|打印|纠错|登录|注册|登录\s*\/\s*注册|我要评论|\d{1,5})$/u`,
    /* BYLINE_PAIR */ raw`/^[\p{Script=Han}A-Za-z·]{2,12}(?:\s+[\p{Script=Han}A-Za-z·]{2,8}){1,3}$/u`,
    /* SITE_SEPARATOR */ raw`/^\s*[-–—_|｜]/u`,
    /* SITE_PARTS */ raw`/[-–—_|｜]/u`,
  ];
}
export const EXTRACT_MARKDOWN_PAGE_PATTERNS: readonly string[] =
  /* @__PURE__ */ extractMarkdownPagePatterns();

/** `extract/reader-copy.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function extractReaderCopyPatterns(): readonly string[] {
  return [
    /* HEADLINE_WORDS */ raw`/^[^\n[\]!<。！？!?]{2,80}(?=$|[[!<])/u`,
    /* BLOCK_LINK_CLOSE */ raw`/^\]\(([^()\s]{1,2000})\)(.*)$/u`,
    /* BLANK */ raw`/^[ \t]*$/u`,
    /* PLAIN_LINE */ "/^[^[\\]()!<>#*_`|\\\\]{1,80}$/u",
    /* HEADING_LINE */ "/^(#{1,6}[ \\t]+)([^[\\]()!<>#*_`|\\\\]{1,120})$/u",
  ];
}
export const EXTRACT_READER_COPY_PATTERNS: readonly string[] = /* @__PURE__ */ extractReaderCopyPatterns();

/** `markdown/dialect.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function markdownDialectPatterns(): readonly string[] {
  return [
    /* BARE_LAYOUT */ raw`/^[A-Za-z][\w-]{0,39}$/`,
    /* JEKYLL_POST_PATH */ raw`/(?:^|\/)(?<!source\/)_posts\/(?:[^/]{1,200}\/){0,4}\d{4}-\d{1,2}-\d{1,2}-[^/]{0,400}$/`,
    /* KRAMDOWN_BODY */ raw`/^[ \t]{0,3}\{::?[ \t]{0,8}[A-Za-z.#]|\smarkdown=["']?(?:1|block)\b|\{%-?[ \t]{0,8}(?:highlight|include|post_url|link|raw)\b|\{\{-?[ \t]{0,8}(?:site|page)\./m`,
  ];
}
export const MARKDOWN_DIALECT_PATTERNS: readonly string[] = /* @__PURE__ */ markdownDialectPatterns();

/** `markdown/kramdown.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function markdownKramdownPatterns(): readonly string[] {
  return [
    /* TAG */ raw`/<(\/?)([A-Za-z][A-Za-z0-9-]{0,31})(?=[\s/>])[^<>]{0,2000}?(\/?)>/g`,
    /* LINE_TAG */ raw`/^<(\/?)([A-Za-z][A-Za-z0-9-]{0,31})(?=[\s/>]|$)/`,
    /* MARKDOWN_ATTRIBUTE */ raw`/\smarkdown\s{0,8}=\s{0,8}(["']?)(?:1|block)\1(?=[\s/>])/i`,
    /* START_TAG_LINE */ raw`/^<[A-Za-z][^<>]{0,2000}>\s*$/`,
    /* END_TAG_LINE */ raw`/^<\/[A-Za-z][A-Za-z0-9-]{0,31}\s*>\s*$/`,
  ];
}
export const MARKDOWN_KRAMDOWN_PATTERNS: readonly string[] = /* @__PURE__ */ markdownKramdownPatterns();

/** `markdown/template-tags.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function markdownTemplateTagsPatterns(): readonly string[] {
  return [/* TEMPLATE_TAG */ raw`/\{%[^\n]{0,400}?%\}|\{\{[^{}\n]{0,400}\}\}|\{:[^{}\n]{0,400}\}/gu`];
}
export const MARKDOWN_TEMPLATE_TAGS_PATTERNS: readonly string[] =
  /* @__PURE__ */ markdownTemplateTagsPatterns();

/** `readers/csv-documents.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersCsvDocumentsPatterns(): readonly string[] {
  return [
    /* DATA_CELL */ raw`/^\s*(?:https?:\/\/\S+|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T][\d:.]{4,12})?|\d{4}年\d{1,2}月\d{1,2}日\s{0,4}(?:\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/i`,
    /* SENTENCE_END */ raw`/[。！？]/u`,
    /* OPENS_MORE */ raw`/[、，：；（“‘《〈【「]/u`,
    /* GOES_ON */ raw`/[、，。；：）”’》〉】」！？]/u`,
    /* NON_ASCII */ raw`/[^\x00-\x7F]/u`,
    /* HAN */ raw`/\p{Script=Han}/u`,
  ];
}
export const READERS_CSV_DOCUMENTS_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersCsvDocumentsPatterns();

/** `readers/digest.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersDigestPatterns(): readonly string[] {
  return [
    /* PLACEHOLDER_TITLE */ raw`/^(?:[(（]?(?:无标题|无题|untitled|no title)[)）]?)$/i`,
    /* BULLET */ raw`/^-[ \t]+([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/`,
    /* ITEM_SOURCE */ raw`/^[ \t]*(?:\*\*)?来源(?:\*\*)?[ \t]*[：:][ \t]*([^*\n]{1,40})(?:\*\*)?[ \t]*$/`,
    /* HEADING */ raw`/^#[ \t]+(\S.*)$/`,
    /* DATE */ raw`/(\d{4})-(\d{1,2})-(\d{1,2})/`,
    /* STOCK */ raw`/^([^()（）]*)[（(]([^()（）]*)[)）]$/`,
  ];
}
export const READERS_DIGEST_PATTERNS: readonly string[] = /* @__PURE__ */ readersDigestPatterns();

/** `readers/file-path.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersFilePathPatterns(): readonly string[] {
  return [
    /* EXTENSION */ raw`/\.[A-Za-z][A-Za-z0-9]{0,4}$/u`,
    /* GZIP_SUFFIX */ raw`/\.gz$/iu`,
    /* LEADING_DATE */ raw`/^\d{4}[-_.]?\d{1,2}[-_.]?\d{1,2}(?:[-_ ]+|(?=\p{Script=Han}))/u`,
    /* SLUG_PREFIX */ raw`/^[A-Za-z0-9][A-Za-z0-9.-]{0,39}_{1,2}(?=\p{Script=Han})/u`,
    /* COPY_MARK */ raw`/(?:\s\(\d{1,3}\)|\s-\s(?:副本|Copy))+$/u`,
    /* UNNAMED */ raw`/^(?:新建文本文档|新建\s*Microsoft|未命名|无标题)/u`,
    /* HAN */ raw`/\p{Script=Han}/gu`,
    /* HAS_HAN */ raw`/\p{Script=Han}/u`,
  ];
}
export const READERS_FILE_PATH_PATTERNS: readonly string[] = /* @__PURE__ */ readersFilePathPatterns();

/** `readers/heading-text.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersHeadingTextPatterns(): readonly string[] {
  return [
    /* HEADING_LINK */ raw`/(?<![!\\])\[([^[\]\n]*)\](?:\((?:<[^<>\n]*>|[^\s()]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)|\[[^[\]\n]*\])|<((?:[A-Za-z][\w+.-]{1,31}:|[\w.+-]+@)[^\s<>]*)>/g`,
  ];
}
export const READERS_HEADING_TEXT_PATTERNS: readonly string[] = /* @__PURE__ */ readersHeadingTextPatterns();

/** `readers/notebook.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersNotebookPatterns(): readonly string[] {
  return [
    /* CELL_TYPE */ raw`/"cell_type"\s*:/`,
    /* ANSI_ESCAPE */ raw`/\x1b\[[0-9;?]{0,32}[A-Za-z]/g`,
    /* LABELLED_LINE */ raw`/^(\p{Script=Han}{2,6}|[A-Za-z][A-Za-z _-]{0,23})[ \t]*[:：][ \t]*(\S.*)$/u`,
    /* DIGITS */ raw`/\d+/g`,
  ];
}
export const READERS_NOTEBOOK_PATTERNS: readonly string[] = /* @__PURE__ */ readersNotebookPatterns();

/** `readers/slide-deck.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersSlideDeckPatterns(): readonly string[] {
  return [
    /* SLIDE_SEPARATOR */ raw`/^---[ \t]*\r?$/m`,
    /* PRESENTER */ raw`/^\*\*([^*\s，。：:]{2,20})\*\*$/u`,
    /* DAY_LINE */ raw`/^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$/u`,
  ];
}
export const READERS_SLIDE_DECK_PATTERNS: readonly string[] = /* @__PURE__ */ readersSlideDeckPatterns();

/** `readers/sql-documents.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersSqlDocumentsPatterns(): readonly string[] {
  return [
    /* BODY_TABLE */ raw`/^(.+)_(?:data(?:_\d{1,3})?|content|body|text)$/i`,
    /* USER_NOTES_TABLE */ raw`/(?:^|_)(?:notes?|memos?)$/i`,
  ];
}
export const READERS_SQL_DOCUMENTS_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersSqlDocumentsPatterns();

/** `readers/sql-key-value.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersSqlKeyValuePatterns(): readonly string[] {
  return [
    /* KEY_OR_VALUE */ raw`/^(?:tag|field|key|(content|value))$/i`,
    /* FIELD_NAME */ raw`/^[a-z][a-z\d_]{0,31}$/i`,
  ];
}
export const READERS_SQL_KEY_VALUE_PATTERNS: readonly string[] = /* @__PURE__ */ readersSqlKeyValuePatterns();

/** `readers/tagged-records.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersTaggedRecordsPatterns(): readonly string[] {
  return [
    /* OPEN_TAG */ raw`/<([A-Za-z_][\w:.-]{0,63})((?:\s[^<>]{0,4000})?)>/y`,
    /* ATTRIBUTE */ raw`/([A-Za-z_][\w:.-]{0,63})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))/g`,
    /* CAPITALS */ raw`/^[A-Z][A-Z0-9_]*$/`,
    /* CLOSE_TAG */ raw`/<\/([A-Za-z_][\w:.-]{0,63})\s{0,40}>/y`,
  ];
}
export const READERS_TAGGED_RECORDS_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersTaggedRecordsPatterns();

/** `securities/name-flags.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function securitiesNameFlagsPatterns(): readonly string[] {
  return [
    /* ORGANISATION */ raw`/(?:公司|集团|控股|股份)$/`,
    /* INDUSTRY_WORD */ raw`/(?:银行|证券|保险|期货|信托|基金)$/`,
    /* LISTING_MARK */ raw`/-[A-Z]{1,3}$|^\*?ST/i`,
  ];
}
export const SECURITIES_NAME_FLAGS_PATTERNS: readonly string[] =
  /* @__PURE__ */ securitiesNameFlagsPatterns();

/** `stages/captions.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesCaptionsPatterns(): readonly string[] {
  return [
    /* CAPTION */ raw`/^(?:图片来源|图源|图为|图\s*[:：]|资料图|[（(]图片来源)|(?:供图|摄|制图|摄影|配图)[)）]?$/u`,
  ];
}
export const STAGES_CAPTIONS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesCaptionsPatterns();

/** `stages/fields.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFieldsPatterns(): readonly string[] {
  return [
    /* SPACED_NAMES */ raw`/^\p{Script=Han}{2,4}(?:[ \t\u3000]+\p{Script=Han}{2,4}){1,3}$/u`,
    /* CARD_COUNTS */ raw`/\s+(?:(?:粉丝|关注|获赞|文章)\s*[-:：]?\s*\d|\+加关注)[\s\S]*$/u`,
  ];
}
export const STAGES_FIELDS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesFieldsPatterns();

/** `stages/front-matter-yaml-full.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFrontMatterYamlFullPatterns(): readonly string[] {
  return [
    /* FLOW_INDICATORS */ raw`/[,[\]{}]/`,
    /* TAG_HANDLE */ raw`/^(?:!|!!|![a-z-]+!)$/i`,
    /* TAG_URI */ raw`/^(?:!|[^,[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()[\]])*$/i`,
  ];
}
export const STAGES_FRONT_MATTER_YAML_FULL_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesFrontMatterYamlFullPatterns();

/** `stages/front-matter-yaml.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFrontMatterYamlPatterns(): readonly string[] {
  return [
    /* NON_PRINTABLE */ raw`/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/`,
    /* FLOAT */ raw`/^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/`,
  ];
}
export const STAGES_FRONT_MATTER_YAML_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesFrontMatterYamlPatterns();

/** `stages/front-matter.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFrontMatterPatterns(): readonly string[] {
  return [
    /* FENCE */ raw`/^---[ \t]*$/`,
    /* CLOSING_FENCE */ raw`/^(?:---|\.\.\.)[ \t]*$/`,
    /* TOML_FENCE */ raw`/^\+\+\+[ \t]*$/`,
    /* TOML_KEY */ raw`/^([\w-]+)[ \t]*=/`,
    /* KEY_LINE */ raw`/^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+([\s\S]*))?$/`,
    /* LIST_ITEM */ raw`/^[ \t]*-[ \t]+([\s\S]*)$/`,
    /* PROPERTY */ raw`/([&!])(\S*)(?:[ \t]+|$)/y`,
    /* ALIAS */ raw`/^\*(\S+)$/`,
    /* BLOCK_SCALAR */ raw`/^[|>][-+0-9]*$/`,
  ];
}
export const STAGES_FRONT_MATTER_PATTERNS: readonly string[] = /* @__PURE__ */ stagesFrontMatterPatterns();

/** `stages/page-foot.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPageFootPatterns(): readonly string[] {
  return [
    /* BACK_LINK */ raw`/返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多$/u`,
    /* COMMA_OUTLET */ raw`/^[,，]\s*(\S{2,16})$/u`,
    /* TEASER */ raw`/^[^\n。！？!?]{1,40}\n[\s\S]*(?:…|\.{3})$/u`,
  ];
}
export const STAGES_PAGE_FOOT_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPageFootPatterns();

/** `stories/announcer.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesAnnouncerPatterns(): readonly string[] {
  return [
    /* ANNOUNCER */ raw`/^(?:\d{1,2}月\d{1,2}日(?:晚间|早间|午间|盘后|盘前)?[,，])?([\p{Script=Han}A-Za-z0-9*]{2,12}?)(?:[(（][^()（）]{1,24}[)）])?(?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|午间|盘后|盘前)?(?:发布)?公告/u`,
    /* GENERIC */ raw`/^(?:[该本某]?公司|[该本某]?集团|上市公司|[上深北港]交所)$/u`,
    /* COMMENTATOR */ raw`/^([\p{Script=Han}A-Za-z]{2,12}?)(?:公司)?(?:最新)?(?:(?:发布)?(?:研报|研究报告|点评)(?:称|指出|认为|预计|表示)|指出|认为|预计)[,，:：]/u`,
  ];
}
export const STORIES_ANNOUNCER_PATTERNS: readonly string[] = /* @__PURE__ */ storiesAnnouncerPatterns();

/** `stories/comparable.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesComparablePatterns(): readonly string[] {
  return [
    /* HEADLINE */ raw`/^【[^【】]{1,160}】/u`,
    /* DATELINE */ raw`/^[^\s，,。：:；;]{0,20}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)(?:[（(][^（）()]{0,20}[)）])?[，,：:\s]*/u`,
    /* TRAILING_CREDIT */ raw`/[（(][^（）()]{1,24}[)）]$/u`,
    /* HEADLINE_LINE */ raw`/^[^\n]{1,80}(?<![。!?;…”"])\n(?=[^\n])/u`,
    /* SOURCE_LINE */ raw`/^(?:文章)?来源[:：][^\n]{1,30}\n/u`,
    /* TRAILING_DECIMAL_ZEROS */ raw`/(\d)\.(\d*?)0+(?!\d)/gu`,
  ];
}
export const STORIES_COMPARABLE_PATTERNS: readonly string[] = /* @__PURE__ */ storiesComparablePatterns();

/** `stories/features.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesFeaturesPatterns(): readonly string[] {
  return [
    /* DOCUMENT */ raw`/《([^《》\n]{1,60})》/gu`,
    /* SENTENCE_END */ raw`/[。!?;\n]/u`,
    /* EDITORS_NOTE */ raw`/(?<=[。！？!?；;\s])(?:小财|编者|编)?注[:：]/u`,
    /* LEADING_INDEX */ raw`/^[^\s，,。；;：:、(（]{1,12}?指数/u`,
    /* TITLE_FIGURE */ raw`/\d+(?![\d年月日号时])/gu`,
    /* BRACKETED_CODE */ raw`/\((\d{6})(?:\.[a-z]{2})?\)/gu`,
    /* TARGET_PRICE */ raw`/将([^\s，,。；;、将]{1,12}?)(?:公司)?(?:的)?目标股?价/gu`,
    /* DECISION_TARGET */ raw`/对([^\s，,。；;、对]{2,16}?)(?:采取|出具|作出|给予|立案)/gu`,
    /* CLOCK_TIME */ raw`/(?<!\d)(\d{1,2})时(\d{1,2})分|(?<=日)(\d{1,2})时(?!\d)/gu`,
  ];
}
export const STORIES_FEATURES_PATTERNS: readonly string[] = /* @__PURE__ */ storiesFeaturesPatterns();

/** `stories/moves.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesMovesPatterns(): readonly string[] {
  return [
    /* RISE */ raw`/[涨升]|高开/u`,
    /* FALL */ raw`/[跌降]|失守|低开/u`,
    /* CROSS */ raw`/突破|站上|超/u`,
    /* STREAK */ raw`/^连续第?\d{1,3}个交易日/u`,
    /* CLAUSE_END */ raw`/[，,；;。：:、！!？?\n]/u`,
    /* DIGIT */ raw`/\d/u`,
    /* VERB_UP */ raw`/[涨升]|高开|走高|走强|拉升|上扬|冲高|反弹/u`,
    /* VERB_DOWN */ raw`/[跌降]|低开|失守|下挫|跳水|走低|走弱|重挫|杀跌/u`,
    /* VERB */ raw`/[涨跌升降]|高开|低开|走高|走强|拉升|上扬|冲高|反弹|飙升|失守|下挫|跳水|走低|走弱|重挫|杀跌/u`,
    /* SIZE */ raw`/^(?:现|目前|日内|盘中|盘初|截至发稿|一度){0,2}(?:大|暴|急|再)?(?:上涨|下跌|下挫|涨|跌)/u`,
    /* TURN */ raw`/转/u`,
    /* CIRCUMSTANCE */ raw`/^[^\d，,；;。：:、！!？?\n]{2,30}后[，,]/u`,
    /* VENUE */ raw`/美股|港股|a股|盘前|盘后|盘中|盘初|早盘|午后|尾盘|夜盘|日内|期货|主力合约|现货|股价/gu`,
    /* EXCHANGE */ raw`/^(?:广期所|上期所|大商所|郑商所|中金所|上期能源|港交所|lme|comex|nymex|cbot)/u`,
    /* MANNER */ raw`/(?:强势|大幅|直线|持续|延续|震荡|短线|快速|一度|再度|继续|[大暴急上下收])+$/u`,
    /* SHARE_CLASS */ raw`/(?<=[\u3400-\u9fff])(?:adr|-?[a-z]{1,2})$/u`,
    /* PERCENT_FIRST */ raw`/^\d+(?:\.\d+)?%/u`,
    /* NOT_A_NAME */ raw`/^(?:公司|该股|个股|大盘|市场|两市|三市|沪深|期市|汇市|债市|股市|其|此前|目前|盘面)$|指数|板块|概念|股指/u`,
    /* BOARD */ raw`/^(?:午后|早盘|盘初|盘中|尾盘)?([^\s，,。；;：:、！!？?]{2,10}?)(?:概念股?|板块)/u`,
    /* BOARD_UP */ raw`/走高|走强|拉升|活跃|反弹|冲高|强势|大涨|涨停|爆发|走红|回升|上扬|扩大涨幅|涨幅扩大/u`,
    /* BOARD_DOWN */ raw`/走低|走弱|下挫|跳水|回落|大跌|跌停|低迷|杀跌|重挫|扩大跌幅|跌幅扩大/u`,
    /* MEMBER */ raw`/^([^\s\d]{2,8}?)(?=[涨跌\d等]|走高|走强|走出|冲高|跟|纷纷|触及|封|双双|均|直线|一字|逼近|$)/u`,
    /* MEMBER_END */ raw`/[，,、]/u`,
    /* MANNER_BEFORE */ raw`/^(?:此前|随后|其中|另外)/u`,
    /* LEADING_PART */ raw`/(?:方向|板块|概念|分支)领[涨跌]$/u`,
    /* BOARD_MARKET */ raw`/^(?:港股|美股|a股|韩股|日股)/u`,
    /* SESSION */ raw`/^(?:\d{1,2}月\d{1,2}日)?[^，,。；;\n\d]{0,8}?(夜盘|港股|美股|a股|欧股|日股|韩股|股指期货|国债期货|期市|商品期货|期货|恒生指数|恒指|日经225指数|韩国kospi指数|韩国综指|韩国综合指数)(?:三大股?指数?)?(早盘开盘|开盘|早盘收盘|午间收盘|午盘|午评|收盘|收评|收市|(?:多数|集体|全线|普遍)?收[涨跌])/u`,
    /* GROUP_OPEN */ raw`/^[^，,。；;\n\d]{0,8}?(美股|欧股|欧洲股市|欧洲主要股指|港股|a股|日韩股市)(?:三大股?指数?|主要股?指数?)?(?:开盘|(?:集体|多数|全线|普遍|均)?(?:高开|低开|平开)(?![高低]?[收走]))/u`,
    /* A_SHARE_REVIEW */ raw`/^(午评|收评)/u`,
    /* A_SHARE_HALF_DAY */ raw`/^(?:沪指|上证指数|深成指|深证成指|创业板指)[^。！!？?\n]{0,160}?(?:两市|三市)半日/u`,
    /* LISTED_FIGURE */ raw`/^(超|逾|近)?(\d{1,3}(?:\.\d{1,2})?)%/u`,
    /* ALIAS */ raw`/[（(][^（）()]{0,12}[)）]/gu`,
    /* CALENDAR_WORD */ raw`/[年月日]/u`,
    /* LIST_CLAUSE_END */ raw`/[，,；;。！!？?：:\n]/u`,
  ];
}
export const STORIES_MOVES_PATTERNS: readonly string[] = /* @__PURE__ */ storiesMovesPatterns();

/** `stories/particulars.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesParticularsPatterns(): readonly string[] {
  return [
    /* SPEAKER */ raw`/^(?:[^，,。：:]{0,16}[，,])?([^，,。：:；;]{2,30}?)(?:发表声明|通报|表示|透露|指出|宣布|称|说)/u`,
    /* LATIN_WORD */ raw`/[a-z][a-z0-9]{2,}/gu`,
    /* IDEOGRAPH_OR_LETTER */ raw`/^[\p{Script=Han}a-z]{3}$/u`,
  ];
}
export const STORIES_PARTICULARS_PATTERNS: readonly string[] = /* @__PURE__ */ storiesParticularsPatterns();

/** `stories/quakes.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesQuakesPatterns(): readonly string[] {
  return [
    /* MAGNITUDE */ raw`/(?<![\d.])(\d)(?:\.(\d))?级地震/u`,
    /* MINUTE_TIME */ raw`/(?<!\d)(\d{1,2})时(\d{1,2})分/u`,
  ];
}
export const STORIES_QUAKES_PATTERNS: readonly string[] = /* @__PURE__ */ storiesQuakesPatterns();

/** `stories/quantities.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesQuantitiesPatterns(): readonly string[] {
  return [
    /* NUMBER */ raw`/(超过|超|逾|突破|站上|近|约|不足|不到)?(?<![a-z\d.-])(\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.(\d+))?(万亿|亿|万|千)?/gu`,
    /* UNIT */ raw`/^(?:个百分点|个基点|基点|%|点|(?:美元|港元|欧元|日元|英镑|韩元|元)(?:\/(?:股|桶|盎司|吨|磅|千克|克|辆))?|股|辆|台|吨|手|家|只|人|架|艘|桶|盎司|倍|次|个交易日|个|枚|件|例|名|项|座|位|款|套|标准箱|箱|年|月|日)/u`,
    /* CLAUSE_BREAK */ raw`/[，,；;。：:、！!？?\n]/gu`,
    /* SENTENCE_BREAK */ raw`/[。！!？?；;\n]/gu`,
    /* NOT_SUBJECT */ raw`/[\d.%\s]/gu`,
    /* APPROACH */ raw`/(?<![超逾近约达至报为了])[超逾近约达至报为了]+$/u`,
  ];
}
export const STORIES_QUANTITIES_PATTERNS: readonly string[] = /* @__PURE__ */ storiesQuantitiesPatterns();

/** `stories/releases.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function storiesReleasesPatterns(): readonly string[] {
  return [
    /* RELEASE */ raw`/^([^\s，,。；;:：]{2,40}?)(?:终值|初值|公布值|修正值|实际值)?[:：]?(-?\d+(?:\.\d+)?)%?[，,](?:预期|前值)/u`,
    /* READING_LABEL */ raw`/^(?:终值|初值|公布值|修正值|实际值|录得|报|为)?/u`,
  ];
}
export const STORIES_RELEASES_PATTERNS: readonly string[] = /* @__PURE__ */ storiesReleasesPatterns();

/** `assemble/id.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function assembleIdPatterns(): readonly string[] {
  return [
    /* INFO_CODE */ raw`/[?&]infoCode=([A-Z]{2}\d{10,})/`,
    /* NEWS_URL_ID */ raw`/\/news\/\d+,(\d{12,})\.html/`,
    /* FILE_NAME_ID */ raw`/^(?:id)?(\d{8,})$/i`,
  ];
}
export const ASSEMBLE_ID_PATTERNS: readonly string[] = /* @__PURE__ */ assembleIdPatterns();
