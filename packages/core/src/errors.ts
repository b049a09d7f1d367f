/** Codes of the only errors core throws: documented limits and misuse, never malformed content. */
export const CAIXUN_ERROR_CODES = [
  /** The input is larger than `settings.maxInputBytes` (`MAX_INPUT_SIZE` by default). */
  "input-too-large",
  /** The input is neither a string nor a `Uint8Array`. */
  "invalid-input-type",
  /** A setting is unknown or out of range. */
  "invalid-settings",
  /** A record mapping given as JSON is not one (`recordMapping`). */
  "invalid-mapping",
  /**
   * The parse took longer than its work budget (`settings.parseBudgetMillis` plus
   * `parseBudgetMillisPerMegabyte` per megabyte) and was stopped; `parseAll` gives it as the
   * failure of that one record.
   */
  "parse-budget-exceeded",
  /** A rules document (`withRules`, `caixun parse --rules`) is not a valid rule pack. */
  "invalid-rules",
] as const;

export type CaixunErrorCode = (typeof CAIXUN_ERROR_CODES)[number];

/** The largest input `parse` accepts by default, in bytes (or UTF-16 code units for strings). */
export const MAX_INPUT_SIZE = 16 * 1024 * 1024;

/** A typed error with a stable `code`; thrown only for documented limits. */
export class CaixunError extends Error {
  override readonly name = "CaixunError";
  readonly code: CaixunErrorCode;
  /** Where the problem is, when it has a place (a file name, a byte offset). */
  readonly location: string | undefined;

  constructor(code: CaixunErrorCode, message: string, location?: string) {
    super(message);
    this.code = code;
    this.location = location;
  }
}
