import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (bench/src/ or bench/test/ is two levels down). */
export const REPO = resolve(import.meta.dirname, "../..");
/** `../shared` beside the project: the real corpus and its gold labels. */
export const SHARED = resolve(REPO, "../shared");
export const SEEDS = join(REPO, "seeds");
/** Where generated files go unless `--out` says otherwise: outside the repository. */
export const DEFAULT_CORPUS_DIR = "/tmp/caixun-bench-corpus";

/** The real input families in `../shared/corpus`, or none when shared/ is absent. */
export function sharedCorpusDirs(): string[] {
  const corpus = join(SHARED, "corpus");
  if (!existsSync(corpus)) return [];
  return ["finews-jekyll", "hexo-aggregator", "plain-text", "other-aibriefings"]
    .map((family) => join(corpus, family))
    .filter((dir) => existsSync(dir));
}
