import { join } from "node:path";
import { type Article, scrubArticle } from "@caixun/core";
import { HomePage, type HomeSection } from "../pages/home.js";
import { renderDocument, SITE_NAME } from "../pages/layout.js";
import { NotFoundPage } from "../pages/not-found.js";
import { PlaygroundPage } from "../pages/playground.js";
import { SearchPage } from "../pages/search.js";
import type { SiteSettings } from "../pages/site-context.js";
import type { DocChunk } from "../search/format.js";
import { SearchIndexWriter } from "../search/index-writer.js";
import { linkNeighbours, writeArticlePage } from "./article-pages.js";
import { writeClientAssets } from "./client-assets.js";
import { DayCounter } from "./day-counter.js";
import { atomFeed, FEED_ENTRIES, robotsTxt, rssFeed, type SitemapEntry, sitemapFiles } from "./feeds.js";
import { groupSummaries, orderedKeys, UNKNOWN_SOURCE } from "./groups.js";
import { HashedKeySet } from "./hashed-keys.js";
import { writeLatestPages, writeListingPages } from "./listing-pages.js";
import { SITE_MARKER, stageOutDir, writeOutput } from "./output.js";
import { cloudflareHeadersFile } from "./security-headers.js";
import { SequenceSpill } from "./sequence-spill.js";
import { FEED_PATH, fileFor, RSS_PATH, securityKey, withSitePaths } from "./site-paths.js";
import { SiteStories } from "./stories.js";
import { summarize } from "./summary.js";
import { SummaryStore } from "./summary-store.js";

export interface BuildSiteOptions {
  /**
   * The articles, in the order that numbers them (a stable input order, for reproducible builds).
   * Reading and parsing are the caller's: `caixun site build` parses on the worker pool of
   * `@caixun/inputs` and reports the inputs that failed. An error thrown by the iterable abandons
   * the build.
   */
  articles: Iterable<Article> | AsyncIterable<Article>;
  outDir: string;
  /** Articles per listing page. */
  pageSize?: number;
  /** Newest articles per source on the home page. */
  homeLatest?: number;
  /** Sources shown as sections on the home page. */
  homeSources?: number;
  /** Articles in the home page's list of the newest. */
  homeNewest?: number;
  /**
   * The address the site will be published at (`https://news.example.com`): canonical links,
   * Open Graph URLs, absolute links in feeds, and the sitemap (written only when this is given).
   */
  baseUrl?: string;
  /**
   * Articles held for story grouping at most (`STORY_ITEMS_HELD`, 20,000, by default): past it the
   * oldest are forgotten as new ones come, and a story closed while a later copy could still have
   * joined it is counted (`storiesAtCuts`); a copy within `maxHeld` articles of its first joins exactly.
   */
  maxHeld?: number;
}

export interface BuildSiteResult {
  articles: number;
  /** Inputs whose id another input already had; published under `<id>-2`, `<id>-3` … */
  duplicateIds: number;
  pages: number;
  searchShards: number;
  /** Whether sitemap.xml was written (it needs `baseUrl`). */
  sitemap: boolean;
  /**
   * Stories closed early by `maxHeld` (a later copy of one told as a story of its own); null when
   * none was and every story is exact.
   */
  storiesAtCuts: number | null;
}

/** A build option that cannot be used (a base URL that is not one). */
export class SiteSettingError extends Error {
  override readonly name = "SiteSettingError";
}

/** The site's address as links need it: http(s), no trailing slash; anything else is refused. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new SiteSettingError(
      `base URL ${JSON.stringify(baseUrl)} is not a URL (e.g. https://news.example.com)`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SiteSettingError(`base URL ${JSON.stringify(baseUrl)} must start with https:// or http://`);
  }
  if (url.search || url.hash)
    throw new SiteSettingError(`base URL ${JSON.stringify(baseUrl)} must have no ? or #`);
  return url.href.replace(/\/+$/, "");
}

const DOCS_PER_CHUNK = 1000;

/**
 * Builds the static site, atomically: it is written beside `outDir` and replaces it only when
 * complete, so a failed build leaves the previous site in place. Streams: each article's page is
 * written as it comes and only its summary (no body) kept, on disk (`SummaryStore`); listings, the
 * home page and the search index come from summaries read back one page at a time.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  // A bad --base-url is refused before anything is written.
  const baseUrl = options.baseUrl === undefined ? null : normalizeBaseUrl(options.baseUrl);
  const staging = await stageOutDir(options.outDir);
  try {
    const result = await writeSite({ ...options, outDir: staging.dir }, baseUrl);
    await staging.commit();
    return result;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/** The build itself, into an empty folder. */
