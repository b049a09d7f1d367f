import type { Figure, Security } from "../article.js";
import { figuresInText } from "../enrich/figures.js";
import { mergeSecurities, securitiesInText } from "../enrich/securities.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import type { BodyRead } from "./read-body.js";
import type { Texted } from "./text.js";

/**
 * Enrich: the listed companies (those the input lists, those in markup, then codes in the title and
 * text) and the
 * money, ratio and count figures of the text.
 */
export const enrich: Stage<
  SourceDocument & BodyRead & Texted & { title: string },
  { securities: Security[]; figures: Figure[] }
> = (context) => {
  const { securities, markupSecurities, title, text } = context.document;
  return advance(context, {
    securities: mergeSecurities([securities, markupSecurities, securitiesInText(`${title}\n${text}`)]),
    figures: figuresInText(text),
  });
};
