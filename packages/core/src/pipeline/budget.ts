import { CaixunError } from "../errors.js";
import type { ParseSettings } from "../settings.js";

/** Milliseconds from a monotonic clock where there is one (every runtime core runs in has `performance`). */
const now: () => number =
  typeof performance !== "undefined" && typeof performance.now === "function"
    ? () => performance.now()
    : () => Date.now();

const MEGABYTE = 1024 * 1024;

/**
 * The time one document's parse may take: `settings.parseBudgetMillis`, plus
 * `settings.parseBudgetMillisPerMegabyte` for each megabyte of the document. Every stage's
 * `advance` checks it, so a parse that runs away through a path nobody foresaw ends at the next
 * stage with a `CaixunError` (`parse-budget-exceeded`) instead of running on. It cannot stop a
 * stage in the middle (core has no threads): the stages themselves are linear by construction
 * (see docs/reliability.md), and a server that must answer within a hard limit also parses in a
 * worker it can stop (the Node API does). Where the clock does not move while code runs (a
 * Cloudflare Worker), the platform's CPU limit ends the request instead.
 */
export class WorkBudget {
  private constructor(
    private readonly allowance: number,
    private readonly deadline: number,
  ) {}

  /** A budget for a document of `length` characters (or bytes), starting now; none when the setting is 0. */
  static start(settings: Readonly<ParseSettings>, length: number): WorkBudget | undefined {
    if (settings.parseBudgetMillis === 0) return undefined;
    const allowance = Math.round(
      settings.parseBudgetMillis + (settings.parseBudgetMillisPerMegabyte * length) / MEGABYTE,
    );
    return new WorkBudget(allowance, now() + allowance);
  }

  /** Throws `parse-budget-exceeded` once the allowance is spent. */
  check(): void {
    if (now() > this.deadline) {
      throw new CaixunError(
        "parse-budget-exceeded",
        `the parse took longer than its budget of ${this.allowance} ms (settings.parseBudgetMillis and parseBudgetMillisPerMegabyte) and was stopped`,
      );
    }
  }
}
