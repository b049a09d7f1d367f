/** The exit codes every command uses; documented in docs/cli.md and in `caixun --help`. */
export const EXIT_OK = 0;
/** Some inputs could not be parsed (the rest were). */
export const EXIT_FAILURES = 1;
/** Bad arguments: unknown option, missing path, output that would overwrite or read back an input. */
export const EXIT_USAGE = 2;
/** Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** A mistake in how the command was called; reported as one line and exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
