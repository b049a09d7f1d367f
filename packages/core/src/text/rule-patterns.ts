/**
 * The readers' and stages' own patterns as data: for each module named below, every top-level pattern that only its
 * functions read, its regular expression's literal as a string, in the order the module assigns them to its bindings
 * (its `compile…Patterns`, by position: no pattern's name is written in a string that no minifier shortens). A Worker
 * reads this entry (`@caixun/core/text/rule-patterns`, which core imports by the package's name) from its static assets
 * (`rule-patterns.json`) instead of carrying the patterns in its script (issue 11); each module compiles its own
 * table into bindings of its own when a function that reads one is first called, once for the process. Each table is
 * made by a function whose one call is marked pure, so that a bundle that imports no reader of a table drops it
 * (`test/rule-patterns.test.ts` holds each table's order to its module's).
 */

/**
 * `String.raw` under a one-word name, the tag of every pattern here written as its literal's raw text: a bundler keeps
 * a module's binding short, where `String.raw` would be written out at each pattern.
 */
const raw = String.raw;

/** `readers/record.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersRecordPatterns(): readonly string[] {
  const ENTITY_ID_KEY = raw`/^([A-Za-z][A-Za-z0-9]{0,11}_)id$/i`;
  const SCOPE_PREFIX = raw`/^[a-z]_[a-z]/`;
  const KEY_PREFIX = raw`/^([A-Za-z][A-Za-z0-9]{0,11}_)[A-Za-z]/`;
  const CODE_KEY = raw`/^(?:(?:sh|sz|bj|hk)\d{4,6}|\d{4,6}(?:\.(?:sh|ss|sz|bj|hk|tw|two))?)$/i`;
  const YEAR_KEY = raw`/^(?:19|20)\d{2}$/`;
  const INDEX_KEY = raw`/^(?:0|[1-9]\d{0,8})$/`;
  const CREDIT_LABEL = raw`/[:：]/`;
  const NAVIGATION_ENTRY = raw`/^(?:(?:点击|查看|阅读|浏览)?更多(?:内容|资讯|新闻|文章)?\s*(?:&gt;|>|»|›|→){0,3}|[\p{Script=Han}]{0,3}ICP[备证]\s*\d{1,12}号(?:-\d{1,4})?|\$\{\s*\w{1,40}\s*\}|\{\{\s*\w{1,40}\s*\}\}|(?:&nbsp;|\s){1,20})$/u`;
  const LIST_PAGE = raw`/^https?:\/\/[^/?#]+\/(?:[^?#]*[/_-])?list(?:\.[a-z]{2,5}|\/)?(?:[?#]|$)/i`;
  const FLASH_HEADLINE = raw`/^\s*【([^【】\n]{1,200})】/`;
  const HAN = raw`/\p{Script=Han}/u`;
  const HAN_RUN = raw`/(?:\p{Script=Han}[\p{P}\s]?){10}/u`;
  const WEIBO_TOPIC = raw`/^#[^#\n]{1,80}#$/u`;
  const TOPIC_MARKS = raw`/#([^#\n]{1,80})#/gu`;
  const PARAGRAPH_MARK = raw`/#&#(?!x?[\da-f]{1,7};)/giu`;
  const SPACE_JOINT = raw`/[ \u3000]{4,}/gu`;
  const SENTENCE_END = raw`/[。！？!?]/u`;
  const CUT_DISCLAIMER = raw`/(?<=[。！？!?])\s*(?:免责声明|风险提示|特别提示|特别声明|郑重声明|声明)[:：][^。！？!?\n]{0,60}$/u`;
  const TEASER_LINK = raw`/(?<=[。！？!?…])\s*点击(?:查看|阅读|了解)(?:全文|原文|详情|全图|大图|更多|完整\p{Script=Han}{0,4})?(?:[，,]\s*(?:了解|查看|阅读|获取)更多\p{Script=Han}{0,4})?[。！!]?\s*$/u`;
  const TEMPLATE_TOKEN = raw`/\[!--begin:([\w-]{1,40})--\][^[]{0,400}\[!--end:\1--\]/gu`;
  const LINK_PLACEHOLDER = raw`/^(?:详情|全文|原文|更多(?:内容|详情)?)?(?:请|敬请)?(?:点击|点|戳)?(?:查看|阅读|浏览|详见|见)?(?:下方|以下|此处|这里)?(?:链接|原文链接|原文|全文|详情)(?:查看|阅读|了解)?(?:详情|全文|原文)?[。.！!…]{0,3}$/u`;
  const POINTER_PLACEHOLDER = raw`/^[>》]{0,3}\s{0,2}[（(]?(?:详见|详情见|全文见|见)(?:今日|今天)?(?:本报)?(?:第?[A-Z]?\d{1,2}[版面]|[\p{Script=Han}A-Za-z]{1,12}?(?:网|客户端|APP)(?:\s{0,2}(?:www\.)?[A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,6}){1,2})?)[)）]?[。.]?$/u`;
  const HTML_TAG = raw`/<(?:p|br|div|span|img|a|strong|b|em|table|ul|ol|li|h[1-6])\b[^<>]*>/i`;
  const PASTED_MARKUP = raw`/^(?:\s|<[^<>]{0,200}>)*&lt;(?:p|div|span|h[1-6]|article|section|table)\b/i`;
  const SLUG = raw`/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/`;
  const FILE_PATH = raw`/^[!-.0-~]*\/[!-~]*$/`;
  const DATE_ONLY = raw`/^\d{4}-\d{1,2}-\d{1,2}$/`;
  const TIME_ONLY = raw`/^\d{1,2}:\d{2}(?::\d{2})?$/`;
  const SITE_ADDRESS = raw`/^https?:\/\//i`;
  const GLUED_SOURCE_CREDIT = raw`/^((?:文章|本文)?来源[:：]\s?)(\p{Script=Han}{2,12})/u`;
  const CREDIT_SET_OFF = raw`/[\s\p{P}]/u`;
  const PROFILE_PAGE = raw`/^https?:\/\/[^/?#]{1,100}\/(?:c\/)?(?:users?|u|authors?|profile|people|members?)\/[^?#]{0,200}(?:[?#]\S{0,200})?$/i`;
  const LINK_KEY = raw`/(?:^|[_-])(?:url|link|href|URL|LINK|HREF)(?=$|[_-]|[A-Z])|[a-z](?:Url|URL|Link|Href)(?=$|[_-]|[A-Z])/`;
  const MEDIA_LINK_KEY = raw`/img|image|pic|photo|thumb|cover|icon|logo|avatar|audio|video|mp3|mp4|media/i`;
  const TIME_KEY = raw`/(?:[Tt]ime(?:[Ss]tamp)?|TIME|[Dd]ate|DATE|_at|[a-z]At)(?:_?(?:text|str|string)|Text|Str|String)?$/`;
  const OTHER_MOMENT = raw`/update|modif|edit|crawl|fetch|scrap|collect|push|expir|insert|sync|start|begin|end|deadline|^[mu]_?time/i`;
  const WRITTEN_DATE = raw`/^\d{4}(?:[-/.年]\d{1,2}|\d{4}(?:\D|$))/`;
  const CREDIT_KEY = raw`/author|editor|byline|writer|reporter|staff|credit/i`;
  const CLOSED_NAME_LIST = raw`/^(?:[^;；\d\n]{1,40}[;；])+\s*$/u`;
  return [
    ENTITY_ID_KEY,
    SCOPE_PREFIX,
    KEY_PREFIX,
    CODE_KEY,
    YEAR_KEY,
    INDEX_KEY,
    CREDIT_LABEL,
    NAVIGATION_ENTRY,
    LIST_PAGE,
    FLASH_HEADLINE,
    HAN,
    HAN_RUN,
    WEIBO_TOPIC,
    TOPIC_MARKS,
    PARAGRAPH_MARK,
    SPACE_JOINT,
    SENTENCE_END,
    CUT_DISCLAIMER,
    TEASER_LINK,
    TEMPLATE_TOKEN,
    LINK_PLACEHOLDER,
    POINTER_PLACEHOLDER,
    HTML_TAG,
    PASTED_MARKUP,
    SLUG,
    FILE_PATH,
    DATE_ONLY,
    TIME_ONLY,
    SITE_ADDRESS,
    GLUED_SOURCE_CREDIT,
    CREDIT_SET_OFF,
    PROFILE_PAGE,
    LINK_KEY,
    MEDIA_LINK_KEY,
    TIME_KEY,
    OTHER_MOMENT,
    WRITTEN_DATE,
    CREDIT_KEY,
    CLOSED_NAME_LIST,
  ];
}
export const READERS_RECORD_PATTERNS: readonly string[] = /* @__PURE__ */ readersRecordPatterns();

