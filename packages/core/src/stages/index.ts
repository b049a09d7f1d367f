// @caixun/core/stages — the pipeline's parts, for those who compose their own: every stage takes a
// `ParseContext` and returns a new one (`advance`); `runPipeline` is the order `parse` uses.
// A stage of your own is a function of the same shape:
//
//   const shout: Stage<Texted, Texted> = (context) =>
//     advance(context, { text: context.document.text.toUpperCase() });

export { hash64 } from "../assemble/hash.js";
export { allPacks, packsFor } from "../packs/index.js";
export { advance, type Grown, type ParseContext, type Stage } from "../pipeline/context.js";
export type { SourceDocument } from "../pipeline/document.js";
export { runPipeline } from "../pipeline/pipeline.js";
export { resolveSettings } from "../settings.js";
export { type Assembled, assemble } from "./assemble.js";
export { bodyToHtml } from "./body.js";
export { boilerplate } from "./boilerplate.js";
export { captions } from "./captions.js";
export { checks } from "./checks.js";
export { type Credits, credits } from "./credits.js";
// Reading an input into documents.
export { type Decoded, decode, type Encoding } from "./decode.js";
// The per-document stages, in pipeline order, with what each adds.
export { type Detected, detect } from "./detect.js";
export { enrich } from "./enrich.js";
export { type Fields, fields } from "./fields.js";
export { type FrontMatter, readFile, splitFrontMatter } from "./front-matter.js";
export { type Provenance, provenance } from "./provenance.js";
export { publishDate } from "./publish-date.js";
export type { Link, RawBlock } from "./raw-block.js";
export { type BodyRead, readBody } from "./read-body.js";
export { securities } from "./securities.js";
export { type Texted, text } from "./text.js";
export { title } from "./title.js";
