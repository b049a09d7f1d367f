import type { Listing } from "../article.js";
import { QuoteListingReader } from "../enrich/quote-markup.js";
import { Parser } from "../html/parser.js";
import { allPacks, type Pack, type PackFields, type PackSet } from "../packs/index.js";
import { PackMarkupReader } from "../packs/markup.js";
import { memoByPacks } from "../packs/memo.js";
import { compileSelector, matchesSelector, type Selector } from "../packs/selector.js";
import { keepShape } from "../pipeline/kept-shapes.js";
import {
  BLOCK,
  BlockReader,
  captionHinted,
  inlineBold,
  inlineLink,
  isHidden,
  RENDERED_MARK,
  type ReadElement,
  type ReadNode,
  type ReadOptions,
  SKIP,
} from "./blocks.js";
import type { MarkupListings } from "./clean.js";
import type { Link, RawBlock } from "./raw-block.js";

/** What the one pass over a body fragment gives: its blocks and what its markup states. */
export interface StreamedBody {
  rawBlocks: RawBlock[];
  markupSecurities: MarkupListings;
  stated: PackFields;
}

/** The inline context an element's content is read in. */
interface Context {
  bold: boolean;
  link: Link | null;
  captionHint: boolean;
}

const ROOT_CONTEXT: Context = { bold: false, link: null, captionHint: false };

/**
 * What an element's content does for the blocks: `inline` and `container` content is read as it
 * comes; a `paragraph` is one paragraph; a `quote` is read by a reader of its own; a `whole` element
 * (a heading, list, table, figure, `<pre>`) keeps its content as a small tree until it closes,
 * because its block needs all of it; `none` content is not article text (skipped, hidden or removed
 * by a pack, void elements).
 */
type Role = "inline" | "container" | "paragraph" | "quote" | "whole" | "none";

/** An open element. */
interface Open {
  readonly name: string;
  readonly attribs: Record<string, string>;
  /** The parent element (null at the top). */
  readonly parent: Open | null;
  /** 1 for an element at the top of the fragment. */
  readonly level: number;
  /** Deeper than the depth cap: gone from the tree, its text kept by the element at the cap. */
  readonly deep: boolean;
  /** Deep and inside a `<script>` or `<style>` below the cap: its text goes too. */
  readonly dropText: boolean;
  role: Role;
  /** What the content is read in. */
  context: Context;
  /** Where a `whole` element's content is kept (its own node, or a node inside one). */
  node: LightElement | null;
  /** The end comment of a pack's comment fence the element's next children wait for (they are removed until it). */
  fence: string | null;
  /** At the depth cap: the text of everything under it. */
  flat: string;
}

/** An element kept whole, in the shape the block reader reads. */
interface LightElement extends ReadElement {
  readonly type: "tag" | "script" | "style";
  readonly children: Array<LightElement | LightText>;
}
interface LightText extends ReadNode {
  readonly type: "text";
  data: string;
}

const WHOLE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure", "pre"]);

/**
 * The one pass over an HTML fragment (a feed item's HTML, a rendered Markdown body): the HTML
 * parser (`html/parser.ts`) calls back as it meets elements, text and comments, and this reader builds the blocks as
 * they come — no DOM, no selector engine. Everything the tree path did in its separate walks happens
 * here as each element opens: the depth cap (`maxDomDepth`: deeper content becomes the text of the
 * element at the cap), the packs' field and widget-security locations and the quote-page links and
 * coded ids (read before anything is removed), the packs' comment fences and removed selectors, and
 * the block reader's rules. Whole saved pages still take the tree path (`read-body.ts`): choosing
 * the story's element needs the scores of the whole page. The blocks and facts are the tree path's,
 * to the byte (`bench snapshot`, and the equivalence property test).
 */
export function streamBody(
  html: string,
  packs: PackSet,
  maxDepth: number,
  options: ReadOptions,
): StreamedBody {
  const reader = new StreamReader(packs, maxDepth, options);
  new Parser({
    onopentag: (name, attribs) => reader.open(name, attribs),
    onclosetag: () => reader.close(),
    ontext: (data) => reader.text(data),
    oncomment: (data) => reader.commentPart(data),
    oncommentend: () => reader.commentEnd(),
  }).end(html);
  return reader.result();
}

