/**
 * The work a backtracking matcher does for a pattern on a text, counted in steps rather than timed: the tests that
 * guard a pattern's cost against polynomial or exponential backtracking compare these counts across sizes of a text,
 * which gives the same answer on an idle machine and on a starved CI one (a wall-clock bound fails on the second
 * for no fault, or is so loose that it no longer tells quadratic from linear).
 *
 * The matcher is JavaScript's own backtracking semantics (greedy and lazy quantifiers, a quantified group's
 * iteration that takes nothing ends the loop, alternatives in order) over the syntax the rule packs' tests write:
 * characters, `.`, escapes (`\d`, `\s`, `\.`, `\u{…}`), classes, groups `(…)` and `(?:…)`, `|`, `?`, `*`, `+`,
 * counts, lazy `?`, and `^`, `$` without the `m` flag. Anything else (look-arounds, back-references) throws, so a
 * test cannot measure a pattern it does not read. A step is one node tried at one place; V8's irregexp backtracks
 * the same way, so a pattern linear here is linear there.
 */
import { expect } from "vitest";

type Node =
  | { kind: "character"; takes: (c: string) => boolean }
  | { kind: "sequence"; items: Node[] }
  | { kind: "alternatives"; options: Node[] }
  | { kind: "repeat"; node: Node; least: number; most: number; lazy: boolean }
  | { kind: "start" }
  | { kind: "end" };

/** Steps past which a count stops: 2^40 ways of an ambiguous group are no count to wait for. */
export const STEP_CAP = 5_000_000;

class OverCap extends Error {}

/** Reads `source` (compiled with the `u` flag) into the matcher's nodes. */
function read(source: string): Node {
  const units = [...source];
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`backtracking-steps cannot read ${what} at ${at} of ${source}`);
  };
  /** One character's test, by the engine itself: the atom's source alone against one character. */
  const atom = (text: string): Node => {
    const whole = new RegExp(`^(?:${text})$`, "u");
    return { kind: "character", takes: (c) => whole.test(c) };
  };
  const alternatives = (): Node => {
    const options = [sequence()];
    while (units[at] === "|") {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "alternatives", options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (at < units.length && units[at] !== "|" && units[at] !== ")") items.push(quantified(item()));
    return { kind: "sequence", items };
  };
  const item = (): Node => {
    const c = units[at++]!;
    if (c === "(") {
      if (units[at] === "?") {
        if (units[at + 1] !== ":") fail("a look-around or named group");
        at += 2;
      }
      const inner = alternatives();
      if (units[at++] !== ")") fail("an unclosed group");
      return inner;
    }
    if (c === "[") {
      let text = c;
      while (at < units.length && units[at] !== "]") {
        if (units[at] === "\\") text += units[at++];
        text += units[at++] ?? "";
      }
      if (units[at++] !== "]") fail("an unclosed class");
      return atom(`${text}]`);
    }
    if (c === "\\") {
      const escaped = units[at++] ?? fail("a lone backslash");
      if (/[1-9bBk]/u.test(escaped)) fail(`\\${escaped}`);
      if (escaped === "u" && units[at] === "{") {
        const close = units.indexOf("}", at);
        const text = units.slice(at - 2, close + 1).join("");
        at = close + 1;
        return atom(text);
      }
      if (escaped === "u") {
        const text = `\\u${units.slice(at, at + 4).join("")}`;
        at += 4;
        return atom(text);
      }
      return atom(`\\${escaped}`);
    }
    if (c === "^") return { kind: "start" };
    if (c === "$") return { kind: "end" };
    if ("*+?{".includes(c)) fail("a quantifier with nothing to repeat");
    return c === "." ? atom(".") : { kind: "character", takes: (x) => x === c };
  };
  const quantified = (node: Node): Node => {
    const c = units[at];
    let least: number;
    let most: number;
    if (c === "*" || c === "+" || c === "?") {
      at++;
      least = c === "+" ? 1 : 0;
      most = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === "{") {
      const count = /^\{(\d+)(,(\d*))?\}/u.exec(units.slice(at, at + 24).join("")) ?? fail("a count");
      at += count[0].length;
      least = Number(count[1]);
      most = count[2] === undefined ? least : count[3] === "" ? Number.POSITIVE_INFINITY : Number(count[3]);
    } else {
      return node;
    }
    const lazy = units[at] === "?";
    if (lazy) at++;
    return { kind: "repeat", node, least, most, lazy };
  };
  const root = alternatives();
  if (at < units.length) fail("an unopened `)`");
  return root;
}

