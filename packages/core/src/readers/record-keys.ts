// @caixun/core/readers/record-keys — the record mapping's tables: the keys dumps in the wild use for each
// Article field (`DEFAULT_MAPPING`) and the labels and column names exports write for them (`LABEL_KEYS`).
// Data the record readers read through `readers/mapping.ts`. An entry of its own, as
// `@caixun/core/credits/hosts` is, so that a Worker can read the tables from its static assets instead of
// carrying them (wrangler.jsonc `alias`, apps/api/src/asset-record-keys.ts); core imports them by the
// package's own name, and what the readers derive from them (the sets of keys) is made at first use, not
// when their modules load.
import type { RecordMapping } from "./mapping.js";

/** Key names that dumps in the wild use for each field, most specific first. */
export const DEFAULT_MAPPING: Required<Omit<RecordMapping, "match" | "feed">> = {
  name: "default",
  fields: {
    id: [
      "id",
      "_id",
      "uuid",
      "guid",
      "news_id",
      "newsId",
      "article_id",
      "articleId",
      "doc_id",
      "docid",
      "infoCode",
    ],
    title: [
      "title",
      "headline",
      "news_title",
      "newsTitle",
      "subject_title",
      // A site mock's and a list page's abbreviated headline (meizhouren/huhuitong's `news_tit` beside `news_con`; the
      // `class="news_tit"` of 搜狐's and Naver's news lists).
      "news_tit",
      // A blog CMS's post table (ThinkCMF 5's `cmf_portal_post`, WordPress's `wp_posts`): `post_title` beside
      // `post_content` and `post_excerpt`, among a dozen other `post_` columns (too few to be cut as a shared prefix).
      "post_title",
      // A mock module's abbreviated headline over its pasted page (`headTit` beside `headTime` and `detail.content`).
      "headTit",
    ],
    content: [
      "content",
      "body",
      "text",
      "article",
      "content_text",
      "contentText",
      "content_html",
      "html",
      "news_content",
      "news_body",
      // 新浪财经 7x24's API item.
      "rich_text",
      // EmpireCMS's body table (`phome_ecms_news_data_1`).
      "newstext",
      // A news.sina.com.cn crawler's misspelt key for the page's text (ling007/sina_news's `json.dump`: `artile`).
      "artile",
      // A student news site's misspelt body column (a Navicat dump's `news` table: `contect` beside `digest`).
      "contect",
      // A blog's Markdown source beside (or instead of) its rendered HTML (`content_md`, `markdown_content`: the
      // `content` column may be NULL, or hold the HTML read first).
      "content_md",
      "markdown_content",
      // A CMS's or a commerce API's rendered body (Ghost's and Shopify's `body_html`), as an archive rebuilt from saved
      // pages keeps it (Logoutx/qdaily_full_backup's `body_html` beside `body_text_len`).
      "body_html",
      // The same site mock's abbreviated body (`news_con` after `news_tit`), and a P2P news crawl's misspelt one
      // (Andy0526/business_web's hot-topic items: `concent` beside `item_pub_time` and `title`).
      "news_con",
      "concent",
      // CNKI's newspaper-database export, as crawlers save it (`Number,Title,Author,…,Contents,Keywords`; `Contents` reads as `contents`).
      "contents",
      // The blog CMS's post body (see `post_title`).
      "post_content",
      // A filing's or a report's whole text beside a summary of it (a dashboard's investor-relations cache: `summary` a
      // model's digest, `fulltext` the PDF's text), as crawlers of announcements and reports name it.
      "fulltext",
      "full_text",
      "fullText",
      // A crawler's text cleaned of its page's markup, the whole article on one line (a WeChat public-account crawler's
      // daily CSV: `clean_text` beside `content_preview`, that text cut at ~300 characters and closed with `...`).
      "clean_text",
      // The same mock's record of a page's body (`detail: { content: \`<p>…\` }`).
      "detail.content",
      // news-please's article record (`maintext` beside `date_publish`, `source_domain`, `url`, `title`), as a news
      // classifier's scripts keep its samples.
      "maintext",
      // A sentence-classification dataset's record of a story (`title`, `sentence`, `label`: GLUE's field names), kept
      // last: read only where no body key is.
      "sentence",
    ],
    summary: [
      "summary",
      "brief",
      "digest",
      "description",
      "abstract",
      "short",
      "desc",
      // A broker app's news API (`{id, dt, title, sum, stockList, auth}`): the story's first paragraphs.
      "sum",
      // 华尔街见闻's article lists (`content_short` beside `display_time`): the article's dek.
      "content_short",
      // A market site's scraped list item (an investing app's fabricator: `title`, `preview` cut with `...`, `source`).
      "preview",
      // The WeChat crawler's cut copy of its `clean_text` (read only where no whole text is).
      "content_preview",
      // Baidu's feed API (`abs` one sentence, `long_abs` the story's lead; `content` may be empty).
      "long_abs",
      // The blog CMS's post summary (see `post_title`).
      "post_excerpt",
      // A news-list app's one-line teaser under each headline (a Navicat dump's `newslist`: `title`, `introduction COMMENT
      // '新闻简介'`, cut with `...`). Not the short `intro`, which an app's share objects give their site's tagline in
      // (新浪新闻's `intro: "新浪新闻，24小时播报…"` beside each story's, datasets/fresh-88).
      "introduction",
    ],
    publishedAt: [
      "datetime",
      // JSON Feed's item key, and schema.org's (JSON-LD NewsArticle) as scrapers copy it.
      "date_published",
      // news-please's (see `maintext`).
      "date_publish",
      "datePublished",
      "published_at",
      "publishedAt",
      "published",
      "published_time",
      "publish_time",
      "publishTime",
      // A news API's publish time before its record's creation (Readhub's topics: `publishDate` beside `createdAt`).
      "publishDate",
      "publish_date",
      "pub_date",
      "pubDate",
      "pubdate",
      "showTime",
      "display_time",
      // Baidu's feed API: the source's time beside the feed's (`sourcets` before `ts`, Unix milliseconds as strings).
      "sourcets",
      // When an event or a filing was announced, the time of a stock-event app's and an announcement feed's record beside
      // its row's own stamps (a 财联社 telegraph export's `announcement_date` before `created_at` in UTC; cninfo's
      // `announcementTime` in Unix milliseconds; 东方财富's announcement list's `notice_date`).
      "announcement_date",
      "announcementTime",
      "notice_date",
      // A record's date for its readers before its row's creation stamp (Readhub's archived topics: `date` on Beijing's
      // clock beside `createdAt` in UTC, one instant).
      "date",
      "created_at",
      "createdAt",
      // A crawler's item stamped on the page's own time beside its crawl's (金融界's `create_time` before `crawl_time`).
      "create_time",
      "ctime",
      "timestamp",
      "time",
      "news_time",
      // EmpireCMS's article head (`newstime` before `truetime`, the row's own).
      "newstime",
      // A news-analysis API's time of day beside its abbreviated day (`tim: "2020-11-26 10:29:18"` after `dt: "2020-11-26"`).
      "tim",
      // A news API's abbreviated time (a broker app's `dt`, Unix milliseconds).
      "dt",
      // A Scrapy spider's item key (an eastmoney spider's `post_time: "2016年03月15日 08:28"`, zone-less: +08:00).
      "post_time",
      // A news crawl's item time (Andy0526/business_web's 金评媒 and P2P观察网 items, a Go feed store's
      // `json:"item_pub_time"` beside `item_fetch_time`).
      "item_pub_time",
      // The same mock's labelled time (`headTime: '日期：2013-08-21 14:09:53'`).
      "headTime",
      // A dashboard's and a feed API's bare stamp (a watchlist-news cache's `ts: 1789668117` in Unix seconds; Baidu's feed
      // item's own `ts` after its `sourcets`), kept last: a record's named dates come first.
      "ts",
    ],
    url: [
      // A record's one address for the story before the links it also gives (东方财富's `Art_UniqueUrl` beside `Art_Url`).
      "uniqueUrl",
      "canonicalUrl",
      "canonical_url",
      "url",
      "link",
      "href",
      "shareurl",
      "shareUrl",
      "share_url",
      "source_url",
      "sourceUrl",
      "originalUrl",
      // An archive's record of the story's own address beside the copy it was rebuilt from (Logoutx/qdaily_full_backup's
      // `original_url` after `archive_url`, a web.archive.org address).
      "original_url",
      "appUrl",
      "news_url",
      // 华尔街见闻's live items (`uri`), 新浪's feed items (`docurl`).
      "uri",
      "docurl",
    ],
    feedKey: ["source", "feed", "site", "platform"],
    feedName: [
      "source_name",
      "sourceName",
      "site_name",
      "siteName",
      "feed_name",
      "feedName",
      "publisher",
      "media",
      "source",
      // A feed reader's entry names the feed it came from in an object (feedparser's `source: {title, href}`).
      "source.title",
      // A news app's feed item names the account that published it in an object (新浪新闻's timeline `mediaInfo: {name:
      // "健康时报", description, avatar}`; 今日头条's feed `media_info: {name: "人民网", media_id, avatar_url}`).
      "mediaInfo.name",
      "media_info.name",
      "news_source",
      // A news API's abbreviated credit (`{id, dt, title, sum, auth}`: `auth: "财新网"`, `"智通财经"`).
      "auth",
      // EmpireCMS's body table's credit column.
      "befrom",
      // The paper an e-paper scraper's record comes from (`newspaper: "文艺报"` beside a 新华社 story it printed).
      "newspaper",
      // A WeChat official account's name, as article indexes and exporters keep it beside the article (`mp_name:
      // "招商电子"`, `account_name`): the account published the piece.
      "mp_name",
      "account_name",
      // A Scrapy spider's item naming the paper it crawls (`website: "自由時報"`).
      "website",
      // A news.sina.com.cn spider's outlet key (avartia/NewsSpider's `src: "经济参考报"`, `src: "新华网"`).
      "src",
      // A CMS's outlet column: a news site's `fromto` (`'第一财经日报'` beside `fromuser` 'admin').
      "fromto",
      // A content API's byline object names the paper its writers work for (FT中文网's `byline: {organization:
      // "英国《金融时报》", authors: […]}`; the New York Times' Article Search API's `byline: {original, organization}`).
      "byline.organization",
      // A research-report listing's issuer: eastmoney's report API (`orgSName: "中邮证券"`, `orgName` the company's
      // name), tushare's `research_report` (`inst_csname`); a listing's row has no text (`isReportListing`).
      "orgSName",
      "orgName",
      "inst_csname",
      // A site's name under `site` when it is a name and not a slug (新浪's roll API: `site: "新浪网"`; a translation
      // service's records: `site: "路透社"` beside `source_url`); a slug there is the feed's key (`feedKey`).
      "site",
    ],
    categories: ["categories", "category", "column", "section"],
    tags: ["subjects", "tags", "tag", "keywords", "labels", "topics"],
    // A writer given as an object: 华尔街见闻's article lists (`author: {display_name, uri}`), JSON Feed's (`author: {name}`).
    // … and a social platform's status its `user` (Weibo's, 雪球's, Twitter's APIs: `user: {screen_name}`).
    author: [
      "author",
      "authors",
      "byline",
      "reporter",
      "writer",
      "author.display_name",
      "author.name",
      "user.screen_name",
      // … or flattened onto the post, as dashboards cache 雪球's and Weibo's posts (`screen_name` beside `user_id`).
      "screen_name",
      // … and a news app's API its publishing account's (今日头条's open platform: `Author: {AuthorName}`; a news app's
      // mock API: `author: {userName, userId, userImg}`).
      "author.AuthorName",
      "author.userName",
      // A misspelt author column of CMS and course demos (`authour` beside `releaseTime`, `AUTHOUR` beside `CONTENT`).
      "authour",
      // A research report's analyst (eastmoney's report API: `researcher: "陈文倩"` beside `orgSName`).
      "researcher",
    ],
    editor: ["editor", "responsible_editor"],
  },
  securities: [
    {
      path: "stocks",
      code: ["code", "secid", "symbol", "StockID", "stockCode", "ticker"],
      name: ["name", "stockName", "secName"],
      market: ["market", "exchange"],
    },
    { path: "securities", code: ["code", "symbol"], name: ["name"], market: ["market", "exchange"] },
    { path: "symbols" },
    { path: "tickers" },
    // One code a record is filed under (a stock-news search export's `code` column, `002855`): its stock list of one.
    { path: "stock_code" },
    // The stock a research report covers (eastmoney's report API: `stockCode` beside `stockName` and `orgSName`).
    { path: "stockCode" },
    { path: "code" },
  ],
  drop: [],
};

