/**
 * The Article model: one record per input file, or per record of a file of many. Every field is always present;
 * "unknown" is `null` (for single values) or `[]` (for lists), never a guess.
 */

/** The input families a file can be recognised as. */
export const FORMATS = [
  /** Jekyll post of a finews mirror: `layout: post`, one category slug, HTML + Markdown body. */
  "finews-jekyll",
  /** Hexo aggregator post: single-quoted title, `categories:` list (channel / outlet / section), RFC 2822 date. */
  "hexo-aggregator",
  /** Any other file with `---` front matter (a Jekyll/Hexo blog post, usually a Markdown body). */
  "front-matter",
  /** An HTML document or fragment without front matter. */
  "html",
  /** Plain text: no front matter; the first line may be the title. */
  "plain-text",
  /** Markdown without front matter: a heading at the top is the title. */
  "markdown",
  /** One record of a scraper dump: a line of JSON Lines (NDJSON), or an item of a JSON array. */
  "dump-record",
  /** One `## HH:MM:SS｜title` section of a digest Markdown rendered from a dump. */
  "digest-section",
] as const;

/** The input family a file was recognised as. */
export type Format = (typeof FORMATS)[number];

/** The outlet that wrote the story. */
export interface Source {
  /** Display name as the outlet writes it, e.g. `北方网`. */
  name: string;
  /** A stable ASCII handle when the file gives one (a category slug such as `beifangwang`). */
  slug?: string;
}

/** Markets a security can be listed on. */
export const MARKETS = [
  /** Shanghai Stock Exchange */
  "SH",
  /** Shenzhen Stock Exchange */
  "SZ",
  /** Beijing Stock Exchange */
  "BJ",
  /** Hong Kong Exchanges */
  "HK",
  "NASDAQ",
  "NYSE",
  "AMEX",
  /** London Stock Exchange */
  "LSE",
] as const;

export type Market = (typeof MARKETS)[number];

/** One listing as a widget, a quote link or a written code gives it, before it is judged. */
export interface Listing {
  /** Exchange code: six digits for A-shares, five (zero-padded) for Hong Kong, the ticker elsewhere. */
  code: string;
  market: Market;
  /** The listing's name: from the securities dictionary, else from the widget or link that names it. */
  name?: string;
}

/**
 * How a security was found, strongest evidence first: the feed's own stock list (`record`), a quote
 * widget (`widget`), the page's markup (quote-page links, element ids: `markup`), a code written in
 * the text (`code-in-text`), or its name in the title or text (`name`, needs a securities dictionary).
 */
export const SECURITY_HOWS = ["record", "widget", "markup", "code-in-text", "name"] as const;
export type SecurityHow = (typeof SECURITY_HOWS)[number];

/** A listed company the story refers to. */
export interface Security extends Listing {
  /** The strongest evidence it was found by. */
  how: SecurityHow;
  /** How many times the title and text name it or write its code; 0 when only a widget, markup or record says so. */
  mentions: number;
  /** `subsidiary` when the text names only a subsidiary of it (`太保产险` → 中国太保), as the dictionary says. */
  via?: "subsidiary";
  /** The subsidiary's name as the text writes it, when `via` is `subsidiary`. */
  subsidiary?: string;
}

/** A market index the story names (沪深300, 创业板指, 恒生指数). */
export interface MarketIndex {
  /** The index code (`000300`, `399006`, `HSI`). */
  code: string;
  /** Where it is published, when it is a Shanghai, Shenzhen, Beijing or Hong Kong index. */
  market: Market | null;
  /** The dictionary's name for it. */
  name: string;
  /** How many times the title and text name it or write its code. */
  mentions: number;
}

/** A sector or concept board the story names (eastmoney `BK0493` 新能源). */
export interface Sector {
  /** The board code when one is known (`BK0493`), else null. */
  code: string | null;
  name: string;
  /** How many times the title and text name it; 0 when only a record lists it. */
  mentions: number;
}

/** Units a figure can be expressed in after normalisation. */
export const FIGURE_UNITS = [
  "CNY",
  "USD",
  "HKD",
  "EUR",
  "JPY",
  "GBP",
  /** A share: `31.9%` → 0.319. */
  "ratio",
  /** A number of things: `1.2万张` → 12000. */
  "count",
] as const;

