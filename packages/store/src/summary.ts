import type { Article, Security, Source, WarningCode } from "@caixun/core";
import { excerpt } from "@caixun/core/policy";

/** The list view of an article: everything but the body, plus a short excerpt of it. */
export interface ArticleSummary {
  id: string;
  title: string;
  publishedAt: string | null;
  source: Source | null;
  via: string[];
  author: string | null;
  originalUrl: string | null;
  categories: string[];
  tags: string[];
  securities: Security[];
  format: Article["format"];
  fingerprint: string;
  /** The story the article belongs to (see `/v1/stories/{id}`); null for one stored before stories existed. */
  storyId: string | null;
  characters: number;
  warnings: WarningCode[];
  excerpt: string;
}

export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    via: article.via,
    author: article.author,
    originalUrl: article.originalUrl,
    categories: article.categories,
    tags: article.tags,
    securities: article.securities,
    format: article.format,
    fingerprint: article.fingerprint,
    storyId: article.storyId ?? null,
    characters: article.stats.characters,
    warnings: [...new Set(article.warnings.map((warning) => warning.code))],
    excerpt: excerpt(article.text),
  };
}
