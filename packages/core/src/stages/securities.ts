import type { MarketIndex, Sector, Security } from "../article.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { findSecurities } from "../securities/find.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/**
 * Securities: the listings the input's record lists (a feed's stock list), those the packs read from
 * quote widgets, the quote-page links and coded ids in the markup, the codes the title and text write and,
 * with the context's securities dictionary, the companies, indices and sector boards they name —
 * each security with how it was found and how many times it is mentioned.
 */
export const securities: Stage<
  SourceDocument & BodyRead & Texted & { title: string },
  { securities: Security[]; sectors: Sector[]; indices: MarketIndex[] }
> = (context) => {
  const { securities: record, markupSecurities, title, text } = context.document;
  return advance(context, findSecurities(title, text, { record, ...markupSecurities }, context.securities));
};
