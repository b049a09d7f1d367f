/**
 * The queue consumer's work: for each delivered message, read the object (or the part of one) from
 * R2, parse it with core, write the Articles to the store and a JSON Lines copy to R2, and say per
 * message whether it is done, must be retried, or can never succeed. Large JSON Lines dumps are not
 * parsed here but split into part tasks that each fit one invocation's memory and time.
 */
import { type Article, MAX_INPUT_SIZE } from "@caixun/core";
import { type ArticleStore, RecordTooLargeError, type StoredArticle } from "@caixun/store";
import type { R2Bucket } from "@cloudflare/workers-types";
import { type Documents, type RecordFailure, readDocuments } from "./documents.js";
import type { IngestEnv } from "./env.js";
import { describeError, PermanentFailure } from "./failures.js";
import { type Line, type Part, splitLines } from "./lines.js";
import { gunzip, readCapped } from "./read.js";
import type { IngestSettings } from "./settings.js";
import {
  addTaskStatements,
  batchStatement,
  listingDoneStatement,
  outcomeStatement,
  type TaskOutcome,
} from "./state.js";
import {
  isEventBatch,
  isOwnOutput,
  type ListTask,
  objectKind,
  readMessage,
  type Task,
  taskName,
  type WorkMessage,
} from "./tasks.js";

export interface Delivery {
  id: string;
  body: unknown;
  /** 1 on the first delivery. */
  attempts: number;
}

export type Verdict =
  | { kind: "ack" }
  | { kind: "retry"; error: string }
  | { kind: "dead"; reason: string; body: unknown };

export interface ConsumeDeps {
  env: IngestEnv;
  store: ArticleStore;
  settings: IngestSettings;
  /**
   * Resolves once what the parse and the store read is in place (the Worker's tables, `assetTables`); when
   * it rejects, the object is not read and its task is retried, as for any failure a retry may mend.
   */
  parserReady: () => Promise<void>;
}

/** Objects read or written at once for single-article files: a Worker has six connections at a time. */
const LIGHT_PARALLELISM = 6;
/** Messages a `sendBatch` call takes. */
const SEND_BATCH = 100;

interface Parsed {
  delivery: Delivery;
  task: Task;
  name: string;
  filename: string;
  documents: Documents;
}

type Step = { type: "parsed"; parsed: Parsed } | { type: "finished"; outcome: TaskOutcome | null };

function isHeavy(message: WorkMessage): boolean {
  return (
    message.kind === "list" ||
    message.range !== undefined ||
    objectKind(message.origin ?? message.key).jsonLines
  );
}

/** Stable, short file name for a task's outputs: a digest of its name and the key's last segment. */
async function fileStem(name: string, key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(name)));
  const hex = [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  const base = (key.split("/").at(-1) ?? "").replace(/[^\w.-]+/g, "_").slice(0, 80);
  return `${hex}-${base}`;
}

function jsonLines(values: unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join("");
}

/** Line feeds in `bytes`: a JSON Lines dump's records, give or take a last line without one. */
function linesIn(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  return lines;
}

/** `yyyy/mm/dd` of the day an article was published, in its own offset (China's day for +08:00). */
function dayPath(article: Article): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(article.publishedAt ?? "");
  return day ? `${day[1]}/${day[2]}/${day[3]}` : "undated";
}

export class Consumer {
  private readonly outcomes: TaskOutcome[] = [];
  private readonly verdicts = new Map<string, Verdict>();
  private pending: Parsed[] = [];
  /** Batches whose prefix listing ended in this invocation (last page, or the listing died). */
  private readonly listingEnded: string[] = [];

  constructor(private readonly deps: ConsumeDeps) {}

  private get bucket(): R2Bucket {
    return this.deps.env.BUCKET;
  }

