import { join } from "node:path";
import type { Article } from "@caixun/core";
import { HomePage, type HomeSection } from "../pages/home.js";
import { renderDocument } from "../pages/layout.js";
import { NotFoundPage } from "../pages/not-found.js";
import { PlaygroundPage } from "../pages/playground.js";
import { SearchPage } from "../pages/search.js";
import type { DocChunk } from "../search/format.js";
import { SearchIndexWriter } from "../search/index-writer.js";
import { linkNeighbours, writeArticlePage } from "./article-pages.js";
import { writeClientAssets } from "./client-assets.js";
import { DayCounter } from "./day-counter.js";
import { groupSummaries, orderedKeys, UNKNOWN_SOURCE } from "./groups.js";
import { writeListingPages } from "./listing-pages.js";
import { SITE_MARKER, stageOutDir, writeOutput } from "./output.js";
import { cloudflareHeadersFile } from "./security-headers.js";
import { fileFor, securityKey, withSitePaths } from "./site-paths.js";
import { SiteStories } from "./stories.js";
import { type ArticleSummary, byRecency, summarize } from "./summary.js";

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
}

export interface BuildSiteResult {
  articles: number;
  /** Inputs whose id another input already had; published under `<id>-2`, `<id>-3` … */
  duplicateIds: number;
  pages: number;
  searchShards: number;
}

const DOCS_PER_CHUNK = 1000;

/**
 * Builds the static site, atomically: it is written beside `outDir` and replaces it only when
 * complete, so a failed build leaves the previous site in place. Streams: each article's page is
 * written as it comes and only its summary (no body) kept; listings, the home page and the search
 * index come from summaries.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const staging = await stageOutDir(options.outDir);
  try {
    const result = await withSitePaths(() => writeSite({ ...options, outDir: staging.dir }));
    await staging.commit();
    return result;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/** The build itself, into an empty folder. */
async function writeSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const { outDir, pageSize = 50, homeLatest = 8, homeSources = 12 } = options;
  const search = new SearchIndexWriter({
    // Inside the staging folder, so a failed build leaves nothing behind; removed when the index is done.
    workDir: join(outDir, ".search-work"),
    outDir: join(outDir, "search"),
  });
  const summaries: ArticleSummary[] = [];
  const publishedIds = new Set<string>();
  const securityNames = new Map<string, string>();
  const days = new DayCounter();
  const stories = new SiteStories();
  let duplicateIds = 0;

  for await (const article of options.articles) {
    const id = uniqueId(article.id, publishedIds);
    publishedIds.add(id);
    if (id !== article.id) duplicateIds += 1;
    const summary = summarize(article, summaries.length, id);
    summaries.push(summary);
    for (const security of article.securities) {
      if (security.name && !securityNames.has(securityKey(security))) {
        securityNames.set(securityKey(security), security.name);
      }
    }
    days.add(summary.day, summary.source ?? UNKNOWN_SOURCE);
    stories.add(article);
    await writeArticlePage(outDir, article, summary);
    await search.add(summary.sequence, article.title, article.text);
  }

  const told = stories.assign(summaries);
  const ranked = [...summaries].sort(byRecency);
  const rankOf = new Int32Array(summaries.length);
  ranked.forEach((summary, rank) => {
    rankOf[summary.sequence] = rank;
  });
  const groups = groupSummaries(ranked);
  await linkNeighbours(outDir, groups, summaries, told);

  let pages = summaries.length;
  pages += await writeListingPages(groups, { outDir, pageSize, summaries, securityNames });

  const sources = orderedKeys("source", groups.source).filter((key) => key !== UNKNOWN_SOURCE);
  if (groups.source.has(UNKNOWN_SOURCE)) sources.push(UNKNOWN_SOURCE);
  const sections: HomeSection[] = sources.slice(0, homeSources).map((source) => {
    const sequences = groups.source.get(source)!;
    return {
      source,
      total: sequences.length,
      latest: sequences.slice(0, homeLatest).map((sequence) => summaries[sequence]!),
    };
  });
  const home = HomePage({
    totalArticles: summaries.length,
    sections,
    sourceCount: sources.length,
    days: days.entries(),
  });
  await writeOutput(outDir, "index.html", renderDocument(home));
  await writeOutput(outDir, fileFor("/search/"), renderDocument(SearchPage()));
  await writeOutput(outDir, fileFor("/playground/"), renderDocument(PlaygroundPage()));
  await writeOutput(outDir, "404.html", renderDocument(NotFoundPage()));
  pages += 4;

  const meta = await search.finish(rankOf, DOCS_PER_CHUNK);
  for (let start = 0; start < ranked.length; start += DOCS_PER_CHUNK) {
    const chunk: DocChunk = ranked
      .slice(start, start + DOCS_PER_CHUNK)
      .map((summary) => [summary.path, summary.title, summary.dateText, summary.source ?? ""]);
    await writeOutput(outDir, `search/docs/${start / DOCS_PER_CHUNK}.json`, JSON.stringify(chunk));
  }

  await writeClientAssets(outDir);
  await writeOutput(outDir, "_headers", cloudflareHeadersFile());
  // Wrangler uploads the whole folder as Workers static assets; the build marker is not content.
  await writeOutput(outDir, ".assetsignore", `${SITE_MARKER}\n`);
  return { articles: summaries.length, duplicateIds, pages, searchShards: meta.shardCount };
}

/** The id itself, or `<id>-2`, `<id>-3` … when an earlier input already took it. */
function uniqueId(id: string, published: ReadonlySet<string>): string {
  let candidate = id;
  for (let n = 2; published.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
