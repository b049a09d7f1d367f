import { UNKNOWN_SOURCE } from "../build/groups.js";
import { href, listingPath } from "../build/site-paths.js";
import type { ArticleSummary } from "../build/summary.js";

/** The row of an article in every listing: title, date, source, the first words. */
export function ArticleList({
  articles,
  showSource = true,
}: {
  articles: ArticleSummary[];
  showSource?: boolean;
}) {
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <li>
          <a class="title" href={href(article.path)}>
            {article.title}
          </a>
          <p class="meta">
            {article.publishedAt ? (
              <time datetime={article.publishedAt}>{article.dateText}</time>
            ) : (
              <span>{article.dateText}</span>
            )}
            {showSource ? (
              <a class="source" href={href(listingPath("source", article.source ?? UNKNOWN_SOURCE))}>
                {article.source ?? UNKNOWN_SOURCE}
              </a>
            ) : null}
            {article.storyCopies > 1 ? (
              <a class="copies" href={`${href(article.path)}#also-reported`}>
                另有{article.storyCopies - 1}篇报道
              </a>
            ) : null}
          </p>
          {article.lead ? <p class="lead">{article.lead}</p> : null}
        </li>
      ))}
    </ol>
  );
}
