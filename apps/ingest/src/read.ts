import { PermanentFailure } from "./failures.js";

/** Reads a stream to its end, refusing (without reading further) once it passes `limit` bytes. */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  what: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw new PermanentFailure("input-too-large", `${what} is over ${limit} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PermanentFailure) throw error;
    // DecompressionStream fails on bytes that are not gzip, or end too soon.
    throw new PermanentFailure("unreadable-input", `${what} could not be read: ${(error as Error).message}`);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The decompressed stream of a gzipped body (Web standard `DecompressionStream`, as in browsers and Node). */
export function gunzip(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
}
