// @caixun/core/parse-all — inputs of many documents: `parseAll` (any input, streamed: a file, a JSON
// Lines dump, a JSON array, a digest, gzip), `parseAllSync` (the same in memory), how records map to
// Articles (`recordMapping`, `DEFAULT_MAPPING`) and what a result or a failed record is. Its own entry
// point, so that a page that parses files with `parse` does not carry the dump and digest readers.
import { CaixunError } from "./errors.js";
import { matchedFields, PACKS } from "./packs/index.js";
import type { ParseOptions } from "./parse.js";
import { CsvRowReader } from "./readers/csv.js";
import { CsvDocuments } from "./readers/csv-documents.js";
import type { InputKind } from "./readers/detect.js";
import { type RecordMapping, recordMapping } from "./readers/mapping.js";
import type { RecordMapper } from "./readers/record.js";
import { InputSession, type ParseResult } from "./readers/session.js";
import { SqlDocuments } from "./readers/sql-documents.js";
import { JoinedSqlDocuments } from "./readers/sql-join.js";
import { SqlRowReader } from "./readers/sql-stream.js";
import { StreamedRecordsReader } from "./readers/streamed-records.js";
import { TaggedDocuments } from "./readers/tagged-documents.js";
import { TaggedRecordReader } from "./readers/tagged-records.js";
import type { DocumentReader } from "./readers/types.js";
import type { ReaderOptions } from "./readers/whole-file.js";
import { resolveSettings } from "./settings.js";

export {
  DEFAULT_MAPPING,
  RECORD_FIELDS,
  type RecordField,
  type RecordMapping,
  recordMapping,
  type StockList,
} from "./readers/mapping.js";
export type { ParseResult } from "./readers/session.js";
export { READ_FAILURE_CODES, type ReadFailure, type ReadFailureCode } from "./readers/types.js";

export interface ParseAllOptions extends ParseOptions {
  /** How this input's records map to Articles (JSON; see `RecordMapping`), instead of the feed packs. */
  mapping?: RecordMapping;
  /** The number of the input's first line, when it is a part of a larger dump (refs count from it). */
  firstLine?: number;
}

/** What `parseAll` reads: text, bytes, or a stream of bytes (a file, a request body). */
export type ParseAllInput = string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Pieces an in-memory input is cut into, so its documents stream out as a large stream's do. */
const PIECE = 1024 * 1024;
const GZIP = [0x1f, 0x8b] as const;

/**
 * Every Article of an input, one result per document, in input order: one for a file, one per
 * record of a JSON Lines dump or JSON array (`ref: "line 812"`, `"item 3"`), one per section of a
 * digest (`"section 14"`). A record that cannot be read is a failure with its `ref`, and the rest go
 * on. gzip-compressed input is decompressed as it streams (`DecompressionStream`); a stream is read
 * a chunk at a time, so a dump of any size is parsed with memory for one record at a time.
 *
 * Throws only `CaixunError` for misuse (an invalid setting or mapping, an input of another type).
 */
export async function* parseAll(
  input: ParseAllInput,
  options: ParseAllOptions = {},
): AsyncGenerator<ParseResult> {
  const session = new InputSession(readerOptions(options), streamedRows);
  let corrupt: string | null = null;
  let read = false;
  try {
    for await (const chunk of decompressed(chunksOf(input))) {
      read = true;
      yield* session.push(chunk);
      // Leaving the loop closes the source: a file over the limit is read no further.
      if (session.done) break;
    }
  } catch (error) {
    if (!(error instanceof CorruptInput)) throw error;
    corrupt = error.message;
  }
  // gzip that gave no byte at all has no document: only its failure.
  if (read || corrupt === null) yield* session.end();
  if (corrupt !== null) yield { ok: false, failure: { code: "corrupt-input", message: corrupt, ref: null } };
}

/**
 * `parseAll` for an input already in memory, synchronously. It cannot decompress: gzip bytes give
 * one `compressed-input` failure (decompress them first, or use `parseAll`).
 */
