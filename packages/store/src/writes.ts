import type { Article } from "@caixun/core";
import { BUMP_GENERATION } from "./anchor-window.js";
import type { PreparedArticle } from "./prepare.js";
import { indexText } from "./search-text.js";
import type { SqlDatabase, SqlStatement, SqlValue } from "./sql.js";
import { summarize } from "./summary.js";

/** What a database allows a write statement (`SqlDatabase`'s limits); without them, D1's. */
export type WriteLimits = Pick<SqlDatabase, "maxRowBytes" | "maxParameters">;

/** D1 binds at most 100 parameters per statement: the default for a database that does not say. */
export const DEFAULT_MAX_PARAMETERS = 99;

export interface StoredArticle {
  article: Article;
  /** The input file's name, kept to trace a record back to its file. */
  filename?: string | null;
  /** What the store derives from this very Article, made ahead (by a parse thread); else made on writing. */
  prepared?: PreparedArticle;
  /**
   * The Article's JSON as parsed, `JSON.stringify(article)` with `storyId` null, when the caller
   * holds it already (`caixun ingest`: the text a parse thread posted). The row's JSON is made from
   * it, with the story put in, instead of serialising the whole Article again (`articleRowJson`).
   */
  json?: string;
}

/**
 * The JSON an article is stored as, `JSON.stringify(article)`, made from `parsedJson` (the JSON of
 * the same Article with `storyId` null) when given: the two differ only in the story, and `storyId`
 * is an Article's last field but `extra` (core's `ARTICLE_FIELDS`), so only the text's end is
 * written again. A text that does not end as this Article's would is not used.
 */
export function articleRowJson(article: Article, parsedJson?: string): string {
  if (parsedJson !== undefined) {
    const rest = `,"extra":${JSON.stringify(article.extra)}}`;
    const parsedEnd = `"storyId":null${rest}`;
    if (parsedJson.endsWith(parsedEnd)) {
      const story = JSON.stringify(article.storyId);
      return `${parsedJson.slice(0, parsedJson.length - parsedEnd.length)}"storyId":${story}${rest}`;
    }
  }
  return JSON.stringify(article);
}

/** An article too large for the database's row limit (D1: 1 MB); nothing of it was written. */
export class RecordTooLargeError extends Error {
  override readonly name = "RecordTooLargeError";
  constructor(
    readonly id: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`article ${id} needs a ${bytes}-byte row; the database stores at most ${limit} bytes a row`);
  }
}

const encoder = new TextEncoder();

/** The bytes of the text among a row's values: what a database with a row limit counts. */
function valueBytes(values: readonly SqlValue[]): number {
  let bytes = 0;
  for (const value of values) if (typeof value === "string") bytes += encoder.encode(value).length;
  return bytes;
}

/** The UTC instant of `publishedAt` as a sortable string, '' when there is none. */
export function sortKey(publishedAt: string | null): string {
  if (!publishedAt) return "";
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? "" : new Date(time).toISOString();
}

/** One row of a multi-row insert and the article it is for (named when the row alone is too large). */
export interface InsertRow {
  articleId: string;
  values: SqlValue[];
}

/**
 * Rows in as few statements as `maxParameters` allows, each statement's text within
 * `maxRowBytes` (bytes are counted only where there is a limit: encoding every value costs time).
 * `statementFor` gets the `(?, ?), (?, ?)` list of one statement's rows. Throws
 * `RecordTooLargeError` for an article whose row alone is over the limit.
 */
export function multiRowStatements(
  rows: readonly InsertRow[],
  statementFor: (tuples: string) => string,
  maxRowBytes: number,
  maxParameters: number,
): SqlStatement[] {
  const width = rows[0]?.values.length ?? 1;
  const perStatement = Math.max(1, Math.floor(maxParameters / width));
  const tuple = `(${Array(width).fill("?").join(", ")})`;
  const limited = maxRowBytes !== Number.POSITIVE_INFINITY;
  const statements: SqlStatement[] = [];
  let chunk: SqlValue[][] = [];
  let chunkBytes = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    statements.push({ sql: statementFor(chunk.map(() => tuple).join(", ")), params: chunk.flat() });
    chunk = [];
    chunkBytes = 0;
  };
  for (const row of rows) {
    const bytes = limited ? valueBytes(row.values) : 0;
    if (bytes > maxRowBytes) throw new RecordTooLargeError(row.articleId, bytes, maxRowBytes);
    if (chunk.length === perStatement || chunkBytes + bytes > maxRowBytes) flush();
    chunk.push(row.values);
    chunkBytes += bytes;
  }
  flush();
  return statements;
}

/** `DELETE … WHERE <column> IN (…)` over `ids`, in statements within `maxParameters`. */
function deleteByIds(
  sqlFor: (list: string) => string,
  ids: readonly string[],
  maxParameters = DEFAULT_MAX_PARAMETERS,
): SqlStatement[] {
  const statements: SqlStatement[] = [];
  for (let start = 0; start < ids.length; start += maxParameters) {
    const chunk = ids.slice(start, start + maxParameters);
    statements.push({ sql: sqlFor(chunk.map(() => "?").join(", ")), params: chunk });
  }
  return statements;
}

