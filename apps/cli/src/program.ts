import { createRequire } from "node:module";
import { InputSpecError } from "@caixun/inputs";
import { Command, CommanderError } from "commander";
import type { RegisterCommand } from "./command.js";
import { registerCompletion } from "./commands/completion.js";
import { registerIngest } from "./commands/ingest.js";
import { registerInspect } from "./commands/inspect.js";
import { registerLearn } from "./commands/learn.js";
import { registerParse } from "./commands/parse.js";
import { registerPush } from "./commands/push.js";
import { registerServe } from "./commands/serve.js";
import { registerSite } from "./commands/site.js";
import { registerStats } from "./commands/stats.js";
import { registerStories } from "./commands/stories.js";
import { EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError } from "./exit-codes.js";
import { OutputWriteError } from "./output.js";
import { lineSafe } from "./terminal-text.js";

/**
 * Every command of the CLI, in the order `caixun --help` lists them. To add a command, write one
 * module under commands/ that exports a `RegisterCommand` and add it here.
 *
 * Every module here is loaded on every run, whatever the command: keep a command module's
 * top-level imports light and `await import()` heavy dependencies (a server, a database, a site
 * builder) inside its action, so `caixun parse` neither pays for them nor breaks when they do.
 */
const COMMANDS: readonly RegisterCommand[] = [
  registerParse,
  registerInspect,
  registerStats,
  registerStories,
  registerLearn,
  registerSite,
  registerIngest,
  registerServe,
  registerPush,
  registerCompletion,
];

const EXIT_CODES_HELP = `
Exit codes:
  ${EXIT_OK}  every input was parsed
  ${EXIT_FAILURES}  some inputs failed (unreadable, binary, too large); the others were processed
  ${EXIT_USAGE}  usage error: unknown option, missing path, unsafe output path
  ${EXIT_INTERRUPTED}  interrupted (Ctrl-C); no partial output file is left behind`;

const require = createRequire(import.meta.url);
const { version } = require("../package.json") as { version: string };

/**
 * What a bug report needs: the CLI's version, the parser's (they are released apart), the Node
 * version and the platform — `caixun 0.1.0 (@caixun/core 0.1.0; Node v20.20.2; linux-x64)`.
 */
function versionText(): string {
  const core = (require("@caixun/core/package.json") as { version: string }).version;
  return `caixun ${version} (@caixun/core ${core}; Node ${process.version}; ${process.platform}-${process.arch})`;
}

/** Builds the `caixun` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command("caixun")
    .description("Parse, convert, inspect and profile corpora of Chinese financial-news files.")
    .version(versionText(), "-V, --version", "print the versions of caixun, its parser and Node")
    .showHelpAfterError("(add --help for usage and examples)")
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride();
  for (const register of COMMANDS) register(program);
  for (const command of program.commands)
    command.exitOverride().showHelpAfterError("(add --help for usage and examples)");
  return program;
}

/** Runs the CLI on `argv` (as in `process.argv`) and returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  process.exitCode = EXIT_OK;
  try {
    await buildProgram().parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT_OK);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    // An input argument that names nothing readable is a usage error too.
    if (error instanceof UsageError || error instanceof InputSpecError) {
      process.stderr.write(`caixun: ${lineSafe(error.message)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputWriteError) {
      process.stderr.write(`caixun: ${lineSafe(error.message)}\n`);
      return EXIT_FAILURES;
    }
    throw error;
  }
}
