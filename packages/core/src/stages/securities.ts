import type { Listing, MarketIndex, Sector, Security } from "../article.js";
import { sameOutlet } from "../credits/outlets.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { findSecurities } from "../securities/find.js";
import type { Provenance } from "./provenance.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/**
 * Securities: the listings the input's record lists (a feed's stock list), those the packs read from
 * quote widgets, the quote-page links and coded ids in the markup, the codes the title and text write and,
 * with the context's securities dictionary, the companies, indices and sector boards they name —
 * each security with how it was found and how many times it is mentioned.
 */
export const securities: Stage<
  SourceDocument & BodyRead & Texted & Provenance & { title: string },
  { securities: Security[]; sectors: Sector[]; indices: MarketIndex[] }
> = (context) => {
  const { securities: record, markupSecurities, title, text, source } = context.document;
  const { widget, markup } = markupSecurities;
  const story = (listing: Listing) => isStoryListing(listing, text, source?.name);
  const evidence = { record, widget: widget.filter(story), markup: markup.filter(story) };
  return advance(context, findSecurities(title, text, evidence, context.securities));
};

/**
 * What follows a name that heads an index's name (`纳斯达克综合指数`, `纳斯达克中国金龙指数`, `恒生100指数`): a few
 * characters, then 指数. @bounded: anchored, at most four characters before the word.
 */
const INDEX_NAME_TAIL = /^[\p{Script=Han}A-Za-z0-9]{0,4}?指数/u;

/**
 * Whether a listing the markup names by its text is one of the story's companies. A quote link wrapped around the
 * outlet's own name in its credit (`（文章来源：<span id="stock_0.300059">东方财富</span>研究中心）`) is not, once the
 * credit is read and cut; nor one around a name the story writes only as the head of an index's name (a span on
 * 纳斯达克 in `纳斯达克综合指数`). A listing without a name, or whose name the text writes as itself, is.
 */
function isStoryListing({ name }: Listing, text: string, source: string | undefined): boolean {
  if (!name) return true;
  const after = text.split(name).slice(1);
  return after.length === 0
    ? !source || !sameOutlet(name, source)
    : after.some((rest) => !INDEX_NAME_TAIL.test(rest));
}