/** `credits/outlets.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsOutletsPatterns(): readonly string[] {
  const OUTLET_ENDING = raw`/(?:[网網]|社|[报報]|[台臺]|刊|之[声聲音家]|[财財][经經]|新[闻聞]|[资資][讯訊]|央[视視]|在[线線]|客[户戶]端|[传傳]媒|媒[体體]|[频頻]道|[电電][视視]|[广廣]播|[杂雜][志誌]|[观觀]察|研究院|APP|App|\d{4,6})$/u`;
  const NOT_OUTLET = raw`/^\d+$|^(?:本报|本台|本刊|本网|我报|该报|该网|记者|据|今日|昨日|近日|今天|昨天|公司|集团|截至|截止|目前|消息|新闻|报道|网友|网|社|报|台)$|^(?:更多|最新|热点|热门|相关|行业|财经|今日|每日|实时|要闻)?资讯$|^(?:据|本|该|各|多家|一家|有关|相关|官方|外媒|媒体)|(?:国|外|地|方|湾|港|澳|台|美|日|韩|英|俄)媒体?$/u`;
  const NAME_CHARS = raw`/^[\p{Script=Han}A-Za-z0-9·・\-. ]+$/u`;
  const PAPER_WITH_BRAND = raw`/^(\p{Script=Han}{2,8}报)([A-Za-z\p{Script=Han}]{2,6})$/u`;
  const SITE_CHANNEL = raw`/^(\p{Script=Han}{1,8}网)\p{Script=Han}{1,6}频道$/u`;
  const OWNED_PART = raw`/^[\p{Script=Han}A-Za-z0-9]{1,12}(?:网|频道|新闻)$/u`;
  const SPACE = raw`/[ \t\u3000]/`;
  const LEGAL_FORM = raw`/(?<=\p{Script=Han}{2})(?:股份有限公司|有限责任公司|有限公司)$/u`;
  const SCRIPT_GAP = raw`/(?<=[A-Za-z0-9])[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \t\u3000]+(?=[A-Za-z0-9])/gu`;
  const OUTLET_CHANNEL_OR_UNIT = raw`/^(.{2,16}?)(?:快讯|电报|7[x×X*]24|新[闻聞]中心|[A-Za-z]{0,12}(?:研究中心|数据中心|数据))$/u`;
  const OUTLET_APP = raw`/^(\p{Script=Han}[\p{Script=Han}0-9]{1,15})(?:APP|App)$/u`;
  const ACCOUNT_CREDIT = raw`/^(?!微信|官方)(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,15}?)(?:官方)?(?:(微信(?:公众号|公号)?|公众号|公号)|(微博)|官微)$/u`;
  const PORTAL_CHANNEL = raw`/^(?:新浪|和讯|网易|搜狐|腾讯|凤凰|金融界|中金在线|东方财富|中国经济网|中华网)(?:美股|港股|股票|期货|基金|银行|保险|理财|外汇|黄金|债券|证券|科技|数码|手机|汽车|房产|财经|商业|体育|娱乐|游戏|教育|健康|原创)$/u`;
  const PORTAL_SITE = raw`/^(?:手机)?(\p{Script=Han}{2})网$/u`;
  const NEWS_BRAND = raw`/^(.{1,12})新闻$/u`;
  const PUBLICATION_ENDING = raw`/(?:[网網]|(?<!旅行|合作|公)社|[报報]|[台臺]|刊|新聞)$/u`;
  const FEED_TITLE_JOINT = raw`/\s*[|｜_—–]\s*|\s+-\s+|\s+/u`;
  const PADDED_NAME = raw`/^\p{Script=Han}(?:[ \t\u3000]{1,4}\p{Script=Han}){1,2}$/u`;
  const PERSON_NAMES = raw`/^\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){1,3}$/u`;
  const APP_OR_CLIENT = raw`/^(\p{Script=Han}[\p{Script=Han}0-9]{1,15})(?:APP|App|客户端)$/u`;
  const PAPER_OR_SITE_WORD = raw`/^(.{2,}?)(?:[报報]?[网網]?|[财財][经經])$/u`;
  const PLATFORM_ACCOUNT = raw`/^(?:\p{Script=Han}{1,4}号|新浪看点|网易订阅|简书|知乎专栏|雪球专栏)$/u`;
  return [
    OUTLET_ENDING,
    NOT_OUTLET,
    NAME_CHARS,
    PAPER_WITH_BRAND,
    SITE_CHANNEL,
    OWNED_PART,
    SPACE,
    LEGAL_FORM,
    SCRIPT_GAP,
    OUTLET_CHANNEL_OR_UNIT,
    OUTLET_APP,
    ACCOUNT_CREDIT,
    PORTAL_CHANNEL,
    PORTAL_SITE,
    NEWS_BRAND,
    PUBLICATION_ENDING,
    FEED_TITLE_JOINT,
    PADDED_NAME,
    PERSON_NAMES,
    APP_OR_CLIENT,
    PAPER_OR_SITE_WORD,
    PLATFORM_ACCOUNT,
  ];
}
export const CREDITS_OUTLETS_PATTERNS: readonly string[] = /* @__PURE__ */ creditsOutletsPatterns();

