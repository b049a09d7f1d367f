// A full collection between parses leaves the parse's optimised code in place: the classes a parse makes
// afresh keep their last instance (core's pipeline/kept-shapes.ts), so V8 never finds their maps dead and
// never throws away the code built on them ("weak objects" deoptimisation). Core built as the bench builds
// it, the bench's real files parsed in a node process of its own with `--trace-deopt`, a full collection
// after three passes (as `instructions:check` collects after its warm-up), then a fourth pass.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCore, type CoreBuild } from "../src/core-build.js";
import { readRealFiles } from "../src/corpus/real-files.js";

const scratch = mkdtempSync(join(tmpdir(), "caixun-kept-shapes-"));
const builds: CoreBuild[] = [];
afterAll(() => {
  for (const build of builds) build.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The process: the files' paths on its stdin, parsed three times, collected, parsed once more. */
const CHILD = `
import { readFileSync } from "node:fs";
const { parse } = await import(process.argv[2]);
const files = readFileSync(0, "utf8").split("\\n").filter(Boolean).map((path) => new Uint8Array(readFileSync(path)));
const pass = () => { for (const bytes of files) { try { parse(bytes, { parseBudgetMillis: 0 }); } catch {} } };
pass(); pass(); pass();
console.log("collecting");
globalThis.gc();
pass();
`;

/**
 * The methods of the classes kept (core's tokenizer, HTML parser, body and block readers, Markdown states)
 * that lost their optimised code after `instructions:check`'s collection at 35893bcd (`--trace-deopt`).
 */
const PARSE_METHODS = new Set(
  "lastBefore fastForwardTo stateBeforeClosingTagName stateAfterClosingTagName stateBeforeAttributeName stateInAttributeName stateAfterAttributeName ontext isTypeArgument emitOpenTag endOpenTag onopentagend onclosetag onattribname onattribend open isRemoved role flushText deliverText append flush push BlockState text2 tokenize2".split(
    " ",
  ),
);

/** The functions whose optimised code the trace says was marked for deoptimisation for dead weak objects after `marker`. */
function weakObjectDeopts(trace: string, marker: string): string[] {
  const after = trace.slice(trace.indexOf(marker));
  return [
    ...after.matchAll(
      /<SharedFunctionInfo ([^>]*)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g,
    ),
  ].map((match) => match[1]!);
}

describe("the parse's shapes across a full collection", () => {
  it("keeps the optimised code of the tokenizer, the HTML parser, the body reader and the Markdown rules", async () => {
    const core = await buildCore(".");
    builds.push(core);
    const child = join(scratch, "child.mjs");
    writeFileSync(child, CHILD);
    const trace = execFileSync(
      process.execPath,
      ["--predictable", "--expose-gc", "--trace-opt", "--trace-deopt", child, core.file],
      {
        input: readRealFiles()
          .map((file) => file.path)
          .join("\n"),
        encoding: "utf8",
        maxBuffer: 1 << 28,
      },
    );
    // Optimised before the collection, else no loss could be seen after it.
    expect(trace.slice(0, trace.indexOf("collecting"))).toMatch(
      /completed compiling 0x[0-9a-f]+ <JSFunction lastBefore /,
    );
    expect(weakObjectDeopts(trace, "collecting").filter((name) => PARSE_METHODS.has(name))).toEqual([]);
  }, 600_000);
});
