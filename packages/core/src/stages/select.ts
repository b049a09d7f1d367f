import type { AnyNode, Element, ParentNode } from "../html/dom.js";
import type { PackSet } from "../packs/index.js";
import { type PackMarkup, PackMarkupReader } from "../packs/markup.js";
import { compileSelector, matchesSelector } from "../packs/selector.js";

/** Elements, as selectors see them: `tag`, and the raw-text `script` and `style`. */
export function isElement(node: AnyNode | ParentNode | null): node is Element {
  return node !== null && (node.type === "tag" || node.type === "script" || node.type === "style");
}

/** A DOM element's parent element (a document is none). */
export const parentElement = (el: Element): Element | null => (isElement(el.parent) ? el.parent : null);

/**
 * Elements under `root` (not `root` itself) matching `selector`, in document order: the packs'
 * selectors compiled to checks (`packs/selector.ts`), made in one walk of the tree. A stack, not
 * recursion: the depth of a tree is the input's to choose.
 */
export function select(selector: string, root: ParentNode): Element[] {
  const compiled = compileSelector(selector);
  const found: Element[] = [];
  const nodes: AnyNode[][] = [root.children];
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
    if (!isElement(node)) continue;
    if (matchesSelector(compiled, node, parentElement)) found.push(node);
    if (node.children.length > 0) {
      nodes.push(node.children);
      next.push(0);
    }
  }
  return found;
}

/** The events a tokenizer would send for the tree under `root`, in document order: what the packs' markup reader takes. */
export interface MarkupEvents {
  open(element: Element): void;
  text(data: string): void;
  close(element: Element): void;
  comment(data: string): void;
}

/** Sends `root`'s nodes to `events` in document order, as a tokenizer would meet them. */
export function walkMarkup(root: ParentNode, events: MarkupEvents): void {
  const stack: Array<{ node: AnyNode; closing: boolean }> = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, closing: false });
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.type === "text") events.text(node.data);
    else if (node.type === "comment") events.comment(node.data);
    else if (isElement(node)) {
      if (closing) {
        events.close(node);
        continue;
      }
      events.open(node);
      stack.push({ node, closing: true });
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i]!, closing: false });
    }
  }
}

/** What the packs' field and security locations find in the tree under `root`, in one walk. */
export function packMarkupOf(root: ParentNode, packs: PackSet): PackMarkup {
  const reader = new PackMarkupReader<Element>(packs, parentElement);
  if (!reader.idle) walkMarkup(root, reader);
  return reader.result();
}

/** The text of `node` and everything under it, comments left out (as domutils' `textContent`). */
export function textContent(node: AnyNode): string {
  let text = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text") text += current.data;
    else if (current.type !== "comment" && "children" in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return text;
}

/** Takes `element` out of its parent's children (as domutils' `removeElement`). */
export function removeElement(element: AnyNode): void {
  if (element.prev) element.prev.next = element.next;
  if (element.next) element.next.prev = element.prev;
  if (element.parent) {
    const siblings = element.parent.children;
    const at = siblings.lastIndexOf(element);
    if (at >= 0) siblings.splice(at, 1);
  }
  element.next = null;
  element.prev = null;
  element.parent = null;
}