/** `enrich/date-evidence.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichDateEvidencePatterns(): readonly string[] {
  const BLOG_DAY = raw`/(?:(?<han>十[一二]?|[一二三四五六七八九])月|(?<digits>\d{1,2})月|(?<![A-Za-z])(?<latin>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)\s*(?<day>\d{1,2})(?:st|nd|rd|th)?\s*[,，]\s*(?<year>\d{4})$/u`;
  const BYLINE_META_DAY = raw`/^By\s?[:：]\s?[^\s.·|][^.·|]{0,30}?\s?[.·|]\s?(\d{4})-(\d{1,2})-(\d{1,2})\.?(?:\s[\d,]{1,11})?$/u`;
  const SIGNATURE_DAY = raw`/^(?:[^\s。！？，,；;：:]{1,40}[会局部厅委司行院所处办室团社府心])?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u`;
  const URL_HOST = raw`/^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#]*/iu`;
  const LONG_DIGITS = raw`/\d{15,}/g`;
  const DAY_FOLDER = raw`/^(?:\d{4}[-_.]?\d{1,2}[-_.]?\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$/u`;
  const CHINA_TIME_NOTE = raw`/^[（(]北京时间[)）]$/u`;
  const STAMP_BADGE = raw`/^(?:原创|独家|首发|置顶)\s+(?=\d)/u`;
  const WRITER_BEFORE_STAMP = raw`/^(\p{Script=Han}{2,4}|[A-Za-z][A-Za-z.'-]{1,20}(?: [A-Za-z][A-Za-z.'-]{1,20}){0,2})[ \t　]+(?:([^\s\d]{2,20})[ \t　]+)?(?=\d)/u`;
  const STAMP = raw`/^(?:(?<year>\d{4})\s*[-./年]\s*)?(?<month>\d{1,2})\s*[-./月]\s*(?<day>\d{1,2})(?:T|\s*(?:日\s*)?)(?<hour>\d{1,2})\s*[:：时]\s*(?<minute>\d{2})(?:\s*[:：分]\s*(?<second>\d{2})(?:\.\d{1,6})?)?(?:\s*(?<meridiem>[AaPp]\.?[Mm]\.?)(?![A-Za-z0-9]))?(?<zone>Z|[+-]\d{2}:?\d{2}(?!\d))?\s*(?:秒)?/u`;
  const TIME_AFTER_DAY = raw`/^\s{0,3}日?\s{0,3}(?:[（(]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][)）]?\s{0,3})?(?:北京时间|北京時間)?\s{0,3}(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?(?![\d:：])/u`;
  return [
    BLOG_DAY,
    BYLINE_META_DAY,
    SIGNATURE_DAY,
    URL_HOST,
    LONG_DIGITS,
    DAY_FOLDER,
    CHINA_TIME_NOTE,
    STAMP_BADGE,
    WRITER_BEFORE_STAMP,
    STAMP,
    TIME_AFTER_DAY,
  ];
}
export const ENRICH_DATE_EVIDENCE_PATTERNS: readonly string[] = /* @__PURE__ */ enrichDateEvidencePatterns();

/** `readers/detect.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersDetectPatterns(): readonly string[] {
  const INLINE_START = raw`/^<span\b/i`;
  const SQL_START = raw`/^(?:--|\/\*|(?:SET|DROP|CREATE|INSERT|REPLACE|LOCK|USE|BEGIN|START|PRAGMA|COPY)\b|#(?:[ \t]*\r?\n#)?[ \t]+(?:Host:|Generator: MySQL-Front|(?:Structure|Data) for table "))/i`;
  const SQL_ROWS = raw`/^[ \t]*(?:(?:INSERT|REPLACE)[ \t]+(?:IGNORE[ \t]+)?INTO\s|COPY[ \t][^\n;]{1,300}?[ \t]FROM[ \t]+stdin)/im`;
  const SQL_DUMP_HEAD = raw`/^(?:-- (?:MySQL dump|phpMyAdmin SQL Dump|PostgreSQL database dump)|PRAGMA[ \t]|BEGIN TRANSACTION;|CREATE[ \t]+TABLE[ \t])/im`;
  const SQL_SESSION_LINE = raw`/^[ \t]*(?:\r?$|--|#|\/\*[^\n]*\*\/[ \t]*\r?$|((?:\/\*[^\n]*\*\/|(?:SET|USE|DROP|LOCK|UNLOCK|START|BEGIN|COMMIT|PRAGMA)\b[^\n]*);[ \t]*\r?$))/i`;
  const FRONT_MATTER_FENCE = raw`/^(?:[ \t\r]*\n)*(?:---|\+\+\+)[ \t\r]*(?:\n|$)/`;
  const DIGEST_SECTION_ANYWHERE = raw`/^##[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[｜|]/m`;
  const JSON_START = raw`/^(?:\{\s*"[^"\n]{0,200}"\s*:|\[\s*(?:\{\s*(?:"|\})|\[\s*"|\]\s*$))/`;
  const JSON_LINES_NAME = raw`/\.(?:jsonl|ndjson)(?:\.gz)?$/i`;
  return [
    INLINE_START,
    SQL_START,
    SQL_ROWS,
    SQL_DUMP_HEAD,
    SQL_SESSION_LINE,
    FRONT_MATTER_FENCE,
    DIGEST_SECTION_ANYWHERE,
    JSON_START,
    JSON_LINES_NAME,
  ];
}
export const READERS_DETECT_PATTERNS: readonly string[] = /* @__PURE__ */ readersDetectPatterns();

/** `stages/body.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesBodyPatterns(): readonly string[] {
  const MDX_IMPORT = raw`/^import[ \t]+(?:[^'"\n]{1,200}[ \t]from[ \t]*)?['"][^'"\n]{1,300}['"][ \t]*;?[ \t]*$/u`;
  const BLANK_LINE = raw`/\n[ \t]*\n/`;
  const CJK_EDGE = raw`/^[（《「“：:，。！？；、）》」”]|[（《「“：:，。！？；、）》」”]$/u`;
  const LIST_ITEM = raw`/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/mu`;
  const NUMERIC_MATH = raw`/\$([+-]|[\d+-][\d .,+-]{0,46}(?:\d|\\%))\$/g`;
  const SENTENCE_END = raw`/[。！？!?][”」』）)]*[ \t]*$/u`;
  const UNINDENTED_CJK = raw`/^[\p{Script=Han}【“「《（]/u`;
  const ATTRIBUTE_BLOCK = raw`/^\{[#.][^{}\s]{1,100}(?:[ \t][^{}\n]{0,200})?\}[ \t]*$/`;
  const ATX_LEVEL = raw`/^ {0,3}(#{1,6})(?:[ \t]|$)/`;
  const TABSET_ATTRIBUTES = raw`/^\{[^{}]{0,200}\.tabset\b[^{}]{0,200}\}[ \t]*$/`;
  const ATX_HEADING = raw`/^ {0,3}#{1,6}[ \t]/`;
  const SETEXT_UNDERLINE = raw`/^ {0,3}(?:=+|-+)[ \t]*$/`;
  const HTML_BLOCK_START = raw`/^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--)/`;
  const RAW_TEXT_OPEN = raw`/<(pre|script|style|textarea)[\s>]/i`;
  const PLACEHOLDER = raw`/<!--caixun-html-block:(\d+)-->/g`;
  const TAG = raw`/<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^<>A-Za-z0-9-][^<>]*)?>/g`;
  return [
    MDX_IMPORT,
    BLANK_LINE,
    CJK_EDGE,
    LIST_ITEM,
    NUMERIC_MATH,
    SENTENCE_END,
    UNINDENTED_CJK,
    ATTRIBUTE_BLOCK,
    ATX_LEVEL,
    TABSET_ATTRIBUTES,
    ATX_HEADING,
    SETEXT_UNDERLINE,
    HTML_BLOCK_START,
    RAW_TEXT_OPEN,
    PLACEHOLDER,
    TAG,
  ];
}
export const STAGES_BODY_PATTERNS: readonly string[] = /* @__PURE__ */ stagesBodyPatterns();

/** `credits/export-frame.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsExportFramePatterns(): readonly string[] {
  const APP_LINK = raw`/^(?:(?:Read|Open|View)\s+(?:it\s+)?(?:on|in)\s+[A-Z][\w.-]{1,20}(?:\s+[A-Z][\w.-]{1,12})?|(?:跳转到|跳转至|前往|在)\s?[A-Za-z\p{Script=Han}][\w.\p{Script=Han}-]{1,20}?\s?中?(?:查看|打开|阅读))$/u`;
  const ORIGINAL_LINK = raw`/^(?:(?:Read|View|Open|See)\s+(?:the\s+)?original(?:\s+(?:article|page|post))?|Original\s+(?:URL|link|article|page))$/iu`;
  const BETWEEN_LINKS = raw`/^[\s|｜·•/-]*$/u`;
  const TAG_LINE = raw`/^(?:#[^\s#[\]]{1,30}|\[\[[^\]\n]{1,40}\]\])(?:\s+(?:#[^\s#[\]]{1,30}|\[\[[^\]\n]{1,40}\]\]))*$/u`;
  const CONTENT_LABEL = raw`/^(?:#{1,6}\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:Full\s+Content|Full\s+Text|Content|Original\s+Article|Page\s+Content|正文全文|正文|全文|原文全文|网页正文)\s*[:：]?$/iu`;
  const HIGHLIGHTS_LABEL = raw`/^(?:#{1,6}\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:Annotations|Highlights|My\s+Notes|Notes|标注|高亮|划线|批注|笔记)\s*[:：]?$/iu`;
  const FIELD_LINE = raw`/^([A-Za-z][\w-]{0,30})\s*:\s+\S.{0,120}$/u`;
  const ESCAPED_HEADING = raw`/^(#{1,6})\s+(\S[^\n]{0,120})$/u`;
  const HOST = raw`/^(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,12}$/iu`;
  const HOST_NAMES = raw`/^[^\s。！？，,；;：:]{1,24}(?:\s+[^\s。！？，,；;：:]{1,24}){0,2}$/u`;
  const SITE_SEPARATOR = raw`/^\s*[-–—_|｜]/u`;
  return [
    APP_LINK,
    ORIGINAL_LINK,
    BETWEEN_LINKS,
    TAG_LINE,
    CONTENT_LABEL,
    HIGHLIGHTS_LABEL,
    FIELD_LINE,
    ESCAPED_HEADING,
    HOST,
    HOST_NAMES,
    SITE_SEPARATOR,
  ];
}
export const CREDITS_EXPORT_FRAME_PATTERNS: readonly string[] = /* @__PURE__ */ creditsExportFramePatterns();

/** `readers/markdown.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersMarkdownPatterns(): readonly string[] {
  const ATX_TITLE = raw`/^[ \t]{0,3}#{1,3}[ \t]+(.*)/`;
  const SETEXT_UNDERLINE = raw`/^[ \t]{0,3}(?:=+|-+)[ \t]*$/`;
  const SENTENCE_MARK = raw`/[。！？]/u`;
  const COMMENT_LINE = raw`/^[ \t]*<!--(?:[^-]|-(?!->))*-->[ \t]*$/`;
  const LINKED_TITLE = raw`/^\[([^[\]\n]+)\]\((https?:\/\/[^\s()]+)\)$/`;
  const NAVIGATION_HEADING = raw`/^\[(?::[a-z_]{1,20}:)?\s*(?:(?:返回|回到)(?:首页|首頁|主页|主頁|目录|目錄|列表)?|首页|首頁|主页|主頁|目录|目錄|home|back|index)\s*\]\([^\s()]*\)$/iu`;
  const RULE_OR_BLANK = raw`/^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})?$/`;
  const DISCLOSURE_HEADER = raw`/^(?:(?:证券|股票|债券|基金)(?:代码|简称)|公告编号)\s*[:：]/u`;
  const DOCUMENT_KIND = raw`/(?:公告|通知|通告|决定|决议|报告|函|意见|办法|规定|公示|声明|说明|批复|回复)$/u`;
  const SUMMARY_HEADING = raw`/^(?:AI\s*)?(?:摘要|总结|概要|速览)$|^(?:AI\s+)?(?:Summary|TL;?DR)$/iu`;
  const ATX_HEADING = raw`/^[ \t]{0,3}(#{1,6})[ \t](.*)$/`;
  const NUMBERED_HEADING = raw`/^(?:\d{1,3}(?:[.、．)）]|\s)|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节部])/u`;
  const OPEN_ADDRESS = raw`/^https?:\/\/[^\s()]*$/u`;
  const QUOTE_OR_IMAGE = raw`/^[ \t]{0,3}(?:>|!\[[^\]\n]*\]\([^()\s]*\)[ \t]*$)/`;
  return [
    ATX_TITLE,
    SETEXT_UNDERLINE,
    SENTENCE_MARK,
    COMMENT_LINE,
    LINKED_TITLE,
    NAVIGATION_HEADING,
    RULE_OR_BLANK,
    DISCLOSURE_HEADER,
    DOCUMENT_KIND,
    SUMMARY_HEADING,
    ATX_HEADING,
    NUMBERED_HEADING,
    OPEN_ADDRESS,
    QUOTE_OR_IMAGE,
  ];
}
export const READERS_MARKDOWN_PATTERNS: readonly string[] = /* @__PURE__ */ readersMarkdownPatterns();

/** `stages/plain-head.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPlainHeadPatterns(): readonly string[] {
  const PAGE_META = raw`/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.{0,24}来源[:：]/u`;
  const SENTENCE_MARK = raw`/[。！？，；!?,;]/u`;
  const TITLE_SUFFIX_OPENING = raw`/^\s*[-–—_|｜]/u`;
  const HOST_LINE = raw`/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu`;
  const SLOT_LINE = raw`/^[\p{Script=Han}A-Za-z]+(?:[,，、][\p{Script=Han}A-Za-z]+)*$/u`;
  const RESEARCH_HOUSE = raw`/^\p{Script=Han}{2,6}(?:证券|期货|研究所|研究院|研究部)$/u`;
  const NAME_SEPARATOR = raw`/[,，、]/u`;
  const OWN_STORY = raw`/^(.{6,100}?)本报讯(?![（(\s])/u`;
  const TAGGED_HEAD = raw`/^([^。！？；!?;【】]{6,60}?)【\p{Script=Han}{2,4}】\s?(?=本报|记者|\S{0,12}?\d{1,2}月\d{1,2}日(?:电|讯))/u`;
  const HEAD_END = raw`/[。！？]|记者|通讯员/u`;
  const SPEAKER = raw`/^(\p{Script=Han}{2,10})[:：]/u`;
  return [
    PAGE_META,
    SENTENCE_MARK,
    TITLE_SUFFIX_OPENING,
    HOST_LINE,
    SLOT_LINE,
    RESEARCH_HOUSE,
    NAME_SEPARATOR,
    OWN_STORY,
    TAGGED_HEAD,
    HEAD_END,
    SPEAKER,
  ];
}
export const STAGES_PLAIN_HEAD_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPlainHeadPatterns();

/** `readers/page-properties.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersPagePropertiesPatterns(): readonly string[] {
  const PROPERTY_LINE = raw`/^(?:[-*][ \t]+)?([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})::(?=[^\n]*$)(?:[ \t]+([^\n]*))?$/`;
  const METADATA_ITEM = raw`/^[-*][ \t]+([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}):{1,2}(?=[^\n]*$)[ \t]+([^\n]*)$/`;
  const METADATA_HEADING = raw`/^#{2,3}[ \t]+Metadata[ \t]*$/i`;
  const IMAGE_LINE = raw`/^!\[[^\]\n]*\]\([^()\s]*\)[ \t]*$/`;
  const REFERENCE = raw`/#?\[\[([^[\]\n]+)\]\]|#([^\s#,，[\]]+)/gu`;
  const REFERENCES_ONLY = raw`/^(?:(?:#?\[\[[^[\]\n]+\]\]|#[^\s#,，[\]]+)[\s,，]*)+$/u`;
  const PROPERTIES_COMMENT_OPEN = raw`/^<!--[A-Za-z]{0,8}[ \t]*$/`;
  const COMMENT_PROPERTY = raw`/^([A-Za-z][\w-]{0,30}|\p{Script=Han}{1,8})[ \t]*[:：][ \t]*(\S[^\n]*)$/u`;
  const STYLED_SPAN = raw`/<span[ \t]+style="([^"<>]*)"[ \t]*>([^<\n]*)<\/span>/gi`;
  const STYLED_SPAN_LINE = raw`/^(?:[ \t]*<span[ \t]+style="[^"<>]*"[ \t]*>[^<\n]*<\/span>)+[ \t]*$/i`;
  const STYLED_DIV_LINE = raw`/^<div[ \t]+style="[^"<>]*"[ \t]*>([^<\n]*)<\/div>[ \t]*$/i`;
  const SUMMARY_LABEL = raw`/^(?:摘要|内容摘要|内容提要|提要|导读)[ \t]*[:：][ \t]*/u`;
  const FONT_SIZE = raw`/font-size[ \t]*:[ \t]*(\d+(?:\.\d+)?)[ \t]*(pt|px)/i`;
  const DATE_ONLY = raw`/^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u`;
  return [
    PROPERTY_LINE,
    METADATA_ITEM,
    METADATA_HEADING,
    IMAGE_LINE,
    REFERENCE,
    REFERENCES_ONLY,
    PROPERTIES_COMMENT_OPEN,
    COMMENT_PROPERTY,
    STYLED_SPAN,
    STYLED_SPAN_LINE,
    STYLED_DIV_LINE,
    SUMMARY_LABEL,
    FONT_SIZE,
    DATE_ONLY,
  ];
}
export const READERS_PAGE_PROPERTIES_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersPagePropertiesPatterns();

/** `stages/title.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesTitlePatterns(): readonly string[] {
  const LEADING_PUNCTUATION = raw`/^[\s，,、；;：:。．.！!？?）)】」』”’]+/u`;
  const HEADLINE_AND_KEYWORDS = raw`/^(\S.{4,80}?[^\s,，。！？；:：]),\s+[^\s,，。！？；:：]{1,16}(?:\s*,\s*[^\s,，。！？；:：]{1,16}){1,9}$/u`;
  const BYLINE_ONLY = raw`/^(?:本报)?(?:特约)?记者.{2,16}(?:发自\p{Script=Han}{2,6}|报道)?$/u`;
  const HEADING_DOTS = raw`/[·・]/gu`;
  const PAGE_STAMP = raw`/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$/u`;
  const BRACKETED_DATE = raw`/(?<![ \t])[ \t]*[[［【]\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[\]］】]$/u`;
  const PRINT_PAGE = raw`/^第?[A-Z]?\d{1,3}版[ \t]?[-–—:：|｜][ \t]?/u`;
  return [
    LEADING_PUNCTUATION,
    HEADLINE_AND_KEYWORDS,
    BYLINE_ONLY,
    HEADING_DOTS,
    PAGE_STAMP,
    BRACKETED_DATE,
    PRINT_PAGE,
  ];
}
export const STAGES_TITLE_PATTERNS: readonly string[] = /* @__PURE__ */ stagesTitlePatterns();

/** `stages/plain-text.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPlainTextPatterns(): readonly string[] {
  const LEAD = raw`/^(?:本报|记者|通讯员|简介|摘要|导语|编者按|【|\d{1,2}月\d{1,2}日|\S{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息))/u`;
  const PARAGRAPH_INDENT = raw`/^(?:\u3000| {2}|\t)/u`;
  const INLINE_BREAK = raw`/(?<=\S)[\u3000]{2,}/u`;
  const STAMP = raw`/^(?:(?:https?:\/\/)?[\w.-]+\.(?:com|cn|net|org)[^\s]*\s*|\p{Script=Han}{2,8}\s+)?(\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?\s*(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?)(?:\s*(?:来源|作者|编辑)[:：])?$/u`;
  const POST_HEADER = raw`/^([^\s｜|]{1,24}?)\s*[｜|]\s*(\d{4}\s*[年/-]\s*\d{1,2}\s*[月/-]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)$/u`;
  const POSTED_HEAD = raw`/^(\S.{3,}?[^\s\d])(\d{4}-\d{1,2}-\d{1,2})\s+([\p{Script=Han}A-Za-z0-9_]{2,20})$/u`;
  const ONE_SENTENCE = raw`/^[^。！？!?]+[。.！？!?]?$/u`;
  const DISPATCH_LABEL = raw`/^【[^】]{0,20}(?:讯|电|消息)】/u`;
  const HAN = raw`/\p{Script=Han}/u`;
  return [
    LEAD,
    PARAGRAPH_INDENT,
    INLINE_BREAK,
    STAMP,
    POST_HEADER,
    POSTED_HEAD,
    ONE_SENTENCE,
    DISPATCH_LABEL,
    HAN,
  ];
}
export const STAGES_PLAIN_TEXT_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPlainTextPatterns();

/** `enrich/securities.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichSecuritiesPatterns(): readonly string[] {
  const SPACED_CODE_NAME = raw`/(?:^|[^\p{Script=Han}])\p{Script=Han}{1,7}[^编編码碼号號话話址机機真\P{Script=Han}]$/u`;
  const HK_CODE_NAME = raw`/\p{Script=Han}(?:-[A-Z]{1,2})?$/u`;
  const BARE_CODE = raw`/(?<![\w.])(\d{6})\.(SH|SS|SZ|BJ)\b|(?<![\w.])(\d{4,5})\.HK\b/g`;
  const EXCHANGE_TICKER = raw`/(?<![A-Za-z])(NASDAQ|Nasdaq|纳斯达克|NYSE|纽交所|AMEX|HKEX|港交所)[ \t]?[:：][ \t]?(?:([A-Z]{1,5})(?![A-Za-z.])|(\d{4,5})(?![\d.]))/g`;
  const NAMED_CODE = raw`/(?:股票|证券)代码[ \t]?(?:为|是)?[:：]?[ \t]?["“「]?(\d{6})(?!\d)/g`;
  return [SPACED_CODE_NAME, HK_CODE_NAME, BARE_CODE, EXCHANGE_TICKER, NAMED_CODE];
}
export const ENRICH_SECURITIES_PATTERNS: readonly string[] = /* @__PURE__ */ enrichSecuritiesPatterns();

/** `readers/labelled.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersLabelledPatterns(): readonly string[] {
  const COLON_LABEL = raw`/^([A-Za-z][A-Za-z _-]{0,23}|\p{Script=Han}{2,6})[ \t]*[:：][ \t]?(.*)$/u`;
  const BRACKET_LABEL = raw`/^【[ \t\u3000]{0,4}((?:\p{Script=Han}[ \t\u3000]{0,4}){2,6})】[ \t\u3000]?(.*)$/u`;
  const QUOTED_FIRST_LINE = raw`/^[ \t\r\n]*>/`;
  const QUOTE_MARKS = raw`/^[ \t]{0,3}>[ \t]?/gm`;
  const SUBTITLE = raw`/^[ \t\u3000]*(?:——|--)[ \t]?\S/u`;
  const RULE = raw`/^[ \t]*(?:-{5,}|={5,}|\*{5,}|_{5,})[ \t]*$/`;
  const BREAK = raw`/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/`;
  const CUT_SHORT = raw`/(?:\.{3}|…{1,2})\s*$/u`;
  const PREAMBLE = raw`/^[ \t\r\n]*#{1,6}[ \t][^\n]*\n(?:[ \t\r]*\n|[ \t]*[-*+][ \t][^\n]*\n)*[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t\r]*\n/`;
  const PREAMBLE_ITEM = raw`/^[ \t]*[-*+](?=.*$)[ \t]+(.+)$/u`;
  const EMPTY_VALUE = raw`/^(?:[-—–]+|无|暂无|n\/a|none|null|unknown)$/iu`;
  return [
    COLON_LABEL,
    BRACKET_LABEL,
    QUOTED_FIRST_LINE,
    QUOTE_MARKS,
    SUBTITLE,
    RULE,
    BREAK,
    CUT_SHORT,
    PREAMBLE,
    PREAMBLE_ITEM,
    EMPTY_VALUE,
  ];
}
export const READERS_LABELLED_PATTERNS: readonly string[] = /* @__PURE__ */ readersLabelledPatterns();

/** `securities/names.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function securitiesNamesPatterns(): readonly string[] {
  const STOCK_CUE = raw`/(?:股份|股价|股票|A股|H股|港股|美股|公司|集团|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|逆[涨跌]|盘[中初后]|午后|尾盘|早盘|开盘|低开|高开|公告|发布公告|回应|市值|总市值|董事会|股东|目标价|目标股价|评级|财报|业绩|营收|季度|财季|第?[一二三四1-4]财?季|Q[1-4]|[上下]半年|全年|日内|首席执行官|CEO|首席财务官|CFO|董事长|创始人)/iy`;
  const ACTION_CUE = raw`/(?:称|表示|宣布|据悉|预计|发布|推出|官宣|确认|否认|起诉|收购|计划|[涨降]价|多款|新一代|手机)/y`;
  const OWN_SHARES_CUE = raw`/(?:股价|股票|股份|[(（]|涨停|跌停|[涨跌](?:超|逾|近|幅|停|\d)|[大收微]?[涨跌]\d|市值|总市值|目标价|目标股价|评级)/y`;
  const SHARE_CLASS = raw`/[ABH]股/iy`;
  const LIST_SEPARATOR = raw`/^[、和与及]$/`;
  const ANOTHER_COMPANY = raw`/(?:(?![的之和与及等旗下入股成立设在为是将对向了共同参控合多家孙子全该其此各])\p{Script=Han}){0,4}?(?:新能源|能源|药业|医药|制药|生物|科技|技术|电子|电气|电力|汽车|投资|实业|置业|地产|物流|材料|化工|环保|资本|贸易|建设|工程|信息|网络|软件|通信|光电|智能|食品|农业|矿业|航空|机械|设备|装备|商贸)(?:有限)?公司/uy`;
  return [STOCK_CUE, ACTION_CUE, OWN_SHARES_CUE, SHARE_CLASS, LIST_SEPARATOR, ANOTHER_COMPANY];
}
export const SECURITIES_NAMES_PATTERNS: readonly string[] = /* @__PURE__ */ securitiesNamesPatterns();

/** `credits/site-suffix.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function creditsSiteSuffixPatterns(): readonly string[] {
  const TEMPLATE_SITE_NAME = raw`/^(?:我的(?:网站|博客)|网站名称)$/u`;
  const TAIL = raw`/(?<![\s_|｜\-–—])(\s+[-–—|｜_]\s+|\s*｜\s*|_|[-–—]\s+)([^\s_|｜\-–—][^_|｜\-–—]{0,39})$/u`;
  const CHANNEL_AND_SITE = raw`/^(.+?)--([^-\s]{1,12})--([^-\s]{2,20})$/u`;
  const HALF_SPACED = raw`/^[-–—]\s+$/u`;
  const GLUED_TAIL = raw`/(?<![A-Za-z0-9])([-–—])([^\s_|｜\-–—]{1,20})$/u`;
  const ACRONYM = raw`/^[A-Z]{2,6}$/u`;
  const BARE_NAME = raw`/^[\p{Script=Han}A-Za-z]+$/u`;
  const KEYWORD = raw`/^[\p{Script=Han}A-Za-z0-9]+$/u`;
  const DOCUMENT_SECTION = raw`/研究报告|研报|公告/u`;
  const WRITER_PREFIX = raw`/^(?:【[^【】]{1,12}】\s*)?([^｜|【】\s][^｜|【】]{0,15}?)\s*[｜|]\s*(\S.*)$/u`;
  const EPISODE_TITLE = raw`/^([^\s|｜:：\-–—][^|｜:：\-–—]{0,23}?)\s?(?<![A-Za-z])(?:EP|Ep)\.?\s?\d{1,5}(?:\s*[|｜:：\-–—]|$)/u`;
  const COLUMN_PLATFORM_FIRST = raw`/^(\p{Script=Han}{2,5})\s*[·・|｜]\s*([^\s·・|｜][^·・|｜]{0,29}?)\s*$/u`;
  return [
    TEMPLATE_SITE_NAME,
    TAIL,
    CHANNEL_AND_SITE,
    HALF_SPACED,
    GLUED_TAIL,
    ACRONYM,
    BARE_NAME,
    KEYWORD,
    DOCUMENT_SECTION,
    WRITER_PREFIX,
    EPISODE_TITLE,
    COLUMN_PLATFORM_FIRST,
  ];
}
export const CREDITS_SITE_SUFFIX_PATTERNS: readonly string[] = /* @__PURE__ */ creditsSiteSuffixPatterns();

/** `enrich/dates.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichDatesPatterns(): readonly string[] {
  const ISO_LIKE = raw`/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$/i`;
  const RFC_2822 = raw`/^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/`;
  const CHINESE = raw`/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/`;
  const US_SHORT_DATE = raw`/^(\d{1,2})\/(\d{1,2})\/(\d{2})$/`;
  const SHORT_YEAR_DAY = raw`/^(\d{2})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/`;
  const COMPACT_DAY = raw`/^(\d{4})(\d{2})(\d{2})$/`;
  return [ISO_LIKE, RFC_2822, CHINESE, US_SHORT_DATE, SHORT_YEAR_DAY, COMPACT_DAY];
}
export const ENRICH_DATES_PATTERNS: readonly string[] = /* @__PURE__ */ enrichDatesPatterns();

/** `stages/front-matter-flat.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesFrontMatterFlatPatterns(): readonly string[] {
  const BLANK = raw`/^[ \t]*$/`;
  const KEY_START = raw`/^[A-Za-z]/`;
  const FIELD = raw`/^([A-Za-z][A-Za-z0-9_-]*): +([^ \t].*)$/`;
  const LIST_KEY = raw`/^([A-Za-z][A-Za-z0-9_-]*): *$/`;
  const ITEM = raw`/^( +)- +([^ \t].*)$/`;
  const IMPLICIT_KEY = raw`/^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/`;
  const TRUE = raw`/^(?:true|True|TRUE)$/`;
  const FALSE = raw`/^(?:false|False|FALSE)$/`;
  const FLOW_SPECIAL = raw`/[[\]{},:"'#\t]/`;
  const PRINTABLE = raw`/^[^\t\0-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]*$/`;
  const QUOTED_INSIDE = raw`/^[^"'\\]*$/`;
  const PLAIN_BREAK = raw`/: |:$| #/`;
  const DAY = raw`/^\d{4}-\d{1,2}-\d{1,2}$/`;
  const NOT_A_NUMBER = raw`/^[-+]?\.?[0-9].*[g-nG-Zp-wyz]/`;
  const IMPLICIT_VALUE = raw`/^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.?[0-9][0-9A-Za-z_.:+-]*|\._[0-9A-Za-z_.:+-]*|[-+]?\.[A-Za-z]+)$/`;
  return [
    BLANK,
    KEY_START,
    FIELD,
    LIST_KEY,
    ITEM,
    IMPLICIT_KEY,
    TRUE,
    FALSE,
    FLOW_SPECIAL,
    PRINTABLE,
    QUOTED_INSIDE,
    PLAIN_BREAK,
    DAY,
    NOT_A_NUMBER,
    IMPLICIT_VALUE,
  ];
}
export const STAGES_FRONT_MATTER_FLAT_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesFrontMatterFlatPatterns();

/** `stages/markdown-direct.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesMarkdownDirectPatterns(): readonly string[] {
  const PLACEHOLDER_LINE = raw`/^<!--caixun-html-block:\d+-->$/`;
  const BLANK = raw`/^[ \t]*$/`;
  const LEADING_SPACES = raw`/^[ \t]+/`;
  const WHITE_START = raw`/^\s/`;
  const WHITE_END = raw`/\s$/`;
  const EDGE_SPACE = raw`/^\s|\s$/`;
  const AUTOLINK = raw`/<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\0- ]*)>/y`;
  return [PLACEHOLDER_LINE, BLANK, LEADING_SPACES, WHITE_START, WHITE_END, EDGE_SPACE, AUTOLINK];
}
export const STAGES_MARKDOWN_DIRECT_PATTERNS: readonly string[] =
  /* @__PURE__ */ stagesMarkdownDirectPatterns();

/** `assemble/control-characters.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function assembleControlCharactersPatterns(): readonly string[] {
  const CONTROL = raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/`;
  const CONTROL_ALL = raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g`;
  const MARKS = raw`/([^\u061c\u200e\u200f]?)([\u061c\u200e\u200f]+)(?=([^\u061c\u200e\u200f]?))/gu`;
  const RIGHT_TO_LEFT = raw`/[\u0590-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u`;
  const HAS_MARK = raw`/[\u061c\u200e\u200f]/`;
  const SUSPECT = raw`/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/`;
  return [CONTROL, CONTROL_ALL, MARKS, RIGHT_TO_LEFT, HAS_MARK, SUSPECT];
}
export const ASSEMBLE_CONTROL_CHARACTERS_PATTERNS: readonly string[] =
  /* @__PURE__ */ assembleControlCharactersPatterns();

/** `extract/page.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function extractPagePatterns(): readonly string[] {
  const POSITIVE = raw`/article|content|text|txt|body|detail|main|post|entry|zw|正文/i`;
  const NEGATIVE = raw`/nav|menu|footer|foot|header|sidebar|side|comment|pinglun|recommend|tuijian|rank|paihang|hot|related|xiangguan|share|fenxiang|copyright|shenming|ad[-_]|adv|banner|login|search|weizhi|path|crumb|tags?\b|list/i`;
  const PUNCTUATION = raw`/[，。！？；、,]/g`;
  const PUNCTUATION_ONE = raw`/[，。！？；、,]/`;
  const FRONT_PAGE_LABEL = raw`/^(?:前往|返回|进入|回到)?\s*(\S.{1,15}?)\s*首页$/u`;
  const ARTICLE_TYPE = raw`/^(?:[A-Za-z]{0,24}Article|BlogPosting|LiveBlogPosting|Report)$/u`;
  const TITLE_PARTS = raw`/(?<!\s)\s*(?:_|\||｜|--|(?<!\d)-(?!\d)|—)\s*/`;
  const TEMPLATE_SLOT = raw`/^(?:\$\{[^{}]{1,80}\}|\{\{[^{}]{1,80}\}\}|<%=[^%]{1,80}%>)$/`;
  const YEARLESS_STAMP = raw`/(?<!\d)(\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2})[:：](\d{2})/gu`;
  return [
    POSITIVE,
    NEGATIVE,
    PUNCTUATION,
    PUNCTUATION_ONE,
    FRONT_PAGE_LABEL,
    ARTICLE_TYPE,
    TITLE_PARTS,
    TEMPLATE_SLOT,
    YEARLESS_STAMP,
  ];
}
export const EXTRACT_PAGE_PATTERNS: readonly string[] = /* @__PURE__ */ extractPagePatterns();

/** `stages/credits.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesCreditsPatterns(): readonly string[] {
  const READING_UI_TAIL = raw`/[继繼][续續]滑[动動]看下一[个個]\s*([^\n。！？]{2,30}?)\s*向上滑[动動]看下一[个個]$/u`;
  const BRACKETED_WRITER = raw`/^[[【［]([^[\]【】［］]{1,30})[\]】］]$/u`;
  const CLOSING_TRANSLATION_CREDIT = raw`/(?<=[。！？”])\s*[\p{Script=Han}A-Za-z]{2,12}?(?:编译自|摘译自|译自)\s*[A-Za-z][^\n]{0,200}$/u`;
  const ADDRESSED_SIGN_OFF = raw`/(?<=[。！？!?”」』])\s*([\p{Script=Han}A-Za-z]{2,12})\s+((?:www\.)?[A-Za-z0-9-]{2,30}(?:\.[A-Za-z]{2,6}){1,2})。?$/u`;
  const POINTER_WORDS = raw`/请|详见|详情|官网|访问|登录|关注/u`;
  return [READING_UI_TAIL, BRACKETED_WRITER, CLOSING_TRANSLATION_CREDIT, ADDRESSED_SIGN_OFF, POINTER_WORDS];
}
export const STAGES_CREDITS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesCreditsPatterns();

