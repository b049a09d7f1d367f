import type { Figure } from "../article.js";
import { figuresInText } from "../enrich/figures.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { Texted } from "./text.js";

/** Enrich: the money, ratio and count figures of the text. */
export const enrich: Stage<Texted, { figures: Figure[] }> = (context) =>
  advance(context, { figures: figuresInText(context.document.text) });
