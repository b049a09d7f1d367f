/**
 * The per-character cost table of docs/reliability.md: the adversarial catalogue (every regex of
 * core against its own hostile strings, every parse attack) at 10 KB, 100 KB and 1 MB, in CPU
 * nanoseconds per character, and the growth the test bounds (`MAX_GROWTH`).
 *
 *   pnpm --filter @caixun/core adversarial
 */
import { resolve } from "node:path";
import { markdownTable, writeSection } from "@caixun/docs-writer";
import { type Measured, measureParses, measureRegexes } from "../test/adversarial/catalogue.js";
import { MAX_GROWTH, SIZES } from "../test/adversarial/measure.js";

const repo = resolve(import.meta.dirname, "../../..");
// A table pattern the screen passed is not run at 1 MB (`screen`, test/adversarial/catalogue.ts).
const ns = (cost: number) => (Number.isNaN(cost) ? "—" : cost < 10 ? cost.toFixed(1) : cost.toFixed(0));
const row = (m: Measured) => [
  m.name.replaceAll("|", "\\|"),
  m.stage,
  ...m.costs.map(ns),
  `×${m.growth.toFixed(2)}`,
];
const header = ["input", "stage", ...SIZES.map((size) => `ns/char at ${size / 1000} KB`), "growth"];

const parses = measureParses();
const regexes = await measureRegexes();
const worstRegexes = [...regexes].sort((a, b) => b.growth - a.growth).slice(0, 10);
const over = [...parses, ...regexes].filter((m) => m.growth > MAX_GROWTH).length;

writeSection(
  resolve(repo, "docs/reliability.md"),
  "adversarial-costs",
  [
    "## Per-character cost of the adversarial catalogue",
    "",
    "`pnpm --filter @caixun/core adversarial` (the same catalogue and measurement as",
    "`packages/core/test/adversarial.test.ts`): CPU time (`process.cpuUsage`, best of a few runs) per",
    "character of input, at each size; growth is the larger of the 100 KB and 1 MB costs over the",
    `10 KB cost, which the test bounds at ×${MAX_GROWTH}. ${parses.length} parse attacks through the whole \`parse\`,`,
    `${regexes.length} regexes (every one of core not marked \`@bounded\`, each against the slowest of`,
    "the hostile strings read off its source; the tables' entries and the packs' rules, stage `table regex`, screened at",
    `10 KB and 100 KB and run at 1 MB only when the screen suspects them). Over ×${MAX_GROWTH}: ${over}. Measured on the shared 2-core machine`,
    "while others worked: read the ratios, not the absolute figures.",
    "",
    "### Parse attacks",
    "",
    markdownTable(header, parses.map(row)),
    "",
    `### The ten regexes that grow most (of ${regexes.length})`,
    "",
    markdownTable(header, worstRegexes.map(row)),
  ].join("\n"),
  "Reliability",
);
process.stdout.write(
  `${parses.length} parse attacks, ${regexes.length} regexes, ${over} over ×${MAX_GROWTH}\n`,
);
