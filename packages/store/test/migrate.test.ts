import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "@caixun/core";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { MIGRATIONS_DIR, migrate, openSqlite, sqliteArticleStore } from "../src/sqlite.js";
import { indexTextBefore } from "./search-before.js";

const work = mkdtempSync(join(tmpdir(), "caixun-store-migrate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens `file` with openSqlite in a process of its own; resolves with its exit code and stderr. */
function openInProcess(file: string): Promise<{ code: number | null; stderr: string }> {
  const sqlite = pathToFileURL(join(import.meta.dirname, "../dist/sqlite.js")).href;
  const script = `const { openSqlite } = await import(${JSON.stringify(sqlite)}); openSqlite(${JSON.stringify(file)}).close();`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("migrations", () => {
  test("several processes opening one new file at once apply each migration once", async () => {
    for (let round = 0; round < 3; round++) {
      const file = join(work, `race-${round}.db`);
      const results = await Promise.all(Array.from({ length: 4 }, () => openInProcess(file)));
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
      const db = new Database(file, { readonly: true });
      const names = (db.prepare("SELECT name FROM d1_migrations").all() as { name: string }[]).map(
        (r) => r.name,
      );
      db.close();
      expect(names).toEqual([...new Set(names)]);
      expect(names.length).toBeGreaterThan(0);
    }
  });
});

describe("openSqlite", () => {
  test("a new file and the same file opened again both sync each commit (FULL) with a 16,000 KiB page cache", () => {
    const file = join(work, "durability.db");
    const pragmas = (db: Database.Database) => ({
      journal: db.pragma("journal_mode", { simple: true }),
      synchronous: db.pragma("synchronous", { simple: true }),
      cacheSize: db.pragma("cache_size", { simple: true }),
    });
    const created = openSqlite(file);
    expect(pragmas(created)).toEqual({ journal: "wal", synchronous: 2, cacheSize: -16_000 });
    created.close();
    // Left to SQLite, a file already in WAL mode opens with `synchronous = NORMAL` (1).
    const reopened = openSqlite(file);
    expect(pragmas(reopened)).toEqual({ journal: "wal", synchronous: 2, cacheSize: -16_000 });
    reopened.close();
  });

  test("a commit of 2,000 pages stays in the write-ahead log: no checkpoint after each ingest batch", () => {
    const file = join(work, "checkpoints.db");
    const db = openSqlite(file);
    db.exec("CREATE TABLE pages (bytes BLOB)");
    const insert = db.prepare("INSERT INTO pages (bytes) VALUES (?)");
    const before = statSync(file).size;
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(Buffer.alloc(4000, i % 251));
    })();
    // SQLite's default (1,000 pages) copies the commit's 8 MB into the file as it commits.
    expect(statSync(file).size).toBe(before);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(2000 * 4096);
    db.pragma("wal_checkpoint(TRUNCATE)");
    expect(statSync(file).size).toBeGreaterThan(2000 * 4000);
    db.close();
  });
});

describe("0005: the search index on FTS5's ascii tokenizer", () => {
  const seeds = join(import.meta.dirname, "../../../seeds");
  const articles = [
    ...readdirSync(seeds)
      .sort()
      .map((name) => parse(readFileSync(join(seeds, name)), { filename: name })),
    // Text the migration cannot copy: letters unicode61 folds, a word it parts at `·` and `’`.
    parse("Société Générale’s 季度报告\n\n法国兴业银行（Société·Générale）发布Q3财报，ΣΤΟΙΧΕΊΑ。"),
  ];

  /** Every term of the index, by article id: what any search finds and how it ranks. */
  function terms(db: Database.Database) {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, articles_fts, 'instance')");
    return db
      .prepare(
        `SELECT a.id, t.term, t.col, t.offset FROM terms AS t JOIN articles AS a ON a.rowid = t.doc
         ORDER BY a.id, t.col, t.offset`,
      )
      .all();
  }

  /** The ids each query finds, in rank order. */
  async function hitsOf(db: Database.Database) {
    const hits = new Map<string, string[]>();
    for (const q of ["societe", "Générale", "στοιχεια", "兴业银行", "cpic", "太保", "Q3"]) {
      const page = await sqliteArticleStore(db).list({ q, limit: 10, sort: "relevance" });
      hits.set(
        q,
        page.items.map((item) => item.id),
      );
    }
    return hits;
  }

  test("a store written before it has, right after it, the index a new store writes", async () => {
    const before = join(work, "migrations-0004");
    mkdirSync(before);
    // With 0007's story columns, which today's writes need and which touch nothing 0005 reads.
    for (const name of readdirSync(MIGRATIONS_DIR).filter(
      (name) => name < "0005" || name.startsWith("0007"),
    )) {
      copyFileSync(join(MIGRATIONS_DIR, name), join(before, name));
    }
    const old = new Database(":memory:");
    migrate(old, before);
    const oldStore = sqliteArticleStore(old);
    await oldStore.upsert(articles.map((article) => ({ article })));
    // The search rows as the store wrote them before session 21.
    old.exec("DELETE FROM articles_fts");
    for (const article of articles) {
      old
        .prepare(
          "INSERT INTO articles_fts (rowid, title, body) SELECT rowid, ?, ? FROM articles WHERE id = ?",
        )
        .run(indexTextBefore(article.title), indexTextBefore(article.text), article.id);
    }

    const hitsBefore = await hitsOf(old);
    expect(terms(old).length).toBeGreaterThan(1000);

    // The seeds' rows are ASCII and common Han, copied; the last article's are written from the
    // terms unicode61 made of its letters.
    expect(migrate(old)).toEqual(["0005_search_ascii.sql", "0006_story_keys_by_text_and_time.sql"]);
    expect(await hitsOf(old)).toEqual(hitsBefore);
    expect(hitsBefore.get("Générale")).toEqual([articles.at(-1)!.id]);

    const fresh = new Database(":memory:");
    migrate(fresh);
    await sqliteArticleStore(fresh).upsert(articles.map((article) => ({ article })));
    expect(terms(old)).toEqual(terms(fresh));
    expect(await hitsOf(fresh)).toEqual(hitsBefore);
  });
});
