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

/**
 * The functions of V8's JavaScript compilers in node's symbols: TurboFan (`v8::internal::compiler::`),
 * Maglev, Sparkplug (`baseline::`) and the bytecode generator (`interpreter::`), with the containers
 * made for their types (`std::_Rb_tree<v8::internal::compiler::LiveRange*, …>`); the parser and
 * scanner; the code assembler and the deoptimisation data TurboFan writes beside its code. Not the
 * regular expression compiler: a pattern built during a parse is the parse's own work.
 */
const COMPILER_FUNCTION =
  /v8::internal::(?:compiler|maglev|baseline|interpreter)::|(?:^|\s)v8::internal::(?:(?:Parser|PreParser|Scanner|Compiler|Assembler|AssemblerBase|RelocIterator|TranslationArrayBuilder|SafepointTableBuilder|Zone)::|ParserBase<)/;

/**
 * Whether a function cachegrind names (`v8::internal::compiler::GraphReducer::ReduceTop()`) is a
 * compiler's: read up to its parameters, whose types may be anyone's.
 */
export function isCompilerFunction(name: string): boolean {
  const parameters = name.indexOf("(");
  return COMPILER_FUNCTION.test(parameters === -1 ? name : name.slice(0, parameters));
}

/**
 * How many of a process's instructions V8's JavaScript compilers executed, from the file
 * `valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=FILE` writes: each `fn=` line names a
 * function and the `line count` lines after it are its instructions.
 */
export function compilerInstructions(cachegrindOut: string): number {
  let compiling = 0;
  let counting = false;
  for (const line of cachegrindOut.split("\n")) {
    if (line.startsWith("fn=")) counting = isCompilerFunction(line.slice(3));
    else if (counting && /^\d/.test(line)) compiling += Number(line.slice(line.indexOf(" ") + 1));
  }
  return compiling;
}

/**
 * One process of a contender: how many passes it made after loading, the instructions of it all, and
 * how many of them V8's JavaScript compilers executed.
 */
export interface CountedRun {
  passes: number;
  instructions: number;
  compiling: number;
}

/**
 * One steady-state pass from two processes that differ only in the number of passes: start-up,
 * loading, the warm-up passes and exit are the same in both and cancel, and what is left is the extra
 * passes of the longer one. Its instructions leave out the JavaScript compilers': V8 is still optimising
 * functions after the warm-up (some 37% of the extra passes' instructions at c3d8e19, a function being
 * compiled in some pass up to the twelfth), and which pass a function is optimised in follows from its
 * bytecode's length, so that a rule added where no input goes moved the count by 1% and more; a
 * long-running parse has stopped compiling. `compiling` is the compilers' share, apart.
 */
export function steadyPass(shorter: CountedRun, longer: CountedRun): { parse: number; compiling: number } {
  const passes = longer.passes - shorter.passes;
  if (passes <= 0)
    throw new RangeError(`the longer run must make more passes (${shorter.passes}, ${longer.passes})`);
  const compiling = (longer.compiling - shorter.compiling) / passes;
  return { parse: (longer.instructions - shorter.instructions) / passes - compiling, compiling };
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
export function middle(counts: readonly number[]): number {
  if (counts.length === 0) throw new RangeError("no counts");
  const sorted = [...counts].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
