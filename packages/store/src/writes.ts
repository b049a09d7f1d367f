import type { Article } from "@caixun/core";
import { BUMP_GENERATION } from "./anchor-window.js";
import { indexText } from "./search-text.js";
import { type SqlStatement, type SqlValue, sql } from "./sql.js";
import { summarize } from "./summary.js";

/** D1 binds at most 100 parameters per statement; multi-row inserts are chunked below that. */
const MAX_PARAMETERS = 99;

export interface StoredArticle {
  article: Article;
  /** The input file's name, kept to trace a record back to its file. */
  filename?: string | null;
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

function boundBytes(statement: SqlStatement): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const param of statement.params) if (typeof param === "string") bytes += encoder.encode(param).length;
  return bytes;
}

/** The UTC instant of `publishedAt` as a sortable string, '' when there is none. */
export function sortKey(publishedAt: string | null): string {
  if (!publishedAt) return "";
  const time = Date.parse(publishedAt);
  return Number.isNaN(time) ? "" : new Date(time).toISOString();
}

/** `INSERT … VALUES (…), (…)` statements of as many rows as D1's parameter limit allows each. */
export function multiRowInsert(prefix: string, rows: SqlValue[][]): SqlStatement[] {
  const width = rows[0]?.length ?? 1;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / width));
  const placeholders = `(${Array(width).fill("?").join(", ")})`;
  const statements: SqlStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    statements.push({
      sql: `${prefix} VALUES ${chunk.map(() => placeholders).join(", ")}`,
      params: chunk.flat(),
    });
  }
  return statements;
}

/**
 * Statements that insert or replace one article and everything derived from it. With `maxRowBytes`,
 * throws `RecordTooLargeError` rather than let the database fail on a row over its limit.
 */
export function upsertStatements(
  { article, filename }: StoredArticle,
  ingestedAt: string,
  maxRowBytes = Number.POSITIVE_INFINITY,
): SqlStatement[] {
  const statements = buildUpsert({ article, filename }, ingestedAt);
  // Counting a row's bytes encodes all its text (the Article's JSON, the search index's): only
  // worth it where there is a limit (D1), not on SQLite.
  if (maxRowBytes === Number.POSITIVE_INFINITY) return statements;
  for (const statement of statements) {
    const bytes = boundBytes(statement);
    if (bytes > maxRowBytes) throw new RecordTooLargeError(article.id, bytes, maxRowBytes);
  }
  return statements;
}

function buildUpsert({ article, filename }: StoredArticle, ingestedAt: string): SqlStatement[] {
  const { id } = article;
  const labelRows = (kind: "tag" | "category", labels: string[]): SqlValue[][] =>
    [...new Set(labels)].map((label) => [label, kind, id]);
  const labels = [...labelRows("tag", article.tags), ...labelRows("category", article.categories)];
  const securities = new Map<string, SqlValue[]>();
  for (const security of article.securities) {
    const key = `${security.code}\u0000${security.market}`;
    if (!securities.has(key))
      securities.set(key, [security.code, security.market, id, security.name ?? null]);
  }
  return [
    sql(
      `INSERT INTO articles (id, title, published_at, sort_key, source_name, source_slug, format, summary, article, filename, ingested_at, story_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, published_at = excluded.published_at,
         sort_key = excluded.sort_key, source_name = excluded.source_name, source_slug = excluded.source_slug,
         format = excluded.format, summary = excluded.summary, article = excluded.article,
         filename = excluded.filename, ingested_at = excluded.ingested_at, story_id = excluded.story_id`,
      id,
      article.title,
      article.publishedAt,
      sortKey(article.publishedAt),
      article.source?.name ?? null,
      article.source?.slug ?? null,
      article.format,
      JSON.stringify(summarize(article)),
      JSON.stringify(article),
      filename ?? null,
      ingestedAt,
      article.storyId,
    ),
    sql("DELETE FROM article_labels WHERE article_id = ?", id),
    sql("DELETE FROM article_securities WHERE article_id = ?", id),
    sql("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)", id),
    sql(
      "INSERT INTO articles_fts (rowid, title, body) SELECT rowid, ?, ? FROM articles WHERE id = ?",
      indexText(article.title),
      indexText(article.text),
      id,
    ),
    ...(labels.length > 0
      ? multiRowInsert("INSERT INTO article_labels (label, kind, article_id)", labels)
      : []),
    ...(securities.size > 0
      ? multiRowInsert("INSERT INTO article_securities (code, market, article_id, name)", [
          ...securities.values(),
        ])
      : []),
  ];
}

/** Statements that remove articles and everything derived from them; ids that are not stored are no-ops. */
export function deleteStatements(ids: string[]): SqlStatement[] {
  // Story keys are removed: a process holding their anchors in memory must read them again.
  const statements: SqlStatement[] = ids.length > 0 ? [BUMP_GENERATION] : [];
  for (let start = 0; start < ids.length; start += MAX_PARAMETERS) {
    const chunk = ids.slice(start, start + MAX_PARAMETERS);
    const list = chunk.map(() => "?").join(", ");
    statements.push(
      { sql: `DELETE FROM article_labels WHERE article_id IN (${list})`, params: chunk },
      { sql: `DELETE FROM article_securities WHERE article_id IN (${list})`, params: chunk },
      {
        sql: `DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE id IN (${list}))`,
        params: chunk,
      },
      { sql: `DELETE FROM story_keys WHERE article_id IN (${list})`, params: chunk },
      { sql: `DELETE FROM articles WHERE id IN (${list})`, params: chunk },
    );
  }
  return statements;
}
