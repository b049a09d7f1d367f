import type { Article, Security } from "@caixun/core";
import { safeUrl } from "@caixun/core/policy";
import { raw } from "hono/html";
import { displayDate } from "../build/dates.js";
import { UNKNOWN_SOURCE } from "../build/groups.js";
import { headline } from "../build/headline.js";
import { readerHtml, standfirst } from "../build/reader-body.js";
import { href, listingFeedPath, listingPath, securityKey } from "../build/site-paths.js";
import { categoryLabel, figureValue, MARKET_NAMES } from "./labels.js";
import { Layout } from "./layout.js";

/**
 * Where the prev/next links go. Article pages are written as soon as they are parsed, before the
 * neighbours by date are known; the build fills this in once every article has been seen.
 */
export const SEQUENCE_MARKER = "<!--caixun:sequence-->";

/** Where the other copies of the article's story are listed, filled in once stories are grouped. */
export const STORY_MARKER = "<!--caixun:story-->";

export interface ArticlePageProps {
  article: Article;
  /** The id the page is published under (the article's id, made unique within the build). */
  id: string;
  /** The page's path, as the build registered it for `id` (`articlePath`, once an id). */
  path: string;
  /** The first words of the body, for search engines and link previews. */
  description: string;
}

export function ArticlePage({ article, id, path, description }: ArticlePageProps) {
  const title = headline(article.title);
  const fullTitle = standfirst(article);
  const image =
    article.images.map((image) => safeUrl(image.src)).find((src) => src?.startsWith("http")) ?? null;
  return (
    <Layout
      title={title}
      description={description}
      path={path}
      article={{ publishedAt: article.publishedAt, image }}
      feed={
        article.source
          ? { title: `${article.source.name} 最新文章`, path: listingFeedPath("source", article.source.name) }
          : undefined
      }
    >
      <article class="article" data-id={id}>
        <header class="article-header">
          <h1>{title}</h1>
          {fullTitle === null ? null : <p class="standfirst">{fullTitle}</p>}
          <Provenance article={article} />
          <Terms article={article} />
          {article.securities.length > 0 ? <Securities securities={article.securities} /> : null}
        </header>
        {article.figures.length > 0 ? <Figures article={article} /> : null}
        {/* Only core's renderer writes HTML here: it is built from typed blocks, every string escaped.
            Editor warnings are for whoever curates the corpus (caixun stats, the playground), not readers. */}
        <div class="article-body">{raw(readerHtml(article))}</div>
        {raw(STORY_MARKER)}
      </article>
      {raw(SEQUENCE_MARKER)}
    </Layout>
  );
}

function Provenance({ article }: { article: Article }) {
  const original = article.originalUrl === null ? null : safeUrl(article.originalUrl);
  return (
    <dl class="provenance">
      <div>
        <dt>发布时间</dt>
        <dd>
          {article.publishedAt ? (
            <time datetime={article.publishedAt}>{displayDate(article.publishedAt)}</time>
          ) : (
            "日期不详"
          )}
        </dd>
      </div>
      <div>
        <dt>来源</dt>
        <dd>
          {article.source ? (
            <a href={href(listingPath("source", article.source.name))}>{article.source.name}</a>
          ) : (
            <a href={href(listingPath("source", UNKNOWN_SOURCE))}>{UNKNOWN_SOURCE}</a>
          )}
        </dd>
      </div>
      {article.via.length > 0 ? (
        <div>
          <dt>转载经由</dt>
          <dd>
            <ol class="via">
              {article.via.map((step) => (
                <li>{step}</li>
              ))}
            </ol>
          </dd>
        </div>
      ) : null}
      {article.author ? (
        <div>
          <dt>作者</dt>
          <dd>{article.author}</dd>
        </div>
      ) : null}
      {article.editor ? (
        <div>
          <dt>责任编辑</dt>
          <dd>{article.editor}</dd>
        </div>
      ) : null}
      {original ? (
        <div>
          <dt>原文</dt>
          <dd>
            <a class="original" href={original} rel="nofollow noopener noreferrer">
              原文链接
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Terms({ article }: { article: Article }) {
  if (article.tags.length === 0 && article.categories.length === 0) return null;
  const sourceNames = new Map(article.source?.slug ? [[article.source.slug, article.source.name]] : []);
  return (
    <ul class="terms" aria-label="分类与标签">
      {article.categories.map((category) => (
        <li>
          <a class="term category" href={href(listingPath("category", category))}>
            {categoryLabel(category, sourceNames)}
          </a>
        </li>
      ))}
      {article.tags.map((tag) => (
        <li>
          <a class="term tag" href={href(listingPath("tag", tag))}>
            #{tag}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Securities({ securities }: { securities: Security[] }) {
  return (
    <section class="securities" aria-labelledby="securities-title">
      <h2 id="securities-title">相关证券</h2>
      <ul>
        {securities.map((security) => (
          <li>
            <a
              href={href(listingPath("security", securityKey(security)))}
              title={MARKET_NAMES[security.market]}
            >
              {security.name ? <span class="security-name">{security.name}</span> : null}
              <span class="security-code">{security.code}</span>
              <span class="security-market">{security.market}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Figures({ article }: { article: Article }) {
  return (
    <details class="figures">
      <summary>文中数字（{article.figures.length}）</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">原文</th>
            <th scope="col">数值</th>
          </tr>
        </thead>
        <tbody>
          {article.figures.map((figure) => (
            <tr>
              <td>{figure.text}</td>
              <td>{figureValue(figure.value, figure.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export interface Copy {
  path: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  dateText: string;
}

/** The other outlets that told the same story, earliest first. */
export function AlsoReportedBy({ copies }: { copies: Copy[] }) {
  if (copies.length === 0) return null;
  return (
    <section class="also-reported" id="also-reported">
      <h2>其他媒体报道</h2>
      <ol>
        {copies.map((copy) => (
          <li>
            <a href={href(copy.path)}>{copy.source ?? "来源不明"}</a>
            {copy.publishedAt ? (
              <time datetime={copy.publishedAt}>{copy.dateText}</time>
            ) : (
              <span>{copy.dateText}</span>
            )}
            <span class="copy-title">{copy.title}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
