import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS, sharedCorpusDirs } from "../paths.js";

export interface RealFile {
  path: string;
  bytes: Uint8Array;
}

/** The seeds and every file of `../shared/corpus`, in a fixed order. */
export function readRealFiles(): RealFile[] {
  const dirs = [SEEDS, ...sharedCorpusDirs()];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => !name.startsWith("."))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        return { path, bytes: new Uint8Array(readFileSync(path)) };
      }),
  );
}
