import { parseAllSync } from "@caixun/core/parse-all";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { dumpsPresent, readDumps } from "../../core/test/dumps.js";
import prepareArticle from "../src/prepare.js";
import { migrate, sqliteArticleStore } from "../src/sqlite.js";
import type { StoredArticle } from "../src/writes.js";

/** Every row of every table the store writes, but the time of writing. */
function tables(db: Database.Database) {
  const all = (query: string) => db.prepare(query).all();
  return {
    articles: all("SELECT * FROM articles ORDER BY id").map((row) => ({
      ...(row as object),
      ingested_at: null,
    })),
    labels: all("SELECT * FROM article_labels ORDER BY article_id, kind, label"),
    securities: all("SELECT * FROM article_securities ORDER BY article_id, market, code"),
    search: all("SELECT rowid, title, body FROM articles_fts ORDER BY rowid"),
    storyKeys: all("SELECT * FROM story_keys ORDER BY article_id"),
    stories: all("SELECT * FROM stories ORDER BY id"),
  };
}

async function ingest(batches: StoredArticle[][]): Promise<Database.Database> {
  const db = new Database(":memory:");
  migrate(db);
  const store = sqliteArticleStore(db);
  for (const batch of batches) await store.upsert(batch);
  return db;
}

describe.skipIf(!dumpsPresent())("articles prepared by a parse thread (../shared/dumps)", () => {
  test("are stored exactly as the store stores them unprepared, story keys, stories and search rows alike", async () => {
    // The first day of the three feeds, in batches of 200 as `caixun ingest` writes them.
    const records = readDumps(parseAllSync)
      .filter((record) => record.publishedAt! < "2026-07-30")
      .map(({ feed: _feed, file: _file, ...article }) => article);
    const batches = Array.from({ length: Math.ceil(records.length / 200) }, (_, i) =>
      records.slice(i * 200, i * 200 + 200),
    );
    const plain = await ingest(batches.map((batch) => batch.map((article) => ({ article }))));
    const prepared = await ingest(
      batches.map((batch) => batch.map((article) => ({ article, prepared: prepareArticle(article) }))),
    );
    const expected = tables(plain);
    expect(expected.storyKeys.length).toBe(records.length);
    // Copies of one flash across the feeds make stories of several articles.
    expect(expected.stories.length).toBeLessThan(records.length);
    expect(tables(prepared)).toEqual(expected);
  }, 300_000);
});
