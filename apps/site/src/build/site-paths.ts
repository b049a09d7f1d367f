/**
 * Every URL of the site, in one place. Pages are `<dir>/index.html`, so URLs end in `/` and work on
 * any static host without rewrites. Names (sources, tags) stay readable Chinese in the path.
 */

import type { Security } from "@caixun/core";
import { tokenHash } from "../search/tokenize.js";

const MAX_SEGMENT = 80;

/**
 * A name made safe as one path segment: no separators, no dot segments, no control characters.
 * A name that had to change gets a hash of the original appended, so two names never share a
 * folder (`a/b` and `a-b` both clean to `a-b`).
 */
export function pathSegment(name: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\?#%]+/g, "-")
    .replace(/\s+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, MAX_SEGMENT);
  if (cleaned === name) return name;
  return `${cleaned || "_"}~${tokenHash(name).toString(36)}`;
}

/** A site path (starting and ending with `/`) as an href: each segment percent-encoded. */
export function href(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

export const articlePath = (id: string) => `/article/${pathSegment(id)}/`;

export type ListingKind = "source" | "tag" | "category" | "security" | "month";

export const securityKey = (security: Security) => `${security.code}.${security.market}`;

/** First page of a listing; later pages add `page/<n>/`. */
export function listingPath(kind: ListingKind, key: string, page = 1): string {
  const base = `/${kind}/${pathSegment(key)}/`;
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
