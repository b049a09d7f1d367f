import type { Article } from "../article.js";
import { assemble } from "../stages/assemble.js";
import { boilerplate } from "../stages/boilerplate.js";
import { captions } from "../stages/captions.js";
import { checks } from "../stages/checks.js";
import { credits } from "../stages/credits.js";
import { detect } from "../stages/detect.js";
import { enrich } from "../stages/enrich.js";
import { fields } from "../stages/fields.js";
import { provenance } from "../stages/provenance.js";
import { publishDate } from "../stages/publish-date.js";
import { type MarkupReading, readBodyWith, readMarkup } from "../stages/read-body.js";
import { securities } from "../stages/securities.js";
import { text } from "../stages/text.js";
import { title } from "../stages/title.js";
import type { ParseContext } from "./context.js";
import type { SourceDocument } from "./document.js";

/**
 * The per-document pipeline, stage by stage: detect → body → boilerplate → captions → credits →
 * text → title → provenance → publish date → checks → fields → enrich → securities (`grow`) → assemble.
 * Each stage is a module of its own (`src/stages/`) that returns a new context; the order is this function.
 */
export function runPipeline(context: ParseContext<SourceDocument>): Article {
  return runPipelineWith(context, readMarkup);
}

/**
 * The pipeline with the markup reader an entry of core carries (`MarkupReading`: `parse` reads every body with
 * `readMarkup`, `@caixun/core/parse-markdown` with a whole page read as a fragment, `@caixun/core/parse-text` with the warning a
 * body in markup says, read as plain text).
 */
export function runPipelineWith(context: ParseContext<SourceDocument>, markup: MarkupReading): Article {
  return assemble(grow(context, markup));
}

/** Every stage before `assemble`, in order: the context whose document `assemble` turns into an Article. */
export function grow(context: ParseContext<SourceDocument>, markup: MarkupReading) {
  const body = readBodyWith(detect(context), markup);
  const credited = credits(captions(boilerplate(body)));
  const titled = title(text(credited));
  const dated = publishDate(provenance(titled));
  return securities(enrich(fields(checks(dated))));
}

/** The document the stages hand to `assemble`: a reader's fields and every field a stage adds. */
export type GrownDocument = ReturnType<typeof grow>["document"];
