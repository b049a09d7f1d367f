import {
  countInputs,
  type Failure,
  type Input,
  type InputRoot,
  type Outcome,
  type Parsed,
  parseInputs,
  SKIPS_BY_NAME,
  warningCount,
} from "@caixun/inputs";
import type { InterruptWatch } from "./interrupt.js";
import type { OutputSink } from "./output.js";
import { Progress } from "./progress.js";
import { type RunCounts, skipLabel } from "./summary.js";
import { inputLine, lineSafe } from "./terminal-text.js";

export interface InputRunOptions {
  /** Worker threads (capped at the cores and started only as inputs need them). */
  jobs?: number;
  /** The command's own thread counts as one of `jobs` (see `ParseInputsOptions.callerWorks`). */
  callerWorks?: boolean;
  /** Extensions a folder walk reads (`--ext`). */
  extensions?: readonly string[];
  /** No progress line. */
  quiet?: boolean;
  /** Stop at the first input that fails. */
  failFast?: boolean;
  /** `--errors`: every failure, and every skip that is not a filter's, as a JSON line. */
  errorLog?: OutputSink | null;
  /** `--rules`: rule packs every parse adds (checked already). */
  rules?: unknown;
  /** Inputs parsed ahead of the one in use (see `ParseInputsOptions.readAhead`). */
  readAhead?: number;
  /** A module the parse threads run on each Article (see `ParseInputsOptions.extras`). */
  extras?: string;
  /** Articles cross from the workers as JSON text (see `ParseInputsOptions.articleAsText`). */
  articleAsText?: boolean;
  /** `--parse-timeout`, in milliseconds (see `ParseInputsOptions.parseTimeoutMs`). */
  parseTimeoutMs?: number;
}

/**
 * The one input loop of every command that reads a corpus (`parse`, `stats`, `ingest`,
 * `site build`): parses every input on the worker pool, in order, and yields the Articles. Along
 * the way it reports each failure on stderr (and in `--errors`), counts skips by reason, draws the
 * progress line, stops on Ctrl-C (the wait for stdin or a FIFO too) and, with `--fail-fast`, at
 * the first failure. A command that cannot use an article it was given (its output cannot be
 * written) calls `fail`.
 */
export class InputRun {
  readonly counts: RunCounts = { parsed: 0, withWarnings: 0, failed: 0, skipped: new Map() };
  private readonly progress: Progress;
  private failedNow: Failure | null = null;
  private stopped = false;

  constructor(
    private readonly roots: readonly InputRoot[],
    private readonly interrupts: InterruptWatch,
    private readonly options: InputRunOptions = {},
  ) {
    this.progress = new Progress(process.stderr, !options.quiet && Boolean(process.stderr.isTTY));
  }

  /** Stopped by Ctrl-C or SIGTERM. */
  get interrupted(): boolean {
    return this.interrupts.interrupted;
  }

  /** Each input's parsed outcome: `parsed.article` is the Article (decoded from the worker's JSON when read). */
  async *articles(): AsyncGenerator<{ input: Input; parsed: Parsed }> {
    const walk = this.options.extensions === undefined ? {} : { extensions: this.options.extensions };
    if (this.progress.active)
      void countInputs(this.roots, walk).then(
        (total) => this.progress.setTotal(total),
        () => undefined,
      );
    const outcomes = parseInputs(this.roots, {
      ...walk,
      jobs: this.options.jobs,
      ...(this.options.callerWorks ? { callerWorks: true } : {}),
      signal: this.interrupts.signal,
      ...(this.options.rules === undefined ? {} : { rules: this.options.rules }),
      ...(this.options.readAhead === undefined ? {} : { readAhead: this.options.readAhead }),
      ...(this.options.extras === undefined ? {} : { extras: this.options.extras }),
      ...(this.options.articleAsText ? { articleAsText: true } : {}),
      ...(this.options.parseTimeoutMs === undefined ? {} : { parseTimeoutMs: this.options.parseTimeoutMs }),
    });
    try {
      for await (const { input, outcome } of outcomes) {
        if (this.interrupted) break;
        if (outcome.status === "parsed") {
          this.failedNow = null;
          yield { input, parsed: outcome };
          if (this.failedNow === null) {
            this.counts.parsed++;
            if (warningCount(outcome) > 0) this.counts.withWarnings++;
            this.progress.tick(false);
          } else {
            await this.report(input, { status: "failed", failure: this.failedNow });
          }
        } else {
          await this.report(input, outcome);
        }
        if (this.stopped || this.interrupted) break;
      }
    } finally {
      this.progress.clear();
    }
  }

  /** A line on stderr that the progress line does not garble (`-v`'s reasons and warnings). */
  note(text: string): void {
    this.progress.clear();
    process.stderr.write(`caixun: ${lineSafe(text)}\n`);
  }

  /** The article just yielded could not be used; it is reported as its input's failure. */
  fail(failure: Failure): void {
    this.failedNow = failure;
  }

  private async report(input: Input, outcome: Exclude<Outcome, { status: "parsed" }>): Promise<void> {
    if (outcome.status === "skipped") {
      const label = skipLabel(input.path, outcome.skip);
      this.counts.skipped.set(label, (this.counts.skipped.get(label) ?? 0) + 1);
      // Skips chosen by name are counted; the others look like inputs, so each is named too.
      if (SKIPS_BY_NAME.has(outcome.skip.reason)) return;
      await this.log(input, outcome.skip.reason, `skipped: ${outcome.skip.message}`);
      return;
    }
    this.counts.failed++;
    this.progress.tick(true);
    const where = outcome.ref === undefined ? "" : ` (${outcome.ref})`;
    await this.log(input, outcome.failure.code, outcome.failure.message, where, outcome.ref);
    if (this.options.failFast) this.stopped = true;
  }

  private async log(input: Input, code: string, message: string, where = "", ref?: string): Promise<void> {
    this.progress.clear();
    process.stderr.write(inputLine(`${input.path}${where}`, message));
    const line = { file: input.path, ...(ref === undefined ? {} : { ref }), code, message };
    await this.options.errorLog?.write(`${JSON.stringify(line)}\n`);
  }
}
