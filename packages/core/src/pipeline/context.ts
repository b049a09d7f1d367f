import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { SecurityDictionary } from "../securities/dictionary.js";
import type { ParseSettings } from "../settings.js";
import type { WorkBudget } from "./budget.js";
import type { SourceDocument } from "./document.js";
import type { GrownDocument } from "./pipeline.js";

/**
 * What every stage receives and returns: the document as parsed so far, the warnings found so far
 * (in the order found), the packs in force and the settings. A stage never changes the context it
 * is given; it returns a new one with what it added (`advance`), except where the document was
 * handed over to the pipeline (`handedOver`).
 */
export interface ParseContext<D> {
  readonly settings: Readonly<ParseSettings>;
  /** The registry before detection; after it, the packs that apply to this document. */
  readonly packs: PackSet;
  /** The securities dictionary names are matched against; without one, securities come from widgets and codes. */
  readonly securities?: SecurityDictionary;
  /** The time this document's parse may still take; each stage checks it as it hands on (`advance`). */
  readonly budget?: WorkBudget | undefined;
  readonly warnings: readonly Warning[];
  readonly document: D;
}

/**
 * One step of the pipeline: it reads `Needs` from the document and returns a new context whose
 * document also has `Adds` (replacing fields of the same name); everything else passes through.
 */
export type Stage<Needs, Adds> = <D extends Needs>(context: ParseContext<D>) => ParseContext<Grown<D, Adds>>;

/** A document `D` after a stage added `A`. */
export type Grown<D, A> = Omit<D, keyof A> & A;

/**
 * Documents handed over to a pipeline run (`handedOver`): made for that one parse, read by no one
 * else during it or after it.
 */
const HANDED_OVER = new WeakSet<object>();

/**
 * A handed-over document: every field of a reader's document and every field a stage adds (`grow`),
 * those undefined until their stage writes them. The compiler checks that the literal names each
 * field once: a field a stage starts adding, or a reader's document starts holding, is a missing key.
 */
type RoomyDocument = { [K in keyof Required<SourceDocument>]: SourceDocument[K] | undefined } & {
  [K in Exclude<keyof GrownDocument, keyof SourceDocument>]: undefined;
};

/**
 * The context, its document handed over to the pipeline: `advance` then writes each stage's fields
 * into that document, where it would otherwise copy the whole document at every stage — copies of
 * documents of a dozen shapes at one site, which V8 makes property by property (`CloneObjectIC_Slow`,
 * `CreateDataProperty`). The handed-over document is a copy of the reader's made with room for every
 * field the stages add: written one by one into a document of the reader's shape, the 24th turns it
 * into a dictionary (V8's `TooManyFastProperties`), slow to write and to read in every later stage.
 * Only for a document made for this parse and not read after it (`articleOf`'s); a stage called on
 * any other context still leaves it as it was.
 */
export function handedOver(context: ParseContext<SourceDocument>): ParseContext<SourceDocument> {
  const d = context.document;
  const document: RoomyDocument = {
    syntax: d.syntax,
    format: d.format,
    data: d.data,
    hasFrontMatter: d.hasFrontMatter,
    body: d.body,
    bodyLine: d.bodyLine,
    raw: d.raw,
    filename: d.filename,
    ref: d.ref,
    id: d.id,
    originalUrl: d.originalUrl,
    channel: d.channel,
    securities: d.securities,
    summary: d.summary,
    timeless: d.timeless,
    rawBlocks: undefined,
    firstLine: undefined,
    stampDate: undefined,
    markupSecurities: undefined,
    stated: undefined,
    pageLines: undefined,
    pageCopy: undefined,
    fileHeadline: undefined,
    credits: undefined,
    blocks: undefined,
    text: undefined,
    title: undefined,
    titleSite: undefined,
    titleWriter: undefined,
    source: undefined,
    via: undefined,
    publishedAt: undefined,
    author: undefined,
    editor: undefined,
    categories: undefined,
    tags: undefined,
    extra: undefined,
    figures: undefined,
    sectors: undefined,
    indices: undefined,
  };
  HANDED_OVER.add(document);
  return { ...context, document: document as SourceDocument };
}

/**
 * A new context whose document also has `added` (replacing fields of the same name) and `warnings`:
 * the same document with `added` written into it when it was handed over (`handedOver`), else a copy.
 * Every stage hands on through here, so this is where the work budget is checked: a runaway parse
 * stops at the end of the stage that ran away (`parse-budget-exceeded`).
 */
export function advance<D, A extends object>(
  context: ParseContext<D>,
  added: A,
  warnings: readonly Warning[] = [],
): ParseContext<Grown<D, A>> {
  context.budget?.check();
  if (warnings.length === 0 && Object.keys(added).length === 0) return context as ParseContext<Grown<D, A>>;
  return {
    settings: context.settings,
    packs: context.packs,
    // Always present, undefined without a dictionary or a budget: every context has one shape, and the stages' reads stay fast.
    securities: context.securities,
    budget: context.budget,
    warnings: warnings.length === 0 ? context.warnings : [...context.warnings, ...warnings],
    document: HANDED_OVER.has(context.document as object)
      ? (Object.assign(context.document as object, added) as Grown<D, A>)
      : { ...context.document, ...added },
  };
}
