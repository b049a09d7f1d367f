import type { Listing } from "../article.js";
import { listingsInMarkup } from "../enrich/quote-markup.js";
import { type AnyNode, type Document, isTag, type ParentNode, Text } from "../html/dom.js";
import { allPacks, type PackSet } from "../packs/index.js";
import { removeElement, select } from "./select.js";

/** Listings the markup names: the packs' quote widgets, and quote-page links and coded element ids. */
export interface MarkupListings {
  widget: Listing[];
  markup: Listing[];
}

/**
 * Clean the DOM: bound its depth (`maxDepth`, deeper than any real article), read securities the
 * markup names (quote-page links, coded ids: `enrich/quote-markup.ts`; the packs' quote widgets,
 * `widget`, were read by their locations) before the widgets go, then remove the packs' selectors and
 * comment-fenced widgets. Generic removals (scripts, styles, hidden elements) happen while blocks
 * are read, in the same walk. The tree is the body stage's own, built for this document alone.
 */
export function cleanDom(
  root: Document,
  packs: PackSet,
  maxDepth: number,
  scope: ParentNode = root,
  widget: Listing[] = [],
): MarkupListings {
  limitDepth(root, maxDepth);
  const selectors: string[] = [];
  const fences: Array<readonly [string, string]> = [];
  for (const pack of allPacks(packs)) {
    if (pack.removeSelectors) selectors.push(...pack.removeSelectors);
    if (pack.removeBetweenComments) fences.push(...pack.removeBetweenComments);
  }
  // Then quote-page links and coded element ids in the story (`scope`: a whole page's sidebars name
  // other stocks) and in its stock tags after it, read before any pack removes the widgets holding them.
  const markup = [...listingsInMarkup(scope), ...stockTagsAfter(scope)];
  if (fences.length > 0) removeFenced(root, fences);
  if (selectors.length > 0) for (const element of select(selectors.join(","), root)) removeElement(element);
  return { widget, markup };
}

/** A box of stock tags by its class (`<div class="stock-tags">`, 证券时报网's): the companies a story is filed under. */
const STOCK_TAGS = /\bstock[-_]?tags?\b/i;

/**
 * The listings of the story's stock tags, a box set after the story beside it (a sibling of its container): the
 * story's companies, where the page's other boxes name other stocks.
 */
function stockTagsAfter(scope: ParentNode): Listing[] {
  const siblings = scope.parent?.children ?? [];
  return siblings
    .slice(siblings.indexOf(scope as AnyNode) + 1)
    .flatMap((node) =>
      isTag(node) && STOCK_TAGS.test(node.attribs.class ?? "") ? listingsInMarkup(node) : [],
    );
}

/** Removes every `<!-- start -->…<!-- end -->` run among siblings, at any depth. */
function removeFenced(parent: ParentNode, fences: ReadonlyArray<readonly [string, string]>): void {
  const kept: AnyNode[] = [];
  let closing: string | null = null;
  for (const child of parent.children) {
    if (child.type === "comment") {
      const data = child.data.trim();
      if (closing !== null) {
        if (data === closing) closing = null;
        continue;
      }
      const fence = fences.find(([start]) => data === start);
      if (fence) {
        closing = fence[1];
        continue;
      }
    }
    if (closing !== null) continue;
    if ("children" in child) removeFenced(child as ParentNode, fences);
    kept.push(child);
  }
  if (kept.length !== parent.children.length) {
    parent.children = kept;
    for (let i = 0; i < kept.length; i++) {
      const node = kept[i]!;
      node.prev = kept[i - 1] ?? null;
      node.next = kept[i + 1] ?? null;
    }
  }
}

/** Replaces the content of elements nested deeper than `max` with their text (iteratively). */
export function limitDepth(root: ParentNode, max: number): void {
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of node.children) {
      if (!("children" in child)) continue;
      if (depth + 1 >= max) flattenToText(child as ParentNode);
      else stack.push([child as ParentNode, depth + 1]);
    }
  }
}

function flattenToText(node: ParentNode): void {
  let text = "";
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === "text") text += current.data;
    else if (current.type === "tag" && "children" in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  const flat = new Text(text);
  flat.parent = node;
  node.children = [flat];
}
