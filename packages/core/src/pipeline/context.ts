import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { SecurityDictionary } from "../securities/dictionary.js";
import type { ParseSettings } from "../settings.js";
import type { WorkBudget } from "./budget.js";

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
 * The context, its document handed over to the pipeline: `advance` then writes each stage's fields
 * into that document, where it would otherwise copy the whole document at every stage — copies of
 * documents of a dozen shapes at one site, which V8 makes property by property (`CloneObjectIC_Slow`,
 * `CreateDataProperty`). Only for a document made for this parse and not read after it
 * (`articleOf`'s); a stage called on any other context still leaves it as it was.
 */
export function handedOver<D extends object>(context: ParseContext<D>): ParseContext<D> {
  const d = context.document as Record<string, unknown>;
  const roomy = {
    syntax: d.syntax, format: d.format, data: d.data, hasFrontMatter: d.hasFrontMatter, body: d.body, bodyLine: d.bodyLine,
    raw: d.raw, filename: d.filename, ref: d.ref, id: d.id, originalUrl: d.originalUrl, channel: d.channel, securities: d.securities,
    fileHeadline: undefined, rawBlocks: undefined, firstLine: undefined, stampDate: undefined, markupSecurities: undefined,
    stated: undefined, pageLines: undefined, pageCopy: undefined, credits: undefined, blocks: undefined, text: undefined,
    title: undefined, titleSite: undefined, titleWriter: undefined, source: undefined, via: undefined, publishedAt: undefined,
    author: undefined, editor: undefined, categories: undefined, tags: undefined, extra: undefined, figures: undefined,
    sectors: undefined, indices: undefined,
  };
  for (const key in d) if (!(key in roomy)) (roomy as Record<string, unknown>)[key] = d[key];
  HANDED_OVER.add(roomy);
  return { ...context, document: roomy as unknown as D };
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
