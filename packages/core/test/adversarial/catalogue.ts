/**
 * The adversarial catalogue, measured: every regex of core against the hostile strings read off its
 * source, and every parse attack, at 10 KB, 100 KB and 1 MB. Shared by the test (which asserts the
 * growth) and `pnpm --filter @caixun/core adversarial` (which writes the table in
 * docs/reliability.md).
 */
import { parse } from "../../src/index.js";
import { parseAllSync } from "../../src/parse-all.js";
import { coreRegexes } from "./inventory.js";
import { type Growth, growth, valuesOfEveryOtherCharacter } from "./measure.js";
import { PARSE_ATTACKS } from "./parse-attacks.js";
import { attackString, regexAttacks } from "./regex-attacks.js";

export interface Measured extends Growth {
  name: string;
  stage: string;
}

/**
 * Runs a regex over the whole input, finding every match as the stages do. Matches are counted, not
 * replaced: a replacement of half a million matches builds an index list in old space, whose
 * collection grows faster than the input and would be charged to the regex.
 */
function runner(regex: RegExp): (input: string) => unknown {
  const global = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  return (input) => {
    global.lastIndex = 0;
    let matches = 0;
    for (let match = global.exec(input); match !== null; match = global.exec(input)) {
      matches++;
      if (match[0] === "") global.lastIndex++;
    }
    return matches;
  };
}

/** CPU milliseconds of one run. */
function once(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** How many of a regex's attacks (the slowest at 10 KB) are measured at every size. */
const WORST = 1;
const SCREEN_SIZE = 10_000;

/**
 * Each regex not marked `@bounded`, against its slowest attack: all its attacks run once at
 * 10 KB, and the slowest `WORST` are measured at every size.
 */
export async function measureRegexes(): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const entry of await coreRegexes()) {
    if (entry.bounded) continue;
    const run = runner(entry.regex);
    const ranked = regexAttacks(entry.regex)
      .map((attack) => ({ attack, cost: once(() => run(attackString(attack, SCREEN_SIZE))) }))
      .sort((a, b) => b.cost - a.cost)
      .slice(0, WORST);
    for (const { attack } of ranked) {
      out.push({
        name: `/${entry.regex.source.slice(0, 60)}/${entry.regex.flags} (${entry.where}): ${attack.label}`,
        stage: "regex",
        ...growth((size) => attackString(attack, size), run),
      });
    }
  }
  return out;
}

/** The cost is measured, not the work budget: it is off, so no attack is stopped part way. */
const UNBUDGETED = { settings: { parseBudgetMillis: 0 } };

/** The parse attacks through the whole `parse`: all of them, or the first of each stage. */
export function measureParses(which: "all" | "one per stage" = "all"): Measured[] {
  const stages = new Set<string>();
  const chosen = PARSE_ATTACKS.filter((attack) => {
    if (which === "all") return true;
    if (stages.has(attack.stage)) return false;
    stages.add(attack.stage);
    return true;
  });
  return chosen.map((attack) => ({
    name: attack.name,
    stage: attack.stage,
    // Against a pass that keeps a value per piece, as a parse keeps a block, key, cell or line per piece
    // of an attack: the collector's work on what stays alive grows with the input for both.
    ...growth(
      attack.make,
      attack.records ? (input) => [...parseAllSync(input, UNBUDGETED)] : (input) => parse(input, UNBUDGETED),
      valuesOfEveryOtherCharacter,
    ),
  }));
}
