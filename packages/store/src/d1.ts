import type { D1Database } from "@cloudflare/workers-types";
import type { SqlDatabase, SqlStatement } from "./sql.js";
import { SqlArticleStore } from "./store.js";

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
