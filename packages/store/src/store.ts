import type { Article, Market } from "@caixun/core";
import { chinaTime } from "@caixun/core/policy";
import { type Story, storyOfCopies } from "@caixun/core/stories";
import { type CursorPosition, decodeCursor, encodeCursor, ListRequestError } from "./cursor.js";
import { matchExpression } from "./search-text.js";
import { type SqlDatabase, type SqlValue, sql } from "./sql.js";
import { assignStories, preparedKeysOf, type StorySummary, withAssignedStories } from "./stories.js";
import type { ArticleSummary } from "./summary.js";
import { articleRowJson, type StoredArticle, upsertStatements } from "./writes.js";

export interface ArticleFilter {
  /** Full-text query: every Han run (as a substring) and every other word must occur. */
  q?: string;
  /** Source name (`北方网`) or slug (`beifangwang`). */
  source?: string;
  /** Security code (`601601`, `02601`, `CPIC`) on any market, or its name (`中国太保`). */
  security?: string;
  /** A tag or a category. */
  tag?: string;
  /** Published at or after this UTC instant (ISO 8601). */
  publishedFrom?: string;
  /** Published before this UTC instant (ISO 8601). */
  publishedBefore?: string;
}

export interface ListOptions extends ArticleFilter {
  limit: number;
  /** `newest` (default): by publish instant, undated last. `relevance`: best matches of `q` first. */
  sort?: "newest" | "relevance";
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

export interface SourceCount {
  name: string;
  slug: string | null;
  articles: number;
}

export interface SecurityListing {
  code: string;
  market: Market;
  names: string[];
  articles: number;
}

export interface StoreStats {
  articles: number;
  sources: number;
  securities: number;
  labels: number;
  formats: Record<string, number>;
  /** UTC instants of the oldest and newest dated articles. */
  earliest: string | null;
  latest: string | null;
}

export interface StoryListOptions {
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Only stories with at least this many copies (2: news several outlets carried). */
  minCopies?: number;
}

export interface StoryPage {
  items: StorySummary[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** What a database holds under an article's id (`SqlArticleStore.storedState`). */
export type StoredState = "absent" | "same" | "changed";

/** Everything the API and the CLI do with stored articles. */
export interface ArticleStore {
  /**
   * Inserts or replaces articles by id, all in one transaction, each assigned to its story (a new
   * copy joins the story of the copies already stored; nothing is regrouped). Throws
   * `RecordTooLargeError`, writing nothing, when one of them is over the database's row limit.
   */
  upsert(articles: StoredArticle[]): Promise<void>;
  /** Stories, newest first sighting first. */
  stories(options: StoryListOptions): Promise<StoryPage>;
  /** One story with every copy, or null. */
  story(id: string): Promise<Story | null>;
  get(id: string): Promise<Article | null>;
  list(options: ListOptions): Promise<ArticlePage>;
  sources(): Promise<SourceCount[]>;
  /** Listings of one code (a code can be on several markets); empty when no article refers to it. */
  security(code: string): Promise<SecurityListing[]>;
  stats(): Promise<StoreStats>;
}

/** Ids of one statement that reads stored rows: within D1's 100 bound parameters. */
const STATE_IDS = 90;

/** BM25 with a hit in the title worth four in the body (FTS5 ranks better matches lower). */
const RELEVANCE = "bm25(articles_fts, 4.0, 1.0)";

interface SummaryRow {
  id: string;
  sort_key: string;
  summary: string;
  score?: number;
}

/** A list row with its ordering keys: the publish instant (`''` when undated) and, by relevance, its rank. */
export interface ListedRow {
  id: string;
  sortKey: string;
  /** BM25 rank for `sort: "relevance"` (lower is better), else `null`. */
  score: number | null;
  summary: ArticleSummary;
}

/** What a list request asks for once validated: its order, its FTS expression, where the last page ended. */
export interface ListPlan {
  sort: "newest" | "relevance";
  match: string | undefined;
  after: CursorPosition | undefined;
}

/**
 * Validates the order, cursor and query of a list request. `null` when the query has nothing
 * searchable, so the answer is an empty page. Throws `ListRequestError` for what the client got wrong.
 */
export function listPlan(options: ListOptions): ListPlan | null {
  const sort = options.sort ?? "newest";
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  if (after && after.sort !== sort) {
    throw new ListRequestError("cursor", `this cursor belongs to sort=${after.sort}, not sort=${sort}`);
  }
  const match = options.q === undefined ? undefined : matchExpression(options.q);
  if (match === null) return null;
  if (sort === "relevance" && match === undefined) {
    throw new ListRequestError("sort", "sorting by relevance needs a query (q)");
  }
  return { sort, match, after };
}

/** The page of `limit` items that `rows` (fetched with one extra) begin, and the cursor after it. */
export function pageOf(
  rows: ListedRow[],
  sort: ListPlan["sort"],
  limit: number,
  offset: number,
): ArticlePage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    nextCursor = encodeCursor(
      sort === "relevance" ? { sort, offset: offset + limit } : { sort, sortKey: last.sortKey, id: last.id },
    );
  }
  return { items: page.map((row) => row.summary), nextCursor };
}

/** One query builder for both databases: the SQL is the SQLite dialect that D1 speaks too. */
export class SqlArticleStore implements ArticleStore {
  constructor(private readonly db: SqlDatabase) {}

