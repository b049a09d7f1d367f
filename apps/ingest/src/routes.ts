/** `POST /v1/batches` (queue objects of the bucket for ingestion) and `GET /v1/batches/{id}` (progress). */
import {
  type ApiApp,
  component,
  componentRef,
  DOCUMENTED,
  defineRoute,
  documented,
  documentedComponent,
  Int,
  ProblemError,
  problemResponses,
  requireToken,
} from "@caixun/api";
import * as z from "zod/mini";
// Types only the response schemas use (which only the document reads), from zod under its other name: a
// Worker aliases `zod/mini` to its own validators (`worker-zod.ts`), which have none of them.
import * as doc from "zod/v4/mini";
import type { IngestEnv } from "./env.js";
import { settingsFrom } from "./settings.js";
import { addTaskStatements, type BatchReport, batchReport, createBatch } from "./state.js";
import { isOwnOutput, isStorableKey, type ListTask, MAX_KEY_BYTES, type Task, taskName } from "./tasks.js";

/** Keys one request may list; a larger set is a prefix, which the pipeline lists itself. */
const MAX_KEYS = 1000;

/** A key or prefix R2 takes as written (`isStorableKey`). */
const STORABLE = z.refine<string>(
  isStorableKey,
  `keys and prefixes are at most ${MAX_KEY_BYTES} bytes of UTF-8, with no lone surrogate`,
);
const Key = z.string().check(z.minLength(1), STORABLE);

export const BatchRequest = component(
  z
    .object({
      keys: z.optional(
        documented(
          z.array(Key).check(z.minLength(1), z.maxLength(MAX_KEYS)),
          DOCUMENTED && { description: "Object keys to ingest" },
        ),
      ),
      prefix: z.optional(
        documented(
          z.string().check(STORABLE),
          DOCUMENTED && { description: "Ingest every object under this prefix" },
        ),
      ),
    })
    .check(
      z.refine(
        (body) => (body.keys === undefined) !== (body.prefix === undefined),
        "send either keys or prefix",
      ),
    ),
  "BatchRequest",
);

/** The path parameters of `GET /v1/batches/{id}`. */
export const BatchParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)) });

// Read only by the document's `Batch` component: marked free of side effects, so the Worker drops it.
const TaskCounts = /* @__PURE__ */ z.object({
  queued: Int(),
  retrying: Int(),
  split: Int(),
  done: Int(),
  dead: Int(),
});

// The responses' components, for the document only: the routes name them (`componentRef`).
/* @__PURE__ */ documentedComponent("Batch", () =>
  z.object({
    id: z.string(),
    createdAt: z.string(),
    origin: z.string(),
    listing: doc.boolean(),
    tasks: TaskCounts,
    finished: doc.boolean(),
    records: Int(),
    articles: Int(),
    failures: Int(),
    problems: z.array(
      z.object({
        task: z.string(),
        key: z.string(),
        status: z.string(),
        attempts: Int(),
        error: z.nullable(z.string()),
      }),
    ),
  }),
);

/* @__PURE__ */ documentedComponent("BatchCreated", () =>
  z.object({ id: z.string(), tasks: Int(), href: z.string() }),
);

const createBatchRoute = defineRoute({
  method: "post",
  path: "/v1/batches",
  security: [{ bearerAuth: [] }],
  request: { body: { content: { "application/json": { schema: BatchRequest } }, required: true } },
  // What only the OpenAPI document reads (`DOCUMENTED`: a Worker's bundle drops it).
  ...(DOCUMENTED && {
    tags: ["ingestion"],
    summary: "Queue objects of the bucket for parsing into the store",
    responses: {
      202: {
        description: "The batch was created and its tasks queued",
        content: { "application/json": { schema: componentRef("BatchCreated") } },
      },
      ...problemResponses(400, 401, 413, 415, 422),
    },
  }),
});

const getBatchRoute = defineRoute({
  method: "get",
  path: "/v1/batches/{id}",
  request: { params: BatchParams },
  ...(DOCUMENTED && {
    tags: ["ingestion"],
    summary: "Progress of a batch: tasks by status, records, articles, failures, and what went wrong",
    responses: {
      200: { description: "The batch", content: { "application/json": { schema: componentRef("Batch") } } },
      ...problemResponses(404, 422),
    },
  }),
});

/** The keys (or the prefix) of a batch that are the pipeline's own outputs, which it never reads, as a 422. */
function ownOutputs(env: IngestEnv, body: BatchBody): ProblemError | null {
  const settings = settingsFrom(env);
  const named = body.prefix === undefined ? (body.keys ?? []) : [body.prefix];
  const own = named.flatMap((key, index) => (isOwnOutput(key, settings) ? [index] : []));
  if (own.length === 0) return null;
  const field = body.prefix === undefined ? "json.keys" : "json.prefix";
  return new ProblemError(
    "invalid-request",
    `${named[own[0]!]}${own.length > 1 ? ` and ${own.length - 1} more` : ""}: the pipeline's own outputs`,
    own.slice(0, 10).map((index) => ({
      path: body.prefix === undefined ? `${field}.${index}` : field,
      message: "the pipeline does not read its own outputs",
    })),
  );
}

export type BatchBody = z.output<typeof BatchRequest>;

/** `POST /v1/batches` of a valid body: the batch made, its tasks queued, and what the 202 says of it. */
export async function queueBatch(
  env: IngestEnv,
  body: BatchBody,
): Promise<{ id: string; tasks: number; href: string }> {
  const id = crypto.randomUUID();
  const href = `/v1/batches/${id}`;
  const refused = ownOutputs(env, body);
  if (refused) throw refused;
  if (body.prefix !== undefined) {
    await createBatch(env.INGEST, id, `prefix:${body.prefix}`, true);
    const list: ListTask = { kind: "list", batch: id, prefix: body.prefix };
    await env.WORK.send(list);
    return { id, tasks: 0, href };
  }
  const tasks: Task[] = [...new Set(body.keys)].map((key) => ({ kind: "object", batch: id, key }));
  await createBatch(env.INGEST, id, "keys", false);
  await env.INGEST.batch(
    addTaskStatements(
      env.INGEST,
      id,
      tasks.map((task) => ({ name: taskName(task), key: task.key })),
    ),
  );
  for (let start = 0; start < tasks.length; start += 100) {
    await env.WORK.sendBatch(tasks.slice(start, start + 100).map((task) => ({ body: task })));
  }
  return { id, tasks: tasks.length, href };
}

/** `GET /v1/batches/{id}`: the batch's report, or a 404. */
export async function reportOf(env: IngestEnv, id: string): Promise<BatchReport> {
  const report = await batchReport(env.INGEST, id);
  if (!report) throw new ProblemError("not-found", `no batch with id ${id}`);
  return report;
}

/**
 * The batches' routes on a Hono app of the API (`createIngestApp`): what the ingestion Worker's
 * OpenAPI document describes. The Worker answers them with its own `fetch` (`front.ts`), from the same
 * declarations and the same handlers, without the API's app.
 */
export function registerBatches(app: ApiApp): void {
  app.openapi(
    createBatchRoute,
    async (c) => c.json(await queueBatch(c.env as IngestEnv, c.req.valid("json")), 202),
    [requireToken],
  );
  app.openapi(getBatchRoute, async (c) =>
    c.json(await reportOf(c.env as IngestEnv, c.req.valid("param").id), 200),
  );
}
