/**
 * The adversarial catalogue, measured: every regex of core against the hostile strings read off its
 * source, and every parse attack, at 10 KB, 100 KB and 1 MB. Shared by the test (which asserts the
 * growth) and `pnpm --filter @caixun/core adversarial` (which writes the table in
 * docs/reliability.md).
 */
import { parse } from "../../src/index.js";
import { parseAllSync } from "../../src/parse-all.js";
import { coreRegexes, type RegexEntry, tableAndPackRegexes } from "./inventory.js";
import { costPerCharacter, type Growth, growth, valuesOfEveryOtherCharacter } from "./measure.js";
import { PARSE_ATTACKS } from "./parse-attacks.js";
import { attackString, type RegexAttack, regexAttacks } from "./regex-attacks.js";

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

/** Its attacks, the slowest at 10 KB first (each run once), with the regex's runner. */
function ranked(entry: RegexEntry): { run: (input: string) => unknown; attacks: RegexAttack[] } {
  const run = runner(entry.regex);
  const attacks = regexAttacks(entry.regex)
    .map((attack) => ({ attack, cost: once(() => run(attackString(attack, SCREEN_SIZE))) }))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, WORST)
    .map(({ attack }) => attack);
  return { run, attacks };
}

const measuredName = (entry: RegexEntry, attack: RegexAttack) =>
  `/${entry.regex.source.slice(0, 60)}/${entry.regex.flags} (${entry.where}): ${attack.label}`;

/**
 * The growth per character from 10 KB to 100 KB past which the screen hands a table pattern to the whole measure: half
 * the way to `MAX_GROWTH`, so that a cost of n^1.25 (×1.8 at ten times the size, ×3.2 at a hundred) is handed on too;
 * a quadratic one grows ×10. A linear one that a busy machine makes look slower is only measured in full, never failed.
 */
export const SUSPECT_GROWTH = 1.5;

/**
 * A cost per character at 10 KB that fails a pattern outright: 2 µs a character is 2 s of one regex on a 1 MB input,
 * and only a pattern that backtracks over what it read costs that much (a quadratic one on its attack: `/\s*x/` on
 * spaces about 5 µs, the print stamp's old pattern 300 µs).
 */
export const HOPELESS_NS_PER_CHARACTER = 2_000;

/** The screen's batches: a millisecond of CPU, a tenth of the whole measure's. */
const SCREEN_BATCH_MICROS = 1_000;

/**
 * A regex's slowest attack at 10 KB and 100 KB only: the best of three batches of a millisecond at 10 KB, of two at
 * 100 KB (`costPerCharacter`), some 5 ms of CPU where the whole measure, with its 1 MB run and its retries, takes some
 * seventy. Its growth past `SUSPECT_GROWTH` hands the regex to the whole measure (`growth`); the 1 MB cost is left out
 * (NaN) otherwise.
 */
export function screen(run: (input: string) => unknown, make: (size: number) => string): Growth {
  const small = costPerCharacter(make(SCREEN_SIZE), run, 3, SCREEN_BATCH_MICROS);
  // Not run at 100 KB: the print stamp's old pattern (3 s on its 10 KB attack) took five minutes there.
  if (small > HOPELESS_NS_PER_CHARACTER) return { costs: [small, Number.NaN, Number.NaN], growth: Infinity };
  const costs = [small, costPerCharacter(make(10 * SCREEN_SIZE), run, 2, SCREEN_BATCH_MICROS)];
  return { costs: [...costs, Number.NaN], growth: costs[1]! / costs[0]! };
}

/**
 * Each regex not marked `@bounded`, against its slowest attack: all its attacks run once at
 * 10 KB, and the slowest `WORST` are measured at every size. The tables' entries and the packs' rules
 * (`tableAndPackRegexes`: 659 not `@bounded`, which the whole measure took 50 s of CPU and five minutes of the shared
 * machine over) are screened first (`screen`) and measured at every size only when the screen suspects them.
 */
export async function measureRegexes(): Promise<Measured[]> {
  const out: Measured[] = [];
  const core = await coreRegexes();
  const seen = new Set(core.map((entry) => `${entry.regex.source}/${entry.regex.flags}`));
  for (const entry of core) {
    if (entry.bounded) continue;
    const { run, attacks } = ranked(entry);
    for (const attack of attacks) {
      out.push({
        name: measuredName(entry, attack),
        stage: "regex",
        ...growth((size) => attackString(attack, size), run),
      });
    }
  }
  for (const entry of await tableAndPackRegexes()) {
    if (entry.bounded || seen.has(`${entry.regex.source}/${entry.regex.flags}`)) continue;
    const { run, attacks } = ranked(entry);
    for (const attack of attacks) {
      const make = (size: number) => attackString(attack, size);
      const screened = screen(run, make);
      out.push({
        name: measuredName(entry, attack),
        stage: "table regex",
        ...(screened.growth > SUSPECT_GROWTH ? growth(make, run) : screened),
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