  /** Works through one delivered batch; every delivery gets a verdict. */
  async run(deliveries: Delivery[]): Promise<Map<string, Verdict>> {
    const light: [Delivery, WorkMessage][] = [];
    const heavy: [Delivery, WorkMessage][] = [];
    for (const delivery of deliveries) {
      const incoming = readMessage(delivery.body, this.deps.settings);
      if (incoming.type === "ignore") this.verdicts.set(delivery.id, { kind: "ack" });
      else if (incoming.type === "malformed") {
        this.verdicts.set(delivery.id, { kind: "dead", reason: incoming.why, body: delivery.body });
      } else (isHeavy(incoming.message) ? heavy : light).push([delivery, incoming.message]);
    }
    for (let start = 0; start < light.length; start += LIGHT_PARALLELISM) {
      await Promise.all(light.slice(start, start + LIGHT_PARALLELISM).map(([d, m]) => this.step(d, m)));
      if (this.pendingArticles() >= this.deps.settings.writeChunk) await this.flush();
    }
    await this.flush();
    // A part of a dump holds up to rangeBytes of records: one at a time, written before the next.
    for (const [delivery, message] of heavy) {
      await this.step(delivery, message);
      await this.flush();
    }
    await this.recordOutcomes();
    return this.verdicts;
  }

  private pendingArticles(): number {
    return this.pending.reduce((sum, parsed) => sum + parsed.documents.articles.length, 0);
  }

  private async step(delivery: Delivery, message: WorkMessage): Promise<void> {
    const name = taskName(message);
    try {
      const step =
        message.kind === "list" ? await this.list(message) : await this.object(delivery, message, name);
      if (step.type === "parsed") this.pending.push(step.parsed);
      else {
        if (step.outcome) this.outcomes.push({ ...step.outcome, attempts: delivery.attempts });
        this.verdicts.set(delivery.id, { kind: "ack" });
      }
    } catch (error) {
      this.fail(delivery, message, name, error);
    }
  }

  private fail(delivery: Delivery, message: WorkMessage, name: string, error: unknown): void {
    const reason = describeError(error);
    const key = message.kind === "list" ? message.prefix : message.key;
    const status = error instanceof PermanentFailure ? "dead" : "retrying";
    this.outcomes.push({
      batch: message.batch,
      name,
      key,
      status,
      attempts: delivery.attempts,
      error: reason,
    });
    if (message.kind === "list" && status === "dead") this.listingEnded.push(message.batch);
    this.verdicts.set(
      delivery.id,
      status === "dead" ? { kind: "dead", reason, body: delivery.body } : { kind: "retry", error: reason },
    );
  }

  /** One page of a prefix becomes tasks; the next page is a task of its own. */
  private async list(task: ListTask): Promise<Step> {
    const listing = await this.bucket.list({
      prefix: task.prefix,
      limit: this.deps.settings.listPage,
      ...(task.cursor ? { cursor: task.cursor } : {}),
    });
    const tasks: Task[] = listing.objects
      .map((object) => object.key)
      .filter((key) => !isOwnOutput(key, this.deps.settings))
      .map((key) => ({ kind: "object", batch: task.batch, key }));
    await this.enqueue(task.batch, tasks);
    if (listing.truncated) {
      await this.deps.env.WORK.send({ ...task, cursor: listing.cursor });
    } else {
      this.listingEnded.push(task.batch);
    }
    return { type: "finished", outcome: null };
  }

  /** Adds task rows, then sends the messages: a row never lags behind its message. */
  private async enqueue(batch: string, tasks: Task[]): Promise<void> {
    if (tasks.length === 0) return;
    const db = this.deps.env.INGEST;
    await db.batch(
      addTaskStatements(
        db,
        batch,
        tasks.map((task) => ({ name: taskName(task), key: task.key })),
      ),
    );
    for (let start = 0; start < tasks.length; start += SEND_BATCH) {
      await this.deps.env.WORK.sendBatch(tasks.slice(start, start + SEND_BATCH).map((body) => ({ body })));
    }
  }

