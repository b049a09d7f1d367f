import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { DEFAULT_FEATURE_BYTES } from "./kept-features.js";
import type { SqlDatabase, SqlStatement } from "./sql.js";
import { SqlArticleStore } from "./store.js";

type Sqlite = Database.Database;

/** The migrations directory shipped with this package (also wrangler's `migrations_dir`). */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

/** What the SQLite driver gives story assignment to keep in memory (`SqlDatabase.storyFeatureBytes`). */
export interface SqliteMemorySettings {
  /**
   * Bytes stored story keys' comparison features may take: `DEFAULT_FEATURE_BYTES` (192 MiB),
   * whatever the machine. A share of its memory (what sessions 14–24 gave: a quarter of the heap,
   * 1.09 GB here) let an ingest's memory grow with the stored keys it makes (1.0 GB of RSS at 20,000
   * generated files, docs/benchmarks.md, session 25); a key not kept is made again from its row,
   * which costs time, never a different story.
   */
  featureBytes: number;
  /**
   * Compiled statements kept for their SQL text: 256. A batch's multi-row inserts have a text for
   * each number of rows (up to a batch's articles, labels or listings), so an ingest keeps making
   * new ones; past this many, the oldest go.
   */
  preparedStatements: number;
}

export const DEFAULT_SQLITE_MEMORY: Readonly<SqliteMemorySettings> = {
  featureBytes: DEFAULT_FEATURE_BYTES,
  preparedStatements: 256,
};

/**
 * Pages the write-ahead log may hold before a commit copies them into the database file (a
 * checkpoint): 4,000 (16 MB of 4 KB pages) against SQLite's 1,000. An ingest batch of 200 Articles
 * writes about 1,400 pages, so with the default every commit was followed by a checkpoint, and pages
 * that several batches write again (the search index's segments, the tables' inner pages) were
 * copied each time: the storing work of 3,000 generated files wrote 211.7 → 181.7 MB and read
 * 127.0 → 96.4 MB (docs/benchmarks.md, session 29). What a commit makes durable does not change: a
 * commit is durable once in the log, wherever the checkpoints fall.
 */
const WAL_CHECKPOINT_PAGES = 4_000;

/**
 * How hard a commit waits for the disk: `FULL`, set on every open. With WAL, `FULL` syncs the log at
 * each commit, so a commit `caixun ingest` has made (one batch, `--batch` Articles) survives a crash,
 * a kill and a power loss alike; an interruption loses at most the batch in flight and never
 * damages the file. Left to SQLite, every open ran `NORMAL` once it read the file in WAL mode (a new
 * file from its migration on; better-sqlite3 builds SQLite with `SQLITE_DEFAULT_WAL_SYNCHRONOUS=1`),
 * which keeps the file whole but lets a power loss undo the commits since the last checkpoint. The
 * cost is about one `fsync` more a batch (docs/benchmarks.md, session 29).
 */
const SYNCHRONOUS = "FULL";

/**
 * The page cache of one connection, in KiB as SQLite's `cache_size` takes it when negative: 16,000
 * (about 16 MB), what better-sqlite3's build of SQLite gives by default, set here so it stays so
 * whatever the build. 64 MB made no difference to an ingest (docs/benchmarks.md).
 */
const PAGE_CACHE_KIB = 16_000;

/** The most values one statement binds in SQLite as better-sqlite3 builds it (`SQLITE_MAX_VARIABLE_NUMBER`). */
const SQLITE_MAX_PARAMETERS = 32_766;

/** The store's database interface over a better-sqlite3 connection. */
export function sqliteDatabase(
  db: Sqlite,
  memory: Readonly<SqliteMemorySettings> = DEFAULT_SQLITE_MEMORY,
): SqlDatabase {
  const prepared = new Map<string, Database.Statement>();
  const prepare = (statement: SqlStatement) => {
    let compiled = prepared.get(statement.sql);
    if (!compiled) {
      compiled = db.prepare(statement.sql);
      if (prepared.size >= memory.preparedStatements) prepared.delete(prepared.keys().next().value!);
      prepared.set(statement.sql, compiled);
    }
    return compiled;
  };
  const runAll = db.transaction((statements: SqlStatement[]) => {
    for (const statement of statements) prepare(statement).run(...statement.params);
  });
  return {
    maxParameters: SQLITE_MAX_PARAMETERS,
    storyFeatureBytes: memory.featureBytes,
    async all<Row>(statement: SqlStatement) {
      return prepare(statement).all(...statement.params) as Row[];
    },
    async batch(statements: SqlStatement[]) {
      runAll(statements);
    },
  };
}

/**
 * Applies the `.sql` files of `dir` not applied yet, in name order, in one transaction.
 * The bookkeeping table is the one wrangler keeps for D1 (`d1_migrations`), so one migrations
 * directory means the same thing on both runtimes. Returns the names applied now.
 */
export function migrate(db: Sqlite, dir: string = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
  )`);
  const record = db.prepare("INSERT INTO d1_migrations (name) VALUES (?)");
  // What is applied is read under the write lock (BEGIN IMMEDIATE): two processes opening a new
  // file at once (a server and an ingest, say) must not both apply the same migration.
  return db
    .transaction(() => {
      const applied = new Set(
        (db.prepare("SELECT name FROM d1_migrations").all() as { name: string }[]).map((row) => row.name),
      );
      const pending = readdirSync(dir)
        .filter((name) => name.endsWith(".sql") && !applied.has(name))
        .sort();
      for (const name of pending) {
        db.exec(readFileSync(`${dir}/${name}`, "utf8"));
        record.run(name);
      }
      return pending;
    })
    .immediate();
}

/** Opens (creating if needed) a SQLite file and brings its schema up to date. */
export function openSqlite(file: string): Sqlite {
  const db = new Database(file);
  try {
    configure(db);
  } catch (error) {
    // Not left open: the caller may remove a database it could not begin (a full disk).
    db.close();
    throw error;
  }
  return db;
}

function configure(db: Sqlite): void {
  // The wait first: turning a new file to WAL takes a lock, and another process opening it at the same moment
  // holds it — without the wait that pragma fails at once with SQLITE_BUSY (red once on a fresh clone, session 28).
  db.pragma("busy_timeout = 5000");
  // WAL lets the server read while `caixun ingest` writes the same file.
  db.pragma("journal_mode = WAL");
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  // Set, not left to SQLite: reading a file in WAL mode would otherwise give it SQLite's WAL default.
  db.pragma(`synchronous = ${SYNCHRONOUS}`);
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  migrate(db);
}

export function sqliteArticleStore(db: Sqlite): SqlArticleStore {
  return new SqlArticleStore(sqliteDatabase(db));
}
