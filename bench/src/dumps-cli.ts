// pnpm --filter @caixun/bench dumps [--rounds N] [--large-mb N]
// The dumps section of the benchmarks alone (pnpm bench runs it too), written into docs/benchmarks.md.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeSection } from "@caixun/docs-writer";
import { measureDumps, renderDumps } from "./dumps.js";
import { describeMachine } from "./machine.js";
import { REPO } from "./paths.js";

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "5" }, "large-mb": { type: "string", default: "300" } },
});
const rounds = Number(values.rounds);
const largeMb = Number(values["large-mb"]);
if (![rounds, largeMb].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error("usage: pnpm --filter @caixun/bench dumps [--rounds N] [--large-mb N]");
  process.exit(2);
}
const machine = describeMachine();
const date = new Date().toISOString();
const command = ["pnpm --filter @caixun/bench dumps", ...process.argv.slice(2)].join(" ");
const report = renderDumps(await measureDumps({ rounds, largeMb }), { date, command, machine });
console.log(report);
writeSection(join(REPO, "docs/benchmarks.md"), "dumps", report, "Benchmarks");
process.stderr.write("bench dumps: wrote docs/benchmarks.md (section dumps)\n");
