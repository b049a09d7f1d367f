// The labelled sets `pnpm eval` measures, each reported on its own: the shared corpus (beside the
// project, may be absent) and the project's own development set of files from generators and
// outlets the corpus does not have (datasets/dev, split into a tuning part and a held-out part).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type GoldCase, loadGold, loadGoldDir } from "./gold.js";
import { REPO, SHARED } from "./helpers.js";

export const DEV = join(REPO, "datasets/dev");

export interface Dataset {
  /** Short name used on the command line (`pnpm eval --dataset dev-tune`). */
  name: string;
  title: string;
  description: string;
  /** Whether misses may be printed; the held-out part is read as figures only while rules are written. */
  showMisses: boolean;
  /** The labelled cases, or null when the set is not on this machine. */
  cases(): GoldCase[] | null;
}

function devPart(part: "tune" | "holdout"): GoldCase[] | null {
  const root = join(DEV, part);
  return existsSync(join(root, "gold")) ? loadGoldDir(join(root, "gold"), [root]) : null;
}

export const DATASETS: readonly Dataset[] = [
  {
    name: "corpus",
    title: "Shared corpus",
    description: "`../shared/corpus` and the seeds, labelled in `../shared/corpus/gold/`",
    showMisses: true,
    cases: () => (existsSync(join(SHARED, "corpus/gold")) ? loadGold(SHARED) : null),
  },
  {
    name: "dev-tune",
    title: "Development set — tuning part",
    description:
      "`datasets/dev/tune`: real files from generators and outlets outside the corpus (see `datasets/dev/SOURCES.tsv`); rules are written against it",
    showMisses: true,
    cases: () => devPart("tune"),
  },
  {
    name: "dev-holdout",
    title: "Development set — held-out part",
    description:
      "`datasets/dev/holdout`: the same sources, kept out of sight while rules are written; reported as figures only",
    showMisses: false,
    cases: () => devPart("holdout"),
  },
];

/**
 * The public repository each development-set file was collected from (`datasets/dev/SOURCES.tsv`),
 * keyed by its gold `file` (`family/local_name`), so that figures can count each repository once.
 */
export function devRepositories(): Map<string, string> {
  const path = join(DEV, "SOURCES.tsv");
  const repositories = new Map<string, string>();
  if (!existsSync(path)) return repositories;
  const [header, ...rows] = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "");
  const columns = header!.split("\t");
  const at = (name: string) => columns.indexOf(name);
  for (const row of rows) {
    const cells = row.split("\t");
    repositories.set(`${cells[at("family")]}/${cells[at("local_name")]}`, cells[at("repo")]!);
  }
  return repositories;
}
