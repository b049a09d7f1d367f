import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_ROOT = resolve(CLI_ROOT, "..", "..");
export const BIN = join(CLI_ROOT, "dist", "bin.js");
export const CORE_DIST = join(REPO_ROOT, "packages", "core", "dist", "index.js");
export const SEEDS = join(REPO_ROOT, "seeds");
/** The shared corpus sits beside the repository, as ../shared/corpus; tests that need it skip without it. */
export const CORPUS = resolve(REPO_ROOT, "..", "shared", "corpus");
export const HAS_CORPUS = existsSync(CORPUS);
