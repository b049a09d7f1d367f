import { readToLimit } from "@caixun/inputs/policy";
import { PermanentFailure } from "./failures.js";

/** Reads a stream to its end, refusing (without reading further) once it passes `limit` bytes. */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  what: string,
): Promise<Uint8Array> {
  let bytes: Uint8Array | null;
  try {
    bytes = await readToLimit(stream, limit);
  } catch (error) {
    // DecompressionStream fails on bytes that are not gzip, or end too soon.
    throw new PermanentFailure("unreadable-input", `${what} could not be read: ${(error as Error).message}`);
  }
  if (bytes === null) throw new PermanentFailure("input-too-large", `${what} is over ${limit} bytes`);
  return bytes;
}

/** The decompressed stream of a gzipped body (Web standard `DecompressionStream`, as in browsers and Node). */
export function gunzip(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
}
