import { join } from "node:path";
import { CAIXUN } from "./contenders/index.js";
import { type Family, renderFile } from "./corpus/families.js";
import type { Pieces } from "./corpus/pieces.js";
import { Random } from "./corpus/prng.js";
import { benchInput } from "./inputs.js";
import { writeInputSet } from "./speed/input-file.js";
import { median } from "./speed/settle.js";
import { measureSpeed, type SpeedOptions } from "./speed/steady-state.js";

/** The file sizes compared: the cost per byte of the large one over that of the small ones. */
export const SMALL_BYTES = 32_000;
export const LARGE_BYTES = 1_000_000;
/** Small files per pass: as many bytes as the large one, so both halves of a pass weigh alike. */
const SMALL_FILES = Math.round(LARGE_BYTES / SMALL_BYTES);
/** Largest per-byte cost of a 1 MB file over a 32 KB one that still counts as linear. */
export const LINEARITY_LIMIT = 1.5;

/**
 * The bodies measured: each family of the brief, the finews body in both of its syntaxes, and plain
 * text hard-wrapped at a fixed width (lines that end mid-sentence, which the reader joins back).
 */
const SHAPES: ReadonlyArray<{ label: string; family: Family; markdown?: boolean; wrap?: number }> = [
  { label: "finews Jekyll, HTML body", family: "finews-jekyll", markdown: false },
  { label: "finews Jekyll, Markdown body", family: "finews-jekyll", markdown: true },
  { label: "Hexo aggregator", family: "hexo-aggregator" },
  { label: "plain text", family: "plain-text" },
  { label: "plain text, hard-wrapped at 36 characters", family: "plain-text", wrap: 36 },
];

/** Each line cut into lines of at most `width` characters, as a fixed-width export wraps them. */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => line.match(new RegExp(`[^]{1,${width}}`, "gu"))?.join("\n") ?? line)
    .join("\n");
}

export interface LinearityFigure {
  label: string;
  smallFiles: number;
  /** Mean size of the small files and size of the large one, in bytes. */
  smallBytes: number;
  largeBytes: number;
  /** Steady-state CPU per KB (1,000 bytes), median over the timed passes, in microseconds. */
  smallMicrosPerKb: number;
  largeMicrosPerKb: number;
  /** Median over the timed passes of (large per-KB cost / small per-KB cost) within the same pass. */
  ratio: number;
}

/**
 * Whether parse time grows linearly with the input: for each family, ~32 small files of ~32 KB and
 * one file of ~1 MB (real paragraphs drawn until the body is that long), parsed in the same passes
 * of one caixun process in steady state (the small files first, then the large one, so each pass
 * times both halves under the same load). A figure, not a timed test: the machine is shared.
 */
export async function measureLinearity(
  pieces: Pieces,
  coreFile: string,
  scratch: string,
  speed: SpeedOptions,
  log: (message: string) => void,
): Promise<LinearityFigure[]> {
  const figures: LinearityFigure[] = [];
  for (const [index, shape] of SHAPES.entries()) {
    const random = new Random(1000 + index);
    // Characters of Han text are three bytes of UTF-8 each: draw about a third as many characters.
    const draw = (bytes: number, n: number) => {
      const { text } = renderFile(shape.family, random, pieces, {
        bodyChars: bytes / 3,
        markdown: shape.markdown,
      });
      return benchInput(
        `linearity-${index}-${bytes}-${n}${shape.family === "plain-text" ? ".txt" : ".md"}`,
        new Uint8Array(Buffer.from(shape.wrap === undefined ? text : hardWrap(text, shape.wrap))),
      );
    };
    const small = Array.from({ length: SMALL_FILES }, (_, n) => draw(SMALL_BYTES, n));
    const large = draw(LARGE_BYTES, 0);
    const inputs = [...small, large];
    const file = join(scratch, `linearity-${index}.json`);
    writeInputSet(file, { inputs, generatedFrom: small.length });
    log(`linearity: ${shape.label}`);
    const [timing] = await measureSpeed([CAIXUN], { [CAIXUN]: coreFile }, file, inputs, speed, log);
    const smallBytes = small.reduce((sum, input) => sum + input.raw.byteLength, 0);
    const largeBytes = large.raw.byteLength;
    const perKb = (ms: number, bytes: number) => (ms * 1000) / (bytes / 1000);
    const passes = timing!.timed;
    const smallCosts = passes.map((p) => perKb(p.cpuMs - p.generatedCpuMs, smallBytes));
    const largeCosts = passes.map((p) => perKb(p.generatedCpuMs, largeBytes));
    figures.push({
      label: shape.label,
      smallFiles: small.length,
      smallBytes: smallBytes / small.length,
      largeBytes,
      smallMicrosPerKb: median(smallCosts),
      largeMicrosPerKb: median(largeCosts),
      ratio: median(passes.map((_, i) => largeCosts[i]! / smallCosts[i]!)),
    });
  }
  return figures;
}