/** `readers/sql.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersSqlPatterns(): readonly string[] {
  const COLUMN_COMMENT = raw`/\bCOMMENT(?:\s*=)?\s*'([^'\\]{1,40})'/i`;
  const TIMESTAMP_TYPE = raw`/^\s*timestamp\b/i`;
  const SESSION_TIME_ZONE = raw`/\bSET\s+(?:SESSION\s+)?time_zone\s*=\s*['"]([+-](?:1[0-3]|0?\d):[0-5]\d|\+14:00)['"]/i`;
  const SQL_STAMP = raw`/^(?!0000)\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/`;
  return [COLUMN_COMMENT, TIMESTAMP_TYPE, SESSION_TIME_ZONE, SQL_STAMP];
}
export const READERS_SQL_PATTERNS: readonly string[] = /* @__PURE__ */ readersSqlPatterns();

/** `readers/typst.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersTypstPatterns(): readonly string[] {
  const TYPST_START = raw`/^#(?:(?:import|include)[ \t]+"|(?:set|let)[ \t]+[\w.-]+[ \t(=]|show[ \t:])/`;
  const RULE_LINE = raw`/^#(?:import|include|set|show|let)\b/`;
  const TITLE_ARGUMENT = raw`/\btitle:[ \t]*"([^"\n]+)"/`;
  const BLOCK_OPEN = raw`/^#[a-z][\w.-]*(?:\([^()\n]*\))?\[$/`;
  const CALL_OPEN = raw`/^#([a-z][\w.-]*)\(/`;
  const HEADING = raw`/^(=+)[ \t]+/`;
  const CELL = raw`/\[([^[\]\n]*)\]/g`;
  const COLUMNS = raw`/\bcolumns:[ \t]*(?:(\d+)|\(([^()]*)\))/`;
  return [TYPST_START, RULE_LINE, TITLE_ARGUMENT, BLOCK_OPEN, CALL_OPEN, HEADING, CELL, COLUMNS];
}
export const READERS_TYPST_PATTERNS: readonly string[] = /* @__PURE__ */ readersTypstPatterns();

