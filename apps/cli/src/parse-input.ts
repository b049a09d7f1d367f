import { open } from "node:fs/promises";
import { CaixunError, MAX_INPUT_SIZE, parse } from "@caixun/core";
import type { Outcome } from "./outcome.js";

/**
 * Parses bytes with core and classifies the result. Core returns an Article for anything; the CLI
 * counts an input as failed only when there is no article worth keeping: core refused it (a
 * `CaixunError`, e.g. too large) or core found it to be binary rather than text.
 */
export function parseBytes(bytes: Uint8Array, filename: string): Outcome {
  try {
    const article = parse(bytes, { filename });
    const binary = article.warnings.find((warning) => warning.code === "binary-content");
    if (binary)
      return { ok: false, failure: { code: "binary", message: `not a text file: ${binary.message}` } };
    return { ok: true, article };
  } catch (error) {
    if (error instanceof CaixunError)
      return { ok: false, failure: { code: error.code, message: error.message } };
    throw error;
  }
}

/** Reads and parses one file; a read error is a failure of this input, not of the run. */
export async function parseFile(path: string): Promise<Outcome> {
  let read: { bytes: Uint8Array; size: number };
  try {
    read = await readCapped(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: "unreadable", message } };
  }
  const outcome = parseBytes(read.bytes, path);
  if (!outcome.ok && outcome.failure.code === "input-too-large") {
    // Core saw only the capped read; the user needs the file's real size.
    const message = `file is ${read.size} bytes; the limit is ${MAX_INPUT_SIZE} bytes (MAX_INPUT_SIZE)`;
    return { ok: false, failure: { code: "input-too-large", message } };
  }
  return outcome;
}

/**
 * Reads at most one byte more than core accepts: enough for core to report the file as too large
 * without the CLI loading a multi-gigabyte file into memory.
 */
async function readCapped(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const buffer = new Uint8Array(Math.min(size, MAX_INPUT_SIZE + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: buffer.subarray(0, filled), size };
  } finally {
    await handle.close();
  }
}
