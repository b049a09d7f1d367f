import type { Child } from "hono/jsx";
import { CSP_META } from "../build/security-headers.js";
import { FEED_PATH, href, overviewPath } from "../build/site-paths.js";
import { absoluteUrl, assetUrl, SiteContext, type SiteSettings, useSite } from "./site-context.js";

export const SITE_NAME = "财讯";

/** A feed offered by a page (`<link rel="alternate">`), besides the site-wide one. */
export interface FeedLink {
  title: string;
  path: string;
}

export interface LayoutProps {
  title: string;
  description?: string;
  /** The page's own path: its canonical URL and Open Graph `og:url`. */
  path?: string;
  /** `article` for article pages (with their publish time and first image), else `website`. */
  article?: { publishedAt: string | null; image: string | null };
  feed?: FeedLink;
  /** Module scripts this page needs, by source name (no inline scripts: the CSP forbids them). */
  scripts?: string[];
  children?: Child;
}

const NAV: readonly [path: string, label: string][] = [
  ["/", "首页"],
  [overviewPath("source"), "来源"],
  [overviewPath("tag"), "标签"],
  [overviewPath("security"), "证券"],
  [overviewPath("month"), "月份"],
  ["/search/", "搜索"],
  ["/playground/", "解析试验"],
];

export function Layout({ title, description, path, article, feed, scripts = [], children }: LayoutProps) {
  const site = useSite();
  const fullTitle = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
  const url = path === undefined ? null : absoluteUrl(site, href(path));
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={CSP_META} />
        {/* Outlets' image hosts often refuse hotlinks that carry a foreign Referer. */}
        <meta name="referrer" content="no-referrer" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        {url === null ? null : <link rel="canonical" href={url} />}
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:locale" content="zh_CN" />
        <meta property="og:type" content={article ? "article" : "website"} />
        <meta property="og:title" content={title} />
        {description ? <meta property="og:description" content={description} /> : null}
        {/* Open Graph wants absolute URLs; without the site's address there is none to give. */}
        {url !== null && site.baseUrl !== null ? <meta property="og:url" content={url} /> : null}
        {article?.image ? <meta property="og:image" content={article.image} /> : null}
        {article?.publishedAt ? (
          <meta property="article:published_time" content={article.publishedAt} />
        ) : null}
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${SITE_NAME} 最新文章`}
          href={absoluteUrl(site, FEED_PATH)}
        />
        {feed ? (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={feed.title}
            href={absoluteUrl(site, href(feed.path))}
          />
        ) : null}
        <link rel="icon" href={assetUrl(site, "favicon.svg")} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl(site, "site.css")} />
        {scripts.map((script) => (
          <script type="module" src={assetUrl(site, script)} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          跳到正文
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {SITE_NAME}
          </a>
          <nav class="site-nav" aria-label="全站">
            <ul>
              {NAV.map(([path, label]) => (
                <li>
                  <a href={href(path)}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site-footer">
          <p>由 caixun 从新闻文件生成的静态站点。正文经过清洗与净化，来源与转载链见各篇文章。</p>
        </footer>
      </body>
    </html>
  );
}

/** A whole document as a string, rendered with the settings of this build. */
export function renderDocument(page: Child, site: SiteSettings): string {
  return `<!DOCTYPE html>${String(<SiteContext.Provider value={site}>{page}</SiteContext.Provider>)}`;
}
