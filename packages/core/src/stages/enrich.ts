import type { Figure, Security } from "../article.js";
import { figuresInText } from "../enrich/figures.js";
import { mergeSecurities, securitiesInText } from "../enrich/securities.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/**
 * Enrich: the listed companies (from markup first, then codes in the title and text) and the
 * money, ratio and count figures of the text.
 */
export const enrich: Stage<
  BodyRead & Texted & { title: string },
  { securities: Security[]; figures: Figure[] }
> = (context) => {
  const { markupSecurities, title, text } = context.document;
  return advance(context, {
    securities: mergeSecurities([markupSecurities, securitiesInText(`${title}\n${text}`)]),
    figures: figuresInText(text),
  });
};
