import type { Article, Format, Market } from "../article.js";
import type { RecordMapping } from "../readers/mapping.js";
import type { TextTest } from "../text/pattern-set.js";

/** How a body is written: HTML as is, Markdown (which may hold HTML), or plain lines of text. */
export type BodySyntax = "html" | "markdown" | "plain-text";

/** What a pack may look at to decide whether it applies. */
export interface PackInput {
  /** Fields stated about the document (front matter, or a record's fields with its feed: `matchedFields`; empty when there are none). */
  data: Record<string, unknown>;
  /** Whether the fields came from front matter. */
  hasFrontMatter: boolean;
  /** The raw body text. */
  body: string;
  /**
   * Which of the registry's packs' body strings (`bodyIncludes`, `bodyAsks`) the body holds, when they were looked for
   * in one pass (`packsFor`); without it, a pack reads the body for its own.
   */
  found?: ReadonlySet<string>;
}

/** The channel a file was published in, read from its front matter. */
export interface Channel {
  /** The outlet or feed name. */
  name: string;
  /** A stable ASCII handle, when the file gives one. */
  slug?: string;
  /**
   * `outlet`: writes stories, so it is the source when nothing stronger names one;
   * `aggregator`: republishes others' stories, so it goes into `via`, never `source`;
   * `listing`: a site's own feed or list (东财滚动新闻), neither source nor a hop in `via`.
   */
  role: "outlet" | "aggregator" | "listing";
}

/**
 * What any pack may say about the documents it applies to: which they are, what in them is
 * boilerplate, and where facts sit in their markup. Plain data — selectors, patterns and locations
 * the body reader checks as elements open — plus `matches` (and a generator's front-matter
 * readers); the generic stages read packs and never test a source by name.
 */
interface PackBase {
  /** A short, unique name (the folder the pack lives in). */
  name: string;
  /** Whether the pack applies to a document. */
  matches(input: PackInput): boolean;
  /**
   * Strings one of which the body holds whenever `matches` is true (a site's domain, a widget's
   * marker). Packs are chosen by looking for every pack's strings in one pass over the body, and
   * `matches` is asked only of a pack one of whose strings is there.
   */
  bodyIncludes?: readonly string[];
  /**
   * Strings `matches` asks about the body when not every way it holds needs one (an `anyOf` group's, beside a group
   * matched on a record's link): looked for in the same one pass as `bodyIncludes`, and handed to `matches` as
   * `PackInput.found`, so asking costs no pass of its own.
   */
  bodyAsks?: readonly string[];
  /** Elements left out when blocks are read (CSS selectors of the subset `packs/selector.ts` reads). */
  removeSelectors?: readonly string[];
  /** Comment pairs that fence a widget; the comments and everything between them are removed. */
  removeBetweenComments?: ReadonlyArray<readonly [start: string, end: string]>;
  /** Blocks whose whole text matches one of these (patterns, and a user pack's `dropLines` as one test) are boilerplate. */
  dropBlocks?: readonly TextTest[];
  /** Site names written after the headline with their separator (`– 法国国际广播电台 - RFI`): a title ending in one loses it. */
  titleSuffixes?: readonly string[];
  /** Fragments cut out of block text wherever they occur (widgets spliced into sentences). */
  cutFragments?: readonly RegExp[];
  /** Image URLs that are placeholders or charts, not article images. */
  placeholderImages?: readonly RegExp[];
  /** The site that carried the pack's stories (`PackCarrier`). */
  carrier?: PackCarrier;
  /** Where the pack's pages carry securities in markup (quote widgets, ticker links), read before boilerplate is removed. */
  securities?: readonly SecurityLocation[];
  /** Where the pack's pages keep facts (`p.article-editor`, a title block), read before boilerplate is removed. */
  fields?: Readonly<Partial<Record<PackFieldName, FieldLocation>>>;
  /**
   * CSS selectors of the element holding the story on the pack's whole pages (first that matches):
   * everything outside it (navigation, sidebars, footers) is left out.
   */
  content?: readonly string[];
}

/**
 * Where a fact sits in markup: the first element matching `selector` (in document order) whose text
 * — or `attribute` — gives a value, white space collapsed, cut to `pattern`'s first group (or whole
 * match) when there is one; or, with `comment`, the first comment whose text `pattern` matches.
 */
