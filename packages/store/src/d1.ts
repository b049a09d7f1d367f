import type { D1Database } from "@cloudflare/workers-types";
import { ShardedArticleStore } from "./sharded.js";
import type { SqlDatabase, SqlStatement } from "./sql.js";
import { type ArticleStore, SqlArticleStore } from "./store.js";

/** D1's "maximum string, BLOB or table row size". */
export const D1_MAX_ROW_BYTES = 1_000_000;

/** The store's database interface over a Cloudflare D1 binding. */
export function d1Database(d1: D1Database): SqlDatabase {
  const prepare = (statement: SqlStatement) => d1.prepare(statement.sql).bind(...statement.params);
  return {
    maxRowBytes: D1_MAX_ROW_BYTES,
    // A Worker's isolate has 128 MB.
    storyWindowPostings: 1_000_000,
    storyFeatureBytes: 10 * 2 ** 20,
    async all<Row>(statement: SqlStatement) {
      return (await prepare(statement).all<Row>()).results;
    },
    async batch(statements: SqlStatement[]) {
      // D1 runs a batch as one transaction.
      await d1.batch(statements.map(prepare));
    },
  };
}

export function d1ArticleStore(d1: D1Database): SqlArticleStore {
  return new SqlArticleStore(d1Database(d1));
}

/** A Worker's D1 bindings: `DB`, and the further databases `SHARDS` names. */
export interface D1Bindings {
  /** Articles: the only database, or the oldest month shard when SHARDS is set. */
  DB: D1Database;
  /**
   * Month shards as JSON `{ "<binding>": "<first month YYYY-MM>" | null }`; the binding with null is
   * the oldest. Unset: every article is in DB.
   */
  SHARDS?: string;
  [binding: string]: unknown;
}

/**
 * The article store of a deployment: DB alone, or month shards over the D1 bindings SHARDS names.
 * Every Worker over one deployment's databases (the API's, the ingestion Worker's) reads its store
 * here, so that they all see the same layout.
 */
export function d1StoreFromBindings(bindings: D1Bindings): ArticleStore {
  if (!bindings.SHARDS) return d1ArticleStore(bindings.DB);
  let layout: unknown;
  try {
    layout = JSON.parse(bindings.SHARDS);
  } catch {
    throw new Error(`SHARDS is not JSON: ${bindings.SHARDS}`);
  }
  if (typeof layout !== "object" || layout === null || Array.isArray(layout)) {
    throw new Error('SHARDS must be an object such as { "DB": null, "DB_2026": "2026-01" }');
  }
  return new ShardedArticleStore(
    Object.entries(layout).map(([binding, from]) => {
      const db = bindings[binding] as D1Database | undefined;
      if (!db || typeof db.prepare !== "function") {
        throw new Error(`SHARDS names ${binding}, which is not a D1 binding of this Worker`);
      }
      if (from !== null && typeof from !== "string")
        throw new Error(`SHARDS: ${binding} must map to "YYYY-MM" or null`);
      return { name: binding, from, db: d1Database(db) };
    }),
  );
}
