import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compilerInstructions,
  disagreement,
  instructionTotal,
  instructionVerdict,
  isCompilerFunction,
  steadyPass,
} from "../src/speed/instruction-count.js";

/** Real stderr of valgrind 3.19: `valgrind --tool=cachegrind --cache-sim=no … node --predictable -e "console.log(1)"`. */
const NODE_RUN = readFileSync(join(import.meta.dirname, "fixtures/cachegrind-node.txt"), "utf8");
/**
 * Ten functions' lines of a real cachegrind file (valgrind 3.19, `valgrind --tool=cachegrind --cache-sim=no
 * --cachegrind-out-file=… node --predictable toy.js`, node 20.20.2; the toy: a loop TurboFan optimises
 * and a pattern built at run time), cut from its 30,013 lines; its summary is the whole process's.
 */
const COMPILERS_RUN = readFileSync(join(import.meta.dirname, "fixtures/cachegrind-compilers.out"), "utf8");
/** Real stderr of valgrind 3.19 asked to run a program that is not there. */
const MISSING_PROGRAM = readFileSync(
  join(import.meta.dirname, "fixtures/cachegrind-missing-program.txt"),
  "utf8",
);

describe("the instruction count in valgrind's output", () => {
  it("is read from cachegrind's last line, commas dropped", () => {
    expect(instructionTotal(NODE_RUN)).toBe(529_003_312);
  });

  it("is an error, with valgrind's words, when the process never ran", () => {
    expect(() => instructionTotal(MISSING_PROGRAM)).toThrow(
      /no instruction count.*\n.*No such file or directory/,
    );
  });

  it("is not taken from the program's own output or valgrind's cache warnings", () => {
    const printed = `I   refs:      12\n${NODE_RUN}`;
    expect(instructionTotal(printed)).toBe(529_003_312);
  });
});

describe("what V8's JavaScript compilers executed", () => {
  it("sums TurboFan's, the parser's, the bytecode generator's and the assembler's functions of cachegrind's file", () => {
    // GraphReducer::ReduceTop 152,315, RepresentationSelector::VisitNode 5,207, the register allocator's
    // tree of LiveRange 6,821, ParseLogicalExpression 368,515, Scanner::Next 2,414,758,
    // BytecodeArrayWriter::EmitBytecode 1,067,024, Assembler::emit_operand 29,058; not the JIT's code
    // (51,547,743), a builtin (144,587) or the pattern compiler's TextNode::TextEmitPass (6,582).
    expect(compilerInstructions(COMPILERS_RUN)).toBe(4_043_698);
  });

  it("is read from a function's name up to its parameters", () => {
    expect(isCompilerFunction("v8::internal::compiler::GraphReducer::ReduceTop()")).toBe(true);
    expect(
      isCompilerFunction(
        "void v8::internal::compiler::RepresentationSelector::VisitNode<(v8::internal::compiler::Phase)1>(v8::internal::compiler::Node*, v8::internal::compiler::Truncation, v8::internal::compiler::SimplifiedLoweringVerifier*)",
      ),
    ).toBe(true);
    expect(
      isCompilerFunction("v8::internal::ParserBase<v8::internal::Parser>::ParseLogicalExpression()"),
    ).toBe(true);
    // A pattern's compiler, a runtime function given a compiler's type, the JIT's code.
    expect(
      isCompilerFunction(
        "v8::internal::TextNode::TextEmitPass(v8::internal::RegExpCompiler*, v8::internal::TextNode::TextEmitPassType, bool, v8::internal::Trace*, bool, int*)",
      ),
    ).toBe(false);
    expect(isCompilerFunction("v8::internal::Deoptimizer::New(v8::internal::compiler::Node*)")).toBe(false);
    expect(isCompilerFunction("v8::internal::ScannerStream::For(v8::internal::Isolate*)")).toBe(false);
    expect(isCompilerFunction("???")).toBe(false);
  });
});

describe("a steady-state pass", () => {
  it("is what the longer process adds, over the passes it adds, less what the compilers did in them", () => {
    // Start-up and warm-up (1,000,000, of which compiling 400,000) are in both and cancel; each further
    // pass costs 250,000, of which compiling 30,000 (V8 still optimising).
    const shorter = { passes: 4, instructions: 1_000_000 + 2 * 250_000, compiling: 400_000 + 2 * 30_000 };
    const longer = { passes: 6, instructions: 1_000_000 + 4 * 250_000, compiling: 400_000 + 4 * 30_000 };
    expect(steadyPass(shorter, longer)).toEqual({ parse: 220_000, compiling: 30_000 });
  });

  it("leaves out TurboFan optimising other functions in the counted passes (c0ca14e against c3d8e19)", () => {
    // Real counts (2026-12-02, the check's 408 inputs, processes of 3 + 2 and 3 + 4 passes): with the
    // compilers c0ca14e costs 1,601.6 M a pass against c3d8e19's 1,588.3 M, 1.0084×, as the check had
    // counted it; 594.3 against 581.7 M of that is V8 compiling, and without it 1.0008×.
    const c3d8e19 = steadyPass(
      { passes: 5, instructions: 15_816_654_313, compiling: 7_362_133_775 },
      { passes: 7, instructions: 18_993_215_174, compiling: 8_525_625_746 },
    );
    const c0ca14e = steadyPass(
      { passes: 5, instructions: 15_789_855_743, compiling: 7_338_007_541 },
      { passes: 7, instructions: 18_992_976_020, compiling: 8_526_525_857 },
    );
    expect(c3d8e19).toEqual({ parse: 1_006_534_445, compiling: 581_745_985.5 });
    expect(c0ca14e).toEqual({ parse: 1_007_300_980.5, compiling: 594_259_158 });
    expect(instructionVerdict([c0ca14e.parse], [c3d8e19.parse], 1.005).ratio.toFixed(4)).toBe("1.0008");
  });

  it("needs the longer process to make more passes", () => {
    const run = { passes: 4, instructions: 10, compiling: 0 };
    expect(() => steadyPass(run, run)).toThrow(RangeError);
    expect(() => steadyPass({ passes: 6, instructions: 20, compiling: 0 }, run)).toThrow(
      /longer run must make more passes/,
    );
  });
});

describe("how far repeated counts disagree", () => {
  it("is the range over the smallest", () => {
    expect(disagreement([200, 201, 202])).toBeCloseTo(0.01, 12);
    expect(disagreement([5, 5, 5])).toBe(0);
    expect(disagreement([])).toBe(0);
  });
});

describe("a train's count against its base (instructions:check)", () => {
  it("passes at the ratio and fails past it", () => {
    // Session 18's counts: main 51c9869 1,575.9 M a pass, 54787e7 before session 17's rules.
    expect(instructionVerdict([1_575_900_000], [1_575_900_000], 1.005)).toEqual({
      head: 1_575_900_000,
      base: 1_575_900_000,
      ratio: 1,
      within: true,
    });
    expect(instructionVerdict([1_583_000_000], [1_575_900_000], 1.005).within).toBe(true);
    expect(instructionVerdict([1_584_000_000], [1_575_900_000], 1.005).within).toBe(false);
  });

  it("takes the median of several runs", () => {
    const verdict = instructionVerdict([103, 100, 101], [100, 100, 250], 1.005);
    expect([verdict.head, verdict.base, verdict.within]).toEqual([101, 100, false]);
    expect(() => instructionVerdict([], [100], 1.005)).toThrow(RangeError);
  });
});
