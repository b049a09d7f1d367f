import type { Article } from "@caixun/core";
import { chinaDay, chinaMonth, excerpt } from "@caixun/core/policy";
import { displayDate, instantOf } from "./dates.js";
import { headline } from "./headline.js";
import { readerText } from "./reader-body.js";
import { articlePath, securityKey } from "./site-paths.js";

/** Code points of the body a listing shows under a title. */
const LEAD_LENGTH = 90;

/**
 * What the build keeps of an article once its page is written: enough for listings, the chart,
 * prev/next and search results, and no body, so memory grows by a few hundred bytes an article.
 */
export interface ArticleSummary {
  /** Arrival order in the build. */
  sequence: number;
  id: string;
  path: string;
  /** The headline readers see (see headline.ts), not always the stored title. */
  title: string;
  /** Milliseconds since the epoch, null when undated. */
  instant: number | null;
  publishedAt: string | null;
  dateText: string;
  day: string | null;
  month: string | null;
  source: string | null;
  tags: string[];
  categories: string[];
  securities: string[];
  /** The first words of the body, for listings. */
  lead: string;
  /** Sequence of the canonical copy of the story this article tells (its own until stories are grouped). */
  story: number;
  /** Articles of the build that tell the same story, this one included. */
  storyCopies: number;
}

export function summarize(article: Article, sequence: number, id: string): ArticleSummary {
  const title = headline(article.title);
  let text = readerText(article).trimStart();
  // A flash item opens with its bracketed headline; the listing shows it once, as the title.
  if (text.startsWith(`【${title}】`)) text = text.slice(title.length + 2);
  return {
    sequence,
    id,
    path: articlePath(id),
    title,
    instant: instantOf(article.publishedAt),
    publishedAt: article.publishedAt,
    dateText: displayDate(article.publishedAt),
    day: chinaDay(article.publishedAt),
    month: chinaMonth(article.publishedAt),
    source: article.source?.name ?? null,
    tags: article.tags,
    categories: article.categories,
    securities: article.securities.map(securityKey),
    lead: excerpt(text, LEAD_LENGTH),
    story: sequence,
    storyCopies: 1,
  };
}
