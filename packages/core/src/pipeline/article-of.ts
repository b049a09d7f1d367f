import type { Article, Warning } from "../article.js";
import { scrubArticle } from "../assemble/control-characters.js";
import { CaixunError } from "../errors.js";
import type { ParseSettings } from "../settings.js";
import type { MarkupReading } from "../stages/read-body.js";
import { type EntityTable, withEntities } from "../text/entities.js";
import { handedOver, type ParseContext } from "./context.js";
import type { SourceDocument } from "./document.js";
import { forgetParseMemos } from "./per-parse.js";
import { runPipelineWith } from "./pipeline.js";
import { salvage } from "./salvage.js";

/** What a document falls back to when a stage fails: its text, kept line by line. */
export interface Fallback {
  text: string;
  filename: string | undefined;
  ref: string | null;
  id: string | null;
  warnings: readonly Warning[];
}

/**
 * The Article of one document, the way `parse` and `parseAll` both make it: the pipeline over the
 * context `read` gives; when reading or a stage fails on input nobody foresaw, the fallback's text
 * kept line by line (`parse-failed`). A `CaixunError` (a spent work budget) is not a failure to
 * paper over: it propagates. No text field of the result carries a control character: entities,
 * YAML escapes and JSON escapes can bring them back after decoding removed them. Character
 * references read `entities`' names as well when it is given (`fullEntities`). A body in Markdown or HTML is
 * read by `markup`, what the entry carries to read it (`MarkupReading`).
 */
export function articleOf(
  read: () => ParseContext<SourceDocument>,
  fallback: Fallback,
  settings: Readonly<ParseSettings>,
  entities: EntityTable | undefined,
  markup: MarkupReading,
): Article {
  forgetParseMemos();
  return withEntities(entities, () => {
    let article: Article;
    try {
      article = runPipelineWith(handedOver(read()), markup);
    } catch (error) {
      if (error instanceof CaixunError) throw error;
      article = salvage(fallback, fallback.warnings, settings, error);
    }
    return scrubArticle(article);
  });
}
