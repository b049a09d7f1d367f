import type { RecordMapper } from "./record.js";
import type { DocumentReader, ReadItem } from "./types.js";
import type { ReaderOptions } from "./whole-file.js";

/** A reader of records that sit on lines (JSON Lines, a digest): it is given the input's lines. */
export abstract class LineReader implements DocumentReader {
  private readonly lines: LineSplitter;

  constructor(
    protected readonly options: ReaderOptions,
    protected readonly mapper: RecordMapper,
  ) {
    this.lines = new LineSplitter(options.settings.maxInputBytes, options.firstLine);
  }

  push(chunk: Uint8Array): ReadItem[] {
    const lines: Line[] = [];
    this.lines.push(chunk, lines);
    return this.read(lines);
  }

  end(): ReadItem[] {
    const lines: Line[] = [];
    this.lines.end(lines);
    return this.read(lines);
  }

  /** The documents these lines complete. */
  protected abstract read(lines: readonly Line[]): ReadItem[];
}

/**
 * Splits bytes pushed a chunk at a time into lines (at `\n`, which never occurs inside a UTF-8 or
 * GB18030 character), numbering them from `firstLine`. A line longer than `maxBytes` is not kept:
 * it is reported once, as `tooLong`, and skipped to its end.
 */
export class LineSplitter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private skipping = false;
  private line: number;

  constructor(
    private readonly maxBytes: number,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** The complete lines in `chunk` (with what was pending before it). */
  push(chunk: Uint8Array, out: Line[]): void {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(10, start);
      if (end < 0) break;
      // An empty line (a day file of 10^6 of them) makes no view of its own.
      this.take(end === start ? NO_BYTES : chunk.subarray(start, end), out, true);
      start = end + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start), out, false);
  }

  /** The last line, when the input does not end with a line break. */
  end(out: Line[]): void {
    if (this.pendingBytes > 0 || this.skipping) this.emit(out);
  }

  private take(piece: Uint8Array, out: Line[], complete: boolean): void {
    if (!this.skipping) {
      if (this.pendingBytes + piece.length > this.maxBytes) {
        this.skipping = true;
        this.pending = [];
        this.pendingBytes = 0;
      } else if (piece.length > 0) {
        // A chunk's buffer may be reused by its source: keep a copy of a piece that has to wait.
        this.pending.push(complete ? piece : piece.slice());
        this.pendingBytes += piece.length;
      }
    }
    if (complete) this.emit(out);
  }

  private emit(out: Line[]): void {
    if (this.skipping) {
      out.push({ number: this.line, bytes: null });
    } else {
      const bytes =
        this.pending.length === 0
          ? NO_BYTES
          : this.pending.length === 1
            ? this.pending[0]!
            : concat(this.pending, this.pendingBytes);
      out.push({ number: this.line, bytes });
    }
    this.pending = [];
    this.pendingBytes = 0;
    this.skipping = false;
    this.line++;
  }
}

/** An empty line's bytes, one for all of them (lines are read, never written to). */
const NO_BYTES = new Uint8Array(0);

/** A line of the input; `bytes` is null for a line over the limit. */
export interface Line {
  number: number;
  bytes: Uint8Array | null;
}

export function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (length === 0) return new Uint8Array(0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