class StreamReader {
  private readonly stack: Open[] = [];
  /** Readers of blocks: the body's, then one per open `<blockquote>`. */
  private readonly readers: BlockReader[];
  private readonly packMarkup: PackMarkupReader<Open>;
  private readonly quotes = new QuoteListingReader<Open>(parentOf);
  private readonly removed: Selector | null;
  private readonly fences: ReadonlyArray<readonly [string, string]>;
  /** The fence the fragment's top-level nodes wait for. */
  private rootFence: string | null = null;
  /** Text met since the last other node: adjacent text is one text node, as in a DOM. */
  private pendingText = "";
  private hasPendingText = false;
  private comment = "";

  constructor(
    packs: PackSet,
    private readonly maxDepth: number,
    options: ReadOptions,
  ) {
    this.readers = [new BlockReader(options)];
    this.packMarkup = new PackMarkupReader<Open>(packs, parentOf);
    const removals = removalsOf(allPacks(packs));
    this.removed = removals.removed;
    this.fences = removals.fences;
    // Kept with it: its first block reader, whose shape a quote's readers share.
    keepShape(this);
  }

  open(name: string, attribs: Record<string, string>): void {
    this.flushText();
    const parent = this.stack.at(-1) ?? null;
    if (parent !== null && (parent.deep || parent.level >= this.maxDepth)) {
      // Flattening keeps the text of ordinary elements only: a `<script>` or `<style>` below the cap goes whole.
      const dropText = parent.dropText || name === "script" || name === "style";
      this.stack.push(deepElement(parent, name, attribs, dropText));
      return;
    }
    const element: Open = {
      name,
      attribs,
      parent,
      level: (parent?.level ?? 0) + 1,
      deep: false,
      dropText: false,
      role: "none",
      context: ROOT_CONTEXT,
      node: null,
      fence: null,
      flat: "",
    };
    this.stack.push(element);
    this.packMarkup.open(element);
    this.quotes.open(element);
    if (this.isRemoved(element, parent)) return;
    if (parent?.node) {
      const node = lightElement(name, attribs);
      parent.node.children.push(node);
      element.node = node;
      element.role = "whole";
      return;
    }
    this.role(element, parent === null ? ROOT_CONTEXT : parent.context);
  }

  close(): void {
    this.flushText();
    const element = this.stack.at(-1);
    if (element === undefined) return;
    if (element.deep) {
      this.stack.pop();
      return;
    }
    // At the depth cap, everything under the element became one text node (even an empty one).
    if (element.level >= this.maxDepth) this.deliverText(element, element.flat);
    this.stack.pop();
    this.packMarkup.close(element);
    this.quotes.close(element);
    const parent = element.parent;
    switch (element.role) {
      case "whole":
        // The root of a kept-whole element: read as the tree walk reads it.
        if (parent?.node == null) {
          const context = parent === null ? ROOT_CONTEXT : parent.context;
          this.reader.element(element.node!, context.bold, context.link, context.captionHint);
        }
        break;
      case "paragraph":
      case "container":
        this.reader.flush();
        break;
      case "quote": {
        const inner = this.readers.pop()!;
        inner.flush();
        this.reader.quote(inner, element.context.captionHint);
        break;
      }
    }
  }

  text(data: string): void {
    this.pendingText += data;
    this.hasPendingText = true;
  }

  commentPart(data: string): void {
    this.comment += data;
  }

  commentEnd(): void {
    this.flushText();
    const data = this.comment;
    this.comment = "";
    const parent = this.stack.at(-1) ?? null;
    // Under the depth cap comments are gone with the rest of the markup.
    if (parent !== null && (parent.deep || parent.level >= this.maxDepth)) return;
    this.packMarkup.comment(data);
    if (this.fences.length === 0) return;
    const fenced = data.trim();
    const waiting = parent === null ? this.rootFence : parent.fence;
    let next = waiting;
    if (waiting !== null) {
      if (fenced === waiting) next = null;
    } else {
      const fence = this.fences.find(([start]) => fenced === start);
      if (fence) next = fence[1];
    }
    if (parent === null) this.rootFence = next;
    else parent.fence = next;
  }

  result(): StreamedBody {
    this.flushText();
    while (this.stack.length > 0) this.close();
    this.reader.flush();
    const { stated, widget } = this.packMarkup.result();
    const markupSecurities: { widget: Listing[]; markup: MarkupListings["markup"] } = {
      widget,
      markup: this.quotes.result(),
    };
    return { rawBlocks: this.readers[0]!.out, markupSecurities, stated };
  }

  private get reader(): BlockReader {
    return this.readers.at(-1)!;
  }

