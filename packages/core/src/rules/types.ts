import type { Document } from "domhandler";
import type { Format, Security } from "../article.js";
import type { BodySyntax } from "../stages/body.js";

/** What a rule pack may look at to decide whether it applies. */
export interface PackInput {
  /** Front-matter fields (empty when the file has none). */
  data: Record<string, unknown>;
  /** Whether the file has front matter. */
  hasFrontMatter: boolean;
  /** The raw body text. */
  body: string;
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
 * Knowledge about one source or generator, as data: which files it applies to, what in them is
 * boilerplate, and where its facts are. Generic stages read packs; they never test a source by name.
 */
export interface RulePack {
  name: string;
  /** Whether the pack applies to a file. */
  matches(input: PackInput): boolean;
  /** The input family the pack recognises, for packs that describe a generator. */
  format?: Format;
  /** How the generator writes bodies. */
  bodySyntax?: BodySyntax;
  /** Elements removed from the DOM before blocks are read. */
  removeSelectors?: readonly string[];
  /** Comment pairs that fence a widget; the comments and everything between them are removed. */
  removeBetweenComments?: ReadonlyArray<readonly [start: string, end: string]>;
  /** Blocks whose whole text matches one of these are boilerplate. */
  dropBlocks?: readonly RegExp[];
  /** Fragments cut out of block text wherever they occur (widgets spliced into sentences). */
  cutFragments?: readonly RegExp[];
  /** Image URLs that are placeholders or charts, not article images. */
  placeholderImages?: readonly RegExp[];
  /** Front-matter fields holding article images (a Hexo `headimg`). */
  imageFields?: readonly string[];
  /** The front-matter `author` field names the channel, not a person. */
  authorFieldIsChannel?: boolean;
  /** Reads the publishing channel from the front matter. */
  channel?(data: Record<string, unknown>): Channel | null;
  /** Reads securities from the DOM (quote widgets, ticker links) before boilerplate is removed. */
  securities?(root: Document): Security[];
}
