/**
 * Self instructions by function from callgrind's output, the JIT's code named by node's perf map.
 * callgrind knows no symbol for code V8 compiled at run time and names each such piece by its address
 * (`0x000000000a3f1c40`); `node --perf-basic-prof` writes the start, size and name of every code object
 * it makes to `/tmp/perf-<pid>.map`, so an address inside a map entry's range is that entry's code.
 */

/** One code object of node's perf map: `<start hex> <size hex> <name>`. */
export interface PerfMapEntry {
  start: number;
  end: number;
  name: string;
}

/** The entries of a perf map, sorted by start; lines that are not `hex hex name` are skipped. */
export function parsePerfMap(text: string): PerfMapEntry[] {
  const entries: PerfMapEntry[] = [];
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]{1,16}) ([0-9a-f]{1,16}) (.+)$/i.exec(line);
    if (match === null) continue;
    const start = Number.parseInt(match[1]!, 16);
    entries.push({ start, end: start + Number.parseInt(match[2]!, 16), name: match[3]! });
  }
  return entries.sort((a, b) => a.start - b.start);
}

/**
 * The name a function is matched by across revisions: V8's tier marker and the function's name, without
 * its `file:line:column`, which moves with every change to the bundle (and the bundle's path with every
 * build). `JS:*readDate file:///tmp/x/core.mjs:120:5` → `JS:*readDate`. Same-named functions are summed.
 */
export function matchName(perfName: string): string {
  const location = perfName.search(/ (?:file|node):/);
  return location === -1 ? perfName : perfName.slice(0, location);
}

/**
 * The map entry holding an address, or undefined. Where V8 reused freed code space, entries overlap: the
 * one starting nearest below the address wins, and of entries starting there the latest-made (the sort is
 * stable and the map is written in order).
 */
function entryAt(entries: readonly PerfMapEntry[], address: number): PerfMapEntry | undefined {
  // Binary search for the last entry starting at or before the address, then back over overlapping ones.
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.start <= address) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let index = found; index >= 0; index--) {
    if (address < entries[index]!.end) return entries[index];
  }
  return undefined;
}

/** callgrind's name for code it has no symbol for. */
const UNNAMED = /^0x([0-9a-f]+)$/i;
/** What a JIT address that no map entry holds is listed as. */
export const UNMAPPED = "(JIT code not in the perf map)";

/**
 * Self instructions (callgrind's one event, Ir) by function in a callgrind output file written with
 * `--dump-instr=no --compress-strings=no` (one position column, the line; every name in full). The line
 * after `calls=` is a call's inclusive cost and is not the caller's own.
 */
export function selfCosts(callgrindOut: string, perfMap: readonly PerfMapEntry[]): Map<string, number> {
  const costs = new Map<string, number>();
  let current = "";
  let skipNext = false;
  for (const line of callgrindOut.split("\n")) {
    if (line.startsWith("fn=")) {
      // callgrind tells recursion levels apart (`name'2`): one function for the table.
      const name = line.slice(3).replace(/'\d+$/, "");
      const address = UNNAMED.exec(name);
      if (address === null) current = name;
      else {
        const entry = entryAt(perfMap, Number.parseInt(address[1]!, 16));
        current = entry === undefined ? UNMAPPED : matchName(entry.name);
      }
    } else if (line.startsWith("calls=")) skipNext = true;
    else if (/^[+\-*\d]/.test(line)) {
      if (skipNext) skipNext = false;
      else {
        const cost = Number(line.split(" ")[1] ?? 0);
        if (cost > 0) costs.set(current, (costs.get(current) ?? 0) + cost);
      }
    }
  }
  return costs;
}

/**
 * Self instructions a pass by function from two processes that differ only in their number of passes
 * (`passes` more in `longer`): each function's count in the longer less the shorter's, over `passes`, as
 * `steadyPass` takes the totals (instruction-count.ts). A function may come out below zero (optimised
 * code replacing the interpreter's within the counted passes).
 */
export function passCosts(
  shorter: Map<string, number>,
  longer: Map<string, number>,
  passes: number,
): Map<string, number> {
  const costs = new Map<string, number>();
  for (const name of new Set([...shorter.keys(), ...longer.keys()])) {
    costs.set(name, ((longer.get(name) ?? 0) - (shorter.get(name) ?? 0)) / passes);
  }
  return costs;
}

/** One row of the comparison: a function's self instructions at both revisions. */
export interface FunctionRow {
  name: string;
  head: number;
  base: number;
}

/**
 * The functions of both revisions joined by name, the largest differences (either way) first, at most
 * `top`; a function only one revision ran counts 0 at the other.
 */
export function joinCosts(head: Map<string, number>, base: Map<string, number>, top: number): FunctionRow[] {
  const names = new Set([...head.keys(), ...base.keys()]);
  return [...names]
    .map((name) => ({ name, head: head.get(name) ?? 0, base: base.get(name) ?? 0 }))
    .sort((a, b) => Math.abs(b.head - b.base) - Math.abs(a.head - a.base) || a.name.localeCompare(b.name))
    .slice(0, top);
}

/** A function's name as a table's code cell, `|` escaped. */
const nameCell = (name: string) => `\`${name.replaceAll("|", "\\|")}\``;

/** One build's functions by their own cost, largest first, at most `top` (`instructions:functions --absolute`). */
export function largestCosts(costs: Map<string, number>, top: number): [string, number][] {
  return [...costs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
}

/** One build's rows as a Markdown table, in millions of instructions and as a share of `total`. */
export function absoluteCostTable(rows: readonly [string, number][], label: string, total: number): string {
  return [
    `| function | ${label} (M) | share |`,
    "|---|---:|---:|",
    ...rows.map(
      ([name, n]) => `| ${nameCell(name)} | ${(n / 1e6).toFixed(2)} | ${((100 * n) / total).toFixed(1)}% |`,
    ),
  ].join("\n");
}

/** The rows as a Markdown table, in millions of instructions; `|` in names escaped. */
export function costTable(rows: readonly FunctionRow[], headLabel: string, baseLabel: string): string {
  const millions = (n: number) => (n / 1e6).toFixed(2);
  const lines = [
    `| function | ${baseLabel} (M) | ${headLabel} (M) | difference (M) |`,
    "|---|---:|---:|---:|",
    ...rows.map((row) => {
      const difference = row.head - row.base;
      const sign = difference > 0 ? "+" : "";
      return `| ${nameCell(row.name)} | ${millions(row.base)} | ${millions(row.head)} | ${sign}${millions(difference)} |`;
    }),
  ];
  return lines.join("\n");
}
