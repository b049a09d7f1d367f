import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import { type Article, parse } from "@caixun/core";
import type { ArticleStore } from "@caixun/store";
import { expect } from "vitest";
import { indexTextBefore } from "../../../../packages/store/test/search-before.js";

/**
 * Migration 0005 (the search index on FTS5's `ascii` tokenizer) on D1, for the workerd suites of both
 * Workers (apps/api and apps/ingest): a store built at migration 0004, its search rows as the store
 * wrote them before session 21, searched through the Worker before the migration and right after it.
 * Migration 0005 writes every row itself, so there is no later step for a Worker to run.
 */

/**
 * Articles whose search rows migration 0005 cannot copy as text: letters unicode61 folds or parts.
 * Parsed when a test runs, after the Worker's tables are read from its static assets (`assetTables`).
 */
const foldedArticles = (): Article[] => [
  parse("Société Générale’s 季度报告\n\n法国兴业银行（Société·Générale）发布Q3财报，ΣΤΟΙΧΕΊΑ。", {
    filename: "societe-generale.txt",
  }),
  parse("Nestlé·Café 雀巢咖啡\n\n雀巢（Nestlé S.A.）的咖啡业务增长3.5%，ｃａｆé和ç都在其中。", {
    filename: "nestle.txt",
  }),
];

/** Queries that reach the copied rows and the rows written from their terms. */
const MIGRATION_QUERIES = ["societe", "Générale", "στοιχεια", "兴业银行", "cafe", "3.5", "太保", "Q3"];

/**
 * Migration 0001–0004 on each database: the schema a deployment had before session 21's index — with 0007's story
 * columns, which today's writes need and which touch nothing 0005 reads (as the store's own 0005 test does).
 */
async function migrateTo0004(dbs: D1Database[], migrations: D1Migration[]): Promise<void> {
  const before = migrations.filter(
    (migration) => migration.name < "0005" || migration.name.startsWith("0007"),
  );
  expect(before.map((migration) => migration.name)).toHaveLength(5);
  for (const db of dbs) await applyD1Migrations(db, before);
}

/** Stores `articles` (in whichever shards the store chooses), then rewrites every search row as the store did before session 21. */
async function storeAsBefore(store: ArticleStore, dbs: D1Database[], articles: Article[]): Promise<void> {
  await store.upsert(articles.map((article) => ({ article })));
  for (const db of dbs) {
    const { results } = await db.prepare("SELECT rowid, article FROM articles").all<{
      rowid: number;
      article: string;
    }>();
    await db.batch(
      results.map((row) => {
        const article = JSON.parse(row.article) as Article;
        return db
          .prepare("UPDATE articles_fts SET title = ?, body = ? WHERE rowid = ?")
          .bind(indexTextBefore(article.title), indexTextBefore(article.text), row.rowid);
      }),
    );
  }
}

/** Every term of each database's index (FTS5's own view: term, row, column, position), by article id. */
async function indexTerms(dbs: D1Database[]): Promise<unknown[][]> {
  const terms: unknown[][] = [];
  for (const db of dbs) {
    await db.exec("CREATE VIRTUAL TABLE search_terms_probe USING fts5vocab(articles_fts, 'instance')");
    const { results } = await db
      .prepare(
        `SELECT a.id, t.term, t.col, t.offset FROM search_terms_probe AS t
         JOIN articles AS a ON a.rowid = t.doc ORDER BY a.id, t.col, t.offset`,
      )
      .all();
    await db.exec("DROP TABLE search_terms_probe");
    terms.push(results);
  }
  return terms;
}

/** How many stored rows `unicode61` read other than `ascii` would: rows the migration writes from their terms. */
async function rowsToRewrite(dbs: D1Database[]): Promise<number> {
  let rows = 0;
  for (const db of dbs) {
    const row = await db
      .prepare(
        "SELECT COUNT(*) AS n FROM articles_fts WHERE title GLOB '*[^ -~㐀-䶿一-鿿]*' OR body GLOB '*[^ -~㐀-䶿一-鿿]*'",
      )
      .first<{ n: number }>();
    rows += row!.n;
  }
  return rows;
}

/** The ids each query finds through the Worker's `GET /v1/articles`, in rank order. */
async function searchHits(fetch: (path: string) => Promise<Response>): Promise<Map<string, string[]>> {
  const hits = new Map<string, string[]>();
  for (const q of MIGRATION_QUERIES) {
    const response = await fetch(
      `/v1/articles?${new URLSearchParams({ q, sort: "relevance", limit: "50" })}`,
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { id: string }[] };
    hits.set(
      q,
      page.items.map((item) => item.id),
    );
  }
  return hits;
}

/** What the scenario found before the migration, for a suite's own checks. */
export interface Before0005 {
  /** Rows `unicode61` read other than `ascii` would: those the migration writes from their terms. */
  rowsToRewrite: number;
  /** Each database's index terms. */
  terms: unknown[][];
}

/**
 * The scenario: `dbs` at migration 0004, `articles` and `foldedArticles()` stored through `store` with
 * their search rows as written before session 21, searched through the Worker (`fetch`); then every
 * migration applied, and the same index terms and the same hits in the same order right after it.
 */
export async function expectSearchKeptBy0005(options: {
  dbs: D1Database[];
  store: ArticleStore;
  migrations: D1Migration[];
  articles: Article[];
  fetch: (path: string) => Promise<Response>;
}): Promise<Before0005> {
  const { dbs, store, migrations, fetch } = options;
  await migrateTo0004(dbs, migrations);
  const folded = foldedArticles();
  await storeAsBefore(store, dbs, [...options.articles, ...folded]);
  const rows = await rowsToRewrite(dbs);
  expect(rows).toBeGreaterThanOrEqual(folded.length);
  const terms = await indexTerms(dbs);
  const hits = await searchHits(fetch);
  expect(hits.get("Générale")).toEqual([folded[0]!.id]);
  expect(hits.get("cafe")).toEqual([folded[1]!.id]);
  expect(hits.get("太保")!.length).toBeGreaterThan(1);

  for (const db of dbs) {
    await applyD1Migrations(db, migrations);
    const { results } = await db.prepare("SELECT name FROM d1_migrations").all<{ name: string }>();
    // 0005 and every migration after it (0007 was applied with 0001–0004).
    expect(results.map((row) => row.name).sort()).toEqual(
      migrations.map((migration) => migration.name).sort(),
    );
  }
  expect(await indexTerms(dbs)).toEqual(terms);
  expect(await searchHits(fetch)).toEqual(hits);
  return { rowsToRewrite: rows, terms };
}
