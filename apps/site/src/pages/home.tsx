import { UNKNOWN_SOURCE } from "../build/groups.js";
import { FEED_PATH, href, latestPath, listingPath, overviewPath } from "../build/site-paths.js";
import type { ArticleSummary } from "../build/summary.js";
import { ArticleList } from "./article-list.js";
import { ArticlesPerDayChart, type DayCounts } from "./chart.js";
import { Layout, SITE_NAME } from "./layout.js";

export interface HomeSection {
  source: string;
  /** All articles of the source. */
  total: number;
  latest: ArticleSummary[];
}

export interface HomePageProps {
  totalArticles: number;
  /** The newest articles of every source, known or not. */
  latest: ArticleSummary[];
  /** Articles whose source is unknown, listed under 来源不明. */
  unknownSource: number;
  sections: HomeSection[];
  /** Sources beyond the sections shown, for the link to all sources. */
  sourceCount: number;
  days: DayCounts[];
}

export function HomePage({
  totalArticles,
  latest,
  unknownSource,
  sections,
  sourceCount,
  days,
}: HomePageProps) {
  return (
    <Layout title={SITE_NAME} description={`${totalArticles} 篇财经新闻，按来源整理，可搜索。`} path="/">
      <h1 class="visually-hidden">{SITE_NAME}</h1>
      <section class="overview-strip" aria-label="概览">
        <p>
          共 <strong>{totalArticles}</strong> 篇文章，来自 <strong>{sourceCount}</strong> 个来源。
        </p>
        <form class="search-box" action="/search/" method="get">
          <label for="home-q" class="visually-hidden">
            搜索标题与正文
          </label>
          <input id="home-q" type="search" name="q" placeholder="搜索标题与正文，如：太保" />
          <button type="submit">搜索</button>
        </form>
      </section>
      <section class="latest" aria-labelledby="latest-title">
        <h2 id="latest-title">
          <a href={href(latestPath())}>最新</a>
          <a class="feed" href={href(FEED_PATH)} type="application/atom+xml">
            订阅
          </a>
        </h2>
        <ArticleList articles={latest} />
        <p class="more-links">
          <a class="more" href={href(latestPath())}>
            全部 {totalArticles} 篇，按时间
          </a>
          {unknownSource > 0 ? (
            <a class="more" href={href(listingPath("source", UNKNOWN_SOURCE))}>
              来源不明的 {unknownSource} 篇
            </a>
          ) : null}
        </p>
      </section>
      <ArticlesPerDayChart days={days} />
      <div class="sections">
        {sections.map((section, index) => (
          <section class="source-section" aria-labelledby={`source-${index}`}>
            <h2 id={`source-${index}`}>
              <a href={href(listingPath("source", section.source))}>{section.source}</a>
              <span class="badge">{section.total}</span>
            </h2>
            <ArticleList articles={section.latest} showSource={false} />
            {section.total > section.latest.length ? (
              <a class="more" href={href(listingPath("source", section.source))}>
                查看{section.source}全部 {section.total} 篇
              </a>
            ) : null}
          </section>
        ))}
      </div>
      {sourceCount > sections.length ? (
        <p class="more">
          <a href={href(overviewPath("source"))}>全部 {sourceCount} 个来源</a>
        </p>
      ) : null}
    </Layout>
  );
}
