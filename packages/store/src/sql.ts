/** What the store needs from a SQLite-dialect database; D1 and better-sqlite3 each get a thin driver. */

export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
}

export interface SqlDatabase {
  /** The largest row (sum of a statement's bound values, in bytes) the database stores, if it has a limit. */
  readonly maxRowBytes?: number;
  /**
   * The most values one write statement may bind: 99 unless the driver says more (D1 binds at most
   * 100; SQLite as better-sqlite3 builds it, 32,766). Rows of a batch share multi-row statements
   * within it, and fewer statements matter for the search rows: FTS5 writes out the terms it holds
   * as each statement of a transaction begins, a segment each time that it merges later.
   */
  readonly maxParameters?: number;
  /**
   * How many (anchor, story key) pairs story assignment may keep in memory for this database (see
   * `AnchorWindow`; about 10 bytes each); 12 million unless the driver says less.
   */
  readonly storyWindowPostings?: number;
  /**
   * Bytes of stored story keys' comparison features story assignment may keep (see `FeatureCache`);
   * 192 MiB unless the driver says otherwise (`DEFAULT_FEATURE_BYTES`).
   */
  readonly storyFeatureBytes?: number;
  /** Rows of one read statement. */
  all<Row>(statement: SqlStatement): Promise<Row[]>;
  /** Runs write statements in order, all or none. */
  batch(statements: SqlStatement[]): Promise<void>;
}

export function sql(text: string, ...params: SqlValue[]): SqlStatement {
  return { sql: text, params };
}