export function* parseAllSync(
  input: string | Uint8Array,
  options: ParseAllOptions = {},
): Generator<ParseResult> {
  yield* readSync(new InputSession(readerOptions(options)), input);
}

/**
 * `parseAllSync`, each Article beside the fields a rule pack's `match` saw of its document
 * (`matchedFields`: front matter, or a record's fields and its feed as `source`): what `learnRules`
 * groups a corpus by, so that a learned pack holds for the documents it was learned from. A failure
 * has none.
 */
export function* parseAllSyncWithFields(
  input: string | Uint8Array,
  options: ParseAllOptions = {},
): Generator<{ result: ParseResult; fields: Record<string, unknown> | null }> {
  let fields: Record<string, unknown> | null = null;
  const session = new InputSession(readerOptions(options), undefined, (document) => {
    fields = matchedFields(document);
  });
  for (const result of readSync(session, input)) {
    yield { result, fields: result.ok ? fields : null };
    fields = null;
  }
}

function* readSync(session: InputSession, input: string | Uint8Array): Generator<ParseResult> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : checkedBytes(input);
  if (isGzip(bytes)) {
    yield {
      ok: false,
      failure: {
        code: "compressed-input",
        message: "the input is gzip-compressed; decompress it first, or read it with parseAll",
        ref: null,
      },
    };
    return;
  }
  for (let offset = 0; offset < bytes.length && !session.done; offset += PIECE) {
    yield* session.push(bytes.subarray(offset, offset + PIECE));
  }
  yield* session.end();
}

/**
 * A SQL dump, a CSV export or a tagged record corpus streamed row by row (record by record): its size is not bounded, its
 * rows are; a dump's body rows are joined to their heads as a whole read joins them (`JoinedSqlDocuments`).
 */
function streamedRows(kind: InputKind, options: ReaderOptions, mapper: RecordMapper): DocumentReader | null {
  const { settings, firstLine } = options;
  const max = settings.maxInputBytes;
  if (kind === "sql") {
    const documents = new JoinedSqlDocuments(
      new SqlDocuments(mapper, firstLine, max),
      settings.sqlJoinHeldChars,
    );
    return new StreamedRecordsReader(settings, new SqlRowReader(max), documents);
  }
  if (kind === "csv") {
    const documents = new CsvDocuments(mapper, options.mapping, firstLine, max);
    const rows = new CsvRowReader(max, (header) => documents.columnsOf(header));
    return new StreamedRecordsReader(settings, rows, documents);
  }
  if (kind === "tagged-records") {
    const documents = new TaggedDocuments(mapper, firstLine, max);
    return new StreamedRecordsReader(settings, new TaggedRecordReader(max), documents);
  }
  return null;
}

function readerOptions(options: ParseAllOptions): ReaderOptions {
  return {
    settings: resolveSettings(options.settings),
    packs: options.packs ?? PACKS,
    securities: options.securities,
    filename: options.filename,
    mapping: options.mapping === undefined ? null : recordMapping(options.mapping),
    firstLine: options.firstLine ?? 1,
    yaml: options.yaml,
    entities: options.entities,
  };
}

function checkedBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  throw new CaixunError("invalid-input-type", "parseAll() takes a string, a Uint8Array or a stream of them");
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP[0] && bytes[1] === GZIP[1];
}

/** The input as byte chunks. */
async function* chunksOf(input: ParseAllInput): AsyncGenerator<Uint8Array> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
    for (let offset = 0; offset < bytes.length; offset += PIECE) yield bytes.subarray(offset, offset + PIECE);
    return;
  }
  if (typeof ReadableStream !== "undefined" && input instanceof ReadableStream) {
    const reader = input.getReader();
    let ended = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          ended = true;
          return;
        }
        yield checkedBytes(value);
      }
    } finally {
      // Stopped early: the rest of the stream is not wanted.
      if (!ended) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  if (input !== null && typeof input === "object" && Symbol.asyncIterator in input) {
    for await (const chunk of input as AsyncIterable<Uint8Array>) yield checkedBytes(chunk);
    return;
  }
  checkedBytes(input);
}

