import type { Market } from "../article.js";
import { MARKETS } from "../article.js";
import { CaixunError } from "../errors.js";

/**
 * Record mapping: which keys of a dump's records hold which Article fields. Plain JSON, so a user can
 * write one for their own dumps. Every field is a list of key paths (`title`, `raw.stock_list`);
 * the first that holds a value wins. A mapping is laid over `DEFAULT_MAPPING`: the fields it names
 * replace the default's, the rest stay.
 */
export interface RecordMapping {
  /** A short name (a feed pack's folder). */
  name: string;
  /**
   * When the mapping applies to a record: any of these alternatives, each a set of key paths with the
   * values they may hold (`{ "source": ["cls"] }`). Absent: every record (a mapping given for one input).
   */
  match?: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  /** The feed: `key` namespaces ids (`cls:2439468`), `name` is the outlet it publishes as (财联社). Absent: read from the record (`feedKey`, `feedName`). */
  feed?: { readonly key: string; readonly name: string };
  /** Article fields and where the record holds them. */
  fields?: Partial<Readonly<Record<RecordField, readonly string[]>>>;
  /** The record's own stock lists. */
  securities?: readonly StockList[];
  /** Top-level keys kept out of `extra` (a payload whose facts the mapping has read). */
  drop?: readonly string[];
}

/** The record fields a mapping can name. */
export const RECORD_FIELDS = [
  /** The record's id in its feed (namespaced as `feed:id`). */
  "id",
  "title",
  /** The body: plain text or HTML. */
  "content",
  /** Used as the body when there is no content (a summary, a brief). */
  "summary",
  /** The publish time: an ISO or Chinese date string, or Unix seconds or milliseconds. */
  "publishedAt",
  /** The original or share link. */
  "url",
  /** The feed's short ASCII name (a value such as `cls`; other values are not a key). */
  "feedKey",
  /** The outlet the feed publishes as (财联社); the source unless the text credits another. */
  "feedName",
  "categories",
  /** Tags, subjects, keywords: strings, or objects with a `name`. */
  "tags",
  "author",
  "editor",
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * A stock list: the items at `path` are codes (`600000.SH`, `sz000858`, `0.300750` with `markets`)
 * or objects whose `code`, `name` and `market` keys hold them. `markets` maps a feed's own market
 * ids to markets; an id it maps to null (boards, funds) or does not list is not a security.
 */
export interface StockList {
  path: string;
  code?: readonly string[];
  name?: readonly string[];
  market?: readonly string[];
  markets?: Readonly<Record<string, Market | null>>;
  /**
   * Read only when no list before it in the mapping is in the record: a copy of the feed's list that
   * lost what the list says (a scraper's flattened `stocks` without market ids, where a Korean `000660`
   * would be read as Shenzhen's), kept for records that carry nothing better.
   */
  fallback?: boolean;
}

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
    title: ["title", "headline", "news_title", "newsTitle", "subject_title"],
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
    ],
    publishedAt: [
      "datetime",
      // JSON Feed's item key, and schema.org's (JSON-LD NewsArticle) as scrapers copy it.
      "date_published",
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
      // A news API's abbreviated time (a broker app's `dt`, Unix milliseconds).
      "dt",
      // A Scrapy spider's item key (an eastmoney spider's `post_time: "2016年03月15日 08:28"`, zone-less: +08:00).
      "post_time",
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
      "news_source",
      // EmpireCMS's body table's credit column.
      "befrom",
    ],
    categories: ["categories", "category", "column", "section"],
    tags: ["subjects", "tags", "tag", "keywords", "labels", "topics"],
    author: ["author", "authors", "byline", "reporter", "writer"],
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
    { path: "code" },
  ],
  drop: [],
};

/** Every key the default mapping reads, lower-cased. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(
  Object.values(DEFAULT_MAPPING.fields)
    .flat()
    .map((key) => key.toLowerCase()),
);

/**
 * Labels and column names of exports that are not record keys, and the key each is: a text export's
 * labelled lines (`标题：…`, `readers/labelled.ts`), a CSV export's header (`标题,正文,发布时间`) and a
 * tagged corpus's element names (`<contenttitle>`, `<docno>`).
 */
export const LABEL_KEYS: Readonly<Record<string, string>> = {
  full_content: "content",
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
  新闻内容: "content",
  文章内容: "content",
  新闻来源: "source",
  文章来源: "source",
  新闻链接: "url",
  文章链接: "url",
  发布日期: "date",
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
};

/** A mapping with every field list filled in from the default. */
export interface ResolvedMapping {
  name: string;
  feed: RecordMapping["feed"];
  fields: Readonly<Record<RecordField, readonly string[]>>;
  securities: readonly StockList[];
  /** Top-level keys the mapping knows or drops: never copied to `extra`. */
  known: ReadonlySet<string>;
}

/** `mapping` laid over the default. */
export function resolveMapping(mapping: RecordMapping | null): ResolvedMapping {
  const fields = { ...DEFAULT_MAPPING.fields, ...(mapping?.fields ?? {}) } as Record<
    RecordField,
    readonly string[]
  >;
  const securities = mapping?.securities ?? DEFAULT_MAPPING.securities;
  const known = new Set<string>();
  for (const paths of Object.values(fields)) for (const path of paths) known.add(path.split(".")[0]!);
  for (const list of securities) known.add(list.path.split(".")[0]!);
  for (const key of mapping?.drop ?? []) known.add(key);
  return { name: mapping?.name ?? "default", feed: mapping?.feed, fields, securities, known };
}

