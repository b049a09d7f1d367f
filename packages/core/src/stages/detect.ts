import type { Format } from "../article.js";
import { type BodySyntax, matchedFields, packsFor } from "../packs/index.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { HTML_START } from "../readers/detect.js";

export interface Detected {
  /** The input family. */
  format: Format;
  /** How the body is written, so the body stage knows how to read it. */
  syntax: BodySyntax;
}

/**
 * Detect: the packs that apply to the document (at most one generator, every matching content
 * pack) replace the registry in the context; the generator decides the family and the body syntax,
 * else front matter means a generic front-matter post, an opening tag an HTML page, and anything
 * else is plain text.
 */
export const detect: Stage<SourceDocument, Detected> = (context) => {
  const { hasFrontMatter, body } = context.document;
  const packs = packsFor({ data: matchedFields(context.document), hasFrontMatter, body }, context.packs);
  const generator = packs.generators[0];
  const format: Format =
    context.document.format ??
    generator?.format ??
    (hasFrontMatter ? "front-matter" : HTML_START.test(body) ? "html" : "plain-text");
  const syntax: BodySyntax =
    context.document.syntax ??
    (format === "plain-text"
      ? "plain-text"
      : (generator?.bodySyntax ?? (format === "html" ? "html" : "markdown")));
  return { ...advance(context, { format, syntax }), packs };
};
