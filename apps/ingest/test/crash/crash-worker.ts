/**
 * The ingestion Worker, killed in the middle of its first large batch: it hands the first half of
 * the batch to the real consumer (which acknowledges those messages one by one) and then throws, as
 * a consumer does that hits its CPU or memory limit. Everything else is the real Worker.
 */
import type { ExportedHandler, Message, MessageBatch } from "@cloudflare/workers-types";
import type { IngestEnv } from "../../src/env.js";
import { handleQueue } from "../../src/queue.js";
import worker from "../../src/worker.js";

let killed = 0;

export default {
  fetch: worker.fetch,
  async queue(batch, env) {
    if (killed > 0 || batch.queue !== "caixun-ingest" || batch.messages.length < 4) {
      return handleQueue(batch as MessageBatch, env);
    }
    killed += 1;
    const half = batch.messages.slice(0, Math.floor(batch.messages.length / 2)) as Message[];
    await handleQueue(
      {
        queue: batch.queue,
        messages: half,
        retryAll: (options?: { delaySeconds?: number }) => {
          for (const message of half) message.retry(options);
        },
        ackAll: () => {
          for (const message of half) message.ack();
        },
      } as unknown as MessageBatch,
      env,
    );
    throw new Error("consumer killed in the middle of its batch");
  },
} satisfies ExportedHandler<IngestEnv>;
