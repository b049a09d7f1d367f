import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { CLI_ROOT, CORE_DIST } from "./helpers/paths.js";

/**
 * The end-to-end tests run the built binary, as a user would. Build it when dist/ is missing or
 * older than any source file. Core must already be built (turbo does it before `test`).
 */
export default function setup(): void {
  if (!existsSync(CORE_DIST)) {
    throw new Error("@caixun/core is not built; run `pnpm --filter @caixun/cli... build` first");
  }
  const bin = join(CLI_ROOT, "dist", "bin.js");
  const built = existsSync(bin) ? statSync(bin).mtimeMs : 0;
  if (newestMtime(join(CLI_ROOT, "src")) <= built) return;
  const tsc = createRequire(join(CLI_ROOT, "package.json")).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: CLI_ROOT, stdio: "inherit" });
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
