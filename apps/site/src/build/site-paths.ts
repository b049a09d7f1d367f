/**
 * Every URL of the site, in one place. Pages are `<dir>/index.html`, so URLs end in `/` and work on
 * any static host without rewrites. Names (sources, tags) stay readable Chinese in the path.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import type { Security } from "@caixun/core";
import { tokenHash } from "../search/tokenize.js";
import { HashedKeySet } from "./hashed-keys.js";

/** A segment is at most this many characters, and this many bytes of UTF-8 (file names: 255). */
const MAX_SEGMENT_CHARACTERS = 80;
const MAX_SEGMENT_BYTES = 180;

/**
 * Characters a path segment never holds: separators, `?#%` (they would change the URL), what
 * Windows forbids in a name (`<>:"|*`), `~` (reserved for the hash suffix below), controls,
 * invisible formatting and bidi overrides.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f/\\?#%<>:"|*~\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;
const WHITESPACE = /\s+/g;
/** Windows device names, with or without an extension: `CON`, `nul.txt`, `com1.html`. */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * A name made safe as one path segment: no separators, no dot segments, no control or invisible
 * characters, no Windows device name, not too long (cut at a whole character, never inside an
 * emoji), NFC. A name that had to change gets a hash of the original appended, so two names never
 * share a folder (`a/b` and `a-b` both clean to `a-b`).
 */
export function pathSegment(name: string): string {
  let cleaned = name.normalize("NFC").replace(UNSAFE, "-").replace(WHITESPACE, "-");
  cleaned = trimEnds(cleaned);
  cleaned = truncate(cleaned);
  // Windows reserves a device name whatever follows its first dot (`nul.txt~…` too): prefix it.
  if (DEVICE_NAME.test(cleaned)) cleaned = `_${cleaned}`;
  if (cleaned === name) return name;
  return `${cleaned || "_"}~${suffix(name)}`;
}

/** Leading dots and dashes (`..`, hidden files) and trailing dots, spaces and dashes (Windows drops them). */
function trimEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === "." || text[start] === "-")) start++;
  while (end > start && (text[end - 1] === "." || text[end - 1] === "-" || text[end - 1] === " ")) end--;
  return text.slice(start, end);
}

function truncate(text: string): string {
  const encoder = new TextEncoder();
  let out = "";
  let characters = 0;
  let bytes = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (characters + 1 > MAX_SEGMENT_CHARACTERS || bytes + size > MAX_SEGMENT_BYTES) break;
    out += character;
    characters++;
    bytes += size;
  }
  return out;
}

/** A short hash of the original name; `round` gives another one when a hash is already taken. */
function suffix(name: string, round = 0): string {
  return tokenHash(round === 0 ? name : `${round}\u0000${name}`).toString(36);
}

/** The folder of article pages. */
const ARTICLE_FOLDER = "article";

/**
 * Names that differ only by case or Unicode form (`AI` and `ai`, `é` composed and decomposed) would
 * share a folder on a case-insensitive or normalising file system (Windows, macOS). During a
 * build, each folder's segments are registered in folded form: the first name keeps its readable
 * segment, a later name that folds to a taken one gets the hash suffix. Builds are deterministic
 * (inputs are sorted), so are the paths.
 *
 * Listing keys (sources, tags, months …) are remembered by name, as they are asked for again and
 * again. Article pages, one per published id (unique within a build), are registered once each and
 * grow with the corpus, so their folded names are kept only as hashes (`HashedKeySet`): a hash that
 * matches is checked against the path of the article that took it, read back from the build's
 * summaries on disk (`articlePathAt`).
 */
class SegmentRegistry {
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly articles: HashedKeySet;

  constructor(articlePathAt: (registered: number) => string) {
    this.articles = new HashedKeySet((registered) =>
      fold(ARTICLE_FOLDER, articlePathAt(registered).slice(ARTICLE_FOLDER.length + 2, -1)),
    );
  }

