import type { KramdownElements } from "./kramdown.js";

/**
 * A token of the Markdown reader: markdown-it's `Token` with the fields its renderer reads. Block
 * tokens open (`nesting` 1), close (-1) or stand alone (0); an `inline` token holds the inline
 * tokens of its `content` in `children`.
 */
export interface Token {
  type: string;
  tag: string;
  nesting: -1 | 0 | 1;
  attrs: [string, string | number][] | null;
  content: string;
  /** A fence's info string; `entity` or `escape` for the text an entity or escape wrote. */
  info: string;
  children: Token[] | null;
  level: number;
  /** Written by the block reader (the renderer ends such tags with a line break). */
  block: boolean;
  /** Not written: the paragraphs of a tight list. */
  hidden: boolean;
}

export function newToken(type: string, tag: string, nesting: -1 | 0 | 1): Token {
  return {
    type,
    tag,
    nesting,
    attrs: null,
    content: "",
    info: "",
    children: null,
    level: 0,
    block: false,
    hidden: false,
  };
}

/** What a document's reference definitions (`[label]: url "title"`) leave for its links. */
export interface MarkdownEnv {
  references?: Record<string, { href: string; title: string }>;
  /** When given, each fenced code block's lines are pushed to it as a pair: its first line and the line after its last. */
  fencedLines?: number[];
  /** Set by the block reader: the lines its quotes read (`BlockState.quoteLinesRead`). */
  linesRead?: number;
  /**
   * When given, HTML is read as kramdown reads it (`kramdown.ts`): the text's elements matched to their ends (at the
   * first element a line opens with) and how many elements holding Markdown are open.
   */
  kramdown?: { elements?: KramdownElements; depth: number };
}

/** markdown-it's `maxNesting`: nesting deeper than this stops the reader (core caps nesting before). */
export const MAX_NESTING = 100;

/** Adjacent text tokens joined into one, in place. */
export function joinAdjacentText(tokens: Token[]): void {
  let last = 0;
  let current = 0;
  for (; current < tokens.length; current++) {
    const token = tokens[current]!;
    const next = tokens[current + 1];
    if (token.type === "text" && next !== undefined && next.type === "text") {
      next.content = token.content + next.content;
    } else {
      if (current !== last) tokens[last] = token;
      last++;
    }
  }
  if (current !== last) tokens.length = last;
}
