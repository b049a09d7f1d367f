import type { Command } from "commander";

/**
 * A command module registers itself on the program. Actions set `process.exitCode` (see
 * exit-codes.ts) and throw `UsageError` for mistakes in the call; `run` turns those into exit code 2.
 */
export type RegisterCommand = (program: Command) => void;
