/**
 * The arithmetic of `pnpm bench --parts instructions` (see instructions.ts), apart from the processes
 * it runs so that it can be tested on valgrind's real output without valgrind.
 */

/** What cachegrind prints last on stderr: `==11774== I   refs:      529,003,312`. */
const INSTRUCTIONS_LINE = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/m;

/** The instructions a process under `valgrind --tool=cachegrind` executed, read from valgrind's stderr. */
export function instructionTotal(stderr: string): number {
  const line = INSTRUCTIONS_LINE.exec(stderr);
  if (line === null) throw new Error(`no instruction count in valgrind's output:\n${stderr.slice(-2000)}`);
  return Number(line[1]!.replaceAll(",", ""));
}

/** One process of a contender: how many passes it made after loading, and the instructions of it all. */
export interface CountedRun {
  passes: number;
  instructions: number;
}

/**
 * Instructions of one steady-state pass from two processes that differ only in the number of passes:
 * start-up, loading, the warm-up passes and exit are the same in both and cancel, and what is left is
 * the extra passes of the longer one.
 */
export function steadyPass(shorter: CountedRun, longer: CountedRun): number {
  const passes = longer.passes - shorter.passes;
  if (passes <= 0)
    throw new RangeError(`the longer run must make more passes (${shorter.passes}, ${longer.passes})`);
  return (longer.instructions - shorter.instructions) / passes;
}

/** How far apart repeated counts are: (largest − smallest) / smallest. */
export function disagreement(counts: readonly number[]): number {
  if (counts.length === 0) return 0;
  const low = Math.min(...counts);
  return (Math.max(...counts) - low) / low;
}

/** A head's count of a pass against a base's: each the median of its runs, their ratio, and whether it is within `max`. */
export interface InstructionVerdict {
  head: number;
  base: number;
  ratio: number;
  within: boolean;
}

export function instructionVerdict(
  head: readonly number[],
  base: readonly number[],
  max: number,
): InstructionVerdict {
  const [h, b] = [middle(head), middle(base)];
  return { head: h, base: b, ratio: h / b, within: h / b <= max };
}

/** The median of some counts (the lower middle of an even number: one run's count with two). */
function middle(counts: readonly number[]): number {
  if (counts.length === 0) throw new RangeError("no counts");
  const sorted = [...counts].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