/** gzip data that does not decompress. */
class CorruptInput extends Error {}

/**
 * The chunks as they are, or decompressed when the input opens with gzip's magic bytes. Stopping
 * early (`return`) closes the source.
 */
async function* decompressed(
  chunks: AsyncGenerator<Uint8Array>,
  layers = GZIP_LAYERS,
): AsyncGenerator<Uint8Array> {
  try {
    // No chunk is read past the two bytes that tell: an inner layer's chunk is given out before its
    // data fails further on.
    let head: Uint8Array = new Uint8Array(0);
    while (head.length < 2) {
      const next = await chunks.next();
      if (next.done) break;
      head = head.length === 0 ? next.value : concatTwo(head, next.value);
    }
    if (!isGzip(head) || layers === 0) {
      if (head.length > 0) yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      return;
    }
    if (typeof DecompressionStream === "undefined") {
      throw new CorruptInput("the input is gzip-compressed and this runtime has no DecompressionStream");
    }
    yield* decompressed(gunzip(head, chunks), layers - 1);
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * gzip layers taken off one input: a gzip of a gzip (a `.gz` served again with `Content-Encoding: gzip`)
 * is read to its records; a file that decompresses to itself stops here, read as the bytes it is.
 */
const GZIP_LAYERS = 3;

/**
 * Compressed bytes given to a decompressor at a time. At least the write buffer of Node's zlib streams
 * (16 KiB in Node 20, 64 KiB from 22), so that a write there settles only once its piece is decompressed.
 */
const GZIP_PIECE = 64 * 1024;
/**
 * Compressed bytes a failed piece is given to the shadow at a time. A write that fails takes its
 * output with it: it holds at most three bytes before the one a trailer fails on (its checksum's last,
 * its size's last, the second byte of junk after it), and those are trailer bytes, which make no
 * output. A byte at a time costs three times as much (zlib's work per write).
 */
const GZIP_REPLAY_STEP = 4;

/**
 * Decompresses `head` and the rest of `chunks` as they come, and keeps every byte made before
 * a fault. A `DecompressionStream` that fails (bytes after the last member, a bad checksum, data cut
 * short) throws away what it made and had not handed out yet: a whole small dump, the last records of
 * a large one. So a second one, the shadow, is given each piece once the first has taken it without
 * failing (a short last piece, once the first has closed), and read no further than the first has
 * handed out. When the first fails, the shadow is given the piece it failed on a few bytes at a time
 * (`GZIP_REPLAY_STEP`), and what it makes past the bytes handed out is handed out before the
 * failure. Decompressing costs twice (next to parsing, little); a failed piece's replay (at most
 * `GZIP_PIECE` bytes) about 0.5 s per 16 KiB on a loaded machine, only for corrupt data.
 */
async function* gunzip(head: Uint8Array, chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  const main = new DecompressionStream("gzip");
  const mainWriter = main.writable.getWriter();
  const shadow = new ShadowInflater();
  // The piece the main stream has been given and the shadow not.
  let untaken: Uint8Array | null = null;
  // What the compressed input itself threw (a read error, an outer gzip layer's damage).
  let sourceError: { error: unknown } | null = null;
  const feeding = (async () => {
    const pieces = gzipPieces(head, chunks);
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await pieces.next();
      } catch (error) {
        sourceError = { error };
        // The data ends here: what the decompressor holds comes out, then the source's error.
        await mainWriter.abort(error).catch(() => undefined);
        return;
      }
      try {
        if (next.done) {
          await mainWriter.close();
          untaken = null;
          return;
        }
        untaken = next.value;
        await mainWriter.write(next.value as Uint8Array<ArrayBuffer>);
        if (next.value.length < GZIP_PIECE) continue;
        untaken = null;
        shadow.write(next.value);
      } catch {
        // The reading side reports what went wrong, or was cancelled.
        await pieces.return(undefined);
        return;
      }
    }
  })();
  const reader = main.readable.getReader();
  let fault: string | null = null;
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        fault = `the gzip data is corrupt: ${(error as Error).message}`;
        break;
      }
      if (read.done) return;
      shadow.handedOut(read.value.length);
      yield read.value;
    }
    // Cancelling makes a write that waits for room fail, so the feeding ends.
    await reader.cancel().catch(() => undefined);
    await feeding;
    yield* shadow.replay(untaken);
    if (sourceError !== null) throw (sourceError as { error: unknown }).error;
    throw new CorruptInput(fault);
  } finally {
    await reader.cancel().catch(() => undefined);
    await feeding;
    await shadow.stop();
  }
}

