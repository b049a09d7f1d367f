import { compile, selectAll } from "css-select";
import type { AnyNode, Element, ParentNode } from "domhandler";

/**
 * CSS selectors compiled once per selector string: the packs' selectors are the same for every
 * file, and compiling them anew for each file cost more than running them.
 */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>>>();
/** The selectors `simpleTest` could read, as one test each (null: css-select runs it). */
const simple = new Map<string, ((el: Element) => boolean) | null>();

/**
 * Elements under `root` matching `selector`, in document order. The packs' selectors are nearly all
 * lists of simple ones (`a.EmImageRemark[data-code]`, `span[id^="quote_"]`, `head`): those run as a
 * plain test in one walk of the tree, to exactly what css-select selects (a property test holds the
 * two equal); anything else (combinators, pseudo-classes, case-insensitive attributes) goes to
 * css-select.
 */
export function select(selector: string, root: ParentNode): Element[] {
  let test = simple.get(selector);
  if (test === undefined) {
    test = simpleTest(selector);
    simple.set(selector, test);
  }
  if (test !== null) {
    const found: Element[] = [];
    collect(root, test, found);
    return found;
  }
  let query = compiled.get(selector);
  if (query === undefined) {
    query = compile<AnyNode, Element>(selector);
    compiled.set(selector, query);
  }
  return selectAll<AnyNode, Element>(query, root);
}

/**
 * Every element below `parent` (not `parent` itself) that passes `test`, in document order. A stack,
 * not recursion, as css-select walks: the depth of a tree is the input's to choose.
 */
function collect(parent: ParentNode, test: (el: Element) => boolean, found: Element[]): void {
  const nodes: AnyNode[][] = [parent.children];
  const next: number[] = [0];
  while (nodes.length > 0) {
    const level = nodes.length - 1;
    const siblings = nodes[level]!;
    if (next[level]! >= siblings.length) {
      nodes.pop();
      next.pop();
      continue;
    }
    const node = siblings[next[level]!++]!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    if (test(el)) found.push(el);
    if (el.children.length > 0) {
      nodes.push(el.children);
      next.push(0);
    }
  }
}

/** One simple selector: a lower-case tag name, then classes, ids and attribute tests, no space. */
const COMPOUND =
  /^(?:[a-z][a-z0-9]*)?(?:\.[A-Za-z_][\w-]*|#[A-Za-z_][\w-]*|\[[a-z][a-z0-9-]*(?:[$*^]?="[^"\\\]]*")?\])+$|^[a-z][a-z0-9]*$/;
const PART =
  /^[a-z][a-z0-9]*|\.([A-Za-z_][\w-]*)|#([A-Za-z_][\w-]*)|\[([a-z][a-z0-9-]*)(?:([$*^]?)="([^"\\\]]*)")?\]/y;
/**
 * Attributes whose values css-select compares exactly in HTML (the others, `type`, `rel`, `align`
 * and the like, it compares ignoring case: those selectors go to it).
 */
const EXACT_ATTRIBUTE = /^(?:id|class|href|src|name|property|content|itemprop|data-[a-z0-9-]+)$/;

/**
 * The test a comma-separated list of simple selectors makes, read as css-select reads it: a class
 * is a white-space separated word of `class`, an id the whole `id`, `[a]` an attribute that is
 * there, `[a^=""]`, `[a*=""]` and `[a$=""]` nothing. Null for anything else.
 */
function simpleTest(selector: string): ((el: Element) => boolean) | null {
  const alternatives: Array<(el: Element) => boolean> = [];
  for (const written of selector.split(",")) {
    const compound = written.trim();
    if (!COMPOUND.test(compound)) return null;
    const checks: Array<(el: Element) => boolean> = [];
    PART.lastIndex = 0;
    while (PART.lastIndex < compound.length) {
      const part = PART.exec(compound)!;
      const [whole, className, id, attribute, operator, value] = part;
      if (className !== undefined) {
        const word = new RegExp(`(?:^|\\s)${className.replace(/-/g, "\\-")}(?:$|\\s)`);
        checks.push((el) => {
          const classes = el.attribs.class;
          return classes != null && word.test(classes);
        });
      } else if (id !== undefined) {
        checks.push((el) => el.attribs.id === id);
      } else if (attribute !== undefined) {
        checks.push(attributeTest(attribute, operator, value));
      } else {
        checks.push((el) => el.name === whole);
      }
      if (checks.at(-1) === UNSUPPORTED) return null;
    }
    alternatives.push((el) => checks.every((check) => check(el)));
  }
  return alternatives.length === 1 ? alternatives[0]! : (el) => alternatives.some((test) => test(el));
}

/** Marks a test css-select must make (an attribute it compares ignoring case). */
const UNSUPPORTED = (): boolean => false;

function attributeTest(
  name: string,
  operator: string | undefined,
  value: string | undefined,
): (el: Element) => boolean {
  if (value === undefined) return (el) => Object.hasOwn(el.attribs, name) && el.attribs[name] != null;
  if (!EXACT_ATTRIBUTE.test(name)) return UNSUPPORTED;
  if (operator === "") return (el) => el.attribs[name] === value;
  // css-select never matches a prefix, infix or suffix test of an empty value.
  if (value === "") return () => false;
  if (operator === "^") return (el) => el.attribs[name]?.startsWith(value) === true;
  if (operator === "*") return (el) => el.attribs[name]?.includes(value) === true;
  return (el) => el.attribs[name]?.endsWith(value) === true;
}
