/**
 * Which lines of a Markdown text are fenced code, as CommonMark reads them: the one answer every module that rewrites
 * Markdown before it is rendered asks for (emphasis, template tags, header attributes, HTML blocks, a clipper's
 * links), so that code stays verbatim wherever it stands. A fence opens with three or more backticks or tildes indented
 * up to three spaces in its container (a backtick fence's info string holds no backtick), and closes only with a run
 * of the same character at least as long, indented up to three, nothing after it but spaces; an unclosed fence runs to
 * the end of its container — a list item, a quote — or of the document. The block reader (`block.ts`) already reads
 * fences inside quotes and list items (at any indent their content takes): it reports the lines of each one it reads.
 */
import { parseBlocks } from "./block.js";

/** Whether a text writes a run a fence opens with at all: the cheap test in front of `fencedLines`. */
export function mayHoldFence(text: string): boolean {
  return text.includes("```") || text.includes("~~~");
}

/**
 * The fenced code blocks of a Markdown text, `null` when it holds none. Lines are counted from 0 as
 * `text.split("\n")` counts them; a block's lines are its opening run, its code and its closing run.
 */
export function fencedLines(markdown: string): FencedLines | null {
  if (!mayHoldFence(markdown)) return null;
  const bounds: number[] = [];
  parseBlocks(markdown, { fencedLines: bounds });
  return bounds.length === 0 ? null : new FencedLines(bounds);
}

export class FencedLines {
  /** Each block as its first line and the line after its last, in the text's order. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;

  constructor(bounds: readonly number[]) {
    const ranges: Array<readonly [number, number]> = [];
    for (let i = 0; i < bounds.length; i += 2) ranges.push([bounds[i]!, bounds[i + 1]!]);
    this.ranges = ranges;
  }

  /** Whether any line from `first` to before `end` is a line of a fenced block. */
  meets(first: number, end: number): boolean {
    // The last block opening before `end`: the blocks are in order and never overlap.
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ranges[middle]![0] < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.ranges[low - 1]![1] > first;
  }

  /** Whether line `line` is a line of a fenced block. */
  has(line: number): boolean {
    return this.meets(line, line + 1);
  }
}
