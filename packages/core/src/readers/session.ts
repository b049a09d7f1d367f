import type { Article, Warning } from "../article.js";
import { CaixunError } from "../errors.js";
import { articleOf } from "../pipeline/article-of.js";
import { WorkBudget } from "../pipeline/budget.js";
import type { SourceDocument } from "../pipeline/document.js";
import { sampleAsText, sampleText } from "../stages/decode.js";
import { readMarkup } from "../stages/read-body.js";
import { DETECTION_SAMPLE, detectInput, type InputKind } from "./detect.js";
import { DigestReader } from "./digest.js";
import { JsonLinesReader } from "./json-lines.js";
import { JsonValuesReader } from "./json-values.js";
import { concat } from "./lines.js";
import { RecordMapper } from "./record.js";
import type { DocumentReader, ReadFailure, ReadItem } from "./types.js";
import { type ReaderOptions, WholeFileReader } from "./whole-file.js";

/** What one document of an input gave: its Article, or why there is none. */
export type ParseResult = { ok: true; article: Article } | { ok: false; failure: ReadFailure };

/**
 * One input, read as it arrives: its first bytes pick the reader (`detectInput`), the reader turns
 * bytes into documents, and each document runs through the pipeline. `push` and `end` return the
 * results they complete, so the synchronous and the streaming `parseAll` share every step. Each
 * document is parsed as its result is asked for: a caller that stops taking results (the API's
 * record limit) parses none of the documents after them.
 */
export class InputSession {
  private readonly sample: Uint8Array[] = [];
  private sampleBytes = 0;
  private reader: DocumentReader | null = null;
  private inputKind: InputKind | null = null;

  /**
   * `streamedReader`: how an input of rows (a SQL dump, a CSV export) is read as it streams (`parseAll`'s
   * `StreamedRecordsReader`), null for other kinds; without it such an input is read whole, to the limit,
   * as an input already in memory is (`parseAllSync`), so a caller that never streams does not carry the
   * streaming readers.
   */
  constructor(
    private readonly options: ReaderOptions,
    private readonly streamedReader?: (
      kind: InputKind,
      options: ReaderOptions,
      mapper: RecordMapper,
    ) => DocumentReader | null,
    /** Told of each document just before its parse's result is given (`parseAllSyncWithFields`). */
    private readonly observe?: (document: SourceDocument) => void,
  ) {}

  /** The kind of input, once the first bytes have been seen. */
  get kind(): InputKind | null {
    return this.inputKind;
  }

  /** True once the rest of the input would change nothing (see `DocumentReader.done`): stop reading. */
  get done(): boolean {
    return this.reader?.done === true;
  }

  push(chunk: Uint8Array): Iterable<ParseResult> {
    if (chunk.length === 0) return [];
    if (this.reader !== null) return this.results(this.reader.push(chunk));
    this.sample.push(chunk.slice());
    this.sampleBytes += chunk.length;
    return this.sampleBytes >= DETECTION_SAMPLE ? this.start() : [];
  }

  *end(): Generator<ParseResult> {
    if (this.reader === null) yield* this.start(true);
    yield* this.results(this.reader!.end());
  }

  /** Picks the reader from the sample; `whole` when the input ended within it (all its bytes are here). */
  private start(whole = false): Iterable<ParseResult> {
    const bytes = concat(this.sample, this.sampleBytes);
    this.sample.length = 0;
    const sample = sampleText(bytes.subarray(0, DETECTION_SAMPLE));
    const kind = detectInput(sample.text, this.options.filename);
    this.inputKind = kind;
    const mapper = () => new RecordMapper(this.options.packs, this.options.mapping, this.options.settings);
    const wholeFile = () => {
      const reader = new WholeFileReader(kind, this.options);
      // A small file was all decoded for the sample: its reader need not decode it again.
      const text = whole && bytes.length <= DETECTION_SAMPLE ? sampleAsText(sample) : null;
      if (text !== null) reader.knownText(text);
      return reader;
    };
    // The record readers split UTF-8 bytes; a UTF-16 input is read whole, the way `parse` reads it.
    this.reader = sample.utf16
      ? wholeFile()
      : kind === "json-lines"
        ? new JsonLinesReader(this.options, mapper())
        : kind === "json"
          ? new JsonValuesReader(this.options, mapper())
          : kind === "digest"
            ? new DigestReader(this.options, mapper())
            : (this.streamedReader?.(kind, this.options, mapper()) ?? wholeFile());
    return this.results(this.reader.push(bytes));
  }

  private *results(items: readonly ReadItem[]): Generator<ParseResult> {
    for (const item of items)
      yield "failure" in item ? { ok: false, failure: item.failure } : this.parse(item);
  }

  /**
   * The pipeline on one document; a stage that fails keeps the document's text line by line, and a
   * document whose parse runs past its work budget is a failure of its own (the others go on).
   */
  private parse(item: { document: SourceDocument; warnings: Warning[] }): ParseResult {
    const { settings, packs, securities } = this.options;
    const d = item.document;
    this.observe?.(d);
    const text = d.ref === null ? d.raw : d.body;
    const budget = WorkBudget.start(settings, text.length);
    try {
      const article = articleOf(
        () => ({
          settings,
          packs,
          securities,
          budget,
          warnings: item.warnings,
          document: d,
        }),
        { text, filename: d.filename, ref: d.ref, id: d.id, warnings: item.warnings },
        settings,
        this.options.entities,
        readMarkup,
      );
      return { ok: true, article };
    } catch (error) {
      if (!(error instanceof CaixunError) || error.code !== "parse-budget-exceeded") throw error;
      return { ok: false, failure: { code: error.code, message: error.message, ref: d.ref } };
    }
  }
}
