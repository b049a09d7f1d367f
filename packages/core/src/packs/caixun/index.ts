import {
  FORMATS,
  type Format,
  type Image,
  MARKETS,
  type MarketIndex,
  SECURITY_HOWS,
  type Sector,
  type Security,
  type Source,
  WARNING_CODES,
  type Warning,
} from "../../article.js";
import { isJsonObject } from "../../readers/json-lines.js";
import { safeUrl } from "../../text/url.js";
import type { GeneratorPack, StatedFacts } from "../types.js";

/**
 * caixun's own Markdown (`caixun parse --format md`, core's `articleToMarkdown`): front matter whose
 * values are the facts an earlier parse decided — id, source, via, securities, the input family,
 * warnings — written as JSON, then the body as Markdown. Reading such a file back gives the same
 * Article: what the front matter states is taken as it is, not derived again from the body (whose
 * markup, record and file name are gone). A value that is not of its field's shape (a hand edit)
 * is ignored, and that field is derived as for any other file.
 */
export const caixun: GeneratorPack = {
  kind: "generator",
  name: "caixun",
  format: "front-matter",
  bodySyntax: "markdown",
  // The fields every file caixun writes carries, with the shapes only caixun gives them.
  matches: ({ data, hasFrontMatter }) =>
    hasFrontMatter &&
    typeof data.id === "string" &&
    Array.isArray(data.via) &&
    isOneOf(data.format, FORMATS) &&
    Array.isArray(data.warnings),
  stated: statedFacts,
};

/** The facts of caixun's front matter that have their field's shape. */
function statedFacts(data: Record<string, unknown>): StatedFacts {
  const facts: StatedFacts = {};
  const set = <K extends keyof StatedFacts>(key: K, value: StatedFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  set("id", typeof data.id === "string" && data.id !== "" ? data.id : undefined);
  set("title", typeof data.title === "string" ? data.title : undefined);
  set("publishedAt", data.date === null || isIsoDate(data.date) ? (data.date as string | null) : undefined);
  set("source", source(data.source, data.sourceSlug));
  set("via", stringList(data.via));
  set("originalUrl", webUrl(data.originalUrl));
  set("author", nullableString(data.author));
  set("editor", nullableString(data.editor));
  set("categories", stringList(data.categories));
  set("tags", stringList(data.tags));
  set("images", listOf(data.images, isImage));
  set("securities", listOf(data.securities, isSecurity));
  set("sectors", listOf(data.sectors, isSector));
  set("indices", listOf(data.indices, isMarketIndex));
  set("format", isOneOf(data.format, FORMATS) ? (data.format as Format) : undefined);
  set("ref", data.ref === undefined ? null : nullableString(data.ref));
  set("warnings", listOf(data.warnings, isWarning));
  set("extra", data.extra === undefined ? {} : isJsonObject(data.extra) ? data.extra : undefined);
  return facts;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function isOneOf<T extends string>(value: unknown, values: readonly T[]): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

function nullableString(value: unknown): string | null | undefined {
  return value === null || typeof value === "string" ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return listOf(value, (item): item is string => typeof item === "string");
}

/** The list when every item has the shape, else undefined (the field is then derived). */
function listOf<T>(value: unknown, isItem: (item: unknown) => item is T): T[] | undefined {
  return Array.isArray(value) && value.every(isItem) ? value : undefined;
}

/** `source: "北方网"` (and `sourceSlug: "beifangwang"`), or the Article's `{ name, slug }`. */
function source(value: unknown, slug: unknown): Source | null | undefined {
  if (value === null) return null;
  if (typeof value === "string" && value !== "") {
    return typeof slug === "string" && slug !== "" ? { name: value, slug } : { name: value };
  }
  if (isJsonObject(value) && typeof value.name === "string" && value.name !== "") {
    return typeof value.slug === "string" ? { name: value.name, slug: value.slug } : { name: value.name };
  }
  return undefined;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isNullableString = (value: unknown) => value === null || typeof value === "string";

/**
 * An original URL as core states one: http or https (a stated `javascript:` is not one, though the
 * file has caixun's shape: anyone can write a file that does).
 */
function webUrl(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === "string" && /^https?:\/\//i.test(value) && safeUrl(value) === value
    ? value
    : undefined;
}

/** An image as core emits one: its `src` already a safe URL (`safeUrl`). */
function isImage(value: unknown): value is Image {
  return (
    isJsonObject(value) &&
    typeof value.src === "string" &&
    safeUrl(value.src) === value.src &&
    isNullableString(value.alt) &&
    isNullableString(value.caption)
  );
}

function isSecurity(value: unknown): value is Security {
  return (
    isJsonObject(value) &&
    typeof value.code === "string" &&
    isOneOf(value.market, MARKETS) &&
    isOneOf(value.how, SECURITY_HOWS) &&
    isNumber(value.mentions) &&
    (value.name === undefined || typeof value.name === "string") &&
    (value.via === undefined || value.via === "subsidiary") &&
    (value.subsidiary === undefined || typeof value.subsidiary === "string")
  );
}

function isSector(value: unknown): value is Sector {
  return (
    isJsonObject(value) &&
    isNullableString(value.code) &&
    typeof value.name === "string" &&
    isNumber(value.mentions)
  );
}

function isMarketIndex(value: unknown): value is MarketIndex {
  return (
    isJsonObject(value) &&
    typeof value.code === "string" &&
    (value.market === null || isOneOf(value.market, MARKETS)) &&
    typeof value.name === "string" &&
    isNumber(value.mentions)
  );
}

function isWarning(value: unknown): value is Warning {
  return (
    isJsonObject(value) &&
    isOneOf(value.code, WARNING_CODES) &&
    typeof value.message === "string" &&
    (value.line === undefined || (Number.isInteger(value.line) && (value.line as number) > 0))
  );
}
