import type { Block } from "../article.js";
import { advance, type Stage } from "../pipeline/context.js";
import { plainText } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";

export interface Texted {
  /** The clean body as the Article gives it. */
  blocks: Block[];
  /** Plain text of the body, blocks separated by a blank line. */
  text: string;
}

/** Text: the blocks as they go into the Article, and their plain text. */
export const text: Stage<BodyRead, Texted> = (context) => {
  const blocks = context.document.rawBlocks.map((raw) => raw.block);
  return advance(context, {
    blocks,
    text: plainText(blocks),
  });
};
