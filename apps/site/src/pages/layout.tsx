import type { Child } from "hono/jsx";
import { CSP_META } from "../build/security-headers.js";
import { href, overviewPath } from "../build/site-paths.js";

export const SITE_NAME = "财讯";

export interface LayoutProps {
  title: string;
  description?: string;
  /** Module scripts from /assets/ this page needs (no inline scripts: the CSP forbids them). */
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

export function Layout({ title, description, scripts = [], children }: LayoutProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={CSP_META} />
        {/* Outlets' image hosts often refuse hotlinks that carry a foreign Referer. */}
        <meta name="referrer" content="no-referrer" />
        <title>{title === SITE_NAME ? title : `${title} · ${SITE_NAME}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {scripts.map((script) => (
          <script type="module" src={`/assets/${script}`} />
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

/** A whole document as a string. */
export function renderDocument(page: Child): string {
  return `<!DOCTYPE html>${String(page)}`;
}
