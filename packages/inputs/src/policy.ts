import {
  type Article,
  CaixunError,
  type CaixunErrorCode,
  MAX_INPUT_SIZE,
  type PackSet,
  type SecurityDictionary,
} from "@caixun/core";
import { fullEntities } from "@caixun/core/entities";
import {
  type ParseAllInput,
  type ParseAllOptions,
  type ParseResult,
  parseAll,
  parseAllSync,
  type ReadFailureCode,
  type RecordMapping,
} from "@caixun/core/parse-all";
import { fullYaml } from "@caixun/core/yaml";

/**
 * The input policy every app applies, in one place: what counts as an Article and what counts as a
 * failed or skipped input. No Node built-ins here (`@caixun/inputs/policy`), so the API applies the
 * same rules on Workers as the CLI and the site builder do on Node.
 */

/** Why an input, or one record of it, gave no Article. */
export type FailureCode =
  /** It could not be opened or read: permissions, removed during the run, an I/O error, a folder that cannot be listed. */
  | "unreadable"
  /** A symbolic link whose target does not exist. */
  | "dangling-symlink"
  /** A symbolic link that leads back to itself. */
  | "symlink-loop"
  /** Core found bytes, not text (an image, an archive, a database). */
  | "binary"
  /** Core refused it: over `MAX_INPUT_SIZE` bytes (`input-too-large`), or not bytes or text. */
  | CaixunErrorCode
  /** Core could not read it, or one record of it: a line that is not a record, a record over the limit, gzip that does not decompress. */
  | ReadFailureCode
  /** Two inputs would be written to the same file of an output folder (set by writers). */
  | "output-collision"
  /** The article's output file could not be written (set by writers). */
  | "unwritable"
  /** Core threw something other than a CaixunError, or a parse worker died: a bug, reported with its stack. */
  | "internal-error";

export interface Failure {
  code: FailureCode;
  message: string;
}

/**
 * Why a folder walk found an entry and chose not to read it. Skips are counted and reported by
 * reason, never dropped silently; they are not failures (the exit code does not change).
 */
export type SkipReason =
  /** Not one of the extensions a walk reads (`--ext` changes them). */
  | "extension"
  /** A name starting with `.` (`.git`, `.DS_Store`, temp files). */
  | "hidden"
  /** Not followed, so a link cannot make a walk endless or read a tree twice; give it as an argument to read it. */
  | "symlink-to-folder"
  /** Reading a FIFO found in a walk could wait forever for a writer. */
  | "fifo"
  | "socket"
  /** A character or block device (`/dev/…`) in a walk: not a news file. */
  | "device"
  /** A project's own file in a walk (`README.md`, `LICENSE`, `CHANGELOG.md`): documentation, not news. */
  | "project-file"
  /** A digest Markdown of the records in the JSON Lines file beside it, which the walk reads: its stories would count twice. */
  | "digest-of-records"
  /** A file without an extension in a folder walk whose first bytes are not news text (binary data, or text without Chinese). */
  | "not-news-text"
  /** An `.xml` file in a folder walk whose first bytes are no feed nor tagged record corpus, a `.dat` file's no such corpus, a `.sql` file's that hold no rows, a `.csv` or `.tsv` file's that are no header of news, an `.ipynb` file's that are no notebook (`CONTENT_CHECKED`). */
  | "not-feed-or-dump";

/**
 * Skips a walk chose by name — the extension list, hidden names, project files — or by a glance at
 * an extension-less, `.xml` or `.sql` file's first bytes: apps count them in their summary. The others (a FIFO, a
 * socket, a device, a link to a folder, a digest beside its records) look like inputs, so apps
 * also name each one.
 */
export const SKIPS_BY_NAME: ReadonlySet<SkipReason> = new Set([
  "extension",
  "hidden",
  "project-file",
  "not-news-text",
  "not-feed-or-dump",
]);

export interface Skip {
  reason: SkipReason;
  message: string;
}

/** An input (or one record of it) that became an Article. */
export interface Parsed {
  status: "parsed";
  article: Article;
  /** What the run's `extras` module made of the Article in the thread that parsed it, when there is one. */
  extras?: unknown;
}

/** An input, or one record of it, that could not become an Article. */
export interface Failed {
  status: "failed";
  failure: Failure;
  /** Where in the input the failed record sits, when an input holds many (`line 812`). */
  ref?: string;
}

/** An entry a walk chose not to read. */
export interface Skipped {
  status: "skipped";
  skip: Skip;
}

/**
 * What became of one input, or of one record of an input that holds many: the one outcome type of
 * every app. An input yields one or more outcomes: one `Parsed` per Article, a `Failed` for the
 * whole input or for one record, or one `Skipped`.
 */
export type Outcome = Parsed | Failed | Skipped;

/** What reading and parsing an input can give (a skip is decided before reading). */
export type ParseOutcome = Parsed | Failed;