/** Deletes of the rows derived from articles: their labels, securities and search rows. */
function derivedRowDeletes(ids: readonly string[], maxParameters?: number): SqlStatement[] {
  return [
    ...deleteByIds((list) => `DELETE FROM article_labels WHERE article_id IN (${list})`, ids, maxParameters),
    ...deleteByIds(
      (list) => `DELETE FROM article_securities WHERE article_id IN (${list})`,
      ids,
      maxParameters,
    ),
    ...deleteByIds(
      (list) => `DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE id IN (${list}))`,
      ids,
      maxParameters,
    ),
  ];
}

/** The articles' columns, in the order of an article row's values. */
const ARTICLE_COLUMNS =
  "id, title, published_at, sort_key, source_name, source_slug, format, summary, article, filename, ingested_at, story_id";
/** An article row written again replaces every column but its id (its rowid stays, which the search row keys on). */
const ARTICLE_CONFLICT = `ON CONFLICT (id) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
         sort_key = excluded.sort_key, source_name = excluded.source_name, source_slug = excluded.source_slug,
         format = excluded.format, summary = excluded.summary, article = excluded.article,
         filename = excluded.filename, ingested_at = excluded.ingested_at, story_id = excluded.story_id`;

/**
 * Statements that insert or replace articles (distinct ids) and everything derived from them. The
 * rows of all the articles (the articles' own too: SQLite gives the rows of one multi-row insert the
 * rowids it would give them one statement each, in order) go into shared multi-row statements, as few
 * as the database's `maxParameters` allows, and their search rows last: FTS5 writes out the terms it holds whenever a
 * later statement of the transaction begins, so one search row per statement, between the other
 * writes of each article, made a segment per article that it then had to merge, and D1's 33 rows a
 * statement made seven a batch of 200 where SQLite needs one (docs/benchmarks.md). With a
 * `maxRowBytes`, throws `RecordTooLargeError` rather than let the database fail on a row over its
 * limit, before any statement is run.
 */
export function upsertStatements(
  stored: readonly StoredArticle[],
  ingestedAt: string,
  limits: WriteLimits = {},
): SqlStatement[] {
  const maxRowBytes = limits.maxRowBytes ?? Number.POSITIVE_INFINITY;
  const maxParameters = limits.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  const statements = derivedRowDeletes(
    stored.map(({ article }) => article.id),
    maxParameters,
  );
  const rows: InsertRow[] = [];
  const labels: InsertRow[] = [];
  const securities: InsertRow[] = [];
  const search: InsertRow[] = [];
  for (const { article, filename, prepared, json } of stored) {
    const { id } = article;
    rows.push({
      articleId: id,
      values: [
        id,
        article.title,
        article.publishedAt,
        sortKey(article.publishedAt),
        article.source?.name ?? null,
        article.source?.slug ?? null,
        article.format,
        JSON.stringify(summarize(article)),
        articleRowJson(article, json),
        filename ?? null,
        ingestedAt,
        article.storyId,
      ],
    });
    for (const label of new Set(article.tags)) labels.push({ articleId: id, values: [label, "tag", id] });
    for (const label of new Set(article.categories))
      labels.push({ articleId: id, values: [label, "category", id] });
    const listings = new Set<string>();
    for (const security of article.securities) {
      const key = `${security.code}\u0000${security.market}`;
      if (listings.has(key)) continue;
      listings.add(key);
      securities.push({ articleId: id, values: [security.code, security.market, id, security.name ?? null] });
    }
    search.push({
      articleId: id,
      values: [
        id,
        prepared?.searchTitle ?? indexText(article.title),
        prepared?.searchBody ?? indexText(article.text),
      ],
    });
  }
  return [
    ...statements,
    ...multiRowStatements(
      rows,
      (tuples) => `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES ${tuples} ${ARTICLE_CONFLICT}`,
      maxRowBytes,
      maxParameters,
    ),
    ...multiRowStatements(
      labels,
      (tuples) => `INSERT INTO article_labels (label, kind, article_id) VALUES ${tuples}`,
      maxRowBytes,
      maxParameters,
    ),
    ...multiRowStatements(
      securities,
      (tuples) => `INSERT INTO article_securities (code, market, article_id, name) VALUES ${tuples}`,
      maxRowBytes,
      maxParameters,
    ),
    ...multiRowStatements(
      search,
      (tuples) =>
        `INSERT INTO articles_fts (rowid, title, body) SELECT a.rowid, v.column2, v.column3
         FROM (VALUES ${tuples}) AS v JOIN articles AS a ON a.id = v.column1`,
      maxRowBytes,
      maxParameters,
    ),
  ];
}

/** Statements that remove articles and everything derived from them; ids that are not stored are no-ops. */
export function deleteStatements(ids: string[]): SqlStatement[] {
  if (ids.length === 0) return [];
  return [
    // Story keys are removed: a process holding their anchors in memory must read them again.
    BUMP_GENERATION,
    ...derivedRowDeletes(ids),
    ...deleteByIds((list) => `DELETE FROM story_keys WHERE article_id IN (${list})`, ids),
    ...deleteByIds((list) => `DELETE FROM articles WHERE id IN (${list})`, ids),
  ];
}
