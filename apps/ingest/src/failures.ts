/**
 * A failure that no retry can mend (the object is too large to parse, its gzip is corrupt): the task
 * goes straight to the dead-letter queue with this reason, rather than being retried until Queues
 * gives up on it.
 */
export class PermanentFailure extends Error {
  override readonly name = "PermanentFailure";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A one-line description of any error, for the progress table and the dead-letter queue. */
export function describeError(error: unknown): string {
  if (error instanceof PermanentFailure) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
