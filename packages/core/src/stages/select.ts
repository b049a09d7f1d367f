import { compile, selectAll } from "css-select";
import type { AnyNode, Element, ParentNode } from "domhandler";

/**
 * CSS selectors compiled once per selector string: the packs' selectors are the same for every
 * file, and compiling them anew for each file cost more than running them.
 */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>>>();

/** Elements under `root` matching `selector`, in document order. */
export function select(selector: string, root: ParentNode): Element[] {
  let query = compiled.get(selector);
  if (query === undefined) {
    query = compile<AnyNode, Element>(selector);
    compiled.set(selector, query);
  }
  return selectAll<AnyNode, Element>(query, root);
}
