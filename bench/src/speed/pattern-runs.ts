import { patternNeeds } from "../../../packages/core/src/text/pattern-gate.js";
import { STAGES, type Stage, sourceName, stageOf } from "./stages.js";

/** What the regular-expression engine was asked to do in one stage, per file parsed. */
export interface PatternWork {
  stage: Stage;
  /** Pattern runs a file: a `test`, an `exec`, or a whole `replace`, `match`, `split`… call. */
  runs: number;
  /** Characters of the strings those runs were given, a file (a cost that does not depend on load). */
  characters: number;
  /**
   * Wide openings tried, a file: each run counts the pattern's alternatives (a joined rule list's rules)
   * that may open with any character of prose (`^[^。！？]{0,40}…`, `^.{0,16}…`; `patternNeeds`). Such a
   * rule reads a run of every text it is given before it can fail, and joined into a list it is given every
   * block: this is the cost `runs` and `characters` cannot see, since the list is one run either way.
   */
  wide: number;
}

/** The methods by which a string meets a pattern; each call is one run. */
const ENTRY_POINTS = [
  "exec",
  "test",
  Symbol.replace,
  Symbol.match,
  Symbol.matchAll,
  Symbol.split,
  Symbol.search,
] as const;

/**
 * Runs `parse` on every input once and counts, by stage, the pattern runs and the characters they
 * were given. Deterministic: the same core and inputs give the same counts on any machine and at
 * any load, so a rule that doubles a stage's work shows in a test, where a timing could not.
 *
 * Each entry point of `RegExp.prototype` is wrapped for the duration of the call (restored after,
 * even on error); a run inside another (`replace` calls `exec`, `split` calls it at every position)
 * is not counted again. The stage is read from the call stack, as `stageOf` reads a profile's path.
 * With the prototype changed, V8 takes its spec-following slow paths: the results are the same,
 * only slower, so this measures work, never time.
 */
export function countPatternRuns(
  parse: (raw: Uint8Array, filename: string) => unknown,
  inputs: readonly { filename: string; raw: Uint8Array }[],
): PatternWork[] {
  const work = new Map<Stage, { runs: number; characters: number; wide: number }>(
    STAGES.map((stage) => [stage, { runs: 0, characters: 0, wide: 0 }]),
  );
  const wideOf = new Map<RegExp, number>();
  const prototype = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const originals = ENTRY_POINTS.map((key) => [key, prototype[key]!] as const);
  const stackLimit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  let depth = 0;
  for (const [key, original] of originals) {
    prototype[key] = function (this: RegExp, ...args: unknown[]) {
      depth++;
      try {
        if (depth !== 1) return original.apply(this, args);
        const counted = work.get(stageOfFrames(callSites()))!;
        const subject = String(args[0]);
        const start = this.lastIndex;
        const result = original.apply(this, args);
        counted.runs++;
        counted.characters += searched(this, key, subject, start, result);
        let wide = wideOf.get(this);
        if (wide === undefined) {
          wide = patternNeeds(this).wideAlternatives;
          wideOf.set(this, wide);
        }
        counted.wide += wide;
        return result;
      } finally {
        depth--;
      }
    };
  }
  // The stack as V8's call sites, not as text: formatting every frame would cost more than the parse.
  Error.prepareStackTrace = (_, sites) => sites;
  Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  try {
    for (const input of inputs) parse(input.raw, input.filename);
  } finally {
    for (const [key, original] of originals) prototype[key] = original;
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = stackLimit;
  }
  const files = Math.max(1, inputs.length);
  return STAGES.map((stage) => {
    const { runs, characters, wide } = work.get(stage)!;
    return { stage, runs: runs / files, characters: characters / files, wide: wide / files };
  });
}

/**
 * `countPatternRuns` in steady state: one pass over the inputs first, uncounted, so the counts are
 * of a parse after the caches a first pass fills (the packs' compiled pattern sets, the Article keys
 * found clean), as the bench times it.
 */
export function steadyPatternWork(
  parse: (raw: Uint8Array, filename: string) => unknown,
  inputs: readonly { filename: string; raw: Uint8Array }[],
): PatternWork[] {
  for (const input of inputs) parse(input.raw, input.filename);
  return countPatternRuns(parse, inputs);
}

/** The current call stack, innermost frame first (while `Error.prepareStackTrace` returns the sites). */
function callSites(): NodeJS.CallSite[] {
  return new Error().stack as unknown as NodeJS.CallSite[];
}

/**
 * Characters a run went over: none for a sticky pattern (it tries one position, and its work is in
 * `runs`); for a global pattern's `exec` or `test` (a loop over the matches, one call each), from
 * where it started to the end of its match, or of the string when none; else the whole string
 * (`replace`, `match` and `split` read it all, and a non-global `test` may look at every position).
 */
function searched(
  pattern: RegExp,
  entry: (typeof ENTRY_POINTS)[number],
  subject: string,
  start: number,
  result: unknown,
): number {
  if (pattern.sticky) return 0;
  if (!pattern.global || (entry !== "exec" && entry !== "test")) return subject.length;
  const found = entry === "exec" ? result !== null : result === true;
  return Math.max(0, (found ? pattern.lastIndex : subject.length) - start);
}

/**
 * The stage of a call stack, innermost frame first: the frames inside the outermost call of
 * `parse`, outermost first, as source names.
 */
export function stageOfFrames(frames: readonly { getFunctionName(): string | null }[]): Stage {
  const names = frames.map((frame) => sourceName(frame.getFunctionName() ?? ""));
  const parse = names.lastIndexOf("parse");
  if (parse === -1) return "other";
  return stageOf(names.slice(0, parse).reverse());
}