  async upsert(articles: StoredArticle[]): Promise<void> {
    if (articles.length === 0) return;
    const ingestedAt = new Date().toISOString();
    // One id twice in a call: the last one wins.
    const latest = [...new Map(articles.map((stored) => [stored.article.id, stored])).values()];
    const { assigned, statements, committed } = await assignStories(
      this.db,
      latest.map((stored) => stored.article),
      { preparedKeys: preparedKeysOf(latest) },
    );
    await this.db.batch([
      ...upsertStatements(withAssignedStories(latest, assigned), ingestedAt, this.db),
      ...statements,
    ]);
    committed();
  }

  /**
   * Assigns a story to up to `limit` stored articles that have none (stored before stories
   * existed), oldest first, as if they were written again. Returns how many it assigned; call it
   * until it returns 0.
   */
  async assignMissingStories(limit = 500): Promise<number> {
    const rows = await this.db.all<{ article: string; filename: string | null }>(
      sql(
        `SELECT article, filename FROM articles WHERE story_id IS NULL
         ORDER BY sort_key = '', sort_key, id LIMIT ?`,
        limit,
      ),
    );
    await this.upsert(
      rows.map((row) => ({ article: JSON.parse(row.article) as Article, filename: row.filename })),
    );
    return rows.length;
  }