  segment(folder: string, name: string): string {
    const key = `${folder}\u0000${name}`;
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const segment = freeSegment(folder, name, (folded) => this.taken.has(folded));
    this.taken.add(fold(folder, segment));
    this.byName.set(key, segment);
    return segment;
  }

  /** The segment of the next article page; each published id is registered once. */
  article(id: string): string {
    const segment = freeSegment(ARTICLE_FOLDER, id, (folded) => this.articles.has(folded));
    this.articles.add(fold(ARTICLE_FOLDER, segment), this.articles.length);
    return segment;
  }
}

/** `name`'s segment, suffixed with further hashes while its folded form is taken in `folder`. */
function freeSegment(folder: string, name: string, taken: (folded: string) => boolean): string {
  let segment = pathSegment(name);
  for (let extra = 0; taken(fold(folder, segment)); extra++) {
    const base = segment.includes("~") ? segment.slice(0, segment.lastIndexOf("~")) : segment;
    segment = `${base}~${suffix(name, extra + 1)}`;
  }
  return segment;
}

/** Conservative: whatever a case-insensitive, normalising file system could take as the same name. */
function fold(folder: string, segment: string): string {
  return `${folder}/${segment.normalize("NFKD").toUpperCase().toLowerCase()}`;
}

const registry = new AsyncLocalStorage<SegmentRegistry>();

/**
 * Runs a build with its own registry of path segments (see `SegmentRegistry`). `articlePathAt(n)`
 * is the path `articlePath` gave the n-th article page of the build (from 0), read back from
 * wherever the build keeps it.
 */
export function withSitePaths<T>(
  build: () => Promise<T>,
  articlePathAt: (registered: number) => string,
): Promise<T> {
  return registry.run(new SegmentRegistry(articlePathAt), build);
}

function segmentIn(folder: string, name: string): string {
  return registry.getStore()?.segment(folder, name) ?? pathSegment(name);
}

/** A site path (starting and ending with `/`) as an href: each segment percent-encoded. */
export function href(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * An article page's path. Within a build (`withSitePaths`) each call registers a new page: call it
 * once per published id and keep the answer (the build keeps it in the article's summary).
 */
export const articlePath = (id: string) =>
  `/${ARTICLE_FOLDER}/${registry.getStore()?.article(id) ?? pathSegment(id)}/`;

export type ListingKind = "source" | "tag" | "category" | "security" | "month";

export const securityKey = (security: Security) => `${security.code}.${security.market}`;

/** First page of a listing; later pages add `page/<n>/`. */
export function listingPath(kind: ListingKind, key: string, page = 1): string {
  const base = `/${kind}/${segmentIn(kind, key)}/`;
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Overview pages of all sources, tags, …: `/sources/`, `/tags/`. */
const OVERVIEW_SEGMENTS: Readonly<Record<ListingKind, string>> = {
  source: "sources",
  tag: "tags",
  category: "categories",
  security: "securities",
  month: "months",
};

export const overviewPath = (kind: ListingKind) => `/${OVERVIEW_SEGMENTS[kind]}/`;

/** The file a path is written to, relative to the output directory. */
export function fileFor(path: string): string {
  return `${path.replace(/^\//, "")}index.html`;
}

/** Every article, newest first: the site-wide listing (first page; later pages add `page/<n>/`). */
export function latestPath(page = 1): string {
  return page === 1 ? "/latest/" : `/latest/page/${page}/`;
}

/** The site-wide Atom feed and its RSS 2.0 twin, for readers that take only RSS. */
export const FEED_PATH = "/feed.xml";
export const RSS_PATH = "/rss.xml";

/** The Atom feed of one source or security, beside its listing. */
export function listingFeedPath(kind: ListingKind, key: string): string {
  return `${listingPath(kind, key)}feed.xml`;
}

export const SITEMAP_PATH = "/sitemap.xml";