  /** Whether the element is left out of the blocks: under a left-out one, fenced by comments, or a pack removes it. */
  private isRemoved(element: Open, parent: Open | null): boolean {
    if (parent !== null && parent.role === "none") return true;
    if ((parent === null ? this.rootFence : parent.fence) !== null) return true;
    return this.removed !== null && matchesSelector(this.removed, element, parentOf);
  }

  /** What the element's content does for the blocks, decided as the tree walk decides it (`BlockReader.element`). */
  private role(element: Open, context: Context): void {
    const name = element.name;
    if (SKIP.has(name) || isHidden(element as unknown as ReadElement)) return;
    const reader = this.reader;
    if (name === "br") {
      reader.lineBreak();
      return;
    }
    if (name === "img") {
      reader.flush();
      reader.image(lightElement(name, element.attribs), context.captionHint);
      return;
    }
    const asRead = element as unknown as ReadElement;
    if (!BLOCK.has(name)) {
      element.role = "inline";
      element.context = {
        bold: inlineBold(asRead, context.bold),
        link: inlineLink(asRead, context.link),
        captionHint: context.captionHint,
      };
      return;
    }
    if (WHOLE.has(name)) {
      element.role = "whole";
      element.node = lightElement(name, element.attribs);
      return;
    }
    reader.flush();
    if (name === "hr") return;
    const hinted = captionHinted(asRead, context.captionHint);
    element.context = { bold: false, link: null, captionHint: hinted };
    if (name === "p") {
      element.role = "paragraph";
      reader.startParagraph(hinted, RENDERED_MARK in element.attribs);
    } else if (name === "blockquote") {
      element.role = "quote";
      this.readers.push(new BlockReader(reader.options));
    } else {
      element.role = "container";
    }
  }

  /** Sends the text met since the last other node on, as one text node. */
  private flushText(): void {
    if (!this.hasPendingText) return;
    const data = this.pendingText;
    this.pendingText = "";
    this.hasPendingText = false;
    const parent = this.stack.at(-1) ?? null;
    if (parent?.deep) {
      if (!parent.dropText) capOf(parent).flat += data;
      return;
    }
    if (parent !== null && parent.level >= this.maxDepth) {
      parent.flat += data;
      return;
    }
    this.deliverText(parent, data);
  }

  /** A text node whose parent is `parent` (null: the top of the fragment). */
  private deliverText(parent: Open | null, data: string): void {
    this.packMarkup.text(data);
    this.quotes.text(data);
    if (parent === null) {
      if (this.rootFence === null) this.reader.append(data, false, null, false);
      return;
    }
    if (parent.fence !== null || parent.role === "none") return;
    if (parent.node !== null) {
      const children = parent.node.children;
      const last = children.at(-1);
      if (last !== undefined && last.type === "text") last.data += data;
      else children.push({ type: "text", data });
      return;
    }
    const context = parent.context;
    this.reader.append(data, context.bold, context.link, context.captionHint);
  }
}

const parentOf = (element: Open): Open | null => element.parent;

/** What the packs remove from a body: elements matching their selectors, and what lies between comment fences. */
interface Removals {
  readonly removed: Selector | null;
  readonly fences: ReadonlyArray<readonly [string, string]>;
}

/** The packs' removals, compiled once per pack list. */
const removalsOf = memoByPacks((packs: readonly Pack[]): Removals => {
  const selectors: string[] = [];
  const fences: Array<readonly [string, string]> = [];
  for (const pack of packs) {
    if (pack.removeSelectors) selectors.push(...pack.removeSelectors);
    if (pack.removeBetweenComments) fences.push(...pack.removeBetweenComments);
  }
  return { removed: selectors.length > 0 ? compileSelector(selectors.join(",")) : null, fences };
});

function lightElement(name: string, attribs: Record<string, string>): LightElement {
  return {
    type: name === "script" ? "script" : name === "style" ? "style" : "tag",
    name,
    attribs,
    children: [],
  };
}

/** An element below the depth cap: only its text matters, to the element at the cap. */
function deepElement(parent: Open, name: string, attribs: Record<string, string>, dropText: boolean): Open {
  return {
    name,
    attribs,
    parent,
    level: parent.level + 1,
    deep: true,
    dropText,
    role: "none",
    context: ROOT_CONTEXT,
    node: null,
    fence: null,
    flat: "",
  };
}

/** The element at the depth cap above a deep one. */
function capOf(element: Open): Open {
  let current = element;
  while (current.deep) current = current.parent!;
  return current;
}
