/**
 * HTML's element names. A start tag of any other name that nothing closes is no element but text
 * someone wrote (`List<User>`, `Map<String, Object>`, `a<Word>b`): the parser keeps it as text
 * (`parser.ts`). The names are data (`@caixun/core/html/names`).
 */
import { BLOCK_NAMES, OTHER_ELEMENT_NAMES } from "@caixun/core/html/names";

/**
 * The standard's elements: those that open an HTML block and the rest. Made the first time a name is asked for, not
 * when the module loads: a Worker reads the names from its static assets after its modules load.
 */
let elementNames: ReadonlySet<string> | undefined;

/**
 * Whether a lower-cased tag name is an element whatever follows it: HTML's own, a custom element
 * (`mp-style-type`, with a hyphen) or a namespaced one (`o:p`, `st1:chsdate` from Word).
 */
export function isElementName(name: string): boolean {
  elementNames ??= new Set([...BLOCK_NAMES, ...OTHER_ELEMENT_NAMES]);
  return elementNames.has(name) || name.includes("-") || name.includes(":");
}