export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A money amount, count or ratio found in the text. */
export interface Figure {
  /** The figure exactly as written, e.g. `77000亿元`. */
  text: string;
  /** The value in base units: `77000亿元` → 7.7e12, `31.9%` → 0.319, `1.2万张` → 12000. */
  value: number;
  unit: FigureUnit;
}

/** An image that belongs to the article (placeholders and chart widgets excluded). */
export interface Image {
  src: string;
  alt: string | null;
  caption: string | null;
}

/** The body as typed blocks, in reading order. Block text is plain text. */
export type Block =
  | { type: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: "paragraph"; text: string }
  | { type: "quote"; text: string }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "table"; rows: string[][] }
  /** An image with its caption; `src` is null for a caption whose image the source no longer carries. */
  | { type: "image"; src: string | null; alt: string | null; caption: string | null };

/** The kinds of block, in the order the schema lists them. */
export const BLOCK_TYPES = ["heading", "paragraph", "quote", "list", "table", "image"] as const;

export type BlockType = (typeof BLOCK_TYPES)[number];

/** Fails to compile unless `BLOCK_TYPES` names exactly the block kinds of `Block`. */
export type BlockTypesMatch = [BlockType] extends [Block["type"]]
  ? [Block["type"]] extends [BlockType]
    ? true
    : never
  : never;
true satisfies BlockTypesMatch;

/** Body measurements. */
export interface Stats {
  /** Characters of `text` without white space; each CJK character counts one. */
  characters: number;
  /** CJK ideographs in `text`. */
  cjkCharacters: number;
  /** Paragraph and heading blocks. */
  paragraphs: number;
  /** Estimated reading time at 400 CJK characters or 200 Latin words a minute, at least 1 for a non-empty body. */
  readingMinutes: number;
}

/** Codes of the things a parse repaired or found suspicious. */
export const WARNING_CODES = [
  /** The front matter was not valid YAML; its fields were recovered line by line. */
  "yaml-recovered",
  /** The file has no usable publish date (none, `Invalid Date`, an impossible date). */
  "no-date",
  /** No title was stated; the plain text's first line is the title. */
  "title-from-first-line",
  /** No title was stated; it was derived from the first sentence. */
  "title-derived",
  /** No title and no text to derive one from. */
  "no-title",
  /** The bytes were GB18030/GBK, not UTF-8. */
  "encoding-gb18030",
  /** The bytes were Big5 (traditional Chinese), not UTF-8. */
  "encoding-big5",
  /** The bytes were UTF-16 without a byte order mark. */
  "encoding-utf16",
  /** The text was mojibake (UTF-8 once read as Latin-1 or GBK and saved again) and was read back as UTF-8. */
  "mojibake-repaired",
  /** The bytes were neither valid UTF-8 nor GB18030 text; invalid bytes were replaced. */
  "encoding-invalid",
  /** The bytes were not UTF-8 and the runtime has no GB18030 (or Big5) decoder. */
  "encoding-unsupported",
  /** Control characters make up a large share of the input: likely not a text file. */
  "binary-content",
  /** A few control characters (NUL padding, say) were removed. */
  "control-characters",
  /**
   * A reader or stage failed unexpectedly; the text was kept line by line (kept whole and read as plain text when
   * the reader of an input of many documents failed).
   */
  "parse-failed",
  /** A year written as past lies after the publish date (`自2105年推出起` in 2022). */
  "future-year",
  /** The body has no text. */
  "empty-body",
  /** The input holds many documents (a dump, a digest); `parse` read it as one, `parseAll` gives one Article each. */
  "many-documents",
  /** The input is gzip-compressed; `parse` cannot read it, `parseAll` can. */
  "compressed-input",
  /**
   * The input is records of which none is news (a SQL dump that holds no rows, a JSON object with no text field):
   * `parseAll` gives its `not-a-news-record` failure, `parse` read the input as one file.
   */
  "not-a-news-record",
  /**
   * The input is records (a JSON record, a feed, a SQL dump, a CSV export, a tagged corpus) and the browser build's
   * `parse` was not given their readers (`records` from `@caixun/core/records`): it read the input as one file.
   */
  "records-not-loaded",
  /**
   * The body is Markdown or HTML and the entry that read it carries no reader of it (`@caixun/core/parse-text` reads
   * every body as plain text, `@caixun/core/parse-markdown` a whole saved page as a fragment): it read it as it could.
   */
  "markup-not-loaded",
  /**
   * Front-matter values were cut: YAML aliases that would expand far past the size of the file
   * (“billion laughs”), a cycle (`a: &a [*a]`), or nesting deeper than any real front matter.
   */
  "front-matter-capped",
  /** Markdown quotes or lists, or HTML elements, nested deeper than any real article were flattened to a cap. */
  "nesting-capped",
  /** Two places in the file name different days as the publish date (the stated date and the file name, say); the most trusted won. */
  "date-conflict",
  /**
   * A record had more fields than `settings.maxRecordFields` (a CSV export of thousands of columns, a JSON object
   * of thousands of keys): the ones the record mapping reads were kept first, then the others in order; the rest dropped.
   */
  "fields-capped",
  /**
   * A dump's body row (a CMS's table of texts, `…_data_1`) and its head were not held together on a stream (it came
   * after the head was given out, or was given out before the head came: `settings.sqlJoinHeldChars`): its head, if
   * the dump has one, is no Article with this text.
   */
  "row-not-joined",
  /**
   * A source file's code held so many headline keys that read as no record that the search for records in it stopped
   * (`settings.codeRecordMissChars`): records written after that point were not read.
   */
  "code-records-capped",
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  /** What was wrong, in words. */
  message: string;
  /** 1-based line of the input where it was found, when there is one. */
  line?: number;
}

