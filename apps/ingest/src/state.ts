/** The pipeline's progress table (D1 binding INGEST): batches and their tasks. */
import type { D1Database, D1PreparedStatement } from "@cloudflare/workers-types";

export type TaskStatus = "queued" | "retrying" | "split" | "done" | "dead";

export interface TaskRow {
  name: string;
  key: string;
}

export interface TaskOutcome {
  name: string;
  key: string;
  batch: string;
  status: TaskStatus;
  attempts: number;
  records?: number;
  articles?: number;
  failures?: number;
  error?: string | null;
}

/** D1 binds at most 100 parameters a statement. */
const ROWS_PER_INSERT = 20;

export function batchStatement(
  db: D1Database,
  id: string,
  origin: string,
  listing: boolean,
): D1PreparedStatement {
  return db
    .prepare("INSERT OR IGNORE INTO batches (id, created_at, origin, listing) VALUES (?, ?, ?, ?)")
    .bind(id, new Date().toISOString(), origin, listing ? 1 : 0);
}

export async function createBatch(
  db: D1Database,
  id: string,
  origin: string,
  listing: boolean,
): Promise<void> {
  await batchStatement(db, id, origin, listing).run();
}

/** Statements that add queued tasks; a task already there (a message delivered twice) is left as it is. */
export function addTaskStatements(db: D1Database, batch: string, tasks: TaskRow[]): D1PreparedStatement[] {
  const now = new Date().toISOString();
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < tasks.length; start += ROWS_PER_INSERT) {
    const chunk = tasks.slice(start, start + ROWS_PER_INSERT);
    statements.push(
      db
        .prepare(
          `INSERT OR IGNORE INTO tasks (batch_id, task, key, status, updated_at) VALUES ${chunk
            .map(() => "(?, ?, ?, 'queued', ?)")
            .join(", ")}`,
        )
        .bind(...chunk.flatMap((task) => [batch, task.name, task.key, now])),
    );
  }
  return statements;
}

/**
 * Records how an attempt ended. A task that is already done stays done: a message delivered again
 * after it succeeded (Queues delivers at least once) changes nothing.
 */
export function outcomeStatement(db: D1Database, outcome: TaskOutcome): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO tasks (batch_id, task, key, status, attempts, records, articles, failures, error, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (batch_id, task) DO UPDATE SET status = excluded.status, attempts = MAX(tasks.attempts, excluded.attempts),
         records = excluded.records, articles = excluded.articles, failures = excluded.failures,
         error = excluded.error, updated_at = excluded.updated_at
       WHERE tasks.status <> 'done' OR excluded.status = 'done'`,
    )
    .bind(
      outcome.batch,
      outcome.name,
      outcome.key,
      outcome.status,
      outcome.attempts,
      outcome.records ?? 0,
      outcome.articles ?? 0,
      outcome.failures ?? 0,
      outcome.error ?? null,
      new Date().toISOString(),
    );
}

export function listingDoneStatement(db: D1Database, batch: string): D1PreparedStatement {
  return db.prepare("UPDATE batches SET listing = 0 WHERE id = ?").bind(batch);
}

export async function lastError(db: D1Database, batch: string, name: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT error FROM tasks WHERE batch_id = ? AND task = ?")
    .bind(batch, name)
    .first<{ error: string | null }>();
  return row?.error ?? null;
}

export interface BatchReport {
  id: string;
  createdAt: string;
  origin: string;
  /** A prefix is still being listed into tasks: more may come. */
  listing: boolean;
  /** Tasks by status. */
  tasks: Record<TaskStatus, number>;
  /** Every task ended: done, split into parts (counted themselves) or dead. */
  finished: boolean;
  records: number;
  articles: number;
  failures: number;
  /** Tasks that are retrying or dead, with why (at most 100). */
  problems: { task: string; key: string; status: TaskStatus; attempts: number; error: string | null }[];
}

export async function batchReport(db: D1Database, id: string): Promise<BatchReport | null> {
  const batch = await db
    .prepare("SELECT id, created_at, origin, listing FROM batches WHERE id = ?")
    .bind(id)
    .first<{ id: string; created_at: string; origin: string; listing: number }>();
  if (!batch) return null;
  const [counts, problems] = await db.batch([
    db
      .prepare(
        `SELECT status, COUNT(*) AS n, SUM(records) AS records, SUM(articles) AS articles, SUM(failures) AS failures
         FROM tasks WHERE batch_id = ? GROUP BY status`,
      )
      .bind(id),
    db
      .prepare(
        `SELECT task, key, status, attempts, error FROM tasks
         WHERE batch_id = ? AND status IN ('retrying', 'dead') ORDER BY task LIMIT 100`,
      )
      .bind(id),
  ]);
  const tasks: Record<TaskStatus, number> = { queued: 0, retrying: 0, split: 0, done: 0, dead: 0 };
  let records = 0;
  let articles = 0;
  let failures = 0;
  for (const row of counts!.results as {
    status: TaskStatus;
    n: number;
    records: number;
    articles: number;
    failures: number;
  }[]) {
    tasks[row.status] = row.n;
    records += row.records;
    articles += row.articles;
    failures += row.failures;
  }
  return {
    id: batch.id,
    createdAt: batch.created_at,
    origin: batch.origin,
    listing: batch.listing === 1,
    tasks,
    finished: batch.listing === 0 && tasks.queued === 0 && tasks.retrying === 0,
    records,
    articles,
    failures,
    problems: problems!.results as BatchReport["problems"],
  };
}
