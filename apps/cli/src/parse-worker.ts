import { parentPort } from "node:worker_threads";
import type { Outcome } from "./outcome.js";
import { parseBytes, parseFile } from "./parse-input.js";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

/** A worker of the parse pool: reads and parses one input per message (reading here spreads I/O too). */
parentPort!.on("message", async (request: WorkerRequest) => {
  const outcome = await settle(request);
  parentPort!.postMessage({ id: request.id, outcome } satisfies WorkerReply);
});

async function settle(request: WorkerRequest): Promise<Outcome> {
  try {
    return request.job.kind === "file"
      ? await parseFile(request.job.path)
      : parseBytes(request.job.bytes, request.job.filename);
  } catch (error) {
    // Core promises never to throw anything but CaixunError; if it does, this input fails and the run goes on.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { ok: false, failure: { code: "internal-error", message: `core threw: ${message}` } };
  }
}
