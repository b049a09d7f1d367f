import type { Article } from "@caixun/core";
import type { Failed, Parsed, ParseOutcome } from "./policy.js";

/**
 * An outcome as it crosses from a parse worker to the main thread: an Article as its JSON text.
 * `postMessage` copies a string in one piece, where a structured clone of the Article object cost
 * about a tenth of a worker's time and as much again on the main thread (profiled); a JSON Lines
 * output then writes the text as it came, and nothing decodes it at all.
 */
export type WireOutcome = Failed | { status: "parsed"; json: string; warnings: number };

/** In the worker: the outcome to send. */
export function toWire(outcome: ParseOutcome): WireOutcome {
  if (outcome.status !== "parsed") return outcome;
  return {
    status: "parsed",
    json: JSON.stringify(outcome.article),
    warnings: outcome.article.warnings.length,
  };
}

/** On the main thread: the outcome again, its Article decoded only when something reads it. */
export function fromWire(outcome: WireOutcome): ParseOutcome {
  return outcome.status === "parsed" ? new ArticleFromJson(outcome.json, outcome.warnings) : outcome;
}

/** A parsed outcome whose Article arrived as JSON. */
export class ArticleFromJson implements Parsed {
  readonly status = "parsed";
  #json: string;
  #article: Article | undefined;

  constructor(
    json: string,
    /** How many warnings the Article has, known without decoding it. */
    readonly warningCount: number,
  ) {
    this.#json = json;
  }

  get article(): Article {
    this.#article ??= JSON.parse(this.#json) as Article;
    return this.#article;
  }

  /** `JSON.stringify(article)`: the text as it came while nothing has read the Article (and so changed it). */
  get json(): string {
    return this.#article === undefined ? this.#json : JSON.stringify(this.#article);
  }
}

/** The Article of a parsed outcome as JSON (`JSON.stringify(article)`), without decoding it when it came as JSON. */
export function articleJson(outcome: Parsed): string {
  return outcome instanceof ArticleFromJson ? outcome.json : JSON.stringify(outcome.article);
}

/** How many warnings the Article of a parsed outcome has, without decoding it when it came as JSON. */
export function warningCount(outcome: Parsed): number {
  return outcome instanceof ArticleFromJson ? outcome.warningCount : outcome.article.warnings.length;
}