/** `readers/feed.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersFeedPatterns(): readonly string[] {
  const HREF = raw`/\shref\s*=\s*["']([^"']*)/`;
  const REL = raw`/\srel\s*=\s*["']([^"']*)/`;
  const TERM = raw`/\sterm\s*=\s*["']([^"']*)/`;
  const QUOTE_WIDGET = raw`/(?:在本文中|In this article)[A-Z0-9.\s-]{1,80}?(?:关注您最喜爱的股票|Follow your favorite stocks)\s*(?:创建免费帐户|CREATE FREE ACCOUNT)/gu`;
  const BROKEN_CLOSING_TAG = raw`/(?<=[。！？!?”」』…])[ \t]*\/?(?:div|span|p)(?:&gt;|>)$/u`;
  const TITLE_OPEN = raw`/<title(?:\s[^<>]*)?>/i`;
  const BUILT_OPEN = raw`/<lastbuilddate(?:\s[^<>]*)?>/i`;
  const WORD_CHARACTER = raw`/[\p{L}\p{N}]/u`;
  const ITEM_OPEN = raw`/<(item|entry)[\s>]/g`;
  return [
    HREF,
    REL,
    TERM,
    QUOTE_WIDGET,
    BROKEN_CLOSING_TAG,
    TITLE_OPEN,
    BUILT_OPEN,
    WORD_CHARACTER,
    ITEM_OPEN,
  ];
}
export const READERS_FEED_PATTERNS: readonly string[] = /* @__PURE__ */ readersFeedPatterns();

