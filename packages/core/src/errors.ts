/** Codes of the only errors `parse` may throw: documented limits, never malformed content. */
export type CaixunErrorCode = "input-too-large" | "invalid-input-type";

/** The largest input `parse` accepts, in bytes (or UTF-16 code units for strings). */
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