/** Whether a mapping's `match` holds for a record (no `match`: always). */
export function mappingMatches(mapping: RecordMapping, record: Record<string, unknown>): boolean {
  if (mapping.match === undefined) return true;
  return mapping.match.some((alternative) =>
    Object.entries(alternative).every(([path, values]) => {
      const value = valueAt(record, path);
      return (typeof value === "string" || typeof value === "number") && values.includes(String(value));
    }),
  );
}

const splitPaths = new Map<string, readonly string[]>();

/** The value at a dotted key path (`raw.stock_list`), or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  if (record === null || typeof record !== "object") return undefined;
  if (!path.includes(".")) return (record as Record<string, unknown>)[path];
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split(".");
    splitPaths.set(path, keys);
  }
  let value: unknown = record;
  for (const key of keys) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A user's mapping read from JSON, checked field by field. Throws `CaixunError`
 * (`invalid-mapping`) that says what is wrong where.
 */
export function recordMapping(json: unknown): RecordMapping {
  const fail = (where: string, what: string): never => {
    throw new CaixunError("invalid-mapping", `record mapping: ${where} ${what}`);
  };
  const paths = (value: unknown, where: string): readonly string[] => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item !== "")) {
      fail(where, "must be a list of key paths (non-empty strings)");
    }
    return value as string[];
  };
  if (json === null || typeof json !== "object" || Array.isArray(json))
    fail("the mapping", "must be an object");
  const input = json as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!["name", "match", "feed", "fields", "securities", "drop"].includes(key))
      fail(`“${key}”`, "is not a key of a mapping");
  }
  const mapping: RecordMapping = { name: typeof input.name === "string" ? input.name : "user" };
  if (input.match !== undefined) {
    if (!Array.isArray(input.match)) fail("match", "must be a list of alternatives");
    mapping.match = (input.match as unknown[]).map((alternative, i) => {
      if (alternative === null || typeof alternative !== "object" || Array.isArray(alternative)) {
        fail(`match[${i}]`, "must be an object of key paths and their values");
      }
      return Object.fromEntries(
        Object.entries(alternative as Record<string, unknown>).map(([path, values]) => [
          path,
          paths(values, `match[${i}].${path}`),
        ]),
      );
    });
  }
  if (input.feed !== undefined) {
    const feed = input.feed as Record<string, unknown> | null;
    if (
      feed === null ||
      typeof feed !== "object" ||
      typeof feed.key !== "string" ||
      typeof feed.name !== "string"
    ) {
      fail("feed", "must be { key, name } (strings)");
    }
    mapping.feed = { key: String(feed!.key), name: String(feed!.name) };
  }
  if (input.fields !== undefined) {
    if (input.fields === null || typeof input.fields !== "object") fail("fields", "must be an object");
    const fields: Partial<Record<RecordField, readonly string[]>> = {};
    for (const [field, value] of Object.entries(input.fields as Record<string, unknown>)) {
      if (!(RECORD_FIELDS as readonly string[]).includes(field)) {
        fail(`fields.${field}`, `is not a field (${RECORD_FIELDS.join(", ")})`);
      }
      fields[field as RecordField] = paths(value, `fields.${field}`);
    }
    mapping.fields = fields;
  }
  if (input.securities !== undefined) {
    if (!Array.isArray(input.securities)) fail("securities", "must be a list of stock lists");
    mapping.securities = (input.securities as unknown[]).map((list, i) =>
      stockList(list, `securities[${i}]`, fail, paths),
    );
  }
  if (input.drop !== undefined) mapping.drop = paths(input.drop, "drop");
  return mapping;
}

function stockList(
  value: unknown,
  where: string,
  fail: (where: string, what: string) => never,
  paths: (value: unknown, where: string) => readonly string[],
): StockList {
  if (value === null || typeof value !== "object") return fail(where, "must be an object");
  const input = value as Record<string, unknown>;
  if (typeof input.path !== "string" || input.path === "") fail(`${where}.path`, "must be a key path");
  const list: StockList = { path: input.path as string };
  if (input.code !== undefined) list.code = paths(input.code, `${where}.code`);
  if (input.name !== undefined) list.name = paths(input.name, `${where}.name`);
  if (input.market !== undefined) list.market = paths(input.market, `${where}.market`);
  if (input.markets !== undefined) {
    const markets = input.markets as Record<string, unknown> | null;
    if (markets === null || typeof markets !== "object") fail(`${where}.markets`, "must be an object");
    for (const [id, market] of Object.entries(markets!)) {
      if (market !== null && !(MARKETS as readonly unknown[]).includes(market)) {
        fail(`${where}.markets.${id}`, `must be a market (${MARKETS.join(", ")}) or null`);
      }
    }
    list.markets = markets as Record<string, Market | null>;
  }
  if (input.fallback !== undefined) {
    if (typeof input.fallback !== "boolean") fail(`${where}.fallback`, "must be true or false");
    list.fallback = input.fallback as boolean;
  }
  return list;
}
