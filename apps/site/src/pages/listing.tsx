import { href, type ListingKind, listingPath, overviewPath } from "../build/site-paths.js";
import type { ArticleSummary } from "../build/summary.js";
import { ArticleList } from "./article-list.js";
import { Layout } from "./layout.js";

export const KIND_NAMES: Readonly<Record<ListingKind, string>> = {
  source: "来源",
  tag: "标签",
  category: "分类",
  security: "证券",
  month: "月份",
};

export interface ListingPageProps {
  kind: ListingKind;
  /** The key in URLs (`601601.SH`, `2022-04`, the source name). */
  keyName: string;
  /** The heading readers see (`2022年4月`, `中国太保 601601.SH`). */
  heading: string;
  total: number;
  page: number;
  pageCount: number;
  articles: ArticleSummary[];
  /** A security's other listings (the same company in Hong Kong, New York…), linked when the site has a page for it. */
  otherListings?: readonly OtherListing[];
}

export interface OtherListing {
  key: string;
  label: string;
  linked: boolean;
}

/** One page of the articles of a source, tag, category, security or month, newest first. */
export function ListingPage({
  kind,
  keyName,
  heading,
  total,
  page,
  pageCount,
  articles,
  otherListings = [],
}: ListingPageProps) {
  const title = page === 1 ? heading : `${heading}（第 ${page} 页）`;
  return (
    <Layout title={title} description={`${KIND_NAMES[kind]}「${heading}」的 ${total} 篇文章`}>
      <nav class="breadcrumbs" aria-label="位置">
        <a href={href(overviewPath(kind))}>全部{KIND_NAMES[kind]}</a>
      </nav>
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
      <p class="count">
        共 {total} 篇{pageCount > 1 ? `，第 ${page}/${pageCount} 页` : ""}
      </p>
      <ArticleList articles={articles} showSource={kind !== "source"} />
      {pageCount > 1 ? <Pagination kind={kind} keyName={keyName} page={page} pageCount={pageCount} /> : null}
    </Layout>
  );
}

/** First, previous, a window around the current page, next, last: constant size at any page count. */
function Pagination({
  kind,
  keyName,
  page,
  pageCount,
}: {
  kind: ListingKind;
  keyName: string;
  page: number;
  pageCount: number;
}) {
  const pages = new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount]);
  const shown = [...pages].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const link = (n: number) => href(listingPath(kind, keyName, n));
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
