// The table is read by the package's own name, so that a Worker can serve it from its static assets
// (wrangler.jsonc `alias`, as for `@caixun/core/stories/common-pairs`); in core it is `./words.ts`.
import { NAME_CLASSES } from "@caixun/core/stories/words";
import { longestFirstPattern } from "../text/string-finder.js";
import { madeAtFirstUse } from "./at-first-use.js";

/**
 * Names two feeds give one instrument, indicator or body, made one before two copies are compared
 * (`NAME_CLASSES`, the stories comparison's own table).
 *
 * Every name to the first name of its class (a first name to itself), and every name as one
 * alternation, the longest first: a first name is matched as itself, so a shorter name it starts
 * with (`标普500` in `标普500指数`) is not read inside it.
 */
const oneNamesPattern = /* @__PURE__ */ madeAtFirstUse(() => {
  const first = new Map<string, string>();
  for (const names of NAME_CLASSES) for (const name of names) first.set(name, names[0]!);
  return { first, pattern: longestFirstPattern(first.keys(), "gu") };
});

/**
 * What a commodity's name is followed by when it names a quantity of the commodity, not its traded
 * price: `美国原油库存` (EIA's inventories), `美国原油产量`, `出口`. There the name stays as written: a
 * feed's `美国上周原油库存` and another's `美国原油库存上周` tell one indicator, and neither is WTI's price.
 * Anchored at the name's end.
 */
const INDICATOR_AFTER = /^(?:库存|产量|产能|出口|进口|储备|钻井)/u;

/** A text (a comparison text, or a title's content characters) with each name as its class's first. */
export function oneStoryName(text: string): string {
  const { first, pattern } = oneNamesPattern();
  return text.replace(pattern, (name, at: number) =>
    INDICATOR_AFTER.test(text.slice(at + name.length, at + name.length + 2)) ? name : first.get(name)!,
  );
}