export interface Article {
  /** Stable id: the source's own id (eastmoney `infoCode`, a numeric id in the file name, the id in a share URL), else `h` + a content hash. */
  id: string;
  /** Title from front matter, else the first line; debris (`_`) trimmed. Derived from the first sentence when the file has none. */
  title: string;
  /** ISO 8601 with offset (`2022-01-30T09:59:17+08:00`, or `Z` for GMT dates), `null` when the file has no usable date. */
  publishedAt: string | null;
  /** The outlet that wrote the story, `null` when unknown. Aggregators are not sources. */
  source: Source | null;
  /** The outlets and channels the story travelled through, outermost last. */
  via: string[];
  /** The original or share link, when the file carries one. */
  originalUrl: string | null;
  /** Byline name(s); several are joined with `、`. */
  author: string | null;
  /** Responsible editor (`责任编辑`). */
  editor: string | null;
  /** Categories as the file states them, de-duplicated. */
  categories: string[];
  /** Tags as the file states them, de-duplicated. */
  tags: string[];
  /** The clean body as typed blocks. */
  blocks: Block[];
  /** Plain text of the body, blocks separated by a blank line. */
  text: string;
  /** The body as sanitized HTML, rendered from `blocks` (no scripts, styles, handlers or hidden content). */
  html: string;
  /** Real article images (placeholders and K-line widgets excluded). */
  images: Image[];
  /** Listed companies referenced by widgets, quote links, codes and (with a securities dictionary) names. */
  securities: Security[];
  /** Sectors and concept boards the story names; never in `securities`. */
  sectors: Sector[];
  /** Market indices the story names; never in `securities`. */
  indices: MarketIndex[];
  /** Money amounts, counts and ratios in the text. */
  figures: Figure[];
  stats: Stats;
  warnings: Warning[];
  format: Format;
  /**
   * 64-bit SimHash of the text as 16 hex digits, taken on the text stories compare (without a
   * leading `【headline】`, dateline or trailing credit), so copies that differ only in how a feed
   * wrapped them have the same or a close fingerprint. Stories (`storyId`) also group rewritten copies.
   */
  fingerprint: string;
  /** Where the Article sits in its input when the input holds many (`line 812` of a dump, `section 14` of a digest); null for a one-article file. */
  ref: string | null;
  /**
   * The story this Article is a copy of (`s` + 16 hex digits), when it was grouped with a corpus
   * (`groupStories`, `caixun stories`, the store); `null` from `parse` alone.
   */
  storyId: string | null;
  /** Front-matter fields the model has no field for. */
  extra: Record<string, unknown>;
}

/** Every field of an Article, in the order records list them (JSON, CSV columns, the schema). */
export const ARTICLE_FIELDS = [
  "id",
  "title",
  "publishedAt",
  "source",
  "via",
  "originalUrl",
  "author",
  "editor",
  "categories",
  "tags",
  "blocks",
  "text",
  "html",
  "images",
  "securities",
  "sectors",
  "indices",
  "figures",
  "stats",
  "warnings",
  "format",
  "fingerprint",
  "ref",
  "storyId",
  "extra",
] as const satisfies readonly (keyof Article)[];
