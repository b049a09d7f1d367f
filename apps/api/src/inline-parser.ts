import type { SecurityDictionary } from "@caixun/core";
import { parseOutcomes } from "@caixun/inputs/policy";
import type { Parser } from "./deps.js";

/**
 * Parses in the request's own isolate or thread, with the securities dictionary `securities`
 * gives: what a Worker does (its CPU limit ends a runaway request), and what tests of the app use.
 */
export function inlineParser(securities: () => Promise<SecurityDictionary | null>): Parser {
  return async (input) => [
    ...parseOutcomes(input.content, input.filename, { securities: (await securities()) ?? undefined }),
  ];
}
