/**
 * The DOM core's HTML parser builds: domhandler 5's node shapes (BSD-2-Clause, © Felix Böhm) — `type`,
 * `parent`, `prev`, `next`, an element's `name`, `attribs` and `children`, a text's or comment's
 * `data` — without what core never reads (source positions, DOM-style getters, cloning), so the
 * parse of a page ships no DOM library. The shapes are domhandler's, so css-select and domutils read
 * these nodes as they read its own (the tests compare with them).
 */

/** A node's kind, as domhandler names it (`script` and `style` elements are kinds of their own). */
export type NodeType = "root" | "tag" | "script" | "style" | "text" | "comment" | "directive";

abstract class Node {
  abstract readonly type: NodeType;
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
}

export class Text extends Node {
  readonly type = "text";
  constructor(public data: string) {
    super();
  }
}

export class Comment extends Node {
  readonly type = "comment";
  constructor(public data: string) {
    super();
  }
}

/** `<!doctype html>` (`name` `!doctype`) or `<?xml …?>`. */
export class ProcessingInstruction extends Node {
  readonly type = "directive";
  constructor(
    public name: string,
    public data: string,
  ) {
    super();
  }
}

export class Element extends Node {
  readonly type: "tag" | "script" | "style";
  constructor(
    public name: string,
    public attribs: Record<string, string>,
    public children: ChildNode[] = [],
  ) {
    super();
    this.type = name === "script" ? "script" : name === "style" ? "style" : "tag";
  }
}

export class Document extends Node {
  readonly type = "root";
  constructor(public children: ChildNode[] = []) {
    super();
  }
}

export type ParentNode = Document | Element;
/** As domhandler types it: any node may stand in a list of children, a document too. */
export type ChildNode = Text | Comment | ProcessingInstruction | Element | Document;
export type AnyNode = ParentNode | ChildNode;

/** An element of any kind (`tag`, `script`, `style`), as domhandler's `isTag` tells one. */
export const isTag = (node: AnyNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";
export const isText = (node: AnyNode): node is Text => node.type === "text";
export const isDocument = (node: AnyNode): node is Document => node.type === "root";

/**
 * Links each of a parent's children to it and to its neighbours, after its `children` were rearranged (the
 * page reader moves nodes where a browser's parser would have put them).
 */
export function relinkChildren(parent: ParentNode): void {
  let prev: ChildNode | null = null;
  for (const node of parent.children) {
    node.parent = parent;
    node.prev = prev;
    node.next = null;
    if (prev !== null) prev.next = node;
    prev = node;
  }
}

/**
 * Builds the tree from the parser's events as domhandler's `DomHandler` does: each node linked to
 * its parent and siblings, adjacent text (and the parts of one comment) merged into one node.
 */
export class DomBuilder {
  readonly root = new Document();
  private readonly open: ParentNode[] = [this.root];
  /** The text or comment node the next piece of the same kind joins. */
  private last: Text | Comment | null = null;

  onopentag(name: string, attribs: Record<string, string>): void {
    const element = new Element(name, attribs);
    this.add(element);
    this.open.push(element);
  }

  onclosetag(): void {
    this.last = null;
    this.open.pop();
  }

  ontext(data: string): void {
    if (this.last?.type === "text") this.last.data += data;
    else this.last = this.add(new Text(data));
  }

  oncomment(data: string): void {
    if (this.last?.type === "comment") this.last.data += data;
    else this.last = this.add(new Comment(data));
  }

  oncommentend(): void {
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    this.add(new ProcessingInstruction(name, data));
  }

  private add<N extends ChildNode>(node: N): N {
    const parent = this.open[this.open.length - 1]!;
    const previous = parent.children[parent.children.length - 1];
    parent.children.push(node);
    if (previous) {
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.last = null;
    return node;
  }
}
