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
   * How many (anchor, story key) pairs story assignment may keep in memory for this database (see
   * `AnchorWindow`; about 10 bytes each); 12 million unless the driver says less.
   */
  readonly storyWindowPostings?: number;
  /**
   * How many characters of stored story keys story assignment may keep the comparison features of
   * (see `featuresOfStored`; about 38 bytes each); 5 million unless the driver says otherwise.
   */
  readonly storyFeatureCharacters?: number;
  /** Rows of one read statement. */
  all<Row>(statement: SqlStatement): Promise<Row[]>;
  /** Runs write statements in order, all or none. */
  batch(statements: SqlStatement[]): Promise<void>;
}

export function sql(text: string, ...params: SqlValue[]): SqlStatement {
  return { sql: text, params };
}
