import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Family, pickFamily, renderFile } from "./families.js";
import type { Pieces } from "./pieces.js";
import { Random } from "./prng.js";

/** Files per subfolder: keeps directories small enough for any file system and tool. */
export const FILES_PER_SHARD = 1000;

export interface GenerateOptions {
  count: number;
  seed: number;
  out: string;
}

export interface GenerateSummary {
  files: number;
  bytes: number;
  byFamily: Record<Family, number>;
}

/** Path of the file with this index, relative to the output folder: `0012/0012345.md`. */
export function relativePath(index: number, extension: string): string {
  const shard = String(Math.floor(index / FILES_PER_SHARD)).padStart(4, "0");
  return join(shard, `${String(index).padStart(7, "0")}${extension}`);
}

/**
 * Writes `count` files one at a time (memory stays flat at a million), each from the same seeded
 * stream, so a seed always yields byte-identical files.
 */
export function generateCorpus(pieces: Pieces, options: GenerateOptions): GenerateSummary {
  const random = new Random(options.seed);
  const summary: GenerateSummary = {
    files: 0,
    bytes: 0,
    byFamily: { "finews-jekyll": 0, "hexo-aggregator": 0, "plain-text": 0 },
  };
  for (let index = 0; index < options.count; index++) {
    const file = renderFile(pickFamily(random), random, pieces);
    const path = join(options.out, relativePath(index, file.extension));
    if (index % FILES_PER_SHARD === 0) mkdirSync(join(path, ".."), { recursive: true });
    const bytes = Buffer.from(file.text);
    writeFileSync(path, bytes);
    summary.files++;
    summary.bytes += bytes.length;
    summary.byFamily[file.family]++;
  }
  return summary;
}