/** Counts the steps of matching `node` on `text` (code points) from `from`, calling `then` with each end in order. */
function matcher(text: readonly string[], budget: { steps: number; cap: number }) {
  const match = (node: Node, i: number, then: (end: number) => boolean): boolean => {
    if (++budget.steps > budget.cap) throw new OverCap();
    switch (node.kind) {
      case "character":
        return i < text.length && node.takes(text[i]!) && then(i + 1);
      case "start":
        return i === 0 && then(i);
      case "end":
        return i === text.length && then(i);
      case "sequence": {
        const from = (k: number, at: number): boolean =>
          k === node.items.length ? then(at) : match(node.items[k]!, at, (end) => from(k + 1, end));
        return from(0, i);
      }
      case "alternatives":
        return node.options.some((option) => match(option, i, then));
      case "repeat": {
        const loop = (least: number, most: number, at: number): boolean => {
          const again = (): boolean =>
            most > 0 &&
            // ECMAScript's RepeatMatcher: once the least is taken, an iteration that takes nothing fails.
            match(
              node.node,
              at,
              (end) => !(least === 0 && end === at) && loop(Math.max(0, least - 1), most - 1, end),
            );
          if (least > 0) return again();
          return node.lazy ? then(at) || again() : again() || then(at);
        };
        return loop(node.least, node.most, i);
      }
    }
  };
  return match;
}

/** What a count found: the steps taken and the matches (a count past its cap, `STEP_CAP` unless given, is `undefined`). */
export interface Count {
  steps: number;
  matches: number;
}

/**
 * Steps a backtracking engine takes to answer `new RegExp(source, "u").test(text)`: from each place of the text in
 * turn until one matches.
 */
export function backtrackingSteps(source: string, text: string, cap = STEP_CAP): Count | undefined {
  return countSteps(source, text, false, cap);
}

/** Steps of `text.replace(new RegExp(source, "gu"), "")`: every match, tried from each place no match covered. */
export function replacingSteps(source: string, text: string, cap = STEP_CAP): Count | undefined {
  return countSteps(source, text, true, cap);
}

function countSteps(source: string, text: string, global: boolean, cap: number): Count | undefined {
  const root = read(source);
  const units = [...text];
  const budget = { steps: 0, cap };
  const match = matcher(units, budget);
  let matches = 0;
  try {
    for (let i = 0; i <= units.length; ) {
      let end = -1;
      match(root, i, (at) => {
        end = at;
        return true;
      });
      if (end >= 0) matches++;
      if (end >= 0 && !global) break;
      i = end > i ? end : i + 1;
    }
  } catch (error) {
    if (error instanceof OverCap) return undefined;
    throw error;
  }
  return { steps: budget.steps, matches };
}

/**
 * Expects the steps at sizes n, 2n and 3n of a text to grow linearly: the second increase at most a quarter more than
 * the first (a quadratic cost's is 5/3 of it, a cubic's 19/7), and no count past `STEP_CAP` (exponential). Each size
 * counts the most steps over `window` sizes from it: whether a pattern's repeated group ends where the text does
 * turns on the length modulo the group's, so one size can fail at once where the next reads to the end (`(?:aa.)+`
 * on 40 `a`s and `！` took 154 steps, on 80 took 115).
 */
export function expectLinearSteps(
  count: (size: number) => Count | undefined,
  size: number,
  what: string,
  window = 1,
): void {
  const most = (from: number): number | undefined => {
    let found = 0;
    for (let n = from; n < from + window; n++) {
      const steps = count(n)?.steps;
      if (steps === undefined) return undefined;
      found = Math.max(found, steps);
    }
    return found;
  };
  const [once, twice, thrice] = [size, 2 * size, 3 * size].map(most);
  expect(
    once !== undefined && twice !== undefined && thrice !== undefined,
    `${what}: over ${STEP_CAP} steps`,
  ).toBe(true);
  expect(
    thrice! - twice!,
    `${what}: ${once}, ${twice}, ${thrice} steps at ${size}, ${2 * size}, ${3 * size}`,
  ).toBeLessThanOrEqual(1.25 * (twice! - once!) + 16);
}
