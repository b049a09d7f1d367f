import { ARTICLE_FIELDS, type Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import { UsageError } from "./exit-codes.js";

/** Fields `--fields` can pick: every Article key, plus `file` (the input path the article came from). */

export type FieldName = (typeof ARTICLE_FIELDS)[number] | "file";

const KNOWN = new Set<string>([...ARTICLE_FIELDS, "file"]);

/** Parses `--fields a,b,c`; unknown names are a usage error that lists the known ones. */
export function parseFieldList(list: string): FieldName[] {
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0) throw new UsageError("--fields needs at least one field name");
  const unknown = names.filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown field ${unknown.join(", ")}; fields are: ${[...KNOWN].join(", ")}`);
  }
  return names as FieldName[];
}

/** The structured value of a field, for JSON outputs. */
function fieldValue(article: Article, input: Input, field: FieldName): unknown {
  return field === "file" ? input.path : article[field];
}

/** An object with just the chosen fields, in the chosen order. */
export function project(article: Article, input: Input, fields: readonly FieldName[] | null): object {
  if (fields === null) return article;
  return Object.fromEntries(fields.map((field) => [field, fieldValue(article, input, field)]));
}

/**
 * A field as one flat text cell, for CSV and table columns: lists joined with `; `, the source by
 * name, securities as `code.market`, warnings by code, figures as written; the structured fields
 * (blocks, stats, extra) as JSON.
 */
export function cellText(article: Article, input: Input, field: FieldName): string {
  switch (field) {
    case "file":
      return input.path;
    case "source":
      return article.source?.name ?? "";
    case "securities":
      return article.securities.map((security) => `${security.code}.${security.market}`).join("; ");
    case "sectors":
    case "indices":
      return article[field].map((group) => group.name).join("; ");
    case "warnings":
      return article.warnings.map((warning) => warning.code).join("; ");
    case "figures":
      return article.figures.map((figure) => figure.text).join("; ");
    case "images":
      return article.images.map((image) => image.src).join("; ");
    case "via":
    case "categories":
    case "tags":
      return article[field].join("; ");
    case "blocks":
    case "stats":
    case "extra":
      return JSON.stringify(article[field]);
    default:
      return article[field] ?? "";
  }
}
