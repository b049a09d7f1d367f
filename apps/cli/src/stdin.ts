import { MAX_INPUT_SIZE } from "@caixun/core";

/**
 * Reads stdin to the end, keeping at most one byte more than core accepts (so core still reports
 * the input as too large) while draining the rest so the writer is not left blocked.
 */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    if (kept > MAX_INPUT_SIZE) continue;
    const part = chunk.subarray(0, MAX_INPUT_SIZE + 1 - kept);
    chunks.push(part);
    kept += part.length;
  }
  return new Uint8Array(Buffer.concat(chunks));
}