/**
 * Labels and column names of exports that are not record keys, and the key each is: a text export's
 * labelled lines (`标题：…`, `readers/labelled.ts`), a CSV export's header (`标题,正文,发布时间`) and a
 * tagged corpus's element names (`<contenttitle>`, `<docno>`).
 */
export const LABEL_KEYS: Readonly<Record<string, string>> = {
  full_content: "content",
  // A reader service's `Markdown Content:` label is its copy's text, as it was before a blog's `markdown_content`
  // column became a content key of its own (`DEFAULT_MAPPING`): a labelled file or CSV header still gives `content`.
  markdown_content: "content",
  full_text: "content",
  // Tagged record corpora's fields (`readers/tagged-records.ts`): Sogou Lab's headline and TREC's and Sogou's
  // document number, LCSTS's text; the headlines of TREC's collections that do not call it `<HEADLINE>` — the
  // Wall Street Journal's `<HL>`, the Congressional Record's and patents' `<TTL>`, FBIS's `<H3><TI>` (the
  // table of sauparna/trecbox data/README.md, "On TREC document structure").
  contenttitle: "title",
  docno: "id",
  short_text: "content",
  hl: "title",
  ttl: "title",
  ti: "title",
  // TREC's dates under their collections' names: the Wall Street Journal's `<DD> 03/24/87`, FBIS's `<DATE1>  9 Mar 1994`.
  dd: "date",
  date1: "date",
  标题: "title",
  题目: "title",
  链接: "link",
  网址: "url",
  原文链接: "url",
  来源: "source",
  出处: "source",
  // A reprint database's header (中国人民大学 复印报刊资料's `【原文出处】《财贸经济》`, `【原刊期号】20000129`): the outlet and
  // issue the piece first ran in — a newspaper's issue is its day, a journal's its month (no day: no date).
  原文出处: "source",
  原刊期号: "date",
  媒体: "source",
  发布时间: "published",
  发表时间: "published",
  时间: "time",
  日期: "date",
  作者: "author",
  记者: "author",
  编辑: "editor",
  责任编辑: "editor",
  摘要: "summary",
  简介: "summary",
  正文: "content",
  内容: "content",
  标签: "tags",
  关键词: "tags",
  分类: "category",
  栏目: "category",
  // The column names of the news tables quant libraries return, as scrapers write them to CSV or JSON (akshare's
  // `stock_news_em`: 关键词,新闻标题,新闻内容,发布时间,文章来源,新闻链接; `stock_info_global_cls`: 标题,内容,发布日期,发布时间).
  新闻标题: "title",
  文章标题: "title",
  // A CMS's column comments for its headline (`article_name COMMENT '文章名字'` in a layui CMS's `lay_article`).
  文章名字: "title",
  文章名称: "title",
  新闻名称: "title",
  新闻内容: "content",
  文章内容: "content",
  // … and a news table's teaser column as its comment labels it (`introduction COMMENT '新闻简介'`).
  新闻简介: "summary",
  文章简介: "summary",
  新闻摘要: "summary",
  文章摘要: "summary",
  新闻来源: "source",
  文章来源: "source",
  新闻链接: "url",
  文章链接: "url",
  发布日期: "date",
  // A research-report table's columns (akshare's `stock_research_report_em`: 报告名称, 机构, 日期; a trading project's
  // `标题,报告类型,发布日期,机构`): the broker that issued the report, as eastmoney's API names it.
  报告名称: "title",
  机构: "orgName",
  研究机构: "orgName",
  机构名称: "orgName",
  // The code a row is filed under (a stock-news table's 代码 / 股票代码 column): its stock list of one.
  代码: "stock_code",
  股票代码: "stock_code",
  证券代码: "stock_code",
  // The same names in Traditional Chinese, as Taiwan's and Hong Kong's sheets head their columns (`時間, 股票, 標題, 連結`).
  標題: "title",
  題目: "title",
  新聞標題: "title",
  連結: "link",
  鏈接: "link",
  網址: "url",
  原文連結: "url",
  新聞連結: "url",
  來源: "source",
  新聞來源: "source",
  媒體: "source",
  發布時間: "published",
  發佈時間: "published",
  發表時間: "published",
  時間: "time",
  發布日期: "date",
  記者: "author",
  編輯: "editor",
  責任編輯: "editor",
  簡介: "summary",
  內容: "content",
  內文: "content",
  新聞內容: "content",
  標籤: "tags",
  關鍵詞: "tags",
  關鍵字: "tags",
  分類: "category",
  欄目: "category",
  股票代號: "stock_code",
  代號: "stock_code",
  // The same names spelt in pinyin, as student and code-generator schemas name their columns (`biaoti`, `neirong`,
  // `zuozhe` in a phpMyAdmin dump's `shuju`; `laiyuan` beside `title` in a CMS's `caicaicms_zx`; `nerong` misspelt
  // beside `biaoti` and `laiyuan` in a portal's `t_mh_wenzhang`; `fabushijian COMMENT '发布时间'`).
  biaoti: "title",
  neirong: "content",
  nerong: "content",
  zhaiyao: "summary",
  zuozhe: "author",
  bianji: "editor",
  laiyuan: "source",
  shijian: "time",
  fabushijian: "published",
  faburiqi: "date",
  riqi: "date",
};
