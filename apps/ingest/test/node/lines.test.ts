import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Line, type Part, splitLines } from "../../src/lines.js";
import { gunzip } from "../../src/read.js";
import { SHARED } from "./fixtures.js";

/** A stream of `bytes` cut into chunks at `cuts`, as a network body arrives. */
function streamOf(bytes: Uint8Array, cuts: number[] = []): ReadableStream<Uint8Array> {
  const edges = [...new Set([0, ...cuts.map((cut) => cut % (bytes.length + 1)), bytes.length])].sort(
    (a, b) => a - b,
  );
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index + 1 >= edges.length) return controller.close();
      controller.enqueue(bytes.slice(edges[index], edges[index + 1]));
      index += 1;
    },
  });
}

async function split(
  bytes: Uint8Array,
  rangeBytes: number,
  maxRecordBytes: number,
  keepBytes: boolean,
  cuts: number[] = [],
  maxRecords = Number.POSITIVE_INFINITY,
) {
  const parts: Part[] = [];
  const overlong: Line[] = [];
  const totals = await splitLines(
    streamOf(bytes, cuts),
    { rangeBytes, maxRecordBytes, maxRecords, keepBytes },
    async (part) => {
      parts.push(part);
    },
    async (line) => {
      overlong.push(line);
    },
  );
  return { parts, overlong, totals };
}

const encoder = new TextEncoder();

describe("splitLines", () => {
  test("parts and overlong lines partition the stream on line ends, with their line numbers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme", maxLength: 40 }).map((line) => line.replaceAll("\n", " ")),
          {
            maxLength: 60,
          },
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: Number.POSITIVE_INFINITY }),
        async (lines, trailingNewline, rangeBytes, maxRecordBytes, cuts, keepBytes, maxRecords) => {
          const text = lines.join("\n") + (trailingNewline && lines.length > 0 ? "\n" : "");
          const bytes = encoder.encode(text);
          const { parts, overlong } = await split(
            bytes,
            rangeBytes,
            maxRecordBytes,
            keepBytes,
            cuts,
            maxRecords,
          );
          // Together they cover every byte once, in order.
          const pieces = [
            ...parts.map((part) => ({ offset: part.offset, length: part.length, line: part.line })),
            ...overlong.map((line) => ({
              offset: line.start,
              length: line.end - line.start,
              line: line.line,
            })),
          ].sort((a, b) => a.offset - b.offset);
          let at = 0;
          let line = 1;
          for (const piece of pieces) {
            expect(piece.offset).toBe(at);
            expect(piece.line).toBe(line);
            const slice = bytes.subarray(piece.offset, piece.offset + piece.length);
            // Every piece but the stream's last ends with a newline.
            if (piece.offset + piece.length < bytes.length) expect(slice.at(-1)).toBe(0x0a);
            line += slice.filter((byte) => byte === 0x0a).length;
            at += piece.length;
          }
          expect(at).toBe(bytes.length);
          for (const part of parts) {
            if (keepBytes) expect(part.bytes).toEqual(bytes.subarray(part.offset, part.offset + part.length));
            else expect(part.bytes).toBeUndefined();
            // A part only runs past rangeBytes by the line that reached it.
            const slice = bytes.subarray(part.offset, part.offset + part.length);
            const lastLineStart = slice.subarray(0, -1).lastIndexOf(0x0a) + 1;
            expect(lastLineStart).toBeLessThan(rangeBytes);
            // And never holds more than maxRecords lines.
            expect(part.lines).toBeLessThanOrEqual(maxRecords);
            expect(part.lines).toBe(
              slice.filter((byte) => byte === 0x0a).length + (slice.at(-1) === 0x0a ? 0 : 1),
            );
          }
          for (const long of overlong) expect(long.end - long.start).toBeGreaterThan(maxRecordBytes);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const dump = join(SHARED, "dumps/cls/data/2026/2026-07-29.jsonl.gz");
let gz: Uint8Array | null = null;
try {
  gz = readFileSync(dump);
} catch {
  console.warn(`dump split test skipped: no ${dump}`);
}

describe.skipIf(gz === null)("splitLines on a real dump", () => {
  test("a gzipped day of cls flash news splits into the same parts as its plain bytes", async () => {
    const plain = new Uint8Array(gunzipSync(gz!));
    const records = plain.filter((byte) => byte === 0x0a).length;
    const fromPlain = await split(plain, 256 * 1024, 1024 * 1024, false);
    const parts: Part[] = [];
    await splitLines(
      gunzip(streamOf(gz!, [1000, 50_000])),
      {
        rangeBytes: 256 * 1024,
        maxRecordBytes: 1024 * 1024,
        maxRecords: Number.POSITIVE_INFINITY,
        keepBytes: true,
      },
      async (part) => {
        parts.push(part);
      },
      async () => {},
    );
    expect(parts.map(({ offset, length, line, lines }) => ({ offset, length, line, lines }))).toEqual(
      fromPlain.parts.map(({ offset, length, line, lines }) => ({ offset, length, line, lines })),
    );
    expect(parts.reduce((sum, part) => sum + part.lines, 0)).toBe(records);
    expect(parts.length).toBe(Math.ceil(plain.length / (256 * 1024)));
    for (const part of parts)
      expect(JSON.parse(new TextDecoder().decode(part.bytes!).split("\n")[0]!)).toHaveProperty("id");
  });
});
