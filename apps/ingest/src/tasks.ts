import type { IngestSettings } from "./settings.js";

/**
 * The messages on the work queue. Two producers write to it: R2 event notifications (one per object
 * written to the bucket) and the pipeline itself (`POST /v1/batches`, prefix listings, dump splits).
 * Every message stays far below Queues' 128 KB: a task names objects, it never carries their bytes.
 */

/** One unit of work: an object, or one part of a large JSON Lines object. */
export interface Task {
  kind: "object";
  batch: string;
  /** The object to read. */
  key: string;
  /** Only these bytes of it (a range on line boundaries of a plain JSON Lines object). */
  range?: { offset: number; length: number };
  /** The line of the original object that the first line read is (1-based); 1 when absent. */
  line?: number;
  /** The object the bytes come from, when `key` is a staged part of it. */
  origin?: string;
}

/** List one page of a prefix into tasks, then the next page. */
export interface ListTask {
  kind: "list";
  batch: string;
  prefix: string;
  cursor?: string;
}

/** What a DLQ message says when the pipeline itself dead-letters a message it knows cannot succeed. */
export interface DeadLetter {
  kind: "dead";
  /** The message as it was delivered (a task or an R2 notification). */
  body: unknown;
  reason: string;
}

export type WorkMessage = Task | ListTask;

/** The body of an R2 event notification (developers.cloudflare.com/r2/buckets/event-notifications/). */
export interface R2Notification {
  account: string;
  action: string;
  bucket: string;
  object: { key: string; size?: number; eTag?: string };
  eventTime: string;
}

/** Actions that create or replace an object (the `object-create` event type). */
const CREATE_ACTIONS = new Set(["PutObject", "CopyObject", "CompleteMultipartUpload"]);

function isNotification(body: unknown): body is R2Notification {
  const value = body as R2Notification;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof value.action === "string" &&
    typeof value.object?.key === "string"
  );
}

const EVENT_BATCH = "r2-events-";

/** The batch that R2 event notifications of one UTC day are counted in. */
export function eventBatch(eventTime: string): string {
  return `${EVENT_BATCH}${/^\d{4}-\d{2}-\d{2}/.exec(eventTime)?.[0] ?? "undated"}`;
}

export function isEventBatch(batch: string): boolean {
  return batch.startsWith(EVENT_BATCH);
}

/** R2's longest key, in UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;

/**
 * Whether R2 can store `text` as a key or prefix as written: at most `MAX_KEY_BYTES` bytes of UTF-8, and no lone
 * surrogate. A lone surrogate is sent to R2 as U+FFFD, so a key holding one names another object (twenty-sixth round:
 * `\ud800x.md` was looked up as `\ufffdx.md`, missing, retried to the end of its retries).
 */
export function isStorableKey(text: string): boolean {
  return !/[\ud800-\udfff]/u.test(text) && new TextEncoder().encode(text).length <= MAX_KEY_BYTES;
}

/** The prefixes the pipeline writes under. */
export type OutputPrefixes = Pick<IngestSettings, "parsedPrefix" | "failedPrefix" | "stagingPrefix">;

/**
 * Whether `key` (or every key under it, for a prefix) is one of the pipeline's own outputs, which it never reads
 * as input: reading `parsed/…` parsed caixun's own Articles again and wrote a copy of the copy (twenty-sixth round).
 */
export function isOwnOutput(key: string, prefixes: OutputPrefixes): boolean {
  return [prefixes.parsedPrefix, prefixes.failedPrefix, prefixes.stagingPrefix].some((prefix) =>
    key.startsWith(prefix),
  );
}

export type Incoming =
  | { type: "work"; message: WorkMessage }
  | { type: "ignore"; why: string }
  | { type: "malformed"; why: string };

/**
 * What a work-queue message asks for. Notifications about the pipeline's own outputs are ignored
 * (the consumer writes to the same bucket), and so are deletions: a deleted file's Articles stay. A task
 * that names an output is malformed: only a staged part of a dump (under the staging prefix, with its origin) is
 * read from there.
 */