export type FieldLocation =
  | { selector: string; attribute?: string; pattern?: RegExp; comment?: false }
  | { comment: true; pattern: RegExp };

/**
 * Securities carried by markup: every element matching `selector` whose text — or `attribute`,
 * trimmed — matches `pattern`, whose named groups give the `code` and (optionally) the market id.
 * The id is mapped by `markets` (else taken as a market name), or the fixed `market` applies.
 * `listed`: the code is checked as a listing the way a feed's are (`listedSecurity`: the A-share
 * exchange follows from the code, Hong Kong codes padded, an id `markets` does not map is no
 * security). `nameFromText`: the element's text is the security's name.
 */
export interface SecurityLocation {
  selector: string;
  attribute?: string;
  pattern: RegExp;
  market?: Market;
  markets?: Readonly<Record<string, Market | null>>;
  nameFromText?: boolean;
  listed?: boolean;
}

/**
 * The site whose copies the pack knows by its own `marks` (新浪财经's `尽在新浪财经APP` sign-off closing every story it
 * carries, a crawler's record of it included; a link to the site is no mark): in a document that holds one, when the
 * story credits another outlet, the site carried it, the outermost hop in `via`. `bylines` are the names it writes as
 * the writer of copy it takes from others (新浪财经's `市场资讯`): they name the site itself, not an outlet.
 */
export interface PackCarrier {
  name: string;
  marks: readonly string[];
  bylines?: readonly string[];
}

/** Facts a page's markup states, by Article field. */
export type PackFields = Partial<Record<PackFieldName, string>>;
export type PackFieldName = "title" | "source" | "author" | "editor" | "publishedAt" | "originalUrl";

/**
 * Knowledge about the generator that wrote a file (a Jekyll mirror, a Hexo aggregator): at most one
 * applies to a document, and it decides the input family, how the body is written and what the
 * front matter means.
 */
export interface GeneratorPack extends PackBase {
  kind: "generator";
  /** The input family the generator's files belong to. */
  format: Format;
  /** How the generator writes bodies. */
  bodySyntax: BodySyntax;
  /** Reads the publishing channel from the front matter. */
  channel?(data: Record<string, unknown>): Channel | null;
  /** The front-matter `author` field names the channel, not a person. */
  authorFieldIsChannel?: boolean;
  /** Front-matter fields holding article images (a Hexo `headimg`). */
  imageFields?: readonly string[];
  /**
   * Facts the front matter states as decided (a file caixun itself wrote): taken as they are over
   * what the stages derive from the body.
   */
  stated?(data: Record<string, unknown>): StatedFacts;
}

/** Article facts a generator's front matter can state outright; the body's own (blocks, text, figures, stats) are always read. */
export type StatedFacts = Partial<
  Pick<
    Article,
    | "id"
    | "title"
    | "publishedAt"
    | "source"
    | "via"
    | "originalUrl"
    | "author"
    | "editor"
    | "categories"
    | "tags"
    | "images"
    | "securities"
    | "sectors"
    | "indices"
    | "warnings"
    | "format"
    | "ref"
    | "extra"
  >
>;

/** Knowledge about content from one source, whatever file it sits in: every matching one applies. */
export interface ContentPack extends PackBase {
  kind: "content";
}

/**
 * Knowledge about one feed of scraper dumps (财联社, 东方财富, 同花顺): a record mapping, as plain
 * data — which records are the feed's (`match`), its id namespace and outlet (`feed`), and where
 * its records hold what the default mapping does not find (its own stock lists, say).
 */
export interface FeedPack extends RecordMapping {
  kind: "feed";
}

export type Pack = GeneratorPack | ContentPack;

/**
 * A set of packs: the registry in force (`PACKS`, or a caller's own), or, once a document has been
 * detected, the packs that apply to it (then at most one generator).
 */
export interface PackSet {
  /** Most specific first: the first that matches a document is its generator. */
  readonly generators: readonly GeneratorPack[];
  readonly content: readonly ContentPack[];
  /** Feeds of dumps: the first whose `match` holds maps a record. */
  readonly feeds: readonly FeedPack[];
}
