/**
 * The ingestion Worker: the consumer of the work queue and its dead-letter queue, and the public URL of
 * the deployment: `/v1/batches` and the document it answers itself (`front.ts`), every other request
 * handed to the API Worker over the same databases (the `API` service binding).
 */
import type { ExportedHandler, MessageBatch } from "@cloudflare/workers-types";
import type { IngestEnv } from "./env.js";
import { answer } from "./front.js";
import { handleQueue } from "./queue.js";

export default {
  fetch: (request, env) => answer(request as unknown as Request, env) as never,
  queue: (batch, env) => handleQueue(batch as MessageBatch, env),
} satisfies ExportedHandler<IngestEnv>;