async function writeSite(options: BuildSiteOptions, baseUrl: string | null): Promise<BuildSiteResult> {
  const { outDir } = options;
  // Assets first: every page links them by their content-hashed names.
  const site: SiteSettings = { assets: await writeClientAssets(outDir), baseUrl };
  const search = new SearchIndexWriter({
    // Inside the staging folder, so a failed build leaves nothing behind; removed when the index is done.
    workDir: join(outDir, ".search-work"),
    outDir: join(outDir, "search"),
  });
  // Inside the staging folder too; removed when the build ends, whatever happened.
  const summaries = new SummaryStore(join(outDir, ".summaries"));
  // The listings' sequences, written once the articles are ranked; removed with the summaries.
  const listings = new SequenceSpill(join(outDir, ".listings"));
  try {
    // An article page's path is read back from its summary when a hash of its folded name matches.
    return await withSitePaths(
      () => writePages(options, baseUrl, site, search, summaries, listings),
      (sequence) => summaries.get(sequence).path,
    );
  } finally {
    listings.dispose();
    summaries.dispose();
  }
}

/** Every page, from the articles as they come and then from their summaries. */
async function writePages(
  options: BuildSiteOptions,
  baseUrl: string | null,
  site: SiteSettings,
  search: SearchIndexWriter,
  summaries: SummaryStore,
  listings: SequenceSpill,
): Promise<BuildSiteResult> {
  const { outDir, pageSize = 50, homeLatest = 8, homeSources = 12, homeNewest = 20 } = options;
  /** Pages other than the articles' (those are listed from the summaries), for the sitemap. */
  const sitemap: SitemapEntry[] = [];
  const sourceNames = new Map<string, string>();
  const published = new PublishedIds(summaries);
  const securityNames = new Map<string, string>();
  const days = new DayCounter();
  // Inside the staging folder too; removed once the stories are assigned.
  const stories = await SiteStories.open(outDir, options.maxHeld);
  let duplicateIds = 0;

  for await (const given of options.articles) {
    // An Article a library caller made may hold what a parse never leaves: a bidi override in a source's name (U+202E)
    // turns what follows it in its listing row around. Scrubbed as a parse scrubs, on a copy: the caller's stays as given.
    const article = scrubArticle(structuredClone(given));
    const id = published.claim(article.id);
    if (id !== article.id) duplicateIds += 1;
    const summary = summarize(article, summaries.length, id);
    summaries.add(summary);
    if (article.source?.slug && !sourceNames.has(article.source.slug)) {
      sourceNames.set(article.source.slug, article.source.name);
    }
    for (const security of article.securities) {
      if (security.name && !securityNames.has(securityKey(security))) {
        securityNames.set(securityKey(security), security.name);
      }
    }
    days.add(summary.day, summary.source ?? UNKNOWN_SOURCE);
    await stories.add(article);
    await writeArticlePage(outDir, article, summary, site);
    await search.add(summary.sequence, article.title, article.text);
  }

  const told = await stories.assign(summaries);
  const storiesAtCuts = stories.estimated ? stories.storiesAtCuts : null;
  await stories.dispose();
  const ranked = summaries.ranked();
  const rankOf = new Int32Array(summaries.length);
  ranked.forEach((sequence, rank) => {
    rankOf[sequence] = rank;
  });
  const groups = groupSummaries(summaries.each(ranked), listings);
  await linkNeighbours(outDir, groups, summaries, told);

  let pages = summaries.length;
  const listing = { outDir, pageSize, site, summaries, securityNames, sourceNames, sitemap };
  pages += await writeListingPages(groups, listing);
  pages += await writeLatestPages(ranked, listing);

  const sources = orderedKeys("source", groups.source).filter((key) => key !== UNKNOWN_SOURCE);
  if (groups.source.has(UNKNOWN_SOURCE)) sources.push(UNKNOWN_SOURCE);
  const sections: HomeSection[] = sources.slice(0, homeSources).map((source) => {
    const sequences = groups.source.get(source)!;
    return {
      source,
      total: sequences.length,
      latest: [...summaries.each(sequences.first(homeLatest))],
    };
  });
  const home = HomePage({
    totalArticles: summaries.length,
    latest: [...summaries.each(ranked.subarray(0, homeNewest))],
    unknownSource: groups.source.get(UNKNOWN_SOURCE)?.length ?? 0,
    sections,
    sourceCount: sources.length,
    days: days.entries(),
  });
  await writeOutput(outDir, "index.html", renderDocument(home, site));
  await writeOutput(outDir, fileFor("/search/"), renderDocument(SearchPage(), site));
  await writeOutput(outDir, fileFor("/playground/"), renderDocument(PlaygroundPage(), site));
  await writeOutput(outDir, "404.html", renderDocument(NotFoundPage(), site));
  pages += 4;
  sitemap.push({ path: "/search/" }, { path: "/playground/" });

  const siteFeed = { title: SITE_NAME, pagePath: "/", articles: summaries.firstDated(ranked, FEED_ENTRIES) };
  await writeOutput(outDir, FEED_PATH.slice(1), atomFeed({ ...siteFeed, feedPath: FEED_PATH }, site));
  await writeOutput(
    outDir,
    RSS_PATH.slice(1),
    rssFeed({ ...siteFeed, feedPath: RSS_PATH }, site, `${SITE_NAME}：最新的财经新闻`),
  );
  if (baseUrl !== null) {
    // The home page, every article in arrival order, then the other pages as they were written.
    function* entries(): Generator<SitemapEntry> {
      yield { path: "/" };
      for (let sequence = 0; sequence < summaries.length; sequence++) {
        const { path, publishedAt } = summaries.get(sequence);
        yield { path, lastmod: publishedAt };
      }
      yield* sitemap;
    }
    const total = 1 + summaries.length + sitemap.length;
    for (const [file, xml] of sitemapFiles(entries(), total, site)) await writeOutput(outDir, file, xml);
  }
  await writeOutput(outDir, "robots.txt", robotsTxt(site));

  const meta = await search.finish(rankOf, DOCS_PER_CHUNK);
  for (let start = 0; start < ranked.length; start += DOCS_PER_CHUNK) {
    const chunk: DocChunk = [...summaries.each(ranked.subarray(start, start + DOCS_PER_CHUNK))].map(
      (summary) => [summary.path, summary.title, summary.dateText, summary.source ?? ""],
    );
    await writeOutput(outDir, `search/docs/${start / DOCS_PER_CHUNK}.json`, JSON.stringify(chunk));
  }

  await writeOutput(outDir, "_headers", cloudflareHeadersFile());
  // Wrangler uploads the whole folder as Workers static assets; the build marker is not content.
  await writeOutput(outDir, ".assetsignore", `${SITE_MARKER}\n`);
  return {
    articles: summaries.length,
    duplicateIds,
    pages,
    searchShards: meta.shardCount,
    sitemap: baseUrl !== null,
    storiesAtCuts,
  };
}

/**
 * The ids articles are published under, each unique within the build. Kept as hashes
 * (`HashedKeySet`), a matching hash checked against the id in the summary of the article that took
 * it; ids that were taken again remember the suffix they reached, so the n-th copy of an id does not
 * test the n − 1 suffixes before it.
 */
class PublishedIds {
  private readonly taken: HashedKeySet;
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly summaries: SummaryStore) {
    this.taken = new HashedKeySet((sequence) => summaries.get(sequence).id);
  }

  /**
   * The id itself, or `<id>-2`, `<id>-3` … (the first not taken) when an earlier input already took
   * it; taken by the next summary.
   */
  claim(id: string): string {
    let published = id;
    if (this.taken.has(id)) {
      let n = this.nextSuffix.get(id) ?? 2;
      while (this.taken.has(`${id}-${n}`)) n++;
      this.nextSuffix.set(id, n + 1);
      published = `${id}-${n}`;
    }
    this.taken.add(published, this.summaries.length);
    return published;
  }
}