/** `readers/code-records.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersCodeRecordsPatterns(): readonly string[] {
  const COMMENT_FIELD = raw`/^[ \t]*\*[ \t]+([A-Za-z_]\w{0,40})[ \t]+:[ \t]?(.*)$/gm`;
  const LITERAL_VALUE = raw`/^(?:\{.*\}|\[.*\])$/`;
  const NAMED_ROW = raw`/(?:^|[:：][ \t]*)([A-Za-z_]\w{0,30}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,30}){2,20})[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\(?(['"][^\n]*)$/gm`;
  const COMMENTED_CODE_LINE = raw`/^[ \t]*\/\/[ \t]*(?:((?:[^ \t\n][^\n]*)?")[ \t;]*$|[^\n]*)/gm`;
  const RETURN_BEFORE = raw`/(?:^|[^\w$])return$/`;
  return [COMMENT_FIELD, LITERAL_VALUE, NAMED_ROW, COMMENTED_CODE_LINE, RETURN_BEFORE];
}
export const READERS_CODE_RECORDS_PATTERNS: readonly string[] = /* @__PURE__ */ readersCodeRecordsPatterns();

/** `markdown/links.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function markdownLinksPatterns(): readonly string[] {
  const BAD_PROTOCOL = raw`/^(vbscript|javascript|file|data):/`;
  const GOOD_DATA = raw`/^data:image\/(gif|png|jpeg|webp);/`;
  const PROTOCOL = raw`/^[a-z0-9.+-]+:/i`;
  const PORT = raw`/:[0-9]*$/`;
  const HOST_LABEL = raw`/^[+a-zA-Z0-9_\-\u0080-\uFFFF]{0,63}$/`;
  const HOST_LABEL_START = raw`/^([+a-z0-9A-Z_-]{0,63})(.*)$/`;
  const TO_ENCODE = raw`/%[0-9A-Fa-f]{2}|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\w;/?:@&=+$,\-.!~*'()#]/g`;
  return [BAD_PROTOCOL, GOOD_DATA, PROTOCOL, PORT, HOST_LABEL, HOST_LABEL_START, TO_ENCODE];
}
export const MARKDOWN_LINKS_PATTERNS: readonly string[] = /* @__PURE__ */ markdownLinksPatterns();

