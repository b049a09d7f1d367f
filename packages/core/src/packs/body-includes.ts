import type { PackInput } from "./types.js";

/**
 * A pack that applies to a body holding any of `strings` (a site's domain, a widget's marker): its
 * `bodyIncludes`, which choosing packs looks for in one pass, and the `matches` that says the same.
 */
export function bodyIncludesAny(strings: readonly string[]): {
  bodyIncludes: readonly string[];
  matches: (input: PackInput) => boolean;
} {
  return { bodyIncludes: strings, matches: ({ body }) => strings.some((s) => body.includes(s)) };
}