  async stories(options: StoryListOptions): Promise<StoryPage> {
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
    if (after !== undefined && after.sort !== "newest") {
      throw new ListRequestError("cursor", "this cursor does not belong to a list of stories");
    }
    const conditions = ["copies >= ?"];
    const params: SqlValue[] = [options.minCopies ?? 1];
    if (after !== undefined) {
      conditions.push("(sort_key, id) < (?, ?)");
      params.push(after.sortKey, after.id);
    }
    const rows = await this.db.all<{
      id: string;
      canonical_id: string;
      title: string;
      first_seen_at: string | null;
      sort_key: string;
      copies: number;
    }>({
      sql: `SELECT id, canonical_id, title, first_seen_at, sort_key, copies FROM stories
            WHERE ${conditions.join(" AND ")} ORDER BY sort_key DESC, id DESC LIMIT ?`,
      params: [...params, options.limit + 1],
    });
    const page = rows.slice(0, options.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        storyId: row.id,
        canonical: row.canonical_id,
        title: row.title,
        firstSeenAt: row.first_seen_at,
        copies: row.copies,
      })),
      nextCursor:
        rows.length > options.limit && last
          ? encodeCursor({ sort: "newest", sortKey: last.sort_key, id: last.id })
          : null,
    };
  }

  async story(id: string): Promise<Story | null> {
    const row = await this.storyRow(id);
    if (row === null) return null;
    // The first sighting is the earliest copy still stored.
    return storyOfCopies(
      id,
      row,
      (await this.storyCopies(id)).map((copy) => copy.summary),
    );
  }

  /** A story's canonical copy and title, or null when this database holds no row for it. */
  async storyRow(id: string): Promise<{ id: string; title: string } | null> {
    const [row] = await this.db.all<{ canonical_id: string; title: string }>(
      sql("SELECT canonical_id, title FROM stories WHERE id = ?", id),
    );
    return row === undefined ? null : { id: row.canonical_id, title: row.title };
  }

  /** The copies of a story this database holds, in time order (undated last, ties by id). */
  async storyCopies(id: string): Promise<{ id: string; sortKey: string; summary: ArticleSummary }[]> {
    const rows = await this.db.all<{ id: string; sort_key: string; summary: string }>(
      sql(
        "SELECT id, sort_key, summary FROM articles WHERE story_id = ? ORDER BY sort_key = '', sort_key, id",
        id,
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      sortKey: row.sort_key,
      summary: JSON.parse(row.summary) as ArticleSummary,
    }));
  }

  async get(id: string): Promise<Article | null> {
    const [row] = await this.db.all<{ article: string }>(
      sql("SELECT article FROM articles WHERE id = ?", id),
    );
    return row ? (JSON.parse(row.article) as Article) : null;
  }

  /**
   * What the database holds under the id of `entry`'s article: nothing, the same Article (its story
   * aside), or another. Compared as text, the row's JSON with the JSON `entry` would be stored as
   * under the row's story, so that neither is decoded nor serialised again (an ingest that meets
   * its files again compares every one).
   */
  async storedState(entry: StoredArticle): Promise<StoredState> {
    return (await this.storedStates([entry]))[0]!;
  }

  /**
   * `storedState` of each entry, in order, the rows read together: in statements of up to `STATE_IDS` ids (an
   * ingest asks it of every batch it writes, where one statement an article was most of its reads).
   */
  async storedStates(entries: readonly StoredArticle[]): Promise<StoredState[]> {
    const rows = new Map<string, { article: string; story_id: string | null }>();
    const ids = [...new Set(entries.map((entry) => entry.article.id))];
    for (let start = 0; start < ids.length; start += STATE_IDS) {
      const part = ids.slice(start, start + STATE_IDS);
      const found = await this.db.all<{ id: string; article: string; story_id: string | null }>({
        sql: `SELECT id, article, story_id FROM articles WHERE id IN (${part.map(() => "?").join(", ")})`,
        params: part,
      });
      for (const row of found) rows.set(row.id, row);
    }
    return entries.map((entry) => {
      const row = rows.get(entry.article.id);
      if (row === undefined) return "absent";
      const asStored = articleRowJson({ ...entry.article, storyId: row.story_id }, entry.json);
      return row.article === asStored ? "same" : "changed";
    });
  }

  async list(options: ListOptions): Promise<ArticlePage> {
    const plan = listPlan(options);
    if (plan === null) return { items: [], nextCursor: null };
    const offset = plan.after?.sort === "relevance" ? plan.after.offset : 0;
    const rows = await this.rows(options, plan, { limit: options.limit + 1, offset });
    return pageOf(rows, plan.sort, options.limit, offset);
  }

  /**
   * One window of list rows in list order, with the keys a caller needs to merge windows of several
   * stores (a sharded store does). `after` (newest order) comes from `plan`.
   */
  async rows(
    filter: ArticleFilter,
    plan: ListPlan,
    window: { limit: number; offset: number },
  ): Promise<ListedRow[]> {
    const { sort, match, after } = plan;
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    const where = (condition: string, ...values: SqlValue[]) => {
      conditions.push(condition);
      params.push(...values);
    };
    if (match !== undefined) where("articles_fts MATCH ?", match);
    if (filter.source !== undefined) {
      where("(a.source_name = ? OR a.source_slug = ?)", filter.source, filter.source);
    }
    if (filter.security !== undefined) {
      where(
        `a.id IN (SELECT article_id FROM article_securities WHERE (code, market) IN
           (SELECT code, market FROM article_securities WHERE code = ? OR name = ?))`,
        filter.security,
        filter.security,
      );
    }
    if (filter.tag !== undefined) {
      where("a.id IN (SELECT article_id FROM article_labels WHERE label = ?)", filter.tag);
    }
    // Undated articles have sort_key '' and so fall outside any date range.
    if (filter.publishedFrom !== undefined) where("a.sort_key >= ?", filter.publishedFrom);
    if (filter.publishedBefore !== undefined) {
      where("a.sort_key <> '' AND a.sort_key < ?", filter.publishedBefore);
    }
    if (after?.sort === "newest") where("(a.sort_key, a.id) < (?, ?)", after.sortKey, after.id);

    const rows = await this.db.all<SummaryRow>({
      sql: `SELECT a.id, a.sort_key, a.summary${sort === "relevance" ? `, ${RELEVANCE} AS score` : ""} FROM articles AS a
            ${match !== undefined ? "JOIN articles_fts ON articles_fts.rowid = a.rowid" : ""}
            ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""}
            ORDER BY ${sort === "relevance" ? `${RELEVANCE}, ` : ""}a.sort_key DESC, a.id DESC
            LIMIT ? OFFSET ?`,
      params: [...params, window.limit, window.offset],
    });
    return rows.map((row) => ({
      id: row.id,
      sortKey: row.sort_key,
      score: row.score ?? null,
      summary: JSON.parse(row.summary) as ArticleSummary,
    }));
  }

  async sources(): Promise<SourceCount[]> {
    return this.db.all<SourceCount>(
      sql(`SELECT source_name AS name, MAX(source_slug) AS slug, COUNT(*) AS articles FROM articles
           WHERE source_name IS NOT NULL GROUP BY source_name ORDER BY articles DESC, name`),
    );
  }

  /** The listings a code (`601601`) or a name (`中国太保`) stands for, with the names articles gave them. */
  async security(code: string): Promise<SecurityListing[]> {
    const rows = await this.db.all<{ code: string; market: Market; names: string | null; articles: number }>(
      sql(
        `SELECT code, market, GROUP_CONCAT(name, char(31)) AS names, COUNT(*) AS articles
         FROM article_securities
         WHERE (code, market) IN (SELECT code, market FROM article_securities WHERE code = ? OR name = ?)
         GROUP BY code, market ORDER BY articles DESC, market`,
        code,
        code,
      ),
    );
    return rows.map((row) => ({
      code: row.code,
      market: row.market,
      // Unit separator: company names may contain commas.
      names: row.names ? [...new Set(row.names.split("\u001f"))] : [],
      articles: row.articles,
    }));
  }

  async stats(): Promise<StoreStats> {
    const [totals] = await this.db.all<Omit<StoreStats, "formats">>(
      sql(`SELECT
             (SELECT COUNT(*) FROM articles) AS articles,
             (SELECT COUNT(DISTINCT source_name) FROM articles) AS sources,
             (SELECT COUNT(*) FROM (SELECT DISTINCT code, market FROM article_securities)) AS securities,
             (SELECT COUNT(DISTINCT label) FROM article_labels) AS labels,
             (SELECT MIN(sort_key) FROM articles WHERE sort_key <> '') AS earliest,
             (SELECT MAX(sort_key) FROM articles WHERE sort_key <> '') AS latest`),
    );
    const formats = await this.db.all<{ format: string; articles: number }>(
      sql("SELECT format, COUNT(*) AS articles FROM articles GROUP BY format ORDER BY format"),
    );
    return {
      ...totals!,
      // Stored as UTC sort keys; reported in China Standard Time, as the articles carry their dates.
      earliest: totals!.earliest === null ? null : chinaTime(totals!.earliest),
      latest: totals!.latest === null ? null : chinaTime(totals!.latest),
      formats: Object.fromEntries(formats.map((row) => [row.format, row.articles])),
    };
  }
}