/** `stages/publish-date.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesPublishDatePatterns(): readonly string[] {
  const PUBLISH_KEY = raw`/^(?:publish(?:ed)?|pub|post(?:ed)?|release(?:d)?)[_-]?(?:time|date|at|on)$/iu`;
  const COPY_DAY_KEY = raw`/creat|updat|modif|edit|fetch|sav|crawl|lastmod|expir|access|clip|captur|scrap|collect|import|采集|抓取|爬取|更新|修改|创建|收藏/iu`;
  const TIME_ELEMENT = raw`/<time\b[^>]{0,200}?\bdatetime\s*=\s*["']([^"'<>]{10,40})["']/giu`;
  return [PUBLISH_KEY, COPY_DAY_KEY, TIME_ELEMENT];
}
export const STAGES_PUBLISH_DATE_PATTERNS: readonly string[] = /* @__PURE__ */ stagesPublishDatePatterns();

/** `stages/blocks.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function stagesBlocksPatterns(): readonly string[] {
  const MARKDOWN_BOLD_LINE = raw`/^\*\*([^*]{1,80})\*\*$/u`;
  const NOT_HEADING_END = raw`/[。！？!?；;，,：:、]$/u`;
  const HIDDEN_CLASS = raw`/(?:^|\s)(?:element-(?:invisible|hidden)|screen-reader-text|sr-only|visually-hidden)(?:\s|$)/`;
  const TASK_BOX = raw`/^\s*\[[ xX]\][ \t\u00a0]+/`;
  return [MARKDOWN_BOLD_LINE, NOT_HEADING_END, HIDDEN_CLASS, TASK_BOX];
}
export const STAGES_BLOCKS_PATTERNS: readonly string[] = /* @__PURE__ */ stagesBlocksPatterns();