export function failed(code: FailureCode, message: string): Failed {
  return { status: "failed", failure: { code, message } };
}

/**
 * The failure for an input over the limit. `size` is its real size when known; a stream or a
 * device read to the limit only says it is larger.
 */
export function inputTooLarge(size: number | null, noun = "input"): Failed {
  const limit = `${MAX_INPUT_SIZE} bytes (MAX_INPUT_SIZE)`;
  return size === null
    ? failed("input-too-large", `${noun} goes on past the limit of ${limit}; it was read no further`)
    : failed("input-too-large", `${noun} is ${size} bytes; the limit is ${limit}`);
}

export interface OutcomeOptions {
  /** The number of the input's first line, when it is a part of a larger dump (refs count from it). */
  firstLine?: number;
  /** A securities dictionary: companies, indices and sectors are also found by name. */
  securities?: SecurityDictionary;
  /** How records map to Articles, instead of core's default mapping and feed packs. */
  mapping?: RecordMapping;
  /**
   * The packs to parse with instead of core's bundled ones, made as each parse starts: a rules
   * document's added (`processParseOptions`: core's `withRules`, which throws `invalid-rules` for a
   * document it refuses). A function, so that this module imports no rules checker: the Workers parse
   * here and never take a rules document.
   */
  packs?: () => PackSet;
}

/**
 * What core's `parseAll` is given for `options`: the full YAML reader and all of HTML's names, and
 * the packs `options.packs` makes. Called inside the callers' `try`, so that a rules document core
 * refuses (`invalid-rules`) is a failed outcome, as any `CaixunError` is.
 */
function coreOptions(filename: string | undefined, options: OutcomeOptions): ParseAllOptions {
  const { packs, ...rest } = options;
  return {
    filename,
    yaml: fullYaml,
    entities: fullEntities,
    ...rest,
    ...(packs === undefined ? {} : { packs: packs() }),
  };
}

/**
 * Parses one input under the policy and yields what it gives, one outcome per document (a file
 * gives one, a dump one per record, with its `ref`). Core returns an Article for anything it can
 * read; an input, or a record, fails only when there is no Article worth keeping: core could not
 * read it (a line that is not a record, a record or a file over the limit, gzip that does not
 * decompress), refused it (a `CaixunError`: not bytes or text) or found it to be binary rather than
 * text. Anything else core throws is a bug and propagates (callers turn it into an `internal-error`
 * outcome).
 *
 * Reads a stream as it comes (memory for one record at a time) and decompresses gzip. Front
 * matter is read with the full YAML reader (`fullYaml`: tags, anchors, block scalars, directives)
 * and character references with all of HTML's names (`fullEntities`): the CLI, the API, the ingest
 * Worker and the site all parse here, and none of them has the browser's reason to leave them out.
 */
export async function* streamOutcomes(
  input: ParseAllInput,
  filename?: string,
  options: OutcomeOptions = {},
): AsyncGenerator<ParseOutcome> {
  try {
    for await (const result of parseAll(input, coreOptions(filename, options))) {
      yield resultOutcome(result, input);
    }
  } catch (error) {
    if (!(error instanceof CaixunError)) throw error;
    yield failed(error.code, error.message);
  }
}

/** `streamOutcomes` for an input already in memory, synchronously (gzip is a `compressed-input` failure). */
export function* parseOutcomes(
  input: Uint8Array | string,
  filename?: string,
  options: OutcomeOptions = {},
): Generator<ParseOutcome> {
  try {
    for (const result of parseAllSync(input, coreOptions(filename, options))) {
      yield resultOutcome(result, input);
    }
  } catch (error) {
    if (!(error instanceof CaixunError)) throw error;
    yield failed(error.code, error.message);
  }
}

/** One result of core as an outcome of the policy. */
function resultOutcome(result: ParseResult, input: ParseAllInput): ParseOutcome {
  if (result.ok) return articleOutcome(result.article);
  const { code, message, ref } = result.failure;
  if (code === "input-too-large") {
    const size =
      typeof input === "string" ? input.length : input instanceof Uint8Array ? input.byteLength : null;
    return inputTooLarge(size);
  }
  const outcome = failed(code, message);
  return ref === null ? outcome : { ...outcome, ref };
}

/** An Article that core found to be binary is a failed input, never an article to keep. */
export function articleOutcome(article: Article): ParseOutcome {
  const binary = article.warnings.find((warning) => warning.code === "binary-content");
  if (binary) return failed("binary", `not a text file: ${binary.message}`);
  return { status: "parsed", article };
}

/**
 * A stream of bytes read to its end, or null once it passes `limit` bytes: it is read no further
 * (cancelled), so what a stream claims or expands to (a gzip body) never sets the memory used. An
 * error of the stream (a `DecompressionStream` fed bytes that are not gzip) propagates.
 */
export async function readToLimit(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
