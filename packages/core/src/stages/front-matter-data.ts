/**
 * YAML data made safe to keep: a plain tree, with no shared or cyclic references and bounded in size.
 *
 * js-yaml resolves an alias (`*a`) to the same object as its anchor, so nine levels of nine aliases
 * (“billion laughs”, 552 bytes) are a tree of 9⁹ leaves once anything walks it, and `a: &a [*a]`
 * is a cycle that JSON.stringify throws on. The copy below walks the data once with a budget of
 * nodes proportional to the YAML's size: a value reached through an alias costs what its expansion
 * costs, a cycle is cut, nesting past `MAX_DEPTH` is cut; whatever is cut is named in `capped`.
 */

import { setOwn } from "../assemble/own-property.js";

/** Front matter is a flat record of scalars and short lists; nothing real nests this deep. */
const MAX_DEPTH = 16;
/** Nodes the copy may make per character of YAML, plus a small allowance. */
const NODES_PER_CHARACTER = 1;
const NODE_ALLOWANCE = 256;
/** Characters of strings the copy may hold per character of YAML (aliases repeat strings). */
const CHARACTERS_PER_CHARACTER = 2;

export interface BoundedData {
  data: Record<string, unknown>;
  /** Top-level keys whose values were cut. */
  capped: string[];
}

export function boundedData(data: Record<string, unknown>, yamlLength: number): BoundedData {
  const budget = () => ({
    nodes: NODE_ALLOWANCE + NODES_PER_CHARACTER * yamlLength,
    characters: NODE_ALLOWANCE + CHARACTERS_PER_CHARACTER * yamlLength,
  });
  const entries = Object.entries(data);
  // Front matter without aliases fits its budget whole, however its size is spread over the keys
  // (a long title among many short fields); only data that does not is shared out.
  const whole = copyEntries(entries, budget(), false);
  return whole.capped.length === 0 ? whole : copyEntries(entries, budget(), true);
}

/**
 * Copies every entry from one budget: in turn, or (`fair`) each key spending at most its fair
 * share of what is left, so one bomb cannot starve `title` or `tags`.
 */
function copyEntries(entries: [string, unknown][], budget: Budget, fair: boolean): BoundedData {
  const capped: string[] = [];
  const out: Record<string, unknown> = {};
  entries.forEach(([key, value], index) => {
    const left = fair ? entries.length - index : 1;
    const share = {
      nodes: Math.floor(budget.nodes / left),
      characters: Math.floor(budget.characters / left),
    };
    const spent = { ...share };
    const state = { cut: false };
    setOwn(out, key, copy(value, 1, new Set(), spent, state));
    budget.nodes -= share.nodes - Math.max(0, spent.nodes);
    budget.characters -= share.characters - Math.max(0, spent.characters);
    if (state.cut) capped.push(key);
  });
  return { data: out, capped };
}

interface Budget {
  nodes: number;
  characters: number;
}

/**
 * Copies `value`; `path` holds the containers above it (a cycle is an object already on the path).
 * Recursion is bounded by MAX_DEPTH.
 */
function copy(
  value: unknown,
  depth: number,
  path: Set<object>,
  budget: Budget,
  state: { cut: boolean },
): unknown {
  budget.nodes--;
  if (typeof value === "string") {
    budget.characters -= value.length;
    if (budget.characters < 0) {
      state.cut = true;
      return null;
    }
    return value;
  }
  if (value === null || typeof value !== "object") return value;
  if (budget.nodes < 0 || depth > MAX_DEPTH || path.has(value)) {
    state.cut = true;
    return null;
  }
  path.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const item of value) {
      if (budget.nodes <= 0) {
        state.cut = true;
        break;
      }
      list.push(copy(item, depth + 1, path, budget, state));
    }
    result = list;
  } else {
    const record: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (budget.nodes <= 0) {
        state.cut = true;
        break;
      }
      setOwn(record, key, copy(item, depth + 1, path, budget, state));
    }
    result = record;
  }
  path.delete(value);
  return result;
}