/** `enrich/quote-markup.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function enrichQuoteMarkupPatterns(): readonly string[] {
  const QUOTE_HOSTS = raw`/sina\.com\.cn|eastmoney\.com|10jqka\.com\.cn|xueqiu\.com|gu\.qq\.com|cls\.cn|163\.com|jrj\.com\.cn|hexun\.com|\/quotes?\//i`;
  const NAME_TEXT = raw`/^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9*＊\-－ ]{2,16}$/u`;
  const NOT_NAME = raw`/^(?:行情|股吧|资金流向|财务|个股|点击|查看|更多|详情|研报)/u`;
  return [QUOTE_HOSTS, NAME_TEXT, NOT_NAME];
}
export const ENRICH_QUOTE_MARKUP_PATTERNS: readonly string[] = /* @__PURE__ */ enrichQuoteMarkupPatterns();

/** `readers/python-literal.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function readersPythonLiteralPatterns(): readonly string[] {
  const NAME = raw`/[A-Za-z_][\w.]*/y`;
  const NUMBER = raw`/[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[lLjJ]?/y`;
  const STRING_PREFIX = raw`/[uUbBrRfF]{1,2}(?=['"])/y`;
  const SPACE = raw`/\s*/y`;
  return [NAME, NUMBER, STRING_PREFIX, SPACE];
}
export const READERS_PYTHON_LITERAL_PATTERNS: readonly string[] =
  /* @__PURE__ */ readersPythonLiteralPatterns();

/** `packs/json.ts`'s patterns, in the order its `compile…Patterns` assigns them. */
function packsJsonPatterns(): readonly string[] {
  const NAME = raw`/^[a-z0-9][a-z0-9-]{0,63}$/`;
  const ESCAPE = raw`/\\(?:u\{[\da-f]+\}|u[\da-f]{4}|x[\da-f]{2}|[pP]\{[^}]*\}|c[a-z]|k<[^>]*>|\d+|[\s\S])/iy`;
  const CODE_ESCAPE = raw`/\\(?:u\{([\da-f]+)\}|u([\da-f]{4})|x([\da-f]{2}))/gi`;
  const COUNT = raw`/\{(\d+)(?:,(\d*))?\}/y`;
  return [NAME, ESCAPE, CODE_ESCAPE, COUNT];
}
export const PACKS_JSON_PATTERNS: readonly string[] = /* @__PURE__ */ packsJsonPatterns();