  private async object(delivery: Delivery, task: Task, name: string): Promise<Step> {
    const { settings } = this.deps;
    await this.deps.parserReady();
    // What the records are comes from the original object's name; how the bytes read are stored,
    // from the key read (a staged part of a gzipped dump is plain).
    const kind = objectKind(task.origin ?? task.key);
    const { gzip } = objectKind(task.key);
    const parsed = (bytes: Uint8Array, firstLine: number): Step => ({
      type: "parsed",
      parsed: {
        delivery,
        task,
        name,
        filename: kind.filename,
        documents: readDocuments(bytes, { filename: kind.filename, firstLine }),
      },
    });

    // A part a split makes is under rangeBytes + maxRecordBytes; a task's range is read up to the limit of a whole
    // object of its kind, never to the length it states (a message of `length: 5e9` would hold 5 GB).
    const limit = kind.jsonLines ? settings.rangeBytes + settings.maxRecordBytes : MAX_INPUT_SIZE;
    if (task.range) {
      const object = await this.bucket.get(task.key, { range: task.range });
      if (!object) throw new Error(`no object at ${task.key}`);
      const what = `${task.key} bytes ${task.range.offset}+`;
      const bytes = await readCapped(object.body, limit, what);
      if (linesIn(bytes) > settings.maxRecords) {
        throw new PermanentFailure(
          "input-too-large",
          `${what} hold more than ${settings.maxRecords} records`,
        );
      }
      return parsed(bytes, task.line ?? 1);
    }

    // One read per object: its size comes with its body, which is only consumed if it is wanted.
    const object = await this.bucket.get(task.key);
    if (!object) throw new Error(`no object at ${task.key}`);
    if (kind.jsonLines && (gzip || object.size > settings.rangeBytes) && !task.origin) {
      return this.split(delivery, task, name, gzip, object.body, parsed);
    }
    if (!gzip && object.size > limit) {
      await object.body.cancel();
      throw new PermanentFailure(
        "input-too-large",
        `${task.key} is ${object.size} bytes; one file is read up to ${limit}`,
      );
    }
    const body = gzip ? gunzip(object.body) : object.body;
    const bytes = await readCapped(body, limit, task.key);
    // A plain dump under rangeBytes may still hold more records than one task parses: split from the bytes read.
    if (kind.jsonLines && !gzip && !task.origin && linesIn(bytes) > settings.maxRecords) {
      return this.split(delivery, task, name, false, new Blob([bytes]).stream(), parsed);
    }
    return parsed(bytes, task.line ?? 1);
  }

  /**
   * Splits a JSON Lines dump into part tasks on line boundaries, streaming it once. A plain object's
   * parts are byte ranges of it; a gzipped one cannot be read from the middle, so its parts are staged
   * as plain objects. A gzipped dump that turns out to be one part is parsed here and now.
   */
  private async split(
    delivery: Delivery,
    task: Task,
    name: string,
    gzip: boolean,
    body: ReadableStream,
    parsed: (bytes: Uint8Array, firstLine: number) => Step,
  ): Promise<Step> {
    const { settings } = this.deps;
    const parts: Task[] = [];
    const overlong: Line[] = [];
    let held: Part | null = null;
    // Named by the dump's stem, not its key: a key near R2's 1,024 bytes made staged keys past it (twenty-sixth round).
    const staged = `${settings.stagingPrefix}${await fileStem(name, task.key)}/`;
    const stage = async (part: Part) => {
      const key = `${staged}${part.line}.jsonl`;
      await this.bucket.put(key, part.bytes!);
      parts.push({ kind: "object", batch: task.batch, key, line: part.line, origin: task.key });
    };
    try {
      await splitLines(
        gzip ? gunzip(body) : body,
        {
          rangeBytes: settings.rangeBytes,
          maxRecordBytes: settings.maxRecordBytes,
          maxRecords: settings.maxRecords,
          keepBytes: gzip,
        },
        async (part) => {
          if (!gzip) {
            parts.push({
              kind: "object",
              batch: task.batch,
              key: task.key,
              range: { offset: part.offset, length: part.length },
              line: part.line,
            });
          } else if (held === null && parts.length === 0) {
            held = part;
          } else {
            if (held) await stage(held);
            held = null;
            await stage(part);
          }
        },
        async (line) => {
          overlong.push(line);
        },
      );
    } catch (error) {
      if (error instanceof TypeError) {
        throw new PermanentFailure("unreadable-input", `${task.key} could not be read: ${error.message}`);
      }
      throw error;
    }
    const failures: RecordFailure[] = overlong.map((line) => ({
      ref: `line ${line.line}`,
      code: "record-too-large",
      message: `the record is ${line.end - line.start} bytes; records are read up to ${settings.maxRecordBytes}`,
    }));
    const single = held as Part | null;
    if (single && parts.length === 0) {
      const step = parsed(single.bytes!, single.line);
      if (step.type === "parsed") step.parsed.documents.failures.push(...failures);
      return step;
    }
    await this.enqueue(task.batch, parts);
    if (failures.length > 0) await this.writeFailures(task.batch, name, task.key, failures);
    return {
      type: "finished",
      outcome: {
        batch: task.batch,
        name,
        key: task.key,
        status: "split",
        attempts: delivery.attempts,
        records: overlong.length,
        failures: failures.length,
      },
    };
  }

