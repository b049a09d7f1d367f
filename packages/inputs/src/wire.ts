import type { Article } from "@caixun/core";
import type { Failed, Parsed, ParseOutcome } from "./policy.js";

/**
 * An outcome as it crosses from a parse worker to the main thread: an Article as its JSON Lines
 * record, `JSON.stringify(article)` and a newline in UTF-8, in a buffer of its own that is
 * transferred rather than copied (`transferablesOf`). A JSON Lines output writes those bytes as
 * they came, so the main thread neither copies, decodes nor encodes the text: with the JSON as a
 * string, copying it across and encoding it for the output were a fifth of the main thread's time
 * (profiled), and the main thread is the one part of a run that does not scale with `--jobs`.
 */
export type WireOutcome =
  | Failed
  | { status: "parsed"; jsonLine: Uint8Array; warnings: number; extras?: unknown }
  | { status: "parsed"; json: string; warnings: number; extras?: unknown };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The JSON Lines record of an Article: its JSON and a newline, in UTF-8. */
function jsonLineOf(article: Article): Uint8Array {
  return encoder.encode(`${JSON.stringify(article)}\n`);
}

/**
 * In the worker: the outcome to send. With `articleAsText` the Article crosses as its JSON text (a
 * string, which a structured clone copies as it is held) for a caller that reads every Article
 * (`ParseInputsOptions.articleAsText`): no UTF-8 to encode here nor to decode on the main thread.
 */
export function toWire(outcome: ParseOutcome, articleAsText = false): WireOutcome {
  if (outcome.status !== "parsed") return outcome;
  const extras = outcome.extras === undefined ? {} : { extras: outcome.extras };
  const warnings = outcome.article.warnings.length;
  return articleAsText
    ? { status: "parsed", json: JSON.stringify(outcome.article), warnings, ...extras }
    : { status: "parsed", jsonLine: jsonLineOf(outcome.article), warnings, ...extras };
}

/** In the worker: the buffers `postMessage` hands over with an outcome instead of copying them. */
export function transferablesOf(outcome: WireOutcome): ArrayBuffer[] {
  return outcome.status === "parsed" && "jsonLine" in outcome ? [outcome.jsonLine.buffer as ArrayBuffer] : [];
}

/** On the main thread: the outcome again, its Article decoded only when something reads it. */
export function fromWire(outcome: WireOutcome): ParseOutcome {
  if (outcome.status !== "parsed") return outcome;
  return new ArticleFromJson(
    "jsonLine" in outcome ? outcome.jsonLine : outcome.json,
    outcome.warnings,
    outcome.extras,
  );
}

/** A parsed outcome whose Article arrived as its JSON Lines record (UTF-8) or as its JSON text. */
export class ArticleFromJson implements Parsed {
  readonly status = "parsed";
  #json: Uint8Array | string;
  #article: Article | undefined;

  constructor(
    json: Uint8Array | string,
    /** How many warnings the Article has, known without decoding it. */
    readonly warningCount: number,
    readonly extras?: unknown,
  ) {
    this.#json = json;
  }

  get article(): Article {
    this.#article ??= JSON.parse(
      typeof this.#json === "string" ? this.#json : decoder.decode(this.#json),
    ) as Article;
    return this.#article;
  }

  /** The Article's JSON text when it crossed as text (`articleAsText`), whether or not it was decoded. */
  get text(): string | undefined {
    return typeof this.#json === "string" ? this.#json : undefined;
  }

  /** The record as it came while nothing has read the Article (and so changed it). */
  get jsonLine(): Uint8Array | string {
    if (this.#article !== undefined) return jsonLineOf(this.#article);
    return typeof this.#json === "string" ? `${this.#json}\n` : this.#json;
  }
}

/**
 * The JSON text a parsed outcome's Article crossed from its worker as (`articleAsText`):
 * `JSON.stringify` of the Article as it was decoded, which a caller that stores the Article's JSON
 * writes rather than serialising the Article again (`caixun ingest`). `undefined` for an Article
 * that came otherwise (as bytes, or parsed on this thread). A caller that changes the Article must
 * not use it.
 */
export function articleText(outcome: Parsed): string | undefined {
  return outcome instanceof ArticleFromJson ? outcome.text : undefined;
}

/**
 * The JSON Lines record of a parsed outcome's Article (`JSON.stringify(article)` and a newline) for
 * an output to write: the worker's UTF-8 bytes as they came (not decoded), or, for an Article
 * parsed on this thread, its text. An output encodes text as it writes it (a file's `writeSync`, a
 * pipe's stream), so encoding it here first would be a second pass and a buffer per record
 * (`caixun parse --jobs 1`: 28.6 against 22.9 µs a record to /dev/null, docs/benchmarks.md).
 */
export function articleJsonRecord(outcome: Parsed): string | Uint8Array {
  return outcome instanceof ArticleFromJson ? outcome.jsonLine : `${JSON.stringify(outcome.article)}\n`;
}

/** How many warnings the Article of a parsed outcome has, without decoding it when it came from a worker. */
export function warningCount(outcome: Parsed): number {
  return outcome instanceof ArticleFromJson ? outcome.warningCount : outcome.article.warnings.length;
}