export function readMessage(body: unknown, prefixes: OutputPrefixes): Incoming {
  if (isNotification(body)) {
    const { key } = body.object;
    if (!CREATE_ACTIONS.has(body.action)) return { type: "ignore", why: `${body.action} of ${key}` };
    if (isOwnOutput(key, prefixes)) {
      return { type: "ignore", why: `${key} is an output of the pipeline` };
    }
    return { type: "work", message: { kind: "object", batch: eventBatch(body.eventTime), key } };
  }
  const wrong = wrongField(body) ?? ownOutputField(body as WorkMessage, prefixes);
  if (wrong === null) return { type: "work", message: body as WorkMessage };
  return {
    type: "malformed",
    why: `not a task or an R2 notification (${wrong}): ${JSON.stringify(body)?.slice(0, 200)}`,
  };
}

/**
 * The first field of a message that is not what a task's field must be, or null for a task. Only the pipeline writes
 * tasks, but the queue takes any message a producer sends: a `line` of `"x"` numbered every record's ref `line x…`, an
 * `origin` of 5 reached core as a file name, and a `range` that is not a range failed at R2 and was retried to the
 * end of the queue's retries instead of dead-lettered at once with its reason.
 */
function wrongField(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return "not an object";
  const task = body as Record<string, unknown>;
  if (!isName(task.batch)) return "batch";
  if (task.kind === "list") {
    if (typeof task.prefix !== "string" || !isStorableKey(task.prefix)) return "prefix";
    return task.cursor === undefined || isName(task.cursor) ? null : "cursor";
  }
  if (task.kind !== "object") return "kind";
  if (!isKey(task.key)) return "key";
  if (task.origin !== undefined && !isKey(task.origin)) return "origin";
  if (task.line !== undefined && !isCount(task.line, 1)) return "line";
  if (task.range === undefined) return null;
  const range = task.range as Record<string, unknown> | null;
  return typeof range === "object" && range !== null && isCount(range.offset, 0) && isCount(range.length, 1)
    ? null
    : "range";
}

/** The field of a task that names the pipeline's own outputs, or null. */
function ownOutputField(task: WorkMessage, prefixes: OutputPrefixes): string | null {
  if (task.kind === "list")
    return isOwnOutput(task.prefix, prefixes) ? "prefix: an output of the pipeline" : null;
  if (task.origin !== undefined) {
    if (isOwnOutput(task.origin, prefixes)) return "origin: an output of the pipeline";
    return task.key.startsWith(prefixes.stagingPrefix) ? null : "key: a part is staged under its prefix";
  }
  return isOwnOutput(task.key, prefixes) ? "key: an output of the pipeline" : null;
}

const isName = (value: unknown) => typeof value === "string" && value !== "";
/** A key of the bucket as R2 takes it (`isStorableKey`). */
const isKey = (value: unknown) => isName(value) && isStorableKey(value as string);
const isCount = (value: unknown, least: number) => Number.isSafeInteger(value) && (value as number) >= least;

/** The task's name in the progress table: its key, `@offset` for a range, the origin for a staged part. */
export function taskName(message: WorkMessage): string {
  if (message.kind === "list") return `list:${message.prefix}${message.cursor ? `@${message.cursor}` : ""}`;
  if (message.origin) return `${message.origin}#${message.line ?? 1}`;
  return message.range ? `${message.key}@${message.range.offset}` : message.key;
}

/** How an object's bytes are read: by its name, as wrangler and the CLI name them. */
export interface ObjectKind {
  gzip: boolean;
  /** One record per line: can be split into ranges on line boundaries. */
  jsonLines: boolean;
  /** The name without `.gz`, which core reads the family from. */
  filename: string;
}

export function objectKind(key: string): ObjectKind {
  const gzip = /\.gz$/i.test(key);
  const filename = gzip ? key.slice(0, -3) : key;
  return { gzip, jsonLines: /\.(jsonl|ndjson)$/i.test(filename), filename };
}
