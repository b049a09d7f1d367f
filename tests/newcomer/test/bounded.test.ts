/**
 * `npm test`'s guard (scripts/bounded.mjs): a task of the turbo run that goes past its bound stops the run with the
 * task's name and its unfinished test files, and exit status 124; a run inside its bound passes through as it was.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../src/workspace.js";

const work = mkdtempSync(join(tmpdir(), "caixun-bounded-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bounded(seconds: number, script: string) {
  return spawnSync("node", [join(REPO, "scripts", "bounded.mjs"), String(seconds), "sh", "-c", script], {
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("scripts/bounded.mjs", () => {
  it("stops a task past its bound, naming it and the test files it had not finished", () => {
    const pkg = join(work, "pkg");
    mkdirSync(join(pkg, "test"), { recursive: true });
    for (const file of ["a.test.ts", "b.test.ts"]) writeFileSync(join(pkg, "test", file), "");
    const started = Date.now();
    // turbo's prefixes (coloured as on a terminal), pnpm's banner, vitest's line for a finished file, then a stall.
    const result = bounded(
      2,
      [
        "echo '@caixun/x:typecheck: done'",
        `printf '\\033[32m@caixun/x:test: \\033[0m> @caixun/x@0.1.0 test ${pkg}\\n'`,
        "echo '@caixun/x:test:  ✓ test/a.test.ts (3 tests) 12ms'",
        "sleep 120",
      ].join("; "),
    );
    expect(result.status).toBe(124);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.stdout).toContain("@caixun/x:test:  ✓ test/a.test.ts");
    expect(result.stderr).toMatch(/bounded: @caixun\/x:test ran \d+ s, past its bound of 2 s per task/);
    expect(result.stderr).toContain("not finished (the stalled one is among them):\n  test/b.test.ts\n");
    expect(result.stderr).not.toContain("test/a.test.ts");
  });

  it("passes a run inside its bound through with its own exit status", () => {
    const result = bounded(60, "echo '@a/b:test: hi'; echo oops >&2; exit 3");
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("@a/b:test: hi\n");
    expect(result.stderr).toBe("oops\n");
  });
});
