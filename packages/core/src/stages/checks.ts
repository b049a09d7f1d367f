import { futureYearWarnings } from "../enrich/future-year.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { warning } from "../warnings.js";
import type { Texted } from "./text.js";

/**
 * Checks on the finished text: years written as past that lie after the publish date
 * (`future-year`), and an empty body (`empty-body`). Adds warnings only.
 */
export const checks: Stage<SourceDocument & Texted & { publishedAt: string | null }, object> = (context) => {
  const { text, publishedAt, bodyLine } = context.document;
  const warnings = futureYearWarnings(text, publishedAt, context.settings);
  if (text === "") warnings.push(warning("empty-body", "the body has no text", bodyLine));
  return advance(context, {}, warnings);
};
