import type { SecurityDictionary } from "@caixun/core";
import { parseOutcomes } from "@caixun/inputs/policy";
import { type Parser, takeRecords } from "./deps.js";

/**
 * Parses in the request's own isolate or thread, with the securities dictionary `securities`
 * gives: what a Worker does (its CPU limit ends a runaway request), and what tests of the app use.
 * `ready` resolves once what the parse reads is in place (a Worker's tables, `assetTables`);
 * when it rejects, nothing is parsed and the request fails.
 */
export function inlineParser(
  securities: () => Promise<SecurityDictionary | null>,
  ready: () => Promise<void> = () => Promise.resolve(),
): Parser {
  return async (input, records) => {
    await ready();
    const dictionary = (await securities()) ?? undefined;
    return takeRecords(parseOutcomes(input.content, input.filename, { securities: dictionary }), records);
  };
}
