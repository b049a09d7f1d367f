import { href, type ListingKind, listingPath } from "../build/site-paths.js";
import type { ArticleSummary } from "../build/summary.js";
import { ArticleList } from "./article-list.js";
import { type FeedLink, Layout } from "./layout.js";

export const KIND_NAMES: Readonly<Record<ListingKind, string>> = {
  source: "来源",
  tag: "标签",
  category: "分类",
  security: "证券",
  month: "月份",
};

export interface ListingPageProps {
  /** The heading readers see (`2022年4月`, `中国太保 601601.SH`). */
  heading: string;
  description: string;
  /** A line under the heading saying what the list is, when the heading alone does not. */
  intro?: string;
  /** The overview this listing belongs to, as [path, label]; none for the site-wide list. */
  breadcrumb?: [path: string, label: string];
  feed?: FeedLink;
  showSource: boolean;
  total: number;
  page: number;
  pageCount: number;
  /** The path of page n of this listing. */
  pathOf: (page: number) => string;
  articles: ArticleSummary[];
  /** A security's other listings (the same company in Hong Kong, New York…), linked when the site has a page for it. */
  otherListings?: readonly OtherListing[];
}

export interface OtherListing {
  key: string;
  label: string;
  linked: boolean;
}

/** One page of a list of articles (a source, tag, security, month, or all of them), newest first. */
export function ListingPage(props: ListingPageProps) {
  const { heading, page, pageCount, total, breadcrumb, feed, otherListings = [] } = props;
  const title = page === 1 ? heading : `${heading}（第 ${page} 页）`;
  return (
    <Layout title={title} description={props.description} path={props.pathOf(page)} feed={feed}>
      {breadcrumb ? (
        <nav class="breadcrumbs" aria-label="位置">
          <a href={href(breadcrumb[0])}>{breadcrumb[1]}</a>
        </nav>
      ) : null}
      <h1>{heading}</h1>
      {otherListings.length > 0 ? (
        <p class="listings">
          其他上市地：
          {otherListings.map((listing, i) => (
            <>
              {i > 0 ? "、" : ""}
              {listing.linked ? (
                <a href={href(listingPath("security", listing.key, 1))}>{listing.label}</a>
              ) : (
                listing.label
              )}
            </>
          ))}
        </p>
      ) : null}
      {props.intro ? <p class="hint">{props.intro}</p> : null}
      <p class="count">
        共 {total} 篇{pageCount > 1 ? `，第 ${page}/${pageCount} 页` : ""}
        {feed ? (
          <a class="feed" href={href(feed.path)} type="application/atom+xml">
            订阅
          </a>
        ) : null}
      </p>
      <ArticleList articles={props.articles} showSource={props.showSource} />
      {pageCount > 1 ? <Pagination pathOf={props.pathOf} page={page} pageCount={pageCount} /> : null}
    </Layout>
  );
}

/** First, previous, a window around the current page, next, last: constant size at any page count. */
function Pagination({
  pathOf,
  page,
  pageCount,
}: {
  pathOf: (page: number) => string;
  page: number;
  pageCount: number;
}) {
  const pages = new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount]);
  const shown = [...pages].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const link = (n: number) => href(pathOf(n));
  return (
    <nav class="pagination" aria-label="分页">
      {page > 1 ? (
        <a rel="prev" href={link(page - 1)}>
          上一页
        </a>
      ) : null}
      <ol>
        {shown.map((n, i) => (
          <li class={i > 0 && n - shown[i - 1]! > 1 ? "gap" : undefined}>
            {n === page ? <span aria-current="page">{n}</span> : <a href={link(n)}>{n}</a>}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <a rel="next" href={link(page + 1)}>
          下一页
        </a>
      ) : null}
    </nav>
  );
}
