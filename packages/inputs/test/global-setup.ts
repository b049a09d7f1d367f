import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");

/**
 * The pool's workers run compiled JavaScript (`dist/parse-worker.js`), so the tests run against
 * `dist/`: build it when it is missing or older than any source file (turbo builds it before `test`).
 */
export default function setup(): void {
  const built = existsSync(join(ROOT, "dist", "index.js"))
    ? statSync(join(ROOT, "dist", "index.js")).mtimeMs
    : 0;
  let newest = 0;
  for (const entry of readdirSync(join(ROOT, "src"), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  if (newest <= built) return;
  const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
}
