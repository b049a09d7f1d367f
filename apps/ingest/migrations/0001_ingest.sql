-- The pipeline's own state, in its own D1 database (binding INGEST): batches of work and one row per
-- task (an object, or a range of a large JSON Lines object), so progress and failures are queryable.
CREATE TABLE batches (
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  -- What the batch was made from: "keys", "prefix:<prefix>" or "r2-events".
  origin TEXT NOT NULL,
  -- 1 while a prefix is still being listed into tasks.
  listing INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tasks (
  batch_id TEXT NOT NULL,
  -- The object key, with `@<offset>` for a range or `#<n>` for a staged part of a gzipped dump.
  task TEXT NOT NULL,
  key TEXT NOT NULL,
  -- queued → done | split (into part tasks) | retrying (last attempt failed) → dead (in the DLQ)
  status TEXT NOT NULL CHECK (status IN ('queued', 'retrying', 'split', 'done', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  records INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  -- Records that gave no Article (listed in failed/<batch>/…jsonl in the bucket).
  failures INTEGER NOT NULL DEFAULT 0,
  -- Why the last attempt failed, or why the task is dead.
  error TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (batch_id, task)
) WITHOUT ROWID;
CREATE INDEX tasks_by_status ON tasks (batch_id, status);
