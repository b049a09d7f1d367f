import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, CLI_ROOT } from "./helpers/paths.js";

/**
 * Whether a regular expression, once used, holds bytecode for V8's regexp interpreter, and code to
 * run (its machine code, or the interpreter's entry), on the main thread and in a worker started after `module` is imported (V8's natives,
 * `--allow-natives-syntax`): what `--regexp-tier-up` decides.
 */
function compiledForms(module: string | null): string[] {
  const probe = (where: string) =>
    `const r = new RegExp("(?:新华社|中新网)记者(\\\\S{2,4})" + Math.random()); r.exec("新华社记者王磊报道");` +
    `console.log("${where}", %RegexpHasBytecode(r, false), %RegexpHasNativeCode(r, false));`;
  const script =
    (module === null ? "" : `await import(${JSON.stringify(pathToFileURL(module).href)});`) +
    probe("main") +
    `const { Worker } = await import("node:worker_threads");` +
    `new Worker(${JSON.stringify(probe("worker"))}, { eval: true });`;
  const result = spawnSync(
    process.execPath,
    ["--allow-natives-syntax", "--input-type=module", "-e", script],
    { encoding: "utf8" },
  );
  expect(result.stderr).toBe("");
  return result.stdout.trim().split("\n").sort();
}

describe("V8's flags of the CLI (v8-flags.ts)", () => {
  it("compiles a pattern straight to machine code, on the main thread and in the parse workers", () => {
    // Node's default: bytecode first, run by the interpreter (whose entry fills the code slot).
    expect(compiledForms(null)).toEqual(["main true true", "worker true true"]);
    expect(compiledForms(join(CLI_ROOT, "dist", "v8-flags.js"))).toEqual([
      "main false true",
      "worker false true",
    ]);
  });

  it("is the binary's first import, so the flags are set before any other module of ours runs", () => {
    const imports = readFileSync(BIN, "utf8").match(/^import .*$/gm);
    expect(imports?.[0]).toBe('import "./v8-flags.js";');
  });
});
