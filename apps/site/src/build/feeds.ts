/**
 * Feeds and the sitemap: XML written from article summaries. Atom (RFC 4287) for the whole site and
 * for each source and security, RSS 2.0 for the whole site (some readers take only RSS), and the
 * sitemap protocol's urlset. Links are absolute when the site's address is known; without it, Atom
 * links stay root-relative (readers resolve them against the feed's own URL) and no sitemap is
 * written, since the protocol requires absolute URLs.
 */

import { escapeHtml } from "@caixun/core/render";
import { SITE_NAME } from "../pages/layout.js";
import { absoluteUrl, type SiteSettings } from "../pages/site-context.js";
import { href } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";

/** Entries per feed: the newest dated articles. */
export const FEED_ENTRIES = 50;

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

/** Text made safe for XML: escaped, and without the control characters XML 1.0 forbids. */
function xml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

export interface FeedSpec {
  title: string;
  /** The page the feed belongs to (`/`, `/source/北方网/`). */
  pagePath: string;
  /** Where the feed itself is written. */
  feedPath: string;
  /** Newest first; undated articles are left out (a feed is about what is new). */
  articles: readonly ArticleSummary[];
}

function newestDated(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return articles.filter((article) => article.publishedAt !== null).slice(0, FEED_ENTRIES);
}

/** A stable id for an entry or feed: its URL when the site has an address, else a URN of its path. */
function idFor(site: SiteSettings, path: string): string {
  return site.baseUrl === null ? `urn:caixun:${encodeURI(path)}` : absoluteUrl(site, href(path));
}

export function atomFeed(spec: FeedSpec, site: SiteSettings): string {
  const entries = newestDated(spec.articles);
  const updated = entries[0]?.publishedAt ?? "1970-01-01T00:00:00Z";
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `<title>${xml(spec.title)}</title>`,
    `<id>${xml(idFor(site, spec.feedPath))}</id>`,
    `<link rel="self" type="application/atom+xml" href="${xml(absoluteUrl(site, href(spec.feedPath)))}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(absoluteUrl(site, href(spec.pagePath)))}"/>`,
    `<updated>${xml(updated)}</updated>`,
    `<generator>caixun</generator>`,
  ];
  for (const article of entries) {
    lines.push(
      "<entry>",
      `<title>${xml(article.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(absoluteUrl(site, href(article.path)))}"/>`,
      `<id>${xml(idFor(site, article.path))}</id>`,
      `<published>${xml(article.publishedAt!)}</published>`,
      `<updated>${xml(article.publishedAt!)}</updated>`,
      `<author><name>${xml(article.source ?? SITE_NAME)}</name></author>`,
      ...article.categories.map((category) => `<category term="${xml(category)}"/>`),
      article.lead === "" ? "" : `<summary>${xml(article.lead)}</summary>`,
      "</entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.filter((line) => line !== "").join("\n");
}

export function rssFeed(spec: FeedSpec, site: SiteSettings, description: string): string {
  const items = newestDated(spec.articles);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${xml(spec.title)}</title>`,
    `<link>${xml(absoluteUrl(site, href(spec.pagePath)))}</link>`,
    `<description>${xml(description)}</description>`,
    "<language>zh-CN</language>",
    `<atom:link rel="self" type="application/rss+xml" href="${xml(absoluteUrl(site, href(spec.feedPath)))}"/>`,
  ];
  if (items[0]) lines.push(`<lastBuildDate>${rfc822(items[0].instant!)}</lastBuildDate>`);
  for (const article of items) {
    const link = absoluteUrl(site, href(article.path));
    lines.push(
      "<item>",
      `<title>${xml(article.title)}</title>`,
      `<link>${xml(link)}</link>`,
      `<guid isPermaLink="${site.baseUrl !== null}">${xml(site.baseUrl === null ? idFor(site, article.path) : link)}</guid>`,
      `<pubDate>${rfc822(article.instant!)}</pubDate>`,
      article.source ? `<category>${xml(article.source)}</category>` : "",
      article.lead === "" ? "" : `<description>${xml(article.lead)}</description>`,
      "</item>",
    );
  }
  lines.push("</channel>", "</rss>", "");
  return lines.filter((line) => line !== "").join("\n");
}

/** RFC 822 dates, as RSS 2.0 requires: `Sun, 30 Jan 2022 01:59:17 GMT`. */
function rfc822(instant: number): string {
  return new Date(instant).toUTCString();
}

export interface SitemapEntry {
  path: string;
  /** `YYYY-MM-DD` or a full instant. */
  lastmod?: string | null;
}

/**
 * The sitemap files: one urlset when every URL fits, else numbered urlsets under `sitemaps/` and a
 * sitemap index at `sitemap.xml`. `entries` (`total` of them) are read once, in order, one file's
 * worth at a time; yields [file relative to the site, contents] pairs.
 */
export function* sitemapFiles(
  entries: Iterable<SitemapEntry>,
  total: number,
  site: SiteSettings,
): Generator<[string, string]> {
  const urlset = (slice: readonly SitemapEntry[]) =>
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...slice.map(
        (entry) =>
          `<url><loc>${xml(absoluteUrl(site, href(entry.path)))}</loc>${
            entry.lastmod ? `<lastmod>${xml(entry.lastmod)}</lastmod>` : ""
          }</url>`,
      ),
      "</urlset>",
      "",
    ].join("\n");
  if (total <= SITEMAP_LIMIT) {
    yield ["sitemap.xml", urlset([...entries])];
    return;
  }
  const files: string[] = [];
  let slice: SitemapEntry[] = [];
  const file = () => {
    const name = `sitemaps/${files.length}.xml`;
    files.push(name);
    const contents = urlset(slice);
    slice = [];
    return [name, contents] as [string, string];
  };
  for (const entry of entries) {
    slice.push(entry);
    if (slice.length === SITEMAP_LIMIT) yield file();
  }
  if (slice.length > 0) yield file();
  const index = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((name) => `<sitemap><loc>${xml(absoluteUrl(site, `/${name}`))}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
  yield ["sitemap.xml", index];
}

/** robots.txt: everything may be crawled; the sitemap is named when the site has an address. */
export function robotsTxt(site: SiteSettings): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (site.baseUrl !== null) lines.push("", `Sitemap: ${site.baseUrl}/sitemap.xml`);
  return `${lines.join("\n")}\n`;
}
