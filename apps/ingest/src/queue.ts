/**
 * The Worker's `queue` handler: the work queue's batches go to the consumer, and every message is
 * acknowledged, retried with exponential backoff, or dead-lettered with its reason, one by one, so a
 * failing object never holds back the rest of its batch. The dead-letter queue is consumed too: its
 * messages mark their tasks dead, with the last error seen, in the progress table.
 */
import { assetTables } from "@caixun/api";
import { d1StoreFromBindings } from "@caixun/store/d1";
import type { MessageBatch } from "@cloudflare/workers-types";
import { Consumer, type Delivery } from "./consume.js";
import { DEFAULT_DEAD_LETTER_QUEUE, type IngestEnv } from "./env.js";
import { describeError } from "./failures.js";
import { backoffSeconds, settingsFrom } from "./settings.js";
import { lastError, outcomeStatement } from "./state.js";
import { type DeadLetter, readMessage, taskName } from "./tasks.js";

export async function handleQueue(batch: MessageBatch, env: IngestEnv): Promise<void> {
  if (batch.queue === (env.DEAD_LETTER_QUEUE ?? DEFAULT_DEAD_LETTER_QUEUE)) return recordDead(batch, env);
  const settings = settingsFrom(env);
  const deliveries: Delivery[] = batch.messages.map((message) => ({
    id: message.id,
    body: message.body,
    attempts: message.attempts,
  }));
  let verdicts: Awaited<ReturnType<Consumer["run"]>>;
  try {
    verdicts = await new Consumer({
      env,
      store: d1StoreFromBindings(env),
      settings,
      parserReady: () => assetTables(env.ASSETS),
    }).run(deliveries);
  } catch (error) {
    // Only the progress table's own write gets here; every task is idempotent, so all go again.
    console.error(`batch of ${batch.messages.length} failed: ${describeError(error)}`);
    const attempts = Math.max(...batch.messages.map((message) => message.attempts));
    batch.retryAll({ delaySeconds: backoffSeconds(attempts, settings) });
    return;
  }
  for (const message of batch.messages) {
    const verdict = verdicts.get(message.id)!;
    if (verdict.kind === "ack") message.ack();
    else if (verdict.kind === "retry")
      message.retry({ delaySeconds: backoffSeconds(message.attempts, settings) });
    else {
      const letter: DeadLetter = { kind: "dead", body: verdict.body, reason: verdict.reason };
      await env.DEAD.send(letter);
      message.ack();
    }
  }
}

/**
 * Messages that reached the dead-letter queue: sent there by the consumer with a reason, or moved
 * there by Queues after the last retry (the message as it was; the reason is the last error the
 * consumer recorded for its task).
 */
async function recordDead(batch: MessageBatch, env: IngestEnv): Promise<void> {
  const settings = settingsFrom(env);
  const statements = [];
  for (const message of batch.messages) {
    const letter = message.body as DeadLetter;
    const explicit = letter?.kind === "dead";
    const body = explicit ? letter.body : message.body;
    const incoming = readMessage(body, settings);
    if (incoming.type !== "work") {
      console.error(`dead letter that names no task: ${explicit ? letter.reason : JSON.stringify(body)}`);
      continue;
    }
    const task = incoming.message;
    const name = taskName(task);
    const reason = explicit
      ? letter.reason
      : `retries exhausted; last error: ${(await lastError(env.INGEST, task.batch, name)) ?? "none recorded (the consumer was stopped before it could record one: CPU or memory limit?)"}`;
    statements.push(
      outcomeStatement(env.INGEST, {
        batch: task.batch,
        name,
        key: task.kind === "list" ? task.prefix : (task.origin ?? task.key),
        status: "dead",
        attempts: message.attempts,
        error: reason,
      }),
    );
  }
  if (statements.length > 0) await env.INGEST.batch(statements);
  batch.ackAll();
}
