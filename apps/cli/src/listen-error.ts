import { UsageError } from "./exit-codes.js";

/** Errors of listening that the user's choice of address caused: a usage error, not a crash. */
const ADDRESS_ERRORS = new Set(["EADDRINUSE", "EACCES", "EADDRNOTAVAIL"]);

/**
 * What a server command does when its server cannot start: a busy port, a privileged port or an
 * address this machine does not have becomes a usage error naming the address (exit 2); anything
 * else is rethrown.
 */
export function listenError(host: string, port: number): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    if (error.code !== undefined && ADDRESS_ERRORS.has(error.code)) {
      throw new UsageError(
        `cannot listen on ${host}:${port}: ${error.message}; choose another --port (0 picks a free one)`,
      );
    }
    throw error;
  };
}
