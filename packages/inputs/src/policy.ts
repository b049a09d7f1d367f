import {
  type Article,
  CaixunError,
  type CaixunErrorCode,
  MAX_INPUT_SIZE,
  parse,
  type SecurityDictionary,
} from "@caixun/core";

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
  | "project-file";

/**
 * Skips a walk chose by name — the extension list, hidden names, project files: apps count them in
 * their summary. The others (a FIFO, a socket, a device, a link to a folder) look like inputs, so
 * apps also name each one.
 */
export const SKIPS_BY_NAME: ReadonlySet<SkipReason> = new Set(["extension", "hidden", "project-file"]);

export interface Skip {
  reason: SkipReason;
  message: string;
}

/** An input (or one record of it) that became an Article. */
export interface Parsed {
  status: "parsed";
  article: Article;
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

/**
 * Parses one input's bytes under the policy and yields what it gives. Core returns an Article for
 * anything; the input fails only when there is no Article worth keeping: core refused it (a
 * `CaixunError`: too large, not bytes or text) or found it to be binary rather than text. Anything
 * else core throws is a bug and propagates (callers turn it into an `internal-error` outcome).
 *
 * A generator so that an input that holds many records can yield one outcome per record. With a
 * securities dictionary, companies, indices and sectors are also found by name; `rules` (a rules
 * document, checked by the caller) adds rule packs to the parse.
 */
export function* parseOutcomes(
  input: Uint8Array | string,
  filename?: string,
  securities?: SecurityDictionary,
  rules?: unknown,
): Generator<ParseOutcome> {
  let article: Article;
  try {
    article = parse(input, {
      filename,
      ...(securities ? { securities } : {}),
      ...(rules === undefined ? {} : { rules: rules as ParseRules }),
    });
  } catch (error) {
    if (error instanceof CaixunError) {
      yield error.code === "input-too-large"
        ? inputTooLarge(typeof input === "string" ? input.length : input.byteLength)
        : failed(error.code, error.message);
      return;
    }
    throw error;
  }
  yield articleOutcome(article);
}

/** The rules document `parse` takes (`ParseOptions["rules"]`), named without a second import. */
type ParseRules = NonNullable<Parameters<typeof parse>[1]>["rules"];

/** An Article that core found to be binary is a failed input, never an article to keep. */
export function articleOutcome(article: Article): ParseOutcome {
  const binary = article.warnings.find((warning) => warning.code === "binary-content");
  if (binary) return failed("binary", `not a text file: ${binary.message}`);
  return { status: "parsed", article };
}
