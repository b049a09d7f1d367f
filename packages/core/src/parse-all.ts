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
  try {
    for await (const chunk of decompressed(chunksOf(input))) {
      yield* session.push(chunk);
      // Leaving the loop closes the source: a file over the limit is read no further.
      if (session.done) break;
    }
  } catch (error) {
    if (!(error instanceof CorruptInput)) throw error;
    corrupt = error.message;
  }
  yield* session.end();
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

/** A SQL dump, a CSV export or a tagged record corpus streamed row by row (record by record): its size is not bounded, its rows are. */
function streamedRows(kind: InputKind, options: ReaderOptions, mapper: RecordMapper): DocumentReader | null {
  const { settings, firstLine } = options;
  const max = settings.maxInputBytes;
  if (kind === "sql")
    return new StreamedRecordsReader(
      settings,
      new SqlRowReader(max),
      new SqlDocuments(mapper, firstLine, max),
    );
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
async function* decompressed(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    let head: Uint8Array = new Uint8Array(0);
    let next = await chunks.next();
    while (!next.done && head.length < 2) {
      head = head.length === 0 ? next.value : concatTwo(head, next.value);
      next = await chunks.next();
    }
    if (!isGzip(head)) {
      if (head.length > 0) yield head;
      while (!next.done) {
        yield next.value;
        next = await chunks.next();
      }
      return;
    }
    if (typeof DecompressionStream === "undefined") {
      throw new CorruptInput("the input is gzip-compressed and this runtime has no DecompressionStream");
    }
    yield* gunzip(head, next, chunks);
  } finally {
    await chunks.return(undefined);
  }
}

/** Decompresses `head`, `first` and the rest of `chunks` as they come. */
async function* gunzip(
  head: Uint8Array,
  first: IteratorResult<Uint8Array>,
  chunks: AsyncGenerator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  // Feed the compressed chunks in while the decompressed ones are read out.
  const feeding = (async () => {
    try {
      await writer.write(head as Uint8Array<ArrayBuffer>);
      let chunk = first;
      while (!chunk.done) {
        await writer.write(chunk.value as Uint8Array<ArrayBuffer>);
        chunk = await chunks.next();
      }
      await writer.close();
    } catch {
      // The reading side reports what went wrong, or was cancelled.
    }
  })();
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        throw new CorruptInput(`the gzip data is corrupt: ${(error as Error).message}`);
      }
      if (read.done) break;
      yield read.value;
    }
  } finally {
    // Cancelling makes a write that waits for room fail, so the feeding ends.
    await reader.cancel().catch(() => undefined);
    await feeding;
  }
}

function concatTwo(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
