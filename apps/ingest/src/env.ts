import type { ApiSettings } from "@caixun/api";
import type { D1Database, Fetcher, Queue, R2Bucket } from "@cloudflare/workers-types";
import type { DeadLetter, WorkMessage } from "./tasks.js";

/** Bindings and vars of the ingestion Worker (see wrangler.jsonc and docs/api.md). */
export interface IngestEnv extends ApiSettings {
  /** Articles: the only database, or the oldest month shard when SHARDS is set. */
  DB: D1Database;
  /** The pipeline's progress table. */
  INGEST: D1Database;
  /** Raw files in, parsed JSON Lines out. */
  BUCKET: R2Bucket;
  /**
   * The API Worker (a service binding, wrangler.jsonc `services`): every request but this Worker's own
   * routes is handed to it unchanged (`front.ts`).
   */
  API: Fetcher;
  /** Producer binding of the work queue. */
  WORK: Queue<WorkMessage>;
  /** Producer binding of the dead-letter queue, for tasks the pipeline knows no retry can mend. */
  DEAD: Queue<DeadLetter>;
  /**
   * Static assets (`assets`, written by `pnpm assets`): HTML's entity table (`/entities.json`, without
   * which nothing is parsed) and core's other tables, and the OpenAPI document of the API and the
   * batches with its page.
   */
  ASSETS?: Fetcher;
  /** Name of the dead-letter queue, which this Worker also consumes (to record why tasks died). */
  DEAD_LETTER_QUEUE?: string;
  /**
   * Month shards as JSON `{ "<binding>": "<first month YYYY-MM>" | null }`; the binding with null is
   * the oldest. Unset: every article goes to DB. The API Worker is given the same (docs/scale.md).
   */
  SHARDS?: string;
  /** Further D1 bindings named by SHARDS, and the settings vars (RANGE_BYTES, …). */
  [binding: string]: unknown;
}

export const DEFAULT_DEAD_LETTER_QUEUE = "caixun-ingest-dlq";