  private async writeFailures(
    batch: string,
    name: string,
    key: string,
    failures: RecordFailure[],
  ): Promise<void> {
    const stem = await fileStem(name, key);
    await this.bucket.put(
      `${this.deps.settings.failedPrefix}${batch}/${stem}.jsonl`,
      jsonLines(failures.map((failure) => ({ key, ...failure }))),
    );
  }

  /**
   * Writes the Articles parsed so far: to the store in chunks, then each task's JSON Lines copy.
   * An article over the database's row limit is set aside as a failed record and the rest written;
   * any other failure sends every task of this write back to the queue.
   */
  private async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) return;
    const owner = new Map<string, Parsed>();
    const stored: StoredArticle[] = [];
    for (const parsed of pending) {
      for (const article of parsed.documents.articles) {
        owner.set(article.id, parsed);
        stored.push({ article, filename: parsed.filename });
      }
    }
    try {
      for (let start = 0; start < stored.length; start += this.deps.settings.writeChunk) {
        await this.write(stored.slice(start, start + this.deps.settings.writeChunk), owner);
      }
      for (let start = 0; start < pending.length; start += LIGHT_PARALLELISM) {
        await Promise.all(pending.slice(start, start + LIGHT_PARALLELISM).map((parsed) => this.copy(parsed)));
      }
    } catch (error) {
      for (const parsed of pending) this.fail(parsed.delivery, parsed.task, parsed.name, error);
      return;
    }
    for (const parsed of pending) {
      const { documents } = parsed;
      this.outcomes.push({
        batch: parsed.task.batch,
        name: parsed.name,
        key: parsed.task.origin ?? parsed.task.key,
        status: "done",
        attempts: parsed.delivery.attempts,
        records: documents.records,
        articles: documents.articles.length,
        failures: documents.failures.length,
        error: null,
      });
      this.verdicts.set(parsed.delivery.id, { kind: "ack" });
    }
  }

  private async write(chunk: StoredArticle[], owner: Map<string, Parsed>): Promise<void> {
    let rest = chunk;
    for (;;) {
      try {
        await this.deps.store.upsert(rest);
        return;
      } catch (error) {
        if (!(error instanceof RecordTooLargeError)) throw error;
        const parsed = owner.get(error.id)!;
        parsed.documents.articles = parsed.documents.articles.filter((article) => article.id !== error.id);
        parsed.documents.failures.push({
          ref: `article ${error.id}`,
          code: "row-too-large",
          message: error.message,
        });
        rest = rest.filter((stored) => stored.article.id !== error.id);
      }
    }
  }

  /** The task's Articles as JSON Lines under parsed/<day>/, one file per day it covers; failures under failed/. */
  private async copy(parsed: Parsed): Promise<void> {
    const key = parsed.task.origin ?? parsed.task.key;
    const stem = await fileStem(parsed.name, key);
    const byDay = new Map<string, Article[]>();
    for (const article of parsed.documents.articles) {
      const day = dayPath(article);
      const list = byDay.get(day);
      if (list) list.push(article);
      else byDay.set(day, [article]);
    }
    for (const [day, articles] of byDay) {
      await this.bucket.put(`${this.deps.settings.parsedPrefix}${day}/${stem}.jsonl`, jsonLines(articles), {
        httpMetadata: { contentType: "application/x-ndjson; charset=utf-8" },
        customMetadata: { source: key },
      });
    }
    if (parsed.documents.failures.length > 0) {
      await this.writeFailures(parsed.task.batch, parsed.name, key, parsed.documents.failures);
    }
  }

  private async recordOutcomes(): Promise<void> {
    const db = this.deps.env.INGEST;
    // Batches of R2 event notifications are made by the first event of their day.
    const eventBatches = new Set(this.outcomes.map((outcome) => outcome.batch).filter(isEventBatch));
    const statements = [
      ...[...eventBatches].map((batch) => batchStatement(db, batch, "r2-events", false)),
      ...this.outcomes.map((outcome) => outcomeStatement(db, outcome)),
      ...[...new Set(this.listingEnded)].map((batch) => listingDoneStatement(db, batch)),
    ];
    if (statements.length > 0) await db.batch(statements);
  }
}