/**
 * The second decompressor of `gunzip`: given the pieces the first took without failing, its output
 * counted and forgotten up to what the first handed out, so that a piece the first failed on can be
 * decompressed again past that point.
 */
class ShadowInflater {
  private readonly stream = new DecompressionStream("gzip");
  private readonly writer = this.stream.writable.getWriter();
  private readonly reader = this.stream.readable.getReader();
  /** Bytes the first decompressor handed out. */
  private handed = 0;
  /** Bytes this one has made. */
  private made = 0;
  /** The last chunk read, with where it starts: it may reach past `handed`. */
  private last: { start: number; bytes: Uint8Array } | null = null;
  private recovering = false;
  private stopped = false;
  /** Made past `handed` once recovering. */
  private readonly kept: Uint8Array[] = [];
  private wake: (() => void) | null = null;
  private readonly draining = this.drain();

  write(piece: Uint8Array): void {
    this.writer.write(piece as Uint8Array<ArrayBuffer>).catch(() => undefined);
  }

  handedOut(bytes: number): void {
    this.handed += bytes;
    this.signal();
  }

  /** What the shadow makes of `piece` (`GZIP_REPLAY_STEP` bytes a write) past the bytes handed out, the stream then closed. */
  async *replay(piece: Uint8Array | null): AsyncGenerator<Uint8Array> {
    this.recovering = true;
    if (this.last !== null) this.keep(this.last.start, this.last.bytes);
    this.signal();
    if (piece !== null) {
      for (let offset = 0; offset < piece.length; offset += GZIP_REPLAY_STEP) {
        this.write(piece.subarray(offset, offset + GZIP_REPLAY_STEP));
      }
    }
    this.writer.close().catch(() => undefined);
    await this.draining;
    yield* this.kept;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.signal();
    await this.reader.cancel().catch(() => undefined);
    await this.writer.abort().catch(() => undefined);
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        while (!this.recovering && !this.stopped && this.made >= this.handed) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
        }
        if (this.stopped) return;
        const read = await this.reader.read();
        if (read.done) return;
        const start = this.made;
        this.made += read.value.length;
        if (this.recovering) this.keep(start, read.value);
        else this.last = { start, bytes: read.value };
      }
    } catch {
      // The shadow fails where the first did: everything before the fault has been read.
    }
  }

  private keep(start: number, bytes: Uint8Array): void {
    const end = start + bytes.length;
    if (end > this.handed) this.kept.push(bytes.subarray(Math.max(0, this.handed - start)));
  }

  private signal(): void {
    const resolve = this.wake;
    this.wake = null;
    resolve?.();
  }
}

/** The compressed input in pieces of `GZIP_PIECE` bytes (the last shorter). */
async function* gzipPieces(head: Uint8Array, chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let held: Uint8Array = head;
  for (;;) {
    let offset = 0;
    for (; held.length - offset >= GZIP_PIECE; offset += GZIP_PIECE)
      yield held.subarray(offset, offset + GZIP_PIECE);
    held = held.subarray(offset);
    const next = await chunks.next();
    if (next.done) break;
    held = held.length === 0 ? next.value : concatTwo(held, next.value);
  }
  if (held.length > 0) yield held;
}

function concatTwo(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
