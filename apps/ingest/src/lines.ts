/**
 * Splitting JSON Lines on record boundaries without holding the object: a dump of any size is read
 * as a stream once, and cut into parts of about `rangeBytes` that each end at a newline. A record
 * longer than `maxRecordBytes` is never held in memory: it comes out as a line of its own, marked
 * `overlong`, so that it can be reported as a failed record while the rest go on.
 */

const NEWLINE = 0x0a;

export interface Line {
  /** Byte offset of the line's first byte in the stream. */
  start: number;
  /** Byte offset just after the line (after its newline, if it has one). */
  end: number;
  /** 1-based line number. */
  line: number;
  /** The line's bytes with its newline, when the scanner keeps bytes and the line is not overlong. */
  bytes?: Uint8Array;
  overlong: boolean;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Lines of a byte stream, fed chunk by chunk. */
export class LineScanner {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private lineStart = 0;
  private position = 0;
  private line = 1;

  constructor(
    private readonly maxRecordBytes: number,
    private readonly keepBytes: boolean,
  ) {}

  *push(chunk: Uint8Array): Generator<Line> {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, from);
      const stop = newline === -1 ? chunk.length : newline + 1;
      const length = this.position + stop - this.lineStart;
      if (this.keepBytes && length <= this.maxRecordBytes) {
        this.pending.push(chunk.subarray(from, stop));
        this.pendingBytes += stop - from;
      } else if (this.pending.length > 0) {
        // Past the limit: what was kept of this line is let go; only its length is counted.
        this.pending = [];
        this.pendingBytes = 0;
      }
      if (newline === -1) break;
      yield this.close(this.position + stop);
      from = stop;
    }
    this.position += chunk.length;
  }

  *finish(): Generator<Line> {
    if (this.position > this.lineStart) yield this.close(this.position);
  }

  private close(end: number): Line {
    const overlong = end - this.lineStart > this.maxRecordBytes;
    const line: Line = { start: this.lineStart, end, line: this.line, overlong };
    if (this.keepBytes && !overlong) line.bytes = concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.lineStart = end;
    this.line += 1;
    return line;
  }
}

/** A run of whole lines: `[offset, offset + length)` of the stream, starting at line `line`. */
export interface Part {
  offset: number;
  length: number;
  line: number;
  /** Number of lines in the part. */
  lines: number;
  /** The bytes, when the parts are built with `keepBytes`. */
  bytes?: Uint8Array;
}

export interface SplitOptions {
  rangeBytes: number;
  maxRecordBytes: number;
  /** Lines a part holds at most (a part ends at `rangeBytes` or at this many lines, whichever comes first). */
  maxRecords: number;
  keepBytes: boolean;
}

/**
 * Cuts a stream of JSON Lines into parts of at least `rangeBytes` or of `maxRecords` lines (the last may be
 * shorter), each ending at a line end, and hands over each part and each overlong line as soon as it is complete.
 * Only one part's bytes are held at a time.
 */
export async function splitLines(
  stream: ReadableStream<Uint8Array>,
  options: SplitOptions,
  onPart: (part: Part) => Promise<void>,
  onOverlong: (line: Line) => Promise<void>,
): Promise<{ lines: number; bytes: number }> {
  const scanner = new LineScanner(options.maxRecordBytes, options.keepBytes);
  let current: { offset: number; line: number; lines: number; length: number; chunks: Uint8Array[] } | null =
    null;
  let lines = 0;
  let bytes = 0;
  const flush = async () => {
    if (!current) return;
    const part: Part = {
      offset: current.offset,
      length: current.length,
      line: current.line,
      lines: current.lines,
    };
    if (options.keepBytes) part.bytes = concat(current.chunks, current.length);
    current = null;
    await onPart(part);
  };
  const take = async (line: Line) => {
    lines = line.line;
    bytes = line.end;
    if (line.overlong) {
      await flush();
      await onOverlong(line);
      return;
    }
    current ??= { offset: line.start, line: line.line, lines: 0, length: 0, chunks: [] };
    current.lines += 1;
    current.length += line.end - line.start;
    if (line.bytes) current.chunks.push(line.bytes);
    if (current.length >= options.rangeBytes || current.lines >= options.maxRecords) await flush();
  };
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const line of scanner.push(value)) await take(line);
  }
  for (const line of scanner.finish()) await take(line);
  await flush();
  return { lines, bytes };
}
