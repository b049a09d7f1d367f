import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Contender } from "./contenders/index.js";

export interface MemoryFigure {
  contender: string;
  /** Peak RSS of the probe process after loading modules and inputs, before the pass, in MB. */
  loadedMb: number;
  /** Peak RSS of the probe process by the end of one pass over the inputs, in MB. */
  peakMb: number;
}

const PROBE = join(import.meta.dirname, "memory-probe.ts");

/** Peak RSS of each contender, each measured in a fresh process over the same inputs. */
export function measureMemory(contenders: readonly Contender[], dir: string, sample: number): MemoryFigure[] {
  return contenders.map((contender) => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", PROBE, contender.name, dir, String(sample)],
      { encoding: "utf8", cwd: join(import.meta.dirname, "..") },
    );
    if (result.status !== 0) throw new Error(`memory probe for ${contender.name} failed:\n${result.stderr}`);
    const figures = JSON.parse(result.stdout.trim().split("\n").pop()!) as Omit<MemoryFigure, "contender">;
    return { contender: contender.name, ...figures };
  });
}
